import { nameKey } from '../../domain/person.js';
import { isPersonName } from './person-names.js';

/**
 * Author bio lines, printed after the body: "Sarah Soh is Associate Research
 * Fellow with the ... (IDSS), S. Rajaratnam School of International Studies
 * (RSIS)." and the two-author form "A is a Research Analyst and B an
 * Associate Research Fellow with the ...".
 */
export interface BioLine {
  /** Each person the line is about, with the rank it gives them. */
  subjects: { name: string; rank: string }[];
}

const ROLE = /\b(?:Fellow|Analyst|Professor|Lecturer|Researcher|Director|Head|Coordinator|Dean|Chairman|Adviser|Advisor|Student|Candidate|Scholar|Editor|Ambassador|Consultant|Officer|Manager|Chair|Associate|Assistant|Adjunct|Visiting|Deputy|President|Secretary|Minister|Journalist|Correspondent|Founder|Partner|Member)\b/i;
const PLACE = /\b(?:RSIS|S\. Rajaratnam|School|University|Institute|Centre|Center|Programme|Program|College|Foundation|Ministry|Agency|Council|Association|Society|Press|Group|Office|Bank|Forum)\b/;
const VERB = /\s+(?:is|was|are|were|has been|serves as)\s+/;

function rankOf(text: string): string {
  const rank = text.replace(/^(?:a|an|the|currently|now|also)\s+/i, '')
    .split(/\s+(?:with|at|of|in|for|from|and|based)\s+|,/)[0] ?? '';
  return ROLE.test(rank) && rank.split(' ').length <= 8 ? rank.trim() : '';
}

/** Null when the paragraph does not read as an author bio. */
export function parseBioLine(paragraph: string): BioLine | null {
  if (paragraph.length > 1500 || !ROLE.test(paragraph) || !PLACE.test(paragraph)) return null;
  const verb = VERB.exec(paragraph);
  if (!verb || verb.index > 120) return null;
  const head = paragraph.slice(0, verb.index).trim();
  const rest = paragraph.slice(verb.index + verb[0].length);
  const names = head.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
  if (names.length === 0 || !names.every(isPersonName)) return null;
  if (names.length > 1) return { subjects: names.map((name) => ({ name, rank: rankOf(rest) })) };
  // "A is a Research Analyst and B an Associate Research Fellow with the ..."
  const second = /^(.*?)\s+and\s+([^,]+?)\s+(?:an?|the)\s+(.+)$/.exec(rest);
  const secondName = second?.[2]?.trim() ?? '';
  if (second && isPersonName(secondName) && ROLE.test(second[3] ?? '')) {
    return {
      subjects: [
        { name: names[0] ?? head, rank: rankOf(second[1] ?? '') },
        { name: secondName, rank: rankOf(second[3] ?? '') },
      ],
    };
  }
  return { subjects: [{ name: names[0] ?? head, rank: rankOf(rest) }] };
}

/** Is the bio about one of these authors (or, with no byline found, about anyone)? */
export function isBioOf(bio: BioLine, authors: readonly string[]): boolean {
  if (authors.length === 0) return true;
  const keys = new Set(authors.map(nameKey));
  return bio.subjects.some((s) => keys.has(nameKey(s.name)));
}
