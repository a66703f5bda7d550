/**
 * zod is loaded only where something stored in a workbook is validated (settings, marks, catalog
 * overrides, column corrections): every command on a workbook that stores nothing runs without it
 * (the CLI's worker starts in 60 MB and 30 ms of CPU instead of 72 MB and 70 ms: docs/performance.md).
 * The defaults written out where zod made them are held to their schemas here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const sample = join(__dirname, '../../samples/tsuyama-plan2.xlsx');

/** Runs `work` with a fresh module registry, telling whether it loaded zod. */
async function loadsZod(work: () => Promise<void>): Promise<boolean> {
  let loaded = false;
  jest.resetModules();
  jest.doMock('zod', () => {
    loaded = true;
    return jest.requireActual('zod');
  });
  await work();
  jest.dontMock('zod');
  return loaded;
}

describe('zod loaded only for what a workbook stores', () => {
  it('inspect, recalc and summary of a workbook that stores nothing: zod never loaded', async () => {
    expect(
      await loadsZod(async () => {
        const { readWorkbook } = await import('../../src/hosts/file/read');
        const engine = await import('../../src/core/engine');
        const wb = await readWorkbook(new Uint8Array(readFileSync(sample)), 'tsuyama-plan2.xlsx');
        expect(engine.inspect(wb, 'x').tables.length).toBe(4);
        expect(engine.recalc(wb, 'x').changes.cells.length).toBeGreaterThan(0);
        expect(engine.summarize(wb, 'x').changes.cells.length).toBeGreaterThan(100);
      }),
    ).toBe(false);
  });

  it('a workbook that stores settings: loaded, and the settings apply', async () => {
    expect(
      await loadsZod(async () => {
        const { readWorkbookData, workbookDataCells, DATA_SHEET } = await import('../../src/core/workbook-data');
        const cells = workbookDataCells({ settings: { largeChangePoints: 5 } });
        const wb = { sheets: [{ name: DATA_SHEET, rows: cells.map((c) => [{ value: c }]), merges: [], hidden: true }] };
        const data = readWorkbookData(wb);
        expect(data.findings).toEqual([]);
        expect(data.settings.largeChangePoints).toBe(5);
      }),
    ).toBe(true);
  });
});

describe('defaults written out where the schema made them', () => {
  it('DEFAULT_SETTINGS is what SettingsSchema makes of nothing', async () => {
    const { DEFAULT_SETTINGS } = await import('../../src/core/settings');
    const { SettingsSchema } = await import('../../src/core/settings-schema');
    expect(DEFAULT_SETTINGS).toEqual(SettingsSchema.parse({}));
  });
});
