/**
 * Validation: every rule over every recognized table. Each rule is (table, context) → findings,
 * in its own file by family.
 */
import type { Finding, PlanTable } from '../recognize/model';
import { eraYearMismatch } from './era-year';
import { amountInYen, formulaNoValue, notANumber, numberAsText, percentMixed, rateOutOfRange, negativeAmount, unitUnknown } from './values';
import { changeRateRules, deltaRules } from './delta';
import { divisionRowMissing, totalMismatch, wholeColumnMismatch } from './totals';
import { ledgerIdentity, rateMismatch, rowRollforward } from './ledger';
import { duplicateColumn, duplicateDebt, hiddenRows, missingValue, divisionInconsistent, largeChange } from './rows';
import { classificationRules, classificationUnknown, measureNotAllowed } from './classification';
import { OBSERVATION_RULES } from './observations';
import { forgetFigures, type Rule, type RuleContext } from './context';
import { departmentVariant } from './department-variant';
import { figureDisagreement } from './figure-disagreement';
import { figuresOfRows, type FigureAt } from '../recognize/observations';

export const RULES: Rule[] = [
  eraYearMismatch,
  classificationRules,
  classificationUnknown,
  measureNotAllowed,
  notANumber,
  amountInYen,
  formulaNoValue,
  numberAsText,
  percentMixed,
  unitUnknown,
  rateOutOfRange,
  negativeAmount,
  deltaRules,
  changeRateRules,
  totalMismatch,
  divisionRowMissing,
  wholeColumnMismatch,
  ledgerIdentity,
  rowRollforward,
  rateMismatch,
  divisionInconsistent,
  duplicateDebt,
  duplicateColumn,
  missingValue,
  hiddenRows,
  largeChange,
  ...OBSERVATION_RULES,
];

export function validateTables(tables: PlanTable[], ctx: RuleContext): Finding[] {
  return [...validateSheetTables(tables, ctx), ...acrossTables(tables.map((table) => ({ table, figure: figuresOfRows(table) })))];
}

/** The rules across the workbook's tables (their rows' figures read through `figure`, a packed table's too). */
export function acrossTables(tables: readonly { table: PlanTable; figure: FigureAt }[]): Finding[] {
  return [...departmentVariant(tables.map((t) => t.table)), ...figureDisagreement(tables)];
}

/**
 * The rules over the tables of one sheet or more, without the rules that look across the
 * workbook (acrossTables): a rule looks at other tables of its table's sheet only.
 */
export function validateSheetTables(tables: PlanTable[], ctx: RuleContext): Finding[] {
  const withTables = { ...ctx, sheetTables: tables };
  // Pushed into one list (no list of lists flattened afterwards: thousands of findings at times).
  const found: Finding[] = [];
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i];
    for (let k = 0; k < RULES.length; k++) {
      const own = RULES[k](t, withTables);
      for (let j = 0; j < own.length; j++) found.push(own[j]);
    }
    // Its column figures (built for the rules) are let go with it.
    forgetFigures(t);
  }
  return found;
}

export type { Rule, RuleContext };
