import type { Hono } from 'hono';
import sharp from 'sharp';
import { createApp } from '../../../src/app.js';
import { seedBasics } from '../../support/seed.js';
import type { TestEnv } from '../../support/test-services.js';
import { createRoleUsers, PASSWORD } from '../../accounts/support/account-helpers.js';
import { AdminBrowser, ORIGIN } from '../../authz/support/admin-browser.js';

/** Form fields with repeats (terms, units) as [name, value] pairs. */
export type Fields = [string, string][];

/**
 * The admin browser plus what the editor's script sends: forms with
 * repeated fields, multipart uploads and JSON-answering posts that carry
 * the CSRF token in the X-CSRF-Token header.
 */
export class EditorClient extends AdminBrowser {
  constructor(private readonly appRef: Hono) {
    super(appRef);
  }

  async postFields(path: string, fields: Fields, from?: string): Promise<Response> {
    const body = new URLSearchParams(fields);
    body.set('_csrf', await this.csrfToken(from));
    return this.request('POST', path, {
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, 'sec-fetch-site': 'same-origin' },
    });
  }

  /** A fetch() from the editor script: multipart body, token in the header. */
  async postScript(path: string, data: FormData, csrf?: string | null): Promise<Response> {
    const token = csrf === undefined ? await this.csrfToken() : csrf;
    const headers: Record<string, string> = { origin: ORIGIN, 'sec-fetch-site': 'same-origin', accept: 'application/json', cookie: this.cookieHeader() };
    if (token !== null) headers['x-csrf-token'] = token;
    return this.appRef.request(`${ORIGIN}${path}`, { method: 'POST', body: data, headers });
  }
}

export function formDataOf(fields: Fields): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

export async function pngBytes(width = 64, height = 40): Promise<Uint8Array> {
  return new Uint8Array(await sharp({ create: { width, height, channels: 3, background: { r: 36, g: 87, b: 166 } } }).png().toBuffer());
}

/** A seeded institute, users of each role, the app, and signed-in clients. */
export async function openEditorWorld(env: TestEnv) {
  const basics = await seedBasics(env);
  const users = await createRoleUsers(env);
  const { app } = createApp(env);
  const signedIn = async (email: string) => {
    const client = new EditorClient(app);
    const response = await client.signIn(email, PASSWORD);
    if (response.status !== 303) throw new Error(`sign-in of ${email} failed: ${response.status}`);
    return client;
  };
  return { ...basics, users, app, signedIn };
}

/** The fields of a complete editor form, as a browser without JavaScript sends them. */
export function editorFields(values: { series: string; title: string; revision?: number; authors?: [string, string][]; terms?: string[]; units?: string[]; body?: string }): Fields {
  const fields: Fields = [
    ['series', values.series], ['title', values.title], ['slug', ''], ['date', '2025-03-14'],
    ['synopsis', 'What the paper argues.'], ['body', values.body ?? '## Argument\n\nText with a note.[^1]\n\n[^1]: The note.'], ['bio', ''],
    ['legacyUrls', ''], ['revision', values.revision ? String(values.revision) : ''],
  ];
  (values.authors ?? []).forEach(([person, name], i) => fields.push([`authors.${i}.person`, person], [`authors.${i}.name`, name]));
  for (const term of values.terms ?? []) fields.push(['terms', term]);
  for (const unit of values.units ?? []) fields.push(['units', unit]);
  return fields;
}
