/**
 * era-year-mismatch: a header giving an era year and a western year that disagree
 * (the Tsuyama seed heads 平成28年 with 2017年).
 */
import type { Finding, PlanTable } from '../recognize/model';
import { findingMessage } from '../../i18n/findings';
import type { Rule } from './context';

export const eraYearMismatch: Rule = (table: PlanTable): Finding[] => {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const col of table.columns) {
    const p = col.yearPair;
    if (!p || seen.has(p.cell)) continue;
    seen.add(p.cell);
    out.push({
      code: 'era-year-mismatch',
      severity: 'warning',
      sheet: table.sheet,
      cell: p.cell,
      ...findingMessage('era-year-mismatch', { era: p.era, eraYear: p.eraYear, western: p.western }),
      expected: p.eraYear,
      actual: p.western,
    });
  }
  return out;
};
