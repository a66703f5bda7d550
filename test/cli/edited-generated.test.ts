/**
 * A generated sheet edited by hand since saiken made it is not regenerated without --force, by
 * `summary` or by `run` (which writes the recalculation before the summary is laid out): the
 * command stops with the sheet named and no output file is written.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './helpers';
import { emptyChangeSet } from '../../src/core/changes';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';

const root = join(__dirname, '../..');

describe('a generated sheet edited by hand', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-edited-'));
  const input = join(dir, 'plan.xlsx');
  copyFileSync(join(root, 'samples/tsuyama-plan2.xlsx'), input);
  const edited = join(dir, 'edited.xlsx');
  const MEMO = '課長確認済み（手入力）';

  beforeAll(async () => {
    const made = join(dir, 'made.xlsx');
    expect((await cli(['summary', input, '-o', made])).code).toBe(0);
    const data = readFileSync(made);
    const wb = await readWorkbook(data, 'made.xlsx');
    writeFileSync(edited, writeWorkbook(data, { ...emptyChangeSet(), cells: [{ sheet: '集計', cell: 'H2', value: MEMO }] }, wb, 'made.xlsx').data);
  });

  it.each(['summary', 'run'])('%s: refused without --force, the sheet named, nothing written; regenerated with it', async (command) => {
    const output = join(dir, `${command}.xlsx`);
    const refused = await cli([command, edited, '-o', output]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('集計');
    expect(refused.err).toContain('--force');
    expect(existsSync(output)).toBe(false);
    const forced = await cli([command, edited, '-o', output, '--force']);
    expect(forced.code).toBe(0);
    const sheet = (await readWorkbook(readFileSync(output), 'out.xlsx')).sheets.find((s) => s.name === '集計')!;
    expect(sheet.rows.flat().some((c) => c?.value === MEMO)).toBe(false);
    // The memo was there to lose: the edited workbook holds it.
    const before = (await readWorkbook(readFileSync(edited), 'edited.xlsx')).sheets.find((s) => s.name === '集計')!;
    expect(before.rows.flat().some((c) => c?.value === MEMO)).toBe(true);
  });
});

describe('a 集計 the plan has moved on from (a target typed where there was none)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-stale-'));
  const input = join(dir, 'plan.xlsx');
  copyFileSync(join(root, 'samples/tsuyama-plan2.xlsx'), input);
  const made = join(dir, 'made.xlsx');
  const typed = join(dir, 'typed.xlsx');

  beforeAll(async () => {
    expect((await cli(['summary', input, '-o', made])).code).toBe(0);
    const data = readFileSync(made);
    const wb = await readWorkbook(data, 'made.xlsx');
    // 2-1's 緊急安全措置負担金 had no 令和元年 目標値: with one (and its ③-② typed to match), it has an actual and a target of
    // one year (集計's 達成状況).
    const cells = [{ sheet: '2-1', cell: 'D8', value: 30 }, { sheet: '2-1', cell: 'H8', value: -2.6 }];
    writeFileSync(typed, writeWorkbook(data, { ...emptyChangeSet(), cells }, wb, 'made.xlsx').data);
  });

  it('inspect --json says summary-stale at the 集計; the 集計 as made is current', async () => {
    const staleOf = async (file: string) => JSON.parse((await cli(['inspect', file, '--json'])).out).issues.filter((i: { code: string }) => i.code === 'summary-stale');
    expect(await staleOf(made)).toEqual([]);
    const stale = await staleOf(typed);
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ severity: 'warning', sheet: '集計' });
    // The first cell that would change: 緊急安全措置負担金's department's 令和元年度 目標 rate, now its typed target (2-1!D8).
    expect(stale[0].cell).toBe('D45');
    expect(stale[0].message).toContain('D45 は今「空欄」、作り直すと「=IFERROR(AVERAGE(2-1!D8),"")」');
    // summary makes it again without --force (it was not edited by hand), and then it is current.
    const again = join(dir, 'again.xlsx');
    expect((await cli(['summary', typed, '-o', again])).code).toBe(0);
    expect(await staleOf(again)).toEqual([]);
  });
});
