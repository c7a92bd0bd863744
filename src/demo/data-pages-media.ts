import type { DemoPage } from './demo-page.js';

const glossary: [string, string][] = [
  ['APEC', 'Asia-Pacific Economic Cooperation'],
  ['ARF', 'ASEAN Regional Forum'],
  ['ASEAN', 'Association of Southeast Asian Nations'],
  ['CENS', 'Centre of Excellence for National Security'],
  ['CMS', 'Centre for Multilateralism Studies'],
  ['CTTA', 'Counter Terrorist Trends and Analyses'],
  ['EAS', 'East Asia Summit'],
  ['HADR', 'Humanitarian Assistance and Disaster Relief'],
  ['ICPVTR', 'International Centre for Political Violence and Terrorism Research'],
  ['IDSS', 'Institute of Defence and Strategic Studies'],
  ['NSSP', 'National Security Studies Programme'],
  ['NTS', 'Non-Traditional Security'],
  ['SCRP', 'Social Cohesion Research Programme'],
  ['SRP', 'Studies in Inter-Religious Relations in Plural Societies'],
  ['UNCLOS', 'United Nations Convention on the Law of the Sea'],
];

/** "Media", "Events", and the pages of the "Publications" menu that are not series. */
export const mediaPages: DemoPage[] = [
  {
    slug: 'media', title: 'Media',
    summary: 'Resource pages, news releases, speeches and recordings.',
    body: `Journalists and readers will find here the School’s news releases and speeches, recordings of its lectures and seminars, and resource pages that gather its analysis on questions of lasting public interest.

For media enquiries, please [contact us](/contact-us).`,
    children: [
      {
        slug: 'cohesive-societies', title: 'Cohesive Societies',
        body: `This resource page gathers the School’s analysis of social cohesion: trust between communities, religion in public life, and the strains that divisive events and online discourse place on plural societies.

Read more in the [Social Cohesion](/themes/social-cohesion) theme and in the work of the [Social Cohesion Research Programme](/research/scrp).`,
      },
      {
        slug: 'sustainable-security', title: 'Sustainable Security',
        body: `Climate change, food and water insecurity and disasters are security questions. This page gathers the School’s analysis of them, much of it by the [Centre for Non-Traditional Security Studies](/research/nts-centre).

See also the [Non-Traditional Security](/themes/non-traditional-security) theme.`,
      },
      {
        slug: 'other-resource-pages', title: 'Other Resource Pages',
        body: `Earlier resource pages collected the School’s analysis of particular events, such as the COVID-19 pandemic. They remain available as a record of the School’s work at the time.`,
      },
      {
        slug: 'news-releases', title: 'News Releases',
        body: `News releases announce the School’s major conferences, new programmes and appointments. Journalists who would like to receive them by email may write to the Corporate Communications office through the [Contact Us](/contact-us) page.`,
      },
      {
        slug: 'speeches', title: 'Speeches',
        body: `The texts of keynote addresses and lectures given at the School by ministers, officials and distinguished guests are published here after each event, with the speaker’s permission.`,
      },
      {
        slug: 'video-audio-channel', title: 'Video/Audio Channel',
        body: `Recordings of the School’s public lectures, seminars and panel discussions are published on the RSISVideoCast channel, and conversations with researchers as podcasts.

Catch the latest on the RSISVideoCast YouTube channel.`,
      },
      {
        slug: 'external-podcasts', title: 'External Podcasts',
        body: `RSIS researchers are frequent guests on podcasts about international affairs. This page lists recent appearances, so that listeners can follow the School’s analysis wherever they listen.`,
      },
    ],
  },
  {
    slug: 'events', title: 'Events',
    summary: 'Seminars, lectures, conferences and workshops.',
    body: `The School holds seminars, public lectures, roundtables and conferences throughout the year, in person on campus and online. Most seminars are open to the public; registration is required.

Reports of past events are published as [Commemorative / Event Reports](/publications/commemorative-event-reports).`,
  },
  {
    slug: 'publishing', title: 'Publishing at RSIS',
    summary: 'About the School’s publications.',
    body: `RSIS publishes short commentaries, papers, reports, journals and books in [thirteen series](/publications), and its researchers write widely for journals, presses and newspapers elsewhere. Commentaries may be reproduced with prior permission and due acknowledgement of the author(s) and RSIS.`,
    children: [
      {
        slug: 'glossary-of-abbreviations', title: 'Glossary of Abbreviations',
        body: `Abbreviations used in RSIS publications.

| Abbreviation | Meaning |
| --- | --- |
${glossary.map(([abbr, meaning]) => `| ${abbr} | ${meaning} |`).join('\n')}`,
      },
      {
        slug: 'policy-relevant-articles-given-rsis-award', title: 'Policy-relevant Articles Given RSIS Award',
        body: `Each year the School recognises articles by its researchers that made a notable contribution to policy debate. The award considers the quality of the analysis, its timeliness and the reception it found among practitioners.`,
      },
      {
        slug: 'rsis-publications-for-the-year', title: 'RSIS Publications for the Year',
        body: `A record of everything the School published this year, series by series. Browse the [RSIS Publications](/publications) by series, or filter them by [theme](/themes) and [region](/regions).`,
      },
      {
        slug: 'external-publications-for-the-year', title: 'External Publications for the Year',
        body: `Books, journal articles, chapters and op-eds that RSIS researchers published with other presses and outlets this year. See the [Journal Articles](/publications/journal-articles) and [Op-Eds](/publications/op-eds) series.`,
      },
    ],
  },
];
