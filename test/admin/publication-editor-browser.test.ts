import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withUser } from '../../src/actions/action-context.js';
import { createPublication } from '../../src/actions/create-publication.js';
import { getPublication } from '../../src/actions/get-publication.js';
import { createApp } from '../../src/app.js';
import { SYSTEM_ACTOR } from '../../src/domain/permissions.js';
import type { JobRunner } from '../../src/jobs/job-runner.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { createRoleUsers, PASSWORD } from '../accounts/support/account-helpers.js';
import { draftInput, seedBasics } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';
import { pngBytes } from './support/editor-client.js';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TITLE = 'Deterrence at Sea in a Crowded Strait';

/**
 * The editorial round trip in a real browser, as the issue asks: an author
 * writes a new IDSS Paper (two authors, an uploaded figure, footnotes) and
 * submits it; an editor schedules it moments ahead; the jobs runner of the
 * served app publishes it, and the public site shows it with the next IP
 * code, on each database (the jobs runner claims differently on each).
 */
describe.each(DIALECTS)('writing, reviewing and scheduling a publication in a browser on %s', (dialect) => {
  let env: TestEnv;
  let server: RunningServer;
  let browser: Browser;
  let runner: JobRunner;
  let year: number;

  beforeAll(async () => {
    // The editor script as `npm run build` bundles it (CI has it from `npm ci`; rebuilt so this tests the current source).
    execFileSync(process.execPath, [join(import.meta.dirname, '../../src/admin/client/build-bundle.mjs')]);
    env = await openTestEnv(dialect);
    await seedBasics(env);
    await createRoleUsers(env);
    year = new Date().getUTCFullYear();
    // An IP paper already out this year: the new one must get the number after it.
    await createPublication(withUser(env.context(null), SYSTEM_ACTOR), draftInput({ title: 'An Earlier Paper', date: `${year}-01-05`, status: 'published' }));
    runner = env.startJobRunner({ idleMs: 250 });
    server = await startServer(createApp(env).app, { host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await runner?.stop();
    await env?.close();
  });

  async function signIn(email: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, timezoneId: 'UTC' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    (page as Page & { problems: string[] }).problems = problems;
    await page.goto(`${server.url}/admin/sign-in`);
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', PASSWORD);
    await Promise.all([page.waitForURL(`${server.url}/admin`), page.click('button[type="submit"]')]);
    return page;
  }
  const problemsOf = (page: Page) => (page as Page & { problems: string[] }).problems;

  it('goes from the author’s draft to the public site with the next IP code', async () => {
    const author = await signIn('abe@example.org');
    await author.goto(`${server.url}/admin/publications/new`);
    await author.selectOption('#field-series', { label: 'IDSS Papers (IP)' });
    await author.fill('#field-title', TITLE);
    await author.fill('#field-synopsis', 'Why naval signalling in narrow waters needs new rules.');

    // Two authors: a person of the institute, then an outside name in a row added in place.
    await author.selectOption('[name="authors.0.person"]', { label: 'Sarah Soh' });
    await author.click('[data-author-add]');
    await author.fill('[name="authors.1.name"]', 'Jane Outsider');

    // The body in CodeMirror: a heading and a paragraph, a figure, then a sentence with a footnote, all from the toolbar.
    await author.click('.cm-content');
    await author.click('button[data-md="h2"]');
    await author.keyboard.type('Signals in Narrow Waters');
    await author.keyboard.press('Enter');
    await author.keyboard.press('Enter');
    await author.keyboard.type('Deterrence in a strait depends on signals both sides can read.');

    // A figure: uploaded to the media library with alt text, caption and credit, inserted as a ```figure block.
    await author.click('button[data-md="figure"]');
    await author.setInputFiles('#figure-file', { name: 'patrols.png', mimeType: 'image/png', buffer: Buffer.from(await pngBytes(320, 200)) });
    await author.fill('#figure-alt', 'A chart of patrols in the strait by month');
    await author.fill('#figure-caption', 'Patrols rose after the 2024 incidents');
    await author.fill('#figure-credit', 'IDSS Maritime Programme');
    await author.click('[data-figure-submit]');
    await author.waitForSelector('[data-figure-dialog]', { state: 'hidden' });
    await author.keyboard.type('Patrol patterns are the clearest signal.');
    await author.click('button[data-md="footnote"]');
    await author.keyboard.type('Signals include patrol patterns and port calls.');
    const body = await author.inputValue('#field-body');
    expect(body).toMatch(/^## Signals in Narrow Waters\n\nDeterrence in a strait/);
    expect(body).toContain('```figure\nsrc: /files/media/');
    expect(body).toContain('signal.[^1]');
    expect(body).toContain('[^1]: Signals include patrol patterns and port calls.');

    // The live preview shows the figure and the footnote through the site's pipeline.
    await author.waitForSelector('[data-preview-body] figure img[alt="A chart of patrols in the strait by month"]', { state: 'attached' });
    await author.waitForSelector('[data-preview-body] section[data-footnotes]', { state: 'attached' });

    await Promise.all([author.waitForURL(/\/admin\/publications\/[a-z0-9]+\?notice=publication-(created|saved)$/), author.click('.editor-save button[type="submit"]')]);
    const id = new URL(author.url()).pathname.split('/')[3] ?? '';
    await Promise.all([author.waitForURL(/notice=publication-submitted/), author.click('button:has-text("Submit for review")')]);
    const submitted = await getPublication(withUser(env.context(null), SYSTEM_ACTOR), { id });
    expect(submitted.status).toBe('in_review');
    expect(submitted.authors.map((a) => a.name)).toEqual(['Sarah Soh', 'Jane Outsider']);
    expect(problemsOf(author)).toEqual([]);

    // The editor schedules it for the next whole minute at least a few seconds away (the field counts minutes).
    const editor = await signIn('eve@example.org');
    await editor.goto(`${server.url}/admin/publications/${id}`);
    const release = new Date(Math.ceil((Date.now() + 3000) / 60_000) * 60_000);
    await editor.fill('input[name="at"]', release.toISOString().slice(0, 16));
    await editor.selectOption('select[name="timezone"]', 'UTC');
    await Promise.all([editor.waitForURL(/notice=publication-scheduled/), editor.click('.wf-schedule button[type="submit"]')]);
    expect((await getPublication(withUser(env.context(null), SYSTEM_ACTOR), { id })).status).toBe('scheduled');

    // The served app's jobs runner publishes it at that time; the site lists it with the next code.
    const code = `IP${String(year % 100).padStart(2, '0')}002`;
    const reader = await (await browser.newContext()).newPage();
    const deadline = release.getTime() + 30_000;
    let isListed = false;
    while (!isListed && Date.now() < deadline) {
      await reader.goto(`${server.url}/publications/idss-papers`);
      isListed = (await reader.content()).includes(TITLE);
      if (!isListed) await reader.waitForTimeout(1000);
    }
    expect(isListed).toBe(true);
    expect(Date.now()).toBeGreaterThanOrEqual(release.getTime());
    await reader.click(`a:has-text("${TITLE}")`);
    expect(reader.url()).toContain(`/publications/idss-papers/${code.toLowerCase()}-`);
    expect(await reader.textContent('h1')).toBe(`${code} | ${TITLE}`);
    expect(await reader.getAttribute('figure img', 'alt')).toBe('A chart of patrols in the strait by month');
    expect(await reader.textContent('figure figcaption')).toContain('Patrols rose after the 2024 incidents');
    expect(await reader.textContent('figure figcaption')).toContain('IDSS Maritime Programme');
    expect(await reader.textContent('article')).toContain('Signals include patrol patterns and port calls.');
    expect(await reader.textContent('article')).toContain('Jane Outsider');
    expect(problemsOf(editor)).toEqual([]);
  }, 150_000);
});
