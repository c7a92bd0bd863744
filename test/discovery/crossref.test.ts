import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPublications } from '../../src/actions/list-publications.js';
import { setPublicationDoi } from '../../src/actions/set-publication-doi.js';
import type { CliSession } from '../../src/cli/cli-runtime.js';
import { buildCrossrefDeposit } from '../../src/cli/commands/crossref-command.js';
import { runCli } from '../../src/cli/run-cli.js';
import { DomainError } from '../../src/domain/errors.js';
import { runtime } from '../../src/main.js';
import { crossrefDepositXml } from '../../src/render/crossref/crossref-deposit.js';
import { systemContext } from '../support/seed.js';
import { DIALECTS, type TestEnv } from '../support/test-services.js';
import { BASE_URL, openDemoEnv } from './support/demo-env.js';
import { xmllint } from './support/xmllint.js';

const SCHEMA = 'crossref/crossref5.3.0-report-paper.xsd';

function all(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
}

function sessionOf(env: TestEnv, adminEmail: string | null = 'publications@imprint.test'): CliSession {
  return {
    config: { ...env.config, adminEmail },
    log: env.log,
    context: (user) => env.context(user),
    serve: () => Promise.reject(new Error('not in tests')),
    close: () => Promise.resolve(),
  };
}

describe.each(DIALECTS)('Crossref deposits of the demo institute (%s)', (dialect) => {
  let env: TestEnv;
  const dois = new Map<string, string>();

  beforeAll(async () => {
    env = await openDemoEnv(dialect);
    const ctx = systemContext(env);
    const { items } = await listPublications(ctx, { series: 'idss-papers', pageSize: 100 });
    for (const item of items.slice(0, 4)) {
      const doi = `10.5555/rsis.${(item.code ?? item.id).toLowerCase()}`;
      await setPublicationDoi(ctx, { publication: item.id, doi });
      dois.set(item.code ?? item.id, doi);
    }
    if (!dois.has('IP24112')) {
      await setPublicationDoi(ctx, { publication: 'IP24112', doi: '10.5555/rsis.ip24112' });
      dois.set('IP24112', '10.5555/rsis.ip24112');
    }
  }, 120_000);
  afterAll(async () => env.close());

  it('one publication: a report-paper with its author, title, date, institution, code and DOI, valid against the schema', async () => {
    const xml = await buildCrossrefDeposit(sessionOf(env), 'IP24112', {});
    const check = xmllint(xml, SCHEMA);
    expect(check.isValid, check.output).toBe(true);
    expect(all(xml, 'doi_batch_id')[0]).toMatch(/^imprint-ip24112-\d{17}$/);
    expect(all(xml, 'email_address')).toEqual(['publications@imprint.test']);
    expect(all(xml, 'depositor_name')).toEqual(['S. Rajaratnam School of International Studies']);
    expect(xml.match(/<report-paper>/g)).toHaveLength(1);
    expect(xml).toContain('<person_name sequence="first" contributor_role="author"><given_name>Sarah</given_name><surname>Soh</surname></person_name>');
    expect(all(xml, 'title')).toEqual(['Japan’s Foreign Policy Outlook in 2025']);
    expect(xml).toContain('<publication_date media_type="online"><month>12</month><day>30</day><year>2024</year></publication_date>');
    expect(all(xml, 'institution_name')).toEqual(['S. Rajaratnam School of International Studies']);
    expect(all(xml, 'institution_acronym')).toEqual(['RSIS']);
    expect(all(xml, 'item_number')).toEqual(['IP24112']);
    expect(all(xml, 'doi')).toEqual(['10.5555/rsis.ip24112']);
    expect(all(xml, 'resource')).toEqual([`${BASE_URL}/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025`]);
  });

  it('a series: every publication with a DOI, contributors in byline order', async () => {
    const xml = await buildCrossrefDeposit(sessionOf(env), undefined, { series: 'idss-papers' });
    expect(xmllint(xml, SCHEMA).isValid).toBe(true);
    expect(new Set(all(xml, 'doi'))).toEqual(new Set(dois.values()));
    for (const block of xml.split('<report-paper>').slice(1)) {
      const sequences = [...block.matchAll(/sequence="(\w+)"/g)].map((m) => m[1]);
      expect(sequences[0]).toBe('first');
      expect(sequences.slice(1).every((s) => s === 'additional')).toBe(true);
    }
  });

  it('refuses what Crossref would: no DOI yet, an unknown series, no depositor e-mail', async () => {
    const ctx = systemContext(env);
    const { items } = await listPublications(ctx, { series: 'rsis-commentary-series', pageSize: 1 });
    const code = items[0]?.code ?? '';
    await expect(buildCrossrefDeposit(sessionOf(env), code, {})).rejects.toThrow(/has no DOI yet/);
    await expect(buildCrossrefDeposit(sessionOf(env), undefined, { series: 'rsis-commentary-series' })).rejects.toThrow(/no publication of RSIS Commentary Series has a DOI/);
    await expect(buildCrossrefDeposit(sessionOf(env), undefined, { series: 'nothing' })).rejects.toBeInstanceOf(DomainError);
    await expect(buildCrossrefDeposit(sessionOf(env, null), 'IP24112', {})).rejects.toThrow(/--depositor-email or set IMPRINT_ADMIN_EMAIL/);
  });
});

describe('the crossref and doi commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-crossref-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function cli(...argv: string[]) {
    let out = '';
    let err = '';
    const code = await runCli(argv, runtime, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
    return { code, out, err };
  }

  it('set a DOI, write the deposit to a file, and exit 2 on bad input', async () => {
    expect((await cli('demo', '--data-dir', dir)).code).toBe(0);
    const set = await cli('doi', 'IP24112', 'https://doi.org/10.5555/rsis.ip24112', '--data-dir', dir);
    expect(set).toMatchObject({ code: 0, out: 'IP24112: DOI 10.5555/rsis.ip24112\n' });
    const bad = await cli('doi', 'IP24112', 'not-a-doi', '--data-dir', dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('doi: "not-a-doi" is not a DOI');
    const out = join(dir, 'deposit.xml');
    process.env.IMPRINT_ADMIN_EMAIL = 'publications@imprint.test';
    try {
      const written = await cli('crossref', 'IP24112', '--out', out, '--data-dir', dir);
      expect(written.code).toBe(0);
    } finally {
      delete process.env.IMPRINT_ADMIN_EMAIL;
    }
    expect(xmllint(readFileSync(out, 'utf8'), SCHEMA).isValid).toBe(true);
    expect((await cli('crossref', '--data-dir', dir)).code).toBe(2);
    expect((await cli('crossref', 'IP24112', '--series', 'idss-papers', '--data-dir', dir)).code).toBe(2);
  }, 120_000);
});

describe('deposit XML', () => {
  const deposit = (overrides: { title?: string; authorNames?: string[]; date?: string; code?: string | null }) => crossrefDepositXml({
    batchId: 'imprint-test-1',
    createdAt: new Date('2025-01-02T03:04:05.678Z'),
    depositor: { name: 'Institute & Co', email: 'a@example.org', registrant: 'Institute' },
    reports: [{
      title: 'Tom & Jerry <b>', authorNames: ['Jane Doe'], date: '2015-03', code: null, doi: '10.5555/x.1',
      url: 'https://example.org/p?a=1&b=2', institution: { name: 'Institute', acronym: null }, ...overrides,
    }],
  });

  it('escapes text, writes month-precision dates without a day, and handles hard names', () => {
    const xml = deposit({ authorNames: ['Jane Doe', 'UNESCO', 'Agent 007', 'Mohamed bin Ali'] });
    const check = xmllint(xml, SCHEMA);
    expect(check.isValid, check.output).toBe(true);
    expect(xml).toContain('<title>Tom &amp; Jerry &lt;b&gt;</title>');
    expect(xml).toContain('<publication_date media_type="online"><month>03</month><year>2015</year></publication_date>');
    expect(xml).toContain('<timestamp>20250102030405678</timestamp>');
    expect(xml).toContain('<surname>Mohamed bin Ali</surname>');
  });
});
