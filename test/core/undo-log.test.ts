/**
 * 元に戻す and the change log never lose or change a user's content: only the last run is undone
 * (two runs in the same minute told apart by the run number), each former content comes back as
 * the kind it was (text starting with "=" as text, an error refused by name), a user's own sheet
 * named like the log (in any case) is never the log, and a note typed under the log is not an entry.
 */
import { sheetFromGrid, parseA1, type Cell, type CellValue, type Sheet, type Workbook } from '../../src/core/workbook';
import { recalc, summarize } from '../../src/core/engine';
import { applyToSnapshot } from '../../src/core/apply-snapshot';
import { undoLastRecalc, undoRefusalMessage, type UndoRefusal } from '../../src/core/undo';
import { CHANGE_LOG_SHEET, changeLogWrites, findChangeLog, readChangeLog } from '../../src/core/recalc/change-log';
import { earlierLog } from './earlier-log';
import { emptyChangeSet } from '../../src/core/changes';
import { ChangeSetSchema } from '../../src/core/changes-schema';

const NOW = '2026-12-03 10:00';
const FORMULA = (r: number) => `IF(OR(E${r}="",C${r}=""),"",E${r}-C${r})`;

/** A plan of two rows whose deltas (F4, F5) are typed by hand: `f4`, `f5`. */
const grid = (f4: CellValue, f5: CellValue): CellValue[][] => [
  ['収納率の実績'],
  [null, null, null, null, null, '(単位：%)'],
  ['所管課', '債権名', '令和元年度\n決算①', '令和2年度\n目標②', '令和2年度\n決算③', '決算と比較\n③-①'],
  ['人権啓発課', '生活改善資金貸付金', 73.6, 98.8, 1.5, f4],
  ['税務課', '市民税', 90.1, 95, 93.2, f5],
];

const book = (sheet: Sheet, extra: Sheet[] = []): Workbook => ({ sheets: [sheet, ...extra] });
const plan = (f4: CellValue, f5: CellValue, extra: Sheet[] = []) => book(sheetFromGrid('計画', grid(f4, f5)), extra);
const cellAt = (wb: Workbook, sheet: string, cell: string): Cell | undefined => {
  const { r, c } = parseA1(cell);
  return wb.sheets.find((s) => s.name === sheet)?.rows[r]?.[c];
};
const recalced = (wb: Workbook, now = NOW) => applyToSnapshot(wb, recalc(wb, 'x.xlsx', now).changes);
const type = (wb: Workbook, sheet: string, cell: string, value: string | number | boolean | null) => applyToSnapshot(wb, { ...emptyChangeSet(), cells: [{ sheet, cell, value }] });
const undone = (wb: Workbook) => {
  const undo = undoLastRecalc(wb, '2026-12-03 10:05');
  if (!undo.ok) throw new Error(`refused: ${undoRefusalMessage(undo).ja}`);
  return { ...undo, after: applyToSnapshot(wb, undo.changes) };
};

describe('the last run only', () => {
  it('two runs in the same minute: undo puts back what the second replaced, the first run stays', () => {
    const first = recalced(plan(-70, 3));
    expect(cellAt(first, '計画', 'F4')?.formula).toBe(FORMULA(4));
    // The user types 7 over the formula in F5, then recalculates again within the same minute.
    const typed = type(first, '計画', 'F5', 7);
    const second = recalced(typed);
    const log = findChangeLog(second)!;
    expect(log.name).toBe(CHANGE_LOG_SHEET);
    const { restored, after } = undone(second);
    expect(restored.map((e) => [e.cell, e.before])).toEqual([['F5', 7]]);
    // As the user left it: 7, in the format the cell kept when it was typed.
    expect(cellAt(after, '計画', 'F5')).toEqual(cellAt(typed, '計画', 'F5'));
    expect(cellAt(after, '計画', 'F5')?.value).toBe(7);
    // F4 keeps the formula of the first run.
    expect(cellAt(after, '計画', 'F4')?.formula).toBe(FORMULA(4));
    // Undo once more: the second run's mark stops it (nothing to undo).
    expect(undoLastRecalc(after, '2026-12-03 10:06')).toEqual({ ok: false, reason: 'nothing' });
  });

  it('a log begun by an earlier version (no column G): a run appended in the same minute is undone alone', () => {
    const first = recalced(plan(-70, 3));
    const log = findChangeLog(first)!;
    expect(log).toBeDefined();
    const old = earlierLog(first, 6);
    const second = recalced(type(old, '計画', 'F5', 7));
    expect(findChangeLog(second)!.rows.filter((row) => row?.[1]?.value === '計画').map((row) => [row[2]?.value, row[6]?.value ?? null])).toEqual([['F4', null], ['F5', null], ['F5', 1]]);
    const { restored, after } = undone(second);
    expect(restored.map((e) => e.cell)).toEqual(['F5']);
    expect(cellAt(after, '計画', 'F4')?.formula).toBe(FORMULA(4));
  });

  it('the log numbers its runs in column G, the time beside each run’s first entry', () => {
    const second = recalced(type(recalced(plan(-70, 3)), '計画', 'F5', 7));
    const log = findChangeLog(second)!;
    const entries = log.rows.filter((row) => row?.[1]?.value === '計画').map((row) => [row[0]?.value ?? null, row[2]?.value, row[6]?.value]);
    expect(entries).toEqual([[NOW, 'F4', 1], [null, 'F5', 1], [NOW, 'F5', 2]]);
    // Read back, every entry has its run's time.
    expect(readChangeLog(log).filter((e) => !e.undone).map((e) => e.time)).toEqual([NOW, NOW, NOW]);
  });
});

describe('the former content as it was', () => {
  it.each([
    ['F4', '=E4-C4'],
    ['F5', '=HYPERLINK("http://example.invalid/","クリック")'],
  ])('text starting with "=" in %s comes back as text, not as a live formula', (cell, typed) => {
    // One delta typed as text beside one typed as a number (a column of text alone is no delta column).
    const wb = recalced(cell === 'F4' ? plan(typed, 3) : plan(-70, typed));
    expect(cellAt(wb, '計画', cell)?.formula).toBe(FORMULA(Number(cell.slice(1))));
    const row = findChangeLog(wb)!.rows.find((r) => r?.[2]?.value === cell)!;
    expect([row[3]?.value, row[7]?.value]).toEqual([typed, '文字列']);
    const { after, restored } = undone(wb);
    expect(restored.find((e) => e.cell === cell)).toMatchObject({ before: typed, kind: 'text' });
    expect(cellAt(after, '計画', cell)).toEqual({ value: typed });
  });

  it('a number, TRUE and a user formula come back as a number, a boolean and a formula', () => {
    const start = plan(-70, true);
    const withFormula = applyToSnapshot(start, { ...emptyChangeSet(), cells: [{ sheet: '計画', cell: 'F4', formula: 'E4-C4-1', value: -73.1 }] });
    const { after, restored } = undone(recalced(withFormula));
    expect(restored.map((e) => [e.cell, e.before, e.kind])).toEqual([['F4', '=E4-C4-1', 'formula'], ['F5', true, 'boolean']]);
    expect(cellAt(after, '計画', 'F4')).toEqual({ formula: 'E4-C4-1', value: expect.anything() });
    expect(cellAt(after, '計画', 'F5')).toEqual({ value: true });
  });

  it('an error value cannot be written back as one: the undo is refused, naming the cell and the log row', () => {
    const wb = recalced(plan({ error: '#DIV/0!' }, 3));
    const log = findChangeLog(wb)!;
    const row = log.rows.findIndex((r) => r?.[2]?.value === 'F4') + 1;
    expect(log.rows[row - 1][7]?.value).toBe('エラー値');
    const undo = undoLastRecalc(wb, '2026-12-03 10:05');
    expect(undo).toEqual({ ok: false, reason: 'unrestorable', sheet: '計画', cell: 'F4', before: '#DIV/0!', kind: 'error', log: CHANGE_LOG_SHEET, row });
    if (undo.ok) return;
    const m = undoRefusalMessage(undo);
    expect(m.ja).toContain('計画!F4');
    expect(m.ja).toContain(`${CHANGE_LOG_SHEET}」の ${row} 行目`);
    expect(m.en).toContain('計画!F4 (error value: #DIV/0!)');
    // As the message asks, the user types the error value back into F4: the undo now gives back the rest of the run.
    const fixed: Workbook = { ...wb, sheets: wb.sheets.map((sh) => (sh.name === '計画' ? { ...sh, rows: sh.rows.map((row, r) => (r === 3 ? row.map((c, k) => (k === 5 ? { value: { error: '#DIV/0!' } } : c)) : row)) } : sh)) };
    const again = undone(fixed);
    expect(again.restored.map((e) => e.cell)).toEqual(['F4', 'F5']);
    expect(cellAt(again.after, '計画', 'F4')).toEqual({ value: { error: '#DIV/0!' } });
    expect(cellAt(again.after, '計画', 'F5')?.value).toBe(3);
  });

  it('a log without column H (an earlier version) reads "=…" as a formula, as it did', () => {
    const wb = recalced(plan('=E4-C4', 3));
    const log = findChangeLog(wb)!;
    expect(log).toBeDefined();
    const old = earlierLog(wb, 6);
    expect(cellAt(undone(old).after, '計画', 'F4')?.formula).toBe('E4-C4');
  });
});

describe("the user's own sheets", () => {
  const own = (name: string) => sheetFromGrid(name, [['ユーザーの履歴'], [789]]);

  it.each([CHANGE_LOG_SHEET, 'SAIKEN変更履歴'])('a sheet of the user named %s is left alone: the log gets a free name', (name) => {
    const wb = plan(-70, 3, [own(name)]);
    const { changes } = recalc(wb, 'x.xlsx', NOW);
    expect(changes.sheets.map((s) => s.name)).toEqual([`${CHANGE_LOG_SHEET} (2)`]);
    expect(changes.cells.filter((c) => c.sheet.toLowerCase() === CHANGE_LOG_SHEET.toLowerCase())).toEqual([]);
    const after = applyToSnapshot(wb, changes);
    expect(after.sheets.find((s) => s.name === name)!.rows).toEqual(own(name).rows);
    // Recalculated again, the log found under its free name is appended to; undo reads it.
    const again = recalc(type(after, '計画', 'F5', 7), 'x.xlsx', NOW).changes;
    expect(again.sheets.map((s) => [s.name, s.mode])).toEqual([[`${CHANGE_LOG_SHEET} (2)`, 'create']]);
    const { restored, changes: back } = undone(applyToSnapshot(after, again));
    expect(restored.map((e) => e.cell)).toEqual(['F5']);
    expect(back.cells.filter((c) => c.sheet === name)).toEqual([]);
  });

  it('集計 moves the log behind the sheets it makes, never a sheet of the user named like it', () => {
    const wb = recalced(plan(-70, 3, [own('SAIKEN変更履歴')]));
    const moved = summarize(wb, 'x.xlsx').changes.sheets.filter((s) => s.position === 'last').map((s) => s.name);
    expect(moved).toEqual([`${CHANGE_LOG_SHEET} (2)`]);
  });

  it('a sheet named like the log that is not one is never read as a log: nothing to undo', () => {
    expect(undoLastRecalc(plan(-70, 3, [own(CHANGE_LOG_SHEET)]), NOW)).toEqual({ ok: false, reason: 'nothing' });
  });

  it('a note typed under the log is not an entry: the undo goes through', () => {
    const wb = recalced(plan(-70, 3));
    const log = findChangeLog(wb)!;
    const noted = type(wb, log.name, `A${log.rows.length + 2}`, '確認済み 12/3 山田');
    const { restored, after } = undone(noted);
    expect(restored.map((e) => e.cell)).toEqual(['F4', 'F5']);
    // Recalculated again, the log counts its records, not the note: two, the undo's mark, two more.
    const again = recalced(after);
    const count = findChangeLog(again)!.rows.find((row) => row?.[0]?.value === '記録の件数')!;
    expect(count[1]?.value).toBe(5);
    expect(cellAt(after, '計画', 'F4')).toEqual({ value: -70 });
    expect(cellAt(after, '計画', 'F5')).toEqual({ value: 3 });
  });

  it('a logged cell emptied since: the refusal names the sheet and the cell', () => {
    const wb = recalced(plan(-70, 3));
    const emptied = type(wb, '計画', 'F5', null);
    const undo = undoLastRecalc(emptied, NOW);
    expect(undo).toEqual({ ok: false, reason: 'edited', sheet: '計画', cell: 'F5', now: '' });
    if (undo.ok) return;
    expect(undoRefusalMessage(undo).ja).toBe('元に戻す：計画!F5 は再計算のあとで編集されています（今は空白です）。上書きしないよう、何も変更していません。');
  });

  it('a logged sheet renamed since: the refusal names it and the cell', () => {
    const wb = recalced(plan(-70, 3));
    const renamed: Workbook = { ...wb, sheets: wb.sheets.map((s) => (s.name === '計画' ? { ...s, name: '計画（旧）' } : s)) };
    const undo = undoLastRecalc(renamed, NOW);
    expect(undo).toEqual({ ok: false, reason: 'missing-sheet', sheet: '計画', cell: 'F4' });
    if (undo.ok) return;
    expect(undoRefusalMessage(undo).ja).toContain('計画!F4 のシート「計画」がありません');
  });
});

describe("a log full up to Excel's last row (1,048,576)", () => {
  const LAST = 1_048_576;
  /** A plan recalculated once, its log's last record moved down to `row` (a log of a million records), the deltas typed again. */
  const fullLog = (row: number): Workbook => {
    const wb = recalced(plan(-70, 3));
    const log = findChangeLog(wb)!;
    const rows = log.rows.slice(0, -1);
    rows[row - 1] = log.rows[log.rows.length - 1];
    const moved = { ...wb, sheets: wb.sheets.map((s) => (s === log ? { ...s, rows } : s)) };
    return type(type(moved, '計画', 'F4', -70), '計画', 'F5', 3);
  };

  it('goes on in a new log sheet, named in its last row: nothing is written past the last row, and undo reads the new log', () => {
    const wb = fullLog(LAST - 2);
    const { changes } = recalc(wb, 'x.xlsx', NOW);
    expect(Math.max(...changes.cells.map((c) => parseA1(c.cell).r + 1))).toBeLessThanOrEqual(LAST);
    // The ChangeSet's schema allows no write past the grid.
    expect(ChangeSetSchema.safeParse(changes).success).toBe(true);
    expect(ChangeSetSchema.safeParse({ ...changes, cells: [{ sheet: CHANGE_LOG_SHEET, cell: `A${LAST + 1}`, value: 1 }] }).success).toBe(false);
    const next = `${CHANGE_LOG_SHEET} (2)`;
    expect(changes.sheets.map((s) => [s.name, s.mode])).toEqual([[next, 'create']]);
    // The full log: one row naming the sheet it goes on in, after its last record.
    const onFull = changes.cells.filter((c) => c.sheet === CHANGE_LOG_SHEET).map((c) => [c.cell, c.value]);
    expect(onFull).toEqual([[`A${LAST - 1}`, NOW], [`B${LAST - 1}`, next], [`E${LAST - 1}`, '（シートの最終行に達したため、以降の記録は B 列のシートに続けています）']]);
    const after = applyToSnapshot(wb, changes);
    expect(findChangeLog(after)!.name).toBe(next);
    // The run, second of the log, is recorded whole in the new log: F4 and F5, under its header.
    expect(cellAt(after, next, 'C9')?.value).toBe('F4');
    expect(cellAt(after, next, 'C10')?.value).toBe('F5');
    expect(cellAt(after, next, 'G10')?.value).toBe(2);
    const { restored, after: back } = undone(after);
    expect(restored.map((e) => [e.cell, e.before])).toEqual([['F4', -70], ['F5', 3]]);
    expect(cellAt(back, '計画', 'F5')?.value).toBe(3);
    expect(undoLastRecalc(back, '2026-12-03 10:06')).toEqual({ ok: false, reason: 'nothing' });
  });

  it('takes a run that leaves a row for the undo mark and one for the continuation', () => {
    const wb = fullLog(LAST - 4);
    const { changes } = recalc(wb, 'x.xlsx', NOW);
    expect(changes.sheets.map((s) => s.name)).toEqual([CHANGE_LOG_SHEET]);
    expect(changes.cells.filter((c) => c.sheet === CHANGE_LOG_SHEET && c.cell.startsWith('C')).map((c) => c.cell)).toEqual([`C${LAST - 3}`, `C${LAST - 2}`]);
    const { after } = undone(applyToSnapshot(wb, changes));
    // The undo mark on row 1,048,575; the next run goes on in a new log, its mark on the last row.
    expect(cellAt(after, CHANGE_LOG_SHEET, `E${LAST - 1}`)?.value).toBe('（直前の再計算を元に戻しました）');
    const again = recalc(after, 'x.xlsx', NOW).changes;
    expect(again.sheets.map((s) => s.name)).toEqual([`${CHANGE_LOG_SHEET} (2)`]);
    expect(again.cells.filter((c) => c.sheet === CHANGE_LOG_SHEET).map((c) => c.cell)).toEqual([`A${LAST}`, `B${LAST}`, `E${LAST}`]);
  });

  it('a run more than one log sheet could hold is refused before anything is written', () => {
    const cs = emptyChangeSet();
    cs.log = new Array(LAST).fill({ sheet: '計画', cell: 'F4', before: 1, formula: `=${FORMULA(4)}`, kind: 'number' });
    expect(() => changeLogWrites(plan(-70, 3), cs, NOW, new Map())).toThrow(`置き換える値 ${LAST} 件は 1 枚の変更履歴シート（1,048,576 行）に記録しきれない`);
    expect(cs.cells).toEqual([]);
  });
});

describe('column I: the rows a value was taken from', () => {
  const swapped = (wb: Workbook, a: number, b: number): Workbook => ({
    ...wb,
    sheets: wb.sheets.map((s) => {
      if (s.name !== '計画') return s;
      const own = (row: (Cell | undefined)[] | undefined, from: number, to: number) => row?.map((c) => (c?.formula ? { ...c, formula: c.formula.replace(new RegExp(`([A-Z])${from + 1}(?!\\d)`, 'g'), `$1${to + 1}`) } : c));
      const rows = [...s.rows];
      [rows[a], rows[b]] = [own(s.rows[b], b, a)!, own(s.rows[a], a, b)!];
      return { ...s, rows };
    }),
  });

  it('tells rows of one debt apart by their 区分: a sort of 現年度分 and 滞納繰越分 is refused, the row named where it went', () => {
    const wb = book(sheetFromGrid('計画', [
      ['収納率の実績'],
      [null, null, null, null, null, '(単位：%)'],
      ['債権名', '区分', '令和元年度\n決算①', '令和2年度\n目標②', '令和2年度\n決算③', '決算と比較\n③-①'],
      ['市民税', '現年度分', 98.1, 99.0, 98.5, 1],
      ['市民税', '滞納繰越分', 20.1, 25.0, 22.0, 2],
    ]));
    const after = recalced(wb);
    const refused = undoLastRecalc(swapped(after, 3, 4), '2026-12-03 10:05');
    expect(refused).toEqual({ ok: false, reason: 'shifted', sheet: '計画', cell: 'F4', label: '市民税・現年度分', now: 'F5' });
    expect(undoRefusalMessage(refused as UndoRefusal).ja).toContain('F4 に書いた数式は「市民税・現年度分」の行とともに今 F5 にあります');
    expect(undoLastRecalc(after, '2026-12-03 10:05').ok).toBe(true);
  });

  it('a label only spaced otherwise since (市 民 税, a trailing space) is the same row', () => {
    const after = type(recalced(plan(-70, 3)), '計画', 'B5', '市 民 税 ');
    expect(undone(after).restored.map((e) => e.cell)).toEqual(['F4', 'F5']);
  });

  it('two tables on the same rows: a sort of the second is refused as one of the first is', () => {
    const two = (f: CellValue): CellValue[][] => [
      ['収納率の実績', null, null, null, null, null, null, '収納率の実績'],
      [null, null, null, null, null, '(単位：%)', null, null, null, null, null, null, '(単位：%)'],
      ['所管課', '債権名', '令和元年度\n決算①', '令和2年度\n目標②', '令和2年度\n決算③', '決算と比較\n③-①', null, '所管課', '債権名', '令和元年度\n決算①', '令和2年度\n目標②', '令和2年度\n決算③', '決算と比較\n③-①'],
      ['人権啓発課', '生活改善資金貸付金', 73.6, 98.8, 1.5, f, null, '保険年金課', '国民健康保険税', 90.0, 95.0, 92.0, 1],
      ['税務課', '市民税', 90.1, 95, 93.2, 3, null, '介護保険課', '介護保険料', 97.0, 98.0, 98.5, 2],
    ];
    const after = recalced(book(sheetFromGrid('計画', two(-70))));
    // Only the right table's rows change places (H:M of rows 4 and 5).
    const sortedRight: Workbook = {
      ...after,
      sheets: after.sheets.map((s) => {
        if (s.name !== '計画') return s;
        const rows = s.rows.map((row) => [...(row ?? [])]);
        for (let c = 7; c <= 12; c++) {
          const [a, b] = [rows[3][c], rows[4][c]];
          rows[3][c] = b?.formula ? { ...b, formula: b.formula.replace(/([A-Z])5(?!\d)/g, '$14') } : b;
          rows[4][c] = a?.formula ? { ...a, formula: a.formula.replace(/([A-Z])4(?!\d)/g, '$15') } : a;
        }
        return { ...s, rows };
      }),
    };
    expect(undoLastRecalc(sortedRight, '2026-12-03 10:05')).toMatchObject({ ok: false, reason: 'moved', sheet: '計画' });
  });
});
