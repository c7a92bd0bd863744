import { earlyCommentaries } from './data-commentaries-early.js';
import { recentCommentaries } from './data-commentaries-recent.js';
import { externalPublications } from './data-external-publications.js';
import { otherInstitutePublications } from './data-other-publications.js';
import { demoPapers } from './data-papers.js';
import type { PublicationSpec } from './generate-publication.js';

/** Every generated demo publication, from the data modules of each kind. */
export const demoPublicationSpecs: PublicationSpec[] = [
  ...earlyCommentaries,
  ...recentCommentaries,
  ...demoPapers,
  ...otherInstitutePublications,
  ...externalPublications,
];
