/**
 * The catalog checks: names not in the catalog, a class that contradicts the catalog, a class that
 * matches a recognised local reading, and measures the class does not allow (domain.md §2.3).
 */
import { DEBT_CLASSES, type DebtClass, type Finding, type PlanRow, type PlanTable } from '../recognize/model';
import { compact } from '../text/normalize';
import { isMeasuresHeader } from '../text/tokens';
import { levenshtein, splitMeasureWords, variantOf } from '../catalog/lookup';
import { RowKeys } from './row-keys';
import { cellOf, finding, type Rule, type RuleContext } from './context';

/** One row per debt: the 区分 rows of a debt share its name and class. */
function firstRowsOfDebts(table: PlanTable): PlanRow[] {
  const seen = new RowKeys<true>();
  const out: PlanRow[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i];
    if (r.total || !r.debt) continue;
    const dept = compact(r.department ?? '');
    const debt = compact(r.debt);
    const cls = r.classification ?? '';
    if (seen.firstOr(dept, debt, cls, true)) continue;
    out.push(r);
  }
  return out;
}

export const classificationRules: Rule = (table, ctx: RuleContext) => {
  const out: Finding[] = [];
  const catalog = ctx.catalog;
  const debtCol = table.columns.find((c) => c.role === 'debt');
  const classCol = table.columns.find((c) => c.role === 'classification');
  if (!catalog || !debtCol) return out;
  const firstRows = firstRowsOfDebts(table);
  for (let i = 0; i < firstRows.length; i++) {
    const row = firstRows[i];
    const debt = row.debt!;
    const debtCell = cellOf(row, debtCol.column);
    const found = catalog.lookup(debt);
    if (!found.entry || found.match === 'fuzzy') {
      // A confident fuzzy match (下水道使用量) is still a name to correct; its class is checked below.
      const suggestions = found.suggestions.length ? found.suggestions : found.entry ? [found.entry.name] : [];
      out.push(finding(table, 'unknown-debt', 'warning', debtCell, { debt, suggestions: suggestions.join('、') }, { actual: debt, expected: suggestions[0] ?? null }));
      if (!found.entry) continue;
    }
    const cls = row.classification;
    if (!cls) continue;
    const entry = found.entry;
    const verdict = catalog.acceptsClass(entry, cls);
    if (verdict === 'conflict') {
      // A class the catalog only inferred (unconfirmed: a soft rule, catalog/README.md) is a question to check, not an error.
      const soft = entry.unconfirmed;
      // Said where the class is typed (a 債権の分類 column of the row), else at the debt (a class its heading gives).
      const classCell = classCol && row.classification !== table.classification ? cellOf(row, classCol.column) : debtCell;
      out.push(finding(table, 'classification-conflict', soft ? 'warning' : 'error', classCell, { debt, given: cls, usual: entry.class, unconfirmed: soft ? 1 : 0 }, { expected: entry.class, actual: cls }));
    } else if (verdict === 'variant') {
      out.push(finding(table, 'classification-variant', 'info', debtCell, { debt, given: cls, usual: entry.class, note: variantOf(entry, cls)?.note }, { expected: entry.class, actual: cls }));
    }
  }
  return out;
};

/**
 * A class column's cell whose text names no class (強制徴収公債券, 公債権): its debt is of no class the plan states (集計 and
 * 取りまとめ take the catalog's, or none), said at the cell with the class a slip of one or two characters makes of it.
 */
export const classificationUnknown: Rule = (table) => {
  const classCol = table.columns.find((c) => c.role === 'classification');
  if (!classCol) return [];
  const out: Finding[] = [];
  for (const row of table.rows) {
    const given = row.notes[classCol.column];
    if (given === undefined || row.total) continue;
    const meant = meantClass(compact(given));
    out.push(finding(table, 'classification-unknown', 'error', cellOf(row, classCol.column), { given, meant: meant ?? undefined }, { actual: given, expected: meant }));
  }
  return out;
};

/**
 * The class a text is likely meant for: the one it opens (強制徴収 → 強制徴収公債権), else none where it is part of one (公債権:
 * which?), else the one a slip of one or two characters makes of it (強制徴収公債券), where no other is as near.
 */
function meantClass(text: string): DebtClass | null {
  const opened = DEBT_CLASSES.filter((cls) => cls.startsWith(text));
  if (opened.length === 1) return opened[0];
  if (DEBT_CLASSES.some((cls) => cls.includes(text))) return null;
  const [first, second] = DEBT_CLASSES.map((cls) => ({ cls, d: levenshtein(text, cls) })).sort((a, b) => a.d - b.d);
  return first.d <= 2 && second.d > first.d ? first.cls : null;
}

export const measureNotAllowed: Rule = (table, ctx) => {
  const out: Finding[] = [];
  const catalog = ctx.catalog;
  if (!catalog) return out;
  const measureCols = table.columns.filter((c) => (c.role === 'other' || c.role === 'note') && isMeasuresHeader(compact(c.header)));
  // Without a column of measures no row has one to check: the catalog is not asked for every debt.
  if (measureCols.length === 0) return out;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (row.total || !row.debt) continue;
    const entry = catalog.lookup(row.debt).entry;
    const cls = row.classification ?? entry?.class;
    if (!entry || !cls) continue;
    for (const col of measureCols) {
      const text = row.notes[col.column];
      if (!text) continue;
      for (const word of splitMeasureWords(text)) {
        if (catalog.checkMeasure(entry, cls, word) !== 'not-allowed') continue;
        out.push(finding(table, 'measure-not-allowed', 'error', cellOf(row, col.column), { measure: word, debt: row.debt, cls }, { actual: word }));
      }
    }
  }
  return out;
};
