import type { PublicationSpec } from './generate-publication.js';

const series = 'rsis-commentary-series';

/** RSIS Commentaries, 2022–2025. */
export const recentCommentaries: PublicationSpec[] = [
  {
    series, date: '2022-03-08', authors: ['elise-vandermeer', 'anand-raghavachari'],
    title: 'War in Europe, Lessons for Asia',
    synopsis: 'The war in Ukraine has reminded Asian capitals that large-scale conflict between states is not a thing of the past. The lessons concern deterrence, economic resilience and the value of partners.',
    terms: ['theme:international-politics-and-security', 'theme:conflict-and-stability', 'region:global'],
    topic: { actor: 'Southeast Asia', issue: 'deterrence and resilience', arena: 'Asia', partners: 'partners near and far', goal: 'make aggression costly and unlikely' },
    lead: 'For a generation, war between states seemed to many in Asia a problem of other regions and other times.',
    sections: [
      ['Deterrence Revisited', 'Deterrence failed in Europe not for want of warnings, but because the costs of aggression were judged bearable.'],
      ['Economic Resilience', 'Sanctions and counter-sanctions have shown how quickly interdependence can become a weapon.'],
    ],
  },
  {
    series, date: '2022-10-19', authors: ['lau-pei-shan'],
    title: 'Food Security After the Grain Shock',
    synopsis: 'Disruptions to grain and fertiliser exports have pushed up food prices across Asia. Import-dependent states should diversify suppliers, invest in local production and avoid export bans that make shortages worse.',
    terms: ['theme:non-traditional-security', 'region:southeast-asia-and-asean', 'region:global'],
    topic: { actor: 'Singapore', issue: 'food security', arena: 'import-dependent Asian economies', partners: 'trading partners and regional neighbours', goal: 'keep food affordable and supplies diverse' },
    lead: 'The price of a bowl of rice or noodles has become a measure of geopolitical risk.',
    sections: [
      ['How the Shock Spread', 'Higher prices for grain and fertiliser travelled quickly through global markets to household budgets.'],
      ['Building Resilience', 'Diversified suppliers, modest stockpiles and local production each reduce exposure to a single disruption.'],
    ],
  },
  {
    series, date: '2023-01-26', authors: ['gabriel-santos-reyes'],
    title: 'Regulating Artificial Intelligence: A Role for Small States',
    synopsis: 'Rules for artificial intelligence are being written in a few large capitals. Small states can shape them by building practical testing frameworks and by working together.',
    terms: ['theme:technology-and-security', 'region:global'],
    topic: { actor: 'Singapore', issue: 'the governance of artificial intelligence', arena: 'the global technology economy', partners: 'other small and middle states', goal: 'make rules that are practical, interoperable and trusted' },
    lead: 'The rules that will govern artificial intelligence for decades are being drafted now.',
    sections: [
      ['Rule-Makers and Rule-Takers', 'Large markets can impose their standards on global companies; small states cannot.'],
      ['Influence Through Practice', 'Small states can still lead by building the tools that turn principles into tests companies can pass.'],
    ],
  },
  {
    series, date: '2023-06-14', authors: ['farida-rahmawati', 'nurul-huda-zulkifli'],
    title: 'Faith Communities as First Responders',
    synopsis: 'Mosques, churches and temples are often the first places people turn to after a disaster. Emergency planners should treat religious organisations as partners, with training and clear roles.',
    terms: ['theme:social-cohesion', 'theme:humanitarian-assistance-and-disaster-relief', 'region:southeast-asia-and-asean'],
    topic: { actor: 'Indonesia', issue: 'the role of faith communities in disaster response', arena: 'disaster-prone communities', partners: 'religious organisations and disaster agencies', goal: 'coordinate relief across faiths and agencies' },
    lead: 'When the ground shakes or the rivers rise, people go first to the places they trust.',
    sections: [
      ['Trusted Places', 'Places of worship offer shelter, food and comfort, and their leaders know who is vulnerable.'],
      ['Partners in Planning', 'Emergency plans rarely assign religious organisations a role, so their help arrives uncoordinated.'],
    ],
  },
  {
    series, date: '2023-11-02', authors: ['wen-jiaxin'],
    title: 'China’s Economic Statecraft in Southeast Asia',
    synopsis: 'Trade, investment and infrastructure finance give China considerable influence in Southeast Asia. The region welcomes the economic benefits while hedging against dependence.',
    terms: ['theme:country-and-region-studies', 'theme:international-politics-and-security', 'region:east-asia-and-asia-pacific', 'region:southeast-asia-and-asean'],
    topic: { actor: 'Malaysia', issue: 'economic dependence on a major power', arena: 'Southeast Asia', partners: 'a wide range of investors', goal: 'benefit from Chinese investment without losing room for manoeuvre' },
    lead: 'China is the largest trading partner of almost every Southeast Asian state.',
    sections: [
      ['Tools of Influence', 'Economic ties create influence even when no one sets out to use them as leverage.'],
      ['Hedging in Practice', 'Governments in the region diversify their partners quietly, avoiding choices framed as loyalty tests.'],
    ],
  },
  {
    series, date: '2024-02-21', authors: ['sarah-soh', 'kenji-morikawa'],
    title: 'Japan’s Defence Build-up: What It Means for Southeast Asia',
    synopsis: 'Japan is raising defence spending and loosening its rules on arms exports. Southeast Asian states largely welcome a more active Japan, but want its role to support regional stability rather than bloc politics.',
    terms: ['theme:country-and-region-studies', 'theme:military-studies', 'region:east-asia-and-asia-pacific', 'region:southeast-asia-and-asean'],
    topic: { actor: 'Japan', issue: 'Japan’s expanding security role', arena: 'Southeast Asia', partners: 'Southeast Asian partners', goal: 'build capacity that partners themselves ask for' },
    lead: 'Japan’s decision to expand its defence capabilities marks a turning point in its post-war security policy.',
    sections: [
      ['A Historic Shift', 'Higher spending, new capabilities and looser export rules together amount to a new posture.'],
      ['How the Region Sees It', 'Memories of the past have faded in most of Southeast Asia, and Japan is widely seen as a trusted partner.'],
    ],
  },
  {
    series, date: '2024-05-07', authors: ['marcus-oei-zhi-wei', { name: 'Hannah Wexley', bio: 'Hannah Wexley is a maritime security analyst based in Manila.' }],
    title: 'Grey-Zone Tactics at Sea and How to Answer Them',
    synopsis: 'Coast guard vessels, maritime militias and water cannon have become tools for asserting claims below the threshold of war. Transparency, legal clarity and coordinated responses are the best answers.',
    terms: ['theme:maritime-security', 'theme:conflict-and-stability', 'region:southeast-asia-and-asean'],
    topic: { actor: 'the Philippines', issue: 'grey-zone coercion at sea', arena: 'the South China Sea', partners: 'like-minded states', goal: 'impose reputational costs on coercion without risking escalation' },
    lead: 'Grey-zone tactics are designed to achieve the gains of force without crossing the line into open conflict.',
    sections: [
      ['Below the Threshold', 'Water cannon, blocking manoeuvres and swarms of fishing vessels achieve what warships could not without provoking a crisis.'],
      ['Transparency as a Tool', 'Publishing footage and positions of incidents has changed how they are reported and judged abroad.'],
    ],
  },
  {
    series, date: '2024-08-28', authors: ['tomasz-nowicki', 'gabriel-santos-reyes'],
    title: 'Elections, Deepfakes and the Integrity of Public Debate',
    synopsis: 'Generative tools make convincing fake audio and video cheap to produce. Election authorities, platforms and media need rapid verification and clear rules before polling day, not after.',
    terms: ['theme:technology-and-security', 'theme:social-cohesion', 'region:global'],
    topic: { actor: 'Indonesia', issue: 'synthetic media in elections', arena: 'election campaigns', partners: 'platforms, media and election authorities', goal: 'detect and label fakes before they spread' },
    lead: 'A fake recording released two days before a vote can do damage no correction will repair.',
    sections: [
      ['Cheap Fakes, Real Harm', 'The cost of producing a convincing fake has fallen to almost nothing.'],
      ['Preparing Before Polling Day', 'Verification takes hours; a rumour needs minutes.'],
    ],
  },
  {
    series, date: '2024-11-13', authors: ['vikram-sethuraman', 'anand-raghavachari'],
    title: 'The Bay of Bengal: An Overlooked Strategic Space',
    synopsis: 'The Bay of Bengal links South and Southeast Asia, yet it receives far less attention than neighbouring seas. Growing trade, energy projects and naval activity make cooperation among its littoral states more urgent.',
    terms: ['theme:maritime-security', 'theme:country-and-region-studies', 'region:south-asia', 'region:indian-ocean-region'],
    topic: { actor: 'India', issue: 'cooperation in the Bay of Bengal', arena: 'the Bay of Bengal', partners: 'the littoral states of the Bay', goal: 'build practical maritime cooperation among littoral states' },
    lead: 'The Bay of Bengal is home to a quarter of the world’s population, yet it rarely features in strategic debates.',
    sections: [
      ['A Crossroads of Two Regions', 'The Bay connects the economies of South Asia with those of Southeast Asia.'],
      ['Cooperation Deficit', 'Regional institutions exist, but they have met rarely and achieved little.'],
    ],
  },
  {
    series, date: '2025-01-20', authors: ['priya-nandakumar'],
    title: 'Climate Finance for Disaster Resilience in Southeast Asia',
    synopsis: 'Disasters in Southeast Asia are becoming costlier as the climate changes. More of the region’s climate finance should go to adaptation and to preparing communities before disasters strike.',
    terms: ['theme:humanitarian-assistance-and-disaster-relief', 'theme:non-traditional-security', 'region:southeast-asia-and-asean'],
    topic: { actor: 'ASEAN', issue: 'climate finance for adaptation', arena: 'Southeast Asia', partners: 'development banks and donors', goal: 'fund preparedness as generously as relief' },
    lead: 'Every dollar spent preparing for a disaster saves several in relief and reconstruction.',
    sections: [
      ['Rising Costs', 'Floods, storms and droughts are causing more damage as cities grow in exposed places.'],
      ['Where the Money Goes', 'Most climate finance still flows to mitigation, and adaptation projects struggle to attract investors.'],
    ],
  },
  {
    series, date: '2025-03-11', authors: ['sarah-soh'], isFeatured: true,
    title: 'Japan and the Philippines: A Maturing Security Partnership',
    synopsis: 'Japan and the Philippines have deepened their security ties with new agreements on defence cooperation. The partnership is a model of how middle powers can support each other’s resilience.',
    terms: ['theme:country-and-region-studies', 'theme:international-politics-and-security', 'region:east-asia-and-asia-pacific', 'region:southeast-asia-and-asean'],
    topic: { actor: 'Japan', issue: 'security cooperation between middle powers', arena: 'the western Pacific', partners: 'like-minded states in the region', goal: 'strengthen partners’ capacity to defend their own interests' },
    lead: 'Few bilateral relationships in Asia have grown as quickly in recent years as that between Japan and the Philippines.',
    sections: [
      ['From Aid to Alliance-Like Ties', 'The partnership began with development assistance and coast guard vessels.'],
      ['A Model for Others?', 'The partnership shows what middle powers can achieve together without waiting for the great powers.'],
    ],
  },
  {
    series, date: '2025-05-26', authors: ['amelia-hartono', 'vikram-sethuraman'],
    title: 'ASEAN at a Crossroads on Trade',
    synopsis: 'Rising tariffs among the major economies threaten the open trading system on which Southeast Asia’s growth was built. ASEAN should deepen its own integration and keep its agreements with partners working.',
    terms: ['theme:multilateralism-and-regionalism', 'region:southeast-asia-and-asean', 'region:global'],
    topic: { actor: 'ASEAN', issue: 'the future of open trade', arena: 'Southeast Asia', partners: 'its free trade partners', goal: 'keep markets open and rules predictable' },
    lead: 'Southeast Asia’s prosperity was built on open markets; it cannot take them for granted.',
    sections: [
      ['A Harsher Climate', 'Tariffs and export controls have returned as instruments of policy among the largest economies.'],
      ['Integration as Insurance', 'A more integrated regional market would make the region less exposed to decisions taken elsewhere.'],
    ],
  },
  {
    series, date: '2025-08-19', authors: ['haziq-rahmat'],
    title: 'Youth, Online Spaces and Violent Extremism',
    synopsis: 'Recent arrests of teenagers radicalised online show that extremist content reaches young people through gaming platforms and chat groups. Parents, schools and platforms all have a part in prevention.',
    terms: ['theme:terrorism-studies', 'theme:social-cohesion', 'region:southeast-asia-and-asean'],
    topic: { actor: 'Singapore', issue: 'the online radicalisation of young people', arena: 'the online spaces where young people meet', partners: 'parents, schools and platforms', goal: 'recognise the warning signs early and intervene with care' },
    lead: 'The youngest people detained for terrorism-related offences in the region in recent years were radicalised almost entirely online.',
    sections: [
      ['Where Young People Meet Extremists', 'Extremist content now reaches young people through gaming platforms and small chat groups rather than public websites.'],
      ['Prevention Starts at Home', 'Parents and teachers are often the first to notice a change in behaviour.'],
    ],
  },
];
