import sharp from 'sharp';
import { createApiToken } from '../../../src/actions/create-api-token.js';
import { createUser } from '../../../src/actions/create-user.js';
import { savePage } from '../../../src/actions/save-page.js';
import { uploadMedia } from '../../../src/actions/upload-media.js';
import { createApp } from '../../../src/app.js';
import type { Role } from '../../../src/domain/permissions.js';
import { contextOf, createRoleUsers, PASSWORD } from '../../accounts/support/account-helpers.js';
import { createDraft, seedBasics, systemContext } from '../../support/seed.js';
import type { TestEnv } from '../../support/test-services.js';
import { AdminBrowser } from './admin-browser.js';

export type Who = 'anonymous' | Role;
export const WHO: readonly Who[] = ['anonymous', 'author', 'editor', 'admin'];

/** The ids a route's parameters are filled with: things owned by the editor or the system, never by the author. */
export interface MatrixFixtures {
  publicationId: string;
  seriesId: string;
  personId: string;
  unitId: string;
  termId: string;
  pageId: string;
  mediaId: string;
  /** An account nobody signs in with, for the user screens (disabling it harms no session). */
  targetUserId: string;
  /** The editor's token, for the revoke route. */
  editorTokenId: string;
}

const ROLE_EMAIL: Record<Role, string> = { admin: 'ada@example.org', editor: 'eve@example.org', author: 'abe@example.org' };

/** A small institute, the three role accounts, an editor's draft and upload, and the app over it. */
export async function buildMatrixWorld(env: TestEnv) {
  const seeded = await seedBasics(env);
  const users = await createRoleUsers(env);
  const system = systemContext(env);
  const editorCtx = contextOf(env, users.editor);
  const draft = await createDraft(editorCtx);
  const page = await savePage(system, { title: 'About', body: 'About us.' });
  const bytes = new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 20, g: 60, b: 120 } } }).png().toBuffer());
  const media = await uploadMedia(editorCtx, { filename: 'figure.png', bytes, alt: 'A figure' });
  const target = await createUser(system, { email: 'target@example.org', name: 'Target Account', password: PASSWORD, role: 'author' });
  const editorToken = await createApiToken(system, { user: ROLE_EMAIL.editor, name: 'to revoke' });
  const apiTokens: Record<Role, string> = {
    admin: (await createApiToken(system, { user: ROLE_EMAIL.admin, name: 'matrix' })).token,
    editor: (await createApiToken(system, { user: ROLE_EMAIL.editor, name: 'matrix' })).token,
    author: (await createApiToken(system, { user: ROLE_EMAIL.author, name: 'matrix' })).token,
  };
  const fixtures: MatrixFixtures = {
    publicationId: draft.id, seriesId: seeded.ip.id, personId: seeded.sarah.id, unitId: seeded.idss.id, termId: seeded.maritime.id,
    pageId: page.id, mediaId: media.id, targetUserId: target.id, editorTokenId: editorToken.info.id,
  };
  const { app } = createApp(env);
  return { app, fixtures, apiTokens };
}

/** A browser for each caller, signed in for the roles, with the CSRF token its forms carry. */
export async function signInAs(app: ReturnType<typeof createApp>['app'], who: Who): Promise<{ browser: AdminBrowser; csrf: string }> {
  const browser = new AdminBrowser(app);
  if (who === 'anonymous') return { browser, csrf: await browser.csrfToken('/admin/sign-in') };
  const response = await browser.signIn(ROLE_EMAIL[who], PASSWORD);
  if (response.status !== 303) throw new Error(`Sign-in as ${who} failed: ${response.status}`);
  return { browser, csrf: await browser.csrfToken('/admin/tokens') };
}
