import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../src/search/parse-search-query.js';
import { buildSnippet } from '../../src/search/snippet.js';
import { tokenize, wordSpans } from '../../src/search/search-text.js';
import { ftsExpression } from '../../src/search/backends/sqlite-fts5.js';
import { tsQuery, tsVector } from '../../src/search/backends/postgres-tsvector.js';
import { buildSearchDocument, filterToken } from '../../src/search/search-document.js';
import { HOSTILE_QUERIES } from './support/hostile-queries.js';


describe('query parsing', () => {
  it('reads words, phrases, exclusions and the last word as a prefix', () => {
    expect(parseSearchQuery('japan "foreign policy" -china secu')).toEqual({
      include: [
        { tokens: ['japan'], isPrefix: false },
        { tokens: ['foreign', 'policy'], isPrefix: false },
        { tokens: ['secu'], isPrefix: true },
      ],
      exclude: [{ tokens: ['china'], isPrefix: false }],
      codeCandidate: null,
    });
  });

  it('stops treating the last word as a prefix once a space follows it; `word*` asks for one anywhere', () => {
    expect(parseSearchQuery('japan ').include).toEqual([{ tokens: ['japan'], isPrefix: false }]);
    expect(parseSearchQuery('secu* japan ').include[0]).toEqual({ tokens: ['secu'], isPrefix: true });
    // One letter is too short to expand.
    expect(parseSearchQuery('japan s').include[1]).toEqual({ tokens: ['s'], isPrefix: false });
  });

  it('recognises a code typed in any case', () => {
    expect(parseSearchQuery('IP24112').codeCandidate).toBe('IP24112');
    expect(parseSearchQuery('ip24112').codeCandidate).toBe('IP24112');
    expect(parseSearchQuery('japan 2025').codeCandidate).toBeNull();
  });

  it('folds case, accents, possessives and plurals the same way for queries, documents and highlights', () => {
    expect(tokenize('Japan’s POLICIES on Ōsaka’s cafés')).toEqual(['japan', 'policy', 'on', 'osaka', 'cafe']);
    expect(wordSpans('Japan’s POLICIES').flatMap((s) => s.tokens)).toEqual(['japan', 'policy']);
  });

  it.each(HOSTILE_QUERIES)('turns hostile input %# into letter-and-digit tokens and safe engine syntax', (input) => {
    const query = parseSearchQuery(input);
    for (const clause of [...query.include, ...query.exclude]) {
      for (const token of clause.tokens) expect(token).toMatch(/^[\p{L}\p{N}]+$/u);
    }
    expect(query.include.length + query.exclude.length).toBeLessThanOrEqual(32);
    // FTS5: only quoted strings, AND, NOT, parentheses and a prefix star.
    const fts = ftsExpression(query, ['_sabc']);
    expect(fts.replace(/"[\p{L}\p{N}_ ]*"\*?/gu, '')).toMatch(/^[\s()ANDOT]*$/);
    // tsquery: only quoted lexemes, & ! <-> :* and parentheses.
    const ts = tsQuery(query, ['_sabc']);
    expect(ts.replace(/'[\p{L}\p{N}_]*'(:\*)?/gu, '')).toMatch(/^[\s()&!<\->]*$/);
  });
});

describe('snippets', () => {
  const query = parseSearchQuery('bromance ');

  it('marks the matched word and escapes everything else', () => {
    const snippet = buildSnippet('A <b>“political bromance”</b> & more', query);
    expect(snippet.html).toBe('A &lt;b&gt;“political <mark>bromance</mark>”&lt;/b&gt; &amp; more');
    expect(snippet.marks).toBe(1);
  });

  it('cuts an excerpt around the densest matches', () => {
    const text = `${'word '.repeat(100)}the bromance of bromance ${'filler '.repeat(100)}`;
    const snippet = buildSnippet(text, query, { maxWords: 10 });
    expect(snippet.html).toMatch(/^… .*<mark>bromance<\/mark> of <mark>bromance<\/mark>.* …$/);
    expect(snippet.html.split(' ').filter((w) => w !== '…').length).toBe(10);
  });

  it('marks a phrase only where its words follow each other, and plurals of a word; a phrase as one mark', () => {
    const phrase = parseSearchQuery('"foreign policy" ');
    expect(buildSnippet('foreign trade policy; foreign policies', phrase).html)
      .toBe('foreign trade policy; <mark>foreign policies</mark>');
    const words = parseSearchQuery('south china sea ');
    expect(buildSnippet('the South China Sea, south of China', words).html)
      .toBe('the <mark>South China Sea</mark>, <mark>south</mark> of <mark>China</mark>');
    expect(buildSnippet('the South China Sea, south of China', words).marks).toBe(5);
  });

  it('never marks excluded words and never lets markup through', () => {
    const q = parseSearchQuery('<script> -alert ');
    expect(buildSnippet('<script>alert(1)</script>', q).html).toBe('&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;');
  });
});

describe('documents', () => {
  it('write tsvector literals that carry weights and filter tokens, with typed text unable to add syntax', () => {
    const doc = buildSearchDocument({
      id: 'p1', status: 'published', seriesId: 's1', seriesName: 'IDSS Papers', code: 'IP24112', title: "It's a 'quoted' title",
      date: '2024-12-30', synopsis: '', bodyText: 'back\\slash', attachmentText: '', authors: [{ personId: 'x1', name: 'Sarah Soh' }],
      terms: [{ id: 't1', name: 'Maritime Security' }], units: [],
    });
    expect(doc.filterTokens).toEqual(['_all', '_ss1', '_y2024', '_tt1', '_ax1']);
    const vector = tsVector(doc);
    expect(vector).toContain("'ip24112':1A");
    expect(vector).toContain("'_ss1'");
    expect(vector.replace(/'[\p{L}\p{N}_]+'(:[\d,ABCD]+)?/gu, '').trim()).toBe('');
    expect(filterToken('t:Not An Id!')).toMatch(/^_tx[0-9a-f]+$/);
  });
});
