import { afterEach, describe, expect, it } from 'vitest';
import { houseColors } from '../../src/render/typst/house-colors.js';
import { PdfCompilerProcess } from '../../src/render/typst/pdf-compiler-process.js';
import { templateData } from '../../src/render/typst/pdf-input.js';
import { pdfToText } from './support/poppler.js';

function files(body: string): Map<string, Buffer> {
  const data = templateData({
    title: 'Process', seriesName: 'S', code: null, authors: [], dateText: '', synopsis: '', bodyMarkdown: '', bioMarkdown: '',
    categories: [], canonicalUrl: '', institute: { name: 'I', accentColor: '#334455', logoPath: null }, resolveMedia: () => null,
  }, { logo: null, hasBio: false });
  return new Map([
    ['/data.json', Buffer.from(JSON.stringify(data))],
    ['/style.json', Buffer.from(JSON.stringify(houseColors('#334455')))],
    ['/body.typ', Buffer.from(body)],
    ['/bio.typ', Buffer.from('')],
  ]);
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('the compiler child process', () => {
  let compiler: PdfCompilerProcess;
  afterEach(() => compiler.close());

  it('compiles documents sent together, each to its own PDF', async () => {
    compiler = new PdfCompilerProcess();
    const [a, b] = await Promise.all([compiler.compile(files('#"First document";')), compiler.compile(files('#"Second document";'))]);
    expect(pdfToText(a?.pdf ?? Buffer.alloc(0))).toContain('First document');
    expect(pdfToText(b?.pdf ?? Buffer.alloc(0))).toContain('Second document');
  });

  it('replaces its child after the set number of documents, and the old child exits', async () => {
    compiler = new PdfCompilerProcess({ maxDocuments: 2 });
    await compiler.compile(files('#"one";'));
    const first = compiler.pid ?? 0;
    await compiler.compile(files('#"two";'));
    const third = await compiler.compile(files('#"three";'));
    expect(pdfToText(third.pdf)).toContain('three');
    expect(compiler.pid).not.toBe(first);
    await waitUntil(() => !isRunning(first));
    expect(isRunning(first)).toBe(false);
  });

  it('reports a Typst error as an error, and keeps working', async () => {
    compiler = new PdfCompilerProcess();
    await expect(compiler.compile(files('#read("/etc/passwd")'))).rejects.toThrow(/file not found/);
    expect(pdfToText((await compiler.compile(files('#"after";'))).pdf)).toContain('after');
  });

  it('rejects what was pending when the child dies, and starts a new one', async () => {
    compiler = new PdfCompilerProcess();
    await compiler.compile(files('#"warm";'));
    const pid = compiler.pid ?? 0;
    // A document that takes a while, so it is still in the child when the child dies.
    const pending = compiler.compile(files('#let slow = range(3000000).sum()\n#"lost";'));
    process.kill(pid, 'SIGKILL');
    await expect(pending).rejects.toThrow(/PDF compiler process ended/);
    expect(pdfToText((await compiler.compile(files('#"again";'))).pdf)).toContain('again');
    expect(compiler.pid).not.toBe(pid);
  });
});
