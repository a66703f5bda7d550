/**
 * The file host in a browser: a WorkbookPort over an .xlsx file held in memory (the browser
 * workbench). Reading goes through readWorkbook, writing through writeWorkbook part by part; after
 * each write the port keeps the new bytes and holds the snapshot the ChangeSet leaves
 * (applyToSnapshot), which is what reading those bytes again gives
 * (test/taskpane/browser-port-applied.test.ts), so the next command sees exactly what 保存 will
 * download without waiting for a second read of the whole workbook.
 *
 * The reader and the writer are large: they are imported on first use,
 * so the page that creates a port is usable before they arrive.
 */
import { applyToSnapshot } from '../../core/apply-snapshot';
import type { ChangeSet } from '../../core/changes';
import { cellAt, parseA1, type Workbook } from '../../core/workbook';
import { isDateFormat } from '../../core/dates';
import type { ApplyResult, WorkbookPort } from '../port';
import { isCompoundFile } from './cfb/read';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const loadReader = () => import(/* webpackChunkName: "xlsx-read" */ './read');
const loadWriter = () => import(/* webpackChunkName: "xlsx-write" */ './write');

/** Starts fetching the writer (and the reader, unless a worker reads) without waiting for them. */
export function preloadFileHost(options: { reader?: boolean } = {}): void {
  if (options.reader !== false) void loadReader().catch(() => undefined);
  void loadWriter().catch(() => undefined);
}

/** Reads .xlsx bytes into a snapshot: readWorkbook here, or the same in a Web Worker. */
export type XlsxReader = (data: Uint8Array, fileName: string) => Promise<Workbook>;

const readHere: XlsxReader = (data, fileName) => loadReader().then(({ readWorkbook }) => readWorkbook(data, fileName));

export class BrowserPort implements WorkbookPort {
  private bytes: Uint8Array;
  private snapshot: Promise<Workbook> | null = null;
  private changed = false;
  private plain: Promise<Uint8Array> | null = null;

  constructor(
    data: Uint8Array,
    /** The file name as opened; also the name 保存 downloads under. */
    readonly fileName: string,
    private readonly reader: XlsxReader = readHere,
    /** The snapshot of `data`, when the caller already started reading it. */
    initial?: Promise<Workbook>,
  ) {
    this.bytes = data;
    if (initial) {
      this.snapshot = initial;
      initial.catch(() => {
        if (this.snapshot === initial) this.snapshot = null;
      });
    }
  }

  /**
   * The zip package of the bytes: the bytes themselves, or a default-encrypted workbook's package,
   * decrypted once (100,000 rounds of WebCrypto hashing) for the first read and kept for the write
   * that follows and for the reader, which is then handed the package (a worker never decrypts it again).
   */
  private package(): Promise<Uint8Array> {
    if (!isCompoundFile(this.bytes)) return Promise.resolve(this.bytes);
    if (!this.plain) {
      const bytes = this.bytes;
      const plain = loadReader().then(({ packageBytes }) => packageBytes(bytes, this.fileName));
      this.plain = plain;
      // A failed decryption is not kept: opening again gives the same clear error.
      plain.catch(() => {
        if (this.plain === plain) this.plain = null;
      });
    }
    return this.plain;
  }

  /** The workbook as it is now; read once and cached until the next write. */
  read(): Promise<Workbook> {
    if (!this.snapshot) {
      this.snapshot = this.package().then((data) => this.reader(data, this.fileName));
      // A failed read is not cached: opening the same bytes again gives the same clear error.
      this.snapshot.catch(() => {
        this.snapshot = null;
      });
    }
    return this.snapshot;
  }

  async apply(changes: ChangeSet): Promise<ApplyResult> {
    const before = await this.read();
    const { writeWorkbook, inflatedParts } = await loadWriter();
    // A default-encrypted workbook: the writer edits its package (decrypted by the read), and 保存
    // downloads it unencrypted.
    const pkg = await this.package();
    // The sheets it edits inflated by the platform's stream first.
    const out = writeWorkbook(pkg, changes, before, this.fileName, { inflated: await inflatedParts(pkg, changes) });
    this.bytes = out.data;
    this.plain = null;
    this.changed = true;
    this.snapshot = heldAfter(before, changes, out);
    await this.read();
    return { cellsWritten: out.cellsWritten, sheetsCreated: out.sheetsCreated, chartsAdded: out.chartsAdded, validationsAdded: out.validationsAdded, validationsKept: out.validationsKept } as ApplyResult;
  }

  /** Whether a command wrote to the workbook since it was opened. */
  get modified(): boolean {
    return this.changed;
  }

  /** The workbook's bytes as they are now: what 保存 downloads. */
  download(): Uint8Array {
    return this.bytes;
  }

  /** The same bytes as a Blob with the .xlsx media type, for a download link. */
  blob(): Blob {
    return new Blob([this.bytes as BlobPart], { type: XLSX_TYPE });
  }
}

/**
 * The snapshot a write leaves, when the ChangeSet says all of it; null where the bytes must be read
 * again: a formula written without its result (元に戻す giving a user's formula back), which the file
 * caches as none while the snapshot would keep the value shown; a value written where it shows a
 * format of the part's that no snapshot holds (an empty cell's own, its row's or column's:
 * `unseenStyles`); and a write that left the sheets in another order than asked (a sheet not moved
 * where the workbook's structure is locked). Sheets the snapshot does not hold (chart sheets) are
 * left out of that comparison. And a date format given, or taken from a cell that had one: a
 * reader gives a number under a date format as its date (core/dates.ts), which the model does not.
 */
function heldAfter(before: Workbook, changes: ChangeSet, out: { sheets?: string[]; unseenStyles?: number }): Promise<Workbook> | null {
  if (out.unseenStyles !== 0 || !out.sheets) return null;
  // Asked of each format once: a recalculation writes a format with each of its cells, a few formats in all.
  const dated = new Map<string, boolean>();
  const isDate = (format: string) => {
    let d = dated.get(format);
    if (d === undefined) dated.set(format, (d = isDateFormat(format)));
    return d;
  };
  if (changes.cells.some((w) => (w.formula !== undefined && w.value === undefined) || datesMoved(before, w, isDate))) return null;
  const held = applyToSnapshot(before, changes);
  const known = new Set(held.sheets.map((s) => s.name));
  const written = out.sheets.filter((name) => known.has(name));
  const same = written.length === held.sheets.length && held.sheets.every((s, i) => s.name === written[i]);
  return same ? Promise.resolve(held) : null;
}

/** Whether the write gives a date format, or gives a cell that showed a date another format. */
function datesMoved(wb: Workbook, w: ChangeSet['cells'][number], isDate: (format: string) => boolean): boolean {
  if (w.numberFormat === undefined) return false;
  if (isDate(w.numberFormat)) return true;
  const sheet = w.value === undefined && w.formula === undefined ? wb.sheets.find((s) => s.name === w.sheet) : undefined;
  if (!sheet) return false;
  const { r, c } = parseA1(w.cell);
  const was = cellAt(sheet, r, c)?.numberFormat;
  return was !== undefined && isDate(was);
}
