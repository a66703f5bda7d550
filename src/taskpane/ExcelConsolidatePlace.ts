/**
 * Where 取りまとめ's four sheets go in the OPEN workbook (the Excel pane, issue 16). A sheet saiken
 * made before (its `_saiken_gen_<kind>` mark names it) is replaced; otherwise the sheet is created
 * under its own name, or — when a user's sheet already holds that name — under "名前 (saiken)",
 * "名前 (saiken 2)" …, so that a user's sheet is never written over. Every reference the ChangeSet
 * makes to a renamed sheet (SUMIFS over 明細, links to 指摘一覧, the chart's ranges) follows it.
 */
import type { ChangeSet } from '../core/changes';
import { freeSheetName, type Workbook } from '../core/workbook';
import { CONSOLIDATE_TEXT } from '../i18n/consolidate';
import { fingerprintOfWrites } from '../core/summary/sheet';

/** The marks' kinds (lower-case letters only, as SheetWrite.generated requires). */
export const CONSOLIDATION_KINDS = { status: 'consolidationstatus', detail: 'consolidationdetail', totals: 'consolidationtotals', issues: 'consolidationissues' } as const;

type Key = keyof typeof CONSOLIDATION_KINDS;

export interface Placement {
  /** Each sheet's name in this workbook and whether it replaces saiken's earlier sheet. */
  sheets: Record<Key, { name: string; replaces: boolean }>;
}

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

function placeOne(wb: Workbook, key: Key, taken: Set<string>): { name: string; replaces: boolean } {
  const mark = wb.names?.[`_saiken_gen_${CONSOLIDATION_KINDS[key]}`];
  if (mark) {
    const name = mark.slice(0, mark.lastIndexOf('|'));
    if (wb.sheets.some((s) => s.name === name)) return { name, replaces: true };
  }
  return { name: freeSheetName(wb.sheets, CONSOLIDATE_TEXT.sheets[key], (n) => taken.has(n.toLowerCase())), replaces: false };
}

export function placeConsolidation(wb: Workbook, built: ChangeSet): { changes: ChangeSet; placement: Placement } {
  const taken = new Set<string>();
  const sheets = {} as Placement['sheets'];
  for (const key of Object.keys(CONSOLIDATION_KINDS) as Key[]) {
    sheets[key] = placeOne(wb, key, taken);
    taken.add(sheets[key].name.toLowerCase());
  }
  const renames = (Object.keys(sheets) as Key[]).map((k) => ({ from: CONSOLIDATE_TEXT.sheets[k] as string, to: sheets[k].name })).filter((r) => r.from !== r.to);
  const sheetName = (s: string) => renames.find((r) => r.from === s)?.to ?? s;
  // References are always written quoted ('明細'!…) by the builder: the quoted name is what moves.
  const refs = (text: string) => renames.reduce((t, r) => t.split(`${quote(r.from)}!`).join(`${quote(r.to)}!`), text);

  const cells = built.cells.map((c) => ({ ...c, sheet: sheetName(c.sheet), ...(c.formula !== undefined ? { formula: refs(c.formula) } : {}) }));
  const keyOf = new Map((Object.keys(sheets) as Key[]).map((k) => [CONSOLIDATE_TEXT.sheets[k] as string, k]));
  const changes: ChangeSet = {
    ...built,
    cells,
    sheets: built.sheets.map((s) => {
      const key = keyOf.get(s.name);
      if (!key) return s;
      const { name, replaces } = sheets[key];
      return { ...s, name, mode: replaces ? 'replace' : 'create', generated: { kind: CONSOLIDATION_KINDS[key], fingerprint: fingerprintOfWrites(cells.filter((c) => c.sheet === name)) } };
    }),
    charts: built.charts.map((c) => ({
      ...c,
      sheet: sheetName(c.sheet),
      categories: refs(c.categories),
      series: c.series.map((x) => ({ ...x, name: refs(x.name), values: refs(x.values) })),
    })),
    ...(built.tables ? { tables: built.tables.map((t) => ({ ...t, sheet: sheetName(t.sheet) })) } : {}),
  };
  return { changes, placement: { sheets } };
}
