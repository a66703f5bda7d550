/**
 * Rows found again by department, debt and a third part (division, class), without a key string
 * a row: maps of maps. It answers exactly as one map of the joined key `department|debt|third`
 * would. Two joined keys can only be equal for different parts when a part holds a `|`; the third
 * parts (divisions, classes, '') never do, so names holding one are kept under their joined key,
 * and names without one in the maps: a key of one kind never equals a key of the other.
 */
export class RowKeys<V> {
  /** By department, then debt (names without a `|` only): the third parts met, as a short chain (a debt has one to three). */
  private readonly nested = new Map<string, Map<string, Third<V>>>();
  private joined: Map<string, V> | null = null;

  /**
   * The value kept under the key, or, when there is none, `value` kept under it and undefined.
   * A name is looked for a `|` only when the maps do not know it yet.
   */
  firstOr(department: string, debt: string, third: string, value: V): V | undefined {
    let byDebt = this.nested.get(department);
    if (!byDebt) {
      if (department.includes('|')) return this.joinedFirstOr(department, debt, third, value);
      this.nested.set(department, (byDebt = new Map()));
    }
    const chain = byDebt.get(debt);
    if (!chain && debt.includes('|')) return this.joinedFirstOr(department, debt, third, value);
    for (let t: Third<V> | null | undefined = chain; t; t = t.next) if (t.third === third) return t.value;
    byDebt.set(debt, { third, value, next: chain ?? null });
    return undefined;
  }

  private joinedFirstOr(department: string, debt: string, third: string, value: V): V | undefined {
    const key = `${department}|${debt}|${third}`;
    const joined = (this.joined ??= new Map());
    const known = joined.get(key);
    if (known !== undefined || joined.has(key)) return known;
    joined.set(key, value);
    return undefined;
  }
}

interface Third<V> {
  third: string;
  value: V;
  next: Third<V> | null;
}
