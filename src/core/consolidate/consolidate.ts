/**
 * 取りまとめ: every department's observations in one list, the city's totals, and the findings
 * only a view across files can make. Pure: the files come in already read and reduced.
 */
import { DEBT_CLASSES, ITEMS, type DebtClass, type Item, type Kind } from '../recognize/model';
import { CONSOLIDATE_MESSAGES, cellList, type NotCountedReason } from '../../i18n/consolidate';
import { AMOUNT_UNITS, ratesOfFewerKey, type AmountUnit, type ConsolidateOptions, type Consolidation, type ConsolidatedIssue, type DepartmentTotal, type DetailRow, type FileResult, type FileRow, type Obs, type ObsUnit, type Total } from './model';
import { debtIdentity, departmentKey, fileDepartment, nearDepartments } from './names';

const FACTOR: Record<AmountUnit, number> = { 円: 1, 千円: 1000, 百万円: 1_000_000 };

const isAmountUnit = (u: ObsUnit): u is AmountUnit => u !== null && (AMOUNT_UNITS as readonly string[]).includes(u);

export function toCityUnit(value: number, unit: ObsUnit, city: AmountUnit): number {
  return isAmountUnit(unit) && unit !== city ? (value * FACTOR[unit]) / FACTOR[city] : value;
}

/** Newer modified time wins; on a tie, the later name (…_再提出 after …). */
function newer(a: FileResult, b: FileResult): boolean {
  return a.modified !== b.modified ? a.modified > b.modified : a.file > b.file;
}

const KIND_ORDER: Kind[] = ['actual', 'target', 'forecast'];

interface Cross {
  byFile: Map<number, ConsolidatedIssue[]>;
  add(fileIndex: number, files: FileResult[], code: string, severity: ConsolidatedIssue['severity'], at: Obs, message: string): void;
}

function crossFindings(): Cross {
  const byFile = new Map<number, ConsolidatedIssue[]>();
  return {
    byFile,
    add(fileIndex, files, code, severity, at, message) {
      const list = byFile.get(fileIndex) ?? [];
      list.push({ file: files[fileIndex].file, code, severity, sheet: at.sheet, cell: at.cell, message });
      byFile.set(fileIndex, list);
    },
  };
}

export function consolidate(files: FileResult[], options: ConsolidateOptions = {}): Consolidation {
  const city = options.unit ?? '千円';
  const cross = crossFindings();

  // Departments: of names that normalize alike, the spelling on the most rows is the one the totals use (the first seen on a
  // tie), as each workbook's own 集計 and its department-variant finding have it.
  const rowsOf = new Map<string, Set<string>>();
  const firstOf = new Map<string, { file: number; at: Obs }>();
  files.forEach((f, fi) => {
    for (const o of f.observations) {
      if (!o.department) continue;
      const rows = rowsOf.get(o.department) ?? rowsOf.set(o.department, new Set()).get(o.department)!;
      rows.add(`${fi}\u0000${o.sheet}\u0000${o.cell.replace(/^[A-Z]+/, '')}`);
      if (!firstOf.has(o.department)) firstOf.set(o.department, { file: fi, at: o });
    }
  });
  const deptGroup = new Map<string, { name: string; file: number; at: Obs; files: Set<number> }>();
  for (const [name, rows] of rowsOf) {
    const key = departmentKey(name);
    const group = deptGroup.get(key);
    if (!group || rows.size > rowsOf.get(group.name)!.size) deptGroup.set(key, { name, ...firstOf.get(name)!, files: new Set() });
  }
  const variantsSeen = new Set<string>();
  files.forEach((f, fi) => {
    // (Both spellings in one workbook: its own report says so, at the department's row.)
    const inFile = (name: string) => [...rowsOf.get(name)!].some((k) => k.startsWith(`${fi}\u0000`));
    for (const o of f.observations) {
      if (!o.department) continue;
      const group = deptGroup.get(departmentKey(o.department))!;
      group.files.add(fi);
      if (group.name !== o.department && !variantsSeen.has(`${fi}\u0000${o.department}`)) {
        variantsSeen.add(`${fi}\u0000${o.department}`);
        if (!inFile(group.name)) cross.add(fi, files, 'department-variant', 'warning', o, CONSOLIDATE_MESSAGES['department-variant']({ name: o.department, canonical: group.name, otherFile: files[group.file].file }).ja);
      }
    }
  });
  nearNames(deptGroup, files, cross, rowsOf);
  const groupOf = (d: string | null) => (d === null ? null : (deptGroup.get(departmentKey(d))?.name ?? d));

  // One debt classed differently by two files: each file's classes, and the first cell stating them.
  const classes = new Map<string, Map<number, { set: Set<DebtClass>; at: Obs }>>();
  files.forEach((f, fi) => {
    for (const o of f.observations) {
      if (!o.debt || !o.classification) continue;
      const k = debtIdentity(o);
      let perFile = classes.get(k);
      if (!perFile) classes.set(k, (perFile = new Map()));
      const entry = perFile.get(fi);
      if (entry) entry.set.add(o.classification);
      else perFile.set(fi, { set: new Set([o.classification]), at: o });
    }
  });
  for (const perFile of classes.values()) {
    if (perFile.size < 2) continue;
    for (const [fi, mine] of perFile) {
      for (const [fj, theirs] of perFile) {
        if (fi === fj) continue;
        const mineOnly = [...mine.set].find((c) => !theirs.set.has(c));
        const theirsOnly = [...theirs.set].find((c) => !mine.set.has(c));
        if (!mineOnly || !theirsOnly) continue;
        cross.add(fi, files, 'class-disagreement', 'error', mine.at, CONSOLIDATE_MESSAGES['class-disagreement']({ debt: mine.at.debt!, mine: mineOnly, other: theirsOnly, otherFile: files[fj].file }).ja);
        break;
      }
    }
  }

  // Figures that name no department are the department's the file name gives (税務課_計画.xlsx).
  const fileDept = files.map((f) => fileDepartment(f.file));
  const deptOf = (o: Obs, fi: number) => o.department ?? fileDept[fi];
  // The newer files each file's figures were replaced by (提出状況 says so in 理由).
  const replacedBy = new Map<number, string[]>();
  const lost = supersededSubmissions(files, deptOf, cross, replacedBy);

  // Amounts in another unit than the city's: converted, and said once per file and unit.
  files.forEach((f, fi) => {
    const said = new Set<string>();
    for (const o of f.observations) {
      if (!isAmountUnit(o.unit) || o.unit === city || said.has(o.unit)) continue;
      said.add(o.unit);
      cross.add(fi, files, 'unit-mismatch', 'warning', o, CONSOLIDATE_MESSAGES['unit-mismatch']({ unit: o.unit, city }).ja);
    }
    if (f.readError === null && !f.skipped && f.tables === 0) {
      const at = { sheet: '', cell: '' } as Obs;
      cross.add(fi, files, 'no-plan-tables', 'warning', at, CONSOLIDATE_MESSAGES['no-plan-tables']().ja);
    }
  });

  const superseded = (o: Obs, fi: number) => {
    const dept = deptOf(o, fi);
    return dept !== null && lost.has(`${fi}\u0000${departmentKey(dept)}\u0000${o.kind}`);
  };
  const { rows, unknownDivision } = detailRows(files, city, (o, fi) => groupOf(deptOf(o, fi)), superseded, cross);
  summaryFigures(rows, files, cross, city);
  markBases(rows, deptOf);
  sameDebtTwice(rows, files, cross);
  const ratesOfFewer = leftOutOfRates(rows, files, cross, deptOf, superseded);
  const leftOut = notCounted(rows, files, cross, unknownDivision);

  // A figure a newer submission replaced is no revision (that newer one's is compared).
  if (options.previous?.length) revisedFigures(files, options.previous, city, cross, superseded);
  const dropped = options.previous?.length ? droppedSincePrevious(files, options.previous, deptOf, cross) : [];

  const { totals, unweighted } = totalsOf(rows, city);
  const global: ConsolidatedIssue[] = [
    ...[...unweighted].map(([cls, periods]) => ({
      file: '',
      code: 'rate-not-weighted',
      severity: 'info' as const,
      sheet: '',
      cell: '',
      message: CONSOLIDATE_MESSAGES['rate-not-weighted']({ classification: cls ?? '未分類', periods }).ja,
    })),
    ...reductionPartial(rows),
    ...dropped,
  ];

  // A file whose figures name no department stands for the department its name gives; so does one that came in unreadable
  // or with no plan table (読込不可, 計画表なし say what to do: not also 未提出).
  const named = (f: FileResult) => f.readError !== null || (!f.skipped && f.tables === 0) || f.observations.some((o) => !o.department);
  const issues: ConsolidatedIssue[] = [];
  const fileRows: FileRow[] = files.map((f, fi) => {
    const own = [...f.issues.map((i) => ({ ...i, file: f.file })), ...(cross.byFile.get(fi) ?? [])];
    issues.push(...own);
    const errors = own.filter((i) => i.severity === 'error').length;
    const warnings = own.filter((i) => i.severity === 'warning').length;
    // The departments its figures are of: a 合計 row naming none is no figure of the department the file name gives (福祉部.xlsx).
    // A file that gave none (読込不可, 計画表なし) stands for the department its name gives, as it does for 未提出.
    const departments = [...new Set(f.observations.filter((o) => !o.derived || o.department !== null).map((o) => deptOf(o, fi)).filter((d): d is string => !!d))];
    if (!departments.length && fileDept[fi] && named(f)) departments.push(fileDept[fi]);
    return {
      file: f.file,
      modified: f.modified,
      // A workbook read with no plan table in it (an empty book, a memo) came in, but gave nothing: said apart from 取込済.
      status: f.readError !== null ? 'unreadable' : f.skipped ? 'skipped' : errors ? 'errors' : f.tables === 0 ? 'no-tables' : 'ok',
      message:
        f.readError ??
        f.skipped ??
        leftOut.get(fi) ??
        (f.tables === 0 ? CONSOLIDATE_MESSAGES['no-plan-tables']().ja : replacedBy.has(fi) ? CONSOLIDATE_MESSAGES['superseded-status']({ by: replacedBy.get(fi)!, all: f.observations.every((o) => o.kind === null || superseded(o, fi)) }).ja : ''),
      departments,
      tables: f.tables,
      errors,
      warnings,
    };
  });
  issues.push(...global);

  const found = new Set([...deptGroup.keys(), ...files.flatMap((f, fi) => (fileDept[fi] && named(f) ? [departmentKey(fileDept[fi])] : []))]);
  const missing = (options.expectedDepartments ?? []).filter((d) => d.trim() && !found.has(departmentKey(d)));
  return { unit: city, files: fileRows, missing, rows, totals, departmentTotals: departmentTotalsOf(rows, city), issues, ratesOfFewer };
}

/**
 * Near names within the city (保育課 / 保育室): possibly one department written two ways, possibly
 * two (保険課 / 保健課). A file that names both shows they are two, so only a pair no file holds
 * together is said, at the first cell of the name fewer rows give (the later name's on a tie): the one
 * to check; the totals keep them apart.
 */
function nearNames(groups: Map<string, { name: string; file: number; at: Obs; files: Set<number> }>, files: FileResult[], cross: Cross, rowsOf: Map<string, Set<string>>): void {
  const list = [...groups.entries()];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [ka, first] = list[i];
      const [kb, later] = list[j];
      if (!nearDepartments(ka, kb) || [...first.files].some((f) => later.files.has(f))) continue;
      const [b, a] = rowsOf.get(first.name)!.size < rowsOf.get(later.name)!.size ? [first, later] : [later, first];
      cross.add(b.file, files, 'department-variant', 'warning', b.at, CONSOLIDATE_MESSAGES['department-near']({ name: b.name, other: a.name, otherFile: files[a.file].file }).ja);
    }
  }
}

/**
 * A department's resubmission: a newer file that gives any debt of the department in a kind (実績,
 * 目標, 見込) the older gives replaces the older file's figures of that department and kind as a whole
 * (a debt it drops is dropped too); files that share no debt of a kind both count (実績 and 目標 in two
 * files, or two debts in two files). Said at each older file, once per department and newer file, with
 * the kinds and how many of its figures are left out. Gives `file, department key, kind` of each superseded part.
 */
function supersededSubmissions(files: FileResult[], deptOf: (o: Obs, fi: number) => string | null, cross: Cross, replacedBy: Map<number, string[]>): Set<string> {
  const parts = new Map<string, Map<number, { at: Obs; count: number; debts: Set<string> }>>();
  const debtName = new Map<string, string>();
  files.forEach((f, fi) => {
    for (const o of f.observations) {
      const dept = deptOf(o, fi);
      if (o.derived || dept === null || o.kind === null) continue;
      const k = `${departmentKey(dept)}\u0000${o.kind}`;
      let perFile = parts.get(k);
      if (!perFile) parts.set(k, (perFile = new Map()));
      const part = perFile.get(fi) ?? { at: o, count: 0, debts: new Set<string>() };
      part.count++;
      part.debts.add(debtIdentity(o));
      if (o.debt && !debtName.has(debtIdentity(o))) debtName.set(debtIdentity(o), o.debt);
      perFile.set(fi, part);
    }
  });
  const lost = new Set<string>();
  // Said once per older file, department and newer file, with the kinds it replaces, and the debts the newer one lacks.
  const saying = new Map<string, { i: number; winner: number; at: Obs; kinds: Kind[]; count: number; missing: Set<string> }>();
  for (const [k, perFile] of parts) {
    if (perFile.size < 2) continue;
    for (const [i, { at, count, debts }] of perFile) {
      const overlapping = [...perFile].filter(([j, p]) => newer(files[j], files[i]) && [...p.debts].some((d) => debts.has(d))).map(([j]) => j);
      if (!overlapping.length) continue;
      const winner = overlapping.reduce((w, j) => (newer(files[j], files[w]) ? j : w));
      lost.add(`${i}\u0000${k}`);
      const said = `${i}\u0000${winner}\u0000${departmentKey(deptOf(at, i)!)}`;
      const s = saying.get(said) ?? { i, winner, at, kinds: [], count: 0, missing: new Set<string>() };
      s.kinds.push(at.kind!);
      s.count += count;
      const kept = perFile.get(winner)!.debts;
      for (const d of debts) if (!kept.has(d) && debtName.has(d)) s.missing.add(debtName.get(d)!);
      saying.set(said, s);
    }
  }
  for (const { i, winner } of saying.values()) replacedBy.set(i, [...new Set([...(replacedBy.get(i) ?? []), files[winner].file])]);
  for (const { i, winner, at, kinds, count, missing } of saying.values()) {
    const message = CONSOLIDATE_MESSAGES['duplicate-submission']({ department: deptOf(at, i)!, kinds: KIND_ORDER.filter((k) => kinds.includes(k)), count, winner: files[winner].file, missing: [...missing] }).ja;
    cross.add(i, files, 'duplicate-submission', 'warning', at, message);
  }
  return lost;
}

/**
 * Every observation as a 明細 row. A quantity is counted once: where a debt gives 全体, that; where it
 * gives only 現年度分 and 滞納繰越分, their sum; a figure of no division only where the debt gives no
 * division at all (beside parts it may be a part the table does not name, or their sum: it is said,
 * in `unknownDivision`). The same quantity twice in one file (a 総括 sheet and a detail sheet) counts
 * once, the first; the repeat is said, as an error where the values differ.
 */
function detailRows(
  files: FileResult[],
  city: AmountUnit,
  groupOf: (o: Obs, fi: number) => string | null,
  superseded: (o: Obs, fi: number) => boolean,
  cross: Cross,
): { rows: DetailRow[]; unknownDivision: Set<DetailRow> } {
  const rows: DetailRow[] = [];
  const unknownDivision = new Set<DetailRow>();
  files.forEach((f, fi) => {
    const quantity = (o: Obs) => `${o.department}\u0000${debtIdentity(o)}\u0000${o.item}\u0000${o.fiscalYear}\u0000${o.kind}`;
    const whole = new Set<string>();
    const parts = new Set<string>();
    for (const o of f.observations) if (!o.derived && o.division !== null) (o.division === '全体' ? whole : parts).add(quantity(o));
    const first = new Map<string, DetailRow>();
    const repeats = new Map<string, { at: DetailRow; cells: string[]; firstCells: string[]; differ: [DetailRow, DetailRow] | null }>();
    for (const o of f.observations) {
      const q = quantity(o);
      // A debt's 計 (全体) of a year is counted through its 現年度分 and 滞納繰越分; given alone (令和6年度（目標） | 計), it is the
      // figure, as 集計 counts it. (A 合計 over debts is of none: never counted.)
      const alone = o.wholeTotal === true && o.debt !== null && !parts.has(q) && !whole.has(q);
      const amount = (!o.derived || alone) && isAmountUnit(o.unit) && o.item !== null && o.fiscalYear !== null && o.kind !== null;
      const oneDivision = o.division === '全体' || (!whole.has(q) && (o.division !== null || !parts.has(q)));
      const row: DetailRow = { ...o, fileIndex: fi, departmentGroup: groupOf(o, fi), cityValue: toCityUnit(o.value, o.unit, city), included: amount && oneDivision && !superseded(o, fi), rateBasis: false, targetBasis: false, classReductionBasis: false, departmentReductionBasis: false, classPlanBasis: false, departmentPlanBasis: false };
      if (amount && o.division === null && parts.has(q) && !whole.has(q)) unknownDivision.add(row);
      if (row.included && o.debt !== null) {
        const was = first.get(`${q}\u0000${o.division}`);
        if (!was) first.set(`${q}\u0000${o.division}`, row);
        else {
          row.included = false;
          const k = `${o.sheet}\u0000${was.sheet}`;
          const g = repeats.get(k) ?? { at: row, cells: [], firstCells: [], differ: null };
          g.cells.push(o.cell);
          g.firstCells.push(was.cell);
          if (!g.differ && Math.abs(was.cityValue - row.cityValue) > 1e-9 * Math.max(1, Math.abs(row.cityValue))) g.differ = [row, was];
          repeats.set(k, g);
        }
      }
      rows.push(row);
    }
    for (const g of repeats.values()) {
      const [mine, theirs] = g.differ ?? [null, null];
      const message = CONSOLIDATE_MESSAGES['repeated-figure']({
        sheet: g.at.sheet,
        cells: cellList(g.cells),
        count: g.cells.length,
        firstSheet: first.get(`${quantity(g.at)}\u0000${g.at.division}`)!.sheet,
        firstCells: cellList(g.firstCells),
        differ: mine && theirs ? { cell: mine.cell, value: mine.value, firstCell: theirs.cell, firstValue: theirs.value } : null,
      }).ja;
      cross.add(fi, files, 'repeated-figure', g.differ ? 'error' : 'warning', g.at, message);
    }
  });
  return { rows, unknownDivision };
}

/**
 * A workbook's own summary of its debts (a 区分別 sheet of 強制徴収公債権 / 非強制徴収公債権 / 私債権, a 課別まとめ of one line a
 * department): a figure of no debt, of a department or a class the same workbook gives debts' figures of, for the same item,
 * year and kind. Its debts are counted: it is not (counted too, the city's totals had it twice). Said once a sheet, at its
 * first cell: as information where it is its debts' sum, as a warning naming the sum where it is not (one of the two is wrong),
 * both in the city's unit.
 */
function summaryFigures(rows: DetailRow[], files: FileResult[], cross: Cross, city: AmountUnit): void {
  const key = (fi: number, by: string, r: DetailRow) => `${fi}\u0000${by}\u0000${r.item}\u0000${r.fiscalYear}\u0000${r.kind}`;
  const sums = new Map<string, number>();
  const add = (k: string, v: number) => sums.set(k, (sums.get(k) ?? 0) + v);
  for (const r of rows) {
    if (!r.included || r.debt === null) continue;
    if (r.departmentGroup !== null) add(key(r.fileIndex, `d${departmentKey(r.departmentGroup)}`, r), r.cityValue);
    if (r.classification !== null) add(key(r.fileIndex, `c${r.classification}`, r), r.cityValue);
  }
  const said = new Map<string, { fi: number; at: DetailRow; cells: string[]; differ: { cell: string; value: number; sum: number } | null }>();
  for (const r of rows) {
    if (!r.included || r.debt !== null) continue;
    // A department's line (its own name on the row), else a class's line of no department.
    const by = r.department !== null ? (r.departmentGroup !== null ? `d${departmentKey(r.departmentGroup)}` : null) : r.classification !== null ? `c${r.classification}` : null;
    const sum = by === null ? undefined : sums.get(key(r.fileIndex, by, r));
    if (sum === undefined) continue;
    r.included = false;
    const k = `${r.fileIndex}\u0000${r.sheet}`;
    const g = said.get(k) ?? { fi: r.fileIndex, at: r, cells: [], differ: null };
    g.cells.push(r.cell);
    if (!g.differ && Math.abs(sum - r.cityValue) > 1e-6 * Math.max(1, Math.abs(sum))) g.differ = { cell: r.cell, value: r.cityValue, sum };
    said.set(k, g);
  }
  for (const g of said.values()) {
    const message = CONSOLIDATE_MESSAGES['summary-figures']({ sheet: g.at.sheet, cells: cellList(g.cells), count: g.cells.length, differ: g.differ, unit: city }).ja;
    cross.add(g.fi, files, 'summary-figures', g.differ ? 'warning' : 'info', g.at, message);
  }
}

/**
 * One debt two departments report with the same figures (the 賦課 department and the 収納 department
 * both list 国民健康保険税): the totals count it twice. Which one owns it cannot be told, so both count
 * and it is said at the later department's first cell; different figures are a debt split between them.
 */
function sameDebtTwice(rows: DetailRow[], files: FileResult[], cross: Cross): void {
  const byDebt = new Map<string, Map<string, Map<string, DetailRow>>>();
  for (const r of rows) {
    if (!r.included || r.debt === null || r.departmentGroup === null) continue;
    const perDept = byDebt.get(debtIdentity(r)) ?? new Map<string, Map<string, DetailRow>>();
    const figures = perDept.get(r.departmentGroup) ?? new Map<string, DetailRow>();
    figures.set(`${r.division}\u0000${r.item}\u0000${r.fiscalYear}\u0000${r.kind}`, r);
    perDept.set(r.departmentGroup, figures);
    byDebt.set(debtIdentity(r), perDept);
  }
  for (const perDept of byDebt.values()) {
    const depts = [...perDept.values()];
    depts.forEach((mine, i) => {
      const same = depts.slice(0, i).find((theirs) => {
        const common = [...mine].filter(([k]) => theirs.has(k));
        return common.length > 0 && common.every(([k, r]) => r.cityValue === theirs.get(k)!.cityValue);
      });
      if (!same) return;
      const [at, other] = [[...mine.values()][0], [...same.values()][0]];
      const message = CONSOLIDATE_MESSAGES['same-debt-departments']({ debt: at.debt!, other: other.departmentGroup!, otherFile: files[other.fileIndex].file }).ja;
      cross.add(at.fileIndex, files, 'same-debt-departments', 'warning', at, message);
    });
  }
}

/** A debt as one across files: its department (the file's where it names none) and the catalog's debt. */
const debtOf = (r: DetailRow, deptOf: (o: Obs, fi: number) => string | null) => `${departmentKey(deptOf(r, r.fileIndex) ?? `\u0001${r.fileIndex}`)}\u0000${debtIdentity(r)}`;

/**
 * Which counted rows 収納率 and 達成状況 compare, so that both sides are the same debts: a rate is
 * 収入済額 ÷ 調定額 of the debts that give both (domain: (E+F)/(A+B) over one set of debts), a verdict
 * compares 実績 and 目標 of the debts that give both.
 */
function markBases(rows: DetailRow[], deptOf: (o: Obs, fi: number) => string | null): void {
  const items = new Map<string, Set<Item>>();
  const rateKey = (r: DetailRow) => `${debtOf(r, deptOf)}\u0000${r.classification}\u0000${r.fiscalYear}\u0000${r.kind}`;
  const amounts = rows.filter((r) => r.included && (r.item === '調定額' || r.item === '収入済額'));
  for (const r of amounts) items.set(rateKey(r), (items.get(rateKey(r)) ?? new Set()).add(r.item!));
  for (const r of amounts) r.rateBasis = items.get(rateKey(r))!.size === 2;
  const kinds = new Map<string, Set<Kind>>();
  const compared = rows.filter((r) => r.rateBasis || (r.included && r.item === '収入未済額'));
  const targetKey = (r: DetailRow) => `${debtOf(r, deptOf)}\u0000${r.classification}\u0000${r.fiscalYear}\u0000${r.rateBasis ? '収納率' : r.item}`;
  for (const r of compared) kinds.set(targetKey(r), (kinds.get(targetKey(r)) ?? new Set()).add(r.kind!));
  for (const r of compared) {
    const k = kinds.get(targetKey(r))!;
    r.targetBasis = r.kind !== 'forecast' && k.has('actual') && k.has('target');
  }
  // A debt by its 区分, in both reductions.
  const debtKey = (r: DetailRow) => `${debtOf(r, deptOf)}\u0000${r.division}`;
  // 基準年度比削減額 compares the same debts from year to year (a debt first submitted in a later year would count as an
  // increase, one dropped as a decrease): those given in every year from a base year to the group's latest, the base year
  // chosen for the most such debts (the earliest of as many).
  const unpaid = rows.filter((r) => r.included && r.item === '収入未済額' && r.kind === 'actual');
  const groupings = [
    ['classReductionBasis', (r: DetailRow) => `${r.classification}`],
    ['departmentReductionBasis', (r: DetailRow) => r.departmentGroup],
  ] as const;
  for (const [flag, groupOf] of groupings) {
    const debtYears = new Map<string, Map<string, Set<number>>>();
    for (const r of unpaid) {
      const g = groupOf(r);
      if (g === null) continue;
      const debts = debtYears.get(g) ?? new Map<string, Set<number>>();
      debts.set(debtKey(r), (debts.get(debtKey(r)) ?? new Set()).add(r.fiscalYear!));
      debtYears.set(g, debts);
    }
    const compared = new Map<string, { debts: Set<string>; from: number }>();
    for (const [g, debts] of debtYears) {
      const years = [...new Set([...debts.values()].flatMap((ys) => [...ys]))].sort((a, b) => a - b);
      const last = years[years.length - 1];
      let best: { debts: Set<string>; from: number } | null = null;
      for (const from of years.slice(0, -1)) {
        const span = years.filter((y) => y >= from);
        const given = new Set([...debts].filter(([, ys]) => span.every((y) => ys.has(y))).map(([d]) => d));
        if (given.size && (!best || given.size > best.debts.size)) best = { debts: given, from };
      }
      if (best && last > best.from) compared.set(g, best);
    }
    for (const r of unpaid) {
      const g = groupOf(r);
      const c = g === null ? undefined : compared.get(g);
      r[flag] = !!c && c.debts.has(debtKey(r)) && r.fiscalYear! >= c.from;
    }
  }
  // A target year's 基準年度比削減額: from the group's latest year of results, of the debts given in it and in every target
  // year after it (the same debts each target year, as the plan's 縮減 compares them).
  const planned = rows.filter((r) => r.included && r.item === '収入未済額' && (r.kind === 'actual' || r.kind === 'target'));
  const planGroupings = [
    ['classPlanBasis', (r: DetailRow) => `${r.classification}`],
    ['departmentPlanBasis', (r: DetailRow) => r.departmentGroup],
  ] as const;
  for (const [flag, groupOf] of planGroupings) {
    const byGroup = new Map<string, DetailRow[]>();
    for (const r of planned) {
      const g = groupOf(r);
      if (g !== null) (byGroup.get(g) ?? byGroup.set(g, []).get(g)!).push(r);
    }
    for (const group of byGroup.values()) {
      const base = Math.max(...group.filter((r) => r.kind === 'actual').map((r) => r.fiscalYear!));
      const targets = group.filter((r) => r.kind === 'target' && r.fiscalYear! > base);
      if (!Number.isFinite(base) || !targets.length) continue;
      const years = new Set(targets.map((r) => r.fiscalYear!));
      const targetYears = new Map<string, Set<number>>();
      for (const r of targets) (targetYears.get(debtKey(r)) ?? targetYears.set(debtKey(r), new Set()).get(debtKey(r))!).add(r.fiscalYear!);
      const given = new Set(group.filter((r) => r.kind === 'actual' && r.fiscalYear === base && targetYears.get(debtKey(r))?.size === years.size).map(debtKey));
      for (const r of group) r[flag] = given.has(debtKey(r)) && (r.kind === 'actual' ? r.fiscalYear === base : r.fiscalYear! > base);
    }
  }
}

/**
 * Each class and department whose 基準年度比削減額 leaves out debts or years (a debt not given in its latest year, years in
 * which not all of its latest year's debts are given): said once, with the years compared and the debts left out.
 */
function reductionPartial(rows: DetailRow[]): ConsolidatedIssue[] {
  const groups = new Map<string, { years: Set<number>; counted: Set<number>; debts: Map<string, boolean> }>();
  for (const r of rows) {
    if (!r.included || r.item !== '収入未済額' || r.kind !== 'actual') continue;
    const named = `${r.debt ?? ''}${r.department ? `（${r.department}）` : ''}`;
    for (const [g, counted] of [[r.classification ?? '未分類', r.classReductionBasis], [r.departmentGroup, r.departmentReductionBasis]] as const) {
      if (g === null) continue;
      const x = groups.get(g) ?? { years: new Set<number>(), counted: new Set<number>(), debts: new Map<string, boolean>() };
      x.years.add(r.fiscalYear!);
      if (counted) x.counted.add(r.fiscalYear!);
      x.debts.set(named, (x.debts.get(named) ?? false) || counted);
      groups.set(g, x);
    }
  }
  const out: ConsolidatedIssue[] = [];
  for (const [group, x] of groups) {
    const left = [...x.debts].filter(([, counted]) => !counted).map(([d]) => d);
    // One year has no reduction to leave anything out of.
    if (x.years.size < 2 || (!left.length && x.counted.size === x.years.size)) continue;
    const counted = [...x.counted].sort();
    const message = CONSOLIDATE_MESSAGES['reduction-partial']({ group, years: counted.join('・'), base: counted.length > 1 ? counted[0] : null, debts: left.join('、') }).ja;
    out.push({ file: '', code: 'reduction-partial', severity: 'info', sheet: '', cell: '', message });
  }
  return out;
}

/**
 * Debts the published 収納率 or 達成状況 of their class leave out, while other debts of the class give
 * what they need: said at the debt's first such cell, once per file, debt and kind (収納率) or item
 * (達成状況), with the years. A class where no debt gives it is rate-not-weighted, or has no verdict.
 */
function leftOutOfRates(rows: DetailRow[], files: FileResult[], cross: Cross, deptOf: (o: Obs, fi: number) => string | null, superseded: (o: Obs, fi: number) => boolean): string[] {
  const rated = new Set(rows.filter((r) => r.rateBasis).map((r) => `${r.classification}\u0000${r.fiscalYear}\u0000${r.kind}`));
  const ratedDepartment = new Set(rows.filter((r) => r.rateBasis).map((r) => `${r.departmentGroup}\u0000${r.fiscalYear}\u0000${r.kind}`));
  // The rates of fewer debts than give one, by class and by department (ratesOfFewerKey).
  const fewer = new Set<string>();
  // The debts whose amounts are in the rate: their printed rate (収納率 beside 調定額 and 収入済額) is no debt left out.
  const ratedDebt = (r: DetailRow) => `${debtOf(r, deptOf)}\u0000${r.classification}\u0000${r.fiscalYear}\u0000${r.kind}`;
  const ratedDebts = new Set(rows.filter((r) => r.rateBasis).map(ratedDebt));
  const judged = new Set(rows.filter((r) => r.targetBasis).map((r) => `${r.classification}\u0000${r.fiscalYear}\u0000${r.rateBasis ? '収納率' : r.item}`));
  const said = new Map<string, { fi: number; at: DetailRow; code: 'rate-partial' | 'target-partial'; years: Set<number> }>();
  const say = (r: DetailRow, code: 'rate-partial' | 'target-partial', what: string) => {
    const k = `${r.fileIndex}\u0000${r.department}\u0000${r.debt}\u0000${code}\u0000${what}`;
    const s = said.get(k) ?? { fi: r.fileIndex, at: r, code, years: new Set<number>() };
    s.years.add(r.fiscalYear!);
    said.set(k, s);
  };
  for (const r of rows) {
    // (Nor of a file a newer one replaced: its figures are none of the totals'.)
    if (r.fiscalYear === null || r.kind === null || r.debt === null || superseded(r, r.fileIndex)) continue;
    const rateGiven = (r.included && (r.item === '調定額' || r.item === '収入済額')) || (r.item === '収納率' && !r.derived && !ratedDebts.has(ratedDebt(r)));
    if (rateGiven && !r.rateBasis) {
      if (rated.has(`${r.classification}\u0000${r.fiscalYear}\u0000${r.kind}`)) {
        say(r, 'rate-partial', r.kind);
        fewer.add(ratesOfFewerKey('class', r.classification ?? '未分類', r.fiscalYear, r.kind));
      }
      if (r.departmentGroup !== null && ratedDepartment.has(`${r.departmentGroup}\u0000${r.fiscalYear}\u0000${r.kind}`)) fewer.add(ratesOfFewerKey('department', r.departmentGroup, r.fiscalYear, r.kind));
    }
    const compared = r.kind !== 'forecast' && (r.rateBasis || (r.included && r.item === '収入未済額'));
    const what = r.rateBasis ? '収納率' : r.item!;
    if (compared && !r.targetBasis && judged.has(`${r.classification}\u0000${r.fiscalYear}\u0000${what}`)) say(r, 'target-partial', what);
  }
  for (const { fi, at, code, years } of said.values()) {
    const p = { department: at.department ?? '', debt: at.debt!, classification: at.classification ?? '未分類', kind: at.kind!, item: at.rateBasis ? '収納率' : at.item!, years: [...years].sort().join('・') };
    cross.add(fi, files, code, code === 'rate-partial' ? 'warning' : 'info', at, CONSOLIDATE_MESSAGES[code](p).ja);
  }
  return [...fewer];
}

/** What a row lacks to be counted in the totals (empty: counted, or left out by a rule that is said or intended). */
function notCountedReasons(r: DetailRow, unknownDivision: Set<DetailRow>): NotCountedReason[] {
  if (unknownDivision.has(r)) return ['division'];
  if (r.included || r.derived) return [];
  // 収納率 and 件数 are not amounts: rates are weighted from amounts (rate-not-weighted says when they cannot be).
  if (r.unit === '%' || r.unit === '件' || r.item === '収納率') return [];
  const reasons: NotCountedReason[] = [];
  if (r.item === null) reasons.push('item');
  if (!isAmountUnit(r.unit)) reasons.push('unit');
  if (r.fiscalYear === null) reasons.push('year');
  if (r.kind === null) reasons.push('kind');
  return reasons;
}

/**
 * Every figure the totals cannot count is said: once per file, sheet and set of reasons, at its first
 * cell, with its cells and all it lacks, as an error (the city's totals lack it until the department fixes it).
 * A lost duplicate, a derived value and a division counted through its 全体 are said elsewhere or
 * are the rule, and are not repeated.
 */
function notCounted(rows: DetailRow[], files: FileResult[], cross: Cross, unknownDivision: Set<DetailRow>): Map<number, string> {
  const groups = new Map<string, { fi: number; at: DetailRow; reasons: NotCountedReason[]; cells: string[] }>();
  for (const r of rows) {
    const reasons = notCountedReasons(r, unknownDivision);
    if (!reasons.length) continue;
    const k = `${r.fileIndex}\u0000${r.sheet}\u0000${reasons.join()}`;
    const g = groups.get(k);
    if (g) g.cells.push(r.cell);
    else groups.set(k, { fi: r.fileIndex, at: r, reasons, cells: [r.cell] });
  }
  for (const g of groups.values()) {
    cross.add(g.fi, files, 'not-counted', 'error', g.at, CONSOLIDATE_MESSAGES['not-counted']({ sheet: g.at.sheet, cells: cellList(g.cells), count: g.cells.length, reasons: g.reasons }).ja);
  }
  // 提出状況's 理由: the file's figures out of the totals, in a line, so the status row says it too.
  const perFile = new Map<number, { count: number; where: string[] }>();
  for (const g of groups.values()) {
    const f = perFile.get(g.fi) ?? { count: 0, where: [] };
    f.count += g.cells.length;
    f.where.push(`${g.at.sheet}!${g.cells[0]}${g.cells.length > 1 ? ` ほか${g.cells.length - 1}セル` : ''}`);
    perFile.set(g.fi, f);
  }
  // Counted by class, but no department to count them under: 部署別 lacks them, and that is said.
  warnBySheet(rows, files, cross, 'no-department', (r) => r.departmentGroup === null);
  // Counted as 金額, of no item: no total of 収入未済額 (部署別 neither) has them, and that is said.
  warnBySheet(rows, files, cross, 'amount-unnamed', (r) => r.unnamedAmount === true);
  return new Map([...perFile].map(([fi, f]) => [fi, CONSOLIDATE_MESSAGES['not-counted-status']({ count: f.count, where: f.where.join('、') }).ja]));
}

/** A warning a file and sheet, at the first of its counted figures `said` holds, naming them all. */
function warnBySheet(rows: DetailRow[], files: FileResult[], cross: Cross, code: 'no-department' | 'amount-unnamed', said: (r: DetailRow) => boolean): void {
  const groups = new Map<string, { fi: number; at: DetailRow; cells: string[] }>();
  for (const r of rows) {
    if (!r.included || !said(r)) continue;
    const k = `${r.fileIndex}\u0000${r.sheet}`;
    const g = groups.get(k);
    if (g) g.cells.push(r.cell);
    else groups.set(k, { fi: r.fileIndex, at: r, cells: [r.cell] });
  }
  for (const g of groups.values()) cross.add(g.fi, files, code, 'warning', g.at, CONSOLIDATE_MESSAGES[code]({ sheet: g.at.sheet, cells: cellList(g.cells), count: g.cells.length }).ja);
}

const classRank = (c: DebtClass | null) => (c === null ? DEBT_CLASSES.length : DEBT_CLASSES.indexOf(c));
const itemRank = (i: Item) => ITEMS.indexOf(i);

/**
 * Sums by class × item × year × kind; 収納率 weighted as 収入済額 ÷ 調定額 of the debts that give
 * both (rateBasis).
 */
type Period = { year: number; kind: Kind };

function totalsOf(rows: DetailRow[], city: AmountUnit): { totals: Total[]; unweighted: Map<DebtClass | null, Period[]> } {
  const sums = new Map<string, Total>();
  const basis = new Map<string, number>();
  for (const r of rows) {
    if (!r.included) continue;
    const k = `${r.classification}\u0000${r.item}\u0000${r.fiscalYear}\u0000${r.kind}`;
    const t = sums.get(k);
    if (t) t.value += r.cityValue;
    else sums.set(k, { classification: r.classification, item: r.item!, fiscalYear: r.fiscalYear!, kind: r.kind!, unit: city, value: r.cityValue });
    if (r.rateBasis) basis.set(k, (basis.get(k) ?? 0) + r.cityValue);
  }
  const totals = [...sums.values()];
  for (const t of [...totals]) {
    const charged = basis.get(`${t.classification}\u0000調定額\u0000${t.fiscalYear}\u0000${t.kind}`);
    const paid = basis.get(`${t.classification}\u0000収入済額\u0000${t.fiscalYear}\u0000${t.kind}`);
    if (t.item === '調定額' && charged && paid !== undefined) totals.push({ classification: t.classification, item: '収納率', fiscalYear: t.fiscalYear, kind: t.kind, unit: '%', value: (paid / charged) * 100 });
  }
  const weighted = new Set(totals.filter((t) => t.item === '収納率').map((t) => `${t.classification}\u0000${t.fiscalYear}\u0000${t.kind}`));
  // Each class's years and kinds of rates given alone, in order (2023年度実績, 2024年度目標).
  const unweighted = new Map<DebtClass | null, Period[]>();
  for (const r of rows) {
    if (r.item !== '収納率' || r.derived || r.fiscalYear === null || r.kind === null) continue;
    if (weighted.has(`${r.classification}\u0000${r.fiscalYear}\u0000${r.kind}`)) continue;
    const periods = unweighted.get(r.classification) ?? unweighted.set(r.classification, []).get(r.classification)!;
    if (!periods.some((p) => p.year === r.fiscalYear && p.kind === r.kind)) periods.push({ year: r.fiscalYear, kind: r.kind });
  }
  for (const periods of unweighted.values()) periods.sort((a, b) => a.year - b.year || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  totals.sort(
    (a, b) =>
      classRank(a.classification) - classRank(b.classification) ||
      itemRank(a.item) - itemRank(b.item) ||
      a.fiscalYear - b.fiscalYear ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
  return { totals, unweighted };
}

/**
 * By department × year × kind, from the same counted rows as the totals: 収入未済額, and 収納率
 * weighted as 収入済額 ÷ 調定額 of the department's debts that give both (a department's printed
 * rates of several debts cannot be averaged without their amounts).
 */
function departmentTotalsOf(rows: DetailRow[], city: AmountUnit): DepartmentTotal[] {
  const sums = new Map<string, number>();
  const key = (d: string, item: string, year: number, kind: Kind) => `${d}\u0000${item}\u0000${year}\u0000${kind}`;
  const seen = new Map<string, { department: string; fiscalYear: number; kind: Kind }>();
  for (const r of rows) {
    if (!r.departmentGroup || !(r.rateBasis || (r.included && r.item === '収入未済額'))) continue;
    const k = key(r.departmentGroup, r.item!, r.fiscalYear!, r.kind!);
    sums.set(k, (sums.get(k) ?? 0) + r.cityValue);
    seen.set(`${r.departmentGroup}\u0000${r.fiscalYear}\u0000${r.kind}`, { department: r.departmentGroup, fiscalYear: r.fiscalYear!, kind: r.kind! });
  }
  const out: DepartmentTotal[] = [];
  for (const { department, fiscalYear, kind } of seen.values()) {
    const uncollected = sums.get(key(department, '収入未済額', fiscalYear, kind));
    if (uncollected !== undefined) out.push({ department, item: '収入未済額', fiscalYear, kind, unit: city, value: uncollected });
    const charged = sums.get(key(department, '調定額', fiscalYear, kind));
    const paid = sums.get(key(department, '収入済額', fiscalYear, kind));
    if (charged !== undefined && paid !== undefined && charged !== 0) out.push({ department, item: '収納率', fiscalYear, kind, unit: '%', value: (paid / charged) * 100 });
  }
  return out.sort(
    (a, b) => a.department.localeCompare(b.department, 'ja') || itemRank(a.item) - itemRank(b.item) || a.fiscalYear - b.fiscalYear || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
}

/**
 * What the previous round had that this one has not (--previous): a department none of whose figures came in (its file
 * gone: said across the round, naming the file it was in), a debt its department no longer gives (said at the department's
 * first cell). Either may be meant — a debt settled, a department merged — or a file left out of the folder.
 */
function droppedSincePrevious(files: FileResult[], previous: FileResult[], deptOf: (o: Obs, fi: number) => string | null, cross: Cross): ConsolidatedIssue[] {
  const now = new Map<string, { fi: number; at: Obs; debts: Set<string> }>();
  files.forEach((f, fi) => {
    for (const o of f.observations) {
      const dept = deptOf(o, fi);
      if (dept === null) continue;
      const k = departmentKey(dept);
      const d = now.get(k) ?? now.set(k, { fi, at: o, debts: new Set() }).get(k)!;
      if (o.debt) d.debts.add(debtIdentity(o));
    }
  });
  const then = new Map<string, { name: string; file: string; debts: Map<string, string> }>();
  for (const f of previous) {
    for (const o of [...f.observations, ...(f.previousRound ?? [])]) {
      const dept = o.department ?? o.countedUnder ?? fileDepartment(f.file);
      if (dept === null) continue;
      const k = departmentKey(dept);
      const d = then.get(k) ?? then.set(k, { name: dept, file: f.file, debts: new Map() }).get(k)!;
      if (o.debt && !d.debts.has(debtIdentity(o))) d.debts.set(debtIdentity(o), o.debt);
    }
  }
  const global: ConsolidatedIssue[] = [];
  for (const [k, was] of then) {
    const is = now.get(k);
    if (!is) {
      const message = CONSOLIDATE_MESSAGES['dropped-department']({ department: was.name, file: was.file, debts: [...was.debts.values()] }).ja;
      global.push({ file: '', code: 'dropped-department', severity: 'warning', sheet: '', cell: '', message });
      continue;
    }
    const gone = [...was.debts].filter(([id]) => !is.debts.has(id)).map(([, name]) => name);
    if (gone.length) cross.add(is.fi, files, 'dropped-debt', 'warning', is.at, CONSOLIDATE_MESSAGES['dropped-debt']({ department: was.name, debts: gone }).ja);
  }
  return global;
}

/**
 * An actual or a target that changed since the previous round (compared in the city's unit): the previous round's
 * submissions, or its 取りまとめ (the figures its 明細 counted). revised-actual, a warning; revised-target, information.
 */
function revisedFigures(files: FileResult[], previous: FileResult[], city: AmountUnit, cross: Cross, superseded: (o: Obs, fi: number) => boolean): void {
  const key = (o: Obs) => `${departmentKey(o.department ?? '')}\u0000${debtIdentity(o)}\u0000${o.division}\u0000${o.item}\u0000${o.fiscalYear}\u0000${o.kind}`;
  const revised = (o: Obs): o is Obs & { debt: string; fiscalYear: number } => (o.kind === 'actual' || o.kind === 'target') && !o.derived && !!o.debt && o.fiscalYear !== null;
  const before = new Map<string, number>();
  for (const f of previous) for (const o of [...f.observations, ...(f.previousRound ?? [])]) if (revised(o)) before.set(key(o), toCityUnit(o.value, o.unit, city));
  files.forEach((f, fi) => {
    // Amounts a thousand times (or a thousandth of) the previous round's, by sheet: its unit (千円 over figures typed in 円) is
    // likely wrong, and said once for the sheet, at its first such figure.
    const thousandfold = new Map<string, { at: Obs & { debt: string; fiscalYear: number }; was: number; now: number; count: number }>();
    for (const o of f.observations) {
      if (!revised(o) || superseded(o, fi)) continue;
      const was = before.get(key(o));
      const now = toCityUnit(o.value, o.unit, city);
      if (was === undefined || Math.abs(was - now) <= 1e-9 * Math.max(1, Math.abs(now))) continue;
      if (isAmountUnit(o.unit) && was !== 0 && now !== 0) {
        const ratio = now / was;
        if (Math.abs(ratio / 1000 - 1) <= 0.01 || Math.abs(ratio * 1000 - 1) <= 0.01) {
          const had = thousandfold.get(o.sheet);
          if (had) had.count++;
          else thousandfold.set(o.sheet, { at: o, was, now, count: 1 });
        }
      }
      // A result revised is a warning (a settled figure changed); a target, information (a plan's targets are revised).
      const [code, severity] = o.kind === 'actual' ? (['revised-actual', 'warning'] as const) : (['revised-target', 'info'] as const);
      cross.add(fi, files, code, severity, o, CONSOLIDATE_MESSAGES[code]({ department: o.department ?? '', debt: o.debt, item: o.item ?? '', year: o.fiscalYear, before: was, after: now, unit: isAmountUnit(o.unit) ? city : (o.unit ?? '') }).ja);
    }
    for (const [sheet, { at, was, now, count }] of thousandfold) {
      const message = CONSOLIDATE_MESSAGES['unit-thousandfold']({ sheet, count, debt: at.debt, year: at.fiscalYear, item: at.item ?? '', before: was, after: now, unit: city, more: now > was });
      cross.add(fi, files, 'unit-mismatch', 'warning', at, message.ja);
    }
  });
}
