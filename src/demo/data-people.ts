/**
 * The staff directory: the nine groups of the menu's "Staff Profiles" column
 * in its order, and the people in them. Sarah Soh is the author of the
 * fixture publication; everyone else is invented for the demo.
 */
export const demoGroups = [
  { slug: 'executive-deputy-chairmans-office', name: 'Executive Deputy Chairman’s Office' },
  { slug: 'deans-office', name: 'Dean’s Office' },
  { slug: 'management', name: 'Management' },
  { slug: 'distinguished-fellows', name: 'Distinguished Fellows' },
  { slug: 'faculty-and-research', name: 'Faculty and Research' },
  { slug: 'associate-research-fellows-senior-analysts-and-research-analysts', name: 'Associate Research Fellows, Senior Analysts and Research Analysts' },
  { slug: 'visiting-fellows', name: 'Visiting Fellows' },
  { slug: 'adjunct-fellows', name: 'Adjunct Fellows' },
  { slug: 'administrative-staff', name: 'Administrative Staff' },
];

export interface DemoPerson {
  slug: string;
  name: string;
  honorific: string;
  rank: string;
  group: string;
  units: string[];
  expertise: string[];
  /** Profile text after the first line; the first line is `byline`. */
  bio: string;
  /** "X is <rank> with the <unit>, S. Rajaratnam School of International Studies (RSIS)." as printed under publications. */
  byline: string;
}

const RSIS = 'S. Rajaratnam School of International Studies (RSIS)';
const IDSS = 'the Institute of Defence and Strategic Studies (IDSS)';

type Entry = [slug: string, honorific: string, name: string, rank: string, units: string[], where: string, expertise: string[], bio: string];

/** Group slug -> its people, in directory order. */
const byGroup: Record<string, Entry[]> = {
  'executive-deputy-chairmans-office': [
    ['leonard-tay-khee-hoon', 'Amb', 'Leonard Tay Khee Hoon', 'Executive Deputy Chairman', [], '', ['Diplomacy', 'ASEAN', 'Regional order'],
      'A career diplomat, he served as ambassador in several capitals of the region before joining the School, and oversees its research centres and its engagement with governments.'],
  ],
  'deans-office': [
    ['helena-marchetti', 'Prof', 'Helena Marchetti', 'Dean', [], '', ['International relations theory', 'European security', 'Higher education'],
      'She leads the School’s graduate programmes and faculty, and writes on alliances and the theory of international politics.'],
    ['daniel-ferreira-lim', 'Assoc Prof', 'Daniel Ferreira Lim', 'Associate Dean (International Engagement)', [], '', ['Comparative politics', 'Southeast Asian politics'],
      'He is responsible for the School’s exchange partnerships and international programmes, and teaches comparative politics in the Master’s programmes.'],
  ],
  management: [
    ['celestine-yeo-hui-min', 'Ms', 'Celestine Yeo Hui Min', 'Head, Graduate Programmes Office', [], '', ['Graduate admissions'],
      'She manages admissions, scholarships and student services for the School’s Master’s and PhD programmes.'],
    ['darius-wong-kai-ming', 'Mr', 'Darius Wong Kai Ming', 'Head, Corporate Communications', [], '', ['Media relations', 'Publications'],
      'He leads the School’s media relations, website and publications office.'],
  ],
  'distinguished-fellows': [
    ['anand-raghavachari', 'Prof', 'Anand Raghavachari', 'Distinguished Fellow', ['idss'], ` at ${IDSS}`, ['Strategic studies', 'Nuclear deterrence', 'South Asia'],
      'He has written widely on deterrence and on the strategic relations of the major Asian powers, and advises the Institute on its research agenda.'],
  ],
  'faculty-and-research': [
    ['marcus-oei-zhi-wei', 'Dr', 'Marcus Oei Zhi Wei', 'Research Fellow', ['idss', 'maritime-security-programme'], ` with the Maritime Security Programme at ${IDSS}`, ['Naval affairs', 'Law of the sea', 'South China Sea'],
      'His research covers naval modernisation in Southeast Asia, maritime law enforcement and the management of incidents at sea.'],
    ['farida-rahmawati', 'Assoc Prof', 'Farida Rahmawati', 'Associate Professor and Coordinator', ['srp'], ' of the Studies in Inter-Religious Relations in Plural Societies (SRP) Programme', ['Islamic thought', 'Interreligious dialogue'],
      'She works on religious thought in plural societies and on the role of religious institutions in building trust between communities.'],
    ['tomasz-nowicki', 'Dr', 'Tomasz Nowicki', 'Senior Fellow', ['cens'], ' with the Centre of Excellence for National Security (CENS)', ['Cyber security', 'Foreign interference', 'Information operations'],
      'His research covers cyber security policy, hostile information campaigns and the protection of critical infrastructure.'],
    ['priya-nandakumar', 'Dr', 'Priya Nandakumar', 'Research Fellow', ['nts-centre'], ' with the Centre for Non-Traditional Security Studies (NTS Centre)', ['Humanitarian assistance', 'Climate security', 'Disaster governance'],
      'She studies disaster governance and humanitarian coordination in Southeast Asia, and the security consequences of climate change.'],
    ['kenji-morikawa', 'Asst Prof', 'Kenji Morikawa', 'Assistant Professor', ['idss', 'military-studies-programme'], ` with the Military Studies Programme at ${IDSS}`, ['Defence policy', 'Military innovation', 'Japan'],
      'He researches military innovation and defence planning in Northeast Asia, and teaches strategic studies.'],
    ['amelia-hartono', 'Dr', 'Amelia Hartono', 'Research Fellow', ['cms'], ' with the Centre for Multilateralism Studies (CMS)', ['Trade policy', 'ASEAN economic integration'],
      'Her research covers regional trade agreements, supply chains and ASEAN’s economic integration.'],
    ['jonas-eberhardt', 'Dr', 'Jonas Eberhardt', 'Senior Fellow', ['icpvtr'], ' with the International Centre for Political Violence and Terrorism Research (ICPVTR)', ['Terrorism', 'Online radicalisation', 'Rehabilitation'],
      'He studies extremist movements and their use of online platforms, and programmes for the rehabilitation of detainees.'],
    ['nurul-huda-zulkifli', 'Dr', 'Nurul Huda Zulkifli', 'Research Fellow', ['scrp'], ' with the Social Cohesion Research Programme (SCRP)', ['Social cohesion', 'Religion and the state'],
      'Her research looks at social trust in multicultural societies and at how communities respond to divisive events.'],
    ['gabriel-santos-reyes', 'Dr', 'Gabriel Santos Reyes', 'Senior Fellow', ['future-issues-and-technology-cluster'], ' with the Future Issues and Technology Cluster', ['Artificial intelligence', 'Technology governance', 'Foresight'],
      'He works on the governance of artificial intelligence and on foresight methods for public policy.'],
    ['wen-jiaxin', 'Dr', 'Wen Jiaxin', 'Research Fellow', ['idss', 'regional-security-architecture-programme'], ` with the Regional Security Architecture Programme at ${IDSS}`, ['China’s foreign policy', 'Great-power relations'],
      'Her research covers China’s foreign and security policy and its relations with Southeast Asia.'],
  ],
  'associate-research-fellows-senior-analysts-and-research-analysts': [
    ['sarah-soh', '', 'Sarah Soh', 'Associate Research Fellow', ['idss', 'regional-security-architecture-programme'], ` with the Regional Security Architecture Programme at ${IDSS}`, ['Japan’s foreign policy', 'Regional security architecture'],
      'Her research interests include Japan’s foreign and security policy and the security architecture of the Indo-Pacific.'],
    ['isabelle-goh-wen-xin', 'Ms', 'Isabelle Goh Wen Xin', 'Senior Analyst', ['cens', 'social-resilience-programme'], ' with the Centre of Excellence for National Security (CENS)', ['Social resilience', 'Crisis communication'],
      'She studies crisis communication and the resilience of communities to hostile information.'],
    ['haziq-rahmat', 'Mr', 'Haziq Rahmat', 'Research Analyst', ['icpvtr'], ' with the International Centre for Political Violence and Terrorism Research (ICPVTR)', ['Militancy in Southeast Asia', 'Terrorist financing'],
      'He follows militant networks in maritime Southeast Asia and how they raise money.'],
    ['vikram-sethuraman', 'Mr', 'Vikram Sethuraman', 'Associate Research Fellow', ['cms'], ' with the Centre for Multilateralism Studies (CMS)', ['India–ASEAN relations', 'Indian Ocean'],
      'His research covers India’s relations with Southeast Asia and cooperation in the Indian Ocean.'],
    ['lau-pei-shan', 'Ms', 'Lau Pei Shan', 'Research Analyst', ['nts-centre'], ' with the Centre for Non-Traditional Security Studies (NTS Centre)', ['Food security', 'Urban resilience'],
      'She researches food security and the resilience of cities to climate risks.'],
  ],
  'visiting-fellows': [
    ['elise-vandermeer', 'Dr', 'Elise Vandermeer', 'Visiting Fellow', ['idss', 'regional-security-architecture-programme'], ` with the Regional Security Architecture Programme at ${IDSS}`, ['Europe–Asia relations', 'Arms control'],
      'During her fellowship she is writing on European security engagement in the Indo-Pacific.'],
  ],
  'adjunct-fellows': [
    ['gerald-quek-boon-leng', 'Mr', 'Gerald Quek Boon Leng', 'Adjunct Senior Fellow', ['nssp'], ' with the National Security Studies Programme (NSSP)', ['National security', 'Public administration'],
      'A former senior public servant, he teaches in the School’s programmes for national security officers.'],
  ],
  'administrative-staff': [
    ['rosalind-chia-mei-ling', 'Ms', 'Rosalind Chia Mei Ling', 'Assistant Manager, Publications Office', [], '', ['Editorial production'],
      'She coordinates the editing and release of the School’s publications.'],
  ],
};

function toPerson(group: string, [slug, honorific, name, rank, units, where, expertise, bio]: Entry): DemoPerson {
  const byline = `${name} is ${rank}${where}, ${RSIS}.`;
  return { slug, name, honorific, rank, group, units, expertise, bio: `${byline} ${bio}`, byline };
}

export const demoPeople: DemoPerson[] = demoGroups.flatMap((g) => (byGroup[g.slug] ?? []).map((e) => toPerson(g.slug, e)));
