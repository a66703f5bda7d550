/**
 * Row tables the row reader took wrongly, left to the general (matrix) reader instead.
 */
import type { PlanTable } from './model';
import { compact } from '../text/normalize';
import { itemOf } from '../text/items';

/**
 * A second header row the row reader did not take (税額 | 全体に占める割合 under each year): its first
 * "data" row has no label and no figure, and every value cell names what the column holds.
 */
export function headerLeftInRows(t: PlanTable): boolean {
  const first = t.rows[0];
  if (!first || first.debt !== null || first.department !== null) return false;
  const cols = t.columns.filter((c) => c.role === 'value' || c.role === 'delta');
  if (cols.length < 2 || cols.some((c) => first.values[c.column] !== null)) return false;
  return cols.every((c) => {
    const text = first.texts[c.column];
    return text !== undefined && itemOf(compact(text)) !== null;
  });
}
