import type { ActionContext } from '../actions/action-context.js';
import { createPublication } from '../actions/create-publication.js';
import { publishPublication } from '../actions/publish-publication.js';
import { demoPeople } from './data-people.js';
import { ip24112Publication } from './data-fixture-publication.js';
import { demoPublicationSpecs } from './data-publications.js';
import { generatePublication, type GeneratedPublication } from './generate-publication.js';

/**
 * Create the demo's publications in date order, the way an editor would have:
 * drafts published one after another, so the series counters hand out the
 * codes (CO and IP numbers restart each year and follow the dates). Items the
 * archive had already numbered (IP24112, the first Working Paper) are
 * created published with their code, and numbering continues after them.
 */
export async function loadDemoPublications(ctx: ActionContext): Promise<number> {
  const people = new Map(demoPeople.map((p) => [p.slug, p]));
  const items: GeneratedPublication[] = [
    ...demoPublicationSpecs.map((spec) => generatePublication(spec, people)),
    { input: ip24112Publication, publishedAt: ip24112Publication.publishedAt, code: ip24112Publication.code },
  ];
  // A stable sort: items of the same day keep the order of the data modules.
  const ordered = [...items].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  for (const item of ordered) {
    if (item.code) {
      await createPublication(ctx, { ...item.input, code: item.code, status: 'published', publishedAt: item.publishedAt });
    } else {
      const draft = await createPublication(ctx, { ...item.input, status: 'draft' });
      await publishPublication(ctx, { id: draft.id, publishedAt: item.publishedAt });
    }
  }
  return ordered.length;
}
