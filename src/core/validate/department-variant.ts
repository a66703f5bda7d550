/**
 * One department written two ways (子ども保育課 / こども保育課, full- and half-width, with and
 * without spaces) across the workbook's tables: a warning on the less used spelling, and the
 * grouping the summary uses (every spelling under the one used most). 課 and 係 are different
 * units and are never merged; only spellings that normalize alike are.
 */
import type { Finding, PlanTable } from '../recognize/model';
import { finding } from './context';
import { memoText } from '../text/memo';

/** Spellings of the same word that municipalities mix (kana / kanji). */
const SAME_WORD: [RegExp, string][] = [
  [/子ども|子供|こども|コドモ/g, 'こども'],
  [/障がい|障碍|障害/g, '障害'],
];

/** The key two spellings of one department share (asked of every row: kept per distinct name). */
export const departmentKey = memoText((name: string): string => {
  let k = name.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  for (const [re, to] of SAME_WORD) k = k.replace(re, to);
  return k;
});

interface Spelling {
  name: string;
  rows: number;
  first: { table: PlanTable; cell: string };
}

/** Each spelling of each department, with how many rows use it and where it first appears. */
function spellings(tables: PlanTable[]): Map<string, Spelling[]> {
  const byKey = new Map<string, Spelling[]>();
  for (const table of tables) {
    // The finding sits on the debt-name cell of the spelling's first row: department cells are
    // often merged down a block of rows, and a mark belongs on one cell of its own.
    const column = table.columns.find((c) => c.role === 'debt')?.column;
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      if (row.total || !row.debt || !row.department) continue;
      const name = row.department.trim();
      const key = departmentKey(name);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      let s: Spelling | undefined;
      for (let k = 0; k < list.length && !s; k++) if (list[k].name === name) s = list[k];
      if (s) s.rows++;
      else list.push({ name, rows: 1, first: { table, cell: column ? `${column}${row.row}` : `A${row.row}` } });
    }
  }
  return byKey;
}

/** The spelling used most (the first seen on a tie) for every spelling that has variants. */
export function departmentGroups(tables: PlanTable[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const list of spellings(tables).values()) {
    const main = [...list].sort((a, b) => b.rows - a.rows)[0];
    for (const s of list) out.set(s.name, main.name);
  }
  return out;
}

export function departmentVariant(tables: PlanTable[]): Finding[] {
  const out: Finding[] = [];
  for (const list of spellings(tables).values()) {
    if (list.length < 2) continue;
    const main = [...list].sort((a, b) => b.rows - a.rows)[0];
    for (const s of list) {
      if (s === main) continue;
      out.push(
        finding(s.first.table, 'department-variant', 'warning', s.first.cell, {
          name: s.name,
          main: main.name,
          rows: s.rows,
          mainRows: main.rows,
          mainAt: `${main.first.table.sheet}!${main.first.cell}`,
        }, { expected: main.name, actual: s.name }),
      );
    }
  }
  return out;
}
