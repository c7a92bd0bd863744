import type { ActionContext } from '../../actions/action-context.js';
import { createPreviewLink } from '../../actions/create-preview-link.js';
import { getPdfChoice } from '../../actions/get-pdf-choice.js';
import { getPublication } from '../../actions/get-publication.js';
import { listPeople } from '../../actions/list-people.js';
import { listResearchUnits } from '../../actions/list-research-units.js';
import { listSeries } from '../../actions/list-series.js';
import { listTerms } from '../../actions/list-terms.js';
import type { Publication } from '../../domain/publication.js';
import { can } from '../../domain/permissions.js';
import { editRefusal } from '../../domain/publication-access.js';
import type { EditedPublication } from '../views/publication-edit-page.js';
import type { EditorOptions } from '../views/publication-editor-fields.js';
import { loadWorkflowPanel } from './workflow-screen.js';

/** The choices of the editor's pickers: series, people, every taxonomy's terms, research units. */
export async function loadEditorOptions(ctx: ActionContext): Promise<EditorOptions> {
  const [series, people, taxonomies, research] = await Promise.all([listSeries(ctx), listPeople(ctx), listTerms(ctx), listResearchUnits(ctx)]);
  return {
    series,
    people: people.map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name)),
    taxonomies,
    units: [...research.centres, ...research.programmes, ...research.other],
  };
}

/** The publication being edited with its workflow box, private preview link, PDF choice (publishers) and whether this actor may save. */
export async function loadEdited(ctx: ActionContext, idOrPublication: string | Publication): Promise<EditedPublication> {
  const publication = typeof idOrPublication === 'string' ? await getPublication(ctx, { id: idOrPublication }) : idOrPublication;
  const mayChoosePdf = can(ctx.user, 'content.publish');
  const [workflow, previewLink, pdfChoice] = await Promise.all([
    loadWorkflowPanel(ctx, publication),
    createPreviewLink(ctx, { id: publication.id }),
    mayChoosePdf ? getPdfChoice(ctx, { id: publication.id }) : null,
  ]);
  return {
    publication, ...workflow, previewLink, pdfChoice,
    editRefusal: ctx.user ? editRefusal(publication, ctx.user) : 'sign in first',
  };
}
