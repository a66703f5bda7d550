/**
 * The layout of the bench's plan workbooks, shared by the ExcelJS-built ones (engine.ts) and the
 * streamed XML ones (plan-xml.ts): seven years of 目標/決算 (①…⑭), four deltas, a debt per row.
 */
import catalog from '../../src/core/catalog/defaults.json';

export const COLUMNS = 20;
export const YEARS = ['令和元年度', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度'];
export const TAGS = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭';
/** Delta columns: [minuend tag index, subtrahend tag index]. */
export const DELTAS: [number, number][] = [
  [1, 0],
  [3, 2],
  [5, 4],
  [13, 1],
];
export const DEBTS: string[] = (catalog as { entries: { name: string }[] }).entries.map((e) => e.name);
export const DEPARTMENTS = ['税務課', '収納課', '保険年金課', '介護保険課', '福祉課', 'こども課', '住宅課', '上下水道課', '教育総務課', '農林課'];
