/**
 * The two vocabularies of the "Categories" line: themes and regions. The
 * first terms of each are the ones the institute's pages print; the rest of
 * the themes name the centres' other fields of work.
 */
export interface DemoTaxonomy {
  slug: string;
  name: string;
  path: string;
  terms: { name: string; description: string }[];
}

export const demoTaxonomies: DemoTaxonomy[] = [
  {
    slug: 'theme',
    name: 'Themes',
    path: 'themes',
    terms: [
      { name: 'Country and Region Studies', description: 'The politics, foreign policy and security of particular states and regions.' },
      { name: 'International Politics and Security', description: 'Great-power relations, alliances, and the international order.' },
      { name: 'Maritime Security', description: 'Navies and coast guards, maritime disputes, the law of the sea and the safety of sea lanes.' },
      { name: 'Conflict and Stability', description: 'Armed conflict, crisis management and the conditions of lasting peace.' },
      { name: 'Humanitarian Assistance and Disaster Relief', description: 'Preparing for and responding to natural disasters and humanitarian crises.' },
      { name: 'Terrorism Studies', description: 'Terrorist and extremist movements and the policies that counter them.' },
      { name: 'Non-Traditional Security', description: 'Climate, food, water, energy and health security, and irregular migration.' },
      { name: 'Social Cohesion', description: 'Trust between communities, religion in public life and the resilience of plural societies.' },
      { name: 'Technology and Security', description: 'Cyber security, artificial intelligence and the strategic effects of emerging technology.' },
      { name: 'Multilateralism and Regionalism', description: 'ASEAN, regional institutions, trade agreements and the rules-based order.' },
      { name: 'Military Studies', description: 'Defence policy, military transformation and professional military education.' },
    ],
  },
  {
    slug: 'region',
    name: 'Regions',
    path: 'regions',
    terms: [
      { name: 'East Asia and Asia Pacific', description: 'China, Japan, the Korean Peninsula, Taiwan and the wider Asia-Pacific.' },
      { name: 'South Asia', description: 'India, Pakistan, Bangladesh, Sri Lanka and their neighbours.' },
      { name: 'Southeast Asia and ASEAN', description: 'The states of Southeast Asia, and ASEAN as an institution.' },
      { name: 'Indian Ocean Region', description: 'The littoral states and sea lanes of the Indian Ocean.' },
      { name: 'Global', description: 'Issues that span every region.' },
    ],
  },
];
