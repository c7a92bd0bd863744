import { z } from 'zod';
import type { Job } from '../domain/job.js';
import { requirePermission } from '../domain/permissions.js';
import type { ActionContext } from './action-context.js';
import { parseInput } from './parse-input.js';

const jobsInput = z.object({
  statuses: z.array(z.enum(['queued', 'running', 'done', 'failed', 'cancelled'])).optional(),
  kind: z.string().trim().min(1).optional(),
  key: z.string().trim().min(1).optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});

/** Jobs of the queue, latest due first (admins: see what failed and why). */
export async function listJobs(ctx: ActionContext, input: z.input<typeof jobsInput> = {}): Promise<{ items: Job[]; total: number }> {
  requirePermission(ctx.user, 'settings.edit');
  const data = parseInput(jobsInput, input);
  return ctx.store.jobs.list({
    ...(data.statuses ? { statuses: data.statuses } : {}),
    ...(data.kind ? { kind: data.kind } : {}),
    ...(data.key ? { key: data.key } : {}),
    limit: data.pageSize,
    offset: (data.page - 1) * data.pageSize,
  });
}
