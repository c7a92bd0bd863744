import { parseStoredDate } from '../../domain/publication-date.js';
import { splitName } from '../citations/citation-source.js';

/**
 * A Crossref metadata deposit (schema 5.3.0, https://www.crossref.org/schemas/crossref5.3.0.xsd)
 * registering publications as `report-paper`: the content type Crossref
 * offers for technical reports and working papers, which is what a think
 * tank's series are. One `report-paper` per publication, so a deposit can
 * carry one item or a whole series.
 */
export const CROSSREF_SCHEMA_VERSION = '5.3.0';
export const CROSSREF_NAMESPACE = `http://www.crossref.org/schema/${CROSSREF_SCHEMA_VERSION}`;
const SCHEMA_LOCATION = `https://www.crossref.org/schemas/crossref${CROSSREF_SCHEMA_VERSION}.xsd`;

export interface CrossrefDepositor {
  /** The organisation or person sending the deposit. */
  name: string;
  /** Where Crossref sends the submission report. */
  email: string;
  /** The member the DOIs are registered for. */
  registrant: string;
}

export interface CrossrefReport {
  title: string;
  /** Byline names in order; the first is `sequence="first"`. */
  authorNames: string[];
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  /** The series code, deposited as the report number. */
  code: string | null;
  doi: string;
  /** The landing page the DOI resolves to. */
  url: string;
  institution: { name: string; acronym: string | null };
}

export interface CrossrefDeposit {
  /** Unique per submission (4–64 characters). */
  batchId: string;
  /** When the deposit was made; Crossref keeps the newest deposit per DOI by this value. */
  createdAt: Date;
  depositor: CrossrefDepositor;
  reports: CrossrefReport[];
}

function text(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function el(name: string, value: string, attrs: Record<string, string> = {}): string {
  const a = Object.entries(attrs).map(([k, v]) => ` ${k}="${text(v)}"`).join('');
  return `<${name}${a}>${text(value)}</${name}>`;
}

/** Crossref's `timestamp`: a number that grows with every deposit (yyyyMMddHHmmssSSS). */
export function crossrefTimestamp(at: Date): string {
  return at.toISOString().replace(/\D/g, '').slice(0, 17);
}

/**
 * Contributors in byline order. Crossref limits given names and surnames to
 * 60 characters and refuses digits in them; a name that cannot be split is
 * deposited whole as the surname.
 */
function contributorXml(name: string, index: number): string {
  const split = splitName(name);
  const attrs = { sequence: index === 0 ? 'first' : 'additional', contributor_role: 'author' };
  const clean = (v: string) => v.replace(/[\d?]/g, '').replace(/\s+/g, ' ').trim().slice(0, 60);
  const surname = clean('literal' in split ? split.literal : split.family) || 'Anonymous';
  const given = 'literal' in split ? '' : clean(split.given ?? '');
  return `<person_name ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}>${given ? el('given_name', given) : ''}${el('surname', surname)}</person_name>`;
}

function dateXml(stored: string): string {
  const d = parseStoredDate(stored);
  const month = String(d.month).padStart(2, '0');
  const day = d.day === undefined ? '' : el('day', String(d.day).padStart(2, '0'));
  return `<publication_date media_type="online">${el('month', month)}${day}${el('year', String(d.year))}</publication_date>`;
}

function reportXml(report: CrossrefReport): string {
  const { institution } = report;
  return [
    '<report-paper>',
    '<report-paper_metadata language="en">',
    report.authorNames.length ? `<contributors>${report.authorNames.map(contributorXml).join('')}</contributors>` : '',
    `<titles>${el('title', report.title)}</titles>`,
    dateXml(report.date),
    `<publisher>${el('publisher_name', institution.name)}</publisher>`,
    `<institution>${el('institution_name', institution.name)}${institution.acronym ? el('institution_acronym', institution.acronym) : ''}</institution>`,
    report.code
      ? `<publisher_item>${el('item_number', report.code, { item_number_type: 'report-number' })}${el('identifier', report.code, { id_type: 'report-number' })}</publisher_item>`
      : '',
    `<doi_data>${el('doi', report.doi)}${el('resource', report.url)}</doi_data>`,
    '</report-paper_metadata>',
    '</report-paper>',
  ].filter(Boolean).join('\n');
}

export function crossrefDepositXml(deposit: CrossrefDeposit): string {
  const { depositor } = deposit;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<doi_batch xmlns="${CROSSREF_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${CROSSREF_NAMESPACE} ${SCHEMA_LOCATION}" version="${CROSSREF_SCHEMA_VERSION}">`,
    '<head>',
    el('doi_batch_id', deposit.batchId),
    el('timestamp', crossrefTimestamp(deposit.createdAt)),
    `<depositor>${el('depositor_name', depositor.name)}${el('email_address', depositor.email)}</depositor>`,
    el('registrant', depositor.registrant),
    '</head>',
    '<body>',
    ...deposit.reports.map(reportXml),
    '</body>',
    '</doi_batch>',
    '',
  ].join('\n');
}
