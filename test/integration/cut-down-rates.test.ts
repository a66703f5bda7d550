/**
 * 収納率 cut down (切り捨て) to what they show, as some plans publish them (96.765 → 96.7): no error where every rate of the
 * table is so, and 再計算 writes ROUNDDOWN — the figure printed, as LibreOffice computes it — not a rounded 96.8 over it.
 * (Years down, each rate had been a rate-mismatch; by debt, 再計算 had rewritten the rates validation accepted.)
 */
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { inspect, recalc } from '../../src/core/engine';
import { parseA1, type Workbook } from '../../src/core/workbook';
import { convert, requireLibreOffice } from './libreoffice';

type Line = (string | number | null)[];
const NOW = '2026-12-07 10:00';

async function book(grid: Line[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('計画');
  grid.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const valueAt = (wb: Workbook, ref: string) => {
  const { r, c } = parseA1(ref);
  return wb.sheets[0].rows[r]?.[c]?.value ?? null;
};

/** 調定額 | 収入済額 | 収納率 years down, the rates cut down (96.765 → 96.7, 97.056 → 97.0, 97.361 → 97.3). */
const yearsDown = (rates: number[]): Line[] => [
  ['市税の収納状況の推移'],
  [null, null, null, '（単位：円、％）'],
  ['年度', '調定額', '収入済額', '収納率'],
  ['令和2年度', 12483902311, 12080115402, rates[0]],
  ['令和3年度', 12611830544, 12240552801, rates[1]],
  ['令和4年度', 12790113205, 12452710019, rates[2]],
];
/** The same by debt, a row each (the ledger of a row table). */
const byDebt = (rates: number[]): Line[] => [
  ['令和4年度 債権別収納状況'],
  [null, null, null, '（単位：円、％）'],
  ['債権名', '調定額', '収入済額', '収納率'],
  ['市税', 12483902311, 12080115402, rates[0]],
  ['国民健康保険税', 12611830544, 12240552801, rates[1]],
  ['介護保険料', 12790113205, 12452710019, rates[2]],
];
const CUT = [96.7, 97.0, 97.3];
const errors = async (grid: Line[]) => inspect(await readWorkbook(await book(grid)), 'x.xlsx').issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.cell}`);

describe.each([
  ['years down', yearsDown],
  ['by debt', byDebt],
])('rates cut down, %s', (_, grid) => {
  it('are no error; one typed wrong still is', async () => {
    expect(await errors(grid(CUT))).toEqual([]);
    expect(await errors(grid([96.7, 97.2, 97.3]))).toEqual(['rate-mismatch@D5']);
  });

  it('rounded (96.8, 97.1, 97.4) as most tables: no error, and 再計算 writes no ROUNDDOWN; one cut down among them is found', async () => {
    expect(await errors(grid([96.8, 97.1, 97.4]))).toEqual([]);
    expect(await errors(grid([96.8, 97.1, 97.3]))).toEqual(['rate-mismatch@D6']);
    const wb = await readWorkbook(await book(grid([96.8, 97.1, 97.4])));
    const d4 = recalc(wb, 'x.xlsx', NOW).changes.cells.find((c) => c.sheet === '計画' && c.cell === 'D4')!;
    // Rounded to the decimals shown (四捨五入), as the table's rates are.
    expect(d4.formula).toBe('IF(OR(B4="",C4="",B4=0),"",ROUND(C4/B4*100,1))');
  });

  (requireLibreOffice() ? it : it.skip)('再計算 writes ROUNDDOWN to the decimals shown, mending nothing; LibreOffice computes the figures printed', async () => {
    const data = await book(grid(CUT));
    const wb = await readWorkbook(data);
    const { report, changes } = recalc(wb, 'x.xlsx', NOW);
    const written = new Map(changes.cells.filter((c) => c.sheet === '計画' && c.formula).map((c) => [c.cell, c]));
    expect(written.get('D4')).toMatchObject({ formula: 'IF(OR(B4="",C4="",B4=0),"",ROUNDDOWN(C4/B4*100,1))', value: 96.7 });
    expect(report.changes.filter((c) => c.mended)).toEqual([]);
    const lo = await readWorkbook(convert(writeWorkbook(data, changes, wb).data, 'xlsx'));
    expect(['D4', 'D5', 'D6'].map((c) => valueAt(lo, c))).toEqual(CUT);
  }, 120_000);
});
