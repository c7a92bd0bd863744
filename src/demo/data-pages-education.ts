import type { DemoPage } from './demo-page.js';

/** "Graduate Education" and "Outreach": the teaching side of the School. */
export const educationPages: DemoPage[] = [
  {
    slug: 'graduate-education', title: 'Graduate Education',
    summary: 'Master’s and doctoral programmes in international affairs.',
    body: `RSIS offers Master of Science programmes in Strategic Studies, International Relations, International Political Economy and Asian Studies, and a PhD programme. Classes are small and taught by faculty who combine scholarship with experience in policy.

Students come from across Asia and beyond, many of them mid-career officials and officers; the programmes can be taken full-time or part-time.`,
    children: [
      {
        slug: 'graduate-programmes-office', title: 'Graduate Programmes Office',
        body: `The Graduate Programmes Office supports students from application to graduation: admissions, course registration, scholarships, student visas and career advice.

The office is open on weekdays; please [contact us](/contact-us) to arrange a visit.`,
      },
      {
        slug: 'exchange-partners-and-programmes', title: 'Exchange Partners and Programmes',
        body: `Students may spend a term at one of the School’s partner institutions in Asia, Europe and North America, and the School hosts exchange students from them in turn. Credits earned abroad count towards the RSIS degree.

Double-degree arrangements with selected partners allow students to earn two Master’s degrees in two years.`,
      },
      {
        slug: 'how-to-apply', title: 'How to Apply',
        body: `Applications for the Master’s programmes open each October for admission in the following August. Applicants need a good bachelor’s degree in any discipline and, where their first degree was not taught in English, proof of proficiency in English.

1. Complete the online application form.
2. Upload your transcripts, two letters of reference and a statement of purpose.
3. Shortlisted applicants are invited to an interview.

Decisions are announced from March onwards.`,
      },
      {
        slug: 'financial-assistance', title: 'Financial Assistance',
        body: `The School offers a number of scholarships and tuition grants each year, awarded on merit. Some are reserved for applicants from Southeast Asia; others are open to all nationalities.

Applicants are considered for scholarships automatically when they apply for admission.`,
      },
      {
        slug: 'meet-the-admissions-team', title: 'Meet the Admissions Team: Information Sessions and other events',
        body: `The admissions team holds information sessions on campus and online throughout the application season. Come to hear faculty describe the programmes, meet current students and ask about scholarships.

Dates are announced on the [Events](/events) page.`,
      },
      {
        slug: 'rsis-alumni', title: 'RSIS Alumni',
        body: `Graduates of the School and of IDSS serve in governments, armed forces, international organisations, universities and companies around the world. The alumni network keeps them in touch with each other and with the School through reunions, lectures and a regular newsletter.

Alumni are welcome to audit selected courses and to attend the School’s public events.`,
      },
    ],
  },
  {
    slug: 'outreach', title: 'Outreach',
    summary: 'Networks, executive education and international programmes.',
    body: `Beyond its degree programmes, the School runs executive courses for practitioners, convenes international programmes for senior officials and officers, and keeps a global network of partner institutions and alumni.`,
    children: [
      {
        slug: 'global-networks', title: 'Global Networks',
        body: `The School works with think tanks and universities across the region and beyond: joint research projects, staff exchanges, and track-two dialogues that bring officials and scholars together to discuss questions governments cannot yet raise formally.

Its [alumni](/graduate-education/rsis-alumni) form the widest of these networks.`,
      },
      {
        slug: 'executive-education', title: 'Executive Education',
        body: `Executive programmes bring the School’s research to practitioners: short courses on terrorism analysis, interreligious relations and national security, designed for officials, officers and community leaders.`,
        children: [
          {
            slug: 'srp-executive-programme', title: 'SRP Executive Programme',
            body: `The SRP Executive Programme is a short course for religious leaders, educators and public officers on living together in plural societies. Participants study how religious traditions answer exclusivist teachings and share practices that build trust between communities.`,
          },
          {
            slug: 'terrorism-analyst-training-course', title: 'Terrorism Analyst Training Course (TATC)',
            body: `The Terrorism Analyst Training Course trains analysts from government agencies in the methods of the International Centre for Political Violence and Terrorism Research: structured analysis, the study of extremist ideologies and online propaganda, and the assessment of threat.`,
          },
        ],
      },
      {
        slug: 'international-programmes', title: 'International Programmes',
        body: `The School’s international programmes bring together senior officers and officials from across the Asia-Pacific for candid discussion of the region’s security.`,
        children: [
          {
            slug: 'appsmo', title: 'Asia-Pacific Programme for Senior Military Officers (APPSMO)',
            body: `APPSMO gathers senior military officers from the Asia-Pacific and beyond for a week of lectures, discussions and visits on the strategic issues facing the region’s armed forces.`,
          },
          {
            slug: 'appsno', title: 'Asia-Pacific Programme for Senior National Security Officers (APPSNO)',
            body: `APPSNO brings together senior national security officers to exchange views on terrorism, cyber threats, foreign interference and the resilience of societies.`,
          },
          {
            slug: 'iccs', title: 'International Conference on Cohesive Societies (ICCS)',
            body: `The International Conference on Cohesive Societies is a gathering of religious and community leaders, scholars and policymakers on how diverse societies can live together in trust. See also the [Cohesive Societies](/media/cohesive-societies) resource page.`,
          },
          {
            slug: 'isf-asia', title: 'International Strategy Forum-Asia (ISF-Asia)',
            body: `ISF-Asia brings together rising leaders from government, business and civil society to discuss the long-term strategic questions facing Asia and the world.`,
          },
        ],
      },
    ],
  },
];
