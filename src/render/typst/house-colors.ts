export interface HouseColors {
  /** The institute's accent: the band, rules, the synopsis bar. */
  accent: string;
  /** The accent as text on white, darkened until it reads (WCAG AA, 4.5:1). */
  ink: string;
  /** Text on the accent band: white, or near-black on a light accent. */
  onAccent: string;
}

const NEAR_BLACK = '#1c1c1c';

/** Colours derived from the accent so any accent an institute picks stays legible. */
export function houseColors(accent: string): HouseColors {
  const rgb = parseHex(accent);
  if (!rgb) throw new Error(`"${accent}" is not a colour in the form #rrggbb or #rgb`);
  const white = [255, 255, 255] as const;
  const onAccent = contrast(rgb, white) >= 3 ? '#ffffff' : NEAR_BLACK;
  let ink = rgb;
  for (let step = 0; step < 20 && contrast(ink, white) < 4.5; step += 1) {
    ink = ink.map((channel) => Math.round(channel * 0.88)) as [number, number, number];
  }
  return { accent: toHex(rgb), ink: toHex(ink), onAccent };
}

export function isHexColor(value: string): boolean {
  return parseHex(value) !== null;
}

function parseHex(value: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match?.[1]) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
