/**
 * The file host's reading side: an .xlsx file into the engine's snapshot (values, formulas,
 * number formats, merged areas). Unreadable input becomes a ReadError with a clear message.
 */
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Cell, CellValue, Sheet, Workbook } from '../../core/workbook';
import { ReadError } from './errors';

export { ReadError };


const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

export async function readWorkbook(data: Uint8Array, file = 'book.xlsx'): Promise<Workbook> {
  if (startsWith(data, CFB_MAGIC)) {
    // An OLE compound file: either an encrypted .xlsx or a legacy .xls.
    const text = new TextDecoder('utf-16le').decode(data.subarray(0, Math.min(data.length, 1 << 16)));
    throw new ReadError(text.includes('EncryptionInfo') || text.includes('EncryptedPackage') ? 'encrypted' : 'legacy-xls', file);
  }
  if (!startsWith(data, ZIP_MAGIC)) throw new ReadError('not-a-workbook', file);
  checkPackage(data, file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new ReadError('unreadable', file, e instanceof Error ? e.message : String(e));
  }
  return { sheets: wb.worksheets.map(readSheet), names: constantNames(data) };
}

/** Defined names holding a text constant ("集計|3f2a…"): saiken's marks on the sheets it made. */
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
    // cell.result, not value.result: ExcelJS leaves a result of 0 out of the value object.
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

export const MAX_PART_BYTES = 128 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024;

/**
 * The zip's directory, read without inflating anything: a package with no workbook part is not a
 * workbook, and one that inflates to hundreds of MB (a zip bomb) is refused before ExcelJS sees it.
 */
function checkPackage(data: Uint8Array, file: string): void {
  const parts: { name: string; size: number }[] = [];
  try {
    unzipSync(data, { filter: (f) => (parts.push({ name: f.name, size: f.originalSize }), false) });
  } catch (e) {
    throw new ReadError('unreadable', file, e instanceof Error ? e.message : String(e));
  }
  if (!parts.some((p) => p.name === 'xl/workbook.xml')) throw new ReadError('not-a-workbook', file);
  const total = parts.reduce((n, p) => n + p.size, 0);
  const largest = parts.reduce((a, b) => (b.size > a.size ? b : a));
  if (largest.size > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) throw new ReadError('too-large', file, `${largest.name} ${Math.round(largest.size / 2 ** 20)} MB`);
}
