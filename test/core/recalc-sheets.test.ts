/**
 * recalc and run over sheets read one at a time (the CLI's path: recalcSheets and runSheets over the
 * reader's openWorkbook): each sheet read once, the same changes and report (its text, for recalc's
 * packed tables) as over the whole
 * snapshot, the plan sheets kept without their cells, and a workbook written from what is kept
 * that loses nothing: the cells of a shared formula whose first cell is rewritten keep computing
 * what they did.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { openWorkbook, readWorkbook } from '../../src/hosts/file/read';
import { WorkbookWriter, writeWorkbook } from '../../src/hosts/file/write';
import { emptyChangeSet, type CellWrite } from '../../src/core/changes';
import { recalc, recalcSheets, runAll, runSheets, runSteps } from '../../src/core/engine';
import { applyToSnapshot } from '../../src/core/apply-snapshot';
import { counted } from './counted-source';
import { streamedText } from '../fuzz/arbitraries';

const NOW = '2026-11-23 10:00';
const sample = (file: string) => new Uint8Array(readFileSync(join(__dirname, '../../samples', file)));

describe.each(['tsuyama-plan2.xlsx', 'hatsukaichi-plan3.xlsx', 'ledger-sample.xlsx'])('%s sheet by sheet', (file) => {
  it('recalc: each sheet read once, the changes and report of the whole snapshot, plan sheets kept without cells, the same file written', async () => {
    const data = sample(file);
    const wb = await readWorkbook(data, file);
    const whole = recalc(wb, file, NOW);
    const { source, reads } = counted(await openWorkbook(data, file));
    const { workbook, ...bySheet } = recalcSheets(source, file, NOW);
    expect(reads).toEqual(source.sheets.filter((s) => !s.hidden).map((s) => s.name));
    expect(bySheet.changes).toStrictEqual(whole.changes);
    // The report's text (its tables packed, written as it is made) is that of the whole snapshot's report.
    expect(streamedText(bySheet.report)).toBe(JSON.stringify(whole.report));
    const plans = new Set(bySheet.report.tables.map((t) => t.sheet));
    for (const s of workbook.sheets) if (plans.has(s.name)) expect(s.rows).toEqual([]);
    expect(workbook.sheets.map((s) => [s.name, s.merges])).toEqual(wb.sheets.map((s) => [s.name, s.merges]));
    // Written from what is kept (no cells), the workbook reads back as the engine meant it: every
    // cell of every sheet as the changes applied to the whole snapshot leave it.
    const written = await readWorkbook(writeWorkbook(data, bySheet.changes, workbook, file).data, file);
    const meant = applyToSnapshot(wb, whole.changes);
    expect(written.sheets.map((s) => s.name)).toEqual(meant.sheets.map((s) => s.name));
    for (const [i, s] of meant.sheets.entries()) expect(written.sheets[i].rows).toEqual(s.rows);
  });

  it('run: the changes and report of the whole snapshot', async () => {
    const data = sample(file);
    const whole = runAll(await readWorkbook(data, file), file, NOW);
    const { workbook: _kept, ...bySheet } = runSheets(await openWorkbook(data, file), file, NOW);
    expect(bySheet.changes).toStrictEqual(whole.changes);
    expect(streamedText(bySheet.report)).toBe(JSON.stringify(whole.report));
    expect(bySheet.sheetNames).toEqual(whole.sheetNames);
  });

  it('run in steps (the CLI): the recalculation written, then the summary, gives every part the merged changes give', async () => {
    // Once on the sample, once on its own output (a change log and generated sheets already there).
    let data: Uint8Array = sample(file);
    for (const pass of [1, 2]) {
      const merged = runSheets(await openWorkbook(data, file), file, NOW);
      const whole = writeWorkbook(data, merged.changes, merged.workbook, file);
      const steps = runSteps(await openWorkbook(data, file), file, NOW);
      const writer = new WorkbookWriter(data, steps.workbook, file).apply(steps.takeChanges());
      const summary = steps.summarize();
      expect(summary.sheetNames).toEqual(merged.sheetNames);
      const inSteps = writer.apply(summary.changes).finish();
      const expected = parts(whole.data);
      expect(Object.keys(expected).length).toBeGreaterThan(pass === 1 ? 8 : 10);
      expect(parts(inSteps.data)).toEqual(expected);
      expect({ ...inSteps, data: null }).toEqual({ ...whole, data: null });
      expect(inSteps.cellsWritten).toBe(merged.changes.cells.length);
      data = whole.data;
    }
  });
});

describe('run in steps on a package without a styles part', () => {
  it.each([
    ['the Tsuyama sample, its styles part taken out', () => withoutStyles(sample('tsuyama-plan2.xlsx'))],
    ['a plan written with no styles part', sharedFormulaPlan],
  ])('%s: the same styles, sheets and cells as the merged write', async (_, make) => {
    const data = make();
    const file = 'plan.xlsx';
    const merged = runSheets(await openWorkbook(data, file), file, NOW);
    const whole = writeWorkbook(data, merged.changes, merged.workbook, file);
    const steps = runSteps(await openWorkbook(data, file), file, NOW);
    const inSteps = new WorkbookWriter(data, steps.workbook, file).apply(steps.takeChanges()).apply(steps.summarize().changes).finish();
    const [a, b] = [parts(whole.data), parts(inSteps.data)];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    // The styles part is made in the first step: the workbook's relationships (their ids and order)
    // and the content types' order differ, and nothing else. The 集計's alignment-only cells are
    // styled either way (the change log's bold cells made the part).
    expect(a['xl/styles.xml']).toContain('<alignment horizontal="right"');
    const relational = ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml'];
    expect(Object.keys(a).filter((k) => a[k] !== b[k] && !relational.includes(k))).toEqual([]);
    const [ra, rb] = await Promise.all([readWorkbook(whole.data, file), readWorkbook(inSteps.data, file)]);
    expect(rb.sheets.map((x) => [x.name, x.rows])).toEqual(ra.sheets.map((x) => [x.name, x.rows]));
  });
});

describe('the steps’ contracts', () => {
  it('the recalculation’s changes are handed over once', async () => {
    const data = sample('tsuyama-plan2.xlsx');
    const steps = runSteps(await openWorkbook(data, 'x.xlsx'), 'x.xlsx', NOW);
    expect(steps.takeChanges().cells.length).toBeGreaterThan(0);
    expect(() => steps.takeChanges()).toThrow(/taken already/);
  });

  it('data validation and clearMarks only in the first ChangeSet applied (a later clearMarks would clear what an earlier one added)', async () => {
    const data = sample('tsuyama-plan2.xlsx');
    const wb = await readWorkbook(data, 'x.xlsx');
    const writer = new WorkbookWriter(data, wb, 'x.xlsx').apply(emptyChangeSet());
    expect(() => writer.apply({ ...emptyChangeSet(), clearMarks: true })).toThrow(/first ChangeSet/);
    expect(() => new WorkbookWriter(data, wb, 'x.xlsx').apply({ ...emptyChangeSet(), clearMarks: true }).apply(emptyChangeSet()).finish()).not.toThrow();
  });
});

describe('formats in a package without a styles part', () => {
  const A = (cell: string, w: Partial<CellWrite>): CellWrite => ({ sheet: '3-1', cell, ...w });

  it('alignment-only cells are styled, or not, for the whole ChangeSet, whatever their order', async () => {
    const data = withoutStyles(sample('tsuyama-plan2.xlsx'));
    const wb = await readWorkbook(data, 'x.xlsx');
    const cells = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['xl/worksheets/sheet3.xml']);
    const aligned = (cs: CellWrite[]) => cells(writeWorkbook(data, { ...emptyChangeSet(), cells: cs }, wb, 'x.xlsx').data);
    // A bold cell makes the styles part: the right-aligned cells before and after it are both styled.
    const mixed = aligned([A('Z1', { value: '右', align: 'right' }), A('Z2', { value: '太字', bold: true }), A('Z3', { value: '右', align: 'right' })]);
    const z1 = /<c r="Z1"( s="(\d+)")?/.exec(mixed)!;
    const z3 = /<c r="Z3"( s="(\d+)")?/.exec(mixed)!;
    expect(z1[2]).toBeDefined();
    expect(z1[2]).toBe(z3[2]);
    // Alignment alone makes no styles part: neither is styled.
    const alone = aligned([A('Z1', { value: '右', align: 'right' }), A('Z3', { value: '右', align: 'right' })]);
    expect(alone).toContain('<c r="Z1" t="inlineStr">');
    expect(alone).toContain('<c r="Z3" t="inlineStr">');
  });

  it('a new cell under a column whose style the package does not have is not given it', async () => {
    // Column Z says style 2, but the package has no styles part: the writer's new part will number
    // its own formats from 0, and a cell named 2 would take one of them.
    const files = unzipSync(withoutStyles(sample('tsuyama-plan2.xlsx')));
    const sheet = strFromU8(files['xl/worksheets/sheet3.xml']);
    files['xl/worksheets/sheet3.xml'] = strToU8(sheet.replace(/<cols>/, '<cols><col min="26" max="26" width="9" style="2"/>'));
    const data = zipSync(files);
    const wb = await readWorkbook(data, 'x.xlsx');
    const out = writeWorkbook(data, { ...emptyChangeSet(), cells: [A('A200', { value: 1, bold: true }), A('A201', { value: 2, numberFormat: '#,##0' }), A('Z202', { value: 3 })] }, wb, 'x.xlsx');
    const written = strFromU8(unzipSync(out.data)['xl/worksheets/sheet3.xml']);
    expect(written).toContain('<c r="Z202"><v>3</v></c>');
  });
});

/** A package with no styles part: the part, its relationship and content type gone, and every cell's and column's style. */
function withoutStyles(data: Uint8Array): Uint8Array {
  const out: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(unzipSync(data))) {
    if (k === 'xl/styles.xml') continue;
    let s = strFromU8(v);
    if (k === '[Content_Types].xml') s = s.replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, '');
    else if (k === 'xl/_rels/workbook.xml.rels') s = s.replace(/<Relationship [^>]*\/styles"[^>]*\/>/, '');
    else if (k.startsWith('xl/worksheets/sheet')) s = s.replace(/ s="\d+"/g, '').replace(/ style="\d+"/g, '');
    else {
      out[k] = v;
      continue;
    }
    out[k] = strToU8(s);
  }
  expect(Object.keys(out)).not.toContain('xl/styles.xml');
  return zipSync(out);
}

/**
 * A package's parts as text. The workbook's defined names are sorted: written in two steps, the
 * change log's print area is defined before the summary's marks rather than after them (their
 * order means nothing to Excel: ECMA-376 Part 1, §18.2.6 names them by name and sheet).
 */
function parts(bytes: Uint8Array): Record<string, string> {
  const out = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
  out['xl/workbook.xml'] = out['xl/workbook.xml'].replace(/(<definedNames>)(.*?)(<\/definedNames>)/, (_, a: string, names: string, b: string) => a + (names.match(/<definedName\b.*?<\/definedName>/g) ?? []).sort().join('') + b);
  return out;
}

/** A plan whose 増減 column is one shared formula (E4:E6), its first cell of the wrong sign. */
function sharedFormulaPlan(): Uint8Array {
  const t = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;
  const n = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;
  const sheet =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    `<row r="1">${t('A1', '収入未済額の実績と目標')}</row>` +
    `<row r="2">${t('A2', '所管課')}${t('B2', '債権名')}${t('C2', '令和4年度')}${t('D2', '令和5年度')}${t('E2', '増減')}</row>` +
    `<row r="3">${t('C3', '決算①')}${t('D3', '決算②')}${t('E3', '②-①')}</row>` +
    `<row r="4">${t('A4', '税務課')}${t('B4', '市民税')}${n('C4', 100)}${n('D4', 90)}<c r="E4"><f t="shared" ref="E4:E6" si="0">C4-D4</f><v>10</v></c></row>` +
    `<row r="5">${t('B5', '固定資産税')}${n('C5', 50)}${n('D5', 50)}<c r="E5"><f t="shared" si="0"/><v>0</v></c></row>` +
    `<row r="6">${t('B6', '軽自動車税')}${n('C6', 20)}${n('D6', 20)}<c r="E6"><f t="shared" si="0"/><v>0</v></c></row>` +
    '</sheetData></worksheet>';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="計画" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}

describe('a shared formula whose first cell recalc rewrites, written from the sheets kept', () => {
  it('the group’s other cells keep their own formulas (as read) and results', async () => {
    const data = sharedFormulaPlan();
    const { workbook, changes, report } = recalcSheets(await openWorkbook(data, 'plan.xlsx'), 'plan.xlsx', NOW);
    // Only E4 is wrong (10 where ②-① is -10); E5 and E6 compute 0 either way and stay.
    expect(changes.cells.filter((c) => c.sheet === '計画').map((c) => [c.cell, c.formula, c.value])).toEqual([['E4', 'IF(OR(D4="",C4=""),"",D4-C4)', -10]]);
    expect(report.changes.map((c) => [c.cell, c.before])).toEqual([['E4', '=C4-D4']]);
    const after = await readWorkbook(writeWorkbook(data, changes, workbook, 'plan.xlsx').data, 'plan.xlsx');
    const e = after.sheets[0].rows.slice(3, 6).map((r) => r[4]);
    expect(e[0]).toMatchObject({ formula: 'IF(OR(D4="",C4=""),"",D4-C4)', value: -10 });
    expect(e[1]).toEqual({ formula: 'C5-D5', value: 0 });
    expect(e[2]).toEqual({ formula: 'C6-D6', value: 0 });
  });
});
