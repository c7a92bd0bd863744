import { describe, expect, it } from 'vitest';
import { pdfInputFromPublication, type PublicationPdfSource } from './pdf-input-from-publication.js';

const source: PublicationPdfSource = {
  publication: {
    title: 'Japan’s Foreign Policy Outlook in 2025', code: 'IP24112', sequence: 112, date: '2024-12-30',
    synopsis: 'S.', body: 'B.', bio: 'Bio.',
    authors: [{ personId: 'p1', personSlug: 'sarah-soh', name: 'Sarah Soh' }, { personId: null, personSlug: null, name: 'Guest Writer' }],
  },
  series: { name: 'IDSS Papers', numbering: 'yearly', datePrecision: 'day' },
  settings: {
    name: 'S. Rajaratnam School of International Studies', parentOrganisation: 'Nanyang Technological University',
    copyrightHolder: 'S. Rajaratnam School of International Studies', accentColor: '#7a1a2e', logoPath: '/files/logo.png',
  },
  categories: [{ label: 'Themes', terms: ['Maritime Security'] }],
  canonicalUrl: 'https://example.org/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025',
  resolveMedia: (src) => (src === '/files/logo.png' ? '/data/files/logo.png' : null),
};

describe('pdfInputFromPublication', () => {
  it('prints code, date and byline as the series and the site do', () => {
    const input = pdfInputFromPublication(source);
    expect(input).toMatchObject({
      code: 'IP24112', dateText: '30 December 2024', date: '2024-12-30', authors: ['Sarah Soh', 'Guest Writer'],
      seriesName: 'IDSS Papers', bodyMarkdown: 'B.', bioMarkdown: 'Bio.',
      institute: { name: 'S. Rajaratnam School of International Studies', tagline: 'Nanyang Technological University', logoPath: '/data/files/logo.png' },
    });
  });

  it('uses running numbers and month precision where the series does', () => {
    const input = pdfInputFromPublication({
      ...source,
      publication: { ...source.publication, code: 'PR248', sequence: 248, date: '2015-03-17' },
      series: { name: 'Policy Reports', numbering: 'running', datePrecision: 'month' },
      resolveMedia: () => {
        throw new Error('media store offline');
      },
    });
    expect(input).toMatchObject({ code: 'No. 248', dateText: 'March 2015', date: '2015-03', institute: { logoPath: null } });
  });
});
