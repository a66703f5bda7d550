/**
 * Names compared across departments' files: departments spelled alike, debts by catalog form.
 * A round repeats the same few hundred names thousands of times: each is normalized once.
 */
import { normalizeName } from '../catalog';

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
