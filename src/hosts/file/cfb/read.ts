/**
 * An OLE compound file (MS-CFB) read for its root streams: an encrypted .xlsx is one, holding
 * `EncryptionInfo` and `EncryptedPackage` (MS-OFFCRYPTO 2.3.4.4). Every sector number, chain and
 * size is checked against the file, so a truncated or hostile file is a CfbError, never a loop or
 * a read past the end.
 */
import { DetailedError } from '../errors';
import { cfbDetail, type ReadDetail } from '../../../i18n/read-details';

export class CfbError extends DetailedError {
  constructor(
    detail: ReadDetail,
    /** The header itself is not a compound file's: nothing inside could be located. */
    readonly header = false,
  ) {
    super(detail);
  }
}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MAXREGSECT = 0xfffffffa;
const ENDOFCHAIN = 0xfffffffe;
const NOSTREAM = 0xffffffff;
const DIR_ENTRY = 128;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;

export function isCompoundFile(data: Uint8Array): boolean {
  return data.length >= 8 && SIGNATURE.every((b, i) => data[i] === b);
}

interface DirEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export class CompoundFile {
  private readonly view: DataView;
  private readonly sectorSize: number;
  private readonly sectorCount: number;
  private readonly fat: Uint32Array;
  private readonly miniFat: Uint32Array;
  private readonly miniCutoff: number;
  private readonly entries: DirEntry[];
  private miniStream: Uint8Array | null = null;

  constructor(private readonly data: Uint8Array) {
    if (data.length < 512 || !isCompoundFile(data)) throw new CfbError(cfbDetail.notCompound(), true);
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const major = this.u16(26);
    const shift = this.u16(30);
    if (this.u16(28) !== 0xfffe || !((major === 3 && shift === 9) || (major === 4 && shift === 12)) || this.u16(32) !== 6) {
      throw new CfbError(cfbDetail.header(major, shift), true);
    }
    this.sectorSize = 1 << shift;
    // Sector n lies at (n + 1) × sector size; the header fills sector "-1".
    this.sectorCount = Math.max(0, Math.ceil((data.length - this.sectorSize) / this.sectorSize));
    this.miniCutoff = this.u32(56);
    this.fat = this.readFat(this.u32(44), this.u32(68), this.u32(72));
    this.entries = this.readDirectory(this.u32(48));
    const root = this.entries[0];
    if (root?.type !== TYPE_ROOT) throw new CfbError(cfbDetail.noRoot());
    const miniFatBytes = this.u32(64) ? this.chainBytes(this.u32(60), this.u32(64) * this.sectorSize) : new Uint8Array(0);
    this.miniFat = words(miniFatBytes);
  }

  private u16(at: number): number {
    return this.view.getUint16(at, true);
  }
  private u32(at: number): number {
    return this.view.getUint32(at, true);
  }

  /** Sector `n`'s bytes (the last sector of a file may be short: a truncated file). */
  private sector(n: number): Uint8Array {
    if (n >= this.sectorCount) throw new CfbError(cfbDetail.sectorBeyondEnd(n));
    const at = (n + 1) * this.sectorSize;
    return this.data.subarray(at, at + this.sectorSize);
  }

  /** The FAT sectors listed in the header's 109 DIFAT slots and then in the DIFAT chain. */
  private readFat(fatSectors: number, difatStart: number, difatSectors: number): Uint32Array {
    if (fatSectors > this.sectorCount) throw new CfbError(cfbDetail.tooManyFatSectors(fatSectors, this.sectorCount));
    const list: number[] = [];
    for (let i = 0; i < 109 && list.length < fatSectors; i++) list.push(this.u32(76 + i * 4));
    let next = difatStart;
    const perSector = this.sectorSize / 4 - 1;
    for (let k = 0; k < difatSectors && list.length < fatSectors; k++) {
      if (next > MAXREGSECT) throw new CfbError(cfbDetail.difatEndsEarly());
      const s = words(this.sector(next));
      for (let i = 0; i < perSector && list.length < fatSectors; i++) list.push(s[i]);
      next = s[perSector];
    }
    if (list.length < fatSectors) throw new CfbError(cfbDetail.fatSectorsMissing());
    const fat = new Uint32Array(fatSectors * (this.sectorSize / 4));
    list.forEach((n, i) => {
      if (n > MAXREGSECT) throw new CfbError(cfbDetail.badFatSector());
      fat.set(words(this.sector(n)), i * (this.sectorSize / 4));
    });
    return fat;
  }

  /** A chain of regular sectors from `start`, `size` bytes of it (the whole chain when size is -1). */
  private chainBytes(start: number, size: number): Uint8Array {
    return follow(start, size, this.fat, (n) => this.sector(n), 'FAT');
  }

  private readDirectory(start: number): DirEntry[] {
    const bytes = this.chainBytes(start, -1);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entries: DirEntry[] = [];
    for (let at = 0; at + DIR_ENTRY <= bytes.length; at += DIR_ENTRY) {
      const nameLength = Math.min(view.getUint16(at + 64, true), 64);
      const units: number[] = [];
      // The length counts the terminating NUL.
      for (let i = 0; i < nameLength - 2; i += 2) units.push(view.getUint16(at + i, true));
      while (units.length && units[units.length - 1] === 0) units.pop();
      entries.push({
        name: String.fromCharCode(...units),
        type: bytes[at + 66],
        left: view.getUint32(at + 68, true),
        right: view.getUint32(at + 72, true),
        child: view.getUint32(at + 76, true),
        start: view.getUint32(at + 116, true),
        // Version 3 files may leave garbage in the high word (MS-CFB 2.6.3): sizes stay below 4 GB.
        size: view.getUint32(at + 120, true),
      });
    }
    return entries;
  }

  /** A root stream's bytes, or undefined when there is none of that name. */
  stream(name: string): Uint8Array | undefined {
    const upper = name.toUpperCase();
    const seen = new Set<number>();
    const stack = [this.entries[0].child];
    while (stack.length) {
      const n = stack.pop()!;
      if (n === NOSTREAM || seen.has(n)) continue;
      const e = this.entries[n];
      if (!e) throw new CfbError(cfbDetail.entryMissing(n));
      seen.add(n);
      if (e.type === TYPE_STREAM && e.name.toUpperCase() === upper) return this.read(e);
      stack.push(e.left, e.right);
    }
    return undefined;
  }

  private read(e: DirEntry): Uint8Array {
    if (e.size > this.data.length) throw new CfbError(cfbDetail.streamTooLong(e.name, e.size, this.data.length));
    if (e.size >= this.miniCutoff) return this.chainBytes(e.start, e.size);
    if (e.size === 0) return new Uint8Array(0);
    const root = this.entries[0];
    this.miniStream ??= this.chainBytes(root.start, root.size);
    const mini = this.miniStream;
    return follow(e.start, e.size, this.miniFat, (n) => {
      if ((n + 1) * 64 > mini.length) throw new CfbError(cfbDetail.miniSectorBeyond(n));
      return mini.subarray(n * 64, (n + 1) * 64);
    }, 'mini FAT');
  }
}

function words(bytes: Uint8Array): Uint32Array {
  const out = new Uint32Array(bytes.length >> 2);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

/**
 * Follows a sector chain through its allocation table, copying `size` bytes (or the whole chain
 * when size is -1). A chain longer than its table has entries loops: refused.
 */
function follow(start: number, size: number, table: Uint32Array, sector: (n: number) => Uint8Array, what: string): Uint8Array {
  const parts: Uint8Array[] = [];
  const visited = new Uint8Array(table.length);
  let total = 0;
  let n = start;
  while (n !== ENDOFCHAIN && (size < 0 || total < size)) {
    if (n > MAXREGSECT || n >= table.length) throw new CfbError(cfbDetail.chainBroken(what, n));
    if (visited[n]) throw new CfbError(cfbDetail.chainLoops(what));
    visited[n] = 1;
    const s = sector(n);
    parts.push(s);
    total += s.length;
    n = table[n];
  }
  if (size >= 0 && total < size) throw new CfbError(cfbDetail.streamCutShort(total, size));
  const out = new Uint8Array(size < 0 ? total : size);
  let at = 0;
  for (const p of parts) {
    const piece = p.subarray(0, Math.min(p.length, out.length - at));
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
