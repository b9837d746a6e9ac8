#!/usr/bin/env node
// Draws the add-in's icons (a white clock face on Svarsplikt blue) as real PNGs, with no
// dependencies: a small rasteriser with 4x4 supersampling, zlib and the PNG chunk CRC.
// Usage: node scripts/make-icons.mjs [outDir]   (default addin/public/icons)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x0f, 0x4c, 0x81];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Distance from point p to the segment a-b. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage (0..1) of [background square with rounded corners, clock ink] at a point in unit space. */
function sample(x, y) {
  const r = 0.18;
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  const inSquare = Math.hypot(qx, qy) <= r;
  const d = Math.hypot(x - 0.5, y - 0.5);
  const ring = Math.abs(d - 0.3) <= 0.06;
  const hourHand = segmentDistance(x, y, 0.5, 0.5, 0.5, 0.3) <= 0.045;
  const minuteHand = segmentDistance(x, y, 0.5, 0.5, 0.66, 0.58) <= 0.045;
  return [inSquare, inSquare && (ring || hourHand || minuteHand)];
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const n = 4;
  for (let py = 0; py < size; py += 1) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px += 1) {
      let bg = 0;
      let ink = 0;
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const [inSquare, inInk] = sample(
            (px + (sx + 0.5) / n) / size,
            (py + (sy + 0.5) / n) / size,
          );
          if (inSquare) bg += 1;
          if (inInk) ink += 1;
        }
      }
      const alpha = bg / (n * n);
      const mix = bg === 0 ? 0 : ink / bg;
      const o = py * (size * 4 + 1) + 1 + px * 4;
      for (let c = 0; c < 3; c += 1) raw[o + c] = Math.round(BLUE[c] * (1 - mix) + WHITE[c] * mix);
      raw[o + 3] = Math.round(alpha * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Writes icon-<size>.png for every size into `outDir`; returns the file paths. */
export function makeIcons(outDir = 'addin/public/icons') {
  mkdirSync(outDir, { recursive: true });
  return SIZES.map((size) => {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, png(size));
    return file;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of makeIcons(process.argv[2])) console.log(file);
}
