import type { ReplaceMenuInput } from '../actions/replace-menu.js';
import { demoGroups } from './data-people.js';
import { demoSeries } from './data-series.js';

type MenuItem = ReplaceMenuInput['items'][number];

const link = (label: string, url: string): MenuItem => ({ label, url });
/** A column of the mega-menu: a heading without a link. */
const column = (label: string, children: MenuItem[]): MenuItem => ({ label, url: null, children });

const seriesLinks = (group: 'institute' | 'external'): MenuItem[] =>
  demoSeries.filter((s) => s.group === group).map((s) => link(s.name, `/publications/${s.slug}`));

/**
 * The mega-menu exactly as the institute's header lists it (labels, order,
 * columns; "About RSIS" and "Publications" mix plain links with columns);
 * every item points at a page, series, group or unit the demo creates.
 */
export const mainMenu: MenuItem[] = [
  {
    label: 'About RSIS', url: '/about', children: [
      link('Introduction', '/about/introduction'),
      link('Building the Foundations', '/about/building-the-foundations'),
      link('Welcome Message', '/about/welcome-message'),
      link('Board of Governors', '/about/board-of-governors'),
      link('Honours and Awards for RSIS Staff and Students', '/about/honours-and-awards'),
      link('RSIS Endowment Fund', '/about/rsis-endowment-fund'),
      link('Endowed Professorships', '/about/endowed-professorships'),
      link('Career Opportunities', '/about/career-opportunities'),
      link('Getting to RSIS', '/about/getting-to-rsis'),
      column('Staff Profiles', demoGroups.map((g) => link(g.name, `/people/groups/${g.slug}`))),
    ],
  },
  {
    label: 'Research', url: '/research', children: [
      column('Research Centres', [
        link('Centre for Multilateralism Studies (CMS)', '/research/cms'),
        link('Centre for Non-Traditional Security Studies (NTS Centre)', '/research/nts-centre'),
        link('Centre of Excellence for National Security', '/research/cens'),
        link('Institute of Defence and Strategic Studies (IDSS)', '/research/idss'),
        link('International Centre for Political Violence and Terrorism Research (ICPVTR)', '/research/icpvtr'),
      ]),
      column('Research Programmes', [
        link('National Security Studies Programme (NSSP)', '/research/nssp'),
        link('Social Cohesion Research Programme (SCRP)', '/research/scrp'),
        link('Studies in Inter-Religious Relations in Plural Societies (SRP) Programme', '/research/srp'),
      ]),
      column('Other Research', [
        link('Future Issues and Technology Cluster', '/research/future-issues-and-technology-cluster'),
        link('Research@RSIS', '/research/research-at-rsis'),
        link('Science and Technology Studies Programme (STSP) (2017-2020)', '/research/stsp'),
      ]),
    ],
  },
  {
    label: 'Graduate Education', url: '/graduate-education', children: [
      link('Graduate Programmes Office', '/graduate-education/graduate-programmes-office'),
      link('Exchange Partners and Programmes', '/graduate-education/exchange-partners-and-programmes'),
      link('How to Apply', '/graduate-education/how-to-apply'),
      link('Financial Assistance', '/graduate-education/financial-assistance'),
      link('Meet the Admissions Team: Information Sessions and other events', '/graduate-education/meet-the-admissions-team'),
      link('RSIS Alumni', '/graduate-education/rsis-alumni'),
    ],
  },
  {
    label: 'Outreach', url: '/outreach', children: [
      column('Global Networks', [
        link('About Global Networks', '/outreach/global-networks'),
        link('RSIS Alumni', '/graduate-education/rsis-alumni'),
      ]),
      column('Executive Education', [
        link('About Executive Education', '/outreach/executive-education'),
        link('SRP Executive Programme', '/outreach/executive-education/srp-executive-programme'),
        link('Terrorism Analyst Training Course (TATC)', '/outreach/executive-education/terrorism-analyst-training-course'),
      ]),
      column('International Programmes', [
        link('About International Programmes', '/outreach/international-programmes'),
        link('Asia-Pacific Programme for Senior Military Officers (APPSMO)', '/outreach/international-programmes/appsmo'),
        link('Asia-Pacific Programme for Senior National Security Officers (APPSNO)', '/outreach/international-programmes/appsno'),
        link('International Conference on Cohesive Societies (ICCS)', '/outreach/international-programmes/iccs'),
        link('International Strategy Forum-Asia (ISF-Asia)', '/outreach/international-programmes/isf-asia'),
      ]),
    ],
  },
  {
    label: 'Publications', url: '/publications', children: [
      column('RSIS Publications', seriesLinks('institute')),
      column('External Publications', seriesLinks('external')),
      link('Glossary of Abbreviations', '/publishing/glossary-of-abbreviations'),
      link('Policy-relevant Articles Given RSIS Award', '/publishing/policy-relevant-articles-given-rsis-award'),
      link('RSIS Publications for the Year', '/publishing/rsis-publications-for-the-year'),
      link('External Publications for the Year', '/publishing/external-publications-for-the-year'),
    ],
  },
  {
    label: 'Media', url: '/media', children: [
      link('Cohesive Societies', '/media/cohesive-societies'),
      link('Sustainable Security', '/media/sustainable-security'),
      link('Other Resource Pages', '/media/other-resource-pages'),
      link('News Releases', '/media/news-releases'),
      link('Speeches', '/media/speeches'),
      link('Video/Audio Channel', '/media/video-audio-channel'),
      link('External Podcasts', '/media/external-podcasts'),
    ],
  },
  { label: 'Events', url: '/events' },
  { label: 'Contact Us', url: '/contact-us' },
];

/**
 * The footer's "Popular Links". The institute also lists its intranet there;
 * an internal system has no place on a public demo, so it is left out.
 */
export const footerMenu: MenuItem[] = [
  link('About RSIS', '/about'),
  link('Research Programmes', '/research'),
  link('Graduate Education', '/graduate-education'),
  link('Publications', '/publications'),
  link('Events', '/events'),
  link('Admissions', '/graduate-education/how-to-apply'),
  link('Careers', '/about/career-opportunities'),
  link('Video/Audio Channel', '/media/video-audio-channel'),
];
