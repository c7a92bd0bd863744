export interface PersonLink {
  label: string;
  url: string;
}

export interface Person {
  id: string;
  slug: string;
  name: string;
  /** Dr, Prof, Assoc Prof, Amb ... printed before the name on the profile. */
  honorific: string;
  /** Rank or position: "Associate Research Fellow", "Dean". */
  rank: string;
  groupId: string | null;
  /** Markdown. */
  bio: string;
  photo: string | null;
  email: string | null;
  expertise: string[];
  links: PersonLink[];
  unitIds: string[];
  position: number;
  updatedAt: string;
}

/** A staff directory group: "Faculty and Research", "Visiting Fellows" ... */
export interface DirectoryGroup {
  id: string;
  slug: string;
  name: string;
  position: number;
}

const HONORIFICS = [
  'Assoc Prof', 'Asst Prof', 'Associate Professor', 'Assistant Professor', 'Professor', 'Prof',
  'Ambassador', 'Amb', 'Rev Dr', 'Dr', 'Mr', 'Mrs', 'Ms', 'Mdm', 'Ustazah', 'Ustaz', 'Sir',
];

/** Strip honorifics so "Assoc Prof Kwa Chong Guan" and "Kwa Chong Guan" match the same person. */
export function bareName(name: string): string {
  let rest = name.trim().replace(/\s+/g, ' ');
  let changed = true;
  while (changed) {
    changed = false;
    for (const honorific of HONORIFICS) {
      const pattern = new RegExp(`^${honorific.replace(/ /g, '\\s+')}\\.?\\s+`, 'i');
      if (pattern.test(rest)) {
        rest = rest.replace(pattern, '');
        changed = true;
      }
    }
  }
  return rest;
}

export function nameKey(name: string): string {
  return bareName(name).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
