import type { CellWrite } from '../../../src/core/changes';
import type { Sheet } from '../../../src/core/workbook';

export /** The cells of a ChangeSet as the sheets a reader gives back. */
function sheetsOf(cells: CellWrite[], names: string[]): Sheet[] {
  return names.map((name) => {
    const s: Sheet = { name, rows: [], merges: [] };
    for (const w of cells.filter((x) => x.sheet === name)) {
      const m = /^([A-Z]+)(\d+)$/.exec(w.cell)!;
      const r = Number(m[2]) - 1;
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      (s.rows[r] ??= [])[col] = { value: w.value as never };
    }
    for (let i = 0; i < s.rows.length; i++) s.rows[i] ??= [];
    return s;
  });
}
