import type { OaiError } from '../render/oai/oai-xml.js';

/**
 * Checks a request's arguments against OAI-PMH 2.0 sections 3.1 and 4. The
 * result is either a typed request or the protocol error to answer with.
 */
export const VERBS = ['Identify', 'ListMetadataFormats', 'ListSets', 'GetRecord', 'ListIdentifiers', 'ListRecords'] as const;
export type Verb = (typeof VERBS)[number];

type ArgumentName = 'identifier' | 'metadataPrefix' | 'from' | 'until' | 'set' | 'resumptionToken';

/** Allowed arguments per verb: required, optional, exclusive (section 4). */
const RULES: Record<Verb, { required: ArgumentName[]; optional: ArgumentName[]; exclusive?: ArgumentName }> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
  ListIdentifiers: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  ListRecords: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
};

/** Patterns of the OAI-PMH schema's types, so every echoed argument stays schema-valid. */
const METADATA_PREFIX = /^[A-Za-z0-9\-_.!~*'()]+$/;
const SET_SPEC = /^[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECOND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

export interface TimeBound {
  /** The instant as ISO-8601 with milliseconds, comparable with stored timestamps. */
  iso: string;
  granularity: 'day' | 'second';
}

export type ParsedRequest =
  | { ok: true; verb: Verb; args: Record<string, string> }
  | { ok: false; verb: Verb | null; errors: OaiError[] };

/**
 * `from`/`until` in either granularity the repository supports (section 3.3.1);
 * an impossible date (2025-02-30) is a bad argument, not a silent roll-over.
 */
export function parseUtcDatetime(value: string): TimeBound | null {
  const day = DAY.exec(value);
  const second = SECOND.exec(value);
  const parts = day ?? second;
  if (!parts) return null;
  const [y, mo, d, h = '00', mi = '00', s = '00'] = parts.slice(1);
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(mo) - 1
    || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  return { iso: date.toISOString(), granularity: day ? 'day' : 'second' };
}

/** The first instant after the period `until` names: the next day, or the next second. */
export function endOf(bound: TimeBound): string {
  const ms = bound.granularity === 'day' ? 86_400_000 : 1000;
  return new Date(Date.parse(bound.iso) + ms).toISOString();
}

export function parseArguments(params: URLSearchParams): ParsedRequest {
  const verbs = params.getAll('verb');
  if (verbs.length !== 1) {
    return { ok: false, verb: null, errors: [{ code: 'badVerb', message: verbs.length ? 'The verb argument is repeated.' : 'The request names no verb.' }] };
  }
  const verb = VERBS.find((v) => v === verbs[0]);
  if (!verb) return { ok: false, verb: null, errors: [{ code: 'badVerb', message: `"${verbs[0] ?? ''}" is not an OAI-PMH verb.` }] };

  const rule = RULES[verb];
  const allowed = new Set<string>(['verb', ...rule.required, ...rule.optional, ...(rule.exclusive ? [rule.exclusive] : [])]);
  const errors: OaiError[] = [];
  const args: Record<string, string> = {};
  for (const name of new Set(params.keys())) {
    if (!allowed.has(name)) errors.push({ code: 'badArgument', message: `${verb} does not take the argument "${name}".` });
    else if (params.getAll(name).length > 1) errors.push({ code: 'badArgument', message: `The argument "${name}" is repeated.` });
    else if (name !== 'verb') args[name] = params.get(name) ?? '';
  }
  if (errors.length) return { ok: false, verb, errors };

  if (rule.exclusive && args[rule.exclusive] !== undefined) {
    if (Object.keys(args).length > 1) {
      return { ok: false, verb, errors: [{ code: 'badArgument', message: `${rule.exclusive} is an exclusive argument: send it alone with the verb.` }] };
    }
    return { ok: true, verb, args };
  }
  for (const name of rule.required) {
    if (!args[name]) errors.push({ code: 'badArgument', message: `${verb} needs the argument "${name}".` });
  }
  if (args.metadataPrefix !== undefined && !METADATA_PREFIX.test(args.metadataPrefix)) {
    errors.push({ code: 'badArgument', message: `"${args.metadataPrefix}" is not a metadataPrefix.` });
  }
  if (args.set !== undefined && !SET_SPEC.test(args.set)) errors.push({ code: 'badArgument', message: `"${args.set}" is not a setSpec.` });
  const from = args.from === undefined ? undefined : parseUtcDatetime(args.from);
  const until = args.until === undefined ? undefined : parseUtcDatetime(args.until);
  if (from === null) errors.push({ code: 'badArgument', message: `from="${args.from}" is not YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.` });
  if (until === null) errors.push({ code: 'badArgument', message: `until="${args.until}" is not YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.` });
  if (from && until) {
    if (from.granularity !== until.granularity) errors.push({ code: 'badArgument', message: 'from and until must have the same granularity.' });
    else if (from.iso > until.iso) errors.push({ code: 'badArgument', message: 'from is later than until.' });
  }
  return errors.length ? { ok: false, verb, errors } : { ok: true, verb, args };
}
