/**
 * Excel keeps a formula parsed and writes its text anew when it is read: a sheet name is quoted
 * only where it must be (='収納率'!C4 reads back =収納率!C4). The summary's own formulas read back
 * so must still be known as its own, or every 集計・グラフ after the first is refused as edited.
 */
import { summarize } from '../../../src/core/engine';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeOf, portOn } from './helpers';
import { readWorkbook } from '../../../src/hosts/file/read';
import { writeWorkbook } from '../../../src/hosts/file/write';
import { fingerprintOfSheet } from '../../../src/core/summary/sheet';

describe('a generated sheet’s formulas read back as Excel writes them', () => {
  it('plan sheets of names that need no quotes (収納率): the summary made again is not taken for one edited by hand', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    const names = ['収納率', '収納率目標', '収入未済額', '収入未済額目標'];
    fake.state.sheets.forEach((s, i) => (s.name = names[i] ?? s.name));
    const first = portOn(fake);
    const made = summarize(await first.read(), '2026-11-23 10:00');
    await first.apply(made.changes);
    // What Excel shows of a written formula.
    const summary = fake.sheet('集計');
    const formulas = [...summary.cells.values()].map((c) => c.formula).filter((f): f is string => !!f);
    expect(formulas.some((f) => f.includes('収納率!'))).toBe(true);
    expect(formulas.some((f) => f.includes("'収納率'!"))).toBe(false);
    const again = portOn(fake);
    expect(summarize(await again.read(), '2026-11-23 11:00').edited).toEqual([]);
  }, 60_000);

  it('a name that must be quoted (2-1, 令和 3年度) keeps its quotes', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    const port = portOn(fake);
    await port.apply(summarize(await port.read(), '2026-11-23 10:00').changes);
    const formulas = [...fake.sheet('集計').cells.values()].map((c) => c.formula).filter((f): f is string => !!f);
    expect(formulas.some((f) => f.includes("'2-1'!"))).toBe(true);
    expect(summarize(await portOn(fake).read(), '2026-11-23 11:00').edited).toEqual([]);
  }, 60_000);
});

describe('a summary made before its fingerprint unquoted sheet names', () => {
  it('is still known as saiken’s own (its mark holds the fingerprint of the formulas as written)', async () => {
    const data = new Uint8Array(readFileSync(join(__dirname, '../../../samples/tsuyama-plan2.xlsx')));
    const wb0 = await readWorkbook(data);
    const made = summarize(wb0, '2026-11-23 10:00');
    const wb = await readWorkbook(writeWorkbook(data, made.changes, wb0).data);
    const sheet = wb.sheets.find((s) => s.name === '集計')!;
    expect(fingerprintOfSheet(sheet, 'asWritten')).not.toBe(fingerprintOfSheet(sheet));
    const key = Object.keys(wb.names!).find((k) => k.toLowerCase() === '_saiken_gen_summary')!;
    wb.names![key] = `集計|${fingerprintOfSheet(sheet, 'asWritten')}`;
    expect(summarize(wb, '2026-11-23 11:00').edited).toEqual([]);
    // A cell changed by hand is still seen.
    sheet.rows[3]![1] = { value: 1 };
    expect(summarize(wb, '2026-11-23 11:00').edited).toEqual(['集計']);
  });
});
