export type UnitKind = 'centre' | 'programme' | 'other';
export const UNIT_KINDS: readonly UnitKind[] = ['centre', 'programme', 'other'];

/** A research centre or programme: IDSS, NTS Centre, CENS, SRP ... */
export interface Unit {
  id: string;
  slug: string;
  acronym: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  activeFrom: number | null;
  activeTo: number | null;
  /** Markdown. */
  description: string;
  position: number;
}

/** "Institute of Defence and Strategic Studies (IDSS)" unless the name already carries it. */
export function unitLabel(unit: Pick<Unit, 'name' | 'acronym'>): string {
  if (!unit.acronym || unit.name.includes(`(${unit.acronym})`)) return unit.name;
  return `${unit.name} (${unit.acronym})`;
}
