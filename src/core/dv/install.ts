/**
 * 検証 with "install data validation" on: the rules for the recognized tables as ChangeSet
 * `validations`, and a `validation-kept` finding (info) for each range where the user's own rule
 * stays instead. The hosts tell which rules are the user's (those saiken did not record adding).
 */
import type { Finding, PlanTable } from '../recognize/model';
import type { Settings } from '../settings';
import type { ValidationWrite } from '../changes';
import { findingMessage } from '../../i18n/findings';
import { planValidations, type ExistingRule } from './rules';

export interface ValidationInstall {
  validations: ValidationWrite[];
  findings: Finding[];
}

export function validationInstall(tables: readonly PlanTable[], settings: Settings, existing: readonly ExistingRule[] = []): ValidationInstall {
  if (!settings.installDataValidation) return { validations: [], findings: [] };
  const plan = planValidations(tables, existing);
  const findings = plan.conflicts.map((c) => ({ code: 'validation-kept', severity: 'info' as const, sheet: c.sheet, cell: c.cell, ...findingMessage('validation-kept', { range: c.range }) }));
  return { validations: plan.rules.map((r) => ({ ...r, items: r.items ? [...r.items] : null })), findings };
}
