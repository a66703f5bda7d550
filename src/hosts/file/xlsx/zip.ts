/**
 * The package's zip, read from its central directory and inflated part by part in small steps:
 * no part is ever held whole, so a part may be larger than a string can be, while the total
 * inflated and the inflation ratio stay capped (a zip bomb is refused, not expanded).
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  offset: number;
}

/** Everything a workbook's parts may inflate to, together. */
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024;
/** Above this size a part must not inflate more than MAX_RATIO times its compressed size. */
export const RATIO_FROM_BYTES = 32 * 1024 * 1024;
/** Real sheet XML deflates 5–100:1; a zip bomb's runs about 1000:1. */
export const MAX_RATIO = 200;

export class ZipError extends Error {
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 0x100000000;

/** The entries of a zip by their central directory (zip64 included). */
export function zipEntries(data: Uint8Array): ZipEntry[] {
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data[i] === 0x50 && data[i + 1] === 0x4b && data[i + 2] === 0x05 && data[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('no zip directory (the file is cut short)');
  let count = u16(data, eocd + 10);
  let cdOffset = u32(data, eocd + 16);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(data, eocd - 20) === 0x07064b50) {
    const z = u64(data, eocd - 12);
    if (u32(data, z) !== 0x06064b50) throw new ZipError('bad zip64 directory');
    count = u64(data, z + 32);
    cdOffset = u64(data, z + 48);
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > data.length || u32(data, p) !== 0x02014b50) throw new ZipError('bad zip directory entry');
    const method = u16(data, p + 10);
    let compressedSize = u32(data, p + 20);
    let size = u32(data, p + 24);
    const nameLen = u16(data, p + 28);
    const extraLen = u16(data, p + 30);
    const commentLen = u16(data, p + 32);
    let offset = u32(data, p + 42);
    const name = new TextDecoder().decode(data.subarray(p + 46, p + 46 + nameLen));
    // zip64: the sizes and offset that did not fit are in extra field 0x0001, in this order
    for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = u16(data, e);
      const len = u16(data, e + 2);
      if (id === 1) {
        let q = e + 4;
        if (size === 0xffffffff) (size = u64(data, q)), (q += 8);
        if (compressedSize === 0xffffffff) (compressedSize = u64(data, q)), (q += 8);
        if (offset === 0xffffffff) offset = u64(data, q);
      }
      e += 4 + len;
    }
    entries.push({ name: name.replace(/\\/g, '/').replace(/^\//, ''), method, compressedSize, size, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Checks the directory's declared sizes before anything is inflated. */
export function checkSizes(entries: ZipEntry[]): void {
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size > RATIO_FROM_BYTES && e.size > e.compressedSize * MAX_RATIO) throw new ZipError(`${e.name} ${mb(e.size)} MB`, true);
  }
  if (total > MAX_TOTAL_BYTES) {
    const largest = entries.reduce((a, b) => (b.size > a.size ? b : a));
    throw new ZipError(`${largest.name} ${mb(largest.size)} MB`, true);
  }
}

const mb = (n: number) => Math.round(n / 2 ** 20);

/** Compressed bytes fed to the inflater at a time: at most ~4 MB comes out of one step. */
const STEP = 4 * 1024;

export class ZipReader {
  private readonly byName = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    private readonly data: Uint8Array,
    readonly entries: ZipEntry[],
  ) {
    // Part names are case-insensitive (ECMA-376 part 2, 9.1.1.1).
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** Inflates a part, handing its bytes on in pieces; `final` marks the last. */
  read(name: string, sink: (bytes: Uint8Array, final: boolean) => void): void {
    const e = this.byName.get(name.toLowerCase());
    if (!e) throw new ZipError(`${name} is missing`);
    const d = this.data;
    const p = e.offset;
    if (p + 30 > d.length || u32(d, p) !== 0x04034b50) throw new ZipError(`${name}: bad local header`);
    const start = p + 30 + u16(d, p + 26) + u16(d, p + 28);
    const end = start + e.compressedSize;
    if (end > d.length) throw new ZipError(`${name} is cut short`);
    let out = 0;
    const count = (n: number) => {
      out += n;
      this.inflated += n;
      if (this.inflated > MAX_TOTAL_BYTES || (out > RATIO_FROM_BYTES && out > e.compressedSize * MAX_RATIO)) {
        throw new ZipError(`${name} ${mb(out)} MB`, true);
      }
    };
    if (e.method === 0) {
      for (let i = start; i < end; i += STEP * 256) {
        const piece = d.subarray(i, Math.min(end, i + STEP * 256));
        count(piece.length);
        sink(piece, i + STEP * 256 >= end);
      }
      if (start === end) sink(new Uint8Array(0), true);
      return;
    }
    if (e.method !== 8) throw new ZipError(`${name}: compression method ${e.method}`);
    let done = false;
    const inflate = new Inflate((chunk, final) => {
      count(chunk.length);
      done = final;
      sink(chunk, final);
    });
    for (let i = start; i < end; i += STEP) inflate.push(d.subarray(i, Math.min(end, i + STEP)), i + STEP >= end);
    if (start === end) inflate.push(new Uint8Array(0), true);
    if (!done) throw new ZipError(`${name} is cut short`);
  }
}
