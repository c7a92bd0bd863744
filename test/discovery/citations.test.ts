import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublication } from '../../src/actions/create-publication.js';
import { createApp } from '../../src/app.js';
import { publicationPath } from '../../src/domain/publication.js';
import { seedBasics } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';

const OUTSIDE = ['Joris van der Berg', 'Anna Kowalski', 'Li Mei', 'Omar Farouk', 'Jane Doe', 'Ravi Kumar'];

describe.each(DIALECTS)('citations of stored publications, people and outside authors mixed (%s)', (dialect) => {
  let env: TestEnv;
  let app: Hono;
  const paths = new Map<number, string>();

  beforeAll(async () => {
    env = await openTestEnv(dialect, { baseUrl: 'https://imprint.test' });
    const { ctx } = await seedBasics(env);
    const authorSets: Record<number, { person?: string; name?: string }[]> = {
      1: [{ person: 'sarah-soh' }],
      2: [{ person: 'sarah-soh' }, { name: 'Joris van der Berg' }],
      3: [{ name: 'Anna Kowalski' }, { person: 'tan-wei-ming' }, { person: 'sarah-soh' }],
      8: [{ person: 'sarah-soh' }, { person: 'tan-wei-ming' }, ...OUTSIDE.map((name) => ({ name }))],
    };
    for (const [count, authors] of Object.entries(authorSets)) {
      const p = await createPublication(ctx, {
        series: 'idss-papers', title: `Paper with ${count} authors`, date: '2025-02-03', synopsis: 'S.',
        authors, status: 'published', publishedAt: '2025-02-03T01:00:00Z',
      });
      paths.set(Number(count), publicationPath('idss-papers', p));
    }
    app = createApp(env).app;
  });
  afterAll(async () => env.close());

  const get = async (path: string) => (await app.request(path)).text();

  it('one author: every format names her, with the code as the report number', async () => {
    const path = paths.get(1) ?? '';
    const code = /ip(\d+)/.exec(path)?.[0].toUpperCase() ?? '';
    expect(await get(`${path}/cite.bib`)).toContain(`number = {${code}}`);
    expect(await get(`${path}/cite.bib`)).toContain('author = {Soh, Sarah}');
    expect((await get(`${path}/cite.ris`)).split('\r\n')).toEqual(expect.arrayContaining(['AU  - Soh, Sarah', `SN  - ${code}`]));
    const html = await get(path);
    expect(html).toContain(`Soh, S. (2025). <i>Paper with 1 authors</i> (No. ${code}; IDSS Papers).`);
  });

  it('two, three and eight authors keep the byline order in BibTeX, RIS, CSL-JSON and the formatted strings', async () => {
    // Names are split with the last word as the family name ("Ming, Tan Wei"): people
    // records carry no family-name field yet, so names written family-name first
    // (Tan Wei Ming) invert wrongly until one is added; "Tan, Wei Ming" as an
    // outside name is taken as written.
    const expected: Record<number, string[]> = {
      2: ['Soh, Sarah', 'van der Berg, Joris'],
      3: ['Kowalski, Anna', 'Ming, Tan Wei', 'Soh, Sarah'],
      8: ['Soh, Sarah', 'Ming, Tan Wei', 'van der Berg, Joris', 'Kowalski, Anna', 'Mei, Li', 'Farouk, Omar', 'Doe, Jane', 'Kumar, Ravi'],
    };
    for (const [count, names] of Object.entries(expected)) {
      const path = paths.get(Number(count)) ?? '';
      expect(await get(`${path}/cite.bib`)).toContain(`author = {${names.join(' and ')}}`);
      expect((await get(`${path}/cite.ris`)).split('\r\n').filter((l) => l.startsWith('AU  - '))).toEqual(names.map((n) => `AU  - ${n}`));
      const csl = JSON.parse(await get(`${path}/cite.json`)) as { author: { family: string; given: string }[] }[];
      expect(csl[0]?.author.map((a) => `${a.family}, ${a.given}`)).toEqual(names);
      const html = await get(path);
      const [first] = names;
      expect(html).toContain(`data-cite-style="apa"><dt>APA</dt><dd><p class="cite-text">${first?.replace(/, (\w)\w*.*/, ', $1.')}`);
    }
    const eight = await get(paths.get(8) ?? '');
    expect(eight).toContain('Soh, S., Ming, T. W., van der Berg, J., Kowalski, A., Mei, L., Farouk, O., Doe, J., &#38; Kumar, R. (2025).');
    expect(eight).toContain('Soh, S. <i>et al.</i> (2025)');
    expect(eight).toContain('Soh, Sarah, Tan Wei Ming, Joris van der Berg, Anna Kowalski, Li Mei, Omar Farouk, Jane Doe, and Ravi Kumar.');
  });
});
