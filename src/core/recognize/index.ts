/**
 * Recognition: every plan table on every visible sheet, and a finding for each sheet that looks
 * like a plan but could not be read.
 */
import type { Workbook, Sheet, SheetSource } from '../workbook';
import { a1, sourceOf } from '../workbook';
import { SheetGrid } from './grid';
import { isChangeLogName } from '../recalc/change-log';
import { DATA_SHEET } from '../workbook-data';
import { isAnchor } from './header';
import { readTablesAt } from './table';
import type { ColumnMapping } from './columns';
import type { DebtClass, Finding, PlanTable, Recognition } from './model';
import { claimsOf, readMatrices } from './matrix';
import { splitByYearColumn } from './year-column';
import { headerLeftInRows, parenthesizedRow, propertyRows, ratioColumns, rowsCarryKinds, rowsOfOwnItems, rowsOfOwnUnits } from './handoff';
import { parseLabel } from './labels';
import { clean, compact } from '../text/normalize';
import { classOf, DEBT_NAME, DEPARTMENT_NAME, headingStyle, labelRoleOf } from '../text/tokens';
import { findingMessage, REJECT_REASONS } from '../../i18n/findings';

/** `mappings`: the user's corrections of column roles and years, stored in the workbook. */
export function recognizeWorkbook(wb: Workbook, mappings: ColumnMapping[] = []): Recognition {
  const tables: PlanTable[] = [];
  const findings: Finding[] = [];
  eachRecognizedSheet(sourceOf(wb), mappings, (r) => {
    tables.push(...r.tables);
    findings.push(...r.findings);
  });
  return { tables, findings };
}

/**
 * Each sheet that may hold plans, read in turn, recognized with its column corrections and given to
 * `each`; once `each` returns, the source is told the sheet is let go (SheetSource.release). Each
 * sheet is read and handed over inside a call of its own: a loop over a generator would keep the last
 * sheet alive in its frame (V8 does not clear a spent loop variable) while the next one is read.
 */
export function eachRecognizedSheet(source: SheetSource, mappings: ColumnMapping[], each: (r: Recognition & { sheet: Sheet }) => void): void {
  // Sheets saiken generated (集計, グラフ) summarize plans; they are not plans themselves.
  const generated = new Set(Object.entries(source.names ?? {}).filter(([n]) => n.startsWith('_saiken_gen_')).map(([, v]) => v.slice(0, v.lastIndexOf('|'))));
  for (let i = 0; i < source.sheets.length; i++) {
    const sheet = source.sheets[i];
    if (generated.has(sheet.name) || isChangeLogName(sheet.name) || sheet.name === DATA_SHEET) continue;
    if (sheet.hidden) hiddenAt(source, i, each);
    else recognizeAt(source, i, mappings, each);
    source.release?.();
  }
}

/**
 * A hidden sheet is never read as a plan (an old version a department hid), but one that holds a plan table is said, at
 * the table, so that no table is left out unseen: its tables are none of the workbook's.
 */
function hiddenAt(source: SheetSource, index: number, each: (r: Recognition & { sheet: Sheet }) => void): void {
  const sheet = source.read(index);
  const table = recognizeSheet(sheet).tables[0];
  if (!table) return;
  const cell = table.range.split(':')[0];
  each({ sheet, tables: [], findings: [{ code: 'hidden-sheet', severity: 'warning', sheet: sheet.name, cell, ...findingMessage('hidden-sheet', { sheet: sheet.name, cell }) }] });
}

/** One sheet read, recognized and handed over: when this returns, nothing holds it but what `each` kept. */
function recognizeAt(source: SheetSource, index: number, mappings: ColumnMapping[], each: (r: Recognition & { sheet: Sheet }) => void): void {
  each(recognizedSheet(source.read(index), mappings));
}

function recognizedSheet(sheet: Sheet, mappings: ColumnMapping[]): Recognition & { sheet: Sheet } {
  return { sheet, ...recognizeSheet(sheet, mappings.filter((m) => m.sheet === sheet.name)) };
}

const PLAN_WORDS = /収納率|徴収率|収入未済額|調定額|債権名/;

export function recognizeSheet(sheet: Sheet, mappings: ColumnMapping[] = []): Recognition {
  const g = new SheetGrid(sheet);
  const found: PlanTable[] = [];
  const findings: Finding[] = [];
  let floor = 0;
  let firstRejection: { cell: string; reason: string } | null = null;
  for (let r = 0; r < g.rowCount; r++) {
    if (!isAnchor(g, r)) continue;
    const attempts = readTablesAt(g, r, floor, mappings);
    const read = attempts.filter((a) => a.table);
    if (read.length) {
      for (const a of read) found.push(a.table!);
      r = Math.max(...read.map((a) => a.end));
      floor = r + 1;
    } else if (!firstRejection && rowHasPlanWords(g, r)) {
      // Only a header that speaks of receivables counts; a 区分/金額 calculation is not a plan.
      firstRejection = attempts.find((a) => a.rejected)?.rejected ?? null;
    }
  }
  // A "debt" column that lists flow items (年度当初, 回収額 …) makes a matrix, not a row table.
  // A table that speaks no Japanese at all (an Italian budget, a formula test sheet) is not a plan.
  // So does one whose "debts" are years (平成29年度, 30, 令和元年度 …): a table of years down the rows.
  const rowTables = found.filter((t) => !rowsAreItems(t) && !rowsAreYears(t) && !headerLeftInRows(t) && !rowsCarryKinds(t) && !ratioColumns(t) && !rowsOfOwnUnits(t) && !rowsOfOwnItems(g, t) && !propertyRows(t) && !parenthesizedRow(g, t) && hasPlanEvidence(t));
  const matrices = readMatrices(g, claimsOf(rowTables.map((t) => t.area)));
  const byYear = splitByYearColumn(g, rowTables);
  const tables = matrices.length ? [...byYear, ...matrices].sort((a, b) => a.area.top - b.area.top || a.area.left - b.area.left) : byYear;
  sectionClasses(g, tables);
  namedDepartments(sheet.name, tables);
  if (sheet.hiddenRows) hiddenRowsOf(new Set(sheet.hiddenRows), tables);
  if (tables.length === 0) {
    const hint = firstRejection ?? planWordCell(g);
    if (hint) {
      const reason = REJECT_REASONS[hint.reason];
      findings.push({
        code: 'table-not-recognized',
        severity: 'warning',
        sheet: sheet.name,
        cell: hint.cell,
        ...findingMessage('table-not-recognized', { reason: reason.ja, reasonEn: reason.en }),
      });
    }
  }
  return { tables, findings };
}

/**
 * The department a table's caption opens with (福祉課 収入未済額の推移) or its sheet is named for (a department's own sheet): the
 * department of the figures of a table whose rows and columns name none (a clerk's look: they were summed under
 * （所管課なし） in 集計). Totals of no debt (a 合計 of the debts) stay of no department, as a row table's 合計 row is.
 */
function namedDepartments(sheetName: string, tables: PlanTable[]): void {
  const ofSheet = departmentName(sheetName);
  for (const t of tables) {
    const named = (t.title ? departmentName(t.title.trim().split(/[\s\u3000]+/)[0]) : null) ?? ofSheet;
    if (named === null) continue;
    if (t.shape === 'matrix') {
      const obs = t.observations ?? [];
      if (obs.some((o) => o.department !== null)) continue;
      // A debt's own total (its 合計 of 現年 and 滞繰) is of its department as its 区分 are.
      for (const o of obs) if (o.derived !== 'total' || o.debt !== null) o.department = named;
    } else {
      if (t.columns.some((c) => c.role === 'department') || t.rows.some((r) => r.department !== null)) continue;
      for (const r of t.rows) if (!r.total) r.department = named;
    }
  }
}

/**
 * Each table's data rows Excel does not show (hidden-rows): a row table's rows that are no total and no part, a matrix's rows
 * holding a figure that is no total, no difference and no part.
 */
function hiddenRowsOf(hidden: Set<number>, tables: PlanTable[]): void {
  for (const t of tables) {
    const rows = new Set<number>();
    if (t.shape === 'matrix') {
      for (const o of t.observations ?? []) if (o.derived === null && !o.part && hidden.has(o.r)) rows.add(o.r + 1);
    } else for (const r of t.rows) if (!r.total && !r.part && hidden.has(r.row - 1)) rows.add(r.row);
    if (rows.size) t.hiddenRows = [...rows].sort((a, b) => a - b);
  }
}

/**
 * A text that is one department's name alone (福祉課, 健康福祉部): not a debt's or a class's, not two joined (税務課・保険年金課), not a
 * word of the headers (所管課, 担当課) or one for every department (各課, 全課, 関係課), not a word that merely ends so (賦課, 日課).
 */
function departmentName(text: string): string | null {
  const n = compact(text);
  if (n.length < 3 || n.length > 12 || !DEPARTMENT_NAME.test(n) || DEBT_NAME.test(n) || classOf(n) !== null) return null;
  if (/[・、,/／&＆]/.test(n) || labelRoleOf(n) !== null || /^(?:各|全|関係|他|当|本|所管|担当|主管|所属)(?:課|部|室|局|係)/.test(n)) return null;
  return n;
}

/**
 * A class heading ((2) 非強制徴収公債権) governs its section: every table under it that states no
 * class of its own, up to the next heading numbered as it is or as a heading met before it on the
 * sheet (a level above: 3 … over (1) …), not only the table just under it. `tables` in sheet order.
 */
function sectionClasses(g: SheetGrid, tables: PlanTable[]): void {
  // Each numbering style's rank: the order the sheet first uses them in, outer levels first.
  const ranks = new Map<number, number>();
  let section: { cls: DebtClass; text: string; rank: number } | null = null;
  let next = 0;
  for (let r = 0; r < g.rowCount && next < tables.length; r++) {
    if (tables[next].area.top <= r) {
      let bottom = r;
      for (; next < tables.length && tables[next].area.top <= r; next++) {
        const t = tables[next];
        if (section && t.classification === null) classify(t, section.cls, section.text);
        bottom = Math.max(bottom, t.area.bottom);
      }
      r = bottom;
      continue;
    }
    const cols = g.nonEmptyColumns(r);
    if (!cols.length) continue;
    const text = g.text(r, cols[0]);
    const style = headingStyle(text);
    if (style === null) continue;
    if (!ranks.has(style)) ranks.set(style, ranks.size);
    const rank = ranks.get(style)!;
    const cls = text.length <= 40 ? classOf(text) : null;
    if (cls) section = { cls, text: clean(g.raw(r, cols[0])), rank };
    else if (section && rank <= section.rank) section = null;
  }
}

/** A table under a class heading: of that class, each of its rows and figures that states none. */
function classify(t: PlanTable, cls: DebtClass, heading: string): void {
  t.classification = cls;
  for (const row of t.rows) row.classification ??= cls;
  for (const o of t.observations ?? []) o.classification ??= cls;
  t.reasons.push(`区分見出し: ${heading}`);
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Words of receivables in a title or a header: what a plan measures, or whom it concerns. */
const RECEIVABLE_WORDS = /収納|徴収|収入|未済|未収|滞納|調定|欠損|債権|区分|所管|納付|返還|回収|税|料/;

/**
 * Plan evidence: a 債権管理計画 is written in Japanese, and speaks of receivables. A table whose
 * headers, title and row names hold no Japanese at all (Anno 2021 | Previsione, Total) is some other
 * sheet's; so is one whose title and headers name no receivable and whose rows name no debt, no
 * department and no class (項目 | 24年度 | 23年度 over 経常収支比率, 将来負担比率). Neither is validated.
 */
function hasPlanEvidence(t: PlanTable): boolean {
  const texts = [t.title ?? '', ...t.columns.map((c) => c.header)];
  if (!texts.some((x) => JAPANESE.test(x)) && !t.rows.some((r) => JAPANESE.test(r.debt ?? '') || JAPANESE.test(r.department ?? ''))) return false;
  if (texts.some((x) => RECEIVABLE_WORDS.test(compact(x)))) return true;
  return t.rows.some((r) => r.department !== null || r.classification !== null || DEBT_NAME.test(compact(r.debt ?? '')));
}

/** Most rows of the table (both, of two) are named by a year alone (平成29年度, 30, 元, 2019年度), not by a debt. */
const rowsAreYears = (t: PlanTable) => mostNamedRows(t, 2, (debt) => YEAR_ALONE.test(debt));

/** A row label that is a year and nothing else: 平成29年度, H29, 令和元年, 2019年度, FY2019, 30, 元. */
const YEAR_ALONE = /^(?:(?:昭和|平成|令和|[SHR])\.?(?:元|\d{1,2})|(?:FY)?(?:19|20)\d{2}|元|\d{1,2})(?:年度|年)?$/i;

/** Most rows of the table are named by an item (年度当初, 回収額, 不納欠損額), not by a debt. */
const rowsAreItems = (t: PlanTable) =>
  mostNamedRows(t, 2, (debt) => {
    const l = parseLabel(debt);
    return l.item !== null && l.item !== '収納率' && l.name === null;
  });

/** Whether more than half the named rows (at least `least` of them; totals aside) have a name (compact) that `is`. Counted, not listed: this looks at every row of every table. */
function mostNamedRows(t: PlanTable, least: number, is: (debt: string) => boolean): boolean {
  let named = 0;
  let hits = 0;
  for (let i = 0; i < t.rows.length; i++) {
    const r = t.rows[i];
    if (r.total || r.debt === null) continue;
    named++;
    if (is(compact(r.debt))) hits++;
  }
  return named >= least && hits * 2 > named;
}

function rowHasPlanWords(g: SheetGrid, r: number): boolean {
  return g.nonEmptyColumns(r).some((c) => PLAN_WORDS.test(g.text(r, c)) || /債権/.test(g.text(r, c)));
}

/** The first header-like cell using plan words, on a sheet with figures where no table was found. */
function planWordCell(g: SheetGrid): { cell: string; reason: string } | null {
  let numbers = 0;
  for (let r = 0; r < g.rowCount && numbers < 5; r++) for (const c of g.nonEmptyColumns(r)) if (g.number(r, c).kind === 'number') numbers++;
  if (numbers < 5) return null;
  // Only texts can hold a plan word: the figures (most cells, on a sheet of no table) are not made strings to look.
  for (let r = 0; r < g.rowCount; r++) {
    for (const c of g.textColumns(r)) {
      const t = g.text(r, c);
      if (t.length <= 20 && PLAN_WORDS.test(t)) return { cell: a1(r, c), reason: 'no-header' };
    }
  }
  return null;
}

export type { PlanTable, Recognition, Finding } from './model';
export type { ColumnMapping } from './columns';
