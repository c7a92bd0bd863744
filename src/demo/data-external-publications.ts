import type { PublicationSpec } from './generate-publication.js';

/** Work RSIS researchers published elsewhere: the "External Publications" series. */
export const externalPublications: PublicationSpec[] = [
  {
    series: 'journal-articles', date: '2021-06-01',
    authors: ['wen-jiaxin', { name: 'Martin Delacroix', bio: 'Martin Delacroix is Associate Professor of Political Science at a European university.' }],
    title: 'Hedging Revisited: Southeast Asian Strategies toward the Major Powers',
    synopsis: 'The concept of hedging is widely used but loosely defined. This article proposes a narrower definition and tests it against the policies of four Southeast Asian states.',
    terms: ['theme:international-politics-and-security', 'theme:country-and-region-studies', 'region:southeast-asia-and-asean'],
    topic: { actor: 'Southeast Asia', issue: 'hedging between major powers', arena: 'Southeast Asia', partners: 'all the major powers', goal: 'avoid choosing sides for as long as possible' },
    lead: 'Hedging has become the default description of Southeast Asian foreign policy, which is why it needs sharper definition.',
    sections: [
      ['A Narrower Definition', 'We define hedging as the deliberate combination of cooperation and insurance towards the same power.'],
      ['Four Cases', 'The four cases show that hedging varies with threat perception and domestic politics.'],
    ],
  },
  {
    series: 'journal-articles', date: '2024-01-15', authors: ['anand-raghavachari'],
    title: 'Deterrence Stability in Southern Asia',
    synopsis: 'New delivery systems and doctrines are eroding the stability of deterrence in Southern Asia. The article assesses the risks and the arms control measures that remain possible.',
    terms: ['theme:international-politics-and-security', 'theme:conflict-and-stability', 'region:south-asia'],
    topic: { actor: 'India', issue: 'deterrence stability', arena: 'Southern Asia', partners: 'its neighbours', goal: 'reduce the risk of inadvertent escalation' },
    lead: 'Deterrence between nuclear-armed neighbours is stable only as long as neither fears losing its forces in a first strike.',
    sections: [
      ['Sources of Instability', 'Shorter flight times and dual-capable missiles compress decision time in a crisis.'],
      ['Arms Control Options', 'Modest measures — notifications, hotlines and agreed restraint — remain within reach.'],
    ],
  },
  {
    series: 'chapters-in-edited-books', date: '2020-10-01', authors: ['priya-nandakumar'],
    title: 'ASEAN and the Politics of Disaster Governance',
    synopsis: 'A chapter on how ASEAN’s disaster management institutions developed, and how they coordinate with national agencies and militaries.',
    terms: ['theme:humanitarian-assistance-and-disaster-relief', 'theme:multilateralism-and-regionalism', 'region:southeast-asia-and-asean'],
    topic: { actor: 'ASEAN', issue: 'regional disaster governance', arena: 'Southeast Asia', partners: 'national disaster agencies and militaries', goal: 'coordinate relief across borders' },
    lead: 'Disaster management is one of the areas where ASEAN cooperation has gone furthest.',
    sections: [
      ['Institutions', 'The region now has a coordinating centre for humanitarian assistance and agreed procedures for requesting help.'],
      ['Civil–Military Coordination', 'Militaries bring capacity that civilian agencies lack, but they need clear rules for working together.'],
    ],
  },
  {
    series: 'op-eds', date: '2023-03-02', authors: ['gabriel-santos-reyes'],
    title: 'Why Small States Should Care About AI Rules',
    synopsis: 'Rules for artificial intelligence written in large capitals will apply everywhere. Small states should join the conversation now.',
    terms: ['theme:technology-and-security', 'region:global'],
    topic: { actor: 'Singapore', issue: 'global rules for artificial intelligence', arena: 'the global technology debate', partners: 'other small states', goal: 'have a say in rules that will bind them' },
    lead: 'Small states are used to living with rules they did not write.',
    sections: [
      ['The Rules Are Coming', 'Several large jurisdictions are finalising rules for artificial intelligence.'],
      ['A Seat at the Table', 'Small states can earn influence by offering practical tools and neutral venues.'],
    ],
  },
  {
    series: 'op-eds', date: '2024-10-09', authors: ['sarah-soh'],
    title: 'Japan’s New Prime Minister Faces an Old Dilemma',
    synopsis: 'Japan’s new leader must balance the alliance with the United States against the need for stable relations with China.',
    terms: ['theme:country-and-region-studies', 'region:east-asia-and-asia-pacific'],
    topic: { actor: 'Japan', issue: 'balancing alliance and neighbourhood', arena: 'Northeast Asia', partners: 'its partners in the region', goal: 'keep both relationships stable' },
    lead: 'Every Japanese prime minister inherits the same dilemma: how to stay close to Washington without provoking Beijing.',
    sections: [
      ['The Alliance', 'The alliance with the United States remains the cornerstone of Japan’s security.'],
      ['The Neighbourhood', 'Stable relations with China matter to Japan’s economy and to regional peace.'],
    ],
  },
  {
    series: 'op-eds', date: '2025-09-03',
    authors: ['lau-pei-shan', { name: 'Ayesha Rahim', bio: 'Dr Ayesha Rahim is a public health physician based in Kuala Lumpur.' }],
    title: 'Southeast Asia Must Prepare for the Next Pandemic Now',
    synopsis: 'Memories of the last pandemic are fading, and so is the money for preparedness. The region should act while the lessons are fresh.',
    terms: ['theme:non-traditional-security', 'region:southeast-asia-and-asean'],
    topic: { actor: 'ASEAN', issue: 'pandemic preparedness', arena: 'Southeast Asia', partners: 'health ministries and donors', goal: 'keep preparedness funded between crises' },
    lead: 'The best time to prepare for a pandemic is when no one is thinking about one.',
    sections: [
      ['Fading Memories', 'Budgets for preparedness are shrinking as other priorities return.'],
      ['What to Fund', 'Surveillance, stockpiles and trained people are the investments that matter most.'],
    ],
  },
  {
    series: 'authored-books', date: '2022-02-01', authors: ['marcus-oei-zhi-wei'],
    title: 'Security at Sea: Navies and Law Enforcement in Southeast Asia',
    synopsis: 'A study of how Southeast Asian states police their waters, and how navies and coast guards share the task.',
    terms: ['theme:maritime-security', 'region:southeast-asia-and-asean'],
    body: [
      'The seas of Southeast Asia are among the busiest in the world. This book studies how the states of the region police their waters — against piracy, smuggling, illegal fishing and pollution — and how navies and coast guards share the task.',
      '## The Argument',
      'Effective policing at sea depends less on the number of ships than on clear mandates, trained people and cooperation between agencies and across borders.',
      '## Contents',
      'Chapters examine the maritime agencies of five Southeast Asian states, the regional arrangements that connect them, and the lessons each offers the others.',
    ].join('\n\n'),
  },
  {
    series: 'edited-books', date: '2024-04-01', authors: ['isabelle-goh-wen-xin', 'nurul-huda-zulkifli'],
    title: 'Resilient Societies: Perspectives from Asia',
    synopsis: 'Contributors from across Asia examine how societies prepare for and recover from crises, from pandemics to terrorist attacks.',
    terms: ['theme:social-cohesion', 'region:east-asia-and-asia-pacific', 'region:southeast-asia-and-asean', 'region:south-asia'],
    body: [
      'Resilience is a quality of communities as much as of infrastructure. In this volume, contributors from across Asia examine how societies prepare for and recover from crises, from pandemics and natural disasters to terrorist attacks.',
      '## Why This Volume',
      'Most writing on social resilience draws on Western cases. This volume draws on the experience of Asian societies, with their own traditions of community, faith and government.',
      '## Themes',
      'The chapters address trust in institutions and between communities, preparedness, recovery, and the role of faith communities and civil society.',
    ].join('\n\n'),
  },
  {
    series: 'external-policy-reports', date: '2023-10-01', authors: ['tomasz-nowicki'],
    title: 'Cyber Norms and Regional Capacity Building',
    synopsis: 'A report for a regional forum on how states can put agreed norms of responsible behaviour in cyberspace into practice.',
    terms: ['theme:technology-and-security', 'theme:multilateralism-and-regionalism', 'region:southeast-asia-and-asean'],
    topic: { actor: 'ASEAN', issue: 'norms of responsible state behaviour in cyberspace', arena: 'the region’s cyberspace', partners: 'member states and industry', goal: 'turn agreed norms into national practice' },
    lead: 'Agreeing on norms was the easy part; implementing them is harder.',
    sections: [
      ['From Norms to Practice', 'Implementation requires laws, agencies and trained people that not every state has.'],
      ['Capacity Building', 'Regional programmes can share training, tools and lessons across members.'],
    ],
  },
  {
    series: 'external-working-papers', date: '2021-12-01', authors: ['lau-pei-shan'],
    title: 'Food System Shocks and Urban Households',
    synopsis: 'A working paper on how price shocks reach urban households in Southeast Asia and which safety nets cushion them.',
    terms: ['theme:non-traditional-security', 'region:southeast-asia-and-asean'],
    topic: { actor: 'Indonesia', issue: 'urban food insecurity', arena: 'Southeast Asian cities', partners: 'city governments and food banks', goal: 'protect poor households from price shocks' },
    lead: 'Urban households buy almost all of their food, which makes them especially exposed to price shocks.',
    sections: [
      ['How Shocks Travel', 'Price increases reach urban markets within weeks and hit the poorest households hardest.'],
      ['Safety Nets', 'Cash transfers and food banks cushion the blow, but coverage is uneven.'],
    ],
  },
];
