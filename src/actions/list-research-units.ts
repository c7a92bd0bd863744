import type { UnitRecord } from '../store/repositories/unit-repository.js';
import type { ActionContext } from './action-context.js';

export interface ResearchIndex {
  centres: UnitRecord[];
  programmes: UnitRecord[];
  other: UnitRecord[];
}

/** Centres, programmes and other research units, each in the institute's order. */
export async function listResearchUnits(ctx: ActionContext): Promise<ResearchIndex> {
  const units = await ctx.store.units.list();
  return {
    centres: units.filter((u) => u.kind === 'centre'),
    programmes: units.filter((u) => u.kind === 'programme'),
    other: units.filter((u) => u.kind === 'other'),
  };
}
