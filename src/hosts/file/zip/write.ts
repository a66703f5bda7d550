/**
 * A zip package assembled from entries copied raw from another archive (compressed bytes and
 * central directory fields as they were) and new entries deflated here. Local headers are written
 * with the final sizes (no data descriptors); zip64 fields appear only when a size or offset needs
 * them.
 */
import { portableCodec, type ZipCodec } from './codec';
import type { ZipArchive, ZipEntry } from './read';

const encoder = new TextEncoder();
const MAX32 = 0xffffffff;

interface Pending {
  name: Uint8Array;
  entry: Omit<ZipEntry, 'name' | 'rawName' | 'dataOffset'>;
  data: Uint8Array;
}

/** 1980-01-01 00:00, the zip epoch: new entries carry a fixed time so output is reproducible. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** An entry's content ready to store: deflated unless that would not make it smaller. */
export interface Compressed {
  method: 0 | 8;
  crc: number;
  size: number;
  data: Uint8Array;
}

export function compress(content: Uint8Array, codec: ZipCodec = portableCodec): Compressed {
  const deflated = content.length > 64 ? codec.deflate(content) : null;
  const stored = !deflated || deflated.length >= content.length;
  return { method: stored ? 0 : 8, crc: codec.crc32(content), size: content.length, data: stored ? content : deflated! };
}

/**
 * An entry's content compressed as it is made, piece by piece (see ZipCodec.deflater): a large part
 * (the 集計 of a million-cell plan, 55 MB of XML) is never held whole uncompressed.
 */
export class PieceCompressor {
  private readonly deflated: Uint8Array[] = [];
  private readonly deflater: ReturnType<ZipCodec['deflater']>;
  private crc = 0;
  private size = 0;

  constructor(private readonly codec: ZipCodec = portableCodec) {
    this.deflater = codec.deflater((d) => this.deflated.push(d));
  }

  push(piece: Uint8Array): void {
    this.crc = this.codec.crc32(piece, this.crc);
    this.size += piece.length;
    this.deflater.push(piece, false);
  }

  finish(): Compressed {
    this.deflater.push(new Uint8Array(0), true);
    return { method: 8, crc: this.crc, size: this.size, data: joined(this.deflated) };
  }
}

export function joined(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let size = 0;
  for (const c of chunks) size += c.length;
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

export class ZipWriter {
  private readonly items: Pending[] = [];

  constructor(private readonly codec: ZipCodec = portableCodec) {}

  /** Copies an entry of `from` without inflating it. */
  copy(from: ZipArchive, entry: ZipEntry): void {
    // Bit 3 (sizes in a data descriptor) is cleared: the local header written here holds them.
    this.items.push({ name: entry.rawName, entry: { ...entry, flags: entry.flags & ~0x8 }, data: from.raw(entry) });
  }

  /** Adds (or replaces, by adding in its place) an entry with new content, deflated. */
  add(name: string, content: Uint8Array, like?: ZipEntry): void {
    this.addCompressed(name, compress(content, this.codec), like);
  }

  /** Adds an entry compressed beforehand (see compress). */
  addCompressed(name: string, c: Compressed, like?: ZipEntry): void {
    this.items.push({
      name: encoder.encode(name),
      entry: {
        method: c.method,
        flags: 0x800,
        crc: c.crc,
        compressedSize: c.data.length,
        size: c.size,
        versionMadeBy: like?.versionMadeBy ?? 20,
        versionNeeded: 20,
        time: like?.time ?? 0,
        date: like?.date ?? DOS_DATE,
        internalAttrs: like?.internalAttrs ?? 0,
        externalAttrs: like?.externalAttrs ?? 0,
        extra: like?.extra ?? new Uint8Array(),
        comment: like?.comment ?? new Uint8Array(),
      },
      data: c.data,
    });
  }

  finish(): Uint8Array {
    const chunks: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    for (const { name, entry: e, data } of this.items) {
      const big = e.size >= MAX32 || e.compressedSize >= MAX32;
      const local = new Uint8Array(30 + name.length + (big ? 20 : 0) + e.extra.length);
      const lv = new DataView(local.buffer);
      lv.setUint32(0, 0x04034b50, true);
      lv.setUint16(4, big ? 45 : Math.max(e.versionNeeded, 20), true);
      lv.setUint16(6, e.flags, true);
      lv.setUint16(8, e.method, true);
      lv.setUint16(10, e.time, true);
      lv.setUint16(12, e.date, true);
      lv.setUint32(14, e.crc, true);
      lv.setUint32(18, big ? MAX32 : e.compressedSize, true);
      lv.setUint32(22, big ? MAX32 : e.size, true);
      lv.setUint16(26, name.length, true);
      lv.setUint16(28, local.length - 30 - name.length, true);
      local.set(name, 30);
      let q = 30 + name.length;
      if (big) {
        lv.setUint16(q, 0x0001, true);
        lv.setUint16(q + 2, 16, true);
        lv.setBigUint64(q + 4, BigInt(e.size), true);
        lv.setBigUint64(q + 12, BigInt(e.compressedSize), true);
        q += 20;
      }
      local.set(e.extra, q);

      const farOffset = offset >= MAX32;
      const z64 = (big ? 16 : 0) + (farOffset ? 8 : 0);
      const cen = new Uint8Array(46 + name.length + (z64 ? 4 + z64 : 0) + e.extra.length + e.comment.length);
      const cv = new DataView(cen.buffer);
      cv.setUint32(0, 0x02014b50, true);
      cv.setUint16(4, e.versionMadeBy, true);
      cv.setUint16(6, z64 ? 45 : Math.max(e.versionNeeded, 20), true);
      cv.setUint16(8, e.flags, true);
      cv.setUint16(10, e.method, true);
      cv.setUint16(12, e.time, true);
      cv.setUint16(14, e.date, true);
      cv.setUint32(16, e.crc, true);
      cv.setUint32(20, big ? MAX32 : e.compressedSize, true);
      cv.setUint32(24, big ? MAX32 : e.size, true);
      cv.setUint16(28, name.length, true);
      cv.setUint16(30, (z64 ? 4 + z64 : 0) + e.extra.length, true);
      cv.setUint16(32, e.comment.length, true);
      cv.setUint16(36, e.internalAttrs, true);
      cv.setUint32(38, e.externalAttrs, true);
      cv.setUint32(42, farOffset ? MAX32 : offset, true);
      cen.set(name, 46);
      q = 46 + name.length;
      if (z64) {
        cv.setUint16(q, 0x0001, true);
        cv.setUint16(q + 2, z64, true);
        q += 4;
        if (big) {
          cv.setBigUint64(q, BigInt(e.size), true);
          cv.setBigUint64(q + 8, BigInt(e.compressedSize), true);
          q += 16;
        }
        if (farOffset) {
          cv.setBigUint64(q, BigInt(offset), true);
          q += 8;
        }
      }
      cen.set(e.extra, q);
      cen.set(e.comment, q + e.extra.length);
      chunks.push(local, data);
      central.push(cen);
      offset += local.length + data.length;
    }
    const cdOffset = offset;
    const cdSize = central.reduce((s, c) => s + c.length, 0);
    const count = this.items.length;
    const needs64 = count >= 0xffff || cdOffset >= MAX32 || cdSize >= MAX32;
    const tail = new Uint8Array((needs64 ? 56 + 20 : 0) + 22);
    const tv = new DataView(tail.buffer);
    let t = 0;
    if (needs64) {
      tv.setUint32(0, 0x06064b50, true);
      tv.setBigUint64(4, 44n, true);
      tv.setUint16(12, 45, true);
      tv.setUint16(14, 45, true);
      tv.setBigUint64(24, BigInt(count), true);
      tv.setBigUint64(32, BigInt(count), true);
      tv.setBigUint64(40, BigInt(cdSize), true);
      tv.setBigUint64(48, BigInt(cdOffset), true);
      tv.setUint32(56, 0x07064b50, true);
      tv.setBigUint64(64, BigInt(cdOffset + cdSize), true);
      tv.setUint32(72, 1, true);
      t = 76;
    }
    tv.setUint32(t, 0x06054b50, true);
    tv.setUint16(t + 8, Math.min(count, 0xffff), true);
    tv.setUint16(t + 10, Math.min(count, 0xffff), true);
    tv.setUint32(t + 12, Math.min(cdSize, MAX32), true);
    tv.setUint32(t + 16, Math.min(cdOffset, MAX32), true);
    const out = new Uint8Array(offset + cdSize + tail.length);
    let at = 0;
    for (const c of chunks) (out.set(c, at), (at += c.length));
    for (const c of central) (out.set(c, at), (at += c.length));
    out.set(tail, at);
    return out;
  }
}
