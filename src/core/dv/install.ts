/**
 * 検証 with "install data validation" on: the rules for the recognized tables as ChangeSet
 * `validations`, and a `validation-kept` finding (info) for each range where the user's own rule
 * stays instead. The hosts tell which rules are the user's (those saiken did not record adding).
 */
import type { Finding, PlanTable } from '../recognize/model';
import type { Settings } from '../settings';
import type { ValidationWrite } from '../changes';
import { findingMessage } from '../../i18n/findings';
import type { Report } from '../report';
import { a1, parseArea } from '../workbook';
import { planValidations, type ExistingRule } from './rules';

/** `validation-kept` (info) for each range left with the user's own rule, at its first cell. */
export function keptFindings(kept: readonly { sheet: string; range: string }[]): Finding[] {
  return kept.map((k) => {
    const a = parseArea(k.range);
    return { code: 'validation-kept', severity: 'info' as const, sheet: k.sheet, cell: a1(a.top, a.left), ...findingMessage('validation-kept', { range: k.range }) };
  });
}

/** The report with the hosts' `validation-kept` findings added (a host finds the user's rules as it writes). */
export function withKept(report: Report, kept: readonly { sheet: string; range: string }[] | undefined): Report {
  return kept?.length ? { ...report, issues: [...report.issues, ...keptFindings(kept)] } : report;
}

export interface ValidationInstall {
  validations: ValidationWrite[];
  findings: Finding[];
}

export function validationInstall(tables: readonly PlanTable[], settings: Settings, existing: readonly ExistingRule[] = []): ValidationInstall {
  if (!settings.installDataValidation) return { validations: [], findings: [] };
  const plan = planValidations(tables, existing);
  const findings = keptFindings(plan.conflicts);
  return { validations: plan.rules.map((r) => ({ ...r, items: r.items ? [...r.items] : null })), findings };
}
