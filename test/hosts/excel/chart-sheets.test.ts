/**
 * A chart sheet of the user's in Excel: Office.js lists worksheets only, so the add-in cannot know
 * its name, and adding a sheet of that name fails (test/fakes/excel.ts: chartSheets). The command
 * stops naming it, with the workbook as it was: no sheet left half made, no mark, no 集計 cleared.
 */
import { runCommand } from '../../../src/commands/run';
import { fakeOf, portOn } from './helpers';
import type { FakeExcel } from '../../fakes/excel';

const FILE = 'tsuyama-plan2.xlsx';
const run = (fake: FakeExcel, command: Parameters<typeof runCommand>[0], now = '2026-12-05 10:00') => runCommand(command, { port: portOn(fake), file: FILE, now });

const picture = (fake: FakeExcel) => JSON.stringify({ sheets: fake.state.sheets.map((s) => [s.name, [...s.cells.entries()].map(([k, c]) => [k, c.value, c.formula ?? null])]), names: fake.state.names });

describe('a chart sheet named as saiken\'s sheets would be', () => {
  it('集計・グラフ stops, naming it, and leaves the workbook as it was (its 集計 not made)', async () => {
    const fake = await fakeOf(FILE);
    fake.state.chartSheets = ['グラフ'];
    const before = picture(fake);
    const event = await run(fake, 'summary');
    expect(event.outcome.ok).toBe(false);
    expect(event.outcome.message.ja).toContain('「グラフ」');
    expect(event.outcome.message.en).toContain('"グラフ"');
    expect(picture(fake) === before).toBe(true);
  });

  it('run again over a 集計 made before: the old 集計 is not cleared, and the next run, once the chart sheet is renamed, goes through', async () => {
    const fake = await fakeOf(FILE);
    expect((await run(fake, 'summary')).outcome.ok).toBe(true);
    // The user deletes saiken's グラフ and names a chart sheet of theirs so.
    fake.state.sheets = fake.state.sheets.filter((s) => s.name !== 'グラフ');
    fake.state.chartSheets = ['グラフ'];
    const before = picture(fake);
    const event = await run(fake, 'summary', '2026-12-05 11:00');
    expect(event.outcome.ok).toBe(false);
    expect(picture(fake) === before).toBe(true);
    fake.state.chartSheets = ['グラフ1'];
    expect((await run(fake, 'summary', '2026-12-05 12:00')).outcome.ok).toBe(true);
    expect(fake.state.sheets.map((s) => s.name)).toContain('グラフ');
  });
});
