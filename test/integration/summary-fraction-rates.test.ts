/**
 * 集計 of rates kept as fractions (0.99 shown as 99.0%) beside rates typed in percent (98.6): the
 * formulas take the fractions × 100, so a class's mean, a department's rate and 達成 / 未達成 read
 * in percent — and what LibreOffice computes from them is the figure cached.
 */
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { summarize } from '../../src/core/engine';
import type { CellWrite } from '../../src/core/changes';
import { parseA1, type Workbook } from '../../src/core/workbook';
import { convert, requireLibreOffice } from './libreoffice';

type Line = (string | number | null)[];

/** 実績 as fractions in 0.0% (市税, 国民健康保険料), 実績 typed in percent (軽自動車税), 目標 typed in percent. */
async function plan(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = (name: string, head: Line, rows: Line[], numFmt: string) => {
    const ws = wb.addWorksheet(name);
    const grid: Line[] = [[`収納率の${name}`], [null, null, null, '(単位：%)'], ['所管課', '債権名', ...head], ...rows];
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        if (typeof v === 'number') cell.numFmt = numFmt;
      }),
    );
  };
  sheet('実績', ['令和5年度 実績', '令和6年度 実績'], [['税務課', '市税', 0.981, 0.99], ['保険課', '国民健康保険料', 0.9, 0.91]], '0.0%');
  sheet('実績2', ['令和5年度 実績', '令和6年度 実績'], [['税務課', '軽自動車税', 95, 96]], '0.0');
  sheet('目標', ['令和6年度 目標', '令和7年度 目標'], [['税務課', '市税', 98.6, 98.7], ['保険課', '国民健康保険料', 91.5, 92], ['税務課', '軽自動車税', 95.5, 96]], '0.0');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const valueAt = (wb: Workbook, sheet: string, ref: string) => {
  const { r, c } = parseA1(ref);
  return wb.sheets.find((s) => s.name === sheet)?.rows[r]?.[c]?.value ?? null;
};
/** The 集計 cell of column `col` on the first row after `after` whose label is `text`. */
const at = (cells: CellWrite[], text: string, col: string, after = 0) => {
  const label = cells.find((c) => c.sheet === '集計' && c.value === text && c.cell.startsWith('A') && Number(c.cell.slice(1)) > after);
  if (!label) throw new Error(`no row labelled ${text}`);
  return cells.find((c) => c.sheet === '集計' && c.cell === `${col}${label.cell.slice(1)}`)!;
};
const rowOf = (c: CellWrite) => Number(c.cell.slice(1));

(requireLibreOffice() ? describe : describe.skip)('集計 of rates kept as fractions', () => {
  it('averages and compares them in percent, as cached', async () => {
    const data = await plan();
    const wb = await readWorkbook(data);
    const { changes } = summarize(wb, 'plan.xlsx');
    const cells = changes.cells;
    // The class: 市税, 国民健康保険料 (fractions) and 軽自動車税 (percent), each × 100 where it is a fraction.
    const cls = at(cells, '強制徴収公債権', 'C');
    expect(cls.formula).toBe(`IFERROR(AVERAGE('実績'!D4*100,'実績'!D5*100,'実績2'!D4),"")`);
    expect(cls.value).toBeCloseTo((99 + 91 + 96) / 3, 9);
    // A department of fractions only: their mean × 100.
    const dept = at(cells, '保険課', 'B');
    expect(dept.formula).toBe(`IFERROR(AVERAGE('実績'!C5)*100,"")`);
    expect(dept.value).toBeCloseTo(90, 9);
    // 市税 2024: 99.0 against 98.6 is 達成.
    const debt = at(cells, '市税', 'D', rowOf(at(cells, '保険課', 'A')));
    expect(debt.formula).toBe(`IF('実績'!D4="","",'実績'!D4*100)`);
    expect(at(cells, '市税', 'F', rowOf(debt) - 1).value).toBe('達成');

    const lo = await readWorkbook(convert(writeWorkbook(data, changes, wb).data, 'xlsx', 'plan.xlsx'));
    expect(valueAt(lo, '集計', cls.cell) as number).toBeCloseTo((99 + 91 + 96) / 3, 9);
    expect(valueAt(lo, '集計', dept.cell) as number).toBeCloseTo(90, 9);
    expect(valueAt(lo, '集計', `F${rowOf(debt)}`)).toBe('達成');
    // Every formula of 集計 computes in LibreOffice the figure saiken cached.
    const formulas = cells.filter((c) => c.sheet === '集計' && c.formula && typeof c.value === 'number');
    expect(formulas.length).toBeGreaterThan(10);
    for (const w of formulas) expect({ at: w.cell, got: Number((valueAt(lo, '集計', w.cell) as number).toFixed(9)) }).toEqual({ at: w.cell, got: Number((w.value as number).toFixed(9)) });
  }, 180_000);
});
