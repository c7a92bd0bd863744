/**
 * XML of OAI-PMH 2.0 responses (http://www.openarchives.org/OAI/openarchivesprotocol.html),
 * built as strings with every text and attribute escaped. Only the response
 * skeleton lives here; what a verb answers is decided in src/oai/.
 */
export const OAI_NAMESPACE = 'http://www.openarchives.org/OAI/2.0/';
export const OAI_SCHEMA = 'http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd';

export type OaiErrorCode =
  | 'badArgument' | 'badResumptionToken' | 'badVerb' | 'cannotDisseminateFormat'
  | 'idDoesNotExist' | 'noRecordsMatch' | 'noMetadataFormats' | 'noSetHierarchy';

export interface OaiError {
  code: OaiErrorCode;
  message: string;
}

/** Characters XML 1.0 cannot carry at all are dropped; the rest escaped. */
export function xmlText(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function element(name: string, text: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${xmlText(v)}"`).join('');
  return `<${name}${attrs}>${xmlText(text)}</${name}>`;
}

/** UTC to the second, the repository's granularity: `2024-12-30T02:00:00Z`. */
export function oaiDatestamp(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19)}Z`;
}

export interface OaiRequestEcho {
  baseUrl: string;
  /**
   * The request's arguments, echoed as attributes. Left out for badVerb and
   * badArgument (section 3.2: "the repository must return the base URL of
   * the protocol request only").
   */
  args: Record<string, string>;
}

/** The envelope every response shares: responseDate, request, then the verb's element or the errors. */
export function oaiEnvelope(responseDate: Date, request: OaiRequestEcho, body: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<OAI-PMH xmlns="${OAI_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${OAI_NAMESPACE} ${OAI_SCHEMA}">`,
    element('responseDate', oaiDatestamp(responseDate.toISOString())),
    element('request', request.baseUrl, request.args),
    body,
    '</OAI-PMH>',
    '',
  ].join('\n');
}

export function oaiErrors(errors: readonly OaiError[]): string {
  return errors.map((e) => element('error', e.message, { code: e.code })).join('\n');
}

export interface OaiHeader {
  identifier: string;
  datestamp: string;
  setSpecs: string[];
}

export function headerXml(header: OaiHeader): string {
  return `<header>${element('identifier', header.identifier)}${element('datestamp', header.datestamp)}${header.setSpecs.map((s) => element('setSpec', s)).join('')}</header>`;
}

export function recordXml(header: OaiHeader, metadata: string): string {
  return `<record>${headerXml(header)}<metadata>${metadata}</metadata></record>`;
}

export interface ResumptionState {
  /** Empty on the last page of a list (section 3.5: the token element is present but empty). */
  token: string;
  completeListSize: number;
  cursor: number;
}

export function resumptionTokenXml(state: ResumptionState | null): string {
  if (!state) return '';
  return element('resumptionToken', state.token, { completeListSize: String(state.completeListSize), cursor: String(state.cursor) });
}

export interface IdentifyInfo {
  repositoryName: string;
  baseUrl: string;
  adminEmail: string;
  earliestDatestamp: string;
}

export function identifyXml(info: IdentifyInfo): string {
  return [
    '<Identify>',
    element('repositoryName', info.repositoryName),
    element('baseURL', info.baseUrl),
    element('protocolVersion', '2.0'),
    element('adminEmail', info.adminEmail),
    element('earliestDatestamp', info.earliestDatestamp),
    // Records that stop being public simply leave: the repository keeps no trace of deletions.
    element('deletedRecord', 'no'),
    element('granularity', 'YYYY-MM-DDThh:mm:ssZ'),
    '</Identify>',
  ].join('\n');
}

export interface MetadataFormat {
  prefix: string;
  schema: string;
  namespace: string;
}

export function listMetadataFormatsXml(formats: readonly MetadataFormat[]): string {
  const items = formats.map((f) => `<metadataFormat>${element('metadataPrefix', f.prefix)}${element('schema', f.schema)}${element('metadataNamespace', f.namespace)}</metadataFormat>`);
  return `<ListMetadataFormats>\n${items.join('\n')}\n</ListMetadataFormats>`;
}

export function listSetsXml(sets: readonly { spec: string; name: string }[]): string {
  return `<ListSets>\n${sets.map((s) => `<set>${element('setSpec', s.spec)}${element('setName', s.name)}</set>`).join('\n')}\n</ListSets>`;
}
