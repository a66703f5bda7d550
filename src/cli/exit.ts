/**
 * Exit status: 0 checked, no errors; 1 errors found; 2 a file could not be processed; 3 no plan table,
 * nothing checked. For several files the worst, in the order 2 > 1 > 3 > 0: a batch with an error
 * says so even when another file had no plan table.
 */
export type ExitCode = 0 | 1 | 2 | 3;

const RANK: Record<ExitCode, number> = { 0: 0, 3: 1, 1: 2, 2: 3 };

export function worst(a: ExitCode, b: ExitCode): ExitCode {
  return RANK[a] >= RANK[b] ? a : b;
}
