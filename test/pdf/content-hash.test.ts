import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomainError } from '../../src/domain/errors.js';
import { getPdfContentHash, getPdfText, renderPublicationPdf } from '../../src/render/typst/render-publication-pdf.js';
import { FOOTNOTES, fixturePdfInput, readFixturePublication } from './support/fixture-input.js';
import { writeSampleImage } from './support/sample-image.js';

describe('content hash, determinism and text', () => {
  let dir: string;
  let figure: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'imprint-pdf-hash-'));
    figure = await writeSampleImage(dir, 'figure.jpg');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes the same bytes and hash from the same input', async () => {
    const first = await renderPublicationPdf(fixturePdfInput(figure));
    const second = await renderPublicationPdf(fixturePdfInput(figure));
    expect(second.pdf.equals(first.pdf)).toBe(true);
    expect(second.contentHash).toBe(first.contentHash);
    expect(await getPdfContentHash(fixturePdfInput(figure))).toBe(first.contentHash);
  });

  it('changes the hash with anything the PDF shows, and only then', async () => {
    const base = await getPdfContentHash(fixturePdfInput(figure));
    const input = fixturePdfInput(figure);
    expect(await getPdfContentHash({ ...input, bodyMarkdown: `${input.bodyMarkdown}\n\nOne more line.` })).not.toBe(base);
    expect(await getPdfContentHash({ ...input, title: 'Another title' })).not.toBe(base);
    expect(await getPdfContentHash({ ...input, institute: { ...input.institute, accentColor: '#123456' } })).not.toBe(base);
    expect(await getPdfContentHash(fixturePdfInput(null))).not.toBe(base);

    const sameBytesElsewhere = join(dir, 'copy.jpg');
    copyFileSync(figure, sameBytesElsewhere);
    expect(await getPdfContentHash(fixturePdfInput(sameBytesElsewhere))).toBe(base);

    const otherPicture = await writeSampleImage(dir, 'other.jpg', { hue: 120 });
    expect(await getPdfContentHash(fixturePdfInput(otherPicture))).not.toBe(base);
  });

  it('gives the text for the search index', () => {
    const fixture = readFixturePublication();
    const text = getPdfText(fixturePdfInput(figure));
    expect(text.startsWith(fixture.title)).toBe(true);
    for (const expected of [fixture.synopsis, fixture.headings[2] ?? '', fixture.caption, fixture.credit, fixture.bio, ...FOOTNOTES, 'East Asia and Asia Pacific']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/\[\^|```|## /);
  });

  it('refuses bad input with the field named, before compiling anything', async () => {
    const error = await renderPublicationPdf(fixturePdfInput(figure, { institute: { ...fixturePdfInput(figure).institute, accentColor: 'crimson' } }))
      .catch((caught: unknown) => caught);
    expect(isDomainError(error) && error.issues.map((issue) => issue.field)).toEqual(['institute.accentColor']);
  });

  it('prints a figure whose image is missing or unreadable as caption and credit alone', async () => {
    const rendered = await renderPublicationPdf(fixturePdfInput(join(dir, 'missing.jpg')));
    expect(rendered.pageCount).toBeGreaterThan(1);
    expect(rendered.text).toContain(readFixturePublication().credit);
  });
});
