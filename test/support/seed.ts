import type { ActionContext } from '../../src/actions/action-context.js';
import { withUser } from '../../src/actions/action-context.js';
import { createPublication, type CreatePublicationInput } from '../../src/actions/create-publication.js';
import { createTaxonomy, saveTerm } from '../../src/actions/save-taxonomy.js';
import { saveSeries } from '../../src/actions/save-series.js';
import { saveUnit } from '../../src/actions/save-unit.js';
import { savePerson } from '../../src/actions/save-person.js';
import { createDirectoryGroup } from '../../src/actions/create-directory-group.js';
import { SYSTEM_ACTOR } from '../../src/domain/permissions.js';
import type { Services } from '../../src/services.js';

export function systemContext(services: Services): ActionContext {
  return withUser(services.context(null), SYSTEM_ACTOR);
}

/**
 * A small institute for tests: one centre, a yearly-numbered series (IP), a
 * running-numbered one (WP), a codeless one, themes and regions, two people.
 */
export async function seedBasics(services: Services) {
  const ctx = systemContext(services);
  const idss = await saveUnit(ctx, { slug: 'idss', acronym: 'IDSS', name: 'Institute of Defence and Strategic Studies', kind: 'centre' });
  const ip = await saveSeries(ctx, { slug: 'idss-papers', name: 'IDSS Papers', codePrefix: 'IP', numbering: 'yearly', unit: 'idss' });
  const wp = await saveSeries(ctx, { slug: 'working-papers', name: 'Working Papers', codePrefix: 'WP', numbering: 'running', position: 2 });
  const pr = await saveSeries(ctx, { slug: 'policy-reports', name: 'Policy Reports', numbering: 'none', datePrecision: 'month', position: 3 });
  await createTaxonomy(ctx, { slug: 'theme', name: 'Themes', path: 'themes' });
  await createTaxonomy(ctx, { slug: 'region', name: 'Regions', path: 'regions', position: 1 });
  const security = await saveTerm(ctx, { taxonomy: 'theme', name: 'International Politics and Security' });
  const maritime = await saveTerm(ctx, { taxonomy: 'theme', name: 'Maritime Security' });
  const eastAsia = await saveTerm(ctx, { taxonomy: 'region', name: 'East Asia and Asia Pacific' });
  const faculty = await createDirectoryGroup(ctx, { slug: 'faculty-and-research', name: 'Faculty and Research' });
  const sarah = await savePerson(ctx, {
    name: 'Sarah Soh', rank: 'Associate Research Fellow', group: faculty.id, units: ['idss'],
    bio: 'Sarah Soh is Associate Research Fellow.',
  });
  const tan = await savePerson(ctx, { name: 'Tan Wei Ming', honorific: 'Dr', rank: 'Research Fellow', group: faculty.id, units: ['idss'] });
  return { ctx, idss, ip, wp, pr, security, maritime, eastAsia, faculty, sarah, tan };
}

export function draftInput(overrides: Partial<CreatePublicationInput> = {}): CreatePublicationInput {
  return {
    series: 'idss-papers',
    title: 'Japan’s Foreign Policy Outlook in 2025',
    date: '2024-12-30',
    synopsis: 'What will 2025 portend for Japan?',
    body: '## Relations with China\n\nJapan has the opportunity to improve relations.',
    authors: [{ person: 'sarah-soh' }],
    ...overrides,
  };
}

export async function createDraft(ctx: ActionContext, overrides: Partial<CreatePublicationInput> = {}) {
  return createPublication(ctx, draftInput(overrides));
}
