import { describe, expect, it } from 'vitest';
import { splitName, type CitationSource } from './citation-source.js';
import { formatCitations, toBibtex, toCslJson, toRis } from './format-citations.js';

const NAMES = ['Sarah Soh', 'Tan Wei Ming', 'Joris van der Berg', 'Anna Kowalski', 'Li Mei', 'Omar Farouk', 'Jane Doe', 'Ravi Kumar'];

function source(authorCount: number, overrides: Partial<CitationSource> = {}): CitationSource {
  return {
    id: '01JEXAMPLE',
    title: 'Japan’s Foreign Policy Outlook in 2025',
    authorNames: NAMES.slice(0, authorCount),
    date: '2024-12-30',
    code: 'IP24112',
    seriesName: 'IDSS Papers',
    publisher: 'S. Rajaratnam School of International Studies',
    url: 'https://www.example.org/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025',
    doi: null,
    synopsis: 'What will 2025 portend for Japan?',
    ...overrides,
  };
}

function byStyle(s: CitationSource) {
  return Object.fromEntries(formatCitations(s).map((c) => [c.style, c.text]));
}

describe('splitName', () => {
  it('inverts Western-order names, keeps particles with the family name and drops honorifics', () => {
    expect(splitName('Sarah Soh')).toEqual({ family: 'Soh', given: 'Sarah' });
    expect(splitName('Dr Tan Wei Ming')).toEqual({ family: 'Ming', given: 'Tan Wei' });
    expect(splitName('Joris van der Berg')).toEqual({ family: 'van der Berg', given: 'Joris' });
  });

  it('takes "Family, Given" as written and keeps single words and patronymic names whole', () => {
    expect(splitName('Tan, Wei Ming')).toEqual({ family: 'Tan', given: 'Wei Ming' });
    expect(splitName('UNESCO')).toEqual({ literal: 'UNESCO' });
    expect(splitName('Mohamed bin Ali')).toEqual({ literal: 'Mohamed bin Ali' });
  });
});

describe('formatted citations', () => {
  it('one author: the code is the report number in every style', () => {
    const c = byStyle(source(1));
    expect(c.apa).toBe('Soh, S. (2024). Japan’s Foreign Policy Outlook in 2025 (No. IP24112; IDSS Papers). S. Rajaratnam School of International Studies. https://www.example.org/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025');
    expect(c.chicago).toBe('Soh, Sarah. “Japan’s Foreign Policy Outlook in 2025.” IDSS Papers IP24112. S. Rajaratnam School of International Studies, December 30, 2024. https://www.example.org/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025.');
    expect(c.harvard).toBe('Soh, S. (2024) Japan’s Foreign Policy Outlook in 2025. IDSS Papers IP24112. S. Rajaratnam School of International Studies. Available at: https://www.example.org/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025.');
  });

  it('two authors', () => {
    const c = byStyle(source(2));
    expect(c.apa).toMatch(/^Soh, S\., & Ming, T\. W\. \(2024\)\./);
    expect(c.chicago).toMatch(/^Soh, Sarah, and Tan Wei Ming\. “/);
    expect(c.harvard).toMatch(/^Soh, S\. and Ming, T\.W\. \(2024\)/);
  });

  it('three authors, one with a particle', () => {
    const c = byStyle(source(3));
    expect(c.apa).toMatch(/^Soh, S\., Ming, T\. W\., & van der Berg, J\. \(2024\)\./);
    expect(c.chicago).toMatch(/^Soh, Sarah, Tan Wei Ming, and Joris van der Berg\. “/);
    expect(c.harvard).toMatch(/^Soh, S\., Ming, T\.W\. and van der Berg, J\. \(2024\)/);
  });

  it('eight authors: APA lists all, Chicago all, Harvard (Cite Them Right) the first with et al.', () => {
    const c = byStyle(source(8));
    expect(c.apa).toMatch(/^Soh, S\., Ming, T\. W\., van der Berg, J\., Kowalski, A\., Mei, L\., Farouk, O\., Doe, J\., & Kumar, R\. \(2024\)/);
    expect(c.chicago).toMatch(/^Soh, Sarah, Tan Wei Ming, Joris van der Berg, Anna Kowalski, Li Mei, Omar Farouk, Jane Doe, and Ravi Kumar\. “/);
    expect(c.harvard).toMatch(/^Soh, S\. et al\. \(2024\)/);
  });

  it('uses the DOI instead of the page URL when there is one', () => {
    const c = byStyle(source(1, { doi: '10.5555/rsis.ip24112' }));
    for (const text of Object.values(c)) {
      expect(text).toContain('https://doi.org/10.5555/rsis.ip24112');
      expect(text).not.toContain('example.org');
    }
  });

  it('month-precision dates and series without codes', () => {
    const c = byStyle(source(1, { date: '2015-03', code: null, seriesName: 'Policy Reports' }));
    expect(c.apa).toContain('(2015).');
    expect(c.apa).toContain('(Policy Reports)');
    expect(c.chicago).toContain('March 2015');
    expect(c.chicago).not.toContain('null');
  });

  it('HTML is escaped, italicises the title and carries no attributes the CSP would refuse', () => {
    const [apa] = formatCitations(source(1, { title: 'Tom & Jerry <script>alert(1)</script>' }));
    expect(apa?.html).toContain('<i>Tom &#38; Jerry &#60;script&#62;alert(1)&#60;/script&#62;</i>');
    expect(apa?.html).not.toMatch(/<script|style=/);
  });
});

describe('downloads', () => {
  it('BibTeX: a techreport with every author, the code as number and the series', () => {
    const bib = toBibtex(source(3, { doi: '10.5555/rsis.ip24112' }));
    expect(bib).toMatch(/^@techreport\{/);
    expect(bib).toContain('author = {Soh, Sarah and Ming, Tan Wei and van der Berg, Joris}');
    expect(bib).toContain('number = {IP24112}');
    expect(bib).toContain('institution = {S. Rajaratnam School of International Studies}');
    expect(bib).toContain('year = {2024}');
    expect(bib).toContain('month = {12}');
    expect(bib).toContain('doi = {10.5555/rsis.ip24112}');
  });

  it('RIS: one AU line per author in order, the code as SN, unbroken long lines, CR LF endings', () => {
    const ris = toRis(source(8));
    const lines = ris.split('\r\n');
    expect(lines[0]).toBe('TY  - RPRT');
    expect(lines.filter((l) => l.startsWith('AU  - '))).toEqual([
      'AU  - Soh, Sarah', 'AU  - Ming, Tan Wei', 'AU  - van der Berg, Joris', 'AU  - Kowalski, Anna',
      'AU  - Mei, Li', 'AU  - Farouk, Omar', 'AU  - Doe, Jane', 'AU  - Kumar, Ravi',
    ]);
    expect(lines).toContain('SN  - IP24112');
    expect(lines).toContain('UR  - https://www.example.org/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.every((l) => l === '' || /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
  });

  it('CSL-JSON: a report item that parses as JSON', () => {
    const [item] = JSON.parse(toCslJson(source(2))) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: 'report', number: 'IP24112', 'collection-title': 'IDSS Papers',
      author: [{ family: 'Soh', given: 'Sarah' }, { family: 'Ming', given: 'Tan Wei' }],
      issued: { 'date-parts': [[2024, 12, 30]] },
    });
  });
});
