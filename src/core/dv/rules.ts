/**
 * The data validation saiken installs on recognized tables (product.md §4), as plain rules any
 * host can write: lists for 区分 (division) and the debt classification, decimal 0–100 for rates
 * (0–1 where the cells are percent-formatted), whole numbers ≥ 0 for amounts, each with a
 * Japanese input message and error alert. A range where the user already has a rule of their own
 * is never given one: it is returned as a conflict, for the report.
 */
import { DEBT_CLASSES, DIVISIONS, type PlanTable } from '../recognize/model';
import { a1, type Area } from '../workbook';
import { isAmountColumn, isRateColumn } from '../table-structure';
import { DATA_VALIDATION_TEXT } from '../../i18n/workbook';

export type ValidationKind = keyof typeof DATA_VALIDATION_TEXT;

export interface DataValidationRule {
  sheet: string;
  /** 0-based cells the rule covers (one column of a table's data rows). */
  area: Area;
  kind: ValidationKind;
  type: 'list' | 'decimal' | 'whole';
  /** between min and max, or ≥ min where max is null; the items for a list. */
  min: number | null;
  max: number | null;
  items: readonly string[] | null;
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

/** A rule the user wrote, as a host reads it: its sheet and the areas it covers. */
export interface ExistingRule {
  sheet: string;
  areas: Area[];
}

export interface ValidationPlan {
  rules: DataValidationRule[];
  /** Ranges saiken would cover where the user has a rule: left alone, reported. */
  conflicts: { sheet: string; cell: string; range: string }[];
}

const overlaps = (a: Area, b: Area) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function rule(sheet: string, area: Area, kind: ValidationKind): DataValidationRule {
  const text = DATA_VALIDATION_TEXT[kind];
  const base = { sheet, area, kind, ...text };
  switch (kind) {
    case 'rate':
      return { ...base, type: 'decimal', min: 0, max: 100, items: null };
    case 'rateScaled':
      return { ...base, type: 'decimal', min: 0, max: 1, items: null };
    case 'amount':
      return { ...base, type: 'whole', min: 0, max: null, items: null };
    case 'classification':
      return { ...base, type: 'list', min: null, max: null, items: DEBT_CLASSES };
    case 'division':
      return { ...base, type: 'list', min: null, max: null, items: DIVISIONS };
  }
}

export function planValidations(tables: readonly PlanTable[], existing: readonly ExistingRule[] = []): ValidationPlan {
  const out: ValidationPlan = { rules: [], conflicts: [] };
  for (const t of tables) {
    const rows = t.rows.filter((r) => !r.total).map((r) => r.row - 1);
    if (!rows.length) continue;
    const top = Math.min(...rows);
    const bottom = Math.max(...rows);
    for (const col of t.columns) {
      let kind: ValidationKind | null = null;
      if (col.role === 'classification') kind = 'classification';
      else if (col.role === 'division') kind = 'division';
      else if (col.role === 'value') {
        if (isRateColumn(t, col)) kind = col.percentScaled ? 'rateScaled' : 'rate';
        else if (isAmountColumn(t, col)) kind = 'amount';
      }
      if (!kind) continue;
      const area = { top, bottom, left: col.c, right: col.c };
      if (existing.some((e) => e.sheet === t.sheet && e.areas.some((a) => overlaps(a, area)))) {
        out.conflicts.push({ sheet: t.sheet, cell: a1(top, col.c), range: `${a1(top, col.c)}:${a1(bottom, col.c)}` });
        continue;
      }
      out.rules.push(rule(t.sheet, area, kind));
    }
  }
  return out;
}
