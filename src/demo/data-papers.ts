import { figureMarkdown } from '../render/markdown/figure-node.js';
import type { PublicationSpec } from './generate-publication.js';

const seaLanesFigure = figureMarkdown({
  src: '/files/demo/sea-lanes-figure.jpg',
  alt: 'An abstract chart of three shipping routes meeting in a strait between two islands, with vessels marked along each route',
  caption: 'Shipping routes converge in the region’s straits, where a shared picture of traffic matters most.',
  credit: 'Illustration: RSIS.',
});

const awarenessTable = `| Arrangement | What is shared | Main limitation |
| --- | --- | --- |
| Bilateral hotlines | Alerts about specific incidents | Depend on the relationship of the day |
| Regional information centres | Reports of piracy, robbery and accidents | Coverage ends where membership ends |
| Commercial tracking data | Positions of cooperative vessels | Blind to ships that switch off transponders |
| Joint patrols | Observations on agreed routes | Costly, and limited in time and space |`;

/** IDSS Papers, Working Papers, Policy Reports, NTS Insight, CTTA and Interreligious Relations. */
export const demoPapers: PublicationSpec[] = [
  {
    series: 'idss-papers', date: '2023-04-18', authors: ['kenji-morikawa'],
    title: 'Deterrence and Reassurance on the Korean Peninsula',
    synopsis: 'North Korea’s growing missile arsenal has revived debate in Seoul and Tokyo about the credibility of extended deterrence. Reassurance of allies is now as important as deterrence of adversaries.',
    terms: ['theme:military-studies', 'theme:conflict-and-stability', 'region:east-asia-and-asia-pacific'],
    topic: { actor: 'South Korea', issue: 'extended deterrence', arena: 'Northeast Asia', partners: 'its allies', goal: 'keep deterrence credible while avoiding an arms race' },
    lead: 'Deterrence must convince an adversary; reassurance must convince an ally, and the second is often harder.',
    sections: [
      ['A Growing Arsenal', 'Each new missile test adds to doubts about whether existing arrangements still deter.'],
      ['The Reassurance Problem', 'Allies want visible commitments, consultation and a voice in planning.'],
      ['Options for Allies', 'Consultative mechanisms can give allies a voice without changing the fundamentals of deterrence.'],
    ],
  },
  {
    series: 'idss-papers', date: '2024-03-19', authors: ['wen-jiaxin'],
    title: 'China–Southeast Asia Relations: Managing Asymmetry',
    synopsis: 'Relations between China and its Southeast Asian neighbours are defined by asymmetry of size and power. The smaller states manage it through engagement, institutions and diversification.',
    terms: ['theme:country-and-region-studies', 'theme:international-politics-and-security', 'region:east-asia-and-asia-pacific', 'region:southeast-asia-and-asean'],
    topic: { actor: 'Vietnam', issue: 'asymmetric relations with a large neighbour', arena: 'Southeast Asia', partners: 'other partners', goal: 'engage a powerful neighbour while keeping its independence' },
    lead: 'Living next to a great power is an old problem for the states of Southeast Asia.',
    sections: [
      ['The Logic of Asymmetry', 'In an asymmetric relationship, the smaller side pays more attention and has more to lose.'],
      ['Strategies of the Smaller States', 'Southeast Asian governments combine close engagement with quiet diversification.'],
    ],
  },
  {
    series: 'idss-papers', date: '2024-09-05', authors: ['marcus-oei-zhi-wei'],
    title: 'Maritime Domain Awareness: Sharing the Picture',
    synopsis: 'No single state can watch all the waters that matter to it. Sharing a common picture of maritime traffic is the foundation of cooperation against piracy, smuggling and accidents.',
    terms: ['theme:maritime-security', 'region:southeast-asia-and-asean', 'region:indian-ocean-region'],
    topic: { actor: 'Singapore', issue: 'maritime domain awareness', arena: 'the straits and sea lanes of Southeast Asia', partners: 'regional navies, coast guards and shipping companies', goal: 'share a common picture of maritime traffic' },
    lead: 'Knowing what is happening at sea is the first condition of acting there.',
    extras: { 1: seaLanesFigure, 2: awarenessTable },
    sections: [
      ['Why the Picture Matters', 'Piracy, smuggling, illegal fishing and accidents all begin as anomalies in the pattern of traffic.'],
      ['Arrangements in Place', 'The region has built several arrangements for sharing information, each with strengths and limits.'],
      ['Closing the Gaps', 'The next step is to connect these arrangements so that information follows a vessel across boundaries.'],
    ],
  },
  {
    series: 'idss-papers', date: '2025-02-12', authors: ['elise-vandermeer'],
    title: 'Europe’s Indo-Pacific Turn: Substance or Symbol?',
    synopsis: 'European governments have published Indo-Pacific strategies and sent warships to the region. Their lasting contribution will lie in trade, technology and capacity building more than in naval presence.',
    terms: ['theme:international-politics-and-security', 'region:east-asia-and-asia-pacific', 'region:global'],
    topic: { actor: 'the European Union', issue: 'Europe’s engagement in the Indo-Pacific', arena: 'the Indo-Pacific', partners: 'Asian partners', goal: 'turn strategies into lasting partnerships' },
    lead: 'A decade ago, few European capitals had a strategy for the Indo-Pacific; now most do.',
    sections: [
      ['Strategies and Deployments', 'Naval visits attract attention, but they are occasional and small.'],
      ['Where Europe Adds Value', 'Europe’s comparative advantage lies in standards, trade and development finance.'],
    ],
  },
  {
    series: 'idss-papers', date: '2025-06-24', authors: ['sarah-soh', 'wen-jiaxin'],
    title: 'Middle Powers and the Future of the Regional Security Architecture',
    synopsis: 'As rivalry between the major powers intensifies, middle powers are building networks of their own. These “minilateral” groupings complement rather than replace ASEAN-led institutions.',
    terms: ['theme:international-politics-and-security', 'theme:multilateralism-and-regionalism', 'region:east-asia-and-asia-pacific', 'region:southeast-asia-and-asean', 'region:global'],
    topic: { actor: 'Australia', issue: 'the regional security architecture', arena: 'the Indo-Pacific', partners: 'other middle powers', goal: 'connect minilateral groupings to inclusive regional institutions' },
    lead: 'The security architecture of the Indo-Pacific has become a lattice of overlapping groupings.[^1]',
    extras: {
      2: '[^1]: The term “lattice” is used here for a network of bilateral, minilateral and multilateral arrangements without a single centre.\n\n[^2]: Minilateral groupings are taken to be those of three to five states with a defined practical agenda.',
    },
    sections: [
      ['The Rise of Minilateralism', 'Small groupings of like-minded states have multiplied because they can act faster than large forums.[^2]'],
      ['Complement or Competitor?', 'Whether these groupings strengthen or weaken ASEAN-led institutions depends on how they are connected.'],
    ],
  },
  {
    series: 'working-papers', date: '2016-09-12', code: 'WP301', authors: ['daniel-ferreira-lim'],
    title: 'Norms, Interests and ASEAN’s Management of Disputes',
    synopsis: 'ASEAN’s record in managing disputes among its members is better than its critics allow. This paper traces how norms of consultation and restraint have shaped outcomes.',
    terms: ['theme:multilateralism-and-regionalism', 'theme:conflict-and-stability', 'region:southeast-asia-and-asean'],
    topic: { actor: 'ASEAN', issue: 'dispute management among neighbours', arena: 'Southeast Asia', partners: 'its member states', goal: 'keep disputes from turning into conflicts' },
    lead: 'No two ASEAN members have gone to war with each other since the grouping was founded.',
    sections: [
      ['Explaining the Record', 'Scholars disagree on whether norms or interests explain this record.'],
      ['Cases of Restraint', 'Border disputes between members have been taken to courts or frozen rather than fought over.'],
      ['Limits of the ASEAN Way', 'Consultation and consensus work best when interests are not directly opposed.'],
    ],
  },
  {
    series: 'working-papers', date: '2019-07-08', authors: ['isabelle-goh-wen-xin', 'nurul-huda-zulkifli'],
    title: 'Measuring Social Resilience: A Framework for Small States',
    synopsis: 'Social resilience is often invoked but rarely measured. This paper proposes a framework of indicators that governments can track over time.',
    terms: ['theme:social-cohesion', 'region:southeast-asia-and-asean', 'region:global'],
    topic: { actor: 'Singapore', issue: 'social resilience', arena: 'small, diverse societies', partners: 'community organisations and researchers', goal: 'track resilience over time and act on what the data show' },
    lead: 'What cannot be measured is easily neglected, and social resilience is hard to measure.',
    extras: {
      1: 'The framework groups its indicators in four dimensions:\n\n- **Trust:** in institutions, in neighbours and across communities;\n- **Participation:** in volunteering, community life and public consultation;\n- **Preparedness:** of households and organisations for emergencies;\n- **Recovery:** how quickly communities return to normal life after a shock.',
    },
    sections: [
      ['Defining the Concept', 'Resilience describes the capacity of a society to absorb a shock and recover without losing its cohesion.'],
      ['Using the Framework', 'The indicators are meant to be tracked over years, so that trends rather than single readings guide policy.'],
    ],
  },
  {
    series: 'working-papers', date: '2023-08-30', authors: ['gabriel-santos-reyes'],
    title: 'Governing Dual-Use Technologies in Asia',
    synopsis: 'Technologies with both civilian and military uses are spreading faster than export controls can follow. This paper examines how Asian states are adapting their controls, and where cooperation is possible.',
    terms: ['theme:technology-and-security', 'region:east-asia-and-asia-pacific', 'region:global'],
    topic: { actor: 'Japan', issue: 'dual-use technology controls', arena: 'Asia’s technology supply chains', partners: 'regional governments and industry', goal: 'control sensitive exports without stifling research' },
    lead: 'Most of the technologies that matter to militaries today were first developed for civilian markets.[^1]',
    extras: { 3: '[^1]: Examples include advanced semiconductors, commercial drones, satellite imagery and machine-learning software.' },
    sections: [
      ['The Dual-Use Problem', 'Controls designed for weapons struggle with technologies sold by the million to consumers.'],
      ['National Approaches', 'Asian governments have tightened their controls at different speeds and in different ways.'],
      ['Room for Cooperation', 'Common lists and shared licensing information would reduce costs for industry and gaps for evaders.'],
    ],
  },
  {
    series: 'policy-reports', date: '2015-03', authors: ['tomasz-nowicki', 'jonas-eberhardt'], units: ['cens'],
    title: 'Countering Violent Extremism Online: Policy Options',
    synopsis: 'This report reviews the measures governments have taken against extremist content online and proposes a balanced approach combining removal, counter-messaging and support for those at risk.',
    terms: ['theme:terrorism-studies', 'theme:technology-and-security', 'region:southeast-asia-and-asean'],
    topic: { actor: 'Singapore', issue: 'violent extremism online', arena: 'the region’s online spaces', partners: 'platforms and community groups', goal: 'reduce the reach of extremist content without restricting legitimate speech' },
    lead: 'The internet did not create violent extremism, but it has changed how extremists recruit.',
    sections: [
      ['The Policy Toolkit', 'Governments have three broad tools: removing content, answering it, and helping those drawn to it.'],
      ['Recommendations', 'A balanced approach uses all three, with clear legal safeguards.'],
    ],
  },
  {
    series: 'policy-reports', date: '2020-11', authors: ['amelia-hartono'],
    title: 'Multilateralism Under Strain: Options for ASEAN',
    synopsis: 'The pandemic and rivalry between the major powers have strained the multilateral institutions on which ASEAN relies. This report sets out how the grouping can protect and renew them.',
    terms: ['theme:multilateralism-and-regionalism', 'region:southeast-asia-and-asean', 'region:global'],
    topic: { actor: 'ASEAN', issue: 'the health of multilateral institutions', arena: 'the Asia-Pacific', partners: 'its dialogue partners', goal: 'renew the institutions that keep the region open' },
    lead: 'Multilateral institutions are under more strain today than at any time since they were founded.',
    sections: [
      ['Sources of Strain', 'Rivalry between the major powers has spilled into forums that were designed for cooperation.'],
      ['What ASEAN Can Do', 'ASEAN cannot fix the global system, but it can keep its own forums useful to all.'],
    ],
  },
  {
    series: 'policy-reports', date: '2022-05', authors: ['priya-nandakumar', 'lau-pei-shan'],
    title: 'Climate, Migration and Security in Southeast Asia',
    synopsis: 'Climate change will move people within and across borders in Southeast Asia. This report examines the security implications and recommends planned, rights-based responses.',
    terms: ['theme:non-traditional-security', 'theme:humanitarian-assistance-and-disaster-relief', 'region:southeast-asia-and-asean'],
    topic: { actor: 'ASEAN', issue: 'climate-related migration', arena: 'Southeast Asia', partners: 'member states and humanitarian agencies', goal: 'plan for movement rather than react to it' },
    lead: 'Most people displaced by climate change will move within their own countries, often to crowded cities.',
    sections: [
      ['Patterns of Movement', 'Rising seas, floods and failing harvests push people from rural areas towards cities.'],
      ['Security Implications', 'Unplanned movement can strain services and create tensions between newcomers and residents.'],
      ['Recommendations', 'Planned relocation, urban investment and regional cooperation can reduce the risks.'],
    ],
  },
  {
    series: 'policy-reports', date: '2025-04', authors: ['marcus-oei-zhi-wei', 'kenji-morikawa'], units: ['idss', 'maritime-security-programme'], isFeatured: true,
    title: 'Preparing for Maritime Crises: A Regional Playbook',
    synopsis: 'A collision or a stand-off at sea could escalate within hours. This report proposes a regional playbook of procedures that states can agree on now and use when a crisis comes.',
    terms: ['theme:maritime-security', 'theme:conflict-and-stability', 'region:southeast-asia-and-asean', 'region:east-asia-and-asia-pacific'],
    topic: { actor: 'ASEAN', issue: 'crisis management at sea', arena: 'the region’s contested waters', partners: 'the region’s navies and coast guards', goal: 'agree on crisis procedures before they are needed' },
    lead: 'Crises at sea unfold faster than diplomacy can usually follow.',
    extras: {
      1: '> The moment to agree how to manage a crisis is before it begins; during a crisis, every proposal looks like a concession.',
      3: 'The playbook rests on five steps:\n\n1. Designate a single point of contact in each agency, available at all hours.\n2. Agree on the information each side shares after an incident.\n3. Separate the vessels involved before discussing responsibility.\n4. Inform the public early, with facts agreed where possible.\n5. Review each incident jointly and record the lessons.',
    },
    sections: [
      ['How Crises Escalate', 'Most crises begin with an accident or a misjudgement, not a decision to fight.'],
      ['What Exists Today', 'Hotlines and codes of conduct exist, but they are untested under pressure.'],
      ['A Regional Playbook', 'A playbook sets out, in advance, who does what in the first hours of an incident.'],
    ],
  },
  {
    series: 'nts-insight', date: '2018-06-25', authors: ['lau-pei-shan'],
    title: 'Urban Flooding and the Resilient City',
    synopsis: 'Heavier rainfall is overwhelming drainage systems in Southeast Asian cities. Resilience requires blue-green infrastructure and planning that keeps people out of harm’s way.',
    terms: ['theme:non-traditional-security', 'theme:humanitarian-assistance-and-disaster-relief', 'region:southeast-asia-and-asean'],
    topic: { actor: 'Thailand', issue: 'urban flood resilience', arena: 'the region’s growing cities', partners: 'city governments and residents', goal: 'make room for water in the city' },
    lead: 'Cities built on deltas and floodplains are learning that concrete alone cannot keep the water out.',
    sections: [
      ['Heavier Rains, Faster Runoff', 'Paved surfaces send rainwater into drains faster than they were designed to carry it.'],
      ['Room for Water', 'Parks, wetlands and retention ponds can store water that would otherwise flood streets.'],
    ],
  },
  {
    series: 'nts-insight', date: '2021-11-15', authors: ['priya-nandakumar'],
    title: 'Vaccine Supply Chains and Regional Health Security',
    synopsis: 'The pandemic exposed the region’s dependence on a few vaccine producers. Regional manufacturing, shared procurement and stockpiles would improve health security.',
    terms: ['theme:non-traditional-security', 'region:southeast-asia-and-asean', 'region:global'],
    topic: { actor: 'ASEAN', issue: 'vaccine security', arena: 'Southeast Asia', partners: 'manufacturers and international health bodies', goal: 'secure timely access to vaccines in the next pandemic' },
    lead: 'When vaccines arrived, they arrived first in the countries that made them.',
    sections: [
      ['Lessons of Scarcity', 'Export restrictions and advance purchases left many countries waiting for months.'],
      ['Regional Options', 'Shared procurement and regional manufacturing would give the region more bargaining power.'],
    ],
  },
];
