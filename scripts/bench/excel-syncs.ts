/**
 * Round trips to Excel per command (product.md §10): every command run through the Excel host on
 * the typed fake of the Excel API, on a plan sheet in the Tsuyama layout (table 2-1: 所管課, 債権名,
 * four rate columns, three delta columns) of 10, 1,000 and 10,000 rows. The counts must not grow
 * with the rows; only a write estimated over the request limit may take one more.
 *
 *   benchExcelSyncs() → [{ bench: 'excel-syncs', command: 'recalc', rows: 10000, syncs: 4 }, …]
 */
import { runCommand } from '../../src/commands/run';
import type { CommandName } from '../../src/commands/state';
import { ExcelPort } from '../../src/hosts/excel/port';
import catalog from '../../src/core/catalog/defaults.json';
import type { Cell, Sheet, Workbook } from '../../src/core/workbook';
import { FakeExcel } from '../../test/fakes/excel';
import { settingsChanges } from '../../src/hosts/excel/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

export interface ExcelSyncRecord {
  bench: 'excel-syncs';
  command: string;
  rows: number;
  syncs: number;
}

export const BENCH_ROWS = [10, 1_000, 10_000] as const;
/** validate-dv: 検証 with "install data validation" on (its first run, and again over its own rules). */
export const BENCH_COMMANDS = ['inspect', 'validate', 'recalc', 'summary', 'validate-dv', 'validate-dv-again'] as const;

const COMMAND: Record<(typeof BENCH_COMMANDS)[number], CommandName> = { inspect: 'recognize', validate: 'validate', recalc: 'recalc', summary: 'summary', 'validate-dv': 'validate', 'validate-dv-again': 'validate' };

const DEBTS: string[] = (catalog as { entries: { name: string }[] }).entries.map((e) => e.name);

const text = (value: string): Cell => ({ value });
const rate = (value: number): Cell => ({ value, numberFormat: '0.0' });

/**
 * Table 2-1 of the Tsuyama seed with `rows` data rows: each department lists every catalog debt
 * once (so no debt repeats within a department), rates vary a little from year to year, deltas
 * are typed in as figures. One row in a hundred carries a wrong delta, for 検証 to find.
 */
export function tsuyamaPlan(rows: number): Workbook {
  const grid: (Cell | undefined)[][] = [];
  grid[0] = [text('2-1 第1次津山市債権管理計画 収納率の実績値')];
  grid[2] = [text('(単位：%)')];
  grid[4] = ['所管課', '債権名', '平成28年', '令和元年', '令和元年', '令和2年', '平成28年', '令和元年', '令和2年'].map(text);
  grid[5] = [undefined, undefined, ...['2017年 決算値①', '2019年 目標値②', '2019年 決算値③', '2020年 目標値④', '決算と比較 ③-①', '目標と比較 ③-②', '目標と比較 ③-④'].map(text)];
  for (let i = 0; i < rows; i++) {
    const debt = DEBTS[i % DEBTS.length];
    const department = i % DEBTS.length === 0 ? text(`第${Math.floor(i / DEBTS.length) + 1}課`) : undefined;
    const base = 90 + ((i * 7) % 50) / 10;
    const [r1, r2, r3, r4] = [base, base + 0.4, base + 0.6, base + 0.8].map((x) => Math.round(x * 10) / 10);
    const d = (a: number, b: number) => Math.round((a - b) * 10) / 10;
    const wrong = i % 100 === 50 ? 1 : 0;
    grid[6 + i] = [department, text(debt), rate(r1), rate(r2), rate(r3), rate(r4), rate(d(r3, r1) + wrong), rate(d(r3, r2)), rate(d(r3, r4))];
  }
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  const sheet: Sheet = { name: '2-1', rows: grid, merges: [], hidden: false };
  return { sheets: [sheet], names: {} };
}

export async function benchExcelSyncs(rowsList: readonly number[] = BENCH_ROWS): Promise<ExcelSyncRecord[]> {
  const out: ExcelSyncRecord[] = [];
  for (const rows of rowsList) {
    const wb = tsuyamaPlan(rows);
    for (const command of BENCH_COMMANDS) {
      const fake = FakeExcel.fromWorkbook(wb);
      const port = () => new ExcelPort({ run: fake.run, requirements: fake.requirements });
      // The setting is stored first and, for "again", 検証 run once: neither is counted.
      if (command.startsWith('validate-dv')) {
        const setup = port();
        await setup.apply(settingsChanges(await setup.read(), { settings: { ...DEFAULT_SETTINGS, installDataValidation: true } }));
        if (command === 'validate-dv-again') await runCommand('validate', { port: port(), file: 'bench.xlsx', now: '2026-01-01 00:00' });
      }
      const before = fake.syncCount;
      const event = await runCommand(COMMAND[command], { port: port(), file: 'bench.xlsx', now: '2026-01-01 00:00' });
      if (!event.outcome.ok) throw new Error(`${command} at ${rows} rows failed: ${event.outcome.message.en}`);
      out.push({ bench: 'excel-syncs', command, rows, syncs: fake.syncCount - before });
    }
  }
  return out;
}
