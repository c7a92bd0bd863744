import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updatePublication } from '../../src/actions/update-publication.js';
import { createOaiApp } from '../../src/oai/oai-app.js';
import { systemContext } from '../support/seed.js';
import { DIALECTS, manualClock, openTestEnv, type TestEnv } from '../support/test-services.js';
import { BASE_URL, openDemoEnv } from './support/demo-env.js';
import { xmllint } from './support/xmllint.js';

const SCHEMA = 'oai-pmh/oai-pmh-oai_dc.xsd';
const PAGE_SIZE = 7;

function all(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
}

function errorCodes(xml: string): string[] {
  return [...xml.matchAll(/<error code="([^"]+)"/g)].map((m) => m[1] ?? '');
}

function token(xml: string): { value: string; completeListSize: number; cursor: number } | null {
  const m = /<resumptionToken completeListSize="(\d+)" cursor="(\d+)">([^<]*)<\/resumptionToken>/.exec(xml);
  return m ? { completeListSize: Number(m[1]), cursor: Number(m[2]), value: m[3] ?? '' } : null;
}

describe.each(DIALECTS)('OAI-PMH 2.0 on the demo institute (%s)', (dialect) => {
  let env: TestEnv;
  let app: Hono;
  let ip24112Id: string;
  let otherId: string;
  let harvestable: number;

  /** Every response must validate against OAI-PMH.xsd and oai_dc.xsd. */
  async function get(query: string): Promise<string> {
    const response = await app.request(`/?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/xml; charset=utf-8');
    const xml = await response.text();
    const check = xmllint(xml, SCHEMA);
    expect(check.output, query).toMatch(/validates/);
    expect(check.isValid, `${query}\n${check.output}`).toBe(true);
    return xml;
  }

  beforeAll(async () => {
    const clock = manualClock('2025-01-15T09:00:00.000Z');
    env = await openDemoEnv(dialect, { clock });
    const ctx = systemContext(env);
    const ip = await env.store.publications.findByCode('IP24112');
    const other = await env.store.publications.findByCode('IP25001');
    if (!ip || !other) throw new Error('demo publications missing');
    ip24112Id = ip.id;
    otherId = other.id;
    clock.set('2025-02-01T10:00:00.000Z');
    await updatePublication(ctx, { id: ip.id, revision: ip.revision, synopsis: `${ip.synopsis} ` });
    clock.set('2025-02-03T12:30:45.500Z');
    await updatePublication(ctx, { id: other.id, revision: other.revision, synopsis: `${other.synopsis} ` });
    harvestable = (await env.store.publications.list({ statuses: ['published', 'archived'], limit: 0, offset: 0 })).total;
    app = createOaiApp({ context: () => env.context(null), baseUrl: BASE_URL, adminEmail: 'webmaster@imprint.test', log: env.log, pageSize: PAGE_SIZE });
  }, 120_000);
  afterAll(async () => env.close());

  it('Identify', async () => {
    const xml = await get('verb=Identify');
    expect(all(xml, 'repositoryName')).toEqual(['S. Rajaratnam School of International Studies']);
    expect(all(xml, 'baseURL')).toEqual([`${BASE_URL}/oai`]);
    expect(all(xml, 'earliestDatestamp')).toEqual(['2025-01-15T09:00:00Z']);
    expect(all(xml, 'granularity')).toEqual(['YYYY-MM-DDThh:mm:ssZ']);
    expect(xml).toContain(`<request verb="Identify">${BASE_URL}/oai</request>`);
  });

  it('ListMetadataFormats, for the repository and for one record', async () => {
    expect(all(await get('verb=ListMetadataFormats'), 'metadataPrefix')).toEqual(['oai_dc']);
    expect(all(await get(`verb=ListMetadataFormats&identifier=oai:imprint.test:${ip24112Id}`), 'metadataPrefix')).toEqual(['oai_dc']);
  });

  it('ListSets: the series', async () => {
    const xml = await get('verb=ListSets');
    expect(all(xml, 'setSpec')).toContain('idss-papers');
    expect(all(xml, 'setName')).toContain('IDSS Papers');
    expect(all(xml, 'setSpec')).toHaveLength(20);
  });

  it('GetRecord in oai_dc: creators, identifiers, series, set', async () => {
    const xml = await get(`verb=GetRecord&identifier=oai:imprint.test:${ip24112Id}&metadataPrefix=oai_dc`);
    expect(all(xml, 'dc:title')).toEqual(['Japan’s Foreign Policy Outlook in 2025']);
    expect(all(xml, 'dc:creator')).toEqual(['Sarah Soh']);
    expect(all(xml, 'dc:identifier')).toEqual([`${BASE_URL}/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025`, 'IP24112']);
    expect(all(xml, 'dc:date')).toEqual(['2024-12-30']);
    expect(all(xml, 'dc:relation')).toEqual(['IDSS Papers']);
    expect(all(xml, 'setSpec')).toEqual(['idss-papers']);
    expect(all(xml, 'datestamp')).toEqual(['2025-02-01T10:00:00Z']);
  });

  it.each(['ListIdentifiers', 'ListRecords'])('%s: resumption tokens walk the whole list with no duplicates and no gaps', async (verb) => {
    const seen: string[] = [];
    let query = `verb=${verb}&metadataPrefix=oai_dc`;
    let pages = 0;
    for (;;) {
      const xml = await get(query);
      pages++;
      const ids = all(xml, 'identifier');
      const state = token(xml);
      expect(state?.completeListSize).toBe(harvestable);
      expect(state?.cursor).toBe(seen.length);
      if (verb === 'ListRecords') expect(all(xml, 'dc:title')).toHaveLength(ids.length);
      seen.push(...ids);
      if (!state?.value) break;
      query = `verb=${verb}&resumptionToken=${encodeURIComponent(state.value)}`;
    }
    expect(pages).toBe(Math.ceil(harvestable / PAGE_SIZE));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(harvestable);
    // Datestamp order: the two records changed last come last.
    expect(seen.slice(-2)).toEqual([`oai:imprint.test:${ip24112Id}`, `oai:imprint.test:${otherId}`]);
  });

  it('from/until at day and second granularity, inclusive', async () => {
    const ids = async (args: string) => all(await get(`verb=ListIdentifiers&metadataPrefix=oai_dc&${args}`), 'identifier');
    expect(await ids('from=2025-02-01')).toEqual([`oai:imprint.test:${ip24112Id}`, `oai:imprint.test:${otherId}`]);
    expect(await ids('from=2025-02-01T10:00:01Z')).toEqual([`oai:imprint.test:${otherId}`]);
    expect(await ids('from=2025-02-03T12:30:45Z&until=2025-02-03T12:30:45Z')).toEqual([`oai:imprint.test:${otherId}`]);
    expect(await ids('from=2025-02-01&until=2025-02-01')).toEqual([`oai:imprint.test:${ip24112Id}`]);
    const untilJanuary = await get('verb=ListIdentifiers&metadataPrefix=oai_dc&until=2025-01-31');
    expect(token(untilJanuary)?.completeListSize).toBe(harvestable - 2);
  });

  it('set restricts to one series', async () => {
    const xml = await get('verb=ListRecords&metadataPrefix=oai_dc&set=idss-papers');
    expect(all(xml, 'setSpec').every((s) => s === 'idss-papers')).toBe(true);
    expect(all(xml, 'dc:identifier')).toContain('IP24112');
  });

  it('POST answers like GET', async () => {
    const response = await app.request('/', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `verb=GetRecord&identifier=oai:imprint.test:${ip24112Id}&metadataPrefix=oai_dc` });
    const xml = await response.text();
    expect(xmllint(xml, SCHEMA).isValid).toBe(true);
    expect(all(xml, 'dc:identifier')).toContain('IP24112');
    expect((await app.request('/', { method: 'PUT' })).status).toBe(405);
  });

  it.each([
    ['', 'badVerb'],
    ['verb=Frobnicate', 'badVerb'],
    ['verb=Identify&verb=Identify', 'badVerb'],
    ['verb=Identify&extra=1', 'badArgument'],
    ['verb=ListRecords', 'badArgument'],
    ['verb=GetRecord&metadataPrefix=oai_dc', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=2025-02-30', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=yesterday', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=2025-01-01&until=2025-02-01T00:00:00Z', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=2025-03-01&until=2025-02-01', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&set=a&set=b', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=bad%20prefix', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=marcxml', 'cannotDisseminateFormat'],
    ['verb=GetRecord&identifier=oai:imprint.test:IDFOR&metadataPrefix=marcxml', 'cannotDisseminateFormat'],
    ['verb=GetRecord&identifier=oai:imprint.test:nothing&metadataPrefix=oai_dc', 'idDoesNotExist'],
    ['verb=GetRecord&identifier=oai:elsewhere.org:1&metadataPrefix=oai_dc', 'idDoesNotExist'],
    ['verb=ListMetadataFormats&identifier=oai:imprint.test:nothing', 'idDoesNotExist'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=2030-01-01', 'noRecordsMatch'],
    ['verb=ListIdentifiers&metadataPrefix=oai_dc&set=no-such-series', 'noRecordsMatch'],
    ['verb=ListRecords&resumptionToken=not-a-token', 'badResumptionToken'],
    ['verb=ListIdentifiers&resumptionToken=eyJ2IjoyfQ', 'badResumptionToken'],
    ['verb=ListSets&resumptionToken=anything', 'badResumptionToken'],
  ])('%s -> %s, schema-valid, arguments echoed only when they are sound', async (query, code) => {
    const xml = await get(query.replace('IDFOR', ip24112Id));
    expect(errorCodes(xml)).toContain(code);
    if (code === 'badVerb' || code === 'badArgument') expect(xml).toContain(`<request>${BASE_URL}/oai</request>`);
    else expect(xml).toMatch(/<request verb="/);
  });

  it('a token whose position lies past the end of the list is refused', async () => {
    const last = Buffer.from(JSON.stringify({ v: 1, m: 'oai_dc', a: ['2099-01-01T00:00:00.000Z', 'zzz'] })).toString('base64url');
    expect(errorCodes(await get(`verb=ListRecords&resumptionToken=${last}`))).toEqual(['badResumptionToken']);
  });
});

describe.each(DIALECTS)('OAI-PMH on an empty repository (%s)', (dialect) => {
  let env: TestEnv;
  let app: Hono;
  beforeAll(async () => {
    env = await openTestEnv(dialect, { baseUrl: BASE_URL });
    app = createOaiApp({ context: () => env.context(null), baseUrl: BASE_URL, adminEmail: 'webmaster@imprint.test', log: env.log });
  });
  afterAll(async () => env.close());

  it('ListSets answers noSetHierarchy, ListRecords noRecordsMatch, Identify still validates', async () => {
    const sets = await (await app.request('/?verb=ListSets')).text();
    expect(xmllint(sets, SCHEMA).isValid).toBe(true);
    expect(errorCodes(sets)).toEqual(['noSetHierarchy']);
    const records = await (await app.request('/?verb=ListRecords&metadataPrefix=oai_dc')).text();
    expect(errorCodes(records)).toEqual(['noRecordsMatch']);
    const identify = await (await app.request('/?verb=Identify')).text();
    expect(xmllint(identify, SCHEMA).isValid).toBe(true);
    expect(all(identify, 'earliestDatestamp')).toEqual(['1970-01-01T00:00:00Z']);
  });
});
