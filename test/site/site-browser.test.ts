import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { openTestEnv, type TestEnv } from '../support/test-services.js';
import { IP24112_PATH, seedSite } from './site-fixture.js';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PAGES = ['/', '/publications/idss-papers', IP24112_PATH, '/people', '/people/sarah-soh', '/research', '/research/idss', '/themes', '/about/introduction', '/no/such/page'];

/**
 * The site in a real browser: accessibility (axe), the menu by keyboard with
 * and without JavaScript, and narrow screens. Markup does not depend on the
 * database, so this runs on one of them; the HTTP suites cover both.
 */
describe('the public site in a browser', () => {
  let env: TestEnv;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    env = await openTestEnv('sqlite');
    await seedSite(env);
    server = await startServer(createApp(env).app, { host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await env?.close();
  });

  async function open(path: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, javaScriptEnabled: options.javaScript ?? true });
    const page = await context.newPage();
    await page.goto(server.url + path);
    return page;
  }

  async function seriousViolations(page: Page): Promise<string[]> {
    const result = await new AxeBuilder({ page }).analyze();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it.each(PAGES)('%s has no serious or critical axe violations, wide and narrow', async (path) => {
    for (const width of [1280, 390]) {
      const page = await open(path, { width });
      expect(await seriousViolations(page), `${path} at ${width}px`).toEqual([]);
      await page.context().close();
    }
  });

  it('has no axe violations with a mega-menu panel open', async () => {
    const page = await open('/');
    await page.click('summary.nav-link:has-text("About RSIS")');
    expect(await page.isVisible('a[href="/people/groups/faculty-and-research"]')).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(PAGES)('%s fits a 360px screen without sideways scrolling', async (path) => {
    const page = await open(path, { width: 360 });
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it('opens a menu panel by keyboard without JavaScript', async () => {
    const page = await open('/', { javaScript: false });
    expect(await page.isVisible('.nav-drawer-toggle')).toBe(false);
    expect(await page.isVisible('a[href="/about/introduction"]')).toBe(false);
    await page.focus('summary.nav-link:has-text("About RSIS")');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('a[href="/about/introduction"]')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string | null>('document.activeElement?.getAttribute("href") ?? null')).toBe('/about');
    await page.context().close();
  });

  it('collapses the whole menu behind "Menu" on a narrow screen, without JavaScript', async () => {
    const page = await open('/', { width: 390, javaScript: false });
    expect(await page.isVisible('summary.nav-link:has-text("Publications")')).toBe(false);
    await page.focus('.nav-drawer-toggle');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('summary.nav-link:has-text("Publications")')).toBe(true);
    await page.click('summary.nav-link:has-text("Publications")');
    expect(await page.isVisible('a[href="/publications/idss-papers"] >> nth=0')).toBe(true);
    await page.context().close();
  });

  it('with JavaScript, keeps one panel open, closes on Escape with focus back, and on a click outside', async () => {
    const page = await open('/');
    const about = 'summary.nav-link:has-text("About RSIS")';
    const publications = 'summary.nav-link:has-text("Publications")';
    await page.click(about);
    await page.click(publications);
    expect(await page.isVisible('a[href="/about/introduction"]')).toBe(false);
    expect(await page.isVisible('.mega-panel a[href="/publications/idss-papers"]')).toBe(true);

    await page.focus('.mega-panel a[href="/publications/idss-papers"]');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('.mega-panel a[href="/publications/idss-papers"]')).toBe(false);
    expect(await page.evaluate<string | null>('document.activeElement?.textContent ?? null')).toBe('Publications');

    await page.click(about);
    await page.mouse.click(640, 800);
    expect(await page.isVisible('a[href="/about/introduction"]')).toBe(false);
    await page.context().close();
  });

  it('skips to the main content', async () => {
    const page = await open(IP24112_PATH);
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string | null>('document.activeElement?.textContent ?? null')).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate<string | null>('document.activeElement?.id ?? null')).toBe('main_content');
    await page.context().close();
  });

  it('prints the article alone', async () => {
    const page = await open(IP24112_PATH);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-nav', '.breadcrumbs', '.site-footer', '.related']) expect(await page.isVisible(hidden), hidden).toBe(false);
    for (const shown of ['h1', '.synopsis', '.commentary figure', '.author-bio', '.categories']) expect(await page.isVisible(shown), shown).toBe(true);
    await page.context().close();
  });

  it('adds results while a reader types a search, and words the count as the page does', async () => {
    const page = await open('/search');
    const count = page.locator('[data-search-count]');
    await page.fill('#search-q', '"united states"');
    await expect.poll(() => count.textContent()).toBe('1 publication for "united states"');
    expect(await page.locator('[data-search-results] mark').first().textContent()).toMatch(/united/i);
    await page.fill('#search-q', 'ishiba');
    await expect.poll(() => count.textContent()).toBe('1 publication for “ishiba”');
    await page.fill('#search-q', 'zzzqqq');
    await expect.poll(() => count.textContent()).toBe('No publications found for “zzzqqq”');
    await page.context().close();
  });
});
