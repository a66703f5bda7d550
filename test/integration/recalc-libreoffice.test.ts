/**
 * The written workbooks opened by LibreOffice, which recalculates every formula: each computed
 * cell must come out at the figure the seed plans print (their arithmetic is consistent), blank
 * where an operand is blank.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { recalc } from '../../src/core/engine';
import { emptyChangeSet } from '../../src/core/changes';
import { parseA1, type Workbook } from '../../src/core/workbook';
import { convert, requireLibreOffice } from './libreoffice';

const run = requireLibreOffice() ? describe : describe.skip;
const valueAt = (wb: Workbook, sheet: string, ref: string) => {
  const { r, c } = parseA1(ref);
  return wb.sheets.find((s) => s.name === sheet)?.rows[r]?.[c]?.value ?? null;
};

run('LibreOffice recalculates what saiken wrote', () => {
  it('recalculates on load (a wrong cached value is corrected)', async () => {
    const data = new Uint8Array(readFileSync(join(__dirname, '../../samples/ledger-sample.xlsx')));
    const wb = await readWorkbook(data);
    const cs = emptyChangeSet();
    cs.cells.push({ sheet: wb.sheets[0].name, cell: 'J5', formula: 'D5*2', value: 1 });
    const lo = await readWorkbook(convert(writeWorkbook(data, cs, wb).data, 'xlsx'));
    expect(valueAt(lo, wb.sheets[0].name, 'J5')).toBe(5403 * 2);
  }, 120_000);

  it.each(['tsuyama-plan2.xlsx', 'ledger-sample.xlsx'])('%s: every computed cell at the printed figure', async (file) => {
    const data = new Uint8Array(readFileSync(join(__dirname, '../../samples', file)));
    const wb = await readWorkbook(data);
    const { changes } = recalc(wb, file, '2026-11-23 10:00');
    const lo = await readWorkbook(convert(writeWorkbook(data, changes, wb).data, 'xlsx', file));
    const formulas = changes.cells.filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(100);
    let compared = 0;
    for (const w of formulas) {
      const printed = valueAt(wb, w.sheet, w.cell);
      const got = valueAt(lo, w.sheet, w.cell);
      const label = `${w.sheet}!${w.cell} =${w.formula}`;
      if (w.value === '') {
        expect({ label, got: got ?? '' }).toEqual({ label, got: '' });
        continue;
      }
      expect({ label, type: typeof got }).toEqual({ label, type: 'number' });
      // The figure the plan prints (text such as "△ 628" parsed), shown to its decimals.
      const shown = typeof printed === 'string' ? Number(printed.replace(/[△▲]\s*/, '-').replace(/,/g, '')) : (printed as number);
      const decimals = String(shown).split('.')[1]?.length ?? 0;
      expect({ label, got: Number((got as number).toFixed(decimals)) }).toEqual({ label, got: shown });
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  }, 180_000);
});
