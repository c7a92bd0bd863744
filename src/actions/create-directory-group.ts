import { z } from 'zod';
import { tags } from '../domain/change-tags.js';
import { invalidField } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import { requirePermission } from '../domain/permissions.js';
import type { DirectoryGroup } from '../domain/person.js';
import type { ActionContext } from './action-context.js';
import { requiredText, slugField } from './input-fields.js';
import { parseInput } from './parse-input.js';
import { quoted, recordAudit } from './record-audit.js';

const groupInput = z.object({
  slug: slugField,
  name: requiredText(200),
  position: z.number().int().default(0),
});

/** Add a staff directory group ("Faculty and Research"). */
export async function createDirectoryGroup(ctx: ActionContext, input: z.input<typeof groupInput>): Promise<DirectoryGroup> {
  const actor = requirePermission(ctx.user, 'structure.edit');
  const data = parseInput(groupInput, input);
  if (await ctx.store.people.findGroupBySlug(data.slug)) throw invalidField('slug', `a group "${data.slug}" already exists`);
  const group: DirectoryGroup = { id: newId(), ...data };
  await ctx.store.transaction(async (tx) => {
    await tx.people.insertGroup(group);
    await recordAudit(tx, ctx, actor, {
      action: 'directory-group.create', entityKind: 'directory-group', entityId: group.id, summary: `Created directory group ${quoted(group.name)}`,
    });
  });
  ctx.events.emit([tags.peopleLists]);
  return group;
}
