import type { PublicationSpec } from './generate-publication.js';

const series = 'rsis-commentary-series';

/** RSIS Commentaries, 2015–2021. */
export const earlyCommentaries: PublicationSpec[] = [
  {
    series, date: '2015-03-12', authors: ['priya-nandakumar', 'marcus-oei-zhi-wei'],
    title: 'Search and Rescue at Sea: Lessons for Regional Cooperation',
    synopsis: 'Recent searches for missing vessels and aircraft have shown both the goodwill and the gaps in regional search and rescue. Southeast Asian states should turn ad hoc coordination into standing arrangements before the next emergency.',
    terms: ['theme:humanitarian-assistance-and-disaster-relief', 'theme:maritime-security', 'region:southeast-asia-and-asean'],
    topic: { actor: 'ASEAN', issue: 'search and rescue cooperation at sea', arena: 'the waters of Southeast Asia', partners: 'its dialogue partners', goal: 'agree on standing procedures for joint searches' },
    lead: 'When a ship or an aircraft goes missing in Southeast Asian waters, the first hours decide whether survivors are found.',
    sections: [
      ['Goodwill Is Not Enough', 'Every major search of recent years has drawn ships and aircraft from many states within days, a sign of real solidarity.'],
      ['Gaps in Coordination', 'Yet the same searches have shown how much time is lost agreeing on who leads, which areas to cover and how to share what is found.'],
      ['From Ad Hoc to Standing Arrangements', 'The answer lies in arrangements agreed in calm times and rehearsed regularly.'],
    ],
  },
  {
    series, date: '2015-11-04', authors: ['jonas-eberhardt'],
    title: 'Online Extremism and Southeast Asia: Where the Region Stands',
    synopsis: 'Extremist groups have learned to recruit and raise funds online, in local languages and on popular platforms. Governments in the region need faster takedowns, better counter-messaging and closer work with technology companies.',
    terms: ['theme:terrorism-studies', 'theme:technology-and-security', 'region:southeast-asia-and-asean'],
    topic: { actor: 'Southeast Asia', issue: 'online extremist propaganda', arena: 'the region’s online spaces', partners: 'technology companies and civil society', goal: 'remove violent content quickly while protecting legitimate speech' },
    lead: 'Extremist propaganda now reaches Southeast Asian audiences in Malay, Indonesian, Tagalog and Thai, not only in Arabic and English.',
    sections: [
      ['A Changing Threat', 'The shift to local languages has made propaganda more persuasive and harder for outsiders to spot.'],
      ['Responses So Far', 'Governments have blocked sites and arrested propagandists, but content migrates to new platforms within days.'],
    ],
  },
  {
    series, date: '2016-06-20', authors: ['marcus-oei-zhi-wei'],
    title: 'Keeping the South China Sea Calm: Incident Management at Sea',
    synopsis: 'Encounters between ships and aircraft in the South China Sea have become more frequent. Agreed rules for unplanned encounters exist, but they need to be extended to coast guards and maritime militias.',
    terms: ['theme:maritime-security', 'theme:conflict-and-stability', 'region:east-asia-and-asia-pacific', 'region:southeast-asia-and-asean'],
    topic: { actor: 'ASEAN', issue: 'incident management at sea', arena: 'the South China Sea', partners: 'the navies and coast guards of the region', goal: 'keep encounters at sea from escalating' },
    lead: 'Most encounters between vessels in the South China Sea end without incident, but a single collision could change the politics of the region overnight.',
    sections: [
      ['Rules That Exist', 'Navies in the region have adopted a code for unplanned encounters at sea, and its use has become routine.'],
      ['Rules That Are Missing', 'Coast guards and maritime militias, which now account for most encounters, fall outside it.'],
    ],
  },
  {
    series, date: '2017-02-08', authors: ['tomasz-nowicki'],
    title: 'Smart Nations, Soft Targets: Protecting Critical Infrastructure',
    synopsis: 'As governments connect power grids, water systems and transport to the internet, they create new points of attack. Cyber security must be designed into critical infrastructure, not added afterwards.',
    terms: ['theme:technology-and-security', 'region:global'],
    topic: { actor: 'Singapore', issue: 'the cyber security of critical infrastructure', arena: 'connected cities', partners: 'infrastructure operators and international partners', goal: 'make critical systems resilient as well as efficient' },
    lead: 'The same sensors and networks that make a city smart also make it vulnerable.',
    sections: [
      ['New Points of Attack', 'Control systems built for isolated plants are now reachable from the internet, often through the networks of contractors.'],
      ['Security by Design', 'Operators should treat security as a requirement from the first day of a project.'],
    ],
  },
  {
    series, date: '2017-09-14', authors: ['lau-pei-shan', 'priya-nandakumar'],
    title: 'Haze Diplomacy: Can ASEAN Turn Commitments into Results?',
    synopsis: 'Transboundary haze returns in dry years despite regional agreements. Better monitoring, shared data and incentives for smallholders matter more than new declarations.',
    terms: ['theme:non-traditional-security', 'theme:multilateralism-and-regionalism', 'region:southeast-asia-and-asean'],
    topic: { actor: 'ASEAN', issue: 'transboundary haze', arena: 'Southeast Asia', partners: 'plantation companies and local communities', goal: 'prevent fires rather than fight them' },
    lead: 'Each dry season, smoke from land fires drifts across borders and closes schools hundreds of kilometres away.',
    sections: [
      ['Agreements on Paper', 'The region has had an agreement on transboundary haze for years, and every member has ratified it.'],
      ['What Would Work', 'The most effective measures so far have been local: fire-free villages, peatland restoration and payments for those who manage land without burning.'],
    ],
  },
  {
    series, date: '2018-04-03', authors: ['vikram-sethuraman'],
    title: 'The Indo-Pacific Idea and ASEAN Centrality',
    synopsis: 'Major powers have adopted the language of the Indo-Pacific, each with its own meaning. ASEAN can keep its central place only if it defines its own outlook and acts on it.',
    terms: ['theme:multilateralism-and-regionalism', 'theme:international-politics-and-security', 'region:southeast-asia-and-asean', 'region:indian-ocean-region'],
    topic: { actor: 'ASEAN', issue: 'the Indo-Pacific concept', arena: 'the Indo-Pacific', partners: 'India, Japan, Australia and other partners', goal: 'shape regional cooperation instead of reacting to it' },
    lead: 'Few geographic terms have travelled as fast as “Indo-Pacific”.',
    sections: [
      ['Many Indo-Pacifics', 'Each government that uses the term gives it a different emphasis, from security to infrastructure to trade.'],
      ['What Centrality Requires', 'Centrality is not a right; it is earned by convening, proposing and delivering.'],
    ],
  },
  {
    series, date: '2018-10-22', authors: ['jonas-eberhardt', 'haziq-rahmat'],
    title: 'Rehabilitating Returning Fighters: What Works',
    synopsis: 'Fighters and their families returning from conflict zones pose a security risk and a social challenge. Programmes that combine religious counselling, family support and vocational training have the best record.',
    terms: ['theme:terrorism-studies', 'theme:social-cohesion', 'region:southeast-asia-and-asean', 'region:global'],
    topic: { actor: 'Indonesia', issue: 'the rehabilitation of returning fighters', arena: 'Southeast Asia', partners: 'community organisations and religious leaders', goal: 'reintegrate returnees without compromising security' },
    lead: 'The return of fighters and their families from distant conflicts has confronted governments with choices they had hoped to avoid.',
    sections: [
      ['Risk and Responsibility', 'Not every returnee is a threat, but some are, and telling them apart is the first task.'],
      ['Lessons from Rehabilitation Programmes', 'The programmes with the best record treat rehabilitation as a long process involving the whole family.'],
    ],
  },
  {
    series, date: '2019-05-15', authors: ['amelia-hartono'],
    title: 'Trade Tensions and Supply Chains: Southeast Asia’s Choices',
    synopsis: 'Tariff disputes between the major economies are redirecting supply chains, and some of that investment is coming to Southeast Asia. The gains will last only if the region improves its infrastructure and keeps its markets open.',
    terms: ['theme:multilateralism-and-regionalism', 'theme:international-politics-and-security', 'region:southeast-asia-and-asean', 'region:global'],
    topic: { actor: 'Vietnam', issue: 'supply-chain relocation', arena: 'Southeast Asia', partners: 'its regional trading partners', goal: 'attract investment without becoming a pawn in others’ disputes' },
    lead: 'Factories are moving, but not as quickly or as far as the headlines suggest.',
    sections: [
      ['Winners and Losers', 'Some economies have gained orders and investment, while others have lost exports to the disrupted markets.'],
      ['Staying Open', 'The region’s best protection remains its network of trade agreements.'],
    ],
  },
  {
    series, date: '2019-11-28', authors: ['nurul-huda-zulkifli'],
    title: 'Building Trust Online: Social Cohesion in the Age of Algorithms',
    synopsis: 'Recommendation algorithms reward content that provokes, and divisive narratives about race and religion spread quickly. Plural societies need digital literacy, credible voices and platforms that take responsibility.',
    terms: ['theme:social-cohesion', 'theme:technology-and-security', 'region:southeast-asia-and-asean'],
    topic: { actor: 'Singapore', issue: 'online threats to social cohesion', arena: 'plural societies', partners: 'community leaders and platforms', goal: 'strengthen trust between communities online and offline' },
    lead: 'A single post can inflame tensions between communities that have lived peacefully side by side for generations.',
    sections: [
      ['How Division Spreads', 'Divisive content spreads not because most users believe it, but because it provokes reactions that algorithms reward.'],
      ['Trusted Voices', 'Messages from respected community figures travel further, and are believed more, than official rebuttals.'],
    ],
  },
  {
    series, date: '2020-03-30', authors: ['gerald-quek-boon-leng', 'lau-pei-shan'],
    title: 'Pandemic Preparedness Is National Security',
    synopsis: 'The outbreak of a novel coronavirus has shown that health crises can disrupt every part of national life. Preparedness deserves the same sustained investment as other pillars of national security.',
    terms: ['theme:non-traditional-security', 'region:global'],
    topic: { actor: 'Singapore', issue: 'pandemic preparedness', arena: 'a connected world', partners: 'neighbouring states and international health bodies', goal: 'keep essential services and supply lines running in a crisis' },
    lead: 'Few threats test a whole society at once; a pandemic does.',
    sections: [
      ['A Whole-of-Society Test', 'Hospitals are the front line, but supply chains, schools and public communication are tested just as severely.'],
      ['Investing Before the Crisis', 'Stockpiles, surge capacity and rehearsed plans are cheap compared with the cost of improvising.'],
    ],
  },
  {
    series, date: '2020-08-11', authors: ['isabelle-goh-wen-xin', 'tomasz-nowicki'],
    title: 'Disinformation in a Pandemic: Lessons for Resilient Societies',
    synopsis: 'False claims about the coronavirus spread as fast as the virus itself. Societies that communicated early, often and honestly fared better than those that relied on rebuttals alone.',
    terms: ['theme:social-cohesion', 'theme:technology-and-security', 'region:southeast-asia-and-asean', 'region:global'],
    topic: { actor: 'Singapore', issue: 'health disinformation', arena: 'the region’s information space', partners: 'health authorities, media and platforms', goal: 'keep the public informed without amplifying falsehoods' },
    lead: 'In the first months of the pandemic, rumours about cures and conspiracies reached millions of phones before any official advice did.',
    sections: [
      ['What Spread and Why', 'The most successful falsehoods offered certainty at a time when honest experts could offer little.'],
      ['Communicating Under Uncertainty', 'Governments that admitted what they did not know kept more public trust than those that overpromised.'],
    ],
  },
  {
    series, date: '2021-02-17', authors: ['daniel-ferreira-lim'],
    title: 'Myanmar’s Crisis and the Limits of Consensus',
    synopsis: 'The political crisis in Myanmar has tested ASEAN’s principle of non-interference. The grouping needs a pragmatic way to engage all parties without abandoning its own charter.',
    terms: ['theme:country-and-region-studies', 'theme:conflict-and-stability', 'region:southeast-asia-and-asean'],
    topic: { actor: 'ASEAN', issue: 'the crisis in Myanmar', arena: 'mainland Southeast Asia', partners: 'the United Nations and neighbouring states', goal: 'open space for dialogue and humanitarian access' },
    lead: 'ASEAN has faced internal crises before, but rarely one that challenges its working methods so directly.',
    sections: [
      ['Non-Interference Under Strain', 'The principle of non-interference has served the grouping well, but it was never meant to require silence.'],
      ['A Pragmatic Path', 'A special envoy with a clear mandate and the backing of all members offers the most realistic way forward.'],
    ],
  },
  {
    series, date: '2021-09-09', authors: ['kenji-morikawa'],
    title: 'Submarines, Alliances and the Balance in the Indo-Pacific',
    synopsis: 'New submarine programmes are changing the naval balance in the Indo-Pacific. Regional states worry about an arms race but also about being left behind.',
    terms: ['theme:military-studies', 'theme:international-politics-and-security', 'region:east-asia-and-asia-pacific', 'region:indian-ocean-region'],
    topic: { actor: 'Australia', issue: 'submarine proliferation', arena: 'the Indo-Pacific', partners: 'its allies and Southeast Asian neighbours', goal: 'explain its intentions and reduce the risk of misperception' },
    lead: 'Submarines are the most secretive of naval platforms, which is why their spread causes so much unease.',
    sections: [
      ['A Changing Naval Balance', 'Several navies in the region are acquiring or modernising submarine fleets at the same time.'],
      ['Managing Misperception', 'Transparency about doctrine and numbers can reassure neighbours without revealing operational secrets.'],
    ],
  },
];
