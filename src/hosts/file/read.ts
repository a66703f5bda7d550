/**
 * The file host's reading side: an .xlsx file into the engine's snapshot (values, formulas,
 * number formats, merged areas), read directly from the package (src/hosts/file/xlsx): the zip
 * inflated part by part, each part's XML scanned once, no DOM. A package encrypted with the
 * default password Excel opens without asking is decrypted first (src/hosts/file/crypto).
 * Unreadable input becomes a ReadError with a clear message.
 */
import type { SheetSource, Workbook } from '../../core/workbook';
import { detailOf, ReadError } from './errors';
import { decryptDetail, inSheetDetail, notWorkbookDetail } from '../../i18n/read-details';
import { readSharedStrings } from './xlsx/shared-strings';
import { readSheet } from './xlsx/sheet';
import { XmlScanError } from './xlsx/scanner';
import { refusedSheetName } from './xlsx/sheet-names';
import { readStyles } from './xlsx/styles';
import { findWorkbookPart, readSavedTime, readWorkbookPart, type WorkbookInfo } from './xlsx/workbook-part';
import { checkSizes, inflateAhead, MAX_TOTAL_BYTES, ZipError, ZipReader } from './xlsx/zip';
import { ZipArchive } from './zip/read';
import { CfbError, CompoundFile, isCompoundFile } from './cfb/read';
import { decryptPackage, DecryptError, isOpenable } from './crypto/decrypt';
import { parseEncryptionInfo } from './crypto/encryption-info';
import type { OfficeCrypto } from './crypto/port';
import { defaultCrypto } from './crypto/web';
import type { ZipCodec } from './zip/codec';

export { ReadError };
export { MAX_TOTAL_BYTES, MAX_RATIO } from './xlsx/zip';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

export interface ReadOptions {
  /** Decrypts a default-encrypted package: Node's crypto in the CLI; WebCrypto when not given. */
  crypto?: OfficeCrypto;
  /** A native zip codec (the CLI passes Node's zlib) to inflate parts with; the portable inflater otherwise. */
  codec?: ZipCodec;
  /** Where the sheets' parts, inflated whole as they are read, are kept for the writer. */
  keep?: KeptParts;
}

/**
 * The sheets' parts a reader inflated whole, kept for the writer that edits them next
 * (WriteOptions.inflated takes `parts`, each used once): recalc and run write into the sheets they
 * read, which the writer would otherwise inflate again — at a million cells 38 MB of fresh memory
 * and some 0.17 s. Up to `budget` bytes together (the writer's own limit for parts inflated ahead);
 * a part past it is inflated again when written.
 */
export class KeptParts {
  readonly parts = new Map<string, Uint8Array>();
  /** The sheet each kept part is (by the part's entry name). */
  private readonly sheetOf = new Map<string, string>();
  private held = 0;

  constructor(private readonly budget = 64 * 1024 * 1024) {}

  keep(entryName: string, bytes: Uint8Array, sheet: string): void {
    if (this.held + bytes.length > this.budget) return;
    this.parts.set(entryName, bytes);
    this.sheetOf.set(entryName, sheet);
    this.held += bytes.length;
  }

  /** Lets go the parts of the sheets a write will not edit (they would be held to the end for nothing). */
  keepOnly(sheets: ReadonlySet<string>): void {
    for (const [name, bytes] of this.parts) {
      if (sheets.has(this.sheetOf.get(name)!)) continue;
      this.parts.delete(name);
      this.held -= bytes.length;
    }
  }
}

export async function readWorkbook(data: Uint8Array, file = 'book.xlsx', options: ReadOptions = {}): Promise<Workbook> {
  const { source, ahead, saved } = await opened(data, file, options);
  const savedAt = saved();
  const sheets = [];
  for (let i = 0; i < source.sheets.length; i++) {
    // Each sheet's part inflated by the platform just before it is read: one held at a time.
    await ahead(i);
    sheets.push(source.read(i));
  }
  return { sheets, names: source.names, ...(source.otherSheets ? { otherSheets: source.otherSheets } : {}), ...(savedAt !== null ? { saved: savedAt } : {}) };
}

/**
 * The workbook opened: its sheets' names and states, its defined names, the styles and shared
 * strings every sheet needs; each sheet's cells read only when asked for (`read`), so a command can
 * let one sheet's cells go before it reads the next. A sheet that cannot be read is a ReadError.
 */
export async function openWorkbook(data: Uint8Array, file = 'book.xlsx', options: ReadOptions = {}): Promise<SheetSource> {
  return (await opened(data, file, options)).source;
}

/**
 * openWorkbook's source, and `ahead(i)`: without a native codec (the workbench), sheet i's part
 * inflated by the platform's stream, to be read next (inflateAhead); the styles and shared strings
 * are, before the source is made.
 */
async function opened(data: Uint8Array, file: string, options: ReadOptions): Promise<{ source: SheetSource; ahead: (i: number) => Promise<void>; saved: () => number | null }> {
  data = await packageBytes(data, file, options);
  if (!startsWith(data, ZIP_MAGIC)) throw notWorkbook(file, data);
  const opened = asReadError(file, () => openBook(data, file, options.codec));
  const { zip, archive, book } = opened;
  const inflate = async (parts: (string | undefined)[]) => {
    if (!options.codec) archive.useInflated(await inflateAhead(archive, parts.flatMap((p) => (p ? (zip.entry(p) ?? []) : []))));
  };
  await inflate([book.styles, book.sharedStrings]);
  const source = asReadError(file, () => sheetsOf(opened, file));
  const keep = options.keep;
  if (keep) {
    // The sheets' parts only: the styles and shared strings are read before this, and the writer reads no shared strings.
    const sheetOf = new Map(book.sheets.map((s) => [zip.entry(s.part)?.name, s.name]));
    zip.keepWhole = (name, bytes) => {
      const sheet = sheetOf.get(name);
      if (sheet !== undefined) keep.keep(name, bytes, sheet);
    };
  }
  return { source, ahead: (i) => inflate([book.sheets[i].part]), saved: () => savedTime(zip) };
}

/** When the workbook was last saved, as it says; null where it says none, or its core properties cannot be read (they matter to no figure). */
function savedTime(zip: ZipReader): number | null {
  try {
    return readSavedTime(zip);
  } catch {
    return null;
  }
}

/** `sheet`: the sheet being read, named before a part that cannot be followed (a cell's own message names its sheet and cell already). */
function asReadError<T>(file: string, f: () => T, sheet?: string): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ReadError) throw e;
    if (e instanceof ZipError && e.tooLarge) throw new ReadError('too-large', file, e.detail);
    if (sheet !== undefined && (e instanceof ZipError || e instanceof XmlScanError)) throw new ReadError('unreadable', file, inSheetDetail(sheet, e.detail));
    throw new ReadError('unreadable', file, detailOf(e));
  }
}

/**
 * The workbook's zip package: the file itself, or the package inside an OLE compound file
 * encrypted with the default password (what a writer must edit: it writes the package unencrypted).
 * A real password, a legacy .xls or a damaged compound file is a ReadError naming the file.
 */
export async function packageBytes(data: Uint8Array, file: string, options: ReadOptions = {}): Promise<Uint8Array> {
  if (!isCompoundFile(data)) return data;
  // Stream names seen in the bytes, for a compound file too damaged to read.
  const text = () => new TextDecoder('utf-16le').decode(data.subarray(0, Math.min(data.length, 1 << 16)));
  let info: Uint8Array | undefined;
  let encrypted: Uint8Array | undefined;
  try {
    const cfb = new CompoundFile(data);
    info = cfb.stream('EncryptionInfo');
    encrypted = info && cfb.stream('EncryptedPackage');
  } catch (e) {
    if (!(e instanceof CfbError)) throw e;
    const names = text();
    // No readable header: named by what its bytes show (an encrypted workbook, else a legacy .xls).
    if (e.header) throw new ReadError(/EncryptionInfo|EncryptedPackage/.test(names) ? 'encrypted' : 'legacy-xls', file);
    // A damaged .xls is still named as a legacy workbook: that is what the user must convert.
    throw /\b(Workbook|Book)\b/.test(names) ? new ReadError('legacy-xls', file) : new ReadError('unreadable', file, e.detail);
  }
  if (!info || !encrypted) throw new ReadError(info ? 'unreadable' : 'legacy-xls', file, info ? decryptDetail.packageMissing() : undefined);
  const parsed = parseEncryptionInfo(info);
  const crypto = options.crypto ?? defaultCrypto();
  if (!isOpenable(parsed) || !crypto) throw new ReadError('encrypted', file);
  let plain: Uint8Array | null;
  try {
    plain = await decryptPackage(parsed, encrypted, crypto, { maxSize: MAX_TOTAL_BYTES });
  } catch (e) {
    if (e instanceof DecryptError) throw new ReadError(e.tooLarge ? 'too-large' : 'unreadable', file, e.detail);
    throw new ReadError('unreadable', file, detailOf(e));
  }
  if (!plain) throw new ReadError('encrypted', file);
  return plain;
}

interface OpenedBook {
  archive: ZipArchive;
  zip: ZipReader;
  book: WorkbookInfo;
}

/** A file that is no workbook: what it is, where that can be told (empty, Excel's lock file, an .ods, a text file). */
function notWorkbook(file: string, data: Uint8Array, zip?: ZipReader): ReadError {
  const name = file.split(/[/\\]/).pop() ?? file;
  const detail =
    data.length === 0
      ? notWorkbookDetail.empty()
      : name.startsWith('~$')
        ? notWorkbookDetail.lockFile()
        : zip?.entry('mimetype') && zip.entry('content.xml')
          ? notWorkbookDetail.openDocument()
          : /\.(?:csv|tsv|txt)$/i.test(name) || looksLikeText(data)
            ? notWorkbookDetail.text()
            : undefined;
  return new ReadError('not-a-workbook', file, detail);
}

/**
 * Text, whatever the name says (a CSV renamed .xlsx): its first 4 KB hold no NUL and no control character but tab, line
 * ends and escape — a zip, an .xls or any other binary has them at once; UTF-8 and Shift_JIS text has none.
 */
function looksLikeText(data: Uint8Array): boolean {
  const end = Math.min(data.length, 4096);
  for (let i = 0; i < end; i++) {
    const b = data[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x1b) return false;
    if (b === 0x7f) return false;
  }
  return end > 0;
}

/** The package opened and its workbook part read: which sheets there are, and where their parts are. */
function openBook(data: Uint8Array, file: string, codec: ZipCodec | undefined): OpenedBook {
  const archive = new ZipArchive(data);
  // The directory's sizes first: a zip bomb is refused before anything is inflated.
  checkSizes(archive.entries);
  const zip = new ZipReader(archive, codec);
  const part = findWorkbookPart(zip);
  if (!part) throw notWorkbook(file, data, zip);
  const book = readWorkbookPart(zip, part);
  if (!book.isWorkbook) throw notWorkbook(file, data, zip);
  const seen = new Set<string>();
  for (const s of book.sheets) {
    const refused = refusedSheetName(s.name, seen);
    if (refused) throw new ReadError('unreadable', file, refused);
    seen.add(s.name.toLowerCase());
  }
  return { archive, zip, book };
}

function sheetsOf({ zip, book }: OpenedBook, file: string): SheetSource {
  const ctx = { styles: readStyles(zip, book.styles), strings: readSharedStrings(zip, book.sharedStrings), date1904: book.date1904 };
  const sheets = book.sheets.map((s) => ({ name: s.name, hidden: s.state !== 'visible' }));
  return {
    names: book.names,
    // Only where there are any: a snapshot of worksheets alone is as it was.
    ...(book.otherSheets.length ? { otherSheets: book.otherSheets } : {}),
    sheets,
    read: (i) => asReadError(file, () => Object.assign(readSheet(zip, book.sheets[i].part, sheets[i].name, ctx), { hidden: sheets[i].hidden }), sheets[i].name),
  };
}
