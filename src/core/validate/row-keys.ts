/**
 * Rows found again by department, debt and a third part (division, class), without a key string
 * a row: maps of maps. It answers exactly as one map of the joined key `department|debt|third`
 * would. Two joined keys can only be equal for different parts when a part holds a `|`; the third
 * parts (divisions, classes, '') never do, so names holding one are kept under their joined key,
 * and names without one in the maps: a key of one kind never equals a key of the other.
 */
export class RowKeys<V> {
  private readonly nested = new Map<string, Map<string, Map<string, V>>>();
  private joined: Map<string, V> | null = null;

  get(department: string, debt: string, third: string): V | undefined {
    if (department.includes('|') || debt.includes('|')) return this.joined?.get(`${department}|${debt}|${third}`);
    return this.nested.get(department)?.get(debt)?.get(third);
  }

  set(department: string, debt: string, third: string, value: V): void {
    if (department.includes('|') || debt.includes('|')) {
      (this.joined ??= new Map()).set(`${department}|${debt}|${third}`, value);
      return;
    }
    let byDebt = this.nested.get(department);
    if (!byDebt) this.nested.set(department, (byDebt = new Map()));
    let byThird = byDebt.get(debt);
    if (!byThird) byDebt.set(debt, (byThird = new Map()));
    byThird.set(third, value);
  }
}
