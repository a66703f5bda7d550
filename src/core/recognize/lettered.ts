/** Figures tagged with a letter ((A), 【B】) and the formulas of letters that refer to them. */

/**
 * The figure lettered `letter` along o's row (`byRow`) or down its column: the nearest before o, else the nearest
 * after it (two accounts' (A) … (C) in one block: each formula row's letters are its own account's, above it).
 */
export function nearestLettered<T extends { r: number; c: number; letter?: string }>(peers: readonly T[], o: { r: number; c: number }, letter: string, byRow: boolean): T | undefined {
  let before: T | undefined;
  let after: T | undefined;
  for (const x of peers) {
    if (x.letter !== letter || (byRow ? x.r !== o.r : x.c !== o.c)) continue;
    const at = byRow ? x.c : x.r;
    const self = byRow ? o.c : o.r;
    if (at < self && (!before || at > (byRow ? before.c : before.r))) before = x;
    if (at > self && (!after || at < (byRow ? after.c : after.r))) after = x;
  }
  return before ?? after;
}
