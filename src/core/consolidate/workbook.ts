/**
 * 取りまとめ's workbook as a ChangeSet: 提出状況 (each file and its status, 未提出 departments),
 * 明細 (every observation, an Excel table), 全庁集計 (SUMIFS over 明細, so that a corrected 明細
 * row flows through; cached values are the totals computed here) and 指摘一覧.
 */
import { emptyChangeSet, type CellWrite, type ChangeSet, type ChartSpec, type Scalar, type SheetWrite } from '../changes';
import { a1 as toA1, colLetter } from '../workbook';
import { localStamp } from '../engine';
import { CONSOLIDATE_TEXT as T } from '../../i18n/consolidate';
import { ratesOfFewerKey, type Consolidation, type Total } from './model';
import type { Kind } from '../recognize/model';
import { linesIn } from '../summary/sheet';
import { roundAsExcel } from '../text/number';

/** 指摘一覧's message column, in characters: its messages wrap within it; 提出状況's 理由 likewise. */
const MESSAGE_WIDTH = 70;
const REASON_WIDTH = 40;

const KINDS: Kind[] = ['actual', 'target', 'forecast'];
const AMOUNT = '#,##0';
/** A 基準年度比削減額 shown with its base year: 9,880（2021年度比）, △1,200（2022年度比）. */
const reductionFormat = (year: number) => `#,##0"（${year}年度比）";"△"#,##0"（${year}年度比）"`;
/** A target year's, from the latest year of results: 50（2024年度実績比）. */
const planReductionFormat = (year: number) => `#,##0"（${year}年度実績比）";"△"#,##0"（${year}年度実績比）"`;
const CITY_VALUE = '#,##0.###';
const RATE = '0.0';
/** A 収納率 of fewer debts than give one: the figure it is, shown with the ※ the note under its block explains. */
const RATE_OF_FEWER = '0.0"※"';

/** The 明細 column letters by what they hold (the order of CONSOLIDATE_TEXT.detailHeaders). */
export const DETAIL = { file: 'A', sheet: 'B', cell: 'C', department: 'D', group: 'E', debt: 'F', division: 'G', classification: 'H', item: 'I', year: 'J', kind: 'K', unit: 'L', value: 'M', cityValue: 'N', included: 'O', rateBasis: 'P', targetBasis: 'Q', classReductionBasis: 'R', departmentReductionBasis: 'S', classPlanBasis: 'T', departmentPlanBasis: 'U' } as const;

export interface ConsolidationSheets {
  changes: ChangeSet;
  /** Where each total is on 全庁集計 (sheet and cell), for the tests and the pane. */
  totalCells: { total: Total; cell: string }[];
}

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

export function consolidationChanges(c: Consolidation): ConsolidationSheets {
  const cs = emptyChangeSet();
  const cells = cs.cells;
  const S = T.sheets;
  const put = (sheet: string, cell: string, value: Scalar, extra: Partial<CellWrite> = {}) => {
    if (value === null || value === '') {
      if (extra.formula === undefined) return;
    }
    cells.push({ sheet, cell, value, ...extra });
  };
  // Every sheet prints across, scaled to the page's width (its rows run on down), a list's header on every page: a column
  // printed on a page of its own is read apart from the row it belongs to (a 達成 beside no department, a 理由 beside no file).
  // Messages wrap within their column (not run on to pages beside).
  const across = (titleRows: boolean) => ({ orientation: 'landscape' as const, ...(titleRows && { titleRows: '1:1' }), fitToWidth: true });
  const issues: SheetWrite = { name: S.issues, mode: 'create', state: 'visible', columnWidths: [24, 14, 7, 22, 7, MESSAGE_WIDTH], print: across(true) };
  const status: SheetWrite = { name: S.status, mode: 'create', state: 'visible', columnWidths: [28, 17, 28, 6, 7, 7, 11, REASON_WIDTH, 9], print: across(true) };
  cs.sheets.push(
    status,
    { name: S.detail, mode: 'create', state: 'visible', columnWidths: [24, 14, 7, 16, 16, 24, 11, 17, 11, 7, 6, 6, 12, 14, 9, 11, 11, 11, 11, 13, 13], print: across(true) },
    { name: S.totals, mode: 'create', state: 'visible', columnWidths: [18, 12, 7, 14, 14, 14, 24, 24, 3, 8, 16, 16, 16, 16], print: across(false) },
    issues,
  );

  // 指摘一覧 first: 提出状況 links to each file's first finding.
  const firstIssueRow = new Map<string, number>();
  const issueLines: [number, number][] = [];
  T.issueHeaders.forEach((h, i) => put(S.issues, toA1(0, i), h, { bold: true }));
  c.issues.forEach((iss, i) => {
    const r = i + 1;
    if (iss.file && !firstIssueRow.has(iss.file)) firstIssueRow.set(iss.file, r + 1);
    [iss.file, iss.sheet, iss.cell, iss.code, T.severity[iss.severity]].forEach((v, k) => put(S.issues, toA1(r, k), v));
    put(S.issues, toA1(r, 5), iss.message, { wrap: true });
    const lines = Math.min(27, linesIn(iss.message, MESSAGE_WIDTH));
    if (lines > 1) issueLines.push([r + 1, lines]);
  });
  if (issueLines.length) issues.rowLines = issueLines;

  T.statusHeaders.forEach((h, i) => put(S.status, toA1(0, i), h, { bold: true }));
  let r = 1;
  const statusLines: [number, number][] = [];
  for (const f of c.files) {
    const link = firstIssueRow.get(f.file);
    [f.file, localStamp(new Date(f.modified)), f.departments.join('、'), f.tables, f.errors, f.warnings, T.status[f.status]].forEach((v, k) => put(S.status, toA1(r, k), v));
    if (f.message) {
      put(S.status, toA1(r, 7), f.message, { wrap: true });
      const lines = Math.min(27, linesIn(f.message, REASON_WIDTH));
      if (lines > 1) statusLines.push([r + 1, lines]);
    }
    if (link) put(S.status, toA1(r, 8), T.toIssues, { formula: `HYPERLINK("#${quote(S.issues)}!A${link}","${T.toIssues}")` });
    else put(S.status, toA1(r, 8), T.noIssues);
    r++;
  }
  for (const d of c.missing) {
    put(S.status, toA1(r, 2), d);
    put(S.status, toA1(r, 6), T.status.missing);
    r++;
  }
  if (statusLines.length) status.rowLines = statusLines;

  // Of amounts in the city's unit; a rate's row holds its rate (its 単位 %).
  const headers = T.detailHeaders.map((h) => (h === '値（市の単位）' ? `値（金額は${c.unit}）` : h));
  headers.forEach((h, i) => put(S.detail, toA1(0, i), h, { bold: true }));
  c.rows.forEach((row, i) => {
    const n = i + 2;
    const at = (col: string, v: Scalar, extra?: Partial<CellWrite>) => put(S.detail, `${col}${n}`, v, extra);
    at(DETAIL.file, c.files[row.fileIndex].file);
    at(DETAIL.sheet, row.sheet);
    at(DETAIL.cell, row.cell);
    at(DETAIL.department, row.department);
    at(DETAIL.group, row.departmentGroup);
    at(DETAIL.debt, row.debt);
    at(DETAIL.division, row.division);
    at(DETAIL.classification, row.classification ?? T.unclassified);
    at(DETAIL.item, row.item);
    at(DETAIL.year, row.fiscalYear);
    // A difference (③-②, 増減) is of no year and kind: said under 種別, so that a filter of 項目 sets it apart.
    at(DETAIL.kind, row.kind ? T.kind[row.kind] : row.derived && row.fiscalYear === null ? T.difference : null);
    at(DETAIL.unit, row.unit);
    at(DETAIL.value, row.value);
    at(DETAIL.cityValue, row.cityValue, { numberFormat: row.unit === '%' ? RATE : CITY_VALUE });
    at(DETAIL.included, row.included ? 1 : 0);
    at(DETAIL.rateBasis, row.rateBasis ? 1 : 0);
    at(DETAIL.targetBasis, row.targetBasis ? 1 : 0);
    at(DETAIL.classReductionBasis, row.classReductionBasis ? 1 : 0);
    at(DETAIL.departmentReductionBasis, row.departmentReductionBasis ? 1 : 0);
    at(DETAIL.classPlanBasis, row.classPlanBasis ? 1 : 0);
    at(DETAIL.departmentPlanBasis, row.departmentPlanBasis ? 1 : 0);
  });
  if (c.rows.length) cs.tables = [{ sheet: S.detail, name: '明細表', range: `A1:${DETAIL.departmentPlanBasis}${c.rows.length + 1}`, columns: headers }];

  const totalCells = totalsSheet(c, put, cs.charts);
  return { changes: cs, totalCells };
}

type Put = (sheet: string, cell: string, value: Scalar, extra?: Partial<CellWrite>) => void;

type Flag = 'included' | 'rateBasis' | 'targetBasis' | 'classReductionBasis' | 'departmentReductionBasis' | 'classPlanBasis' | 'departmentPlanBasis';

/** COUNTIFS and SUMIFS over 明細's rows of one group, item, year and kind that have the flag (counted, in 収納率, in 達成状況). */
function criteria(groupCol: string, groupRef: string, item: string, yearRef: string, kindRef: string, flag: Flag = 'included'): { count: string; sum: string } {
  const d = quote(T.sheets.detail);
  const col = (c: string) => `${d}!$${c}:$${c}`;
  const crit = [col(groupCol), groupRef, col(DETAIL.item), item, col(DETAIL.year), yearRef, col(DETAIL.kind), kindRef, col(DETAIL[flag]), '1'].join(',');
  return { count: `COUNTIFS(${crit})`, sum: `SUMIFS(${col(DETAIL.cityValue)},${crit})` };
}

interface Block {
  label: string;
  /** The 明細 column the first column matches (分類 or 部署（集計）). */
  groupCol: string;
  lines: { group: string; item: string; year: number; values: Partial<Record<Kind, number>> }[];
}

function totalsSheet(c: Consolidation, put: Put, charts: ChartSpec[]): { total: Total; cell: string }[] {
  const sheet = T.sheets.totals;
  put(sheet, 'A1', T.totalsTitle(c.unit), { bold: true });
  const placed: { total: Total; cell: string }[] = [];

  // By class: the totals as computed, one line per class × item × year, kinds across.
  const byClass: Block = { label: T.byClass, groupCol: DETAIL.classification, lines: [] };
  const lineOf = new Map<string, Block['lines'][number]>();
  for (const t of c.totals) {
    const group = t.classification ?? T.unclassified;
    const k = `${group}\u0000${t.item}\u0000${t.fiscalYear}`;
    let line = lineOf.get(k);
    if (!line) byClass.lines.push((line = { group, item: t.item, year: t.fiscalYear, values: {} })), lineOf.set(k, line);
    line.values[t.kind] = t.value;
  }
  // By department: 収入未済額 and the weighted 収納率, as computed (in the order computed).
  const byDept: Block = { label: T.byDepartment, groupCol: DETAIL.group, lines: [] };
  const deptLines = new Map<string, Block['lines'][number]>();
  for (const t of c.departmentTotals) {
    const k = `${t.department}\u0000${t.item}\u0000${t.fiscalYear}`;
    let line = deptLines.get(k);
    if (!line) byDept.lines.push((line = { group: t.department, item: t.item, year: t.fiscalYear, values: {} })), deptLines.set(k, line);
    line.values[t.kind] = t.value;
  }

  // 達成状況 compares 実績 and 目標 of the same debts (targetBasis): their sums, as the formula takes them; and how many rows
  // 実績 and 目標 show (counted; of a rate, its 収入済額 rows in 収納率), to tell where the comparison is of fewer debts.
  const compared = new Map<string, { count: number; sum: number }>();
  const shown = new Map<string, number>();
  const comparedKey = (bi: number, group: string, item: string, year: number, kind: Kind) => `${bi}\u0000${group}\u0000${item}\u0000${year}\u0000${kind}`;
  for (const row of c.rows) {
    if (!row.targetBasis && !row.included) continue;
    const groups = [row.classification ?? T.unclassified, row.departmentGroup];
    groups.forEach((g, bi) => {
      if (g === null) return;
      const k = comparedKey(bi, g, row.item!, row.fiscalYear!, row.kind!);
      if (row.included && (row.item !== '収入済額' || row.rateBasis)) shown.set(k, (shown.get(k) ?? 0) + 1);
      if (!row.targetBasis) return;
      const x = compared.get(k) ?? { count: 0, sum: 0 };
      compared.set(k, { count: x.count + 1, sum: x.sum + row.cityValue });
    });
  }

  // 基準年度比削減額's sums of the same debts every year, by block, group and year, as the formula takes them; a target year's,
  // of its debts' latest results (the base) and targets, by block, group, year and kind, and each group's base year.
  const reductionSums = new Map<string, number>();
  const planSums = new Map<string, number>();
  const planBase = new Map<string, number>();
  for (const row of c.rows) {
    [row.classReductionBasis ? (row.classification ?? T.unclassified) : null, row.departmentReductionBasis ? row.departmentGroup : null].forEach((g, bi) => {
      if (g === null) return;
      const k = `${bi}\u0000${g}\u0000${row.fiscalYear}`;
      reductionSums.set(k, (reductionSums.get(k) ?? 0) + row.cityValue);
    });
    [row.classPlanBasis ? (row.classification ?? T.unclassified) : null, row.departmentPlanBasis ? row.departmentGroup : null].forEach((g, bi) => {
      if (g === null) return;
      const k = `${bi}\u0000${g}\u0000${row.fiscalYear}\u0000${row.kind}`;
      planSums.set(k, (planSums.get(k) ?? 0) + row.cityValue);
      if (row.kind === 'actual') planBase.set(`${bi}\u0000${g}`, row.fiscalYear!);
    });
  }

  const classRow = new Map<string, number>();
  const ratesOfFewer = c.issues.some((i) => i.code === 'rate-partial');
  const fewerRated = new Set(c.ratesOfFewer);
  let r = 3;
  for (const [bi, block] of [byClass, byDept].entries()) {
    put(sheet, `A${r}`, block.label, { bold: true });
    r++;
    const headerRow = r;
    T.totalsHeaders(bi === 0 ? T.classLabel : T.departmentLabel).forEach((h, i) => put(sheet, toA1(r - 1, i), h, { bold: true }));
    // The kind headers are the criteria of their columns: 実績 / 目標 / 見込 as 明細 writes them.
    r++;
    const base = new Map<string, { row: number; value: number; year: number }>();
    const plannedFrom = new Set<number>();
    let partial = false;
    for (const line of block.lines) {
      const rate = line.item === '収納率';
      const fmt = rate ? RATE : AMOUNT;
      if (bi === 0) classRow.set(`${line.group}\u0000${line.item}\u0000${line.year}`, r);
      put(sheet, `A${r}`, line.group);
      put(sheet, `B${r}`, line.item);
      put(sheet, `C${r}`, line.year);
      KINDS.forEach((kind, i) => {
        const col = 'DEF'[i];
        const kindRef = `${col}$${headerRow}`;
        const value = line.values[kind];
        let formula: string;
        if (rate) {
          const paid = criteria(block.groupCol, `$A${r}`, '"収入済額"', `$C${r}`, kindRef, 'rateBasis');
          const charged = criteria(block.groupCol, `$A${r}`, '"調定額"', `$C${r}`, kindRef, 'rateBasis');
          formula = `IF(OR(${paid.count}=0,${charged.count}=0),"",IFERROR(${paid.sum}/${charged.sum}*100,""))`;
        } else {
          const x = criteria(block.groupCol, `$A${r}`, `$B${r}`, `$C${r}`, kindRef);
          formula = `IF(${x.count}=0,"",${x.sum})`;
        }
        const fewer = rate && fewerRated.has(ratesOfFewerKey(bi === 0 ? 'class' : 'department', line.group, line.year, kind));
        put(sheet, `${col}${r}`, value ?? '', { formula, numberFormat: fewer ? RATE_OF_FEWER : fmt });
        if (value !== undefined && bi === 0) {
          const total = c.totals.find((t) => (t.classification ?? T.unclassified) === line.group && t.item === line.item && t.fiscalYear === line.year && t.kind === kind)!;
          placed.push({ total, cell: `${col}${r}` });
        }
      });
      if (line.item === '収入未済額' || rate) {
        // The formula's sides and their cached values: the sum, or the rate, of the debts with both.
        const side = (col: string, kind: Kind) => {
          const at = (item: string) => criteria(block.groupCol, `$A${r}`, item, `$C${r}`, `${col}$${headerRow}`, 'targetBasis');
          const sum = (item: string) => compared.get(comparedKey(bi, line.group, item, line.year, kind));
          if (!rate) return { count: at(`$B${r}`).count, formula: at(`$B${r}`).sum, value: sum(line.item)?.sum };
          // A rate compared as 全庁集計 shows it (RATE: a tenth of a point): 98.8999 … against 98.9, both shown 98.9, is met.
          const [paid, charged] = [sum('収入済額'), sum('調定額')];
          return {
            count: at('"収入済額"').count,
            formula: `ROUND(${at('"収入済額"').sum}/${at('"調定額"').sum}*100,1)`,
            value: paid && charged?.sum ? roundAsExcel((paid.sum / charged.sum) * 100, 1) : undefined,
          };
        };
        const [x, g] = [side('D', 'actual'), side('E', 'target')];
        const cmp = rate ? '>=' : '<=';
        // ※ where 実績 or 目標 beside it is of more debts than the comparison (a debt with no 目標): the verdict is of fewer.
        const all = (col: string) => criteria(block.groupCol, `$A${r}`, rate ? '"収入済額"' : `$B${r}`, `$C${r}`, `${col}$${headerRow}`, rate ? 'rateBasis' : 'included').count;
        const key = (kind: Kind) => comparedKey(bi, line.group, rate ? '収入済額' : line.item, line.year, kind);
        const fewer = (['actual', 'target'] as const).some((kind) => (shown.get(key(kind)) ?? 0) !== (compared.get(key(kind))?.count ?? 0));
        const verdict = x.value === undefined || g.value === undefined ? '' : (rate ? x.value >= g.value : x.value <= g.value) ? T.achieved : T.notAchieved;
        // Of fewer debts than 実績 and 目標 beside it: ※ and the two figures it compares, as TEXT shows them (達成※ beside 実績
        // 567,200 and 目標 393,500 had read as a target missed and called met).
        const shownAs = rate ? '0.0' : '#,##0';
        const text = (v: number) => (rate ? roundAsExcel(v, 1).toFixed(1) : roundAsExcel(v, 0).toLocaleString('en-US'));
        const met = verdict && fewer ? `${verdict}${T.fewerMark}（${text(x.value!)}／${text(g.value!)}）` : verdict;
        if (verdict && fewer) partial = true;
        const mark = `IF(OR(${all('D')}<>${x.count},${all('E')}<>${g.count}),"${T.fewerMark}（"&TEXT(${x.formula},"${shownAs}")&"／"&TEXT(${g.formula},"${shownAs}")&"）","")`;
        put(sheet, `G${r}`, met, { formula: `IF(OR(${x.count}=0,${g.count}=0),"",IFERROR(IF(${x.formula}${cmp}${g.formula},"${T.achieved}","${T.notAchieved}")&${mark},""))` });
      }
      if (line.item === '収入未済額') {
        // Of the same debts every year (the block's reduction basis): the base year's sum of them less this year's.
        const flag = bi === 0 ? 'classReductionBasis' : 'departmentReductionBasis';
        const key = `${line.group}\u0000${line.item}`;
        const b = base.get(key);
        // The base is the first year its debts are compared in; a year they are not all given in has no reduction.
        const here = reductionSums.get(`${bi}\u0000${line.group}\u0000${line.year}`);
        if (!b && here !== undefined) base.set(key, { row: r, value: here, year: line.year });
        else if (b && here !== undefined) {
          const kindRef = `D$${headerRow}`;
          const [then, now] = [criteria(block.groupCol, `$A${r}`, `$B${r}`, `$C${b.row}`, kindRef, flag), criteria(block.groupCol, `$A${r}`, `$B${r}`, `$C${r}`, kindRef, flag)];
          // Each group's base is its own (the year most of its debts are given from): the cell says which.
          put(sheet, `H${r}`, b.value - here, { formula: `IF(OR(${then.count}=0,${now.count}=0),"",${then.sum}-${now.sum})`, numberFormat: reductionFormat(b.year) });
        }
        // A target year after the group's latest results: the reduction its targets plan, from those results.
        const from = planBase.get(`${bi}\u0000${line.group}`);
        const planned = planSums.get(`${bi}\u0000${line.group}\u0000${line.year}\u0000target`);
        if (from !== undefined && line.year > from && planned !== undefined && line.values.actual === undefined) {
          const flag = bi === 0 ? 'classPlanBasis' : 'departmentPlanBasis';
          const then = criteria(block.groupCol, `$A${r}`, `$B${r}`, String(from), `D$${headerRow}`, flag);
          const now = criteria(block.groupCol, `$A${r}`, `$B${r}`, `$C${r}`, `E$${headerRow}`, flag);
          const value = planSums.get(`${bi}\u0000${line.group}\u0000${from}\u0000actual`)! - planned;
          put(sheet, `H${r}`, value, { formula: `IF(OR(${then.count}=0,${now.count}=0),"",${then.sum}-${now.sum})`, numberFormat: planReductionFormat(from) });
          plannedFrom.add(from);
        }
      }
      r++;
    }
    if (partial) {
      put(sheet, `A${r}`, T.fewerNote);
      r++;
    }
    if (plannedFrom.size) {
      put(sheet, `A${r}`, T.planReductionNote([...plannedFrom].sort((a, b) => a - b).map((y) => `${y}年度`).join('・')));
      r++;
    }
    // A group whose 収入未済額 sums different numbers of debts by year (a target left blank): its totals are of those given.
    const counts = new Map<string, { year: number; kind: Kind; n: number }[]>();
    for (const line of block.lines) {
      if (line.item !== '収入未済額') continue;
      for (const kind of KINDS) {
        if (line.values[kind] === undefined) continue;
        const list = counts.get(line.group) ?? counts.set(line.group, []).get(line.group)!;
        list.push({ year: line.year, kind, n: shown.get(comparedKey(bi, line.group, line.item, line.year, kind)) ?? 0 });
      }
    }
    const differ = [...counts].filter(([, list]) => new Set(list.map((x) => x.n)).size > 1);
    if (differ.length) {
      const byYear = (a: { year: number; kind: Kind }, b: { year: number; kind: Kind }) => a.year - b.year || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind);
      put(sheet, `A${r}`, T.debtCountsNote(differ.map(([group, list]) => `${group} ${[...list].sort(byYear).map((x) => `${x.year}年度 ${T.kind[x.kind]} ${x.n}債権`).join('、')}`).join('／')));
      r++;
    }
    // 収納率 of the debts that give both amounts, where some give a rate without them (rate-partial names them).
    if (ratesOfFewer && block.lines.some((l) => l.item === '収納率')) {
      put(sheet, `A${r}`, T.ratesOfFewerNote);
      r++;
    }
    r += 2;
  }
  chartBlock(c, put, classRow, charts);
  return placed;
}

/**
 * The chart's data beside the tables (years down, classes across, each cell a reference to its
 * 実績 in 分類別) and a clustered column chart of it: 収入未済額 by class over the years.
 */
function chartBlock(c: Consolidation, put: Put, classRow: Map<string, number>, charts: ChartSpec[]): void {
  const sheet = T.sheets.totals;
  const actual = c.totals.filter((t) => t.item === '収入未済額' && t.kind === 'actual');
  const years = [...new Set(actual.map((t) => t.fiscalYear))].sort((a, b) => a - b);
  const classes = [...new Set(actual.map((t) => t.classification ?? T.unclassified))];
  if (!years.length) return;
  put(sheet, 'J3', T.chartData, { bold: true });
  put(sheet, 'J4', '年度', { bold: true });
  classes.forEach((cls, i) => put(sheet, `${colLetter(10 + i)}4`, cls, { bold: true }));
  years.forEach((year, k) => {
    const r = 5 + k;
    put(sheet, `J${r}`, year);
    classes.forEach((cls, i) => {
      const row = classRow.get(`${cls}\u0000収入未済額\u0000${year}`);
      const t = actual.find((x) => (x.classification ?? T.unclassified) === cls && x.fiscalYear === year);
      if (row) put(sheet, `${colLetter(10 + i)}${r}`, t?.value ?? '', { formula: `D${row}`, numberFormat: AMOUNT });
    });
  });
  const last = 4 + years.length;
  charts.push({
    sheet,
    type: 'columnClustered',
    title: T.chartTitle,
    anchor: `J${last + 2}`,
    width: 8,
    height: 18,
    categories: `${quote(sheet)}!$J$5:$J$${last}`,
    series: classes.map((_, i) => ({ name: `${quote(sheet)}!$${colLetter(10 + i)}$4`, values: `${quote(sheet)}!$${colLetter(10 + i)}$5:$${colLetter(10 + i)}$${last}` })),
    yTitle: `収入未済額（${c.unit}）`,
  });
}
