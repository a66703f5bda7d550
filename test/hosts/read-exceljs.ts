/**
 * The snapshot as saiken read it through ExcelJS before the direct reader: kept, verbatim, as the
 * reference the direct reader is proven equal to (test/hosts/read-equal.test.ts). ExcelJS is a
 * dev dependency only.
 */
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Cell, CellValue, Sheet, Workbook } from '../../src/core/workbook';
import { ReadError } from '../../src/hosts/file/errors';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b);

/** readWorkbook as it was: the same checks before ExcelJS, the same ReadErrors. */
export async function readBefore(data: Uint8Array, file: string): Promise<Workbook> {
  if (startsWith(data, CFB_MAGIC)) {
    const text = new TextDecoder('utf-16le').decode(data.subarray(0, Math.min(data.length, 1 << 16)));
    throw new ReadError(text.includes('EncryptionInfo') || text.includes('EncryptedPackage') ? 'encrypted' : 'legacy-xls', file);
  }
  if (!startsWith(data, ZIP_MAGIC)) throw new ReadError('not-a-workbook', file);
  const parts: { name: string; size: number }[] = [];
  try {
    unzipSync(data, { filter: (f) => (parts.push({ name: f.name, size: f.originalSize }), false) });
  } catch (e) {
    throw new ReadError('unreadable', file, e instanceof Error ? e.message : String(e));
  }
  if (!parts.some((p) => p.name === 'xl/workbook.xml')) throw new ReadError('not-a-workbook', file);
  const total = parts.reduce((n, p) => n + p.size, 0);
  const largest = parts.reduce((a, b) => (b.size > a.size ? b : a));
  if (largest.size > 128 * 2 ** 20 || total > 512 * 2 ** 20) throw new ReadError('too-large', file);
  try {
    return await readWithExcelJS(data);
  } catch (e) {
    throw new ReadError('unreadable', file, e instanceof Error ? e.message : String(e));
  }
}

export async function readWithExcelJS(data: Uint8Array): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  // ExcelJS gives a workbook without a saved time the time it was loaded: its time only where the package has one.
  return { sheets: wb.worksheets.map(readSheet), names: constantNames(data), ...(savesTime(data) && wb.modified instanceof Date ? { saved: wb.modified.getTime() } : {}) };
}

/** Do the package's core properties (docProps/core.xml) give the time it was last saved? */
function savesTime(data: Uint8Array): boolean {
  try {
    const files = unzipSync(data, { filter: (f) => f.name === 'docProps/core.xml' });
    return /<dcterms:modified\b[^>]*>[^<]+</.test(strFromU8(files['docProps/core.xml'] ?? new Uint8Array()));
  } catch {
    return false;
  }
}

function constantNames(data: Uint8Array): Record<string, string> {
  const names: Record<string, string> = {};
  let xml = '';
  try {
    const files = unzipSync(data, { filter: (f) => f.name === 'xl/workbook.xml' });
    xml = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
  } catch {
    return names;
  }
  for (const m of xml.matchAll(/<definedName\b([^>]*)>"([^"<]*)"<\/definedName>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[1])?.[1];
    if (name) names[name] = m[2].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  }
  return names;
}

function readSheet(ws: ExcelJS.Worksheet): Sheet {
  const rows: (Cell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const c = toCell(cell);
      if (c) cells[colNumber - 1] = c;
    });
    if (cells.length) rows[rowNumber - 1] = cells;
  });
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  const merges = Object.values((ws as unknown as { _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges ?? {}).map(
    ({ model: m }) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }),
  );
  return { name: ws.name, rows, merges, hidden: ws.state === 'hidden' || ws.state === 'veryHidden' };
}

function toCell(cell: ExcelJS.Cell): Cell | undefined {
  const v = cell.value;
  const numberFormat = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  let value: CellValue;
  let formula: string | undefined;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') value = v;
  else if (v instanceof Date) value = v.toISOString().slice(0, 10);
  else if ('formula' in v || 'sharedFormula' in v) {
    formula = cell.formula;
    value = scalar(cell.result);
  } else if ('richText' in v) value = v.richText.map((t) => t.text).join('');
  else if ('error' in v) value = { error: String(v.error) };
  else if ('text' in v) value = String((v as ExcelJS.CellHyperlinkValue).text);
  else value = null;
  if (value === null && formula === undefined) return undefined;
  return { value, ...(formula !== undefined ? { formula } : {}), ...(numberFormat ? { numberFormat } : {}) };
}

function scalar(r: unknown): CellValue {
  if (r === null || r === undefined) return null;
  if (typeof r === 'number' || typeof r === 'string' || typeof r === 'boolean') return r;
  if (r instanceof Date) return r.toISOString().slice(0, 10);
  if (typeof r === 'object' && 'error' in r) return { error: String((r as { error: unknown }).error) };
  return null;
}

/** A snapshot written to .xlsx by ExcelJS: values, formulas with results, formats, merges, hidden. */
export async function snapshotToXlsx(book: Workbook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name, s.hidden ? { state: 'hidden' } : undefined);
    s.rows.forEach((line, r) =>
      line.forEach((c, col) => {
        if (!c) return;
        const cell = ws.getCell(r + 1, col + 1);
        const value = c.value !== null && typeof c.value === 'object' ? (c.value as ExcelJS.CellErrorValue) : c.value;
        cell.value = c.formula !== undefined ? ({ formula: c.formula, result: value ?? undefined } as ExcelJS.CellFormulaValue) : value;
        if (c.numberFormat) cell.numFmt = c.numberFormat;
      }),
    );
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The snapshot with number formats as ExcelJS gave them (backslash escapes dropped). */
export function asExcelJS(wb: Workbook): { book: Workbook; escapes: number } {
  let escapes = 0;
  // ExcelJS gave no array areas (Sheet.arrays): the snapshot compared without them.
  const sheets = wb.sheets.map(({ arrays: _arrays, ...s }) => ({
    ...s,
    rows: s.rows.map((line) => {
      const out = [...line];
      line.forEach((c, i) => {
        if (c?.numberFormat?.includes('\\')) {
          escapes++;
          out[i] = { ...c, numberFormat: c.numberFormat.replace(/[\\](.)/g, '$1') };
        }
      });
      // keep holes as holes
      for (let i = 0; i < line.length; i++) if (!(i in line)) delete out[i];
      return out;
    }),
  }));
  return { book: { ...wb, sheets }, escapes };
}

