/**
 * The CLI's run writes in two steps (the recalculation's changes, then the summary's, applied in
 * turn by one WorkbookWriter); the pane and the tests write runSheets' merged ChangeSet once. On
 * damaged layouts of the unseen-layouts corpus, written as packages, both give the same parts but
 * for the order of the workbook's defined names (test/core/recalc-sheets.test.ts shows why).
 */
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { layoutWorkbook, fuzzSeed } from './arbitraries';
import { runSheets, runSteps } from '../../src/core/engine';
import { emptyChangeSet, type CellWrite, type ChangeSet } from '../../src/core/changes';
import { a1, type Workbook } from '../../src/core/workbook';
import { newWorkbook } from '../../src/hosts/file/new-workbook';
import { openWorkbook } from '../../src/hosts/file/read';
import { WorkbookWriter, writeWorkbook } from '../../src/hosts/file/write';

const NOW = '2026-01-01 00:00';

/** The snapshot's sheets and cells (values, formulas, number formats) as a package. */
function packageOf(wb: Workbook): Uint8Array {
  const changes: ChangeSet = { ...emptyChangeSet(), sheets: wb.sheets.map((s) => ({ name: s.name, mode: 'create' as const, state: 'visible' as const })) };
  for (const s of wb.sheets) {
    s.rows.forEach((row, r) =>
      row?.forEach((c, k) => {
        if (!c) return;
        const value = typeof c.value === 'string' || typeof c.value === 'number' || typeof c.value === 'boolean' ? c.value : undefined;
        if (value === undefined && c.formula === undefined) return;
        const w: CellWrite = { sheet: s.name, cell: a1(r, k), ...(value !== undefined ? { value } : {}), ...(c.formula !== undefined ? { formula: `=${c.formula}` } : {}), ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}) };
        changes.cells.push(w);
      }),
    );
  }
  return newWorkbook(changes);
}

function parts(bytes: Uint8Array): Record<string, string> {
  const out = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
  out['xl/workbook.xml'] = out['xl/workbook.xml'].replace(/(<definedNames>)(.*?)(<\/definedNames>)/, (_, a: string, names: string, b: string) => a + (names.match(/<definedName\b.*?<\/definedName>/g) ?? []).sort().join('') + b);
  return out;
}

describe(`run written in two steps (seed ${fuzzSeed()})`, () => {
  it('gives every part the merged ChangeSet gives, on damaged corpus layouts', async () => {
    let withTables = 0;
    await fc.assert(
      fc.asyncProperty(layoutWorkbook, async (wb) => {
        const data = packageOf(wb);
        const merged = runSheets(await openWorkbook(data, 'fuzz.xlsx'), 'fuzz.xlsx', NOW);
        const whole = writeWorkbook(data, merged.changes, merged.workbook, 'fuzz.xlsx');
        const steps = runSteps(await openWorkbook(data, 'fuzz.xlsx'), 'fuzz.xlsx', NOW);
        const writer = new WorkbookWriter(data, steps.workbook, 'fuzz.xlsx').apply(steps.takeChanges());
        const inSteps = writer.apply(steps.summarize().changes).finish();
        if (steps.report.tables.length) withTables++;
        expect(parts(inSteps.data)).toEqual(parts(whole.data));
        expect({ ...inSteps, data: null }).toEqual({ ...whole, data: null });
      }),
      { numRuns: 40, seed: fuzzSeed() },
    );
    // The corpus layouts are plans: most runs have tables to recalculate and summarize.
    expect(withTables).toBeGreaterThan(20);
  }, 120_000);
});
