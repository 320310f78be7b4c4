/**
 * Draws the add-in's icons (assets/icon-<size>.png) from a vector description, so the artwork
 * is the project's own and every size is rendered crisply rather than scaled from one bitmap.
 * Run: npm run icons. The PNG encoder is the minimal one PNG needs: IHDR, one zlib IDAT, IEND.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = [number, number, number, number];

const SKY: Rgba = [0, 175, 202, 255]; // Kazakhstan's flag blue
const GREEN: Rgba = [30, 181, 58, 255]; // Uzbekistan's flag green
const WHITE: Rgba = [255, 255, 255, 255];
const GOLD: Rgba = [254, 197, 12, 255];

/** Coverage of one pixel by the shape, by 4×4 supersampling. */
function coverage(inside: (x: number, y: number) => boolean, px: number, py: number): number {
  let hits = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) if (inside(px + (i + 0.5) / 4, py + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number) {
  return (x: number, y: number): boolean => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function blend(dst: Rgba, src: Rgba, a: number): Rgba {
  const sa = (src[3] / 255) * a;
  const da = dst[3] / 255;
  const oa = sa + da * (1 - sa);
  if (oa === 0) return [0, 0, 0, 0];
  const ch = (k: number) => Math.round((src[k] * sa + dst[k] * da * (1 - sa)) / oa);
  return [ch(0), ch(1), ch(2), Math.round(oa * 255)];
}

/** Renders the icon at `size` px: a sky-to-green tile with three rising white bars and a gold sun. */
export function renderIcon(size: number): Buffer {
  const s = size / 128; // the design is drawn on a 128-unit grid
  const tile = roundedRect(4 * s, 4 * s, 124 * s, 124 * s, 22 * s);
  const bars = [
    roundedRect(26 * s, 74 * s, 44 * s, 104 * s, 3 * s),
    roundedRect(55 * s, 56 * s, 73 * s, 104 * s, 3 * s),
    roundedRect(84 * s, 36 * s, 102 * s, 104 * s, 3 * s),
  ];
  const sun = (x: number, y: number) => (x - 35 * s) ** 2 + (y - 37 * s) ** 2 <= (13 * s) ** 2;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (None), then RGBA
    for (let x = 0; x < size; x++) {
      const t = (x + y) / (2 * size);
      const bg: Rgba = [0, 1, 2]
        .map((k) => Math.round(SKY[k] * (1 - t) + GREEN[k] * t))
        .concat(255) as Rgba;
      let px: Rgba = blend([0, 0, 0, 0], bg, coverage(tile, x, y));
      for (const bar of bars) px = blend(px, WHITE, coverage(bar, x, y));
      px = blend(px, GOLD, coverage(sun, x, y));
      row.set(px, 1 + x * 4);
    }
    rows.push(row);
  }
  return encodePng(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(width: number, height: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  for (const size of ICON_SIZES) {
    const file = join(__dirname, "..", "assets", `icon-${size}.png`);
    writeFileSync(file, renderIcon(size));
    console.log(`wrote ${file}`);
  }
}
