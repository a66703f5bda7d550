/**
 * A zip package read entry by entry without inflating anything: the central directory gives each
 * entry's name, sizes, CRC and where its compressed bytes lie, so that a writer can copy an
 * untouched entry as it is (no inflate, no deflate) and inflate only the parts it edits.
 * Data descriptors (sizes after the data) and zip64 records are handled through the central
 * directory, which always holds the final sizes.
 */
import { portableCodec, type ZipCodec } from './codec';
import { DetailedError } from '../errors';
import { zipDetail } from '../../../i18n/read-details';

export class ZipFormatError extends DetailedError {}

export interface ZipEntry {
  name: string;
  /** The name as stored (copied as is, whatever its encoding). */
  rawName: Uint8Array;
  /** 0 stored, 8 deflated; anything else is only ever copied raw. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** The central directory's fields carried over on copy. */
  versionMadeBy: number;
  versionNeeded: number;
  time: number;
  date: number;
  internalAttrs: number;
  externalAttrs: number;
  /** Extra fields other than zip64 (the writer makes its own zip64 field when needed). */
  extra: Uint8Array;
  comment: Uint8Array;
  /** Where the compressed bytes start in the archive. */
  dataOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOC64 = 0x07064b50;
const SIG_CEN = 0x02014b50;
const SIG_LOC = 0x04034b50;

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** A part name as the package compares it: "/" separators, no leading one, case folded. */
export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase();
}

export class ZipArchive {
  readonly entries: ZipEntry[] = [];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly view: DataView;

  /** `inflated`: parts already inflated (see useInflated). */
  constructor(
    readonly data: Uint8Array,
    private readonly codec: ZipCodec = portableCodec,
    private inflated: Map<string, Uint8Array> | null = null,
  ) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    this.readDirectory();
  }

  private u16(at: number): number {
    return this.view.getUint16(at, true);
  }
  private u32(at: number): number {
    return this.view.getUint32(at, true);
  }
  private u64(at: number): number {
    const v = this.view.getBigUint64(at, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError(zipDetail.valueTooLarge());
    return Number(v);
  }

  private readDirectory(): void {
    const d = this.data;
    if (d.length < 22) throw new ZipFormatError(zipDetail.tooShort());
    let eocd = -1;
    for (let i = d.length - 22; i >= Math.max(0, d.length - 22 - 0xffff); i--) {
      if (d[i] === 0x50 && d[i + 1] === 0x4b && this.u32(i) === SIG_EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipFormatError(zipDetail.noDirectory());
    let count = this.u16(eocd + 10);
    let cdSize = this.u32(eocd + 12);
    let cdOffset = this.u32(eocd + 16);
    if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20 && this.u32(eocd - 20) === SIG_LOC64) {
      const at = this.u64(eocd - 20 + 8);
      if (at + 56 > d.length || this.u32(at) !== SIG_EOCD64) throw new ZipFormatError(zipDetail.noDirectory64());
      count = this.u64(at + 32);
      cdSize = this.u64(at + 40);
      cdOffset = this.u64(at + 48);
    }
    if (cdOffset + cdSize > d.length) throw new ZipFormatError(zipDetail.directoryOutOfRange());
    let p = cdOffset;
    // Part names by their case-folded form: equal names are one part (ECMA-376 part 2, 9.1.1.1), and a
    // package holding two is invalid. The reader would read one copy and the writer edit the other.
    const folded = new Map<string, string>();
    for (let n = 0; n < count; n++) {
      if (p + 46 > d.length || this.u32(p) !== SIG_CEN) throw new ZipFormatError(zipDetail.badDirectoryEntry());
      const flags = this.u16(p + 8);
      const nameLen = this.u16(p + 28);
      const extraLen = this.u16(p + 30);
      const commentLen = this.u16(p + 32);
      const nameBytes = d.subarray(p + 46, p + 46 + nameLen);
      const extraAll = d.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
      let compressedSize = this.u32(p + 20);
      let size = this.u32(p + 24);
      let localOffset = this.u32(p + 42);
      // The zip64 extra field holds, in this order, only the values saturated in the fixed fields.
      const kept: Uint8Array[] = [];
      for (let e = 0; e + 4 <= extraAll.length; ) {
        const id = extraAll[e] | (extraAll[e + 1] << 8);
        const len = extraAll[e + 2] | (extraAll[e + 3] << 8);
        if (id === 0x0001) {
          let q = p + 46 + nameLen + e + 4;
          if (size === 0xffffffff) (size = this.u64(q)), (q += 8);
          if (compressedSize === 0xffffffff) (compressedSize = this.u64(q)), (q += 8);
          if (localOffset === 0xffffffff) (localOffset = this.u64(q)), (q += 8);
        } else kept.push(extraAll.subarray(e, e + 4 + len));
        e += 4 + len;
      }
      const extra = new Uint8Array(kept.reduce((s, k) => s + k.length, 0));
      kept.reduce((at, k) => (extra.set(k, at), at + k.length), 0);
      if (localOffset + 30 > d.length || this.u32(localOffset) !== SIG_LOC) throw new ZipFormatError(zipDetail.badLocalHeader());
      const dataOffset = localOffset + 30 + this.u16(localOffset + 26) + this.u16(localOffset + 28);
      if (dataOffset + compressedSize > d.length) throw new ZipFormatError(zipDetail.entryOutOfRange());
      const entry: ZipEntry = {
        name: (flags & 0x800 ? utf8 : latin1).decode(nameBytes),
        rawName: nameBytes,
        method: this.u16(p + 10),
        flags,
        crc: this.u32(p + 16),
        compressedSize,
        size,
        versionMadeBy: this.u16(p + 4),
        versionNeeded: this.u16(p + 6),
        time: this.u16(p + 12),
        date: this.u16(p + 14),
        internalAttrs: this.u16(p + 36),
        externalAttrs: this.u32(p + 38),
        extra,
        comment: d.slice(p + 46 + nameLen + extraLen, p + 46 + nameLen + extraLen + commentLen),
        dataOffset,
      };
      if (!entry.name.endsWith('/')) {
        const key = partKey(entry.name);
        const first = folded.get(key);
        if (first !== undefined) throw new ZipFormatError(zipDetail.duplicatePart(first, entry.name));
        folded.set(key, entry.name);
      }
      this.entries.push(entry);
      this.byName.set(entry.name, entry);
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  /**
   * Parts already inflated, by name (the workbench's, by the platform's stream: inflateAhead), in
   * place of those handed before: each used once, by bytes() or a ZipReader, instead of inflating it.
   */
  useInflated(inflated: Map<string, Uint8Array> | null): void {
    this.inflated = inflated;
  }

  /** The entry's bytes if they were handed over already inflated (then let go), else undefined. */
  takeInflated(entry: ZipEntry): Uint8Array | undefined {
    const bytes = this.inflated?.get(entry.name);
    if (bytes) this.inflated!.delete(entry.name);
    return bytes;
  }

  get(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /** The entry's bytes as stored (still compressed). */
  raw(entry: ZipEntry): Uint8Array {
    return this.data.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  }

  /** The entry's content, inflated and checked against its CRC. */
  bytes(entry: ZipEntry): Uint8Array {
    if (entry.flags & 1) throw new ZipFormatError(zipDetail.encryptedEntry(entry.name));
    let out: Uint8Array;
    if (entry.method === 0) out = this.raw(entry);
    else if (entry.method === 8) {
      // Inflated ahead or here, checked against its size and CRC alike.
      const ahead = this.takeInflated(entry);
      try {
        out = ahead ?? this.codec.inflate(this.raw(entry), entry.size);
      } catch (e) {
        throw new ZipFormatError(zipDetail.inflateFailed(entry.name, e instanceof Error ? e.message : String(e)));
      }
    } else throw new ZipFormatError(zipDetail.unsupportedMethod(entry.name, entry.method));
    if (out.length !== entry.size || this.codec.crc32(out) !== entry.crc) throw new ZipFormatError(zipDetail.damagedEntry(entry.name));
    return out;
  }
}
