/**
 * What consolidation keeps of each workbook (a compact summary, so that 200 files fit while one
 * workbook at a time is in memory) and what it computes from all of them.
 */
import type { DebtClass, Item, Kind, Observation, Severity } from '../recognize/model';

export type AmountUnit = '円' | '千円' | '百万円';
export const AMOUNT_UNITS: readonly AmountUnit[] = ['円', '千円', '百万円'];
export type ObsUnit = Observation['unit'];

/** One observation as kept: only the fields consolidation needs, with its sheet. */
export type Obs = Pick<Observation, 'cell' | 'department' | 'debt' | 'division' | 'classification' | 'item' | 'fiscalYear' | 'kind' | 'unit' | 'value'> & {
  sheet: string;
  /** A delta, ratio or total of other values: listed, never summed. */
  derived: boolean;
  /** The catalog's debt the name resolves to (its entry id): 国保税 and 国民健康保険税 are one debt across files. Absent: compared by spelling. */
  debtId?: string;
  /** An amount whose headings name no item (金額, of no stage such as 差押): summed as 金額, apart from 収入未済額 and the rest. */
  unnamedAmount?: true;
  /** A derived total that is a 全体 of its year (計 under 現年度分 and 滞納繰越分): a debt's, counted where it is given alone. */
  wholeTotal?: true;
  /** A previous round's 取りまとめ figure: the department its totals counted it under (明細's 部署（集計）: its file's name where no table named one). */
  countedUnder?: string;
};

export interface FileIssue {
  code: string;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
}

/** One workbook read (or not): everything consolidation keeps of it. */
export interface FileResult {
  file: string;
  /** Modified time, ms since the epoch: the newer of two submissions wins. */
  modified: number;
  /** Why the workbook could not be read; null when it was. */
  readError: string | null;
  /** Why the workbook was read but left out (saiken's own 取りまとめ among the submissions); absent when it counts. */
  skipped?: string;
  /** Of saiken's own 取りまとめ (skipped): the figures its 明細 counted, for --previous; never counted. */
  previousRound?: Obs[];
  tables: number;
  observations: Obs[];
  issues: FileIssue[];
}

export interface ConsolidateOptions {
  /** The city's unit for amounts (千円 by default). */
  unit?: AmountUnit;
  /** Departments expected to submit; those not found are listed as 未提出. */
  expectedDepartments?: string[];
  /** The previous round's submissions (for revised-actual, revised-target, dropped-department, dropped-debt). */
  previous?: FileResult[];
}

/** A row of 明細: an observation with its file, the department it counts under, its value in the city's unit. */
export interface DetailRow extends Obs {
  fileIndex: number;
  /** The department's spelling the totals use (the first seen of names that normalize alike). */
  departmentGroup: string | null;
  /** In the city's unit for amounts; as printed for % and 件. */
  cityValue: number;
  /** Counted in the totals (an amount, not derived, with item/year/kind, not a lost duplicate, one division). */
  included: boolean;
  /** Counted in 収納率: a counted 調定額 or 収入済額 of a debt that gives both for its year and kind. */
  rateBasis: boolean;
  /**
   * Counted in 達成状況: a counted 収入未済額 of a debt that gives it as both 実績 and 目標 for its
   * year, or a 収納率 basis row of a debt that has that basis as both.
   */
  targetBasis: boolean;
  /**
   * Counted in 基準年度比削減額 of its class (of its department): a counted 収入未済額 実績 of a debt that gives one in every
   * year its class (department) gives one — the reduction compares the same debts from year to year.
   */
  classReductionBasis: boolean;
  departmentReductionBasis: boolean;
  /**
   * Counted in a target year's 基準年度比削減額 of its class (of its department): a counted 収入未済額 of a debt that gives its
   * class's (department's) latest year of results and every target year after it — that 実績, or one of those 目標.
   */
  classPlanBasis: boolean;
  departmentPlanBasis: boolean;
}

export interface FileRow {
  file: string;
  modified: number;
  /** skipped: a workbook that is not a submission (saiken's own 取りまとめ), said in message. */
  status: 'ok' | 'errors' | 'unreadable' | 'skipped' | 'no-tables';
  message: string;
  departments: string[];
  tables: number;
  errors: number;
  warnings: number;
}

export interface ConsolidatedIssue extends FileIssue {
  file: string;
}

export interface Total {
  classification: DebtClass | null;
  item: Item;
  fiscalYear: number;
  kind: Kind;
  unit: AmountUnit | '%';
  value: number;
}

/** 収入未済額 and 収納率 (weighted: 収入済額 ÷ 調定額, where both are given) by department × year × kind. */
export interface DepartmentTotal {
  /** The department's spelling the totals use (DetailRow.departmentGroup). */
  department: string;
  item: '収入未済額' | '収納率';
  fiscalYear: number;
  kind: Kind;
  unit: AmountUnit | '%';
  value: number;
}

export interface Consolidation {
  unit: AmountUnit;
  files: FileRow[];
  /** Expected departments no file submitted. */
  missing: string[];
  rows: DetailRow[];
  totals: Total[];
  departmentTotals: DepartmentTotal[];
  /** Per file in file order (each file's own findings, then the cross-file ones at it), then the city-wide ones. */
  issues: ConsolidatedIssue[];
  /** 収納率 of fewer debts than give one (a debt giving its rate alone, rate-partial), as ratesOfFewerKey: marked ※ at the cell. */
  ratesOfFewer: string[];
}

/** A class's (its name, 未分類 for none) or a department group's 収納率 of a year and kind, as Consolidation.ratesOfFewer holds it. */
export const ratesOfFewerKey = (block: 'class' | 'department', group: string, year: number, kind: string) => `${block}\u0000${group}\u0000${year}\u0000${kind}`;
