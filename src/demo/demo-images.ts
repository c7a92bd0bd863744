import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';

/**
 * The demo's figures, drawn as SVG and rasterised to JPEG at load time: the
 * original photographs are not ours to ship, and an abstract illustration
 * carries no rights and no network dependency. Drawn from fixed shapes only,
 * so every load writes the same picture.
 */
const WIDTH = 1200;
const HEIGHT = 675;

/** Partner capitals around the Indo-Pacific, as points on a loose map (x, y). */
const PARTNERS: [number, number][] = [
  [1090, 250], [1010, 560], [560, 470], [430, 380], [300, 300], [150, 170], [620, 600], [1130, 430],
];
const HUB: [number, number] = [820, 300];

function networkSvg(): string {
  // Each link arcs upwards by a third of its length, like a great-circle route on a flat map.
  const lines = PARTNERS.map(([x, y]) =>
    `<path d="M${HUB[0]} ${HUB[1]} Q ${(HUB[0] + x) / 2} ${(HUB[1] + y) / 2 - Math.hypot(x - HUB[0], y - HUB[1]) / 3} ${x} ${y}" fill="none" stroke="#e8d9b0" stroke-opacity="0.55" stroke-width="2" stroke-dasharray="6 7"/>`).join('');
  const nodes = PARTNERS.map(([x, y]) =>
    `<circle cx="${x}" cy="${y}" r="9" fill="#e8d9b0"/><circle cx="${x}" cy="${y}" r="20" fill="none" stroke="#e8d9b0" stroke-opacity="0.35" stroke-width="2"/>`).join('');
  const meridians = Array.from({ length: 11 }, (_, i) => {
    const x = 60 + i * 110;
    return `<path d="M${x} 0 Q ${x + 60} ${HEIGHT / 2} ${x} ${HEIGHT}" fill="none" stroke="#ffffff" stroke-opacity="0.06" stroke-width="1.5"/>`;
  }).join('');
  const parallels = Array.from({ length: 6 }, (_, i) => {
    const y = 70 + i * 110;
    return `<path d="M0 ${y} Q ${WIDTH / 2} ${y - 40} ${WIDTH} ${y}" fill="none" stroke="#ffffff" stroke-opacity="0.06" stroke-width="1.5"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#0d1f3a"/><stop offset="1" stop-color="#1f4470"/>
    </linearGradient>
    <radialGradient id="sun" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#d4213d"/><stop offset="0.75" stop-color="#b0182f"/><stop offset="1" stop-color="#b0182f" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
  ${meridians}${parallels}
  <circle cx="${HUB[0] + 40}" cy="${HUB[1] - 20}" r="190" fill="url(#sun)" opacity="0.85"/>
  ${lines}
  <g fill="#f4ecd8" stroke="#0d1f3a" stroke-width="2" stroke-linejoin="round">
    <path d="M912 118 L 948 104 L 984 122 L 1002 112 L 992 146 L 960 168 L 930 178 L 918 160 L 900 150 Z"/>
    <path d="M902 196 C 918 214, 914 246, 896 276 C 876 306, 846 322, 812 334 C 782 344, 752 352, 730 350 C 714 348, 712 336, 726 330 C 752 320, 784 310, 810 294 C 842 274, 866 246, 878 218 C 884 204, 892 192, 902 196 Z"/>
    <path d="M742 366 C 762 358, 790 360, 796 370 C 800 380, 780 388, 760 388 C 744 388, 732 376, 742 366 Z"/>
    <path d="M700 360 C 716 354, 728 368, 726 388 C 724 410, 710 428, 694 424 C 680 420, 676 400, 682 382 C 686 370, 692 362, 700 360 Z"/>
  </g>
  ${nodes}
  <circle cx="${HUB[0]}" cy="${HUB[1]}" r="12" fill="#ffffff"/>
</svg>`;
}

function seaLanesSvg(): string {
  const waves = Array.from({ length: 14 }, (_, i) => {
    const y = 40 + i * 48;
    return `<path d="M0 ${y} C 150 ${y - 14}, 300 ${y + 14}, 450 ${y} S 750 ${y - 14}, 900 ${y} S 1100 ${y + 12}, 1200 ${y}" fill="none" stroke="#ffffff" stroke-opacity="0.07" stroke-width="2"/>`;
  }).join('');
  // Three routes meet in the strait between the two central islands.
  const lanes = [
    'M-20 520 C 220 470, 400 400, 600 380 S 900 300, 1220 160',
    'M-20 250 C 200 280, 420 360, 600 380 S 800 520, 920 690',
    'M260 -20 C 330 160, 470 330, 600 380',
  ].map((d) => `<path d="${d}" fill="none" stroke="#f2c14e" stroke-width="4" stroke-dasharray="2 12" stroke-linecap="round"/>`).join('');
  const ships: [number, number][] = [[190, 478], [880, 290], [430, 338], [760, 500], [352, 170], [1080, 222]];
  const shipMarks = ships.map(([x, y]) =>
    `<circle cx="${x}" cy="${y}" r="7" fill="#ffffff"/><circle cx="${x}" cy="${y}" r="16" fill="none" stroke="#ffffff" stroke-opacity="0.45" stroke-width="2"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#0b3b57"/><stop offset="1" stop-color="#0f5c6e"/>
    </linearGradient>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sea)"/>
  ${waves}
  <g fill="#d9c9a3" opacity="0.95">
    <path transform="translate(70 -34)" d="M470 250 C 520 236, 610 250, 660 280 C 700 304, 680 336, 630 346 C 580 356, 520 344, 486 318 C 456 296, 446 262, 470 250 Z"/>
    <path transform="translate(-50 22)" d="M560 420 C 610 404, 700 410, 740 440 C 770 464, 740 500, 690 506 C 640 512, 580 494, 556 468 C 540 450, 540 428, 560 420 Z"/>
    <path d="M980 90 C 1040 70, 1120 96, 1140 140 C 1156 180, 1110 206, 1050 196 C 1000 188, 956 150, 980 90 Z"/>
    <path d="M120 600 C 170 580, 260 590, 280 620 C 296 650, 240 676, 170 672 C 120 668, 90 630, 120 600 Z"/>
  </g>
  ${lanes}${shipMarks}
</svg>`;
}

export interface DemoImage {
  /** Path under the files directory, as `/files/<path>` serves it. */
  path: string;
  svg: () => string;
}

export const DEMO_IMAGES: DemoImage[] = [
  { path: 'demo/ip24112-figure.jpg', svg: networkSvg },
  { path: 'demo/sea-lanes-figure.jpg', svg: seaLanesSvg },
];

/** Write every demo image under `filesDir`; returns the paths written. */
export async function writeDemoImages(filesDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const image of DEMO_IMAGES) {
    const target = join(filesDir, image.path);
    await mkdir(dirname(target), { recursive: true });
    await sharp(Buffer.from(image.svg())).jpeg({ quality: 82, mozjpeg: true }).toFile(target);
    written.push(image.path);
  }
  return written;
}
