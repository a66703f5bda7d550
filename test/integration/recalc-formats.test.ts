/**
 * A written cell shows its figure as its column shows the others: 円 figures shown in 千円 by
 * `#,##0,` keep that scaling in the totals and differences written, rates kept as fractions
 * (0.962 shown as 96.2%) keep their percent format, and a difference of such rates is in points.
 * Checked on the figures LibreOffice recalculates and the text the formats show.
 */
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { runAll } from '../../src/core/engine';
import { parseA1, type Workbook } from '../../src/core/workbook';
import { cellText } from '../../src/taskpane/cell-text';
import { convert, requireLibreOffice } from './libreoffice';

const run = requireLibreOffice() ? describe : describe.skip;

type Grid = (string | number | null | [number, string])[][];

/** A one-sheet workbook; a [figure, format] pair is a figure with its number format. */
async function book(sheet: string, grid: Grid, formats: Record<string, string> = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  grid.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (Array.isArray(v)) [cell.value, cell.numFmt] = v;
      else cell.value = v;
    }),
  );
  for (const [ref, fmt] of Object.entries(formats)) ws.getCell(ref).numFmt = fmt;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const cellAt = (wb: Workbook, sheet: string, ref: string) => {
  const { r, c } = parseA1(ref);
  return wb.sheets.find((s) => s.name === sheet)?.rows[r]?.[c];
};
/** The cell as Excel shows it. */
const shown = (wb: Workbook, sheet: string, ref: string) => {
  const cell = cellAt(wb, sheet, ref);
  return cellText(cell?.value ?? null, cell?.numberFormat);
};

/** Runs saiken, has LibreOffice recalculate the output, and runs saiken again on that. */
async function runAndRecalculate(data: Uint8Array) {
  const first = runAll(await readWorkbook(data), 'book.xlsx', '2026-12-04 10:00');
  const lo = await readWorkbook(convert(writeWorkbook(data, first.changes, await readWorkbook(data)).data, 'xlsx'));
  const again = runAll(lo, 'out.xlsx', '2026-12-04 10:01');
  return { first, lo, again };
}

run('written cells keep the way their column shows figures', () => {
  it('円 figures shown in 千円 (#,##0,): the 合計 and ③-① written show 千円 too', async () => {
    const k = '#,##0,';
    const data = await book(
      '未済額',
      [
        ['収入未済額の目標'],
        [null, null, null, null, '(単位：千円)'],
        ['所管課', '債権名', '令和5年度 実績①', '令和6年度 目標②', '令和7年度 目標③', '③-①'],
        ['税務課', '市税', [12345678, k], [11000000, k], [10000000, k]],
        ['住宅課', '市営住宅使用料', [2345678, k], [2000000, k], [1800000, k]],
        ['水道課', '水道料金', [987654, k], [900000, k], [850000, k]],
        ['合計'],
      ],
      { F4: '#,##0,;"△"#,##0,', F5: '#,##0,;"△"#,##0,', F6: '#,##0,;"△"#,##0,' },
    );
    const { first, lo, again } = await runAndRecalculate(data);
    const written = new Map(first.changes.cells.filter((c) => c.sheet === '未済額').map((c) => [c.cell, c]));
    expect(written.get('C7')?.formula).toBe('SUM(C4:C6)');
    expect(written.get('F4')?.formula).toBe('IF(OR(E4="",C4=""),"",E4-C4)');
    expect(cellAt(lo, '未済額', 'C7')?.value).toBe(15679010);
    expect(cellAt(lo, '未済額', 'F4')?.value).toBe(-2345678);
    expect(['C7', 'D7', 'E7', 'F4', 'F5', 'F6', 'F7'].map((ref) => shown(lo, '未済額', ref))).toEqual(['15,679', '13,900', '12,650', '△2,346', '△546', '△138', '△3,029']);
    expect(again.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(again.changes.cells.filter((c) => c.sheet === '未済額')).toEqual([]);
  }, 180_000);

  it('収納率 kept as fractions (0.0%): the total rate written shows 90.8%, and saiken finds nothing wrong with its own cells', async () => {
    const p = '0.0%';
    const data = await book('収入状況', [
      ['収入状況'],
      [null, null, null, null, null, null, '(単位：円、%)'],
      ['所管課', '債権名', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'],
      ['税務課', '市税', 10000, 9620, 0, 380, [0.962, p]],
      ['保険課', '国民健康保険料', 5000, 4000, 100, 900, [0.8, p]],
      ['合計'],
    ]);
    const { first, lo, again } = await runAndRecalculate(data);
    const g6 = first.changes.cells.find((c) => c.sheet === '収入状況' && c.cell === 'G6');
    expect(g6?.formula).toBe('IF(OR(C6="",D6="",C6=0),"",ROUND(D6/C6,3))');
    expect(cellAt(lo, '収入状況', 'G6')?.value).toBeCloseTo(0.908, 12);
    expect(['G4', 'G5', 'G6'].map((ref) => shown(lo, '収入状況', ref))).toEqual(['96.2%', '80.0%', '90.8%']);
    expect(first.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(again.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(again.changes.cells.filter((c) => c.sheet === '収入状況')).toEqual([]);
  }, 180_000);

  it('the difference of rates kept as fractions is in points: 0.985 − 0.981 is 0.4', async () => {
    const p = '0.0%';
    const data = await book('収納率', [
      ['収納率の推移'],
      [null, null, null, null, '(単位：%)'],
      ['所管課', '債権名', '令和5年度 実績①', '令和6年度 実績②', '②-①'],
      ['税務課', '市税', [0.981, p], [0.985, p]],
      ['保険課', '国民健康保険料', [0.9, p], [0.92, p]],
    ]);
    const { first, lo, again } = await runAndRecalculate(data);
    const e4 = first.changes.cells.find((c) => c.sheet === '収納率' && c.cell === 'E4');
    expect(e4?.formula).toBe('IF(OR(D4="",C4=""),"",(D4-C4)*100)');
    expect(cellAt(lo, '収納率', 'E4')?.value).toBeCloseTo(0.4, 9);
    expect(['E4', 'E5'].map((ref) => shown(lo, '収納率', ref))).toEqual(['0.4', '2.0']);
    expect(first.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(again.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(again.changes.cells.filter((c) => c.sheet === '収納率')).toEqual([]);
  }, 180_000);

  it('a fraction (0.962 shown as 96.2%) against a rate typed in percent (96.5): 0.3 points, not 95.538; its rate of change too', async () => {
    const p = '0.0%';
    const data = await book('収納率', [
      ['収納率の目標'],
      [null, null, null, null, null, '(単位：%)'],
      ['所管課', '債権名', '令和5年度 実績①', '令和7年度 目標②', '②-①', '増減率(%)'],
      ['税務課', '市税', [0.962, p], 96.5],
      ['保険課', '国民健康保険料', [0.9, p], 92],
    ]);
    const { first, lo, again } = await runAndRecalculate(data);
    const written = new Map(first.changes.cells.filter((c) => c.sheet === '収納率').map((c) => [c.cell, c]));
    expect(written.get('E4')?.formula).toBe('IF(OR(D4="",C4=""),"",D4-C4*100)');
    expect(cellAt(lo, '収納率', 'E4')?.value).toBeCloseTo(0.3, 9);
    expect(cellAt(lo, '収納率', 'E5')?.value).toBeCloseTo(2, 9);
    expect(written.get('F4')?.formula).toBe('IF(OR(D4="",C4="",C4=0),"",(D4-C4*100)/(C4*100)*100)');
    expect(cellAt(lo, '収納率', 'F4')?.value).toBeCloseTo((0.3 / 96.2) * 100, 9);
    expect(cellAt(lo, '収納率', 'F5')?.value).toBeCloseTo((2 / 90) * 100, 9);
    expect(['E4', 'E5'].map((ref) => shown(lo, '収納率', ref))).toEqual(['0.3', '2.0']);
    expect(first.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(again.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(again.changes.cells.filter((c) => c.sheet === '収納率')).toEqual([]);
  }, 180_000);
});

run('a rate of change (増減率(%), 縮減率(%)) is no difference', () => {
  it("is the change over the earlier figure × 100: the user's (E-D)/D*100 stays, never replaced by E-D; the 合計's is written", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('未済額');
    const grid: (string | number | null)[][] = [
      ['収入未済額の推移'],
      [null, null, null, null, null, null, '(単位：千円)'],
      ['所管課', '債権名', '令和3年度 実績', '令和4年度 実績', '令和5年度 実績', '前年度比', '増減率(%)'],
      ['税務課', '市税', 300, 280, 250],
      ['住宅課', '市営住宅使用料', 800, 900, 950],
      ['合計'],
    ];
    grid.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    for (const r of [4, 5]) ws.getCell(`G${r}`).value = { formula: `IF(D${r}=0,"",(E${r}-D${r})/D${r}*100)`, result: ((Number(ws.getCell(`E${r}`).value) - Number(ws.getCell(`D${r}`).value)) / Number(ws.getCell(`D${r}`).value)) * 100 };
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const { first, lo, again } = await runAndRecalculate(data);
    const written = new Map(first.changes.cells.filter((c) => c.sheet === '未済額').map((c) => [c.cell, c]));
    // The difference column is the difference; the user's rates of change stay, the 合計's is written.
    expect(written.get('F4')?.formula).toBe('IF(OR(E4="",D4=""),"",E4-D4)');
    expect([...written.keys()].filter((cell) => cell.startsWith('G'))).toEqual(['G6']);
    expect(written.get('G6')?.formula).toBe('IF(OR(E6="",D6="",D6=0),"",(E6-D6)/D6*100)');
    expect(cellAt(lo, '未済額', 'G4')?.formula).toBe('IF(D4=0,"",(E4-D4)/D4*100)');
    expect(cellAt(lo, '未済額', 'G4')?.value).toBeCloseTo(-10.714, 3);
    expect(cellAt(lo, '未済額', 'G5')?.value).toBeCloseTo(5.556, 3);
    expect(cellAt(lo, '未済額', 'G6')?.value).toBeCloseTo(((1200 - 1180) / 1180) * 100, 9);
    expect(first.report.issues).toEqual([]);
    expect(again.report.issues).toEqual([]);
  }, 180_000);

  it('a 前年度比 printed as a ratio (89.3) is the later figure over the earlier × 100: written so on every row, not as D-C, and LibreOffice computes it', async () => {
    const data = await book('未済額', [
      ['収入未済額の推移'],
      [null, null, null, null, '(単位：千円)'],
      ['所管課', '債権名', '令和4年度 実績', '令和5年度 実績', '前年度比'],
      ['税務課', '市税', 280, 250, 89.3],
      ['住宅課', '市営住宅使用料', 900, 950, 105.6],
      ['合計'],
    ]);
    const { first, lo, again } = await runAndRecalculate(data);
    const written = new Map(first.changes.cells.filter((c) => c.sheet === '未済額').map((c) => [c.cell, c]));
    expect([...written.keys()].sort()).toEqual(['C6', 'D6', 'E4', 'E5', 'E6']);
    expect(written.get('E4')?.formula).toBe('IF(OR(D4="",C4="",C4=0),"",D4/C4*100)');
    expect(written.get('E6')?.formula).toBe('IF(OR(D6="",C6="",C6=0),"",D6/C6*100)');
    expect([4, 5, 6].map((r) => cellAt(lo, '未済額', `E${r}`)?.value as number)).toEqual([
      expect.closeTo((250 / 280) * 100, 9),
      expect.closeTo((950 / 900) * 100, 9),
      expect.closeTo((1200 / 1180) * 100, 9),
    ]);
    expect([4, 5, 6].map((r) => shown(lo, '未済額', `E${r}`))).toEqual(['89.3', '105.6', '101.7']);
    expect(first.report.issues).toEqual([]);
    expect(again.report.issues).toEqual([]);
    expect(again.changes.cells.filter((c) => c.sheet === '未済額')).toEqual([]);
  }, 180_000);

  it('a 縮減 table in 千円: 縮減額 is 実績 less 目標, 縮減率 that over 実績 × 100; no rate finding on its amounts', async () => {
    const data = await book('縮減', [
      ['収入未済額の縮減目標'],
      [null, null, null, null, null, '(単位：千円)'],
      ['所管課', '債権名', '令和2年度 実績', '令和7年度 目標', '縮減額', '縮減率(%)'],
      ['福祉課', '生活保護費返還金', 300, 250],
      ['税務課', '市税', 1000, 800],
      ['住宅課', '市営住宅使用料', 200, 150],
      ['合計'],
    ]);
    const { first, lo, again } = await runAndRecalculate(data);
    const table = first.report.tables.find((t) => t.sheet === '縮減')!;
    expect([table.measure, table.unit]).toEqual(['amount', '千円']);
    const written = new Map(first.changes.cells.filter((c) => c.sheet === '縮減').map((c) => [c.cell, c]));
    expect(written.get('E4')?.formula).toBe('IF(OR(C4="",D4=""),"",C4-D4)');
    expect(written.get('F4')?.formula).toBe('IF(OR(C4="",D4="",C4=0),"",(C4-D4)/C4*100)');
    expect(written.get('F7')?.formula).toBe('IF(OR(C7="",D7="",C7=0),"",(C7-D7)/C7*100)');
    const values = (col: string) => [4, 5, 6, 7].map((r) => cellAt(lo, '縮減', `${col}${r}`)?.value);
    expect(values('C')).toEqual([300, 1000, 200, 1500]);
    expect(values('D')).toEqual([250, 800, 150, 1200]);
    expect(values('E')).toEqual([50, 200, 50, 300]);
    expect([4, 5, 6, 7].map((r) => shown(lo, '縮減', `F${r}`))).toEqual(['16.7', '20.0', '25.0', '20.0']);
    expect(first.report.issues).toEqual([]);
    expect(again.report.issues).toEqual([]);
    expect(again.changes.cells.filter((c) => c.sheet === '縮減')).toEqual([]);
  }, 180_000);
});
