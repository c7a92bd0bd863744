import type { CreatePublicationInput } from '../actions/create-publication.js';
import type { DemoPerson } from './data-people.js';
import {
  analysisSentences, conclusionSentences, contextSentences, fillSlots, issueSentences, policySentences, riskSentences,
  type Topic,
} from './policy-sentences.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';

/** An author: a person's slug, or an outside name with the bio line printed for them. */
export type AuthorSpec = string | { name: string; bio: string };

interface SpecBase {
  series: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` for month-precision series. */
  date: string;
  title: string;
  synopsis: string;
  authors: AuthorSpec[];
  terms: string[];
  /** Defaults to the units of the authors who are people of the institute. */
  units?: string[];
  isFeatured?: boolean;
  /** A number the archive already gave it (running series): the counter continues from there. */
  code?: string;
}

/**
 * An analysis whose particulars (lead, section openings, topic) are written
 * out in the data modules; the connecting sentences come from the pools,
 * drawn with a seeded generator.
 */
export interface GeneratedSpec extends SpecBase {
  topic: Topic;
  /** The opening sentence of the body. */
  lead: string;
  /** Each section's heading and opening sentence, in order; a conclusion follows. */
  sections: [heading: string, opening: string][];
  /** Markdown placed after the introduction (0) or after section n (n). */
  extras?: Record<number, string>;
}

/** An item that is not an analysis (a book, a review, a report of an event), its body written out. */
export interface WrittenSpec extends SpecBase {
  body: string;
}

export type PublicationSpec = GeneratedSpec | WrittenSpec;

export interface GeneratedPublication {
  input: CreatePublicationInput;
  publishedAt: string;
  code?: string;
}

/** Ten in the morning in Singapore on the publication date (the first of the month for month dates). */
export function publishTimeOf(date: string): string {
  return `${date.length === 7 ? `${date}-01` : date}T02:00:00.000Z`;
}

export function generatePublication(spec: PublicationSpec, people: ReadonlyMap<string, DemoPerson>): GeneratedPublication {
  const authors = spec.authors.map((author) => {
    if (typeof author !== 'string') return { input: { name: author.name }, bio: author.bio, units: [] as string[] };
    const person = people.get(author);
    if (!person) throw new Error(`Demo publication "${spec.title}" names an unknown person "${author}"`);
    return { input: { person: author }, bio: person.byline, units: person.units };
  });
  const units = spec.units ?? [...new Set(authors.flatMap((a) => a.units))];
  const input: CreatePublicationInput = {
    series: spec.series,
    title: spec.title,
    date: spec.date,
    synopsis: spec.synopsis,
    body: 'body' in spec ? spec.body : generateBody(spec, seededRandom(`${spec.series}/${spec.title}`)),
    bio: authors.map((a) => a.bio).join('\n\n'),
    authors: authors.map((a) => a.input),
    terms: spec.terms,
    units,
    isFeatured: spec.isFeatured ?? false,
  };
  return { input, publishedAt: publishTimeOf(spec.date), ...(spec.code ? { code: spec.code } : {}) };
}

function generateBody(spec: GeneratedSpec, random: SeededRandom): string {
  const pools = {
    issue: random.sample(issueSentences, issueSentences.length),
    context: random.sample(contextSentences, contextSentences.length),
    analysis: random.sample(analysisSentences, analysisSentences.length),
    risk: random.sample(riskSentences, riskSentences.length),
    policy: random.sample(policySentences, policySentences.length),
    conclusion: random.sample(conclusionSentences, conclusionSentences.length),
  };
  const take = (pool: keyof typeof pools, count: number): string[] =>
    pools[pool].splice(0, count).map((s) => fillSlots(s, spec.topic));
  const paragraph = (sentences: string[]): string => sentences.join(' ');

  const blocks: string[] = [
    paragraph([spec.lead, ...take('issue', 1), ...take('context', 1)]),
    paragraph(take('context', random.between(2, 3))),
  ];
  if (spec.extras?.[0]) blocks.push(spec.extras[0]);
  const last = spec.sections.length - 1;
  spec.sections.forEach(([heading, opening], index) => {
    const pool = index === last ? 'policy' : index === 0 ? 'analysis' : 'risk';
    blocks.push(`## ${heading}`, paragraph([opening, ...take(pool, random.between(2, 3))]));
    // Short pieces get a second paragraph per section, so every body runs to 4–8 paragraphs.
    if (spec.sections.length < 3) blocks.push(paragraph(take(index === last ? 'policy' : 'analysis', random.between(2, 3))));
    const extra = spec.extras?.[index + 1];
    if (extra) blocks.push(extra);
  });
  blocks.push('## Conclusion', paragraph([...take('conclusion', 2), ...take('policy', 1)]));
  return blocks.join('\n\n');
}
