/**
 * A plan formatted as an Excel table (テーブルとして書式設定): Excel fills a formula written into a
 * table column down the whole column (a calculated column), over the other rows' own formulas. 再計算
 * writes a table column only where every data cell then holds the same formula, relative to its row;
 * elsewhere it writes nothing there and says so (table-column-skipped).
 */
import { runCommand } from '../../../src/commands/run';
import { fakeOf, portOn } from './helpers';
import { parseAddress, type FakeExcel } from '../../fakes/excel';

const FILE = 'ledger-sample.xlsx';
const SHEET = '令和元年度 収入状況';
const BODY = 'A4:H97';
const NOW = '2026-12-05 10:00';

/** The sample, its ledger made an Excel table (its merges inside undone first: a table holds none). */
async function asTable(table: boolean): Promise<FakeExcel> {
  const fake = await fakeOf(FILE);
  const s = fake.sheet(SHEET);
  const area = parseAddress(BODY).area;
  s.merges = s.merges.filter((m) => !(m.top <= area.bottom && area.top <= m.bottom && m.left <= area.right && area.left <= m.right));
  if (table) s.tables = [{ name: 'Ledger', area, hasHeaders: true, style: 'TableStyleMedium2' }];
  return fake;
}

const formulasOf = (fake: FakeExcel, column: string) => {
  const out: Record<string, string | null> = {};
  for (let r = 5; r <= 97; r++) out[`${column}${r}`] = fake.cell(SHEET, `${column}${r}`)?.formula ?? null;
  return out;
};

describe('再計算 into a plan that is an Excel table', () => {
  it('writes a column whose formulas are alike on every row, and leaves one whose rows differ (data rows and 全体 totals) as it was, saying so', async () => {
    const plain = await asTable(false);
    const tabled = await asTable(true);
    const before = formulasOf(tabled, 'G');
    const reference = await runCommand('recalc', { port: portOn(plain), file: FILE, now: NOW });
    const event = await runCommand('recalc', { port: portOn(tabled), file: FILE, now: NOW });
    expect(reference.outcome).toMatchObject({ ok: true });
    expect(event.outcome.ok).toBe(true);
    // Without a table, 収入未済額 (G) gets the identity on data rows and SUMs on the 全体 rows: two formulas.
    const planned = formulasOf(plain, 'G');
    expect(planned.G5).toMatch(/D5-E5/);
    expect(Object.values(planned).some((f) => f?.startsWith('=SUM('))).toBe(true);
    // In the table, G is left as it was: Excel would have filled one of them down the column.
    expect(formulasOf(tabled, 'G')).toEqual(before);
    const skipped = event.report!.issues.filter((i) => i.code === 'table-column-skipped');
    expect(skipped.map((i) => `${i.sheet}!${i.cell}`)).toContain(`${SHEET}!G5`);
    expect(skipped.find((i) => i.cell === 'G5')!.message).toContain('Ledger');
    // The rates (H) are one formula over each row's own amounts, 全体 rows too: written as without the table.
    expect(formulasOf(tabled, 'H')).toEqual(formulasOf(plain, 'H'));
  });

  it('a formula of saiken’s own whose stored figure is stale (a program’s edit never calculated) is brought up to date beside a column left alone: the log names the cells written', async () => {
    // Its figure refreshed is a write with no entry of the change log: the writes left out of G must take their own
    // entries with them, not the next ones (recalc had failed on this: an entry read past the log's end).
    const fake = await asTable(true);
    fake.setCell(SHEET, 'H5', { value: 9.9, numberFormat: '0.0', formula: '=IF(OR(D5="",E5="",D5=0),"",ROUND(E5/D5*100,1))' });
    const event = await runCommand('recalc', { port: portOn(fake), file: FILE, now: NOW });
    expect(event.outcome).toMatchObject({ ok: true });
    const logged = event.report!.changes.map((c) => c.cell);
    // G's body (rows 5 to 97) left alone; the total under the table (G98) is no cell of it.
    expect(logged.filter((c) => /^G\d+$/.test(c) && Number(c.slice(1)) <= 97)).toEqual([]);
    expect(logged).toContain('H6');
    expect(logged).not.toContain('H5');
    expect(fake.cell(SHEET, 'H5')).toMatchObject({ formula: '=IF(OR(D5="",E5="",D5=0),"",ROUND(E5/D5*100,1))' });
    expect(fake.cell(SHEET, 'H6')!.formula).toBe('=IF(OR(D6="",E6="",D6=0),"",ROUND(E6/D6*100,1))');
  });

  it('元に戻す that would leave a table column with the user’s formula beside typed figures is refused, nothing written', async () => {
    // H holds typed rates on the data rows and the user's own formula on the 全体 rows: 再計算 writes one formula
    // down it (alike on every row); giving back both kinds would have Excel fill the formula over the typed rates.
    const fake = await asTable(true);
    const totals: string[] = [];
    for (let r = 5; r <= 97; r++) {
      if (fake.cell(SHEET, `C${r}`)?.value !== '全体') continue;
      // A stale figure (1.6) that is no 全体 row's own rate: a formula showing its row's rate is kept.
      fake.setCell(SHEET, `H${r}`, { value: 1.6, formula: `=ROUND(E${r}/D${r}*100,1)` });
      totals.push(`H${r}`);
    }
    expect(fake.cell(SHEET, 'H8')).toMatchObject({ value: 99.2 });
    expect((await runCommand('recalc', { port: portOn(fake), file: FILE, now: NOW })).outcome.ok).toBe(true);
    const recalculated = formulasOf(fake, 'H');
    expect(recalculated.H8).toMatch(/E8\/D8/);
    const undo = await runCommand('undo', { port: portOn(fake), file: FILE, now: '2026-12-05 10:05' });
    expect(undo.outcome.ok).toBe(false);
    expect(undo.outcome.message.ja).toContain('テーブル「Ledger」');
    expect(undo.outcome.message.ja).toContain('H5:H97');
    expect(formulasOf(fake, 'H')).toEqual(recalculated);
  });

  it('元に戻す that leaves a table column all typed again is written: no formula is left to fill', async () => {
    const fake = await asTable(true);
    const before = formulasOf(fake, 'H');
    expect(Object.values(before).every((f) => f === null)).toBe(true);
    expect((await runCommand('recalc', { port: portOn(fake), file: FILE, now: NOW })).outcome.ok).toBe(true);
    expect((await runCommand('undo', { port: portOn(fake), file: FILE, now: '2026-12-05 10:05' })).outcome.ok).toBe(true);
    expect(formulasOf(fake, 'H')).toEqual(before);
    expect(fake.cell(SHEET, 'H8')).toMatchObject({ value: 99.2 });
  });
});
