/**
 * 元に戻す through the Excel host: the last 再計算 undone from the change log — every logged cell
 * back to its former content, saiken's formulas gone — and refused, naming the cell, where a
 * logged cell was edited since.
 */
import { runCommand } from '../../../src/commands/run';
import { recalc } from '../../../src/core/engine';
import { undoLastRecalc } from '../../../src/core/undo';
import type { ChangeSet } from '../../../src/core/changes';
import { parseA1 } from '../../../src/core/workbook';
import { fakeOf, portOn, sample } from './helpers';
import { FakeExcel, type FakeOptions } from '../../fakes/excel';

const FILE = 'tsuyama-plan2.xlsx';
const NOW = '2026-11-23 10:00';

function calculating(changes: ChangeSet): FakeOptions {
  const results = new Map(changes.cells.filter((w) => w.formula !== undefined).map((w) => [`${w.sheet}!${w.cell}`, w.value ?? '']));
  return { calculate: (sheet, cell) => (results.has(`${sheet}!${cell}`) ? results.get(`${sheet}!${cell}`)! : null) };
}

async function recalculated() {
  const before = await sample(FILE);
  const expected = recalc(before, FILE, NOW);
  const fake = await fakeOf(FILE, calculating(expected.changes));
  expect((await runCommand('recalc', { port: portOn(fake), file: FILE, now: NOW })).outcome.ok).toBe(true);
  return { before, fake, log: expected.changes.log };
}

it('puts back every value the last 再計算 replaced and removes the formulas it wrote', async () => {
  const { before, fake, log } = await recalculated();
  expect(log.length).toBeGreaterThan(10);
  // 再計算 changed the number format of some of the cells it wrote.
  const formatsChanged = log.filter((e) => {
    const { r, c } = parseA1(e.cell);
    return fake.cell(e.sheet, e.cell)?.numberFormat !== before.sheets.find((s) => s.name === e.sheet)!.rows[r]?.[c]?.numberFormat;
  }).length;
  const port = portOn(fake);
  const undo = undoLastRecalc(await port.read(), '2026-11-23 10:05');
  if (!undo.ok) throw new Error(`refused: ${JSON.stringify(undo)}`);
  expect(undo.restored).toHaveLength(log.length);
  await port.apply(undo.changes);
  for (const e of log) {
    const { r, c } = parseA1(e.cell);
    const original = before.sheets.find((s) => s.name === e.sheet)!.rows[r]?.[c];
    const now = fake.cell(e.sheet, e.cell);
    expect({ cell: e.cell, formula: now?.formula, value: now?.value ?? null }).toEqual({ cell: e.cell, formula: original?.formula === undefined ? undefined : `=${original.formula}`, value: original?.formula === undefined ? (original?.value ?? null) : null });
    // The number format it had, where 再計算 changed it (General is no format in the fake either).
    expect({ cell: e.cell, numberFormat: now?.numberFormat }).toEqual({ cell: e.cell, numberFormat: original?.numberFormat });
  }
  expect(formatsChanged).toBeGreaterThan(0);
  // '△ 628' was text and is text again, not a number.
  expect(fake.cell('2-2', 'G6')).toMatchObject({ value: '△ 628' });
  // A second undo has nothing to undo.
  expect(undoLastRecalc(await portOn(fake).read(), '2026-11-23 10:06')).toEqual({ ok: false, reason: 'nothing' });
});

it('refuses, naming the cell, where a logged cell was edited since; nothing written', async () => {
  const { fake, log } = await recalculated();
  const target = log[3];
  fake.setCell(target.sheet, target.cell, { value: 12345, formula: undefined });
  const port = portOn(fake);
  const undo = undoLastRecalc(await port.read(), '2026-11-23 10:05');
  expect(undo).toEqual({ ok: false, reason: 'edited', sheet: target.sheet, cell: target.cell, now: '12345' });
});

it('the pane’s runner (runCommand undo) on Excel: restored, then nothing left to undo', async () => {
  const { fake, log } = await recalculated();
  const event = await runCommand('undo', { port: portOn(fake), file: FILE, now: '2026-11-23 10:05' });
  expect(event.outcome).toMatchObject({ ok: true, counts: { cells: log.length } });
  expect(fake.cell('2-2', 'G6')).toMatchObject({ value: '△ 628' });
  expect(fake.cell('2-2', 'G6')?.formula).toBeUndefined();
  const again = await runCommand('undo', { port: portOn(fake), file: FILE, now: '2026-11-23 10:06' });
  expect(again.outcome.ok).toBe(false);
  expect(again.outcome.message.ja).toContain('元に戻せる再計算がありません');
});

it('gives text that starts with "=" back as text, in both the log and the cell, never as a live formula', async () => {
  const link = '=HYPERLINK("http://example.invalid/","クリック")';
  const wb = await sample(FILE);
  const sheet = wb.sheets.find((s) => s.name === '2-2')!;
  const typed = { ...wb, sheets: wb.sheets.map((s) => (s === sheet ? { ...s, rows: s.rows.map((row, r) => (r === 5 ? row.map((c, i) => (i === 6 ? { value: link } : c)) : row)) } : s)) };
  const expected = recalc(typed, FILE, NOW);
  expect(expected.changes.log.find((e) => e.sheet === '2-2' && e.cell === 'G6')).toMatchObject({ before: link, kind: 'text' });
  const fake = FakeExcel.fromWorkbook(typed, calculating(expected.changes));
  expect((await runCommand('recalc', { port: portOn(fake), file: FILE, now: NOW })).outcome.ok).toBe(true);
  expect(fake.cell('2-2', 'G6')?.formula).toBe('=IF(OR(E6="",C6=""),"",E6-C6)');
  const undone = await runCommand('undo', { port: portOn(fake), file: FILE, now: '2026-11-23 10:05' });
  expect(undone.outcome.ok).toBe(true);
  expect(fake.cell('2-2', 'G6')).toMatchObject({ value: link });
  expect(fake.cell('2-2', 'G6')?.formula).toBeUndefined();
});

it('puts a one-cell array formula (Ctrl+Shift+Enter) back as an ordinary formula, and says so: Office.js writes no array formula', async () => {
  // 2-2!G6 (③-①, △ 628 as printed) an array formula of its own cell showing a figure one off: 再計算 mends it.
  const wb = await sample(FILE);
  const typed = {
    ...wb,
    sheets: wb.sheets.map((s) =>
      s.name === '2-2' ? { ...s, rows: s.rows.map((row, r) => (r === 5 ? row.map((c, i) => (i === 6 ? { formula: 'E6-C6+1', value: -627 } : c)) : row)), arrays: [...(s.arrays ?? []), { top: 5, left: 6, bottom: 5, right: 6 }] } : s,
    ),
  };
  const expected = recalc(typed, FILE, NOW);
  expect(expected.changes.log.find((e) => e.sheet === '2-2' && e.cell === 'G6')).toMatchObject({ before: '{=E6-C6+1}', kind: 'formula' });
  const fake = FakeExcel.fromWorkbook(typed, calculating(expected.changes));
  expect(fake.sheet('2-2').arrays).toHaveLength(1);
  expect((await runCommand('recalc', { port: portOn(fake), file: FILE, now: NOW })).outcome.ok).toBe(true);
  expect(fake.cell('2-2', 'G6')?.formula).toBe('=IF(OR(E6="",C6=""),"",E6-C6)');
  const undone = await runCommand('undo', { port: portOn(fake), file: FILE, now: '2026-11-23 10:05' });
  expect(undone.outcome.ok).toBe(true);
  // The formula is back, as an ordinary one (no array of G6 in the fake, as in Excel after Range.formulas).
  expect(fake.cell('2-2', 'G6')?.formula).toBe('=E6-C6+1');
  expect(fake.sheet('2-2').arrays ?? []).toHaveLength(0);
  expect(undone.outcome.message.ja).toContain('2-2!G6 は配列数式');
  expect(undone.outcome.message.ja).toContain('Ctrl+Shift+Enter');
  expect(undone.outcome.message.en).toContain('2-2!G6 held an array formula');
});
