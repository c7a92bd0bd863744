import type { PersonRecord } from '../store/repositories/person-repository.js';
import type { ActionContext } from './action-context.js';

/** Every profile, in directory order. */
export async function listPeople(ctx: ActionContext): Promise<PersonRecord[]> {
  return ctx.store.people.list();
}
