/**
 * Total rows (合計, 小計) as recalculation writes them, recalculated by LibreOffice: each sums the
 * rows it totals — a debt once (its 全体, else its 現年度分 + 滞納繰越分), every group of the table.
 */
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { inspect, recalc } from '../../src/core/engine';
import { parseA1, type Workbook } from '../../src/core/workbook';
import { convert, requireLibreOffice } from './libreoffice';
import { yearsDown } from '../fixtures/years-down';

type Line = (string | number | null)[];
const NOW = '2026-12-04 10:00';

/** A one-sheet workbook from a grid (row 1 first) and its merged areas. */
async function book(grid: Line[], merges: string[] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('計画');
  grid.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  for (const m of merges) ws.mergeCells(m);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const valueAt = (wb: Workbook, ref: string) => {
  const { r, c } = parseA1(ref);
  return wb.sheets[0].rows[r]?.[c]?.value ?? null;
};

/** Recalculates the book; the formulas written by cell, and the figures LibreOffice computes from them. */
async function recalculated(data: Uint8Array) {
  const wb = await readWorkbook(data);
  const { changes } = recalc(wb, 'book.xlsx', NOW);
  const own = changes.cells.filter((c) => c.sheet === '計画');
  const formulas = new Map(own.filter((c) => c.formula !== undefined).map((c) => [c.cell, c.formula]));
  const lo = await readWorkbook(convert(writeWorkbook(data, changes, wb).data, 'xlsx'));
  return { formulas, at: (ref: string) => valueAt(lo, ref), cached: new Map(own.map((c) => [c.cell, c.value])) };
}

/** total-mismatch findings of a book: [cell, expected, actual]. */
async function mismatches(data: Uint8Array) {
  return inspect(await readWorkbook(data), 'book.xlsx').issues.filter((i) => i.code === 'total-mismatch').map((i) => [i.cell, i.expected, i.actual]);
}

const run = requireLibreOffice() ? describe : describe.skip;

run('a 合計 over debts with and without a 全体 row', () => {
  // 市税 has 全体; 住宅新築資金等貸付金 only 滞納繰越分; 生活保護費返還金 現年度分 + 滞納繰越分 and no 全体.
  const grid = (total: Line): Line[] => [
    ['収入未済額の実績と目標'],
    [null, null, null, null, '(単位：千円)'],
    ['所管課', '債権名', '区分', '令和5年度 実績', '令和6年度 目標'],
    ['税務課', '市税', '現年度分', 100, 90],
    [null, null, '滞納繰越分', 300, 250],
    [null, null, '全体', 400, 340],
    ['人権課', '住宅新築資金等貸付金', '滞納繰越分', 500, 450],
    ['福祉課', '生活保護費返還金', '現年度分', 60, 50],
    [null, null, '滞納繰越分', 40, 30],
    total,
  ];

  it('counts each debt once: its 全体, else its 区分 rows', async () => {
    const { formulas, at, cached } = await recalculated(await book(grid(['合計', null, null, null, null])));
    expect(formulas.get('D10')).toBe('SUM(D6:D9)');
    expect([at('D10'), at('E10')]).toEqual([1000, 870]);
    expect([cached.get('D10'), cached.get('E10')]).toEqual([1000, 870]);
  }, 120_000);

  it('takes the right 合計 typed by hand as right, and a wrong one as wrong', async () => {
    expect(await mismatches(await book(grid(['合計', null, null, 1000, 870])))).toEqual([]);
    expect(await mismatches(await book(grid(['合計', null, null, 400, 870])))).toEqual([['D10', 1000, 400]]);
  });

  it('a 合計 by 区分: its 全体 row counts the debt without a 全体 by its 区分 rows', async () => {
    const rows = grid(['合計', null, '現年度分', null, null]);
    rows.push([null, null, '滞納繰越分', null, null], [null, null, '全体', null, null]);
    const { formulas, at } = await recalculated(await book(rows));
    expect([formulas.get('D10'), formulas.get('D11'), formulas.get('D12')]).toEqual(['SUM(D4,D8)', 'SUM(D5,D7,D9)', 'SUM(D6:D9)']);
    expect([at('D10'), at('D11'), at('D12'), at('E12')]).toEqual([160, 840, 1000, 870]);
  }, 120_000);
});

run('a 合計 printed above its 小計 groups', () => {
  const grid = (total: Line): Line[] => [
    ['収入未済額の実績と目標'],
    [null, null, null, '(単位：千円)'],
    ['所管課', '債権名', '令和5年度 実績', '令和6年度 目標'],
    total,
    ['福祉課', '生活保護費返還金', 300, 280],
    [null, '児童扶養手当返還金', 100, 90],
    [null, '小計', null, null],
    ['税務課', '市税', 1000, 900],
    [null, '小計', null, null],
  ];

  it('sums every 小計 below it, not the first group alone', async () => {
    const { formulas, at, cached } = await recalculated(await book(grid(['合計', null, null, null])));
    expect([formulas.get('C4'), formulas.get('C7'), formulas.get('C9')]).toEqual(['SUM(C7,C9)', 'SUM(C5:C6)', 'SUM(C8)']);
    expect([at('C4'), at('D4'), at('C7'), at('C9')]).toEqual([1400, 1270, 400, 1000]);
    // The figure saved with the formula (what a reader that does not recalculate shows) is the same.
    expect([cached.get('C4'), cached.get('D4')]).toEqual([1400, 1270]);
  }, 120_000);

  it('takes the right 合計 typed by hand as right', async () => {
    const typed = grid(['合計', null, 1400, 1270]);
    typed[6] = [null, '小計', 400, 370];
    typed[8] = [null, '小計', 1000, 900];
    expect(await mismatches(await book(typed))).toEqual([]);
  });
});

run('a 小計 after a department (or class) of one debt that has none', () => {
  // 税務課 has one debt and no 小計 of its own; 住宅課's 小計 is its two debts.
  const byDepartment = (sub1: Line, sub2: Line, total: Line): Line[] => [
    ['収入未済額'],
    [null, null, null, '(単位：千円)'],
    ['所管課', '債権名', '令和5年度 実績', '令和6年度 目標'],
    ['福祉課', '生活保護費返還金', 300, 280],
    [null, '児童扶養手当返還金', 100, 90],
    sub1,
    ['税務課', '市税', 1000, 900],
    ['住宅課', '市営住宅使用料', 200, 190],
    [null, '住宅新築資金等貸付金', 50, 45],
    sub2,
    total,
  ];
  const merges = ['A4:A6', 'A8:A10'];

  it('sums its own department only, and the 合計 takes the lone debt', async () => {
    const { formulas, at } = await recalculated(await book(byDepartment([null, '小計', null, null], [null, '小計', null, null], ['合計', null, null, null]), merges));
    expect([formulas.get('C6'), formulas.get('C10'), formulas.get('C11')]).toEqual(['SUM(C4:C5)', 'SUM(C8:C9)', 'SUM(C6:C7,C10)']);
    expect([at('C10'), at('D10'), at('C11'), at('D11')]).toEqual([250, 235, 1650, 1505]);
  }, 120_000);

  it('takes the right 小計 and 合計 typed by hand as right', async () => {
    const typed = byDepartment([null, '小計', 400, 370], [null, '小計', 250, 235], ['合計', null, 1650, 1505]);
    expect(await mismatches(await book(typed, merges))).toEqual([]);
  });

  // 債権区分 merged down each class with its 小計; 非強制徴収公債権 one debt; 合計 in the 債権区分 column.
  const byClass = (total: Line): Line[] => [
    ['収入未済額'],
    [null, null, null, null, '(単位：千円)'],
    ['債権区分', '所管課', '債権名', '令和5年度 実績', '令和6年度 目標'],
    ['強制徴収公債権', '税務課', '市税', 1000, 900],
    [null, '保険課', '国民健康保険税', 500, 450],
    [null, '小計', null, null, null],
    ['非強制徴収公債権', 'こども課', '児童扶養手当返還金', 100, 90],
    ['私債権', '住宅課', '市営住宅使用料', 200, 190],
    [null, '人権課', '住宅新築資金等貸付金', 50, 45],
    [null, '小計', null, null, null],
    total,
  ];
  const classMerges = ['A4:A6', 'A8:A10'];

  it('by class: the 私債権 小計 is its own class, and a 合計 written in the 債権区分 column is a total', async () => {
    const { formulas, at } = await recalculated(await book(byClass(['合計', null, null, null, null]), classMerges));
    expect([formulas.get('D6'), formulas.get('D10'), formulas.get('D11')]).toEqual(['SUM(D4:D5)', 'SUM(D8:D9)', 'SUM(D6:D7,D10)']);
    expect([at('D10'), at('E10'), at('D11'), at('E11')]).toEqual([250, 235, 1850, 1675]);
  }, 120_000);

  it('by class: a wrong 合計 typed in the 債権区分 column is named', async () => {
    const typed = byClass(['合計', null, null, 1800, 1675]);
    typed[5] = [null, '小計', null, 1500, 1350];
    typed[9] = [null, '小計', null, 250, 235];
    expect(await mismatches(await book(typed, classMerges))).toEqual([['D11', 1850, 1800]]);
  });
});

run('a debt\'s 全体 (計) row left blank for the tool', () => {
  // 調定額, 収入済額, 不納欠損額 of 現年度分 and 滞納繰越分; 全体 blank; a 小計 per class, then the 合計.
  const ledger = (overall: (debt: string) => Line): Line[] => [
    ['令和5年度 債権別収入状況'],
    [null, null, null, null, null, null, null, '(単位：円)'],
    ['所管課', '債権名', '区分', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'],
    ['税務課', '市税', '現年度分', 1000000, 950000, 0, null, null],
    [null, null, '滞納繰越分', 200000, 50000, 10000, null, null],
    overall('市税'),
    ['保険課', '国民健康保険料', '現年度分', 500000, 450000, 0, null, null],
    [null, null, '滞納繰越分', 300000, 60000, 20000, null, null],
    overall('国民健康保険料'),
    ['小計', null, null, null, null, null, null, null],
    ['住宅課', '市営住宅使用料', '現年度分', 800000, 700000, 0, null, null],
    [null, null, '滞納繰越分', 400000, 40000, 5000, null, null],
    overall('市営住宅使用料'),
    ['小計', null, null, null, null, null, null, null],
    ['合計', null, null, null, null, null, null, null],
  ];
  const blank = (): Line => [null, null, '全体', null, null, null, null, null];

  it('is the sum of its 現年度分 and 滞納繰越分, its rate weighted, and the 小計 and 合計 are of it', async () => {
    const { formulas, at, cached } = await recalculated(await book(ledger(blank)));
    expect([formulas.get('D6'), formulas.get('D10'), formulas.get('D15')]).toEqual(['SUM(D4:D5)', 'SUM(D6,D9)', 'SUM(D10,D14)']);
    // 市税 全体: 1,200,000 charged, 1,000,000 received, 10,000 written off, 190,000 outstanding, 83.3 %.
    expect([at('D6'), at('E6'), at('F6'), at('G6')]).toEqual([1200000, 1000000, 10000, 190000]);
    expect(at('H6') as number).toBeCloseTo(83.3, 12);
    // 合計: 3,200,000 charged, 2,250,000 received: 70.3 %, never 0.
    expect([at('D15'), at('E15'), at('G15')]).toEqual([3200000, 2250000, 915000]);
    expect(at('H15') as number).toBeCloseTo(70.3, 12);
    expect([cached.get('D15'), cached.get('G15')]).toEqual([3200000, 915000]);
  }, 120_000);

  it('区分 現年度分 / 過年度分 / 計 in an amount table: the 計 and the 合計 over it', async () => {
    const grid: Line[] = [
      ['収入未済額の実績と目標'],
      [null, null, null, null, '(単位：千円)'],
      ['所管課', '債権名', '区分', '令和5年度 実績', '令和6年度 目標'],
      ['税務課', '市税', '現年度分', 100, 90],
      [null, null, '過年度分', 300, 250],
      [null, null, '計', null, null],
      ['保険課', '国民健康保険料', '現年度分', 50, 40],
      [null, null, '過年度分', 150, 140],
      [null, null, '計', null, null],
      ['合計', null, null, null, null],
    ];
    const { formulas, at } = await recalculated(await book(grid));
    expect([formulas.get('D6'), formulas.get('D9'), formulas.get('D10')]).toEqual(['SUM(D4:D5)', 'SUM(D7:D8)', 'SUM(D6,D9)']);
    expect([at('D6'), at('D9'), at('D10'), at('E10')]).toEqual([400, 200, 600, 520]);
  }, 120_000);

  it('a 全体 typed by hand that is not the sum of its 区分 is named; the right one is not', async () => {
    const typed = (wrong: boolean) => (debt: string): Line =>
      debt === '市税' ? [null, null, '全体', wrong ? 1300000 : 1200000, 1000000, 10000, null, null] : blank();
    expect(await mismatches(await book(ledger(typed(true))))).toEqual([['D6', 1200000, 1300000]]);
    expect(await mismatches(await book(ledger(typed(false))))).toEqual([]);
  });

  it('a part of the debt between its 区分 rows (うち個人市民税) is not summed into its 全体', async () => {
    const grid: Line[] = [
      ['収入未済額'],
      [null, null, null, '(単位：千円)'],
      ['所管課', '債権名', '区分', '令和5年度 実績'],
      ['税務課', '市税', '現年度分', 100],
      [null, 'うち個人市民税', '現年度分', 60],
      [null, '市税', '滞納繰越分', 300],
      [null, null, '全体', 400],
    ];
    expect(await mismatches(await book(grid))).toEqual([]);
    const { formulas, at } = await recalculated(await book(grid));
    expect([formulas.get('D7'), at('D7')]).toEqual(['SUM(D4,D6)', 400]);
  }, 120_000);
});

run('a table of years down the rows, debts across (a matrix table)', () => {
  // 令和6年度's 合計 typed 702,400 (the sum is 672,000): replaced, and the changes from the year before computed from it.
  const grid: Line[] = yearsDown({ F7: 702400 });

  it('has its 合計 and changes as formulas LibreOffice computes to the figures saiken cached', async () => {
    const { formulas, at, cached } = await recalculated(await book(grid));
    expect(formulas.get('F7')).toBe('SUM(C7:E7)');
    expect(formulas.get('G8')).toBe('IF(OR(F8="",F7=""),"",F8-F7)');
    for (const [ref, want] of [['F7', 672000], ['G7', -30300], ['G8', -35000], ['G9', -59000]] as const) {
      expect([ref, at(ref)]).toEqual([ref, want]);
      expect([ref, cached.get(ref)]).toEqual([ref, want]);
    }
  });
});

run('a flow table of years down the rows (a matrix table)', () => {
  it('has its 年度末残高 as formulas LibreOffice computes to the figures saiken cached, one typed wrong mended', async () => {
    const grid: Line[] = [
      ['滞納額の推移（単位：千円）'],
      ['年度', '前年度末残高', '調定額', '収入額', '不納欠損額', '年度末残高'],
      ['令和2年度', 500, 1000, 950, 10, 540],
      ['令和3年度', 540, 1000, 960, 20, 560],
      ['令和4年度', 560, 1000, 970, 30, 590],
      ['令和5年度', 560, 1000, 980, 10, 570],
    ];
    const { formulas, at, cached } = await recalculated(await book(grid));
    expect(formulas.get('F5')).toBe('IF(B5="","",B5+N(C5)-N(D5)-N(E5))');
    for (const [ref, want] of [['F3', 540], ['F4', 560], ['F5', 560], ['F6', 570]] as const) {
      expect([ref, at(ref)]).toEqual([ref, want]);
      expect([ref, cached.get(ref)]).toEqual([ref, want]);
    }
  });
});
