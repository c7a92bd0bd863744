import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishPublication } from '../../src/actions/publish-publication.js';
import { describeSummary } from '../../src/cli/commands/pdf-command.js';
import { runCli } from '../../src/cli/run-cli.js';
import { runtime } from '../../src/main.js';
import { createDraft, seedBasics, systemContext } from '../support/seed.js';
import { DIALECTS, openTestEnv, type TestEnv } from '../support/test-services.js';

describe.each(DIALECTS)('imprint pdf on %s', (dialect) => {
  let env: TestEnv;

  async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const { url, dataDir } = env.databaseLocation;
    const argv = ['pdf', ...args, '--data-dir', dataDir, ...(url ? ['--database-url', url] : [])];
    const code = await runCli(argv, runtime, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
    return { code, out, err };
  }

  beforeAll(async () => {
    env = await openTestEnv(dialect);
    await seedBasics(env);
    const ctx = systemContext(env);
    for (const title of ['First paper on ports', 'Second paper on ports']) {
      await publishPublication(ctx, { id: (await createDraft(ctx, { title })).id });
    }
    await publishPublication(ctx, { id: (await createDraft(ctx, { series: 'working-papers', title: 'A working paper' })).id });
    await createDraft(ctx, { title: 'A draft is left out' });
  });
  afterAll(async () => env.close());

  it('makes every public PDF once, and finds them unchanged the second time', async () => {
    const first = await cli('--all');
    expect(first).toMatchObject({ code: 0, out: 'PDFs: 3 made, 0 unchanged, 0 failed.\n' });
    const second = await cli('--all');
    expect(second).toMatchObject({ code: 0, out: 'PDFs: 0 made, 3 unchanged, 0 failed.\n' });
    const published = (await env.store.publications.list({ statuses: ['published'], limit: 10, offset: 0 })).items;
    for (const item of published) expect((await env.store.publicationPdfs.find(item.id))?.kind).toBe('generated');
  });

  it('takes one code or one series', async () => {
    expect(await cli('IP24001')).toMatchObject({ code: 0, out: 'PDFs: 0 made, 1 unchanged, 0 failed.\n' });
    expect(await cli('--series', 'idss-papers')).toMatchObject({ code: 0, out: 'PDFs: 0 made, 2 unchanged, 0 failed.\n' });
  });

  it('exits 2 naming a code or series that names nothing, or a muddled choice', async () => {
    const code = await cli('XX99999');
    expect(code.code).toBe(2);
    expect(code.err).toContain('XX99999');
    const series = await cli('--series', 'no-such-series');
    expect(series.code).toBe(2);
    expect(series.err).toContain('no-such-series');
    expect((await cli()).code).toBe(2);
    const both = await cli('IP24001', '--all');
    expect(both.code).toBe(2);
    expect(both.err).toContain('name one publication code, one --series or --all');
  });
});

describe('the pdf summary', () => {
  it('counts what was made, kept and unchanged, and names each failure with its reason', () => {
    expect(describeSummary({ made: 2, unchanged: 5, uploaded: 1, failed: [{ label: 'IP24007', reason: 'title: a PDF needs a title' }] }))
      .toBe('PDFs: 2 made, 5 unchanged, 1 uploaded (kept), 1 failed.\n  IP24007: title: a PDF needs a title\n');
  });
});
