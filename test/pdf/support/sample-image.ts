import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/**
 * A small picture made on the spot (a stylised chart), so the tests need no
 * binary fixtures: JPEG for photographs, PNG for charts.
 */
export async function writeSampleImage(dir: string, name: string, options: { width?: number; height?: number; hue?: number } = {}): Promise<string> {
  const width = options.width ?? 960;
  const height = options.height ?? 540;
  const hue = options.hue ?? 350;
  const bars = Array.from({ length: 8 }, (_, i) => {
    const h = Math.round(height * (0.25 + 0.08 * ((i * 37) % 7)));
    const x = Math.round(width * 0.08 + i * width * 0.11);
    return `<rect x="${x}" y="${height - h - 30}" width="${Math.round(width * 0.07)}" height="${h}" fill="hsl(${hue},55%,${35 + i * 4}%)"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f4f1ec"/><stop offset="1" stop-color="#e3ded6"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <line x1="40" y1="${height - 30}" x2="${width - 40}" y2="${height - 30}" stroke="#555" stroke-width="2"/>
    ${bars}
    <circle cx="${width * 0.82}" cy="${height * 0.22}" r="${height * 0.1}" fill="hsl(${hue},70%,45%)"/>
  </svg>`;
  mkdirSync(dir, { recursive: true });
  const isPng = name.endsWith('.png');
  const image = sharp(Buffer.from(svg));
  const bytes = await (isPng ? image.png() : image.jpeg({ quality: 82 })).toBuffer();
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}
