/**
 * Names compared across departments' files: departments spelled alike, debts by catalog form.
 */
import { normalizeName } from '../catalog';

/** NFKC, no spaces, and the ways of writing こども: 子ども保育課 and こども保育課 are one department. */
export function departmentKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').replace(/子ども|子供/g, 'こども');
}

/** A debt as compared across files: the catalog's normal form (NFKC, spaces, brackets). */
export function debtKey(name: string): string {
  return normalizeName(name);
}
