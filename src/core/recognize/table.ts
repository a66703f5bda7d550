/**
 * One plan table: from its header block, the column roles, the data rows below, and the context
 * above (title, unit, section heading).
 */
import { formFields, SheetGrid, titleLike } from './grid';
import { headerBlock, headerColumns, isAnchor, splitSideBySide, type HeaderBlock, type HeaderColumn } from './header';
import { resolveColumns, type ColumnMapping } from './columns';
import type { DebtClass, Division, Kind, PlanColumn, PlanRow, PlanTable, Role } from './model';
import { captionYear, classOf, COLLECTION_BODY, DEBT_NAME, DEPARTMENT_NAME, divisionOf, isFootnote, namesCourseAndTargets, isPartMark, isSectionHeading, isTotalLabel, isUnitAlone, isUnitLine, partNamed, unitOf, withoutFileLink, withoutOutline } from '../text/tokens';
import { clean, compact, isNoValueText } from '../text/normalize';
import { a1, areaA1 } from '../workbook';
import { formatInfo } from '../text/format';
import { CHANGE_NOTE, fewestDecimals, textDecimals, type ParsedNumber } from '../text/number';
import { memoText } from '../text/memo';
import { namesCount } from '../text/items';
import { holdsFigures } from './observations';
import { isPartName, outlineParents, partOf, rowsUnderLines } from './outline';
import { parseLabel } from './labels';
import { forecastYears, linesBelow, notedYears } from './notes';

const CONTEXT_ROWS = 5;

export interface TableAttempt {
  table: PlanTable | null;
  /** Why a header-like block was not taken as a table. */
  rejected?: { cell: string; reason: 'no-values' | 'no-rows' | 'no-label' };
  /** The last row this attempt consumed (0-based). */
  end: number;
}

/** The table (or the tables printed side by side) whose header starts at the anchor row. */
export function readTablesAt(g: SheetGrid, anchor: number, contextFloor: number, mappings: ColumnMapping[] = []): TableAttempt[] {
  const block = headerBlock(g, anchor);
  if (!block) return [];
  const blocks = splitSideBySide(g, block);
  return blocks.map((b, i) => readTable(g, b, contextFloor, i === 0 ? 0 : b.left, mappings));
}

function readTable(g: SheetGrid, block: HeaderBlock, contextFloor: number, contextLeft: number, mappings: ColumnMapping[]): TableAttempt {
  const headers = headerColumns(g, block);
  let dataRows = findDataRows(g, block);
  const anchor = a1(block.top, block.left);
  const mapped = mappings.filter((m) => !m.anchor || m.anchor === anchor);
  // The caption and unit above: read once, when first needed.
  let read: Context | undefined;
  const contextOf = () => (read ??= readContext(g, block.top, contextFloor, contextLeft, block.right));
  const resolved = resolveColumns(g, headers, dataRows, mapped, (drafts) => {
    const { title, unit } = contextOf();
    backfillItems(drafts, measureOf(drafts, unit ?? headerUnit(drafts), title).measure, title);
  });
  const columns = debtsUnderSections(g, resolved, dataRows, mapped);
  helpersHidden(g, columns);
  // Its 区分 lines carry the table past a blank row as a first column's do.
  if (columns !== resolved) dataRows = findDataRows(g, block, columns.find((c) => c.role === 'debt')!.c);
  const valueCols = columns.filter((c) => c.role === 'value' || c.role === 'delta');
  const at = a1(block.top, block.left);
  if (valueCols.length === 0) return { table: null, rejected: { cell: at, reason: 'no-values' }, end: block.bottom };
  const labelCol = columns.find((c) => c.role === 'debt') ?? columns.find((c) => c.role === 'department');
  if (!labelCol) return { table: null, rejected: { cell: at, reason: 'no-label' }, end: block.bottom };
  const said: Said = { textFigures: [], percentOff: [], uncached: [] };
  const { textFigures, percentOff, uncached } = said;
  const rows = readRows(g, columns, dataRows, said);
  countedReferences(g, rows, columns);
  if (rows.length === 0) return { table: null, rejected: { cell: at, reason: 'no-rows' }, end: block.bottom };

  const context = contextOf();
  if (context.department && !columns.some((c) => c.role === 'department')) {
    for (let i = 0; i < rows.length; i++) if (!rows[i].total) rows[i].department ??= context.department;
  }
  const bottom = dataRows.length ? dataRows[dataRows.length - 1].r : block.bottom;
  const area = { top: block.top, left: block.left, bottom, right: block.right };
  const { measure, unit } = measureOf(columns, context.unit ?? headerUnit(columns), context.title);
  backfillItems(columns, measure, context.title);
  notedYears(g, bottom, columns);
  // The year its caption gives, else that of the report the sheet holds (its title line, or its tab), as a matrix table's.
  inheritYear(columns, () => (context.title ? captionYear(context.title) : null) ?? g.titleYear(block.top));
  inheritTitleKind(columns, context.title);
  // Figures whose headers name no item, year, kind nor unit, beside names of no debt (a staff list: 職名 | 内線 | 採用年度):
  // nothing says they are a plan's.
  if (unit === null && !columns.some(namesFigures) && !rows.some((r) => r.debt !== null && DEBT_NAME.test(r.debt))) {
    return { table: null, rejected: { cell: at, reason: 'no-values' }, end: block.bottom };
  }
  // A year a note says is an estimate (※令和5年度は決算見込額): its results are a forecast.
  const estimated = forecastYears(linesBelow(g, bottom, 3));
  // (A column of the year whose header names no kind too: 令和3年度 | 令和4年度 | 令和5年度 under the note.)
  for (const c of columns) if (c.role === 'value' && (c.kind === 'actual' || c.kind === null) && c.fiscalYear !== null && estimated.has(c.fiscalYear)) c.kind = 'forecast';
  const classification = context.classification;
  for (let i = 0; i < rows.length; i++) if (rows[i].classification === null) rows[i].classification = classification;

  const reasons = headers
    .filter((h) => h.parts.length)
    .map((h) => `${columns.find((c) => c.c === h.c)?.column}: ${h.parts.join(' ')} → ${columns.find((c) => c.c === h.c)?.role}`);
  if (context.unitText) reasons.push(`単位: ${context.unitText}`);
  if (context.classText) reasons.push(`区分見出し: ${context.classText}`);

  return {
    table: {
      sheet: g.sheet.name,
      range: areaA1(area),
      area,
      headerTop: block.top,
      headerBottom: block.bottom,
      title: context.title,
      measure,
      unit,
      classification,
      columns,
      rows,
      confidence: confidenceOf(columns, rows, context.unit !== null),
      reasons,
      ...(textFigures.length ? { textFigures } : {}),
      ...(uncached.length ? { uncached } : {}),
      ...(percentOff.length ? { percentOff } : {}),
      ...(recoveredBy(g, block.top, context.title, columns) ? { recovered: true } : {}),
    },
    end: bottom,
  };
}

/**
 * Rows marked (参考) that the table's one 合計 counts: in every figure column it totals, it is the sum of the other rows with
 * theirs and not without — the table says they are its rows, so they are read as such, not as parts left out of it.
 */
function countedReferences(g: SheetGrid, rows: PlanRow[], columns: PlanColumn[]): void {
  const totals = rows.filter((r) => r.total);
  if (totals.length !== 1 || totals[0] !== rows[rows.length - 1]) return;
  const labels = columns.filter((c) => c.role === 'department' || c.role === 'debt');
  const marked = rows.filter((r) => r.part && labels.some((c) => /参考/.test(g.text(r.row - 1, c.c))));
  if (!marked.length || marked.length !== rows.filter((r) => r.part).length) return;
  const total = totals[0];
  let compared = 0;
  for (const c of columns) {
    if (c.role !== 'value') continue;
    const stated = total.values[c.column];
    if (typeof stated !== 'number') continue;
    let without = 0;
    let asides = 0;
    for (const r of rows) {
      const v = r.values[c.column];
      if (r.total || typeof v !== 'number') continue;
      if (r.part) asides += v;
      else without += v;
    }
    const tol = 0.5 + 1e-9 * Math.abs(stated);
    if (Math.abs(without + asides - stated) > tol || Math.abs(without - stated) <= tol) return;
    compared++;
  }
  if (compared) for (const r of marked) r.part = false;
}

/**
 * A column the user hid whose header names no year, kind or tag, in a table whose figures' columns name their years, and that
 * no difference takes for an operand (作業用 beside ③-①): a helper of the user's, not a figure of the plan — read as other.
 */
function helpersHidden(g: SheetGrid, columns: PlanColumn[]): void {
  const hidden = g.sheet.hiddenColumns;
  if (!hidden || !columns.some((c) => c.role === 'value' && c.fiscalYear !== null)) return;
  for (const c of columns) {
    if (c.role !== 'value' || c.fiscalYear !== null || c.kind !== null || c.tag !== null || !hidden.includes(c.c)) continue;
    if (columns.some((d) => d.minuendColumn === c.column || d.subtrahendColumn === c.column || d.sumOf?.includes(c.column))) continue;
    c.role = 'other';
  }
}

/**
 * A 区分 column holding debts — 区分 lines over them (所管課 | 区分: 現年度分 over 市民税 | 固定資産税 | 計, then 滞納繰越分 over its
 * own), or debts alone (所管課 | 区分: 市民税, 固定資産税, 国民健康保険税) — is the table's debt column, the 区分 its lines' — where the
 * table has no debt column and no one said what the column holds.
 */
function debtsUnderSections(g: SheetGrid, columns: PlanColumn[], dataRows: DataRow[], mapped: ColumnMapping[]): PlanColumn[] {
  const div = columns.find((c) => c.role === 'division');
  // (With no department column either, the rows are a matrix table's, which reads its lines on its own.)
  if (!div || columns.some((c) => c.role === 'debt') || !columns.some((c) => c.role === 'department') || mapped.some((m) => m.column === div.column && m.role)) return columns;
  const values = columns.filter(holdsFigures);
  const rows = dataRows.filter((d) => !d.groupClass).map((d) => d.r);
  const line = (r: number, i: number) => {
    if (sectionOfText(g.labelText(r, div.c)) === null || !values.every((c) => g.isEmpty(r, c.c)) || i + 1 >= rows.length) return false;
    const next = compact(g.labelText(rows[i + 1], div.c));
    return DEBT_NAME.test(withoutOutline(next)) && divisionOfText(next) === null && !isTotalText(next);
  };
  // Most of its labels (totals aside) debts' names, none a 区分.
  const labels = rows.map((r) => compact(g.labelText(r, div.c))).filter((t) => t !== '' && !isTotalText(t));
  const debts = labels.filter((t) => DEBT_NAME.test(withoutOutline(t)) && divisionOfText(t) === null).length;
  const alone = labels.length >= 2 && debts * 2 > labels.length && labels.every((t) => divisionOfText(t) === null);
  return alone || rows.some(line) ? columns.map((c) => (c === div ? { ...c, role: 'debt' as const } : c)) : columns;
}

/** A collection body's table (its title, the sheet's, or a header says so) with no 調定額 of its own: what it collects is recovered. */
function recoveredBy(g: SheetGrid, top: number, title: string | null, columns: PlanColumn[]): boolean {
  return !columns.some((c) => c.item === '調定額') && COLLECTION_BODY.test([title ?? '', g.titleLine(top) ?? '', ...columns.map((c) => c.header)].join(' '));
}

interface DataRow {
  r: number;
  /** A row that only names a class for the rows below it (強制徴収公債権). */
  groupClass?: DebtClass;
}

function firstText(g: SheetGrid, r: number): string {
  const cols = g.nonEmptyColumns(r);
  return cols.length ? g.text(r, cols[0]) : '';
}

function hasNumbers(g: SheetGrid, r: number, left: number, right: number): boolean {
  const cols = g.nonEmptyColumns(r);
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    if (c >= left && c <= right && g.isNumber(r, c)) return true;
  }
  return false;
}

/** Does the row hold anything in the table's columns (a merged area's continuation aside)? */
function inSpan(g: SheetGrid, r: number, b: { top: number; left: number; right: number }): boolean {
  const cols = g.nonEmptyColumns(r);
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    if (c >= b.left && c <= b.right && !g.isMergeContinuation(r, c)) return true;
  }
  return spanCoveredByMerge(g, r, b);
}

/** The rows under the header that belong to the table, up to a blank line, a note or a new table. */
function findDataRows(g: SheetGrid, b: { top: number; bottom: number; left: number; right: number }, lineCol = b.left): DataRow[] {
  const rows: DataRow[] = [];
  for (let r = b.bottom + 1; r < g.rowCount; r++) {
    if (!inSpan(g, r, b)) {
      // A blank line ends the table unless the figures plainly go on right below it.
      const next = r + 1;
      // Or a section's line below it (a blank row, then 【滞納繰越分】 over its rows).
      const pageBreak = g.nonEmptyColumns(r).length === 0 && next < g.rowCount && inSpan(g, next, b) && !endsTable(g, next, b) && (hasNumbers(g, next, b.left, b.right) || sectionOver(g, next, b, lineCol));
      if (pageBreak) continue;
      break;
    }
    if (endsTable(g, r, b)) {
      const cls = groupClassOf(g, r, b);
      if (cls && r + 1 < g.rowCount && inSpan(g, r + 1, b) && !endsTable(g, r + 1, b)) {
        rows.push({ r, groupClass: cls });
        continue;
      }
      break;
    }
    const cls = groupClassOf(g, r, b);
    rows.push(cls ? { r, groupClass: cls } : { r });
  }
  return rows;
}

/**
 * Whether row r is a 区分's line of its own (one label, no figure) in the table's first column (or the column its lines stand
 * in), over figures right below it or past a blank row — not over a header of its own (税目 | 2022 | 2023: a table of its own
 * under its caption). Or a debt's line over its 区分 or parts (市民税 over 現年課税分 | 滞納繰越分 | 計).
 */
function sectionOver(g: SheetGrid, r: number, b: { left: number; right: number }, lineCol: number): boolean {
  const cols = g.nonEmptyColumns(r).filter((c) => !g.isMergeContinuation(r, c));
  if (cols.length !== 1 || cols[0] !== lineCol || g.isNumber(r, cols[0])) return false;
  const k = r + 1 < g.rowCount && g.nonEmptyColumns(r + 1).length === 0 ? r + 2 : r + 1;
  if (k >= g.rowCount || !hasNumbers(g, k, b.left, b.right) || isAnchor(g, k)) return false;
  const text = g.labelText(r, cols[0]);
  if (sectionOfText(text) !== null) return true;
  const under = compact(g.labelText(k, lineCol));
  return DEBT_NAME.test(compact(withoutOutline(text))) && !isTotalText(text) && under !== '' && ((divisionOfText(under) !== null && divisionOfText(under) !== '全体') || isPartName(under));
}

function spanCoveredByMerge(g: SheetGrid, r: number, b: { top: number; left: number; right: number }): boolean {
  for (let c = b.left; c <= b.right; c++) {
    const m = g.mergeAt(r, c);
    if (m && m.top < r && m.top > b.top) return true;
  }
  return false;
}

/** Characters a note, a heading or a unit line can start with (checked before any normalization). */
const CONTEXT_START = /^[\s※*＊(（注0-9０-９\u2460-\u2473ア-ンIVXⅠ-Ⅻ第【［\[]/;

function endsTable(g: SheetGrid, r: number, b: { top: number; left: number; right: number }): boolean {
  const cols = g.nonEmptyColumns(r);
  const first = cols.length ? g.raw(r, cols[0]) : '';
  const t = CONTEXT_START.test(first) ? firstText(g, r) : '';
  if ((t !== '' && isFootnote(t)) || hasUnitLine(g, r)) return true;
  if (isAnchor(g, r)) return true;
  if (hasNumbers(g, r, b.left, b.right)) return false;
  const text = firstText(g, r);
  if (isSectionHeading(t) || (classOf(text) !== null && text.length > 12)) return true;
  // A long line of prose starting left of the table.
  return cols.length === 1 && cols[0] <= b.left && text.length > 24 && !hasNumbers(g, r, 0, g.colCount - 1);
}

function hasUnitLine(g: SheetGrid, r: number): boolean {
  const texts = g.textColumns(r);
  for (let i = 0; i < texts.length; i++) if (g.raw(r, texts[i]).includes('単位') && isUnitLine(g.text(r, texts[i]))) return true;
  return false;
}

/**
 * A row holding only a class name: the class of the rows that follow. A label merged down over the rows below (the
 * department's cell, 建設課 over its debts, begun on the class's row) is theirs, not this row's.
 */
function groupClassOf(g: SheetGrid, r: number, b: { left: number; right: number }): DebtClass | undefined {
  let only = -1;
  const cols = g.nonEmptyColumns(r);
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    if (g.isMergeContinuation(r, c)) continue;
    const m = g.mergeAt(r, c);
    if (m && m.top === r && m.bottom > r && m.left === m.right && c < cols[cols.length - 1]) continue;
    if (only >= 0) return undefined; // more than one cell: a data row, not a class name
    only = c;
  }
  if (only < 0 || hasNumbers(g, r, b.left, b.right)) return undefined;
  const t = g.text(r, only).replace(/^(\(\d+\)|\d+[.．、]?|[\u2460-\u2473]|[【\[<〈《])|[】\]>〉》]$/g, '');
  const cls = classOf(t);
  return cls && t.length <= 16 ? cls : undefined;
}

function readRows(g: SheetGrid, columns: PlanColumn[], dataRows: DataRow[], said: Said): PlanRow[] {
  const col = (role: Role) => columns.find((c) => c.role === role);
  const dept = col('department');
  const debt = col('debt');
  const div = col('division');
  const cls = col('classification');
  const valueCols = columns.filter(holdsFigures);
  const noteCols = columns.filter((c) => c.role === 'note' || c.role === 'other');
  const firstData = dataRows.length ? dataRows[0].r : 0;
  const labelAt = (r: number, c: PlanColumn | undefined): string => {
    if (!c) return '';
    const m = g.mergeAt(r, c.c);
    if (m && m.top < firstData) return '';
    return g.labelText(r, c.c);
  };

  // Every row has a value (or null) in every value column: rows start from one shape, filled in place.
  const shapes = new RowShapes(valueCols, said);
  // Debts numbered as an outline (純固定資産税 › (1) 土地): a part's name under its debt (固定資産税(土地)).
  // Every line from the first row to the last: a section's heading between them (一般会計) ends a level.
  const span = dataRows.length ? Array.from({ length: dataRows[dataRows.length - 1].r - dataRows[0].r + 1 }, (_, i) => dataRows[0].r + i) : [];
  const outline = debt ? outlineParents(g, span, debt.c, false) : null;
  // A 区分's line of its own in the debt column, no figure beside it (現年度分 over the debts, 【滞納繰越分】; or in the first
  // figure column, the debt column left blank): the 区分 of the rows under it, up to its own total (see rowsUnderLines).
  const read = dataRows.filter((d) => !d.groupClass).map((d) => d.r);
  const nextOf = new Map(read.map((r, i) => [r, read[i + 1]]));
  // Lines stand in the debt column; with none, a debt's line stands in the 区分 column (所管課 | 区分: 市民税 over its 区分).
  const lineCol = debt ?? div;
  /** A row's label with no figure beside it (a department beside it allowed where `withDepartment`), else null. */
  const lineText = (r: number, withDepartment = false): string | null => {
    if (!lineCol || (!withDepartment && labelAt(r, dept) !== '')) return null;
    const own = labelAt(r, lineCol);
    if (own !== '') return valueCols.every((c) => g.isEmpty(r, c.c)) ? own : null;
    const [first, ...rest] = valueCols;
    return first && g.textColumns(r).includes(first.c) && rest.every((c) => g.isEmpty(r, c.c)) ? g.labelText(r, first.c) : null;
  };
  /** The label of the row after r, compact. */
  const nextLabel = (r: number): string => {
    const next = nextOf.get(r);
    return next === undefined ? '' : compact(labelAt(next, lineCol!));
  };
  const sectionLine = (r: number): Division | null => {
    // (Its department beside it: 所管課 | 区分 with 税務課 beside 現年度分.)
    const text = lineText(r, true);
    const division = text === null ? null : sectionOfText(text);
    // A 区分 heads the debts under it: one followed by another 区分 or by a total is a row with no figure.
    const after = nextLabel(r);
    return division !== null && after !== '' && !isTotalText(after) && sectionOfText(after) === null ? division : null;
  };
  const labelOf = (r: number) => {
    const text = labelAt(r, lineCol!) || labelAt(r, dept);
    return text === '' ? null : { text: compact(text), total: isTotalText(text) };
  };
  // A debt on a line of its own in the debt column, no figure beside it (its department beside it or not), over its 区分
  // (市民税 over 現年課税分 | 滞納繰越分 | 計): the debt of those rows, each of its 区分 — its 計 its 全体, no total — as a 区分
  // column beside the debt would say. Or over its parts (国民健康保険税 over 一般被保険者分 | 退職被保険者等分 | 計): each the
  // debt's part, the 計 their total. A row of neither (the next debt) ends its rows.
  const debtLine = (r: number): string | null => {
    const text = labelAt(r, lineCol!) !== '' ? lineText(r, true) : null;
    if (text === null || sectionOfText(text) !== null || isTotalText(text) || (!debt && !DEBT_NAME.test(compact(withoutOutline(text))))) return null;
    const after = nextLabel(r);
    // (In a 区分 column, only over its 区分: a debt's parts there are not read yet.)
    return (divisionOfText(after) !== null && divisionOfText(after) !== '全体') || (debt && isPartName(after) && !isTotalText(after)) ? withoutOutline(text) : null;
  };
  const partsUnder = (line: number) => divisionOfText(nextLabel(line)) === null;
  // A department on a line of its own in the debt column, where no column names them (税務課 over 市民税 | 固定資産税 | 計, then
  // 保険年金課 over its own): the department of the rows under it, to its 計.
  const departmentLine = (r: number): string | null => {
    const text = dept || !debt ? null : lineText(r);
    if (text === null || sectionOfText(text) !== null || isTotalText(text)) return null;
    const name = compact(withoutOutline(text));
    if (!DEPARTMENT_NAME.test(name) || DEBT_NAME.test(name)) return null;
    const after = nextLabel(r);
    return after !== '' && !isTotalText(after) && divisionOfText(after) === null && !DEPARTMENT_NAME.test(after) ? name : null;
  };
  const debts = lineCol
    ? rowsUnderLines(read, debtLine, labelOf, (_, r) => {
        const t = compact(labelAt(r, lineCol));
        return t !== '' && divisionOfText(t) === null && !isPartName(t) && !isTotalText(t);
      })
    : null;
  // A debt's line and its rows inside a section (【現年度分】 › 市民税 › 個人 | 法人 | 計, then 固定資産税 and the section's 計) are
  // rows of the section: the debt's 計 closes the debt, not the section.
  const plain = { text: '', total: false };
  const sections = debt ? rowsUnderLines(read, sectionLine, (r) => (debts?.of.has(r) || debts?.lines.has(r) ? plain : labelOf(r))) : null;
  const rows: PlanRow[] = [];
  let groupClass: DebtClass | null = null;
  /** The 区分 of the section lines met so far; whether the row before was in a section; whether a row that is no total was read. */
  const sectioned = new Set<string>();
  let inSection = false;
  let counted = false;
  let carryDept: string | null = null;
  let closedDept: string | null = null;
  let carryClass: DebtClass | null = null;
  let carryDebt: string | null = null;
  let carryTotal = false;
  for (let i = 0; i < dataRows.length; i++) {
    const d = dataRows[i];
    if (d.groupClass) {
      groupClass = d.groupClass;
      continue;
    }
    const r = d.r;
    if (sections?.lines.has(r)) {
      sectioned.add(sections.lines.get(r)!);
      // (A department printed once over both sections goes on past the first section's 計.)
      carryDept = labelAt(r, dept) || carryDept || closedDept;
      continue;
    }
    if (debts?.lines.has(r)) {
      carryDept = labelAt(r, dept) || carryDept;
      continue;
    }
    const ownLine = departmentLine(r);
    if (ownLine !== null) {
      carryDept = ownLine;
      continue;
    }
    let department: string | null = labelAt(r, dept) || null;
    // An outline's numbering and a web page's file-link note ((1)市町村民税(エクセル:81KB)) are no part of the name.
    let debtName: string | null = withoutOutline(withoutFileLink(labelAt(r, debt))) || null;
    // Under a debt's line: its 区分 (the 計 its 全体), or its parts and their total.
    const lineRow = debts?.of.get(r);
    if (!debt && lineRow !== undefined) debtName = withoutOutline(labelAt(r, lineCol)) || null;
    const lineDebt = lineRow === undefined ? null : debts!.lines.get(lineRow)!;
    const parts = lineRow !== undefined && partsUnder(lineRow);
    const lineDivision: Division | null = lineDebt !== null && !parts && debtName !== null ? divisionOfText(debtName) : null;
    const lineTotal = lineDebt !== null && parts && debtName !== null && isTotalText(debtName);
    if (lineDivision !== null || lineTotal) debtName = lineDebt;
    else if (lineDebt !== null && parts && debtName !== null) debtName = partOf(lineDebt, compact(debtName)) ?? debtName;
    // うち個人市民税 under 市税: a part of the debt above, named by what follows; (参考) in the department's cell, the debt beside it.
    const marked = department !== null && isPartMarkText(department);
    if (marked) department = null;
    const partName: string | null = debtName !== null && carryDebt !== null && !carryTotal ? (marked ? (partNamedText(debtName) ?? compact(debtName)) : partNamedText(debtName)) : null;
    const divText = labelAt(r, div);
    const sectionRow = sections?.of.get(r);
    let division = lineDivision ?? (divText ? divisionOfText(divText) : null) ?? (sectionRow === undefined ? null : (sections!.lines.get(sectionRow) as Division));
    // 合計 in any label column, 債権区分 included.
    const clsText = cls ? labelAt(r, cls) || null : null;
    const total = lineTotal || (lineDivision === null && ((department !== null && isTotalText(department)) || (debtName !== null && isTotalText(debtName)) || (clsText !== null && isTotalText(clsText))));
    // A total right after sections of 現年度分 and 滞納繰越分, in none of them, is of both; so is one printed first, over them.
    const first = !counted && sections !== null && sections.lines.size > 1 && r < Math.min(...sections.lines.keys());
    if (total && division === null && ((sectioned.size > 1 && inSection) || first)) division = '全体';
    inSection = sections?.of.has(r) ?? false;
    counted ||= !total;

    // In an outline of taxes, one levied as 割 (個人均等割, 所得割) is a tax of its own.
    const above = outline?.get(r);
    const whole: string | null = above && debtName !== null && partName === null && !/割$/.test(debtName) ? partOf(above, debtName) : null;
    if (whole !== null) debtName = whole;
    if (partName !== null) {
      debtName = partName;
      if (department === null) department = carryDept;
    } else if (total) {
      carryTotal = true;
      carryDebt = debtName ?? department ?? clsText;
      debtName = carryDebt;
      department = null;
      closedDept = carryDept;
      carryDept = null;
    } else if (debtName === null && division !== null && carryDebt !== null) {
      debtName = carryDebt;
      if (department === null) department = carryDept;
    } else {
      if (department === null) department = debtName !== null || division !== null ? carryDept : null;
      carryTotal = false;
      carryDebt = debtName;
    }
    if (department !== null) carryDept = department;

    let notes: Record<string, string> = NONE;
    for (let k = 0; k < noteCols.length; k++) {
      const oc = noteCols[k];
      const t = labelAt(r, oc);
      if (t) (notes === NONE ? (notes = {}) : notes)[oc.column] = t;
    }
    // A class printed once over its rows (強制徴収公債権 | 小計, then its debts with the class cell blank) is theirs.
    const ownClass = clsText !== null ? classOfText(clsText) : null;
    // Text in the class column that names no class (強制徴収公債券) is kept, for validation to say (classification-unknown).
    if (cls && clsText !== null && ownClass === null && !total && !isNoValueText(clsText)) (notes === NONE ? (notes = {}) : notes)[cls.column] = clsText;
    if (clsText !== null) carryClass = ownClass;
    const rowClass = ownClass ?? (clsText === null && !total ? carryClass : null);
    const cells = readRowCells(g, r, valueCols, shapes);
    // A row of no label whose figures are each a SUM of its column down to the row above (a clerk's =SUM(G4:G5) under the
    // table): their total.
    const sums = department === null && debtName === null && division === null && clsText === null && sumsAbove(cells.formulas, r, firstData);
    // One literal of every field, in the order rows always had: no field added to it afterwards.
    rows.push({
      row: r + 1,
      department,
      debt: debtName,
      division,
      classification: rowClass ?? groupClass,
      total: sums || total || (carryTotal && debtName === carryDebt && division !== null && debtName !== null && isTotalText(debtName)),
      part: partName !== null,
      values: cells.values,
      texts: cells.texts,
      decimals: cells.decimals,
      formulas: cells.formulas,
      dashes: cells.dashes,
      notes,
    });
  }
  return rows;
}

/** Is every formula of the row (0-based r) a SUM of its own column from a row of the table's to the row above, one at least? */
function sumsAbove(formulas: Record<string, string>, r: number, firstData: number): boolean {
  let any = false;
  for (const [column, formula] of Object.entries(formulas)) {
    const m = /^SUM\(\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)\)$/.exec(formula.replace(/^=/, '').replace(/\s/g, '').toUpperCase());
    if (!m || m[1] !== column || m[3] !== column || Number(m[4]) !== r || Number(m[2]) - 1 < firstData) return false;
    any = true;
  }
  return any;
}

/** A row label's answers, per distinct label (the same debts and departments fill every row). */
const isTotalText = memoText((label) => isTotalLabel(compact(label)));
const divisionOfText = memoText((label) => divisionOf(compact(label)));
/** A section line's 区分 (現年度分, 【滞納繰越分】, (2) 過年度分), or null; a total (合計) heads no section. */
const sectionOfText = memoText((label) => {
  const l = parseLabel(compact(withoutOutline(label)));
  return l.total || l.name !== null ? null : l.division;
});
const partNamedText = memoText((label) => {
  const name = partNamed(label.trim());
  return name === null ? null : compact(name);
});
const classOfText = memoText((label) => classOf(compact(label)));
const isPartMarkText = memoText((label) => isPartMark(compact(label)));

/** What a row holds in its value and delta cells. */
export type RowCells = Pick<PlanRow, 'values' | 'texts' | 'decimals' | 'formulas' | 'dashes'>;

/**
 * What rows of a table share instead of holding each their own (50,000 rows of 18 figures are
 * 800 bytes a row otherwise): one empty record for the texts, formulas and dashes of the rows that
 * have none, and one decimals record for each run of rows whose cells show the same decimals (a
 * column keeps its format down the table). Shared records are frozen: a row's records are read,
 * never changed, once recognized.
 */
export class RowShapes {
  /** Every value column's figure as null, in column order: rows start from this shape. */
  readonly blank: Record<string, number | null>;
  private last: Record<string, number | null> | null = null;
  private lastKeys: string[] = [];
  private lastShown: (number | null)[] = [];
  /** The row being read: one record for the table, its lists emptied for each row (not two new lists a row). */
  private readonly reading: Reading;

  /** `said`: where the table's value cells said of (a figure typed as text, kept at another scale, a formula of no result) are listed. */
  constructor(valueCols: PlanColumn[], said: Said = { textFigures: [], percentOff: [], uncached: [] }) {
    this.blank = blankValuesOf(valueCols);
    this.reading = { values: NONE, texts: NONE, formulas: NONE, dashes: NO_DASHES, keys: [], shown: [], found: 0, ...said };
  }

  /** The reading of a new row: every figure null, no text, formula or dash yet. */
  start(): Reading {
    const into = this.reading;
    into.values = { ...this.blank };
    into.texts = NONE;
    into.formulas = NONE;
    into.dashes = NO_DASHES;
    // The lists keep their room from row to row (emptying them would give it up): `found` says how much is the row's.
    into.found = 0;
    return into;
  }

  /** The row's decimals, by column in the order found: the previous row's record when it is equal. */
  decimals(keys: string[], shown: (number | null)[], n = keys.length): Record<string, number | null> {
    const last = this.last;
    if (last && n === this.lastKeys.length) {
      let same = true;
      for (let i = 0; i < n && same; i++) same = keys[i] === this.lastKeys[i] && this.lastShown[i] === shown[i];
      if (same) return last;
    }
    const record: Record<string, number | null> = {};
    for (let i = 0; i < n; i++) record[keys[i]] = shown[i];
    this.lastKeys = keys.slice(0, n);
    this.lastShown = shown.slice(0, n);
    return (this.last = Object.freeze(record));
  }
}

/** The record of a row that has no text, formula, note or dash: one for all. */
const NONE: Record<string, never> = Object.freeze({});
const NO_DASHES = Object.freeze([]) as unknown as string[];

/**
 * A row's value and delta cells (when recognized, and again after recalculation wrote to them).
 * `shapes`: what the rows of a table share (a row read alone shares only the empty records).
 */
export function readRowCells(g: SheetGrid, r: number, valueCols: PlanColumn[], shapes: RowShapes = new RowShapes(valueCols)): RowCells {
  const into = shapes.start();
  for (let i = 0; i < valueCols.length; i++) readValueCell(g, r, valueCols[i], into);
  return { values: into.values, texts: into.texts, decimals: shapes.decimals(into.keys, into.shown, into.found), formulas: into.formulas, dashes: into.dashes };
}

/** A row's cells while they are read: the decimals as two lists until the row's record is chosen. */
interface Reading {
  values: Record<string, number | null>;
  texts: Record<string, string>;
  formulas: Record<string, string>;
  dashes: string[];
  /** The columns holding a figure and the decimals each shows: the first `found` entries. */
  keys: string[];
  shown: (number | null)[];
  found: number;
  /** The table's value cells whose figure is typed as text. */
  textFigures: { cell: string; text: string }[];
  /** The table's value cells whose figure is kept at another scale than most of their column's (PlanTable.percentOff). */
  percentOff: { cell: string; shown: string }[];
  /** The table's value cells holding a formula with no result stored (PlanTable.uncached). */
  uncached: string[];
}

/** What the reading of a table's cells lists for validation to say. */
type Said = Pick<Reading, 'textFigures' | 'percentOff' | 'uncached'>;

/** Every value column's figure as null, in column order. */
export function blankValuesOf(valueCols: PlanColumn[]): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const vc of valueCols) values[vc.column] = null;
  return values;
}

/** Reads one value or delta cell (at row r of column vc) into the row's records. */
function readValueCell(g: SheetGrid, r: number, vc: PlanColumn, into: Reading): void {
  const formula = g.formula(r, vc.c);
  // A typed number needs no parsing (this runs for every figure of every table).
  const typed = g.value(r, vc.c);
  if (formula) {
    (into.formulas === NONE ? (into.formulas = {}) : into.formulas)[vc.column] = formula;
    // No result stored (a program wrote it and nothing calculated it): no figure to read, which is said — unless the
    // formula can give an empty text (IF(…,"",…): its result "" is read as none, as 再計算's own blanks are).
    if ((typed === null || typed === undefined) && !formula.includes('""')) into.uncached.push(`${vc.column}${r + 1}`);
  }
  const p: ParsedNumber | null = typeof typed === 'number' && Number.isFinite(typed) ? null : g.number(r, vc.c);
  // A change in words (前年比 0.2ポイント上昇, 前年度比 9,000千円の減少) where a year's figure belongs is no figure of the year:
  // text there, as the difference column it belongs in would read it.
  const changeInWords = p !== null && p.kind === 'number' && vc.role === 'value' && p.note !== undefined && CHANGE_NOTE.test(p.note);
  const figure = p === null ? (typed as number) : p.kind === 'number' && !changeInWords ? p.value : NaN;
  const format = Number.isFinite(figure) ? g.numberFormat(r, vc.c) : undefined;
  // Each as it shows in a column of percents (a 97.3% among 96.2 … too), and said where it is kept otherwise than its
  // column's most. (The format is looked at only in such a column: this runs for every figure.)
  const scaled = (vc.percentScaled || vc.percentMixed === true) && format !== undefined && formatInfo(format).percent;
  // (A figure as large as a double holds, 9.99E+307, is one: only its percent scaling must stay finite.)
  if (Number.isFinite(figure) && (!scaled || Number.isFinite(figure * 100))) {
    const v = scaled ? figure * 100 : figure;
    if (vc.percentMixed && scaled !== vc.percentScaled && figure !== 0) into.percentOff.push({ cell: `${vc.column}${r + 1}`, shown: scaled ? `${Number(v.toPrecision(15))}%` : String(figure) });
    // Rounds float noise from percent scaling; whole numbers need no rounding. A typed whole
    // number is kept as the cell holds it: the same number, not a new boxed copy of it.
    into.values[vc.column] = Number.isInteger(v) ? (v === typed ? typed : v) : Number(v.toPrecision(15));
    // A figure typed as text, in a column of figures (a delta typed "△ 22" is recalculation's to replace).
    if (typeof typed === 'string' && vc.role === 'value') into.textFigures.push({ cell: `${vc.column}${r + 1}`, text: typed });
    into.keys[into.found] = vc.column;
    into.shown[into.found++] = shownDecimals(typed, format);
  } else {
    into.values[vc.column] = null;
    if (p && (p.kind === 'text' || p.kind === 'error')) (into.texts === NONE ? (into.texts = {}) : into.texts)[vc.column] = p.text;
    else if (changeInWords) (into.texts === NONE ? (into.texts = {}) : into.texts)[vc.column] = g.raw(r, vc.c);
    else if (!g.isEmpty(r, vc.c)) (into.dashes === NO_DASHES ? (into.dashes = []) : into.dashes).push(vc.column);
  }
}

/** The decimals a cell shows: from its number format, or as typed when it is text. */
function shownDecimals(value: unknown, format: string | undefined): number | null {
  if (typeof value === 'string') return textDecimals(value);
  return formatInfo(format).decimals ?? typedDecimals(value);
}

/** Under General a number shows the decimals it holds (capped: a formula's 1.0900000001 shows 10). */
function typedDecimals(value: unknown): number | null {
  return typeof value === 'number' ? fewestDecimals(value) : null;
}

interface Context {
  title: string | null;
  /** "所管課：保険年金課" above a table that has no department column. */
  department: string | null;
  unit: PlanTable['unit'];
  unitText: string | null;
  classification: DebtClass | null;
  classText: string | null;
}

/** Title, unit line and section heading in the rows just above the header. */
function readContext(g: SheetGrid, top: number, floor: number, left: number, right: number): Context {
  const ctx: Context = { title: null, department: null, unit: null, unitText: null, classification: null, classText: null };
  for (let r = top - 1; r >= Math.max(floor, top - CONTEXT_ROWS); r--) {
    const cols = g.nonEmptyColumns(r, left, right);
    const fields = formFields(g, r, cols);
    for (const c of cols) {
      const t = g.text(r, c);
      const dept = /^(?:所管課|所管部署|所管部局|担当課|担当部署|課名|所属|部署名?)[:：](.+)$/.exec(t);
      if (dept) {
        ctx.department ??= g.labelText(r, c).replace(/^[^:：]*[:：]\s*/, '');
        continue;
      }
      if (isUnitLine(t)) {
        if (ctx.unitText === null) {
          ctx.unitText = clean(g.raw(r, c));
          ctx.unit = unitOf(t);
        }
        // A caption with its unit after it (4.税目別実績(本税のみ) 単位:千円) is the title still.
        if (isUnitAlone(t)) continue;
      }
      // A note (※単位未満四捨五入のため…), a sentence or a year alone between the caption and the header, or a form's field
      // (市町村名 | 碇ケ関村) is no title.
      if (ctx.title === null && titleLike(t) && !fields.has(c)) ctx.title = clean(g.raw(r, c));
      const cls = classOf(t);
      if (cls && ctx.classification === null && t.length <= 40) {
        ctx.classification = cls;
        ctx.classText = clean(g.raw(r, c));
      }
    }
  }
  // None over the table: a unit line a column or two right of a narrow one, at the page's right ((単位：千円)), where no
  // table beside it has its header there.
  for (let r = top - 1; ctx.unitText === null && r >= Math.max(floor, top - CONTEXT_ROWS); r--) {
    for (const c of g.nonEmptyColumns(r, right + 1, right + 2)) {
      const t = g.text(r, c);
      if (!isUnitLine(t) || !g.isEmpty(top, c) || (c === right + 2 && !g.isEmpty(top, right + 1))) continue;
      ctx.unitText = clean(g.raw(r, c));
      ctx.unit = unitOf(t);
      break;
    }
  }
  // Nor there: a unit in brackets closing the caption (表2 収入未済額の目標（千円）).
  const closing = ctx.unitText === null && ctx.title ? /[(（]((?:千円|百万円|円))[)）]$/.exec(ctx.title.trim()) : null;
  if (closing) {
    ctx.unitText = closing[0];
    ctx.unit = unitOf(closing[1]);
  }
  return ctx;
}

function measureOf(columns: PlanColumn[], unit: PlanTable['unit'], title: string | null): { measure: PlanTable['measure']; unit: PlanTable['unit'] } {
  const items = new Set(columns.filter((c) => c.role === 'value').map((c) => c.item));
  const ledgerAmounts = ['調定額', '収入済額', '不納欠損額', '還付未済額'].filter((i) => items.has(i as never));
  if (ledgerAmounts.length > 0 && (items.has('収入未済額') || ledgerAmounts.length > 1 || items.has('収納率'))) {
    return { measure: 'ledger', unit: unit === '%' ? null : unit };
  }
  // Rates and amounts side by side: the amounts' unit (（単位：円、％）) is the table's, the rates are in % by their item.
  if (items.has('収納率') && items.has('収入未済額')) return { measure: 'other', unit: unit === '%' ? null : unit };
  if (items.has('収納率') || unit === '%') return { measure: 'rate', unit: '%' };
  if (items.has('収入未済額') || unit === '円' || unit === '千円' || unit === '百万円') return { measure: 'amount', unit };
  if (title && /率/.test(title)) return { measure: 'rate', unit: '%' };
  // A caption naming the amount (管理課 収入未済額の実績と目標): its figures are that amount, however their headers read.
  if (title && /収入未済額/.test(title) && !/者数|件数|人数|世帯数/.test(title)) return { measure: 'amount', unit };
  return { measure: 'other', unit };
}

/** The one year (`year()`, asked only then) given a table whose headers give none (令和5年度 債権別収入状況). */
function inheritYear(columns: PlanColumn[], year: () => number | null): void {
  const values = columns.filter((c) => c.role === 'value');
  if (values.some((c) => c.fiscalYear !== null)) return;
  const y = year();
  // A 前年度 column beside the year's (徴収率 › 前年度 (%)) is the year before's.
  if (y !== null) for (const c of values) c.fiscalYear = y - (c.yearsBefore ?? 0);
}

/** The amount unit the value columns' headers state in brackets (調定額（円）), where they state one alone. */
function headerUnit(columns: PlanColumn[]): PlanTable['unit'] {
  // The bracket that names a unit, past a letter's ((A) (千円)).
  const unitIn = (header: string) => [...header.matchAll(/[(（]([^()（）]*)[)）]/g)].map((m) => unitOf(m[1])).find((u) => u !== null) ?? null;
  const units = new Set(columns.filter((c) => c.role === 'value').map((c) => unitIn(c.header)));
  units.delete(null);
  units.delete('%');
  return units.size === 1 ? [...units][0] : null;
}

/** "…の目標値" in the title: the kind of value columns whose headers only give years. */
function inheritTitleKind(columns: PlanColumn[], title: string | null): void {
  const t = (title ?? '').replace(/債権管理計画|計画期間/g, '');
  // A course and its targets (…の推移と目標): the years not marked 目標 beside one that is are the course's, results.
  const kinds = namesCourseAndTargets(t)
    ? columns.some((c) => c.role === 'value' && c.kind === 'target')
      ? (['actual'] as Kind[])
      : []
    : ([/見込/.test(t) && 'forecast', /目標/.test(t) && 'target', /実績|決算/.test(t) && 'actual'].filter(Boolean) as Kind[]);
  if (kinds.length !== 1) return;
  for (const c of columns) if (c.role === 'value' && c.kind === null && c.fiscalYear !== null) c.kind = kinds[0];
}

/** Value columns of a one-measure table hold that measure even when their headers only give years. */
function backfillItems(columns: PlanColumn[], measure: PlanTable['measure'], title: string | null): void {
  const item = measure === 'rate' ? '収納率' : measure === 'amount' && /未済|未収|滞納/.test(title ?? '') ? '収入未済額' : null;
  if (!item) return;
  // (Not a column its header names another quantity of: 件数 beside 金額 under 収入未済額の状況.)
  for (const c of columns) if ((c.role === 'value' || c.role === 'delta') && c.item === null && !namesCount(compact(c.header))) c.item = item;
}

/** Does a value or difference column say what its figures are (an item, a year, a kind, a tag)? */
const namesFigures = (c: PlanColumn) => (c.role === 'value' || c.role === 'delta') && (c.item !== null || c.fiscalYear !== null || c.kind !== null || c.tag !== null);

function confidenceOf(columns: PlanColumn[], rows: PlanRow[], hasUnit: boolean): number {
  let score = 0.2;
  if (columns.some((c) => c.role === 'debt')) score += 0.25;
  if (columns.some((c) => c.role === 'department' || c.role === 'division')) score += 0.1;
  const values = columns.filter((c) => c.role === 'value');
  if (values.length && values.every((c) => c.fiscalYear !== null)) score += 0.25;
  else if (values.some((c) => c.fiscalYear !== null || c.kind !== null)) score += 0.15;
  if (hasUnit) score += 0.1;
  return Math.min(1, Math.round((score + filledBonus(rows)) * 100) / 100);
}

/** More than half the rows hold a figure. */
function filledBonus(rows: PlanRow[]): number {
  let filled = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    for (const k in r.values) {
      if (r.values[k] !== null) {
        filled++;
        break;
      }
    }
  }
  return rows.length && filled / rows.length > 0.5 ? 0.1 : 0;
}

/** A table's confidence once its rows are re-read: only the share of filled rows can change. */
export function confidenceWithRows(t: PlanTable, rows: PlanRow[]): number {
  return Math.min(1, Math.round((t.confidence - filledBonus(t.rows) + filledBonus(rows)) * 100) / 100);
}

export type { HeaderColumn };
