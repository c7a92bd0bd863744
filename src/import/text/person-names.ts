import { bareName } from '../../domain/person.js';

/**
 * Telling a byline from other short lines. Bylines carry no links in a text
 * dump, so a name is recognised by its shape: two to six capitalised words,
 * initials and the particles of Malay, Dutch, Arabic and other names allowed,
 * none of the words that make labels and headings ("Policy Report").
 */
const PARTICLES = new Set(['bin', 'binti', 'binte', 'bte', 'bt', 'b.', 'van', 'von', 'de', 'der', 'den', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'al', 'el', 'ibn', 'abu', 's/o', 'd/o', 'y']);

const NOT_NAME_WORDS = new Set([
  'report', 'reports', 'paper', 'papers', 'commentary', 'commentaries', 'series', 'policy', 'event', 'events', 'working',
  'download', 'pdf', 'programme', 'program', 'centre', 'center', 'studies', 'security', 'school', 'university',
  'publication', 'publications', 'think', 'tank', 'back', 'home', 'media', 'highlights', 'news', 'abstract', 'synopsis',
  'introduction', 'conclusion', 'conclusions', 'categories', 'share', 'print', 'email', 'read', 'more', 'subscribe',
  'contact', 'about', 'research', 'insight', 'alert', 'issue', 'volume', 'external', 'op-eds', 'op-ed', 'analysis',
  'asia', 'asean', 'pacific', 'region', 'global', 'relations', 'foreign', 'outlook', 'summary', 'executive', 'notes',
  'references', 'bibliography', 'appendix', 'annex', 'table', 'figure', 'other', 'articles', 'latest', 'book', 'info',
  'rsis', 'idss', 'cens', 'nts', 'icpvtr', 'cms', 'srp', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'online', 'source', 'rapporteur', 'rapporteurs', 'editor', 'editors', 'speakers', 'speaker',
  'panel', 'session', 'keynote', 'welcome', 'remarks', 'opening', 'closing', 'roundtable', 'seminar', 'webinar',
  'workshop', 'conference', 'lecture', 'dialogue', 'forum', 'the', 'of', 'and', 'for', 'in', 'on', 'with', 'to',
]);

const WORD = /^(?:[\p{Lu}][\p{L}'’-]*\.?|[\p{Lu}]\.(?:[\p{Lu}]\.)*|(?:al|el|Al|El)-[\p{Lu}][\p{L}'’-]*|O’[\p{Lu}][\p{L}]*|Mc[\p{Lu}][\p{L}]*)$/u;

/** "Dr", "Assoc Prof" ... at the start of a name, or '' (as printed, without a trailing dot). */
export function honorificOf(name: string): string {
  const bare = bareName(name);
  const prefix = name.trim().replace(/\s+/g, ' ');
  return prefix.length > bare.length ? prefix.slice(0, prefix.length - bare.length).trim().replace(/\.$/, '') : '';
}

export function isPersonName(text: string): boolean {
  const name = bareName(text.trim());
  if (name.length < 3 || name.length > 60 || /\d|[:;!?“”"()|/@]/.test(name)) return false;
  const words = name.split(' ');
  if (words.length < 2 || words.length > 6) return false;
  let capitalised = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (NOT_NAME_WORDS.has(lower.replace(/[.,]$/, ''))) return false;
    if (PARTICLES.has(lower)) continue;
    if (!WORD.test(word.replace(/,$/, ''))) return false;
    capitalised++;
  }
  // An all-capitals line is a label ("EXECUTIVE SUMMARY"), not a name.
  if (name === name.toUpperCase() && /[A-Z]{3}/.test(name)) return false;
  return capitalised >= 2 || (capitalised === 1 && words.length >= 2 && /^[\p{Lu}]\./u.test(words[0] ?? ''));
}

const BYLINE_LEAD = /^(?:by|written by|authors?|rapporteurs?|prepared by)\s*:?\s+/i;

/**
 * The names of a byline line: `Sarah Soh`, `By Dr Tan Wei Ming and Sarah Soh`,
 * `A, B and C`, `Rapporteurs: A and B`. Null when any part is not a name.
 */
export function parseByline(line: string): string[] | null {
  const text = line.replace(BYLINE_LEAD, '').trim();
  if (text === '' || text.length > 200) return null;
  const parts = text.split(/\s*(?:,|;|&|\band\b)\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0 || parts.length > 8) return null;
  return parts.every(isPersonName) ? parts : null;
}
