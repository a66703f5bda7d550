/**
 * The engine against the .xlsx load (product.md §10): plan workbooks of about 40k, 100k and 400k
 * cells (up to 20 sheets × 1,000 rows × 20 columns), written once with ExcelJS, then timed:
 * the load (readWorkbook) and, separately, recognize + validate + recalc on the loaded snapshot —
 * the 再計算 command, which recognizes the tables, computes every formula and validates the
 * result. The 検証 command (recognize + validate, no recalc) is timed alongside as inspectMs.
 * Medians over several runs, one after the other in one process as the CLI and the pane run them
 * (no forced garbage collection in between: a forced full collection shrinks V8's young generation
 * and bills the engine for it).
 *
 * Each sheet is a Tsuyama-like amount table (千円): 所管課 and 債権名, seven years of 目標/決算
 * (①…⑭) under merged year headers, four delta columns (②-① …) as formulas with cached results
 * (one in a hundred typed by hand, and wrong), and a 合計 row of SUMs.
 */
import ExcelJS from 'exceljs';
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLUMNS, DEBTS, DELTAS, DEPARTMENTS, TAGS, YEARS } from './layout';
import { readWorkbook } from '../../src/hosts/file/read';
import { inspect, recalc } from '../../src/core/engine';
import type { Workbook } from '../../src/core/workbook';

export interface EngineRecord {
  bench: 'engine';
  cells: number;
  loadMs: number;
  /** recognize + recalc + validate: the 再計算 command. */
  engineMs: number;
  /** recognize + validate: the 検証 command, for comparison. */
  inspectMs: number;
  sheets: number;
  bytes: number;
  runs: number;
}

export const SIZES = [
  { sheets: 2, cells: 40_000 },
  { sheets: 5, cells: 100_000 },
  { sheets: 20, cells: 400_000 },
] as const;

export const ROWS_PER_SHEET = 1_000;
const AMOUNT = '#,##0';
const DELTA = '#,##0;"△"#,##0';

const col = (c: number) => String.fromCharCode(65 + c);

/** One sheet of the plan: 1,000 rows × 20 columns, title and unit above the header. */
function addPlanSheet(wb: ExcelJS.Workbook, index: number, rows: number): void {
  const ws = wb.addWorksheet(`${index + 1}収入未済額`);
  ws.getCell('A1').value = `３－${index + 1}　収入未済額の実績と目標`;
  ws.getCell(`${col(COLUMNS - 1)}2`).value = '（単位：千円）';
  // Header: row 3 years (merged over 目標/決算) and the delta headers; row 4 kinds with their tags.
  ws.getCell('A3').value = '所管課';
  ws.getCell('B3').value = '債権名';
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:B4');
  YEARS.forEach((y, i) => {
    const c = 2 + i * 2;
    ws.getCell(3, c + 1).value = y;
    ws.mergeCells(3, c + 1, 3, c + 2);
    ws.getCell(4, c + 1).value = `目標${TAGS[i * 2]}`;
    ws.getCell(4, c + 2).value = `決算${TAGS[i * 2 + 1]}`;
  });
  DELTAS.forEach(([a, b], k) => {
    const c = 16 + k;
    ws.getCell(3, c + 1).value = `${TAGS[a]}-${TAGS[b]}`;
    ws.mergeCells(3, c + 1, 4, c + 1);
  });
  const first = 5;
  const dataRows = rows - 5; // title, unit, two header rows, and the 合計 row
  for (let i = 0; i < dataRows; i++) {
    const r = first + i;
    const row = ws.getRow(r);
    const vals: number[] = [];
    const base = 1_000 + ((i * 7919 + index * 104_729) % 90_000);
    for (let k = 0; k < 14; k++) vals.push(Math.round(base * (1 - k * 0.02) + ((i + k) % 13) * 11));
    // Each department lists every catalog debt once: no duplicate debts, no unknown names.
    const dept = i % DEBTS.length === 0 ? `${DEPARTMENTS[(i / DEBTS.length) % DEPARTMENTS.length]}${Math.floor(i / DEBTS.length) + 1}` : null;
    const cells: ExcelJS.CellValue[] = [dept, DEBTS[i % DEBTS.length], ...vals];
    DELTAS.forEach(([a, b]) => {
      const result = vals[a] - vals[b];
      cells.push(i % 100 === 37 ? result + 5 : { formula: `${col(2 + a)}${r}-${col(2 + b)}${r}`, result });
    });
    row.values = cells;
    for (let c = 3; c <= 16; c++) row.getCell(c).numFmt = AMOUNT;
    for (let c = 17; c <= 20; c++) row.getCell(c).numFmt = DELTA;
  }
  const total = first + dataRows;
  ws.getCell(total, 1).value = '合計';
  for (let c = 3; c <= 20; c++) {
    const letter = col(c - 1);
    const cell = ws.getCell(total, c);
    let sum = 0;
    for (let r = first; r < total; r++) {
      const v = ws.getCell(r, c).value;
      sum += typeof v === 'number' ? v : typeof v === 'object' && v && 'result' in v ? Number(v.result) : 0;
    }
    cell.value = { formula: `SUM(${letter}${first}:${letter}${total - 1})`, result: sum };
    cell.numFmt = c > 16 ? DELTA : AMOUNT;
  }
}

/** A plan workbook of `sheets` sheets × `rows` rows × 20 columns. */
export async function planWorkbookBytes(sheets: number, rows: number = ROWS_PER_SHEET): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  for (let i = 0; i < sheets; i++) addPlanSheet(wb, i, rows);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export function cellsOf(wb: Workbook): number {
  let n = 0;
  for (const s of wb.sheets) for (const row of s.rows) for (const c of row ?? []) if (c) n++;
  return n;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Times one size: `runs` loads and `runs` engine passes (after an untimed warm-up of each when `warmUp`). */
export async function benchEngineSize(sheets: number, cells: number, runs: number, warmUp = true): Promise<EngineRecord> {
  const bytes = await planWorkbookBytes(sheets);
  const loads: number[] = [];
  const inspects: number[] = [];
  const engines: number[] = [];
  let wb: Workbook | null = null;
  if (warmUp) {
    wb = await readWorkbook(bytes, 'bench.xlsx');
    inspect(wb, 'bench.xlsx');
    recalc(wb, 'bench.xlsx', '2026-01-01 00:00');
  }
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    wb = await readWorkbook(bytes, 'bench.xlsx');
    loads.push(performance.now() - t);
    t = performance.now();
    recalc(wb, 'bench.xlsx', '2026-01-01 00:00');
    engines.push(performance.now() - t);
    t = performance.now();
    inspect(wb, 'bench.xlsx');
    inspects.push(performance.now() - t);
  }
  const round = (x: number) => Math.round(x);
  return {
    bench: 'engine',
    cells,
    loadMs: round(median(loads)),
    engineMs: round(median(engines)),
    inspectMs: round(median(inspects)),
    sheets,
    bytes: bytes.length,
    runs,
  };
}

/** Every size, smallest first; only the first is warmed up (the code is hot by the next). */
export async function benchEngine(opts: { runs?: number; sizes?: readonly { sheets: number; cells: number }[] } = {}): Promise<EngineRecord[]> {
  const out: EngineRecord[] = [];
  for (const [i, s] of (opts.sizes ?? SIZES).entries()) out.push(await benchEngineSize(s.sheets, s.cells, opts.runs ?? 5, i === 0));
  return out;
}

export interface Verdict {
  budget: string;
  actual: number;
  limit: number;
  pass: boolean;
}

/** product.md §10: engine ≤ 25% of the load at 400k cells, and linear (per cell at 400k ≤ 1.3 × at 40k). */
export function engineVerdicts(records: EngineRecord[]): Verdict[] {
  const big = records.find((r) => r.cells === 400_000);
  const small = records.find((r) => r.cells === 40_000);
  const out: Verdict[] = [];
  if (big) {
    const ratio = big.engineMs / big.loadMs;
    out.push({ budget: 'engine ≤ 0.25 × load at 400k cells', actual: round3(ratio), limit: 0.25, pass: ratio <= 0.25 });
  }
  if (big && small) {
    const growth = big.engineMs / big.cells / (small.engineMs / small.cells);
    out.push({ budget: 'engine per cell at 400k ≤ 1.3 × at 40k', actual: round3(growth), limit: 1.3, pass: growth <= 1.3 });
  }
  return out;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

// ---------------------------------------------------------------------------------------------
// Profile

export interface ProfileResult {
  /** The .cpuprofile written (open it in Chrome DevTools or VS Code). */
  file: string;
  /** Functions by self time. */
  top: { name: string; where: string; selfMs: number; totalMs: number }[];
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** A CPU profile of the 再計算 command (recognize, recalc, validate) on a loaded plan workbook of `sheets` sheets. */
export async function profileEngine(sheets: number, top = 40): Promise<ProfileResult> {
  const wb = await readWorkbook(await planWorkbookBytes(sheets), 'bench.xlsx');
  recalc(wb, 'bench.xlsx', '2026-01-01 00:00');
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((ok, fail) => session.post(method, params ?? {}, (err, res) => (err ? fail(err) : ok(res as T))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  recalc(wb, 'bench.xlsx', '2026-01-01 00:00');
  const { profile } = await post<{ profile: CpuProfile }>('Profiler.stop');
  session.disconnect();
  const file = join(tmpdir(), `saiken-engine-${Date.now()}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));

  const root = resolve(__dirname, '../..');
  const where = (url: string) => {
    if (!url) return '';
    const path = url.startsWith('file:') ? fileURLToPath(url) : url;
    return path.startsWith(root) ? relative(root, path) : path.replace(/^.*node_modules[\\/]/, 'node_modules/');
  };
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
  const parent = new Map<number, number>();
  for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
  const key = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'}\u0000${where(f.url)}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, us] of selfUs) {
    self.set(key(id), (self.get(key(id)) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = key(at);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + us);
    }
  }
  return {
    file,
    top: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => {
        const [name, at] = k.split('\u0000');
        return { name, where: at, selfMs: Math.round(us / 1000), totalMs: Math.round((total.get(k) ?? 0) / 1000) };
      }),
  };
}
