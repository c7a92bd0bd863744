import type { DemoPage } from './demo-page.js';

/** "About RSIS" and the pages the footer and the header link to directly. */
export const aboutPages: DemoPage[] = [
  {
    slug: 'about', title: 'About RSIS',
    summary: 'A think tank and graduate school of international affairs at Nanyang Technological University.',
    body: `The S. Rajaratnam School of International Studies (RSIS) is a think tank and professional graduate school of international affairs at Nanyang Technological University, Singapore. It studies the security, politics and economics of the Asia-Pacific, teaches the next generation of officials and analysts, and brings policymakers and scholars together.

Its research is organised in five centres and several programmes, listed under [Research](/research); its work reaches readers through the [RSIS Publications](/publications) and through the School’s conferences, seminars and executive programmes.`,
    children: [
      {
        slug: 'introduction', title: 'Introduction',
        body: `RSIS is dedicated to the study of international affairs with a focus on the Asia-Pacific. It pursues three goals: to provide a rigorous professional graduate education in international affairs, to conduct policy-relevant research in national security, defence and strategic studies, international political economy and diplomacy, and to promote exchange with institutions in the region and beyond.

The School’s faculty combine academic research with practical experience in government, the armed forces and international organisations.`,
      },
      {
        slug: 'building-the-foundations', title: 'Building the Foundations',
        body: `The School grew out of the Institute of Defence and Strategic Studies (IDSS), established in 1996 to study regional security and train officers and officials. As its research and teaching expanded, IDSS became the nucleus of a full graduate school, inaugurated in 2007 and named after S. Rajaratnam, the country’s first foreign minister.

Since then the School has added centres for multilateralism, non-traditional security, national security and terrorism research, each building on the foundations IDSS laid.`,
      },
      {
        slug: 'welcome-message', title: 'Welcome Message',
        body: `Welcome to the S. Rajaratnam School of International Studies. We are a community of scholars, practitioners and students who share a conviction: that careful research and open debate make for better policy.

Whether you are a prospective student, a partner institution or a reader of our publications, we hope you will find in our work analysis that is rigorous, timely and useful. We invite you to join our seminars and to write to us with your views.`,
      },
      {
        slug: 'board-of-governors', title: 'Board of Governors',
        body: `The Board of Governors oversees the School’s strategic direction, its academic standards and its stewardship of resources. Its members are drawn from government, academia, the armed forces and the private sector, and serve terms of three years.

The Board meets twice a year and receives reports from the Dean and the heads of the research centres.`,
      },
      {
        slug: 'honours-and-awards', title: 'Honours and Awards for RSIS Staff and Students',
        body: `Members of the School’s faculty and student body regularly receive recognition for their teaching, research and public service. The School itself awards prizes to its best graduating students and, each year, recognises policy-relevant articles by its researchers.

This page records the honours of the current academic year; earlier years are kept in the School’s annual reviews.`,
      },
      {
        slug: 'rsis-endowment-fund', title: 'RSIS Endowment Fund',
        body: `The RSIS Endowment Fund supports scholarships, professorships and research that the School could not otherwise undertake. Gifts from individuals, foundations and companies are invested for the long term; only the returns are spent, so each gift supports the School in perpetuity.

To discuss a gift, please [contact us](/contact-us).`,
      },
      {
        slug: 'endowed-professorships', title: 'Endowed Professorships',
        body: `Endowed professorships bring distinguished scholars and practitioners to the School for a semester or a year. Holders teach a graduate course, give a public lecture and work with the research centres on a question of shared interest.

The professorships are funded through the [RSIS Endowment Fund](/about/rsis-endowment-fund).`,
      },
      {
        slug: 'career-opportunities', title: 'Career Opportunities',
        body: `The School recruits researchers, teaching faculty and professional staff throughout the year. Research positions range from Research Analyst to Senior Fellow; applicants should hold a relevant postgraduate degree and show a record of policy-relevant writing.

Current openings are advertised on the university’s careers portal. Applications should include a CV, a cover letter and two writing samples.`,
      },
      {
        slug: 'getting-to-rsis', title: 'Getting to RSIS',
        body: `RSIS is on the campus of Nanyang Technological University, in Block S4, Level B3, 50 Nanyang Avenue, Singapore 639798.

- **By public transport:** take the MRT to Pioneer or Boon Lay station, then a public bus or the campus shuttle to the South Spine.
- **By car:** visitor parking is available in the car parks near the South Spine; parking is charged by the hour.
- **By taxi:** ask to be dropped at the South Spine, Block S4.

Visitors attending an event should allow extra time to find the venue.`,
      },
    ],
  },
  {
    slug: 'contact-us', title: 'Contact Us',
    summary: 'How to reach the School.',
    body: `**S. Rajaratnam School of International Studies**\\
Nanyang Technological University\\
Block S4, Level B3,\\
50 Nanyang Avenue,\\
Singapore 639798

Tel: +65 6790 6982 | Fax: +65 6794 0617

For directions, see [Getting to RSIS](/about/getting-to-rsis). For admissions questions, please see [How to Apply](/graduate-education/how-to-apply); for media enquiries, [News Releases](/media/news-releases).`,
  },
  {
    slug: 'privacy-statement', title: 'Privacy Statement',
    body: `The School collects only the personal data it needs to answer your enquiries, register you for events and send you the publications you subscribe to. It does not sell or share that data with third parties for marketing.

This website uses a small number of cookies to remember your preferences and to count visits in aggregate. You may unsubscribe from any mailing at any time with the link in each message.`,
  },
  {
    slug: 'terms-of-use', title: 'Terms of Use',
    body: `The content of this website is published for information and may be quoted with attribution to the author and the S. Rajaratnam School of International Studies. The views expressed in publications are those of their authors and do not represent the official position of the School or of Nanyang Technological University.

Commentaries may be reproduced with prior permission and due acknowledgement of the author(s) and RSIS.`,
  },
];
