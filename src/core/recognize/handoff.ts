/**
 * Row tables the row reader took wrongly, left to the general (matrix) reader instead.
 */
import type { PlanTable } from './model';
import { compact } from '../text/normalize';
import { itemOf } from '../text/items';
import { kindOf } from '../text/tokens';
import { parseLabel } from './labels';
import type { SheetGrid } from './grid';

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

/**
 * Rows that say their own kind (市税 収納率目標値 under columns of bare years): the row model keeps a
 * kind per column, so such a table is read figure by figure.
 */
export function rowsCarryKinds(t: PlanTable): boolean {
  const values = t.columns.filter((c) => c.role === 'value');
  if (values.length === 0 || values.some((c) => c.kind !== null)) return false;
  return t.rows.some((r) => !r.total && r.debt !== null && parseLabel(compact(r.debt)).kind !== null);
}

/** A row of figures in parentheses ((98.52%)): superseded targets, read figure by figure with their note. */
export function parenthesizedRow(g: SheetGrid, t: PlanTable): boolean {
  const cols = t.columns.filter((c) => c.role === 'value');
  return t.rows.some((row) => {
    const r = row.row - 1;
    let n = 0;
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k];
      const v = g.value(r, c.c);
      if (v === null || v === undefined || v === '') continue;
      // A typed number ends the look at once: this runs over every row of every table.
      if (typeof v !== 'string' || !PARENTHESIZED.test(g.text(r, c.c))) return false;
      n++;
    }
    return n >= 2;
  });
}

const PARENTHESIZED = /^\([^()]*\d[^()]*\)$/;

/**
 * A column of ratios that are not collection rates (伸率, 構成比, 割合): the row model knows a rate only
 * as 収納率, so such a table is read figure by figure.
 */
export function ratioColumns(t: PlanTable): boolean {
  return t.columns.some((c) => (c.role === 'value' || c.role === 'delta') && c.header.split(' ').some((h) => RATIOS.has(itemOf(compact(h)))));
}

/** Ratios no collection rate: 伸率, 構成比, 割合 — and 達成率 (実績 ÷ 目標 × 100, above 100 where a target is beaten). */
const RATIOS = new Set<string | null>(['比率', '目標進捗率']);

const UNIT_WORD = /^(?:千円|百万円|億円|円|%|件|人|世帯|回|ポイント)$/;
const AMOUNT_UNIT = /円$/;

/**
 * A 単位 column whose rows name different units (千円 | % | 件): each row is a measure of its own (an evaluation
 * sheet's indicators), not a debt with the columns' items, so the table is read figure by figure.
 */
export function rowsOfOwnUnits(t: PlanTable): boolean {
  const col = t.columns.find((c) => c.role !== 'value' && c.role !== 'delta' && compact(c.header) === '単位');
  if (!col) return false;
  const units = new Set<string>();
  for (const r of t.rows) {
    const u = compact(r.notes[col.column] ?? '');
    if (UNIT_WORD.test(u)) units.add(u);
  }
  // 千円 and 円 rows are amounts alike (a ledger whose debts are kept in different units): a % or 件 row is another measure.
  return units.size >= 2 && [...units].some((u) => !AMOUNT_UNIT.test(u));
}

/**
 * A label column beside the debts whose rows name different items (水道料金 | 収納率, 水道料金 | 収入未済額 under 項目, 区分,
 * 指標 or no header), or different kinds (市税 | 実績, 市税 | 目標): each row is a measure of its debt, not the debt with the
 * columns' items and kinds — read figure by figure.
 */
export function rowsOfOwnItems(g: SheetGrid, t: PlanTable): boolean {
  // Label columns the rows are named by — not a 備考 whose remarks speak of items (収納率向上のため…).
  const labels = t.columns.filter((c) => c.role === 'debt' || c.role === 'division' || c.role === 'other');
  // Each debt's items follow one another: the first rows show two if any do (a long table is not read whole for it).
  const rows = t.rows.slice(0, 24);
  return labels.some((col) => {
    const items = new Set<string>();
    const kinds = new Set<string>();
    for (const r of rows) {
      const text = compact(g.text(r.row - 1, col.c));
      // An item's name, its unit or 区分 in brackets aside (収納率（％）): not a sentence that names one.
      const item = text.length <= 12 ? itemOf(text) : null;
      if (item !== null && item !== '金額') items.add(item);
      // Or a kind's (実績 | 目標 rows of each debt).
      const kind = text.length <= 6 ? kindOf(text) : null;
      if (kind !== null) kinds.add(kind);
    }
    return items.size >= 2 || kinds.size >= 2;
  });
}

/** A label header naming the kind of property seized (差押財産, 財産名, 財産種類, 差押項目): a 差押 table's. */
export const SEIZED_HEADER = /^(?:差押|差し押さえ)?(?:財産|物件)(?:名|の?種類|種別|区分|等)?$|^差押(?:項目|の?種類)$/;

/** Where the header or a caption speaks of seizing (差押, 滞納処分): a 財産名 of a 財産に関する調書 lists the city's own claims. */
export const seizing = (texts: readonly string[]) => texts.some((t) => /差押|差し押さ|滞納処分/.test(t));

const TAXES_REFUNDED = '(?:国税|所得税|県税|都税|市税|住民税)(?:・(?:国税|所得税|県税|都税|市税|住民税))*の還付金?';
const PROPERTY_WORD = `(?:(?:預貯金|預金|貯金|給与|給料|報酬|賞与|年金|生命保険|損害保険|保険|不動産|土地|建物|家屋|(?:国税|所得税)?還付金|売掛金|賃料|家賃|動産|自動車|株式|出資金?|電話加入権|その他の?)(?:債権)?|債権|${TAXES_REFUNDED}|(?:家宅)?捜索|公売|交付要求|参加差押)(?:等|ほか|など)?`;
const PROPERTY = new RegExp(`^${PROPERTY_WORD}(?:[・、,\\s]*${PROPERTY_WORD})*$`);

/**
 * A kind of property a 差押 table lists (預貯金, 給与・年金, 売掛金・賃料ほか, 不動産 土地・建物, 預貯金債権, 所得税・県税の還付), or
 * an act of the 滞納処分 beside them (捜索, 公売, 交付要求): its words all such, a note in brackets after them aside.
 */
export function isPropertyKind(name: string): boolean {
  return PROPERTY.test(name.normalize('NFKC').replace(/\([^()]*\)$/, ''));
}

/** Rows named under such a header, in a 差押 table, are kinds of property: the table is read figure by figure, its rows no debts. */
export function propertyRows(t: PlanTable): boolean {
  return t.columns.some((c) => (c.role === 'debt' || c.role === 'department') && SEIZED_HEADER.test(compact(c.header)) && seizing([compact(c.header), t.title ?? '']));
}
