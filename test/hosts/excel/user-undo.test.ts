/**
 * The user's own undo stack in Excel: a write of saiken's must not clear it where it need not. Excel on Windows and on
 * Mac clear it from a call of Worksheet.position, Worksheet.visibility or Worksheet.name on (the undo article's table of
 * unsupported APIs; the fake records such calls in `undoCleared`): a sheet just added is visible and already last, and
 * is left so.
 */
import { runAll } from '../../../src/core/engine';
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
