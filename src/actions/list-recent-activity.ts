import { z } from 'zod';
import { requirePermission } from '../domain/permissions.js';
import type { PublicationEvent } from '../domain/publication-event.js';
import type { ActionContext } from './action-context.js';
import { parseInput } from './parse-input.js';

const activityInput = z.object({ limit: z.number().int().min(1).max(200).default(20) });

export interface ActivityItem extends PublicationEvent {
  title: string;
}

/** The latest workflow steps across all publications, newest first (the dashboard's "recent activity"; editors and admins). */
export async function listRecentActivity(ctx: ActionContext, input: z.input<typeof activityInput> = {}): Promise<ActivityItem[]> {
  requirePermission(ctx.user, 'content.read_unpublished');
  const { limit } = parseInput(activityInput, input);
  const events = await ctx.store.publicationEvents.listRecent(limit);
  const titles = new Map<string, string>();
  for (const id of new Set(events.map((e) => e.publicationId))) {
    const publication = await ctx.store.publications.findById(id);
    if (publication) titles.set(id, publication.code ? `${publication.code} | ${publication.title}` : publication.title);
  }
  return events.map((e) => ({ ...e, title: titles.get(e.publicationId) ?? '(deleted publication)' }));
}
