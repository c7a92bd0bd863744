import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { createPublication } from '../../src/actions/create-publication.js';
import { replaceMenu } from '../../src/actions/replace-menu.js';
import { savePage } from '../../src/actions/save-page.js';
import { updateSettings } from '../../src/actions/update-settings.js';
import { createApp } from '../../src/app.js';
import { figureMarkdown } from '../../src/render/markdown/figure-node.js';
import type { TestEnv } from '../support/test-services.js';
import { seedBasics } from '../support/seed.js';

export const IP24112_PATH = '/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025';
export const IP24112_TITLE = 'IP24112 | Japan’s Foreign Policy Outlook in 2025';
export const SYNOPSIS =
  'What will 2025 portend for Japan on the foreign policy front and how should Japan navigate its external relations in the year ahead?';
export const FIGURE_CAPTION = 'In 2025, Japan should continue its approach of strengthening partnerships and collaboration with like-minded states in the region and beyond.';
export const FIGURE_CREDIT = 'Image from Prime Minister’s Office of Japan via Wikimedia Commons.';
export const BIO = 'Sarah Soh is Associate Research Fellow with the Regional Security Architecture Programme at the Institute of Defence and Strategic Studies (IDSS), S. Rajaratnam School of International Studies (RSIS).';
/** How many other IDSS Papers the fixture publishes: with IP24112, two listing pages of 20. */
export const OTHER_PAPERS = 22;

const body = [
  'Japanese prime minister Shigeru Ishiba has assumed the premiership at a time when Japan has grown in international stature.[^1]',
  '## Relations with the United States',
  'Trump may well see Japan as the United States’ closest partner.',
  '## Relations with China',
  'Japan has the opportunity to improve relations with China if it plays its cards right.',
  figureMarkdown({ src: '/files/test/figure.png', alt: 'A red sun over a map of Japan', caption: FIGURE_CAPTION, credit: FIGURE_CREDIT }),
  '## Trade in figures',
  '| Partner | Share of trade |\n|:--|--:|\n| China | 20% |\n| United States | 15% |',
  '## Conclusion',
  'Japan’s ability to formulate a coherent foreign policy hinges on its domestic politics.',
  '[^1]: Ishiba took office on 1 October 2024.',
].join('\n\n');

/**
 * A small institute seeded through the actions: settings, menus, pages, the
 * fixture publication (with a figure, a table and a footnote) by Sarah Soh and
 * an outside author, 22 more IDSS Papers by Tan Wei Ming, a policy report by
 * Sarah Soh and a working paper by Tan Wei Ming.
 */
export async function seedSite(env: TestEnv) {
  const basics = await seedBasics(env);
  const { ctx } = basics;
  const filesDir = join(env.databaseLocation.dataDir, 'files', 'test');
  mkdirSync(filesDir, { recursive: true });
  await sharp({ create: { width: 8, height: 6, channels: 3, background: '#b0182f' } }).png().toFile(join(filesDir, 'figure.png'));

  await updateSettings(ctx, {
    name: 'S. Rajaratnam School of International Studies', shortName: 'RSIS',
    tagline: 'Think Tank and Graduate School', parentOrganisation: 'Nanyang Technological University',
    addressLines: ['Block S4, Level B3', '50 Nanyang Avenue', 'Singapore 639798'],
    directionsUrl: '/about/getting-here', contactUrl: '/about',
    socialLinks: [{ network: 'X', label: 'rsis_ntu', url: 'https://x.com/rsis_ntu' }],
    footerLinks: [], legalLinks: [{ label: 'Terms of Use', url: '/about' }],
    copyrightHolder: 'S. Rajaratnam School of International Studies', accentColor: '#7a1a2e', logoPath: null,
  });
  const about = await savePage(ctx, { slug: 'about', title: 'About RSIS', body: 'The School studies international affairs.' });
  const introduction = await savePage(ctx, { parent: '/about', slug: 'introduction', title: 'Introduction', body: 'RSIS is dedicated to the study of international affairs.', position: 1 });
  await savePage(ctx, { parent: '/about', slug: 'getting-here', title: 'Getting Here', body: 'Take the shuttle bus.', position: 2 });
  await replaceMenu(ctx, {
    menu: 'main', items: [
      { label: 'About RSIS', url: '/about', children: [
        { label: 'Introduction', url: '/about/introduction' },
        { label: 'Staff Profiles', url: null, children: [{ label: 'Faculty and Research', url: '/people/groups/faculty-and-research' }] },
      ] },
      { label: 'Publications', url: '/publications', children: [
        { label: 'RSIS Publications', url: null, children: [{ label: 'IDSS Papers', url: '/publications/idss-papers' }] },
      ] },
      { label: 'Research', url: '/research' },
    ],
  });
  await replaceMenu(ctx, { menu: 'footer', items: [{ label: 'About RSIS', url: '/about' }, { label: 'Publications', url: '/publications' }] });

  const fixture = await createPublication(ctx, {
    series: 'idss-papers', code: 'IP24112', status: 'published', publishedAt: '2024-12-30T02:00:00.000Z',
    title: 'Japan’s Foreign Policy Outlook in 2025', date: '2024-12-30', synopsis: SYNOPSIS, body, bio: BIO,
    authors: [{ person: 'sarah-soh' }, { name: 'Kenji Outsider' }],
    terms: ['theme:international-politics-and-security', 'region:east-asia-and-asia-pacific'], units: ['idss'],
    legacyUrls: ['https://www.rsis.edu.sg/rsis-publication/idss/ip24112-japans-foreign-policy-outlook-in-2025/'],
  });
  const others = [];
  for (let i = 1; i <= OTHER_PAPERS; i++) {
    others.push(await createPublication(ctx, {
      series: 'idss-papers', status: 'published', title: `Maritime Paper Number ${i}`, date: `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + i).padStart(2, '0')}`,
      synopsis: `Synopsis of paper ${i}.`, authors: [{ person: 'tan-wei-ming' }], terms: ['theme:maritime-security'],
    }));
  }
  const report = await createPublication(ctx, {
    series: 'policy-reports', status: 'published', title: 'Japan and the Quad', date: '2024-03',
    synopsis: 'How Japan works with its Quad partners.', authors: [{ person: 'sarah-soh' }],
  });
  const workingPaper = await createPublication(ctx, {
    series: 'working-papers', status: 'published', title: 'Deterrence at Sea', date: '2024-06-01',
    synopsis: 'A working paper on naval deterrence.', body: 'Navies deter by presence.', authors: [{ person: 'tan-wei-ming' }],
  });
  return { ...basics, about, introduction, fixture, others, report, workingPaper };
}

export async function openSite(env: TestEnv) {
  const seeded = await seedSite(env);
  const { app, site } = createApp(env);
  return { ...seeded, app, site };
}

/** The text of an HTML document, tags removed and entities left as they are. */
export function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}
