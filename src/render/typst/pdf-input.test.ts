import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../domain/errors.js';
import { houseColors } from './house-colors.js';
import { byline, templateData, validatePdfInput, type PdfInput } from './pdf-input.js';

const input: PdfInput = {
  title: 'Japan’s Foreign Policy Outlook in 2025', seriesName: 'IDSS Papers', code: 'IP24112', authors: ['Sarah Soh'],
  dateText: '30 December 2024', date: '2024-12-30', synopsis: 'One.\n\nTwo\nlines.', bodyMarkdown: '', bioMarkdown: '',
  categories: [{ label: 'Themes', terms: ['Maritime Security', ' '] }, { label: 'Regions', terms: [] }],
  canonicalUrl: 'https://example.org/p', institute: { name: 'Institute', accentColor: '#7a1a2e', logoPath: null },
  resolveMedia: () => null,
};

function issuesOf(bad: PdfInput): string[] {
  try {
    validatePdfInput(bad);
  } catch (error) {
    if (isDomainError(error)) return error.issues.map((issue) => issue.field);
    throw error;
  }
  return [];
}

describe('PDF input', () => {
  it('names every bad field', () => {
    expect(issuesOf(input)).toEqual([]);
    expect(issuesOf({ ...input, title: ' ', canonicalUrl: 'javascript:x', date: '2024-13-01', institute: { ...input.institute, accentColor: 'red' } }))
      .toEqual(['title', 'institute.accentColor', 'canonicalUrl', 'date']);
  });

  it('prepares the template data: labels, byline, paragraphs, categories without empty terms', () => {
    const data = templateData(input, { logo: null, hasBio: true });
    expect(data.labels).toEqual({ synopsis: 'Synopsis', body: 'Commentary', bio: 'About the author' });
    expect(data.synopsis).toBe('One.\n\nTwo lines.');
    expect(data.categories).toEqual([{ label: 'Themes', terms: ['Maritime Security'] }]);
    expect(data.keywords).toEqual(['Maritime Security']);
    expect(data.date).toEqual({ year: 2024, month: 12, day: 30 });
    expect(data.seriesLabel).toBe('IDSS Papers');
    expect(templateData({ ...input, authors: ['A', 'B'], date: '2015-03' }, { logo: null, hasBio: true })).toMatchObject({
      labels: { bio: 'About the authors' }, date: { year: 2015, month: 3, day: 1 },
    });
    expect(templateData({ ...input, title: 'A'.repeat(50) + ' ' + 'B'.repeat(50) }, { logo: null, hasBio: false }).shortTitle).toBe(`${'A'.repeat(50)}…`);
  });

  it('writes bylines as the institute prints them', () => {
    expect(byline(['A'])).toBe('A');
    expect(byline(['A', 'B'])).toBe('A and B');
    expect(byline(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('keeps any accent legible: white on dark, dark on light, a darker ink for text', () => {
    expect(houseColors('#7a1a2e')).toEqual({ accent: '#7a1a2e', ink: '#7a1a2e', onAccent: '#ffffff' });
    const yellow = houseColors('#fc3');
    expect(yellow.accent).toBe('#ffcc33');
    expect(yellow.onAccent).toBe('#1c1c1c');
    expect(yellow.ink).not.toBe('#ffcc33');
    expect(() => houseColors('blue')).toThrow(/not a colour/);
  });
});
