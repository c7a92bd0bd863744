import { lineKey } from './page-lines.js';

/**
 * What surrounds an article on an archived page: menus (the current design
 * prints its mega-menu twice, the second time with the items of each column
 * glued together), the series sidebar, social handles, the address, the
 * footer, the feedback and cookie widgets. Recognised here so the reader
 * never mistakes them for a title, a byline or a paragraph.
 */
const MENU_LABELS = [
  // Current design (fixture page).
  'Back', 'About RSIS', 'Introduction', 'Building the Foundations', 'Welcome Message', 'Board of Governors', 'Staff Profiles',
  'Executive Deputy Chairman’s Office', 'Dean’s Office', 'Management', 'Distinguished Fellows', 'Faculty and Research',
  'Associate Research Fellows, Senior Analysts and Research Analysts', 'Visiting Fellows', 'Adjunct Fellows',
  'Administrative Staff', 'Honours and Awards for RSIS Staff and Students', 'RSIS Endowment Fund', 'Endowed Professorships',
  'Career Opportunities', 'Getting to RSIS', 'Research', 'Research Centres', 'Centre for Multilateralism Studies (CMS)',
  'Centre for Non-Traditional Security Studies (NTS Centre)', 'Centre of Excellence for National Security',
  'Institute of Defence and Strategic Studies (IDSS)', 'International Centre for Political Violence and Terrorism Research (ICPVTR)',
  'Research Programmes', 'National Security Studies Programme (NSSP)', 'Social Cohesion Research Programme (SCRP)',
  'Studies in Inter-Religious Relations in Plural Societies (SRP) Programme', 'Other Research', 'Future Issues and Technology Cluster',
  'Research@RSIS', 'Science and Technology Studies Programme (STSP) (2017-2020)', 'Graduate Education', 'Graduate Programmes Office',
  'Exchange Partners and Programmes', 'How to Apply', 'Financial Assistance', 'Meet the Admissions Team: Information Sessions and other events',
  'RSIS Alumni', 'Outreach', 'Global Networks', 'About Global Networks', 'Executive Education', 'About Executive Education',
  'SRP Executive Programme', 'Terrorism Analyst Training Course (TATC)', 'International Programmes', 'About International Programmes',
  'Asia-Pacific Programme for Senior Military Officers (APPSMO)', 'Asia-Pacific Programme for Senior National Security Officers (APPSNO)',
  'International Conference on Cohesive Societies (ICCS)', 'International Strategy Forum-Asia (ISF-Asia)', 'Publications',
  'RSIS Publications', 'Annual Reviews', 'Books', 'Bulletins and Newsletters', 'RSIS Commentary Series',
  'Counter Terrorist Trends and Analyses', 'Commemorative / Event Reports', 'Future Issues', 'IDSS Papers', 'Interreligious Relations',
  'Monographs', 'NTS Insight', 'Policy Reports', 'Working Papers', 'External Publications', 'Authored Books', 'Journal Articles',
  'Edited Books', 'Chapters in Edited Books', 'Op-Eds', 'Glossary of Abbreviations', 'Policy-relevant Articles Given RSIS Award',
  'RSIS Publications for the Year', 'External Publications for the Year', 'Media', 'Cohesive Societies', 'Sustainable Security',
  'Other Resource Pages', 'News Releases', 'Speeches', 'Video/Audio Channel', 'External Podcasts', 'Events', 'Contact Us',
  'Connect with Us', 'Connect', 'Search', 'Publication',
  // Previous WordPress theme.
  'Home', 'Centre of Excellence for National Security (CENS)', 'Alumni & Networks', 'Newsletter', '[email protected] Newsletter',
  'MSc (Asian Studies)', 'MSc (International Political Economy)', 'MSc (International Relations)', 'MSc (Strategic Studies)',
  'NTU-Warwick Double Masters Programme', 'PhD Programme', 'Media Highlights', 'Staff Publications', 'RSIS Commentaries',
  'Resource Pages', 'Research Programmes and Centres',
];

const WIDGET_LINES = [
  'S. Rajaratnam School of International Studies Think Tank and Graduate School Ponder The Improbable Since 1966',
  'Nanyang Technological University Nanyang Technological University', 'Nanyang Technological University',
  'Subscribe to RSIS Publications', 'Subscribe to RSIS Events', 'Click here for direction to RSIS', 'Get in Touch',
  'Popular Links', 'Privacy Statement / Terms of Use', 'Help us improve', 'Rate your experience with this website', '123456',
  'Not satisfiedVery satisfied', 'What did you like?', '0/255 characters', 'What can be improved?', 'Your email',
  'Please enter a valid email.', 'Thank you for your feedback.', 'OK', 'Latest Book', 'more info', 'download pdf',
  'Download PDF', 'Download', 'Print', 'Share', 'Share this', 'Share this page', 'Email', 'Tweet', '< Back', '‹ Back',
  'Block S4, Level B3,', '50 Nanyang Avenue,', 'Singapore 639798', 'You are here', 'Skip to content', 'Skip to main content',
  'Menu', 'Close', 'Toggle navigation', 'Read more', 'Top', 'Back to top',
  // Social handles of the footer.
  'rsis.ntu', 'rsis_ntu', 'rsisntu', 'rsisvideocast', 'school/rsis-ntu', 'rsis.sg', 'rsissg', 'RSIS', 'RSS', 'Facebook', 'Twitter',
  'X', 'LinkedIn', 'YouTube', 'Instagram', 'Telegram', 'WhatsApp',
];

const KNOWN = new Set([...MENU_LABELS, ...WIDGET_LINES].map(lineKey));
const WIDGETS = new Set(WIDGET_LINES.map(lineKey));
const MENU = MENU_LABELS.map(lineKey).sort((a, b) => b.length - a.length);

const WIDGET_PATTERNS = [
  /^copyright\s*©|^©\s*\d{4}|all rights reserved\.?$/i,
  /^this (?:site|website) uses cookies/i,
  /^(?:tel|fax|phone)\s*:/i,
  /^(?:follow us|find us) on\b/i,
  /^\[email[\s\u00a0]*protected\]/i,
];

/** A menu line whose items were printed without separators, split into known labels. */
export function isGluedMenu(text: string): boolean {
  const key = lineKey(text);
  if (key.length < 12) return false;
  let at = 0;
  let pieces = 0;
  while (at < key.length) {
    const next = MENU.find((label) => key.startsWith(label, at));
    if (!next) break;
    at += next.length;
    pieces++;
  }
  if (at === key.length && pieces >= 2) return true;
  // Items glued at a lower-case letter (or closing bracket) meeting a capital, several times over, with no sentence in sight.
  const joins = text.match(/[a-z)’][A-Z]/g)?.length ?? 0;
  return joins >= 3 && !/[.!?]\s/.test(text) && pieces >= 1;
}

/** Any line of the site's chrome, menu labels included (for the parts around the article). */
export function isChromeLine(text: string): boolean {
  if (text === '') return false;
  return KNOWN.has(lineKey(text)) || WIDGET_PATTERNS.some((p) => p.test(text)) || isGluedMenu(text);
}

/**
 * Chrome that shows up inside an article ("download pdf", share buttons).
 * Menu labels are left out: inside the text, "Introduction" is a heading.
 */
export function isWidgetLine(text: string): boolean {
  if (text === '') return false;
  return WIDGETS.has(lineKey(text)) || WIDGET_PATTERNS.some((p) => p.test(text)) || isGluedMenu(text);
}

/** Lines after which nothing belongs to the article: the footer and the widgets. */
const END_MARKERS = new Set([
  'Popular Links', 'Connect with Us', 'Other Articles', 'Latest Book', 'Help us improve', 'Related Publications',
  'Related Articles', 'Related Posts', 'You may also like', 'Recommended citation', 'Terms of use', 'Share this', 'Comments',
  'Leave a Reply', 'Subscribe to RSIS Publications', 'Back to top', 'Tags',
].map(lineKey));

/** lynx prints every link's address at the end, under "References", as "  1. http://...". */
export function isLinkListStart(text: string, next: string | undefined): boolean {
  return /^references$/i.test(text.trim()) && /^\s*\d+\.\s+(?:https?|file|mailto):/.test(next ?? '');
}

export function isEndMarker(text: string): boolean {
  const key = lineKey(text);
  return END_MARKERS.has(key) || /^copyright\s*©/i.test(text) || /^recommended citation\b/i.test(text) || /^catch it here on\b/i.test(text);
}
