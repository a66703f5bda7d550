/**
 * The marks of generated sheets (集計, グラフ) where a host leaves their defined names visible
 * (test/fakes/excel.ts: namesStayVisible) and the user deletes them: the mark on the sheet itself
 * (a worksheet custom property) keeps the sheets known as saiken's.
 */
import { runCommand } from '../../../src/commands/run';
import { inspect } from '../../../src/core/engine';
import { fakeOf, portOn, sample } from './helpers';
import type { FakeExcel } from '../../fakes/excel';

const FILE = 'tsuyama-plan2.xlsx';
const NOW = '2026-11-23 10:00';
const run = (fake: FakeExcel, command: Parameters<typeof runCommand>[0]) => runCommand(command, { port: portOn(fake), file: FILE, now: NOW });

it('names left visible and deleted by the user: 集計・グラフ replaces the same sheets, 認識 does not read them as plans', async () => {
  const fake = await fakeOf(FILE, { namesStayVisible: true });
  expect((await run(fake, 'summary')).outcome.ok).toBe(true);
  const marks = fake.state.names.filter((n) => n.name.startsWith('_saiken_gen_'));
  expect(marks.length).toBe(2);
  expect(marks.every((n) => n.visible)).toBe(true); // the host ignored visible = false
  const sheets = fake.state.sheets.map((s) => s.name);

  fake.state.names = fake.state.names.filter((n) => !n.name.startsWith('_saiken_gen_'));
  const wb = await portOn(fake).read();
  for (const m of marks) expect(wb.names?.[m.name]).toBe(m.formula.slice(2, -1));

  const again = await run(fake, 'summary');
  expect(again.outcome.ok).toBe(true);
  expect(fake.state.sheets.map((s) => s.name)).toEqual(sheets);
  const report = inspect(await portOn(fake).read(), FILE);
  expect(report.tables).toEqual(inspect(await sample(FILE), FILE).tables);
});
