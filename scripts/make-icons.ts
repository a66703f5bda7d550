/**
 * Draws the add-in icons into assets/ (npm run icons).
 *
 * Node only, no image library: shapes are described on a 32-unit design grid, sampled with
 * supersampling for anti-aliasing, and written as RGBA PNGs. Strokes are 2 units wide and centred on
 * odd coordinates so that at 16 px (1 unit = 0.5 px) they fall exactly on one pixel row or column.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type RGBA = readonly [r: number, g: number, b: number, a: number];
type Inside = (x: number, y: number) => boolean;
interface Shape {
  inside: Inside;
  color: RGBA;
}

const GRID = 32;

const hex = (h: string, a = 1): RGBA => [
  parseInt(h.slice(1, 3), 16),
  parseInt(h.slice(3, 5), 16),
  parseInt(h.slice(5, 7), 16),
  a,
];

const C = {
  blue: hex('#1B5E9E'),
  blueDark: hex('#134A7E'),
  blueLight: hex('#CFE2F5'),
  green: hex('#238B4E'),
  greenLight: hex('#3BAA68'),
  gray: hex('#4A5561'),
  grayLight: hex('#9AA6B2'),
  white: hex('#FFFFFF'),
  lens: hex('#F2F7FC', 0.92),
  pink: hex('#D9536F'),
};

// ---- geometry -----------------------------------------------------------------------------------

function rect(x0: number, y0: number, x1: number, y1: number, r = 0): Inside {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    if (r <= 0) return true;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** Outline of a rectangle: a stroke of width w centred on the given edges. */
function frame(x0: number, y0: number, x1: number, y1: number, w = 2): Inside {
  const outer = rect(x0 - w / 2, y0 - w / 2, x1 + w / 2, y1 + w / 2);
  const inner = rect(x0 + w / 2, y0 + w / 2, x1 - w / 2, y1 - w / 2);
  return (x, y) => outer(x, y) && !inner(x, y);
}

function circle(cx: number, cy: number, r: number): Inside {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function ring(cx: number, cy: number, r: number, w: number): Inside {
  return (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    return d >= r - w / 2 && d <= r + w / 2;
  };
}

/** A stroke with round caps; `butt` cuts the caps off square. */
function seg(x0: number, y0: number, x1: number, y1: number, w: number, butt = false): Inside {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  return (x, y) => {
    const t = ((x - x0) * dx + (y - y0) * dy) / len2;
    if (butt && (t < 0 || t > 1)) return false;
    const k = Math.min(1, Math.max(0, t));
    return Math.hypot(x - (x0 + k * dx), y - (y0 + k * dy)) <= w / 2;
  };
}

function polyline(points: ReadonlyArray<readonly [number, number]>, w: number): Inside {
  const parts = points.slice(1).map((p, i) => seg(points[i][0], points[i][1], p[0], p[1], w));
  return union(...parts);
}

function polygon(points: ReadonlyArray<readonly [number, number]>): Inside {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

/** Angles in degrees, clockwise on screen (y points down), from a0 to a1. */
function arc(cx: number, cy: number, r: number, w: number, a0: number, a1: number): Inside {
  const band = ring(cx, cy, r, w);
  return (x, y) => {
    if (!band(x, y)) return false;
    const a = (((Math.atan2(y - cy, x - cx) * 180) / Math.PI - a0) % 360 + 360) % 360;
    return a <= a1 - a0;
  };
}

/** Arrowhead at angle `a` on a circle, pointing clockwise along the tangent. */
function arrowHead(cx: number, cy: number, r: number, a: number, length: number, half: number): Inside {
  const t = (a * Math.PI) / 180;
  const n = [Math.cos(t), Math.sin(t)] as const;
  const tan = [-Math.sin(t), Math.cos(t)] as const;
  const p = [cx + r * n[0], cy + r * n[1]] as const;
  return polygon([
    [p[0] + tan[0] * length, p[1] + tan[1] * length],
    [p[0] + n[0] * half, p[1] + n[1] * half],
    [p[0] - n[0] * half, p[1] - n[1] * half],
  ]);
}

function union(...parts: Inside[]): Inside {
  return (x, y) => parts.some((p) => p(x, y));
}

function rotate(points: ReadonlyArray<readonly [number, number]>, cx: number, cy: number, deg: number) {
  const t = (deg * Math.PI) / 180;
  return points.map(
    ([x, y]) =>
      [cx + (x - cx) * Math.cos(t) - (y - cy) * Math.sin(t), cy + (x - cx) * Math.sin(t) + (y - cy) * Math.cos(t)] as const,
  );
}

// ---- drawings (32-unit grid) --------------------------------------------------------------------

/** Product icon: a ledger sheet on a municipal-blue tile, with a green yen coin. */
function product(size: number): Shape[] {
  const shapes: Shape[] = [
    { inside: rect(0, 0, 32, 32, 6), color: C.blue },
    { inside: rect(5, 4, 23, 28, 1), color: C.white },
    { inside: rect(5, 4, 23, 10, 1), color: C.blueLight },
  ];
  // Below 24 px three rules blur into a grey patch; two stay on whole pixels.
  const rows = size < 24 ? [15, 21] : [14.5, 19, 23.5];
  for (const y of rows) shapes.push({ inside: rect(5, y - 1, 23, y + 1), color: C.grayLight });
  shapes.push({ inside: rect(10, 10, 12, 28), color: C.grayLight });
  // Coin with a white rim so it stands off the sheet.
  shapes.push({ inside: circle(23, 23, 9), color: C.white });
  shapes.push({ inside: circle(23, 23, 7.5), color: C.green });
  // The yen sign keeps one bar when small: two bars at 16 px merge into a block.
  const small = size < 24;
  const w = small ? 2.4 : 1.8;
  const yen = [
    seg(19.5, 17.5, 23, 22, w),
    seg(26.5, 17.5, 23, 22, w),
    seg(23, 22, 23, 28.5, w, true),
    seg(19.5, small ? 24 : 23, 26.5, small ? 24 : 23, w * 0.8, true),
  ];
  if (!small) yen.push(seg(19.5, 25.8, 26.5, 25.8, w * 0.8, true));
  shapes.push({ inside: union(...yen), color: C.white });
  return shapes;
}

/** 認識: a magnifier over a table grid. */
function recognize(): Shape[] {
  const grid = union(
    frame(3, 9, 21, 29),
    rect(8, 9, 10, 29),
    rect(14, 9, 16, 29),
    rect(3, 15, 21, 17),
    rect(3, 21, 21, 23),
  );
  return [
    { inside: rect(3, 9, 21, 16), color: C.blueLight },
    { inside: grid, color: C.gray },
    { inside: circle(21, 11, 8), color: C.lens },
    { inside: ring(21, 11, 7, 3), color: C.blue },
    { inside: seg(26.5, 16.5, 29.5, 19.5, 4.5), color: C.blueDark },
  ];
}

/** 検証: a check mark. */
function validate(): Shape[] {
  return [{ inside: polyline([[5, 17], [12.5, 24.5], [27, 9]], 5), color: C.green }];
}

/** 再計算: two circular arrows. */
function recalc(): Shape[] {
  const cx = 16;
  const cy = 16;
  const r = 10;
  return [
    { inside: arc(cx, cy, r, 3.2, 195, 320), color: C.blue },
    { inside: arrowHead(cx, cy, r, 318, 7, 5.5), color: C.blue },
    { inside: arc(cx, cy, r, 3.2, 15, 140), color: C.green },
    { inside: arrowHead(cx, cy, r, 138, 7, 5.5), color: C.green },
  ];
}

/** 集計・グラフ: a bar chart on axes. */
function summary(): Shape[] {
  return [
    { inside: rect(6, 18, 12, 28), color: C.blue },
    { inside: rect(14, 8, 20, 28), color: C.green },
    { inside: rect(22, 14, 28, 28), color: C.blue },
    { inside: union(rect(2, 2, 4, 30), rect(2, 28, 30, 30)), color: C.gray },
  ];
}

/** マーク解除: an eraser over a base line. */
function clearMarks(): Shape[] {
  const cx = 17;
  const cy = 15;
  const body = rotate([[5, 10], [29, 10], [29, 20], [5, 20]], cx, cy, -40);
  const tip = rotate([[5, 10], [13, 10], [13, 20], [5, 20]], cx, cy, -40);
  const seam = rotate([[12.6, 10], [14, 10], [14, 20], [12.6, 20]], cx, cy, -40);
  return [
    { inside: polygon(body), color: C.blue },
    { inside: polygon(tip), color: C.pink },
    { inside: polygon(seam), color: C.white },
    { inside: rect(12, 28, 30, 30), color: C.gray },
  ];
}

/** 作業ウィンドウ: a window with its right-hand pane. */
function taskpane(): Shape[] {
  return [
    { inside: rect(19, 6, 28, 26), color: C.blue },
    { inside: frame(3, 5, 29, 27), color: C.gray },
    { inside: rect(4, 6, 28, 10), color: C.grayLight },
    { inside: union(rect(6, 14, 16, 16), rect(6, 18, 12, 20)), color: C.grayLight },
  ];
}

// ---- raster and PNG -----------------------------------------------------------------------------

function render(size: number, shapes: Shape[]): Buffer {
  const ss = size <= 24 ? 8 : size <= 64 ? 5 : 3;
  const unit = GRID / size;
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) * unit;
          const y = (py + (sy + 0.5) / ss) * unit;
          // Premultiplied "over", bottom shape first.
          let pr = 0;
          let pg = 0;
          let pb = 0;
          let pa = 0;
          for (const s of shapes) {
            if (!s.inside(x, y)) continue;
            const sa = s.color[3];
            pr = s.color[0] * sa + pr * (1 - sa);
            pg = s.color[1] * sa + pg * (1 - sa);
            pb = s.color[2] * sa + pb * (1 - sa);
            pa = sa + pa * (1 - sa);
          }
          r += pr;
          g += pg;
          b += pb;
          a += pa;
        }
      }
      const n = ss * ss;
      const i = (py * size + px) * 4;
      const alpha = a / n;
      out[i] = alpha ? Math.round(r / n / alpha) : 0;
      out[i + 1] = alpha ? Math.round(g / n / alpha) : 0;
      out[i + 2] = alpha ? Math.round(b / n / alpha) : 0;
      out[i + 3] = Math.round(alpha * 255);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- output -------------------------------------------------------------------------------------

const PRODUCT_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const BUTTON_SIZES = [16, 32, 80];
const BUTTONS: Record<string, (size: number) => Shape[]> = {
  recognize,
  validate,
  recalc,
  summary,
  'clear-marks': clearMarks,
  taskpane,
};

const dir = join(__dirname, '..', 'assets');
mkdirSync(dir, { recursive: true });
let count = 0;
for (const size of PRODUCT_SIZES) {
  writeFileSync(join(dir, `icon-${size}.png`), png(size, render(size, product(size))));
  count++;
}
for (const [name, draw] of Object.entries(BUTTONS)) {
  for (const size of BUTTON_SIZES) {
    writeFileSync(join(dir, `${name}-${size}.png`), png(size, render(size, draw(size))));
    count++;
  }
}
console.log(`${count} icons written to assets/`);
