/**
 * 元に戻す and number formats: the change log records, in column F, the format a cell had where
 * 再計算 changed it; undo writes it back. A log written before column F existed still undoes
 * (contents only).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../src/hosts/file/read';
import { recalc } from '../../src/core/engine';
import { applyToSnapshot } from '../../src/core/apply-snapshot';
import { undoLastRecalc } from '../../src/core/undo';
import { CHANGE_LOG_SHEET, CHANGE_LOG_HEADER_ROW } from '../../src/core/recalc/change-log';
import type { Workbook } from '../../src/core/workbook';
import { emptyChangeSet } from '../../src/core/changes';

const FILE = 'tsuyama-plan2.xlsx';

async function recalculated(): Promise<{ before: Workbook; after: Workbook }> {
  const before = await readWorkbook(new Uint8Array(readFileSync(join(__dirname, '../../samples', FILE))), FILE);
  const { changes } = recalc(before, FILE, '2026-11-23 10:00');
  return { before, after: applyToSnapshot(before, changes) };
}

it('column F holds the format replaced ("General" for none), under its header; undo writes it back', async () => {
  const { before, after } = await recalculated();
  const log = after.sheets.find((s) => s.name === CHANGE_LOG_SHEET)!;
  expect(log.rows[CHANGE_LOG_HEADER_ROW - 1][5]?.value).toBe('変更前の表示形式');
  const g6 = log.rows.find((row) => row?.[1]?.value === '2-2' && row?.[2]?.value === 'G6')!;
  expect(before.sheets.find((s) => s.name === '2-2')!.rows[5][6]?.numberFormat).toBeUndefined();
  expect(g6[5]?.value).toBe('General');
  const undo = undoLastRecalc(after, '2026-11-23 10:05');
  if (!undo.ok) throw new Error('refused');
  expect(undo.changes.cells.find((w) => w.sheet === '2-2' && w.cell === 'G6')).toEqual({ sheet: '2-2', cell: 'G6', value: '△ 628', numberFormat: 'General' });
  const back = applyToSnapshot(after, undo.changes);
  expect(back.sheets.find((s) => s.name === '2-2')!.rows[5][6]).toEqual({ value: '△ 628' });
});

it('a log without column F (written by an earlier version) undoes the contents and leaves formats', async () => {
  const { after } = await recalculated();
  const log = after.sheets.find((s) => s.name === CHANGE_LOG_SHEET)!;
  const old: Workbook = { ...after, sheets: after.sheets.map((s) => (s === log ? { ...s, rows: s.rows.map((row) => row?.slice(0, 5) ?? []) } : s)) };
  const undo = undoLastRecalc(old, '2026-11-23 10:05');
  if (!undo.ok) throw new Error('refused');
  expect(undo.changes.cells.filter((w) => w.sheet !== CHANGE_LOG_SHEET && w.numberFormat !== undefined)).toEqual([]);
  expect(undo.changes.cells.find((w) => w.sheet === '2-2' && w.cell === 'G6')).toEqual({ sheet: '2-2', cell: 'G6', value: '△ 628' });
});

it('a formula 再計算 wrote, shown since in another format: written again with its format, logged, and undone to the format it had', async () => {
  const { after } = await recalculated();
  const cellOf = (wb: Workbook) => wb.sheets.find((s) => s.name === '2-2')!.rows[5][6]!;
  const { formula, numberFormat } = cellOf(after);
  expect(formula).toBeDefined();
  expect(numberFormat).toBeDefined();
  // The user set G6 back to General (the formula untouched).
  const reformatted = applyToSnapshot(after, { ...emptyChangeSet(), cells: [{ sheet: '2-2', cell: 'G6', numberFormat: 'General' }] });
  expect(cellOf(reformatted).numberFormat).toBeUndefined();
  const again = recalc(reformatted, FILE, '2026-11-23 11:00').changes;
  expect(again.cells.find((w) => w.sheet === '2-2' && w.cell === 'G6')).toMatchObject({ formula, numberFormat });
  expect(again.log).toEqual([{ sheet: '2-2', cell: 'G6', before: `=${formula}`, formula: `=${formula}`, kind: 'formula' }]);
  const twice = applyToSnapshot(reformatted, again);
  expect(cellOf(twice).numberFormat).toBe(numberFormat);
  const undo = undoLastRecalc(twice, '2026-11-23 11:05');
  if (!undo.ok) throw new Error('refused');
  expect(undo.changes.cells.find((w) => w.sheet === '2-2' && w.cell === 'G6')).toEqual({ sheet: '2-2', cell: 'G6', formula, numberFormat: 'General' });
  expect(cellOf(applyToSnapshot(twice, undo.changes))).toEqual(cellOf(reformatted));
});

