import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { countOutcomes } from '../../src/import/import-report.js';
import { importDocxFile } from '../../src/import/docx/import-docx-file.js';
import { runtime } from '../../src/main.js';
import { systemContext } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { loadDemoVocabulary } from './support/demo-vocabulary.js';

/** Both documents were made with pandoc from the .md files beside them (`pandoc X.md -o X.docx`). */
const FIXTURES = join(import.meta.dirname, '../fixtures/import/docx');
const CABLES = join(FIXTURES, 'undersea-cables.docx');
const PORTS = join(FIXTURES, 'port-state-cooperation.docx');

describe.each(DIALECTS)('importing Word documents on %s', (dialect) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await openTestEnv(dialect);
    await loadDemoVocabulary(systemContext(env));
  });
  afterAll(async () => env.close());

  const media = async () => (await env.store.media.list({ limit: 50, offset: 0 })).items;
  const publications = async () => (await env.store.publications.list({ limit: 50, offset: 0 })).items;

  it('a dry run converts and checks everything and writes nothing, pictures included', async () => {
    const report = await importDocxFile(systemContext(env), { file: CABLES, series: 'policy-reports', isDryRun: true });
    expect(countOutcomes(report)).toMatchObject({ created: 1, failed: 0 });
    expect(report.isDryRun).toBe(true);
    expect(await publications()).toEqual([]);
    expect(await media()).toEqual([]);
  });

  it('keeps headings, emphasis, lists, tables and footnotes, with the front matter as fields', async () => {
    const report = await importDocxFile(systemContext(env), { file: CABLES, series: 'policy-reports' });
    expect(report.items).toEqual([expect.objectContaining({
      outcome: 'created', what: 'publication "Undersea Cables and the Security of Southeast Asia" (2 footnotes, 2 figures)', needsReview: ['new person "Rahul Menon"'],
    })]);
    const [listed] = await publications();
    const item = await env.store.publications.findById(listed?.id ?? '');
    expect(item).toMatchObject({
      title: 'Undersea Cables and the Security of Southeast Asia', status: 'draft',
      // Policy Reports print a month: the document's day goes.
      date: '2025-03', datePrecision: 'month',
      synopsis: 'Undersea cables carry almost all of the region’s data. Their protection has become a question of national security, but responsibility for it is spread across companies, regulators and navies.',
    });
    expect(item?.authors.map((a) => a.personSlug)).toEqual(['priya-nandakumar', 'rahul-menon']);
    const body = item?.body ?? '';
    expect(body).toContain('more than 95 per cent of international data traffic.[^1] Southeast Asia');
    expect(body).toContain('\n## A Shared Infrastructure\n');
    expect(body).toContain('_No single authority_ is responsible for their security, and **incidents** are');
    expect(body).toContain('- accidental damage by anchors and fishing gear;\n- deliberate sabotage in a crisis;');
    expect(body).toContain('1. Share information about incidents quickly.[^2]\n2. Fund additional repair ships jointly.');
    expect(body).toContain('| Southeast Asia | 3            | 21 days             |');
    expect(body).toContain('[^1]: TeleGeography, _Submarine Cable Map 2024_.');
    expect(body).toContain('[^2]: ASEAN has discussed a cable incident hotline since 2023.');
    expect(body).not.toContain('docx-image:');
    expect(item?.bodyHtml).toContain('<section data-footnotes');
    expect(item?.bodyHtml).toContain('<td>21 days</td>');
  });

  it('stores each picture in the media library with its caption and credit, and the text names it', async () => {
    const stored = (await media()).sort((a, b) => a.originalName.localeCompare(b.originalName));
    expect(stored.map((m) => [m.originalName, m.mimeType, m.caption, m.credit])).toEqual([
      ['undersea-cables-and-the-security-of-southeast-asia-figure-1.png', 'image/png', 'A cable-laying ship at work off the coast of Batam.', 'Photo: Submarine Networks Association.'],
      ['undersea-cables-and-the-security-of-southeast-asia-figure-2.png', 'image/png', 'Figure 2: Cable routes through the South China Sea.', 'Source: TeleGeography.'],
    ]);
    const [listed] = await publications();
    const body = (await env.store.publications.findById(listed?.id ?? ''))?.body ?? '';
    for (const file of stored) {
      expect(body).toContain(`src: ${file.url}\n`);
      // The very bytes of the document's picture.
      expect(Buffer.from(await env.context(null).files.read(file.path)).equals(readFileSync(join(FIXTURES, file.originalName.endsWith('1.png') ? 'cable-ship.png' : 'cable-map.png')))).toBe(true);
    }
    expect(body).toContain('caption: A cable-laying ship at work off the coast of Batam.\ncredit: Photo: Submarine Networks Association.\n');
  });

  it('the same document again changes nothing and stores no second copy of its pictures', async () => {
    const before = { publications: await publications(), media: (await media()).length };
    const report = await importDocxFile(systemContext(env), { file: CABLES, series: 'policy-reports' });
    expect(countOutcomes(report)).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await publications()).toEqual(before.publications);
    expect((await media()).length).toBe(before.media);
  });

  it('a document without a Title paragraph needs --title; nested lists, quotations and notes of two paragraphs come through', async () => {
    const refused = await importDocxFile(systemContext(env), { file: PORTS, series: 'working-papers' });
    expect(refused.items).toEqual([expect.objectContaining({ outcome: 'failed', isBadInput: true, reason: 'title: port-state-cooperation.docx has no title (no paragraph in the Title style); give one' })]);
    const report = await importDocxFile(systemContext(env), { file: PORTS, series: 'working-papers', title: 'Port State Measures in Southeast Asia', isPublished: true });
    expect(countOutcomes(report)).toMatchObject({ created: 1, failed: 0 });
    const found = (await publications()).find((p) => p.title === 'Port State Measures in Southeast Asia');
    const item = await env.store.publications.findById(found?.id ?? '');
    // Published into a running-numbered series, it gets the series' next code.
    expect(item).toMatchObject({ status: 'published', date: '2025-03', code: 'WP1' });
    expect(item?.authors.map((a) => a.name)).toEqual(['Hannah Lim']);
    const body = item?.body ?? '';
    expect(body).toContain('1. Inspectors are few:\n\n   - most ports have fewer than five;\n   - few are trained in fisheries law.');
    expect(body).toContain('> A port that turns a vessel away loses its business;');
    expect(body).toContain('[^1]: The 2009 _Agreement on Port State Measures_ (PSMA) sets the rules; see Article 9.\n\n    It entered into force in 2016.');
    expect(body).toContain('[^2]: On the “port shopping” that follows, see [FAO guidance](https://www.fao.org/port-state-measures/en/).');
    expect(body).toContain('caption: Port calls by foreign fishing vessels, 2020–2024.\ncredit: Chart: Maritime Security Programme.\n');
    const chart = (await media()).find((m) => m.originalName === 'port-state-measures-in-southeast-asia-figure-1.jpg');
    expect(chart).toMatchObject({ mimeType: 'image/jpeg', width: 320, height: 200, caption: 'Port calls by foreign fishing vessels, 2020–2024.' });
  });
});

describe('imprint import docx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-docx-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports into the series given and prints the summary; bad input exits 2 naming file and field', async () => {
    process.env.IMPRINT_LOG_LEVEL = 'silent';
    let out = '';
    const io = { stdout: (t: string) => { out += t; }, stderr: (t: string) => { out += t; } };
    // A fresh site has no series: the command says which exist.
    expect(await runCli(['import', 'docx', CABLES, '--series', 'policy-reports', '--data-dir', dir], runtime, io)).toBe(2);
    expect(out).toContain('series');
    out = '';
    const notWord = join(dir, 'notes.docx');
    writeFileSync(notWord, 'plain text, not a zip');
    expect(await runCli(['import', 'docx', notWord, '--series', 'x', '--data-dir', dir], runtime, io)).toBe(2);
    expect(out).toContain('notes.docx');
    out = '';
    expect(await runCli(['import', 'docx', join(dir, 'missing.docx'), '--series', 'x', '--data-dir', dir], runtime, io)).toBe(2);
    expect(out).toContain('missing.docx: no such file');
  });
});
