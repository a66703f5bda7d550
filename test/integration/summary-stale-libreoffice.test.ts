/**
 * A 集計 made, then a colleague without the add-in edits the plan in LibreOffice: rows inserted and deleted in a plan sheet,
 * a plan sheet renamed. The 集計's references move with the rows (a deleted row's become #REF!): that is no edit by hand
 * (集計 makes it again without --force), and 検証 says the 集計 is stale where it no longer sums what the plan holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { inspect, runAll, summarize } from '../../src/core/engine';
import type { Workbook } from '../../src/core/workbook';
import { editInLibreOffice, requireLibreOffice } from './libreoffice';

const run = requireLibreOffice() ? describe : describe.skip;

/** What a 集計 cell holds, as a finding quotes it: its formula after "=", else its value. */
function shown(wb: Workbook, cell: string): string {
  const sheet = wb.sheets.find((s) => s.name === '集計')!;
  const c = sheet.rows[Number(cell.slice(1)) - 1]?.[cell.charCodeAt(0) - 65];
  return c?.formula !== undefined ? `=${c.formula}` : String(c?.value ?? '');
}

/** The 集計 sheet's formulas, by cell. */
function summaryFormulas(wb: Workbook): Map<string, string> {
  const out = new Map<string, string>();
  const sheet = wb.sheets.find((s) => s.name === '集計')!;
  sheet.rows.forEach((row, r) => row?.forEach((c, k) => c?.formula && out.set(`${String.fromCharCode(65 + k)}${r + 1}`, c.formula)));
  return out;
}

run('a 集計 after a colleague’s rows inserted and deleted in LibreOffice', () => {
  let made: Uint8Array;
  beforeAll(async () => {
    const data = new Uint8Array(readFileSync(join(__dirname, '../../samples/tsuyama-plan2.xlsx')));
    const wb = await readWorkbook(data);
    made = writeWorkbook(data, runAll(wb, 'tsuyama-plan2.xlsx', '2026-12-07 10:00').changes, wb).data;
  }, 60_000);

  it('freshly made, 検証 finds it current', async () => {
    const wb = await readWorkbook(made);
    expect(inspect(wb, 'x.xlsx').issues.filter((i) => i.code === 'summary-stale')).toEqual([]);
  });

  it('a debt inserted inside a department and one deleted: not edited by hand, but stale; made again, it sums the new row', async () => {
    // 2-1 (収納率): a row inserted in 高齢介護課 (row 17) and 臨時福祉給付金 (row 11) deleted; the new debt is then row 16.
    const edited = editInLibreOffice(made, [
      { sheet: '2-1', insertRows: [16, 1] },
      { sheet: '2-1', set: { B17: '高齢者福祉負担金', C17: 90, D17: 91, E17: 92.5, F17: 93 } },
      { sheet: '2-1', deleteRows: [10, 1] },
    ]);
    const wb = await readWorkbook(edited);
    const before = summaryFormulas(wb);
    expect([...before.values()].some((f) => f.includes('#REF!'))).toBe(true);
    expect([...before.values()].some((f) => /'?2-1'?!E16\b/.test(f))).toBe(false);

    const stale = inspect(wb, 'x.xlsx').issues.filter((i) => i.code === 'summary-stale');
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ severity: 'warning', sheet: '集計' });
    expect(stale[0].message).toContain(`${stale[0].cell} は今「${shown(wb, stale[0].cell)}」`);
    expect(stale[0].message).toContain('集計をもう一度実行してください');

    const again = summarize(wb, 'x.xlsx');
    expect(again.edited).toEqual([]);
    const remade = await readWorkbook(writeWorkbook(edited, again.changes, wb).data);
    const after = summaryFormulas(remade);
    expect([...after.values()].some((f) => f.includes('#REF!'))).toBe(false);
    expect([...after.values()].some((f) => /'?2-1'?!E16\b/.test(f))).toBe(true);
    expect(inspect(remade, 'x.xlsx').issues.filter((i) => i.code === 'summary-stale')).toEqual([]);
  }, 120_000);

  it('an empty row inserted above a table and a plan sheet renamed: neither edited nor stale', async () => {
    const edited = editInLibreOffice(made, [
      { sheet: '2-2', insertRows: [1, 1] },
      { sheet: '3-1', rename: '3-1 収入未済額' },
    ]);
    const wb = await readWorkbook(edited);
    const formulas = [...summaryFormulas(wb).values()];
    expect(formulas.some((f) => f.includes('3-1 収入未済額'))).toBe(true);
    expect(inspect(wb, 'x.xlsx').issues.filter((i) => i.code === 'summary-stale')).toEqual([]);
    expect(summarize(wb, 'x.xlsx').edited).toEqual([]);
  }, 120_000);

  it('a 集計 cell typed over by hand is still an edit: 集計 refuses without --force, and 検証 says nothing of staleness', async () => {
    const wb0 = await readWorkbook(made);
    const [cell] = [...summaryFormulas(wb0).keys()];
    const edited = editInLibreOffice(made, [{ sheet: '集計', set: { [cell]: 12345 } }]);
    const wb = await readWorkbook(edited);
    expect(summarize(wb, 'x.xlsx').edited).toEqual(['集計']);
    expect(inspect(wb, 'x.xlsx').issues.filter((i) => i.code === 'summary-stale')).toEqual([]);
  }, 120_000);
});
