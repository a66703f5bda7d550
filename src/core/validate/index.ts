/**
 * Validation: every rule over every recognized table. Each rule is (table) → findings.
 */
import type { Finding, PlanTable } from '../recognize/model';
import { eraYearMismatch } from './era-year';

export type Rule = (table: PlanTable) => Finding[];

export const RULES: Rule[] = [eraYearMismatch];

export function validateTables(tables: PlanTable[]): Finding[] {
  return tables.flatMap((t) => RULES.flatMap((rule) => rule(t)));
}
