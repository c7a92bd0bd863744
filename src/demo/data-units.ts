import type { SaveUnitInput } from '../actions/save-unit.js';

type DemoUnit = Extract<SaveUnitInput, { slug: string; name: string; kind: string }>;

/**
 * The research centres and programmes of the menu's "Research" column, in
 * its order, named as the institute prints them. Sub-programmes come after
 * their parent (they are saved in this order, and a parent must exist first).
 */
export const demoUnits: DemoUnit[] = [
  {
    slug: 'cms', acronym: 'CMS', name: 'Centre for Multilateralism Studies', kind: 'centre', position: 1,
    description: 'The Centre for Multilateralism Studies studies how states and regional organisations cooperate, and how that cooperation is changing. Its research covers the institutions of the Asia-Pacific, from ASEAN and its dialogue partnerships to APEC and the regional trade agreements, and asks what keeps a rules-based order working when major powers compete. The Centre publishes commentaries, policy reports and the newsletter *Multilateral Matters*, and convenes dialogues between officials, scholars and practitioners.',
  },
  {
    slug: 'nts-centre', acronym: 'NTS Centre', name: 'Centre for Non-Traditional Security Studies', kind: 'centre', position: 2,
    description: 'The Centre for Non-Traditional Security Studies works on threats to the security of states and people that do not come from armed forces: climate change and disasters, food, water and energy insecurity, pandemics, and irregular migration. It combines field research in Southeast Asia with policy analysis, and serves as a secretariat for a regional network of research institutes working on non-traditional security.',
  },
  {
    slug: 'cens', acronym: 'CENS', name: 'Centre of Excellence for National Security', kind: 'centre', position: 3,
    description: 'The Centre of Excellence for National Security studies the policy challenges of homeland security: social resilience, cyber and information security, countering foreign interference, and the behavioural sciences of crisis and recovery. It works closely with the agencies that keep the country safe, and brings their practitioners together with academic researchers in workshops and executive programmes.',
  },
  {
    slug: 'idss', acronym: 'IDSS', name: 'Institute of Defence and Strategic Studies', kind: 'centre', position: 4,
    description: 'The Institute of Defence and Strategic Studies, founded in 1996 and the nucleus from which the School grew, conducts research on regional security, great-power relations, maritime security and military affairs. Its programmes publish the IDSS Papers and a large share of the RSIS Commentary Series, and its researchers advise governments and militaries across the Asia-Pacific.',
  },
  {
    slug: 'icpvtr', acronym: 'ICPVTR', name: 'International Centre for Political Violence and Terrorism Research', kind: 'centre', position: 5,
    description: 'The International Centre for Political Violence and Terrorism Research studies terrorist and extremist movements, their ideologies and their use of technology, and the policies that counter them. It maintains a database of incidents and groups in the Asia-Pacific, publishes the monthly journal *Counter Terrorist Trends and Analyses*, and trains analysts through the Terrorism Analyst Training Course.',
  },
  {
    slug: 'regional-security-architecture-programme', acronym: '', name: 'Regional Security Architecture Programme', kind: 'programme', parent: 'idss', position: 11,
    description: 'The Regional Security Architecture Programme of IDSS examines the alliances, partnerships and multilateral forums through which the states of the Indo-Pacific manage their security. It follows the foreign and defence policies of the region’s major and middle powers, and the place of ASEAN-led institutions among them.',
  },
  {
    slug: 'maritime-security-programme', acronym: '', name: 'Maritime Security Programme', kind: 'programme', parent: 'idss', position: 12,
    description: 'The Maritime Security Programme of IDSS studies naval affairs, the law of the sea, maritime disputes and the safety of sea lanes in Southeast Asia and the Indian Ocean. It brings navies, coast guards and maritime agencies together in workshops and track-two dialogues.',
  },
  {
    slug: 'military-studies-programme', acronym: '', name: 'Military Studies Programme', kind: 'programme', parent: 'idss', position: 13,
    description: 'The Military Studies Programme of IDSS researches defence policy, military transformation and professional military education, and supports the staff colleges and training institutions of the armed forces with courses and case studies.',
  },
  {
    slug: 'social-resilience-programme', acronym: '', name: 'Social Resilience Programme', kind: 'programme', parent: 'cens', position: 14,
    description: 'The Social Resilience Programme of CENS studies how communities prepare for, withstand and recover from crises — terrorist attacks, pandemics and the strains that divisive information campaigns put on social trust.',
  },
  {
    slug: 'nssp', acronym: 'NSSP', name: 'National Security Studies Programme', kind: 'programme', position: 1,
    description: 'The National Security Studies Programme runs courses and research on national security policy for senior public officers, and studies how small states organise their government for security in an uncertain strategic environment.',
  },
  {
    slug: 'scrp', acronym: 'SCRP', name: 'Social Cohesion Research Programme', kind: 'programme', position: 2,
    description: 'The Social Cohesion Research Programme studies what holds diverse societies together: trust between communities, the role of religion in public life, and the effect of online discourse on social harmony. It supports the International Conference on Cohesive Societies.',
  },
  {
    slug: 'srp', acronym: 'SRP', name: 'Studies in Inter-Religious Relations in Plural Societies', kind: 'programme', position: 3,
    description: 'The Studies in Inter-Religious Relations in Plural Societies Programme develops scholarship on how religious communities live together in plural societies, and how religious thought responds to exclusivist teachings. It publishes the peer-reviewed occasional paper series *Interreligious Relations* and runs the SRP Executive Programme.',
  },
  {
    slug: 'future-issues-and-technology-cluster', acronym: '', name: 'Future Issues and Technology Cluster', kind: 'other', position: 1,
    description: 'The Future Issues and Technology Cluster looks ahead at how emerging technologies — artificial intelligence, quantum computing, biotechnology and space systems — will change security, governance and the economy, and publishes the *Future Issues* series of foresight papers.',
  },
  {
    slug: 'research-at-rsis', acronym: '', name: 'Research@RSIS', kind: 'other', position: 2,
    description: 'Research@RSIS presents the research projects under way across the School’s centres and programmes: their questions, their methods and the people working on them, organised by theme, region and centre.',
  },
  {
    slug: 'stsp', acronym: 'STSP', name: 'Science and Technology Studies Programme', kind: 'other', activeFrom: 2017, activeTo: 2020, position: 3,
    description: 'The Science and Technology Studies Programme (2017–2020) examined the policy questions raised by science and technology: research governance, technology and society, and the security implications of scientific change. Its work continues in the Future Issues and Technology Cluster.',
  },
];
