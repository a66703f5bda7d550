/**
 * The typed model of a recognized plan table. Row and column numbers here are Excel's
 * (1-based rows, column letters) wherever they are reported; `r`/`c` are the 0-based indices.
 */
import type { Area } from '../workbook';

export const DEBT_CLASSES = ['強制徴収公債権', '非強制徴収公債権', '私債権'] as const;
export type DebtClass = (typeof DEBT_CLASSES)[number];

export const DIVISIONS = ['現年度分', '滞納繰越分', '全体'] as const;
export type Division = (typeof DIVISIONS)[number];

export type Measure = 'rate' | 'amount' | 'ledger' | 'other';
export type Unit = '%' | '円' | '千円' | '百万円' | null;
export type Kind = 'actual' | 'target' | 'forecast';
export type Role = 'department' | 'debt' | 'division' | 'classification' | 'value' | 'delta' | 'note' | 'other';

/** What a value column holds, when the header names a ledger quantity. */
export const LEDGER_ITEMS = ['調定額', '収入済額', '不納欠損額', '収入未済額', '還付未済額', '収納率'] as const;
export type LedgerItem = (typeof LEDGER_ITEMS)[number];

export interface PlanColumn {
  /** 0-based column index. */
  c: number;
  /** Excel column letter. */
  column: string;
  /** The header text of this column, its header rows joined by a space (top to bottom). */
  header: string;
  role: Role;
  fiscalYear: number | null;
  kind: Kind | null;
  /** Circled tag of the column (①…⑳), when the header gives one. */
  tag: string | null;
  /** For delta columns: the operands' tags (or null when the operand has none). */
  minuend: string | null;
  subtrahend: string | null;
  /** For delta columns: the operands' column letters, resolved from the header. */
  minuendColumn: string | null;
  subtrahendColumn: string | null;
  /** The ledger quantity of a value column (収納率 for rate columns), when known. */
  item: LedgerItem | null;
  /** The 区分 a value or delta column's header names (現年度分収納率): its figures' where their row names none. */
  division: Division | null;
  /**
   * A 全体 column's parts (the letters of the 現年度分 and 滞納繰越分 columns beside it that it sums: 合計 C of 現年課税分 A |
   * 滞納繰越分 B): its figures are totals, checked row by row.
   */
  sumOf?: [string, string];
  /**
   * A difference whose header names its operands (④−①) while most of its rows are the difference of another pair (③−① in
   * every row): that pair. Either the header or the figures are wrong; the column is checked once, at its header, and left
   * as typed by 再計算.
   */
  rowsShow?: { minuendColumn: string; subtrahendColumn: string };
  /** A column of the year before the table's (前年度, 前年度実績: 1) or the one before that (前々年度: 2), as its header says. */
  yearsBefore?: 1 | 2;
  /** The header's era year and western year, when it states both (平成28年 2017年). */
  yearPair: { era: string; eraYear: number; western: number; cell: string } | null;
  /** Percent-formatted cells hold fractions (0.962 shown as 96.2%); values are reported ×100. */
  percentScaled: boolean;
  /**
   * Some figures percent-formatted and some not: each read as it shows (97.3% as 97.3 among 96.2 …); those unlike most of
   * the column are listed in the table's `percentOff`.
   */
  percentMixed?: true;
  /**
   * What the cells' format divides their figures by to show them (1000 for #,##0,: 512,345,678 円 shown
   * as 512,346 under a 千円 unit line): the figures are in the unit that much smaller.
   */
  shownDivided: number;
  /**
   * A rate of change (増減率, 縮減率): (minuend − subtrahend) ÷ base × 100, the base being the
   * earlier figure — the subtrahend, or a reduction's minuend (実績 less 目標, over 実績). `ratio`: the
   * minuend ÷ the subtrahend × 100 instead (a 前年度比 of 101.2).
   */
  changeRate?: { minuendColumn: string; subtrahendColumn: string; baseColumn: string; ratio?: true };
}

export interface PlanRow {
  /** Excel row number (1-based). */
  row: number;
  department: string | null;
  debt: string | null;
  division: Division | null;
  classification: DebtClass | null;
  total: boolean;
  /** A breakdown of the debt above (うち個人市民税 under 市税): never summed into a total nor with that debt. */
  part: boolean;
  /** Parsed numbers by column letter (△ → negative); null for no value. */
  values: Record<string, number | null>;
  /** The raw cell text of value and delta cells that are not numbers (for not-a-number). */
  texts: Record<string, string>;
  /**
   * Decimals each value is shown with (from the number format, or as typed for text);
   * null where the cell shows the number as stored (General). Comparisons allow half a shown unit.
   */
  decimals: Record<string, number | null>;
  /** Text of note and other columns (備考, 措置), by column letter. */
  notes: Record<string, string>;
  /** Value columns whose cell says "no value" with a dash (—, －) rather than being empty. */
  dashes: string[];
  /** Value cells that hold a formula. */
  formulas: Record<string, string>;
}

/**
 * What a number is, whatever the table's orientation: a closed list, each item with the words that
 * name it (text/items.ts). The ledger items come first.
 */
export const ITEMS = [
  ...LEDGER_ITEMS,
  '滞納繰越額',
  '年度当初',
  '回収額',
  '執行停止額',
  '時効額',
  '調整額',
  '現年度発生分',
  '年度末',
  '件数',
  '金額',
  '目標進捗率',
  '比率',
] as const;
export type Item = (typeof ITEMS)[number];

/** A value computed from others in the table: a difference, a ratio, a total. */
export type Derived = 'delta' | 'ratio' | 'total';

/** A figure printed in parentheses under a row's own: an old target's (the default), or the year before's. */
export const SUPERSEDED_NOTE = '括弧書き（旧目標）';
export const LAST_YEAR_NOTE = '括弧書き（前年度）';

/**
 * One numeric value of a recognized table with every dimension the table gives it, wherever it
 * says so (a column header, a row label, a group header, a caption, a unit line).
 */
export interface Observation {
  /** Excel address, and the 0-based row and column. */
  cell: string;
  r: number;
  c: number;
  value: number;
  department: string | null;
  debt: string | null;
  division: Division | null;
  classification: DebtClass | null;
  item: Item | null;
  fiscalYear: number | null;
  kind: Kind | null;
  unit: Unit | '件';
  derived: Derived | null;
  /** A column group or row group that is neither a year nor a kind (滞納債権, 処理目標, 当初【A】). */
  stage: string | null;
  /** Text around the number in its cell (過去最高), or what the label adds (以降, superseded target). */
  note: string | null;
  /** Decimals the cell shows (null: as stored). */
  decimals: number | null;
  /** A lettered column or row (当初【A】), and a ratio's operands (【B/A】): what ratio checks compare. */
  letter?: string;
  ratio?: { num: string; den: string };
  /** The labels of a flow item whose direction they say (調整額(調定減)). */
  label?: string;
  /** A part of the row above (個人, 法人 under 市民税): a total sums the row above, not its parts. */
  part?: boolean;
  /** A total printed above the rows it sums. */
  sumsBelow?: boolean;
  /** A difference of lettered columns (B-A). */
  diff?: { minuend: string; subtrahend: string };
  /** A difference whose header names its years (増減（R5−R2）; 令和2年度比: the latest, null, less 2020). */
  versus?: { minuend: number | null; subtrahend: number; kinds?: [Kind, Kind] };
  /** A difference named by a bare word (増減, 差引): which figures it is of, only its rows say. */
  plainDelta?: true;
  /** A 前年度比 (前年比, 対前年度比): of which figure, and a difference or a ratio (前年度＝100), only its rows may say. */
  lastYear?: true;
  /**
   * A rate of change (前年度比増減率): (this year's figure − the year before's) ÷ the year before's × 100; a reduction rate
   * (縮減率, 削減率) the fall so counted.
   */
  growth?: 'change' | 'reduction';
  /** The row's labels: the same row of another table on the sheet (ratios across tables, 【C/A】). */
  rowKey?: string;
  /**
   * What a total sums: the rows above (or below) it, or the columns left of it; or it is a running sum (累計 beside 単月,
   * 当年度), of the periods so far, no sum of the figures beside it (checked down months only: runningOf).
   */
  totalOf?: 'rows' | 'columns' | 'running';
  /** A running sum down months (累計 beside 単月): the 0-based column of the month's own figure it adds. */
  runningOf?: number;
  /** The rows (0-based) a total sums, where its labels say which (徴収猶予等 › 計; 東部 over 徳島, 吉野川). */
  members?: number[];
  /**
   * A figure of an outline's numbered row over numbered rows (一 普通税 over 1 法定普通税, 2 法定外普通税): their rows (0-based),
   * whose figures it is the sum of where the table's figures show it (validation's matrixSums). Itself no total (derived null).
   */
  outlineParts?: number[];
}

export interface PlanTable {
  sheet: string;
  /**
   * "rows": a row is a debt (or a total) and a column a year/kind, as the seeds print; `columns`
   * and `rows` describe it. "matrix": any other orientation (items down, debts across, years down,
   * stage tables); only `observations` describe it.
   */
  shape?: 'rows' | 'matrix';
  /** The observations of a matrix table (row tables derive theirs from rows and columns). */
  observations?: Observation[];
  /** How a matrix table's labels, or a row table's 年度 column, write their years (令和3年度: "era"; 2021年度: "western"). */
  yearNotation?: 'era' | 'western';
  /**
   * A row table of a collection body (text/tokens COLLECTION_BODY) with no 調定額: its 収入済額 columns' figures are arrears recovered
   * (回収額) of what it was entrusted; the columns keep 収入済額, the ledger's, for their rate of the 受託額.
   */
  recovered?: boolean;
  /** Text where a matrix table's figures belong ("9８.O"), for not-a-number. */
  cellTexts?: { cell: string; text: string }[];
  /**
   * A matrix table's figure cells printed as none (a dash, 該当なし): each with the dimensions a
   * figure there would have and the value 0. Not observations (no figure is reported for them); the
   * ledger identity reads a 不納欠損額 printed so as 0, as a row table's does.
   */
  noneFigures?: Observation[];
  /**
   * A matrix table's figure cells holding text (不明, 調査中; each in `cellTexts` too): the dimensions
   * a figure there would have and the value NaN. A total over one cannot be checked.
   */
  unreadFigures?: Observation[];
  /**
   * The value cells (a row table's) or figures (a matrix table's) read from text typed in the cell
   * ("91,000" entered as text): Excel's SUM skips such a cell and its arithmetic may not read it, so a formula over
   * it would not give the figure read here (number-as-text; recalculation leaves what depends on it).
   */
  textFigures?: { cell: string; text: string }[];
  /** Value cells holding a formula with no result stored (written by a program, not calculated since): no figure read. */
  uncached?: string[];
  /**
   * Data rows (Excel's row numbers) Excel does not show — hidden by the user or a filter — read as any other: a SUM over
   * the table's rows, 集計 and 取りまとめ count them (hidden-rows says so). A row's total and its parts are not listed.
   */
  hiddenRows?: number[];
  /**
   * Value cells whose figure is kept at another scale than most of their column's (0.973 shown as 97.3% among rates typed
   * 96.2; or 97.3 among fractions): read as they show, but a formula over them would not give that figure.
   */
  percentOff?: { cell: string; shown: string }[];
  /** Excel range of the whole table, header included, e.g. "A4:I45". */
  range: string;
  area: Area;
  /** 0-based first and last header rows. */
  headerTop: number;
  headerBottom: number;
  title: string | null;
  measure: Measure;
  unit: Unit;
  classification: DebtClass | null;
  columns: PlanColumn[];
  rows: PlanRow[];
  /** 0…1: how sure recognition is that this is a plan table. */
  confidence: number;
  /** Why the table was recognized: which headers matched. */
  reasons: string[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  code: string;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
  messageEn: string;
  expected?: number | string | null;
  actual?: number | string | null;
}

export interface Recognition {
  tables: PlanTable[];
  findings: Finding[];
}
