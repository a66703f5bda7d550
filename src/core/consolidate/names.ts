/**
 * Names compared across departments' files: departments spelled alike, debts by catalog form.
 * A round repeats the same few hundred names thousands of times: each is normalized once.
 */
import { normalizeName } from '../catalog/lookup';
import type { Obs } from './model';

const deptMemo = new Map<string, string>();
const debtMemo = new Map<string, string>();

/** NFKC, no spaces, and the ways of writing こども: 子ども保育課 and こども保育課 are one department. */
export function departmentKey(name: string): string {
  let k = deptMemo.get(name);
  if (k === undefined) deptMemo.set(name, (k = name.normalize('NFKC').replace(/\s+/g, '').replace(/子ども|子供/g, 'こども')));
  return k;
}

/** A debt as compared across files: the catalog's normal form (NFKC, spaces, brackets). */
export function debtKey(name: string): string {
  let k = debtMemo.get(name);
  if (k === undefined) debtMemo.set(name, (k = normalizeName(name)));
  return k;
}

/** A debt as one across files: the catalog's debt where it knows the name (国保税 = 国民健康保険税), else debtKey. */
export function debtIdentity(o: Pick<Obs, 'debt' | 'debtId'>): string {
  return o.debtId ? `#${o.debtId}` : debtKey(o.debt ?? '');
}

const FILE_DEPARTMENT = /^(.+?(?:課|室|係|部|局|センター|事務所|病院))(?:[_\s\-－・（(]|$)/;

/**
 * The department a file's name gives (税務課_計画_再提出.xlsx, 税務課/計画.xlsx: 税務課; 上下水道局_料金収納.xlsx, 建設部_…: a 局 or 部 too), for figures
 * that name none: two such files of one department are one department's submissions.
 */
export function fileDepartment(file: string): string | null {
  const parts = file.replace(/\.[^./\\]*$/, '').split(/[/\\]/).reverse();
  for (const p of parts) {
    const m = FILE_DEPARTMENT.exec(p.normalize('NFKC').trim());
    if (m) return m[1];
  }
  return null;
}

/** Levenshtein distance of at most 1 (one character inserted, removed or replaced). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  // Same length: the rest after one replacement; one longer: the rest after one insertion.
  return s.length === l.length ? s.slice(i + 1).join('') === l.slice(i + 1).join('') : s.slice(i).join('') === l.slice(i + 1).join('');
}

const UNIT_SUFFIX = /[課室係]$/;

/**
 * Two department names (as departmentKey gives them) that may be one department written two ways:
 * one character apart (高齢介護課 / 高齢者介護課), or one stem inside the other with another
 * 課/室/係 ending (保険年金課 / 国保年金室 is not; 保育課 / こども保育室 is). Near names are
 * often two real departments (保険課 / 保健課): the caller only warns, and only when no file
 * names both.
 */
export function nearDepartments(a: string, b: string): boolean {
  if (a === b) return false;
  const sa = a.replace(UNIT_SUFFIX, '');
  const sb = b.replace(UNIT_SUFFIX, '');
  const [short, long] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
  if (a.slice(sa.length) !== b.slice(sb.length) && [...short].length >= 2 && long.includes(short)) return true;
  // Under three characters every change is another word (財務 / 税務).
  return [...a].length >= 3 && [...b].length >= 3 && withinOneEdit(a, b);
}
