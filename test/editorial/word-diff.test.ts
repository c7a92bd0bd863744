import { describe, expect, it } from 'vitest';
import { diffRevisionTexts, type RevisionTexts } from '../../src/domain/revision.js';
import { diffText, diffWords, sidesOf, tokenizeWords } from '../../src/domain/word-diff.js';

describe('word diff', () => {
  it('splits text into words, spaces and punctuation, keeping apostrophes inside words', () => {
    expect(tokenizeWords('Japan’s outlook, in 2025.')).toEqual(['Japan’s', ' ', 'outlook', ',', ' ', 'in', ' ', '2025', '.']);
  });

  it('marks a replaced word as one deletion followed by one insertion', () => {
    expect(diffWords('The quick brown fox jumps.', 'The slow brown fox leaps high.')).toEqual([
      { op: 'equal', text: 'The ' },
      { op: 'delete', text: 'quick' },
      { op: 'insert', text: 'slow' },
      { op: 'equal', text: ' brown fox ' },
      { op: 'delete', text: 'jumps' },
      { op: 'insert', text: 'leaps high' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('shows pure insertions and deletions', () => {
    expect(diffWords('Japan should improve relations.', 'Japan should continue to improve relations.')).toEqual([
      { op: 'equal', text: 'Japan should ' },
      { op: 'insert', text: 'continue to ' },
      { op: 'equal', text: 'improve relations.' },
    ]);
    expect(diffWords('A very long sentence.', 'A sentence.')).toEqual([
      { op: 'equal', text: 'A ' },
      { op: 'delete', text: 'very long ' },
      { op: 'equal', text: 'sentence.' },
    ]);
    expect(diffWords('', 'New text')).toEqual([{ op: 'insert', text: 'New text' }]);
    expect(diffWords('Old text', '')).toEqual([{ op: 'delete', text: 'Old text' }]);
    expect(diffWords('Same', 'Same')).toEqual([{ op: 'equal', text: 'Same' }]);
  });

  it('compares a body paragraph by paragraph, then word by word inside changed paragraphs', () => {
    const before = '## Relations with China\n\nJapan has the opportunity to improve relations.\n\nThe alliance endures.\n';
    const after = '## Relations with China\n\nJapan has a rare opportunity to improve relations.\n\nThe alliance endures.\n\n## Outlook\n\nCautious optimism.\n';
    expect(diffText(before, after)).toEqual([
      { op: 'equal', text: '## Relations with China\n\nJapan has ' },
      { op: 'delete', text: 'the' },
      { op: 'insert', text: 'a rare' },
      { op: 'equal', text: ' opportunity to improve relations.\n\nThe alliance endures.\n' },
      { op: 'insert', text: '\n## Outlook\n\nCautious optimism.\n' },
    ]);
  });

  it('always rebuilds both texts from its segments', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const words = ['alpha', 'beta', 'gamma', ' ', ' ', '\n', '\n\n', ',', 'delta.', 'Japan’s'];
    const text = () => Array.from({ length: Math.floor(random() * 60) }, () => words[Math.floor(random() * words.length)]).join('');
    for (let i = 0; i < 300; i++) {
      const [a, b] = [text(), text()];
      expect(sidesOf(diffText(a, b))).toEqual({ before: a, after: b });
      expect(sidesOf(diffWords(a, b))).toEqual({ before: a, after: b });
    }
  });

  it('stays fast and correct on a long body with scattered edits', () => {
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i} discusses maritime security in the region at some length.`);
    const edited = paragraphs.map((p, i) => (i % 250 === 0 ? p.replace('maritime', 'naval') : p));
    const segments = diffText(paragraphs.join('\n\n'), edited.join('\n\n'));
    expect(segments.filter((s) => s.op === 'delete').map((s) => s.text)).toEqual(Array(8).fill('maritime'));
    expect(segments.filter((s) => s.op === 'insert').map((s) => s.text)).toEqual(Array(8).fill('naval'));
    expect(sidesOf(segments).after).toBe(edited.join('\n\n'));
  });

  it('falls back to replacing a block whole when two texts share almost nothing', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const segments = diffWords(a, b);
    expect(sidesOf(segments)).toEqual({ before: a, after: b });
  });
});

describe('revision diff', () => {
  const base: RevisionTexts = {
    title: 'Japan’s Foreign Policy Outlook', slug: 'japans-foreign-policy-outlook', series: 'IDSS Papers', date: '2024-12-30',
    authors: 'Sarah Soh', synopsis: 'What will 2025 portend?', body: 'One.\n\nTwo.\n', bio: '', terms: 'Themes: Maritime Security',
    units: 'IDSS', featured: 'no', legacyUrls: '',
  };

  it('compares field by field and says which fields changed', () => {
    const fields = diffRevisionTexts(base, { ...base, title: 'Japan’s Foreign Policy Outlook in 2025', authors: 'Sarah Soh\nTan Wei Ming', featured: 'yes' });
    expect(fields.filter((f) => f.isChanged).map((f) => f.field)).toEqual(['title', 'authors', 'featured']);
    expect(fields.find((f) => f.field === 'title')?.segments).toEqual([
      { op: 'equal', text: 'Japan’s Foreign Policy Outlook' },
      { op: 'insert', text: ' in 2025' },
    ]);
    expect(fields.find((f) => f.field === 'authors')?.segments).toEqual([
      { op: 'equal', text: 'Sarah Soh' },
      { op: 'insert', text: '\nTan Wei Ming' },
    ]);
    expect(fields.map((f) => f.label)).toContain('Author bio');
  });
});
