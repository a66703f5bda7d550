/**
 * saiken's own 取りまとめ among the submissions (the previous round's output left in the folder):
 * its 明細 holds every department's figures, so read as a submission it would count them again and,
 * being newer, push the departments' own files out as duplicates. Its sheets are known by the mark
 * the pane writes (`_saiken_gen_consolidation…`) or, for a workbook the command wrote, by the
 * header rows it writes (提出状況, 明細, 指摘一覧) and the title of 全庁集計.
 */
import { colIndex, type Sheet, type Workbook } from '../workbook';
import { CONSOLIDATE_TEXT as T } from '../../i18n/consolidate';
import { DEBT_CLASSES, DIVISIONS, ITEMS, type Kind } from '../recognize/model';
import { AMOUNT_UNITS, type Obs } from './model';
import { DETAIL } from './workbook';

const MARK = /^_saiken_gen_consolidation[a-z]*$/;

const text = (sheet: Sheet, c: number, r = 0): string => {
  const v = sheet.rows[r]?.[c]?.value;
  return typeof v === 'string' ? v.trim() : '';
};

const rowIs = (sheet: Sheet, headers: readonly string[], same: (h: string, v: string) => boolean = (h, v) => h === v): boolean =>
  headers.every((h, c) => same(h, text(sheet, c)));

/** 明細's header of city values names the city's unit: 値（金額は千円）, 値（千円） before rates were told apart. */
const detailHeader = (h: string, v: string) => (h === '値（市の単位）' ? /^値（(?:金額は)?(円|千円|百万円)）$/.test(v) : h === v);

/** 明細's headers as every version writes them (収納率対象 and 達成比較対象 came later). */
const DETAIL_WRITTEN = T.detailHeaders.slice(0, T.detailHeaders.indexOf('集計対象') + 1);

function looksWritten(sheet: Sheet): boolean {
  if (rowIs(sheet, T.statusHeaders) || rowIs(sheet, T.issueHeaders) || rowIs(sheet, DETAIL_WRITTEN, detailHeader)) return true;
  return AMOUNT_UNITS.some((u) => text(sheet, 0) === T.totalsTitle(u)) && text(sheet, 0, 2) === T.byClass;
}

/** The names of the workbook's sheets that saiken's 取りまとめ wrote, in the workbook's order. */
export function consolidationSheets(wb: Workbook): string[] {
  const marked = new Set(Object.entries(wb.names ?? {}).filter(([n]) => MARK.test(n)).map(([, v]) => v.slice(0, v.lastIndexOf('|'))));
  return wb.sheets.filter((s) => !s.hidden && (marked.has(s.name) || looksWritten(s))).map((s) => s.name);
}

const oneOf = <T extends string>(list: readonly T[], v: unknown): T | null => (list as readonly unknown[]).includes(v) ? (v as T) : null;

/**
 * The figures of a 取りまとめ's 明細 as the files gave them: the previous round kept as the office keeps it, to compare this
 * round's with (never counted). Those it counted (集計対象 1), and those it lists uncounted beside them (a 区分 row beside its
 * 合計, a 収納率 given alone: 集計対象 0) — of a file, department and kind it counted, not of a submission a newer one replaced.
 */
export function detailFigures(wb: Workbook, sheets: readonly string[]): Obs[] {
  const rows: { o: Obs; counted: boolean; of: string }[] = [];
  const counted = new Set<string>();
  for (const s of wb.sheets) {
    if (!sheets.includes(s.name) || !rowIs(s, DETAIL_WRITTEN, detailHeader)) continue;
    for (const row of s.rows.slice(1)) {
      const at = (col: string) => row?.[colIndex(col)]?.value ?? null;
      const text = (col: string) => (typeof at(col) === 'string' ? (at(col) as string) : null);
      const kind = (Object.keys(T.kind) as Kind[]).find((k) => T.kind[k] === at(DETAIL.kind)) ?? null;
      const [year, value] = [at(DETAIL.year), at(DETAIL.value)];
      if (typeof year !== 'number' || typeof value !== 'number') continue;
      const of = `${text(DETAIL.file)}\u0000${text(DETAIL.group) ?? text(DETAIL.department)}\u0000${kind}`;
      const isCounted = at(DETAIL.included) === 1;
      if (isCounted) counted.add(of);
      rows.push({
        of,
        counted: isCounted,
        o: {
          sheet: text(DETAIL.sheet) ?? '',
          cell: text(DETAIL.cell) ?? '',
          department: text(DETAIL.department),
          debt: text(DETAIL.debt),
          division: oneOf(DIVISIONS, at(DETAIL.division)),
          classification: oneOf(DEBT_CLASSES, at(DETAIL.classification)),
          item: oneOf(ITEMS, at(DETAIL.item)),
          fiscalYear: year,
          kind,
          unit: oneOf(AMOUNT_UNITS, at(DETAIL.unit)),
          value,
          derived: false,
          ...(text(DETAIL.group) ? { countedUnder: text(DETAIL.group)! } : {}),
        },
      });
    }
  }
  return rows.filter((r) => r.counted || counted.has(r.of)).map((r) => r.o);
}
