/**
 * Builds the sample plan workbooks in `samples/` from the seed tables in `samples/source/`.
 *
 *   npx tsx scripts/build-samples.ts [outDir]      (or: npm run samples)
 *
 * - samples/tsuyama-plan2.xlsx      sheets 2-1, 2-2, 3-1, 3-2 (第2次津山市債権管理計画)
 * - samples/hatsukaichi-plan3.xlsx  sheet 「7 収納率」 with tables (1)–(3) (第3次廿日市市債権管理計画)
 * - samples/ledger-sample.xlsx      sheet 「令和元年度 収入状況」: a ledger table derived from Tsuyama 2-1/2-2
 *
 * The output is deterministic: fixed document dates and fixed zip entry timestamps, so rebuilding
 * without changing the sources gives byte-identical files. `test/samples.test.ts` rebuilds into a
 * temporary directory and compares with the committed files.
 */
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as path from 'node:path';

// ---------------------------------------------------------------------------------------------
// Source files

/** One table as printed in a seed plan: the lines of its `.tsv` file, split into parts. */
export interface SourceTable {
  file: string;
  /** First line: the table title or section heading. */
  title: string;
  /** The unit line, e.g. `(単位：%)`. */
  unit: string;
  /** Header lines, split at TAB. */
  header: string[][];
  /** Data lines (including a 合計 line), split at TAB. Blank lines (page breaks) are dropped. */
  rows: string[][];
  /** Lines after the table (※ / (注) notes and their continuation lines). */
  notes: string[];
}

export const DEFAULT_SOURCE_DIR = path.resolve(__dirname, '..', 'samples', 'source');

/**
 * Splits a source file. Lines with a TAB are table lines (the first `headerRows` of them are the
 * header); a line starting with (単位 is the unit line; other non-blank lines after the header are
 * notes. Blank and space-only lines are layout only.
 */
export function parseSourceTable(text: string, headerRows: number, file = '<text>'): SourceTable {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const title = lines[0] ?? '';
  let unit = '';
  const header: string[][] = [];
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    if (line.includes('\t')) {
      if (notes.length) throw new Error(`${file}: table line after the notes: ${line}`);
      const fields = line.split('\t');
      if (header.length < headerRows) header.push(fields);
      else rows.push(fields);
    } else if (/^[(（]単位[：:]/.test(line) && header.length === 0) {
      unit = line;
    } else if (header.length > 0) {
      notes.push(line);
    } else {
      throw new Error(`${file}: unexpected line before the header: ${line}`);
    }
  }
  if (!title || !unit || header.length !== headerRows || rows.length === 0) {
    throw new Error(`${file}: expected a title, a unit line, ${headerRows} header lines and data`);
  }
  return { file, title, unit, header, rows, notes };
}

export function readSourceTable(sourceDir: string, name: string, headerRows: number): SourceTable {
  const file = path.join(sourceDir, name);
  return parseSourceTable(fs.readFileSync(file, 'utf8'), headerRows, name);
}

// ---------------------------------------------------------------------------------------------
// Cell text

const FMT_RATE = '0.0';
const FMT_DELTA = '0.0;"△"0.0';
const FMT_AMOUNT = '#,##0';

/** "1,804" → 1804, "△ 628" → -628, "△72.1" → -72.1, "" → null. Anything else is an error. */
export function parsePrintedNumber(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const m = /^(△|▲)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)$/.exec(t);
  if (!m) throw new Error(`not a number: ${JSON.stringify(text)}`);
  const n = Number(m[2].replace(/,/g, ''));
  return m[1] ? -n : n;
}

/** The plan means 国民健康保険税 where the extraction split it into `国民健康保険 税`. */
function joinSplitName(text: string): string {
  return text.replace(/\s+/g, '');
}

/** `税制収納課 (保険課)` → `税制収納課\n(保険課)`: two names in one cell, one per line. */
function departmentLines(text: string): string {
  return text.trim().replace(/\s*([(（])/g, '\n$1').replace(/^\n/, '');
}

// ---------------------------------------------------------------------------------------------
// Styles

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

function styleHeader(cell: ExcelJS.Cell): void {
  cell.border = BOX;
  cell.fill = HEADER_FILL;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

function styleBody(cell: ExcelJS.Cell, horizontal: 'left' | 'right' | 'center', numFmt?: string): void {
  cell.border = BOX;
  cell.alignment = { horizontal, vertical: 'middle', wrapText: horizontal === 'left' };
  if (numFmt) cell.numFmt = numFmt;
}

function mergeIfSpan(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  if (bottom > top || right > left) ws.mergeCells(top, left, bottom, right);
}

function deterministicWorkbook(date: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'saiken';
  wb.lastModifiedBy = 'saiken';
  wb.created = date;
  wb.modified = date;
  return wb;
}

// ---------------------------------------------------------------------------------------------
// Plan tables

interface TableSpec {
  source: SourceTable;
  /** Label columns before the values: 2 (所管課, 債権名) or 3 (所管部署, 債権名, 区分). */
  labelCols: 2 | 3;
  measure: 'rate' | 'amount';
  /** Index of the first delta column (③-① …), when the table has them. */
  deltaFrom?: number;
  /** Keep delta cells as the printed text (Tsuyama 2-2 typed them as text). */
  deltaAsText?: boolean;
  /** Header text in value columns: the printed space between two lines becomes a line break. */
  headerSpaceToNewline?: boolean;
  /** Hatsukaichi layout: a debt spans several rows (one per 区分), names split by the extraction. */
  debtPerDivision?: boolean;
}

/**
 * Writes one table starting at `top` (the title row) and returns the last row it used
 * (the last data row, or the last note row).
 */
function writeTable(ws: ExcelJS.Worksheet, top: number, spec: TableSpec): number {
  const { source, labelCols } = spec;
  const width = source.header[0].length;

  const title = ws.getCell(top, 1);
  title.value = source.title;
  title.font = { bold: true, size: 12 };

  const unit = ws.getCell(top + 1, width);
  unit.value = source.unit;
  unit.alignment = { horizontal: 'right' };

  // Header: a label with nothing below it is merged down; a label with empty cells to its right
  // (and text below them) is merged across (目標 over three years).
  const h0 = top + 2;
  const hn = source.header.length;
  for (let r = 0; r < hn; r++) {
    const texts = source.header[r].map((f, c) =>
      spec.headerSpaceToNewline && c >= labelCols ? f.replace(/ /g, '\n') : f,
    );
    ws.getRow(h0 + r).height = texts.some((t) => t.includes('\n')) ? 30 : 16.5;
    for (let c = 0; c < width; c++) {
      const cell = ws.getCell(h0 + r, c + 1);
      const text = texts[c] ?? '';
      if (text !== '') cell.value = text;
      styleHeader(cell);
    }
  }
  for (let r = 0; r < hn; r++) {
    for (let c = 0; c < width; c++) {
      if ((source.header[r][c] ?? '') === '') continue;
      const below = source.header.slice(r + 1).map((f) => f[c] ?? '');
      if (below.length > 0 && below.every((f) => f === '')) {
        mergeIfSpan(ws, h0 + r, c + 1, h0 + hn - 1, c + 1);
        continue;
      }
      let right = c;
      while (
        right + 1 < width &&
        (source.header[r][right + 1] ?? '') === '' &&
        source.header.slice(r + 1).some((f) => (f[right + 1] ?? '') !== '')
      ) {
        right++;
      }
      mergeIfSpan(ws, h0 + r, c + 1, h0 + r, right + 1);
    }
  }

  // Data
  const d0 = h0 + hn;
  let groupStart = d0; // first row of the current department (Tsuyama) or debt (Hatsukaichi)
  const closeGroup = (end: number): void => {
    if (end < groupStart) return;
    mergeIfSpan(ws, groupStart, 1, end, 1);
    if (spec.debtPerDivision) mergeIfSpan(ws, groupStart, 2, end, 2);
  };
  source.rows.forEach((fields, i) => {
    const r = d0 + i;
    const isTotal = fields[0].trim() === '合計';
    const startsGroup = spec.debtPerDivision ? fields[1].trim() !== '' : fields[0].trim() !== '';
    if (startsGroup || isTotal) {
      closeGroup(r - 1);
      groupStart = r;
    }
    for (let c = 0; c < width; c++) {
      const cell = ws.getCell(r, c + 1);
      const text = fields[c] ?? '';
      if (c < labelCols) {
        let value = text;
        if (spec.debtPerDivision && c === 0) value = departmentLines(text);
        if (spec.debtPerDivision && c === 1) value = joinSplitName(text);
        if (value !== '') cell.value = value;
        styleBody(cell, c === 2 || isTotal ? 'center' : 'left');
        continue;
      }
      const isDelta = spec.deltaFrom !== undefined && c >= spec.deltaFrom;
      if (isDelta && spec.deltaAsText) {
        if (text !== '') cell.value = text;
        styleBody(cell, 'right');
        continue;
      }
      const fmt = isDelta ? FMT_DELTA : spec.measure === 'rate' ? FMT_RATE : FMT_AMOUNT;
      if (text.trim() === '—') {
        cell.value = '—';
        styleBody(cell, 'right', fmt);
        continue;
      }
      const n = parsePrintedNumber(text);
      if (n !== null) cell.value = n;
      styleBody(cell, 'right', fmt);
    }
    if (isTotal) {
      closeGroup(r - 1);
      groupStart = r + 1;
      mergeIfSpan(ws, r, 1, r, labelCols);
    }
  });
  const last = d0 + source.rows.length - 1;
  closeGroup(last);

  // Notes below the table, one line per row, after one blank row.
  if (source.notes.length === 0) return last;
  source.notes.forEach((note, i) => {
    ws.getCell(last + 2 + i, 1).value = note;
  });
  return last + 1 + source.notes.length;
}

function setWidths(ws: ExcelJS.Worksheet, widths: number[]): void {
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

// ---------------------------------------------------------------------------------------------
// Ledger sample (derived from Tsuyama 2-1 and 2-2)

export interface LedgerRow {
  department: string;
  debt: string;
  division: '現年度分' | '滞納繰越分' | '全体' | '合計';
  /** 調定額, 収入済額, 不納欠損額, 収入未済額 (千円), 収納率 (%). */
  assessed: number;
  collected: number;
  writtenOff: number;
  uncollected: number;
  rate: number;
}

/** The names 2-1 prints differently from 2-2 (the ledger uses the 2-2 spelling). */
const NAME_21_TO_22: Record<string, string> = { 法定外公物使用料: '法定外公共物使用料' };

/** ROUND(collected ÷ assessed × 100, 1), half away from zero as Excel's ROUND. */
export function roundedRate(collected: number, assessed: number): number {
  return Math.round((collected * 1000) / assessed) / 10;
}

/**
 * The derivation documented in samples/source/README.md. For every debt with a 2019 決算値③ rate
 * strictly between 0 and 100 (2-1) and a 2019 決算値③ 収入未済額 > 0 (2-2):
 *   全体:      U = 収入未済額, p = rate/100, K = round(U × 0.02), A = round((U + K) / (1 − p)), E = A − U − K
 *   現年度分:  K = 0,           U = round(U × 0.25),   E = round(E × 0.9),   A = E + K + U
 *   滞納繰越分: K = K(全体),     U = U − U(現年度分),   E = E − E(現年度分),  A = E + K + U
 * round = half up. Each row's 収納率 = ROUND(E ÷ A × 100, 1) from that row's own amounts.
 */
export function deriveLedger(t21: SourceTable, t22: SourceTable): LedgerRow[] {
  const rates = new Map<string, number | null>();
  for (const f of t21.rows) {
    const name = NAME_21_TO_22[f[1].trim()] ?? f[1].trim();
    rates.set(name, parsePrintedNumber(f[4]));
  }
  const out: LedgerRow[] = [];
  let department = '';
  for (const f of t22.rows) {
    if (f[0].trim() === '合計') continue;
    if (f[0].trim() !== '') department = f[0].trim();
    const debt = f[1].trim();
    if (!rates.has(debt)) throw new Error(`2-2 debt ${debt} not found in 2-1`);
    const rate = rates.get(debt) ?? null;
    const U = parsePrintedNumber(f[4]);
    if (rate === null || !(rate > 0 && rate < 100) || U === null || !(U > 0)) continue;

    const p = rate / 100;
    const K = Math.round(U * 0.02);
    const A = Math.round((U + K) / (1 - p));
    const E = A - U - K;

    const cU = Math.round(U * 0.25);
    const cE = Math.round(E * 0.9);
    const cK = 0;
    const cA = cE + cK + cU;
    const aU = U - cU;
    const aE = E - cE;
    const aK = K;
    const aA = aE + aK + aU;

    const rows: LedgerRow[] = [
      { department, debt, division: '現年度分', assessed: cA, collected: cE, writtenOff: cK, uncollected: cU, rate: 0 },
      { department, debt, division: '滞納繰越分', assessed: aA, collected: aE, writtenOff: aK, uncollected: aU, rate: 0 },
      { department, debt, division: '全体', assessed: A, collected: E, writtenOff: K, uncollected: U, rate: 0 },
    ];
    for (const r of rows) {
      if ([r.assessed, r.collected, r.writtenOff, r.uncollected].some((v) => !Number.isInteger(v) || v < 0) || r.assessed <= 0) {
        throw new Error(`ledger derivation gives an invalid row for ${debt} ${r.division}`);
      }
      if (r.uncollected !== r.assessed - r.collected - r.writtenOff) throw new Error(`identity fails for ${debt}`);
      r.rate = roundedRate(r.collected, r.assessed);
    }
    out.push(...rows);
  }
  const whole = out.filter((r) => r.division === '全体');
  const sum = (k: 'assessed' | 'collected' | 'writtenOff' | 'uncollected'): number => whole.reduce((s, r) => s + r[k], 0);
  const total: LedgerRow = {
    department: '合計',
    debt: '',
    division: '合計',
    assessed: sum('assessed'),
    collected: sum('collected'),
    writtenOff: sum('writtenOff'),
    uncollected: sum('uncollected'),
    rate: 0,
  };
  total.rate = roundedRate(total.collected, total.assessed);
  out.push(total);
  return out;
}

export const LEDGER_SHEET = '令和元年度 収入状況';
export const LEDGER_TITLE = '令和元年度 債権別収入状況（決算）';
export const LEDGER_UNIT = '(単位：千円、%)';
export const LEDGER_NOTE =
  '※サンプル：第2次津山市債権管理計画の表2-1・2-2（令和元年度決算値）から機械的に作成した架空の数値です。';

function writeLedger(ws: ExcelJS.Worksheet, rows: LedgerRow[]): void {
  const width = 8;
  const title = ws.getCell(1, 1);
  title.value = LEDGER_TITLE;
  title.font = { bold: true, size: 12 };
  const unit = ws.getCell(2, width);
  unit.value = LEDGER_UNIT;
  unit.alignment = { horizontal: 'right' };

  const h1 = ['所管課', '債権名', '区分', '令和元年度（2019年度）決算', '', '', '', ''];
  const h2 = ['', '', '', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'];
  [h1, h2].forEach((fields, r) => {
    ws.getRow(3 + r).height = 16.5;
    fields.forEach((text, c) => {
      const cell = ws.getCell(3 + r, c + 1);
      if (text) cell.value = text;
      styleHeader(cell);
    });
  });
  ws.mergeCells(3, 1, 4, 1);
  ws.mergeCells(3, 2, 4, 2);
  ws.mergeCells(3, 3, 4, 3);
  ws.mergeCells(3, 4, 3, 8);

  let r = 5;
  for (const row of rows) {
    const isTotal = row.division === '合計';
    const labels = isTotal ? ['合計', '', ''] : [row.department, row.debt, row.division];
    labels.forEach((text, c) => {
      const cell = ws.getCell(r, c + 1);
      if (text) cell.value = text;
      styleBody(cell, c === 2 || isTotal ? 'center' : 'left');
    });
    [row.assessed, row.collected, row.writtenOff, row.uncollected].forEach((v, i) => {
      const cell = ws.getCell(r, 4 + i);
      cell.value = v;
      styleBody(cell, 'right', FMT_AMOUNT);
    });
    const rate = ws.getCell(r, 8);
    rate.value = row.rate;
    styleBody(rate, 'right', FMT_RATE);
    if (isTotal) ws.mergeCells(r, 1, r, 3);
    else if (row.division === '全体') {
      ws.mergeCells(r - 2, 1, r, 1);
      ws.mergeCells(r - 2, 2, r, 2);
    }
    r++;
  }
  ws.getCell(r + 1, 1).value = LEDGER_NOTE;
  setWidths(ws, [20, 28, 12, 14, 14, 12, 14, 9]);
}

// ---------------------------------------------------------------------------------------------
// Zip timestamps

/** Sets every entry's DOS date/time in a zip (local and central headers) so output is reproducible. */
export function fixZipTimestamps(buf: Buffer, date: Date): Buffer {
  const out = Buffer.from(buf);
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file');
  const count = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error('bad zip central directory');
    out.writeUInt16LE(dosTime, p + 12);
    out.writeUInt16LE(dosDate, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('bad zip local header');
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

async function save(wb: ExcelJS.Workbook, file: string, date: Date): Promise<void> {
  const data = await wb.xlsx.writeBuffer();
  fs.writeFileSync(file, fixZipTimestamps(Buffer.from(data as ArrayBuffer), date));
}

// ---------------------------------------------------------------------------------------------
// The three workbooks

export const TSUYAMA_DATE = new Date(Date.UTC(2021, 2, 1));
export const HATSUKAICHI_DATE = new Date(Date.UTC(2026, 2, 1));
export const HATSUKAICHI_SHEET = '7 収納率';
export const HATSUKAICHI_CHAPTER = '7 収納率の実績と目標';

export const SAMPLE_FILES = ['tsuyama-plan2.xlsx', 'hatsukaichi-plan3.xlsx', 'ledger-sample.xlsx'] as const;

export interface BuildResult {
  files: string[];
}

export async function buildSamples(outDir: string, sourceDir: string = DEFAULT_SOURCE_DIR): Promise<BuildResult> {
  fs.mkdirSync(outDir, { recursive: true });
  const t21 = readSourceTable(sourceDir, 'tsuyama-2-1.tsv', 2);
  const t22 = readSourceTable(sourceDir, 'tsuyama-2-2.tsv', 3);
  const t31 = readSourceTable(sourceDir, 'tsuyama-3-1.tsv', 1);
  const t32 = readSourceTable(sourceDir, 'tsuyama-3-2.tsv', 1);
  const h1 = readSourceTable(sourceDir, 'hatsukaichi-7-1.tsv', 2);
  const h2 = readSourceTable(sourceDir, 'hatsukaichi-7-2.tsv', 2);
  const h3 = readSourceTable(sourceDir, 'hatsukaichi-7-3.tsv', 2);
  const files: string[] = [];

  // Tsuyama: one table per sheet, title at A1.
  {
    const wb = deterministicWorkbook(TSUYAMA_DATE);
    const tables: [string, TableSpec][] = [
      ['2-1', { source: t21, labelCols: 2, measure: 'rate', deltaFrom: 6, headerSpaceToNewline: true }],
      ['2-2', { source: t22, labelCols: 2, measure: 'amount', deltaFrom: 6, deltaAsText: true }],
      ['3-1', { source: t31, labelCols: 2, measure: 'rate', headerSpaceToNewline: true }],
      ['3-2', { source: t32, labelCols: 2, measure: 'amount', headerSpaceToNewline: true }],
    ];
    for (const [name, spec] of tables) {
      const ws = wb.addWorksheet(name);
      writeTable(ws, 1, spec);
      const values = spec.source.header[0].length - 2;
      setWidths(ws, [20, 28, ...Array<number>(values).fill(spec.measure === 'amount' ? 12 : 11)]);
    }
    const file = path.join(outDir, 'tsuyama-plan2.xlsx');
    await save(wb, file, TSUYAMA_DATE);
    files.push(file);
  }

  // Hatsukaichi: chapter heading, then the three tables on one sheet.
  {
    const wb = deterministicWorkbook(HATSUKAICHI_DATE);
    const ws = wb.addWorksheet(HATSUKAICHI_SHEET);
    const chapter = ws.getCell(1, 1);
    chapter.value = HATSUKAICHI_CHAPTER;
    chapter.font = { bold: true, size: 14 };
    let top = 3;
    for (const source of [h1, h2, h3]) {
      const last = writeTable(ws, top, { source, labelCols: 3, measure: 'rate', debtPerDivision: true });
      top = last + 2;
    }
    setWidths(ws, [18, 24, 12, 11, 11, 11, 11]);
    const file = path.join(outDir, 'hatsukaichi-plan3.xlsx');
    await save(wb, file, HATSUKAICHI_DATE);
    files.push(file);
  }

  // Ledger sample.
  {
    const wb = deterministicWorkbook(TSUYAMA_DATE);
    writeLedger(wb.addWorksheet(LEDGER_SHEET), deriveLedger(t21, t22));
    const file = path.join(outDir, 'ledger-sample.xlsx');
    await save(wb, file, TSUYAMA_DATE);
    files.push(file);
  }

  return { files };
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? path.resolve(__dirname, '..', 'samples'));
  buildSamples(outDir).then(
    ({ files }) => {
      for (const f of files) console.log(`wrote ${path.relative(process.cwd(), f) || f}`);
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
