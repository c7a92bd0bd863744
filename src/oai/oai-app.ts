import { Hono, type Context } from 'hono';
import type { ActionContext, Log } from '../actions/action-context.js';
import { findOaiRecord, getOaiRepositoryInfo, listOaiRecords, type HarvestQuery } from '../actions/get-oai-records.js';
import type { PublicationSummary } from '../domain/publication.js';
import { OAI_DC, oaiDcXml } from '../render/oai/oai-dc.js';
import {
  headerXml, identifyXml, listMetadataFormatsXml, listSetsXml, oaiDatestamp, oaiEnvelope, oaiErrors, recordXml, resumptionTokenXml,
  type OaiError, type OaiHeader,
} from '../render/oai/oai-xml.js';
import type { ReferenceData } from '../actions/reference-data.js';
import { endOf, parseArguments, parseUtcDatetime, type Verb } from './oai-arguments.js';
import { decodeToken, encodeToken, type TokenState } from './resumption-token.js';

export interface OaiDeps {
  context: () => ActionContext;
  baseUrl: string;
  /** Identify's adminEmail. */
  adminEmail: string;
  log: Log;
  /** Records (or headers) per list response. */
  pageSize?: number;
}

export const DEFAULT_OAI_PAGE_SIZE = 100;
const XML_TYPE = 'text/xml; charset=utf-8';

class ProtocolError extends Error {
  readonly errors: OaiError[];
  constructor(...errors: OaiError[]) {
    super(errors.map((e) => e.message).join(' '));
    this.errors = errors;
  }
}

/** `oai:{host}:{publication id}` (the oai-identifier scheme of the OAI-PMH guidelines). */
function identifierPrefix(baseUrl: string): string {
  return `oai:${new URL(baseUrl).hostname}:`;
}

function headerOf(p: PublicationSummary, reference: ReferenceData, prefix: string): OaiHeader {
  const series = reference.seriesById.get(p.seriesId);
  return { identifier: `${prefix}${p.id}`, datestamp: oaiDatestamp(p.updatedAt), setSpecs: series ? [series.slug] : [] };
}

function dcOf(p: PublicationSummary & { doi?: string | null }, reference: ReferenceData, publisher: string, baseUrl: string): string {
  const series = reference.seriesById.get(p.seriesId);
  const subjects = p.termIds.map((id) => reference.termById.get(id)?.name).filter((n): n is string => Boolean(n));
  return oaiDcXml({ publication: p, series: series ?? { name: '', slug: '' }, subjects, publisher, baseUrl });
}

/**
 * The OAI-PMH 2.0 endpoint, mounted at /oai: Identify, ListMetadataFormats,
 * ListSets (the series), ListIdentifiers, ListRecords and GetRecord in
 * oai_dc, by GET or by POST (application/x-www-form-urlencoded, section 3.1.1).
 * Protocol errors are answered with HTTP 200 and <error> elements (section 3.6).
 */
export function createOaiApp(deps: OaiDeps): Hono {
  const oai = new Hono();
  const baseUrl = `${deps.baseUrl}/oai`;
  const prefix = identifierPrefix(deps.baseUrl);
  const pageSize = deps.pageSize ?? DEFAULT_OAI_PAGE_SIZE;

  const recordId = (identifier: string | undefined): string | null =>
    identifier?.startsWith(prefix) && identifier.length > prefix.length ? identifier.slice(prefix.length) : null;

  function requireOaiDc(metadataPrefix: string): void {
    if (metadataPrefix !== OAI_DC.prefix) {
      throw new ProtocolError({ code: 'cannotDisseminateFormat', message: `This repository disseminates oai_dc only, not "${metadataPrefix}".` });
    }
  }

  async function list(verb: 'ListIdentifiers' | 'ListRecords', args: Record<string, string>): Promise<string> {
    let state: Omit<TokenState, 'a'> & { a?: TokenState['a'] };
    if (args.resumptionToken !== undefined) {
      const decoded = decodeToken(args.resumptionToken);
      if (!decoded) throw new ProtocolError({ code: 'badResumptionToken', message: 'The resumption token is not one this repository issued.' });
      state = decoded;
    } else {
      requireOaiDc(args.metadataPrefix ?? '');
      const from = args.from ? parseUtcDatetime(args.from) : null;
      const until = args.until ? parseUtcDatetime(args.until) : null;
      state = { v: 1, m: args.metadataPrefix ?? '', ...(args.set ? { s: args.set } : {}), ...(from ? { f: from.iso } : {}), ...(until ? { u: endOf(until) } : {}) };
    }
    const query: HarvestQuery = {
      limit: pageSize,
      ...(state.s ? { set: state.s } : {}),
      ...(state.f ? { from: state.f } : {}),
      ...(state.u ? { before: state.u } : {}),
      ...(state.a ? { after: { updatedAt: state.a[0], id: state.a[1] } } : {}),
    };
    const page = await listOaiRecords(deps.context(), query);
    if (page.items.length === 0) {
      if (state.a) throw new ProtocolError({ code: 'badResumptionToken', message: 'The resumption token points past the end of the list.' });
      throw new ProtocolError({ code: 'noRecordsMatch', message: 'No records match the arguments of this request.' });
    }
    const last = page.items.at(-1);
    const isPaged = page.hasMore || page.cursor > 0;
    const token = isPaged && last ? {
      token: page.hasMore ? encodeToken({ ...state, v: 1, a: [last.updatedAt, last.id] }) : '',
      completeListSize: page.completeListSize,
      cursor: page.cursor,
    } : null;
    const body = verb === 'ListIdentifiers'
      ? page.items.map((p) => headerXml(headerOf(p, page.reference, prefix)))
      : page.items.map((p) => recordXml(headerOf(p, page.reference, prefix), dcOf(p, page.reference, page.settings.name, deps.baseUrl)));
    return `<${verb}>\n${body.join('\n')}\n${resumptionTokenXml(token)}</${verb}>`;
  }

  async function answer(verb: Verb, args: Record<string, string>): Promise<string> {
    const ctx = deps.context();
    switch (verb) {
      case 'Identify': {
        const info = await getOaiRepositoryInfo(ctx);
        return identifyXml({
          repositoryName: info.settings.name,
          baseUrl,
          adminEmail: deps.adminEmail,
          earliestDatestamp: oaiDatestamp(info.earliestChange ?? new Date(0).toISOString()),
        });
      }
      case 'ListMetadataFormats': {
        if (args.identifier !== undefined) {
          const id = recordId(args.identifier);
          if (!id || !(await findOaiRecord(ctx, id))) throw new ProtocolError({ code: 'idDoesNotExist', message: `No record ${args.identifier}.` });
        }
        return listMetadataFormatsXml([OAI_DC]);
      }
      case 'ListSets': {
        if (args.resumptionToken !== undefined) {
          throw new ProtocolError({ code: 'badResumptionToken', message: 'The list of sets is never split; there is nothing to resume.' });
        }
        const { series } = await getOaiRepositoryInfo(ctx);
        if (series.length === 0) throw new ProtocolError({ code: 'noSetHierarchy', message: 'This repository has no series, so no sets.' });
        return listSetsXml(series.map((s) => ({ spec: s.slug, name: s.name })));
      }
      case 'GetRecord': {
        const id = recordId(args.identifier);
        const record = id ? await findOaiRecord(ctx, id) : undefined;
        if (!record) throw new ProtocolError({ code: 'idDoesNotExist', message: `No record ${args.identifier ?? ''}.` });
        requireOaiDc(args.metadataPrefix ?? '');
        const { publication, reference, settings } = record;
        return `<GetRecord>${recordXml(headerOf(publication, reference, prefix), dcOf(publication, reference, settings.name, deps.baseUrl))}</GetRecord>`;
      }
      case 'ListIdentifiers':
      case 'ListRecords':
        return list(verb, args);
    }
  }

  async function respond(c: Context, params: URLSearchParams): Promise<Response> {
    const now = deps.context().clock.now();
    const parsed = parseArguments(params);
    if (!parsed.ok) {
      const isSyntax = parsed.errors.some((e) => e.code === 'badVerb' || e.code === 'badArgument');
      const echo = isSyntax ? {} : Object.fromEntries(params.entries());
      return c.body(oaiEnvelope(now, { baseUrl, args: echo }, oaiErrors(parsed.errors)), 200, { 'Content-Type': XML_TYPE });
    }
    const echo = { verb: parsed.verb, ...parsed.args };
    try {
      const body = await answer(parsed.verb, parsed.args);
      return c.body(oaiEnvelope(now, { baseUrl, args: echo }, body), 200, { 'Content-Type': XML_TYPE });
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      return c.body(oaiEnvelope(now, { baseUrl, args: echo }, oaiErrors(error.errors)), 200, { 'Content-Type': XML_TYPE });
    }
  }

  oai.get('/', (c) => respond(c, new URL(c.req.url).searchParams));
  oai.post('/', async (c) => {
    const type = c.req.header('Content-Type') ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded')) {
      return c.text('OAI-PMH requests by POST are application/x-www-form-urlencoded.', 415);
    }
    return respond(c, new URLSearchParams(await c.req.text()));
  });
  oai.all('/', (c) => c.text('OAI-PMH answers GET and POST.', 405, { Allow: 'GET, POST' }));
  oai.onError((error, c) => {
    deps.log.error('oai request failed', { error: error instanceof Error ? error.stack : String(error) });
    return c.text('Something went wrong on our side', 500);
  });
  return oai;
}
