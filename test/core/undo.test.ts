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
import { undoDoneMessage, undoLastRecalc } from '../../src/core/undo';
import { CHANGE_LOG_SHEET, CHANGE_LOG_HEADER_ROW, rowKey } from '../../src/core/recalc/change-log';
import { earlierLog } from './earlier-log';
import { parseA1, sheetFromGrid, type Workbook } from '../../src/core/workbook';
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
  expect(log).toBeDefined();
  const old = earlierLog(after, 5);
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
  expect(again.log).toEqual([{ sheet: '2-2', cell: 'G6', before: `=${formula}`, formula: `=${formula}`, kind: 'formula', key: 'A6=人権啓発課\nB6=低所得者生業資金貸付金' }]);
  const twice = applyToSnapshot(reformatted, again);
  expect(cellOf(twice).numberFormat).toBe(numberFormat);
  const undo = undoLastRecalc(twice, '2026-11-23 11:05');
  if (!undo.ok) throw new Error('refused');
  expect(undo.changes.cells.find((w) => w.sheet === '2-2' && w.cell === 'G6')).toEqual({ sheet: '2-2', cell: 'G6', formula, numberFormat: 'General' });
  expect(cellOf(applyToSnapshot(twice, undo.changes))).toEqual(cellOf(reformatted));
});


describe('column I: the row a value was taken from', () => {
  /** Excel's sort: two rows' cells trade places, a formula's references to its own row moving with it (KB 40401). */
  function sorted(wb: Workbook, sheet: string, a: number, b: number): Workbook {
    const own = (f: string | undefined, from: number, to: number) => f?.replace(/(\$?[A-Z]{1,3})(\d+)/g, (m, col: string, row: string) => (Number(row) === from + 1 ? `${col}${to + 1}` : m));
    const moved = (row: Workbook['sheets'][number]['rows'][number], from: number, to: number) => row?.map((c) => (c?.formula ? { ...c, formula: own(c.formula, from, to) } : c));
    return {
      ...wb,
      sheets: wb.sheets.map((s) => {
        if (s.name !== sheet) return s;
        const rows = [...s.rows];
        [rows[a], rows[b]] = [moved(s.rows[b], b, a), moved(s.rows[a], a, b)];
        return { ...s, rows };
      }),
    };
  }

  it('logs each replaced value with its row’s label, and refuses to give it back to another debt a sort has moved there', async () => {
    const { after } = await recalculated();
    const log = after.sheets.find((s) => s.name === CHANGE_LOG_SHEET)!;
    expect(log.rows[CHANGE_LOG_HEADER_ROW - 1][8]?.value).toBe('行の見出し');
    const g6 = log.rows.find((row) => row?.[1]?.value === '2-2' && row?.[2]?.value === 'G6')!;
    const labels = rowKey(String(g6[8]?.value));
    // The row's department and debt, each by its cell.
    expect(labels.map((l) => l.cell)).toEqual(['A6', 'B6']);
    const { cell: label, text } = labels[1];
    const plan = after.sheets.find((s) => s.name === '2-2')!;
    const { r, c } = parseA1(label);
    expect(r).toBe(5);
    expect(plan.rows[r][c]?.value).toBe(text);
    // Another row of the same table, of another debt: the user sorts them into each other's place.
    const other = plan.rows.findIndex((row, i) => i > 5 && row?.[c]?.value && row[c]!.value !== text && row?.[6]?.formula);
    expect(other).toBeGreaterThan(5);
    const undo = undoLastRecalc(sorted(after, '2-2', 5, other), '2026-11-23 10:05');
    expect(undo).toMatchObject({ ok: false, reason: 'moved', sheet: '2-2' });
    // Sorted back, it undoes.
    expect(undoLastRecalc(sorted(sorted(after, '2-2', 5, other), '2-2', 5, other), '2026-11-23 10:05').ok).toBe(true);
  });

  it('a log without column I (written by an earlier version) undoes by address as before', async () => {
    const { after } = await recalculated();
    const log = after.sheets.find((s) => s.name === CHANGE_LOG_SHEET)!;
    expect(log).toBeDefined();
    const old = earlierLog(after, 8);
    expect(undoLastRecalc(old, '2026-11-23 10:05').ok).toBe(true);
  });
});

describe('元に戻す after an operand was changed since 再計算 (a colleague revised a 調定額 in LibreOffice)', () => {
  const plan = (): Workbook => ({
    sheets: [
      sheetFromGrid('計画', [
        ['市民税の収納状況'],
        [null, null, null, null, '（単位：千円）'],
        ['年度', '調定額', '収入済額', '不納欠損額', '収入未済額'],
        ['令和3年度', 5000, 4800, 0, 200],
        ['令和4年度', 5100, 4900, 10, 190],
      ]),
    ],
  });

  it('puts the figures back, and names those whose formulas compute another figure now', () => {
    const before = plan();
    const after = applyToSnapshot(before, recalc(before, 'x.xlsx', '2026-12-07 10:00').changes);
    expect(after.sheets[0].rows[4][4]?.formula).toBeDefined();
    // Right after the run, nothing differs.
    const plain = undoLastRecalc(after, '2026-12-07 10:05');
    if (!plain.ok) throw new Error('refused');
    expect(plain.stale).toEqual([]);
    expect(undoDoneMessage(plain).ja).toBe(`元に戻す：直前の再計算で書き換えた ${plain.restored.length} セルを元の値に戻しました。`);
    // 令和4年度's 調定額 revised to 5,300, calculated there: its 収入未済額 shows 390.
    const edited = applyToSnapshot(after, {
      ...emptyChangeSet(),
      cells: [{ sheet: '計画', cell: 'B5', value: 5300 }, { sheet: '計画', cell: 'E5', formula: after.sheets[0].rows[4][4]!.formula!, value: 390 }],
    });
    const undo = undoLastRecalc(edited, '2026-12-07 10:05');
    if (!undo.ok) throw new Error('refused');
    expect(undo.changes.cells.find((w) => w.cell === 'E5')).toMatchObject({ value: 190 });
    expect(undo.stale).toEqual(['計画!E5']);
    expect(undoDoneMessage(undo).ja).toContain('ただし 計画!E5（1 セル）は、戻した値がいまの計算結果と違います。');
  });
});
