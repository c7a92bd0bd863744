import { DEFAULT_SETTINGS } from '../domain/site-settings.js';
import { contentVersion } from './asset-files.js';

/**
 * The institute's accent colour as CSS custom properties. The CSP forbids
 * inline styles, so the colour from the settings reaches the page as this
 * small generated stylesheet. Colours are derived so that text keeps a
 * contrast of at least 4.5:1 (WCAG 2.2, 1.4.3) whatever accent is chosen.
 */
export interface ThemeCss {
  body: string;
  version: string;
}

type Rgb = [number, number, number];

function parseHex(value: string): Rgb | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match?.[1]) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function mix(a: Rgb, b: Rgb, weight: number): Rgb {
  return a.map((c, i) => c + ((b[i] ?? 0) - c) * weight) as Rgb;
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/** Darken towards black until the colour reads on white at 4.5:1. */
function readableOnWhite(rgb: Rgb): Rgb {
  let colour = rgb;
  for (let step = 0; step < 20 && contrastRatio(colour, WHITE) < 4.5; step++) colour = mix(colour, BLACK, 0.1);
  return colour;
}

export function themeCss(accentColor: string): ThemeCss {
  const accent = parseHex(accentColor) ?? (parseHex(DEFAULT_SETTINGS.accentColor) as Rgb);
  const text = readableOnWhite(accent);
  const onAccent = contrastRatio(accent, WHITE) >= 4.5 ? WHITE : BLACK;
  const body = [
    ':root {',
    `  --accent: ${toHex(accent)};`,
    `  --accent-text: ${toHex(text)};`,
    `  --accent-strong: ${toHex(mix(text, BLACK, 0.25))};`,
    `  --accent-soft: ${toHex(mix(accent, WHITE, 0.92))};`,
    `  --accent-line: ${toHex(mix(accent, WHITE, 0.6))};`,
    `  --on-accent: ${toHex(onAccent)};`,
    '}',
    '',
  ].join('\n');
  return { body, version: contentVersion(body) };
}
