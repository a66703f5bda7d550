/**
 * The package's parts inflated in small steps, or whole into bytes up to 64 MB (by a native codec,
 * or ahead by the platform's stream): no part is ever held whole as one string, so a part may be
 * larger than a string can be, while the total inflated and the inflation ratio stay capped (a zip
 * bomb is refused, not expanded). The directory is the writer's (zip/read.ts), read once.
 */
import { Inflate } from 'fflate';
import { partKey, ZipArchive, type ZipEntry } from '../zip/read';
import type { ZipCodec } from '../zip/codec';
import { crc32 as portableCrc32 } from '../zip/crc32';
import { DetailedError } from '../errors';
import { partDetail, zipDetail, type ReadDetail } from '../../../i18n/read-details';

/** Everything a workbook's parts may inflate to, together. */
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024;
/** Above this size a part must not inflate more than MAX_RATIO times its compressed size. */
export const RATIO_FROM_BYTES = 32 * 1024 * 1024;
/** Real sheet XML deflates 5–100:1; a zip bomb's runs about 1000:1. */
export const MAX_RATIO = 200;

export class ZipError extends DetailedError {
  constructor(
    detail: ReadDetail,
    readonly tooLarge = false,
  ) {
    super(detail);
  }
}

/** Checks the directory's declared sizes before anything is inflated. */
export function checkSizes(entries: readonly ZipEntry[]): void {
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size > RATIO_FROM_BYTES && e.size > e.compressedSize * MAX_RATIO) throw new ZipError(partDetail.size(e.name, mb(e.size)), true);
  }
  if (total > MAX_TOTAL_BYTES) {
    const largest = entries.reduce((a, b) => (b.size > a.size ? b : a));
    throw new ZipError(partDetail.size(largest.name, mb(largest.size)), true);
  }
}

const mb = (n: number) => Math.round(n / 2 ** 20);

/**
 * Compressed bytes fed to the inflater at a time: at most ~16 MB comes out of one step (deflate's
 * limit is about 1000:1). Steps of 4 KB cost the inflater a third more time than steps of 16 KB.
 */
const STEP = 16 * 1024;
/** Bytes handed on at a time from a stored part, and from a part inflated whole. */
const STORED_PIECE = 1024 * 1024;
const WHOLE_PIECE = 64 * 1024;

/**
 * With a native codec (the CLI's zlib), a part up to this size is inflated in one call, about twice
 * as fast as the portable inflater, and handed on in pieces; larger parts stream. A part inflated
 * whole outlives its reading (it is freed at the collector's next full pass, which the CLI forces
 * once a large sheet is let go): at a million cells, 38 MB held while the sheet is recognized
 * (docs/performance.md).
 */
export const WHOLE_PART_BYTES = 64 * 1024 * 1024;

export class ZipReader {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly data: Uint8Array;
  readonly entries: readonly ZipEntry[];
  private inflated = 0;
  /** Given each part inflated whole (checked), by its entry's name, as it is read: see KeptParts. */
  keepWhole: ((entryName: string, bytes: Uint8Array) => void) | null = null;

  /**
   * `codec`: a native inflater for parts up to `wholePartBytes` (see WHOLE_PART_BYTES; tests set a
   * smaller one). Parts the archive was handed already inflated (ZipArchive.useInflated) are
   * handed on as they are.
   */
  constructor(
    private readonly archive: ZipArchive,
    private readonly codec?: ZipCodec,
    private readonly wholePartBytes = WHOLE_PART_BYTES,
  ) {
    this.data = archive.data;
    this.entries = archive.entries;
    // Part names are case-insensitive (ECMA-376 part 2, 9.1.1.1); the archive refused two equal ones.
    for (const e of this.entries) this.byName.set(partKey(e.name), e);
  }

  has(name: string): boolean {
    return this.byName.has(partKey(name));
  }

  /** The part's directory entry (names compared as the package's rules say). */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(partKey(name));
  }

  /**
   * Inflates a part, handing its bytes on in pieces; `final` marks the last. Every byte is checked
   * against the part's CRC-32 before the last piece is handed on: a damaged part is refused, never
   * read as other figures. (Deflate itself has no check: a damaged stream may still inflate, and a
   * stored part has nothing else; Excel and LibreOffice refuse such a file as damaged.)
   */
  read(name: string, sink: (bytes: Uint8Array, final: boolean) => void): void {
    const e = this.byName.get(partKey(name));
    if (!e) throw new ZipError(partDetail.missing(name));
    const d = this.data;
    // The archive checked the local header and that the data lies within the file.
    const start = e.dataOffset;
    const end = start + e.compressedSize;
    let out = 0;
    let crc = 0;
    const crc32 = this.codec?.crc32 ?? portableCrc32;
    const count = (bytes: Uint8Array, final: boolean) => {
      out += bytes.length;
      this.inflated += bytes.length;
      if (this.inflated > MAX_TOTAL_BYTES || (out > RATIO_FROM_BYTES && out > e.compressedSize * MAX_RATIO)) {
        throw new ZipError(partDetail.size(name, mb(out)), true);
      }
      crc = crc32(bytes, crc);
      if (final && crc !== e.crc) throw new ZipError(zipDetail.damagedEntry(name));
    };
    if (e.method === 0) {
      for (let i = start; i < end; i += STORED_PIECE) {
        const piece = d.subarray(i, Math.min(end, i + STORED_PIECE));
        count(piece, i + STORED_PIECE >= end);
        sink(piece, i + STORED_PIECE >= end);
      }
      if (start === end) {
        count(new Uint8Array(0), true);
        sink(new Uint8Array(0), true);
      }
      return;
    }
    if (e.method !== 8) throw new ZipError(zipDetail.unsupportedMethod(name, e.method));
    // The declared size bounds the output (the codec stops there). A part that does not inflate
    // to exactly that size goes the streaming way below, whose checks and messages apply.
    let whole = this.archive.takeInflated(e) ?? null;
    if (!whole && this.codec && e.size > 0 && e.size <= this.wholePartBytes && this.inflated + e.size <= MAX_TOTAL_BYTES) {
      try {
        whole = this.codec.inflate(d.subarray(start, end), e.size);
      } catch {
        whole = null;
      }
    }
    if (whole && whole.length === e.size) {
      // Checked whole, before any of it is handed on.
      count(whole, true);
      this.keepWhole?.(e.name, whole);
      for (let i = 0; i < whole.length; i += WHOLE_PIECE) sink(whole.subarray(i, Math.min(whole.length, i + WHOLE_PIECE)), i + WHOLE_PIECE >= whole.length);
      return;
    }
    let done = false;
    const inflate = new Inflate((chunk, final) => {
      count(chunk, final);
      done = final;
      sink(chunk, final);
    });
    try {
      for (let i = start; i < end; i += STEP) inflate.push(d.subarray(i, Math.min(end, i + STEP)), i + STEP >= end);
      if (start === end) inflate.push(new Uint8Array(0), true);
    } catch (e) {
      // The inflater's own errors carry its numeric error code (fflate's FlateErrorCode): the part's
      // compressed bytes are damaged. What the sink or the size check threw passes as it is.
      if (e instanceof Error && !(e instanceof DetailedError) && typeof (e as { code?: unknown }).code === 'number') throw new ZipError(zipDetail.inflateFailed(name, e.message));
      throw e;
    }
    if (!done) throw new ZipError(partDetail.cutShort(name));
  }
}

/** Parts smaller than this are left to the reader: a stream costs more to set up than it saves. */
const AHEAD_FROM_BYTES = 64 * 1024;

/**
 * Parts about to be read (a sheet, the shared strings: the caller names them, never a part nobody
 * reads) inflated first, one after the other, by the platform's own inflater
 * (DecompressionStream: native code, three to four times as fast as the portable one). For the
 * workbench, which has no native codec to pass. Only parts of 64 KB or more, up to the whole-part
 * limit, and no more than `budget` bytes together; each into one buffer of its declared size, by
 * part name (for ZipArchive.useInflated). A part that is damaged, does not inflate to exactly that
 * size, or cannot be given its buffer is left out and read the usual way, whose checks and
 * messages apply. Null where the platform has no raw-deflate stream; never a failure of its own.
 */
export async function inflateAhead(archive: ZipArchive, entries: readonly ZipEntry[], budget = MAX_TOTAL_BYTES): Promise<Map<string, Uint8Array> | null> {
  if (!hasRawInflateStream()) return null;
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const e of new Set(entries)) {
    if (e.method !== 8 || e.flags & 1 || e.size < AHEAD_FROM_BYTES || e.size > WHOLE_PART_BYTES) continue;
    // `budget`: the bytes held ahead at once (the rest is inflated as it is read).
    if (total + e.size > budget) continue;
    total += e.size;
    const bytes = await inflateRawStream(archive.raw(e), e.size);
    if (bytes) out.set(e.name, bytes);
  }
  return out;
}

/** Whether the platform's DecompressionStream takes raw deflate, asked once of each constructor. */
let asked: { stream: unknown; ok: boolean } | undefined;

function hasRawInflateStream(): boolean {
  const stream = typeof DecompressionStream === 'function' ? DecompressionStream : undefined;
  if (asked && asked.stream === stream) return asked.ok;
  let ok = false;
  try {
    ok = stream !== undefined && Boolean(new stream('deflate-raw'));
  } catch {
    ok = false;
  }
  asked = { stream, ok };
  return ok;
}

/** Raw inflate through a DecompressionStream into one buffer of `size` bytes; null when the data is damaged or does not inflate to exactly `size`. */
async function inflateRawStream(raw: Uint8Array, size: number): Promise<Uint8Array | null> {
  let at = 0;
  let out: Uint8Array;
  try {
    out = new Uint8Array(size);
    // The bytes written to the stream's own writer: a Blob of them would be copied to the browser's
    // blob registry and back (in Chromium's worker, 100 ms of the 400k-cell bench's 700).
    const stream = new DecompressionStream('deflate-raw');
    const writer = stream.writable.getWriter();
    // Damaged data fails the read below; the writer's promises are not waited on.
    writer.write(raw as Uint8Array<ArrayBuffer>).catch(() => undefined);
    writer.close().catch(() => undefined);
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (at + value.length > size) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      out.set(value, at);
      at += value.length;
    }
  } catch {
    return null;
  }
  return at === size ? out : null;
}
