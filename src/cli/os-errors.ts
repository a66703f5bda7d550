/**
 * OS errors as the user's problem with the path they gave (never a temporary file's name).
 */
import type { OsProblem } from '../i18n/cli';

export function osProblem(e: unknown): OsProblem {
  const code = e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return 'not-found';
    case 'EACCES':
    case 'EPERM':
      return 'no-access';
    case 'EISDIR':
      return 'is-folder';
    case 'ENOTDIR':
      return 'not-folder';
    case 'ELOOP':
      return 'link-loop';
    case 'ENAMETOOLONG':
      return 'name-too-long';
    case 'EROFS':
      return 'read-only-fs';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no-space';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'busy';
    default:
      return 'other';
  }
}

/** The OS's own words without the path it named (which may be a temporary file). */
export function osDetail(e: unknown): string {
  const code = e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '';
  return code || (e instanceof Error ? e.message : String(e));
}

