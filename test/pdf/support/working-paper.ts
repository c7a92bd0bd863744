import { figureMarkdown } from '../../../src/render/markdown/figure-node.js';
import type { PdfInput } from '../../../src/render/typst/pdf-input.js';

/**
 * A long working paper made up on the spot (about thirty pages): many
 * sections and subsections, lists, tables, figures, quotations and
 * footnotes, so the template is seen on every kind of page.
 */
const WORDS = (
  'maritime security cooperation regional architecture deterrence alliance partners policy dialogue ' +
  'institutions capacity governance strategic competition economic resilience supply chains norms ' +
  'multilateral framework confidence-building measures coastguard fisheries enforcement littoral states ' +
  'transparency infrastructure investment connectivity diplomacy hedging balancing engagement'
).split(' ');

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 13 + ((seed * i) % 5)) % WORDS.length] ?? 'policy');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(seed: number, sentences = 6): string {
  return Array.from({ length: sentences }, (_, i) => sentence(seed + i, 10 + ((seed + i) % 9))).join(' ');
}

export const WORKING_PAPER_FIGURES = ['/files/wp/figure-1.png', '/files/wp/figure-2.jpg', '/files/wp/figure-3.png'];

export function workingPaperMarkdown(sections = 12): string {
  const parts: string[] = [];
  const notes: string[] = [];
  let note = 0;
  const cite = (text: string): string => {
    note += 1;
    notes.push(`[^n${note}]: ${text}`);
    return `[^n${note}]`;
  };
  for (let s = 1; s <= sections; s += 1) {
    parts.push(`## ${s}. ${sentence(s, 4).replace(/\.$/, '')}`);
    parts.push(`${paragraph(s * 10)} The argument draws on *earlier work* and **primary sources**.${cite(`Author ${s}, “${sentence(s, 5)}” Journal of Strategic Studies ${40 + s}, no. ${s % 4 + 1} (2023): ${100 + s}–${120 + s}.`)}`);
    parts.push(paragraph(s * 10 + 3, 7));
    parts.push(`### ${s}.1 ${sentence(s + 50, 3).replace(/\.$/, '')}`);
    parts.push(`${paragraph(s * 10 + 5)} See the [programme page](https://example.org/programmes/${s}) for background.${cite(`Interview with officials, ${s} March 2024. Details withheld at the interviewee’s request.`)}`);
    if (s % 2 === 1) {
      parts.push([
        `- ${sentence(s + 1, 8)}`,
        `- ${sentence(s + 2, 12)}`,
        `  - ${sentence(s + 3, 6)}`,
        `  - ${sentence(s + 4, 7)}`,
        `- ${sentence(s + 5, 9)}`,
      ].join('\n'));
    } else {
      parts.push([`1. ${sentence(s + 6, 9)}`, `2. ${sentence(s + 7, 14)}`, `3. ${sentence(s + 8, 8)}`].join('\n'));
    }
    parts.push(paragraph(s * 10 + 7, 5));
    if (s % 3 === 0) {
      parts.push([
        '| Country | Patrol vessels | Budget (US$ m) | Change |',
        '|:--------|---------------:|---------------:|:------:|',
        ...Array.from({ length: 6 + (s % 4) }, (_, i) => `| ${['Indonesia', 'Malaysia', 'Philippines', 'Singapore', 'Thailand', 'Viet Nam', 'Japan', 'Australia', 'India'][i]} | ${12 + ((i * s) % 30)} | ${(150 + i * 37.5 * s).toFixed(1)} | ${i % 2 ? '▲' : '▼'} ${(i + s) % 9}% |`),
      ].join('\n'));
    }
    if (s % 4 === 1) {
      const src = WORKING_PAPER_FIGURES[Math.floor(s / 4) % WORKING_PAPER_FIGURES.length] ?? '';
      parts.push(figureMarkdown({ src, alt: `Chart for section ${s}`, caption: `Figure ${Math.floor(s / 4) + 1}: ${sentence(s + 9, 12)}`, credit: 'Source: Author’s compilation from national budget documents.' }));
    }
    if (s % 5 === 2) parts.push(`> ${paragraph(s * 3, 3)}\n>\n> — Statement by a senior official, ${2020 + (s % 5)}`);
    parts.push(`### ${s}.2 ${sentence(s + 70, 4).replace(/\.$/, '')}`);
    parts.push(paragraph(s * 10 + 8, 8));
    parts.push(`${paragraph(s * 10 + 9, 6)}${cite(`${sentence(s + 11, 9)} Available online.`)}`);
  }
  parts.push('## Conclusion', paragraph(999, 8), paragraph(1001, 6));
  return [...parts, ...notes].join('\n\n');
}

export function workingPaperInput(resolveMedia: PdfInput['resolveMedia'], sections = 12): PdfInput {
  return {
    title: 'Coastguards, Capacity and Confidence: Maritime Security Cooperation in Southeast Asia, 2015–2025',
    seriesName: 'Working Papers',
    code: 'WP352',
    authors: ['Sarah Soh', 'Tan Wei Ming', 'Priya Raman'],
    dateText: 'March 2025',
    date: '2025-03',
    synopsis: paragraph(4242, 4),
    bodyMarkdown: workingPaperMarkdown(sections),
    bioMarkdown: [
      '**Sarah Soh** is Associate Research Fellow with the Regional Security Architecture Programme at the Institute of Defence and Strategic Studies (IDSS).',
      '**Tan Wei Ming** is Research Fellow at the Maritime Security Programme.',
      '**Priya Raman** is Visiting Fellow at the Institute; her work is at [her profile](/people/priya-raman).',
    ].join('\n\n'),
    categories: [
      { label: 'Series', terms: ['Working Papers'] },
      { label: 'Themes', terms: ['Maritime Security', 'International Politics and Security'] },
      { label: 'Regions', terms: ['Southeast Asia and ASEAN', 'Indian Ocean Region'] },
    ],
    canonicalUrl: 'https://www.rsis.edu.sg/publications/working-papers/wp352-coastguards-capacity-and-confidence',
    institute: { name: 'S. Rajaratnam School of International Studies', tagline: 'Nanyang Technological University, Singapore', accentColor: '#7a1a2e', logoPath: null },
    labels: { body: 'Working Paper' },
    resolveMedia,
  };
}
