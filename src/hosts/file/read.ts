/**
 * The file host's reading side: an .xlsx file into the engine's snapshot (values, formulas,
 * number formats, merged areas), read directly from the package (src/hosts/file/xlsx): the zip
 * inflated part by part, each part's XML scanned once, no DOM. Unreadable input becomes a
 * ReadError with a clear message.
 */
import type { Workbook } from '../../core/workbook';
import { ReadError } from './errors';
import { readSharedStrings } from './xlsx/shared-strings';
import { CellReadError, readSheet } from './xlsx/sheet';
import { refusedSheetName } from './xlsx/sheet-names';
import { readStyles } from './xlsx/styles';
import { findWorkbookPart, readWorkbookPart } from './xlsx/workbook-part';
import { checkSizes, ZipError, ZipReader } from './xlsx/zip';
import { ZipArchive } from './zip/read';
import type { ZipCodec } from './zip/codec';

export { ReadError };
export { MAX_TOTAL_BYTES, MAX_RATIO } from './xlsx/zip';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** `options.codec`: a native zip codec (the CLI passes Node's zlib) to inflate parts with; the portable inflater otherwise. */
export async function readWorkbook(data: Uint8Array, file = 'book.xlsx', options: { codec?: ZipCodec } = {}): Promise<Workbook> {
  if (startsWith(data, CFB_MAGIC)) {
    // An OLE compound file: either an encrypted .xlsx or a legacy .xls.
    const text = new TextDecoder('utf-16le').decode(data.subarray(0, Math.min(data.length, 1 << 16)));
    throw new ReadError(text.includes('EncryptionInfo') || text.includes('EncryptedPackage') ? 'encrypted' : 'legacy-xls', file);
  }
  if (!startsWith(data, ZIP_MAGIC)) throw new ReadError('not-a-workbook', file);
  try {
    return readPackage(data, file, options.codec);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    if (e instanceof ZipError && e.tooLarge) throw new ReadError('too-large', file, e.message);
    throw new ReadError('unreadable', file, e instanceof Error ? e.message : String(e));
  }
}

function readPackage(data: Uint8Array, file: string, codec?: ZipCodec): Workbook {
  const archive = new ZipArchive(data);
  // The directory's sizes first: a zip bomb is refused before anything is inflated.
  checkSizes(archive.entries);
  const zip = new ZipReader(archive, codec);
  const part = findWorkbookPart(zip);
  if (!part) throw new ReadError('not-a-workbook', file);
  const book = readWorkbookPart(zip, part);
  if (!book.isWorkbook) throw new ReadError('not-a-workbook', file);
  const seen = new Set<string>();
  for (const s of book.sheets) {
    const refused = refusedSheetName(s.name, seen);
    if (refused) throw new ReadError('unreadable', file, refused);
    seen.add(s.name.toLowerCase());
  }
  const ctx = { styles: readStyles(zip, book.styles), strings: readSharedStrings(zip, book.sharedStrings), date1904: book.date1904 };
  const sheets = book.sheets.map((s) => {
    try {
      return { ...readSheet(zip, s.part, s.name, ctx), hidden: s.state !== 'visible' };
    } catch (e) {
      if (e instanceof CellReadError) throw new ReadError('unreadable', file, e.message);
      throw e;
    }
  });
  return { sheets, names: book.names };
}
