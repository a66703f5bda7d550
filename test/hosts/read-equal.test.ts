/**
 * The direct reader against the snapshot ExcelJS gave before it (test/hosts/read-exceljs.ts), snapshot
 * for snapshot: every sample, every fixture workbook, the unseen-layouts corpus written to .xlsx, and
 * all of these re-saved by LibreOffice. The one difference allowed is named and counted here: ExcelJS
 * drops the backslash escapes of a number format (`0.0\%` became `0.0%`, which scales by 100), the
 * direct reader keeps the code as the file has it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbook, ReadError } from '../../src/hosts/file/read';
import { layouts } from '../fixtures/layouts';
import { workbookWithExtras } from '../fixtures/preserve';
import { requireLibreOffice, SOFFICE } from '../integration/libreoffice';
import { asExcelJS, readBefore, readWithExcelJS, snapshotToXlsx } from './read-exceljs';

const root = join(__dirname, '../..');
const samples = readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.xlsx'));
const bad = readdirSync(join(root, 'test/fixtures/bad')).filter((f) => f.endsWith('.xlsx') && f !== 'zip-bomb.xlsx');

/**
 * Files of the bad-input corpus ExcelJS read, losing or misplacing a figure, that the direct reader
 * refuses (docs/reader.md): a cell or row given twice, a part twice, a number or a date that is not
 * one, a sheet whose part or relationship is missing.
 */
const REFUSED_NOW = new Set([
  'duplicate-cell.xlsx',
  'duplicate-row.xlsx',
  'duplicate-parts-case.xlsx',
  'number-not-a-number.xlsx',
  'sheet-part-missing.xlsx',
  'date-not-a-date.xlsx',
  'sheet-relationship-missing.xlsx',
]);

async function expectSame(data: Uint8Array, name: string): Promise<number> {
  const reference = await readWithExcelJS(data);
  const mine = await readWorkbook(data, name);
  const { book, escapes } = asExcelJS(mine);
  expect(book).toStrictEqual(reference);
  return escapes;
}

describe('the direct reader gives the snapshot ExcelJS gave', () => {
  it.each(samples)('samples/%s', async (f) => {
    expect(await expectSame(new Uint8Array(readFileSync(join(root, 'samples', f))), f)).toBe(0);
  });

  it.each(bad)('test/fixtures/bad/%s (or refuses it for the same reason)', async (f) => {
    const data = new Uint8Array(readFileSync(join(root, 'test/fixtures/bad', f)));
    if (REFUSED_NOW.has(f)) {
      // ExcelJS read it, wrongly: read-shapes.test.ts checks what it gave.
      await expect(readBefore(data, f)).resolves.toBeDefined();
      await expect(readWorkbook(data, f)).rejects.toMatchObject({ reason: 'unreadable', file: f });
      return;
    }
    const before = await readBefore(data, f).catch((e: ReadError) => e);
    if (before instanceof ReadError) {
      await expect(readWorkbook(data, f)).rejects.toMatchObject({ reason: before.reason, file: f });
      return;
    }
    await expectSame(data, f);
  });

  it('the preservation fixture (chart, picture, comment, validation, conditional format, name)', async () => {
    expect(await expectSame(await workbookWithExtras(), 'extras.xlsx')).toBe(0);
  });

  it.each(layouts.map((l) => [l.name, l] as const))('unseen layout %s written by ExcelJS', async (name, layout) => {
    expect(await expectSame(await snapshotToXlsx(layout.workbook), `${name}.xlsx`)).toBe(0);
  });
});

/** Every file re-saved by LibreOffice in one run (one start of LibreOffice for all of them). */
function resaveAll(files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-read-lo-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(profile);
    const inputs = Object.entries(files).map(([name, data]) => {
      const path = join(dir, name);
      writeFileSync(path, data);
      return path;
    });
    const out = join(dir, 'out');
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, ...inputs], {
      timeout: 600_000,
      stdio: 'pipe',
    });
    return Object.fromEntries(Object.keys(files).map((name) => [name, new Uint8Array(readFileSync(join(out, name)))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const hasLibreOffice = requireLibreOffice();

(hasLibreOffice ? describe : describe.skip)('the same, on files re-saved by LibreOffice', () => {
  let resaved: Record<string, Uint8Array> = {};

  beforeAll(async () => {
    const files: Record<string, Uint8Array> = {};
    for (const f of samples) files[f] = new Uint8Array(readFileSync(join(root, 'samples', f)));
    for (const f of ['formula-like-text.xlsx', 'formula-loop.xlsx', 'sheet-names-quotes.xlsx']) files[f] = new Uint8Array(readFileSync(join(root, 'test/fixtures/bad', f)));
    files['extras.xlsx'] = await workbookWithExtras();
    for (const l of layouts) files[`${l.name}.xlsx`] = await snapshotToXlsx(l.workbook);
    resaved = resaveAll(files);
  }, 600_000);

  const names = [...samples, 'formula-like-text.xlsx', 'formula-loop.xlsx', 'sheet-names-quotes.xlsx', 'extras.xlsx', ...layouts.map((l) => `${l.name}.xlsx`)];
  it.each(names)('%s', async (f) => {
    await expectSame(resaved[f], f);
  });
});
