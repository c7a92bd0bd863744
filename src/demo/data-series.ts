import type { SaveSeriesInput } from '../actions/save-series.js';

type DemoSeries = Extract<SaveSeriesInput, { slug: string; name: string }>;

/**
 * The two publication columns of the menu, in its order. Code formats follow
 * what the institute prints: CO25171 and IP24112 (prefix, year, sequence),
 * Working Papers "No. 248", Interreligious Relations "Issue 30"; Policy
 * Reports and CTTA issues carry a month only. Series whose numbering was
 * never seen carry no code.
 */
const institute: DemoSeries[] = [
  { slug: 'annual-reviews', name: 'Annual Reviews', description: 'The School’s yearly account of its research, teaching and outreach.' },
  { slug: 'books', name: 'Books', description: 'Books written or edited by RSIS faculty and published by the School or by academic presses.' },
  { slug: 'bulletins-and-newsletters', name: 'Bulletins and Newsletters', datePrecision: 'month', description: 'Newsletters of the School and its centres: *Think Tank*, *Multilateral Matters* and others.' },
  { slug: 'rsis-commentary-series', name: 'RSIS Commentary Series', codePrefix: 'CO', numbering: 'yearly', description: 'Short, timely analyses of current issues by RSIS faculty and researchers, written for policymakers and the informed public.' },
  { slug: 'counter-terrorist-trends-and-analyses', name: 'Counter Terrorist Trends and Analyses', datePrecision: 'month', unit: 'icpvtr', description: 'The monthly journal of the International Centre for Political Violence and Terrorism Research (ICPVTR).' },
  { slug: 'commemorative-event-reports', name: 'Commemorative / Event Reports', description: 'Reports of the conferences, roundtables and workshops the School convenes, and commemorative volumes.' },
  { slug: 'future-issues', name: 'Future Issues', unit: 'future-issues-and-technology-cluster', description: 'Foresight papers of the Future Issues and Technology Cluster.' },
  { slug: 'idss-papers', name: 'IDSS Papers', codePrefix: 'IP', numbering: 'yearly', unit: 'idss', description: 'Analyses of regional security and strategic affairs by the Institute of Defence and Strategic Studies (IDSS).' },
  { slug: 'interreligious-relations', name: 'Interreligious Relations', codePrefix: 'IRR', numbering: 'running', unit: 'srp', description: 'Peer-reviewed occasional papers of the Studies in Inter-Religious Relations in Plural Societies Programme (SRP), open access.' },
  { slug: 'monographs', name: 'Monographs', description: 'Book-length studies by RSIS researchers.' },
  { slug: 'nts-insight', name: 'NTS Insight', unit: 'nts-centre', description: 'Policy analyses of non-traditional security issues by the NTS Centre.' },
  { slug: 'policy-reports', name: 'Policy Reports', datePrecision: 'month', description: 'In-depth studies of a policy question with recommendations for decision-makers.' },
  { slug: 'working-papers', name: 'Working Papers', codePrefix: 'WP', numbering: 'running', description: 'Research in a preliminary form, circulated to stimulate discussion and critical comment.' },
];

const external: DemoSeries[] = [
  { slug: 'authored-books', name: 'Authored Books', description: 'Books by RSIS faculty published by other presses.' },
  { slug: 'journal-articles', name: 'Journal Articles', description: 'Articles by RSIS faculty in peer-reviewed journals.' },
  { slug: 'edited-books', name: 'Edited Books', description: 'Volumes edited by RSIS faculty.' },
  { slug: 'chapters-in-edited-books', name: 'Chapters in Edited Books', description: 'Chapters by RSIS faculty in books edited elsewhere.' },
  { slug: 'external-policy-reports', name: 'Policy Reports', description: 'Policy reports RSIS faculty wrote for other institutions.' },
  { slug: 'external-working-papers', name: 'Working Papers', description: 'Working papers RSIS faculty published with other institutions.' },
  { slug: 'op-eds', name: 'Op-Eds', description: 'Opinion pieces by RSIS faculty in newspapers and online outlets.' },
];

export const demoSeries: DemoSeries[] = [
  ...institute.map((s, position) => ({ ...s, group: 'institute' as const, position })),
  ...external.map((s, position) => ({ ...s, group: 'external' as const, position })),
];
