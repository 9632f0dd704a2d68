// Draws the app icons (the favicon's dumbbell on its blue tile) as PNGs into public/icons.
// Run by hand after changing the mark: `node scripts/make-icons.mjs`; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(here, '../public/icons');
const TILE = [0x24, 0x53, 0xd6];
const MARK = [0xff, 0xff, 0xff];
// The favicon's dumbbell on its 32-unit grid: plates, inner plates and the bar.
const BARBELL = [
  [6, 13, 3, 6],
  [23, 13, 3, 6],
  [9, 11, 3, 10],
  [20, 11, 3, 10],
  [12, 15, 8, 2],
];

/** `maskable`: full-bleed tile with the mark inside the 80% safe zone; otherwise a rounded tile. */
function draw(size, maskable) {
  const png = new PNG({ width: size, height: size });
  const unit = size / 32;
  const scale = maskable ? 0.7 : 1;
  const offset = (size - size * scale) / 2;
  const radius = maskable ? 0 : 7 * unit;
  const inTile = (x, y) => {
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  const inMark = (x, y) =>
    BARBELL.some(([rx, ry, w, h]) => {
      const gx = (x - offset) / (unit * scale);
      const gy = (y - offset) / (unit * scale);
      return gx >= rx && gx < rx + w && gy >= ry && gy < ry + h;
    });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const px = x + 0.5;
      const py = y + 0.5;
      const colour = inMark(px, py) ? MARK : TILE;
      png.data.set([...colour, inTile(px, py) ? 255 : 0], i);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

mkdirSync(outDir, { recursive: true });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon-180.png', 180, true],
]) {
  writeFileSync(resolve(outDir, name), draw(size, maskable));
  console.log(`wrote public/icons/${name}`);
}
