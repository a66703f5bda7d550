/**
 * The user's own undo stack in Excel: a write of saiken's must not clear it where it need not. Excel on Windows and on
 * Mac clear it from a call of Worksheet.position, Worksheet.visibility or Worksheet.name on (the undo article's table of
 * unsupported APIs; the fake records such calls in `undoCleared`): a sheet just added is visible and already last, and
 * is left so.
 */
import { runAll } from '../../../src/core/engine';
import { runCommand } from '../../../src/commands/run';
import { DATA_SHEET } from '../../../src/core/workbook-data';
import { fakeOf, portOn } from './helpers';

describe("the user's undo stack in Excel on Windows and Mac", () => {
  it('集計 adds its sheets, the change log last, without a call that clears the undo stack', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx', { desktop: true });
    const port = portOn(fake);
    const { changes } = runAll(await port.read(), 'x', '2026-12-06 10:00');
    await port.apply(changes);
    expect(fake.state.sheets.map((x) => [x.name, x.visibility])).toEqual([
      ['2-1', 'Visible'], ['2-2', 'Visible'], ['3-1', 'Visible'], ['3-2', 'Visible'], ['集計', 'Visible'], ['グラフ', 'Visible'], ['saiken変更履歴', 'Visible'],
    ]);
    expect(fake.undoCleared).toEqual([]);
  }, 60_000);

  it('run again: the sheets it replaces stay where they are, the change log still last, nothing clears the undo stack', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx', { desktop: true });
    const first = portOn(fake);
    await first.apply(runAll(await first.read(), 'x', '2026-12-06 10:00').changes);
    const port = portOn(fake);
    await port.apply(runAll(await port.read(), 'x', '2026-12-06 11:00').changes);
    expect(fake.state.sheets.map((x) => x.name)).toEqual(['2-1', '2-2', '3-1', '3-2', '集計', 'グラフ', 'saiken変更履歴']);
    expect(fake.undoCleared).toEqual([]);
  }, 60_000);

  it('a change log a user moved is moved back last: that one call clears the undo stack, as Excel does', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx', { desktop: true });
    const first = portOn(fake);
    await first.apply(runAll(await first.read(), 'x', '2026-12-06 10:00').changes);
    const log = fake.state.sheets.pop()!;
    fake.state.sheets.unshift(log);
    const port = portOn(fake);
    await port.apply(runAll(await port.read(), 'x', '2026-12-06 11:00').changes);
    expect(fake.state.sheets.at(-1)!.name).toBe('saiken変更履歴');
    expect(fake.undoCleared).toEqual(['Worksheet.position']);
  }, 60_000);
});

describe('one Ctrl+Z takes back a whole command (ExcelApi 1.20: RunOptions.mergeUndoGroup)', () => {
  const FILE = 'tsuyama-plan2.xlsx';
  const NOW = '2026-12-06 10:00';
  /** A request limit low enough that the write takes several syncs, each an undo record of its own outside a group. */
  const CHUNK = 5_000;

  it.each([
    ['再計算', 'recalc', {}],
    ['集計・グラフ on Excel on Windows', 'summary', { desktop: true }],
  ] as const)('%s written in several requests: one Ctrl+Z puts the workbook back as it was', async (_, command, options) => {
    const fake = await fakeOf(FILE, { apiVersion: '1.20', ...options });
    const before = fake.dump();
    const syncs = fake.syncCount;
    expect((await runCommand(command, { port: portOn(fake, { chunkBytes: CHUNK }), file: FILE, now: NOW })).outcome.ok).toBe(true);
    expect(fake.syncCount - syncs).toBeGreaterThan(4);
    expect(fake.dump()).not.toBe(before);
    expect(fake.undo()).toBe(true);
    expect(fake.dump() === before).toBe(true);
  }, 60_000);

  it('below ExcelApi 1.20 no run asks for a group (each sync stays a record of its own, as before)', async () => {
    const fake = await fakeOf(FILE, { apiVersion: '1.18' });
    expect((await runCommand('recalc', { port: portOn(fake, { chunkBytes: CHUNK }), file: FILE, now: NOW })).outcome.ok).toBe(true);
    expect(fake.runs.some((o) => o.mergeUndoGroup)).toBe(false);
    expect(fake.undoRecords.length).toBeGreaterThan(1);
  }, 60_000);

  it('the first 検証 on Excel on Windows makes its data sheet very hidden, which cannot be undone: written outside a group, not refused (UndoNotSupported)', async () => {
    const fake = await fakeOf(FILE, { apiVersion: '1.20', desktop: true });
    expect((await runCommand('validate', { port: portOn(fake), file: FILE, now: NOW })).outcome.ok).toBe(true);
    expect(fake.sheet(DATA_SHEET).visibility).toBe('VeryHidden');
    expect(fake.undoCleared).toEqual(['Worksheet.visibility']);
    // The next 検証 has nothing that cannot be undone: one group.
    expect((await runCommand('validate', { port: portOn(fake), file: FILE, now: '2026-12-06 11:00' })).outcome.ok).toBe(true);
    expect(fake.runs.at(-1)).toMatchObject({ mergeUndoGroup: true });
  }, 60_000);

  it('a chart sheet holding グラフ: the sheets added in the group are deleted again outside it, and the command names the sheet', async () => {
    const fake = await fakeOf(FILE, { apiVersion: '1.20' });
    fake.state.chartSheets = ['グラフ'];
    const before = fake.state.sheets.map((s) => s.name);
    const event = await runCommand('summary', { port: portOn(fake), file: FILE, now: NOW });
    expect(event.outcome.ok).toBe(false);
    expect(event.outcome.message.ja).toContain('「グラフ」');
    expect(fake.state.sheets.map((s) => s.name)).toEqual(before);
  }, 60_000);
});
