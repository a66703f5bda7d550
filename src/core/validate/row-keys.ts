/**
 * Rows found again by department, debt and a third part (division, class), without a key string
 * a row: maps of maps. It answers exactly as one map of the joined key `department|debt|third`
 * would. Two joined keys can only be equal for different parts when a part holds a `|`; the third
 * parts (divisions, classes, '') never do, so names holding one are kept under their joined key,
 * and names without one in the maps: a key of one kind never equals a key of the other.
 */
export class RowKeys<V> {
  /** By department, then debt: the third parts met, as a short chain (a debt has one to three). */
  private readonly nested = new Map<string, Map<string, Third<V>>>();
  private joined: Map<string, V> | null = null;

  get(department: string, debt: string, third: string): V | undefined {
    if (department.includes('|') || debt.includes('|')) return this.joined?.get(`${department}|${debt}|${third}`);
    for (let t = this.nested.get(department)?.get(debt) ?? null; t; t = t.next) if (t.third === third) return t.value;
    return undefined;
  }

  /** Keeps `value` for a key not kept yet (a key is set once: the first row found under it). */
  set(department: string, debt: string, third: string, value: V): void {
    if (department.includes('|') || debt.includes('|')) {
      (this.joined ??= new Map()).set(`${department}|${debt}|${third}`, value);
      return;
    }
    let byDebt = this.nested.get(department);
    if (!byDebt) this.nested.set(department, (byDebt = new Map()));
    byDebt.set(debt, { third, value, next: byDebt.get(debt) ?? null });
  }
}

interface Third<V> {
  third: string;
  value: V;
  next: Third<V> | null;
}
