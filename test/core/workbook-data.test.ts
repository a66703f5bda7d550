/**
 * Settings and catalog overrides stored in the workbook: read by the file host, validated as
 * untrusted input, and applied so that every colleague gets the same result.
 */
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/hosts/file/read';
import { inspect } from '../../src/core/engine';
import { DATA_SHEET, workbookDataCells } from '../../src/core/workbook-data';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';

async function book(data: string[] | null): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('計画');
  const rows = [
    ['(1) 強制徴収公債権'],
    [null, null, null, '(単位：%)'],
    ['所管課', '債権名', '令和5年度 実績', '令和6年度 実績'],
    ['住宅課', '市営住宅使用料', 81.5, 81.9],
    ['地域振興課', '森林環境整備負担金', 60.0, 62.0],
  ];
  rows.forEach((r, i) => ws.getRow(i + 1).values = r as ExcelJS.CellValue[]);
  if (data) {
    const hidden = wb.addWorksheet(DATA_SHEET, { state: 'veryHidden' });
    data.forEach((text, i) => (hidden.getCell(i + 1, 1).value = text));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const findingsOf = async (data: string[] | null) => inspect(await readWorkbook(await book(data)), 'x.xlsx').issues.map((i) => `${i.sheet}!${i.cell} ${i.code}`);

describe('workbook data (hidden sheet _saiken)', () => {
  it('without stored data the catalog defaults apply', async () => {
    expect(await findingsOf(null)).toEqual(['計画!B4 classification-conflict', '計画!B5 unknown-debt']);
  });

  it('catalog overrides add a local debt and reclassify another for this workbook', async () => {
    const cells = workbookDataCells({
      catalog: {
        version: 1,
        entries: [
          { name: '森林環境整備負担金', class: '強制徴収公債権', basis: '市条例（分担金）' },
          { name: '市営住宅使用料', class: '強制徴収公債権', note: '当市の解釈（テスト用）' },
        ],
      },
    });
    expect(await findingsOf(cells)).toEqual([]);
  });

  it('settings are applied (large-change threshold)', async () => {
    expect(await findingsOf(workbookDataCells({ settings: { largeChangePoints: 0.1 } }))).toContain('計画!D4 large-change');
  });

  it('an empty list of expected departments is not stored, so an add-in from before that setting still reads the settings', () => {
    const stored = (settings: Partial<Settings>) => JSON.parse(workbookDataCells({ settings }).slice(1).join('')).settings;
    expect(stored({ ...DEFAULT_SETTINGS, blankAsZero: true })).toEqual({ blankAsZero: true, largeChangePoints: 20, largeChangeRatio: 0.5, installDataValidation: false });
    expect(stored({ ...DEFAULT_SETTINGS, expectedDepartments: ['税務課'] }).expectedDepartments).toEqual(['税務課']);
  });

  it('long data is split over cells and read back whole', async () => {
    const entries = Array.from({ length: 400 }, (_, i) => ({ name: `独自債権${i}`, class: '私債権' as const, note: 'x'.repeat(200) }));
    const cells = workbookDataCells({ catalog: { version: 1, entries: [...entries, { name: '森林環境整備負担金', class: '強制徴収公債権' }] } });
    expect(cells.length).toBeGreaterThan(3);
    expect(await findingsOf(cells)).toEqual(['計画!B4 classification-conflict']);
  });

  it.each([
    ['not JSON', ['note', '{"version":1,"catalog":']],
    ['an unknown key (tampering)', ['note', JSON.stringify({ version: 1, catalog: { version: 1, entries: [], script: 'alert(1)' } })]],
    ['a wrong class', ['note', JSON.stringify({ version: 1, catalog: { version: 1, entries: [{ name: '森林環境整備負担金', class: '公債権' }] } })]],
    ['a wrong version', ['note', JSON.stringify({ version: 2 })]],
    ['a setting out of range', ['note', JSON.stringify({ version: 1, settings: { largeChangePoints: -5 } })]],
  ])('a damaged part (%s) is reported at its cell and ignored', async (_, cells) => {
    const got = await findingsOf(cells);
    expect(got).toEqual(['計画!B4 classification-conflict', '計画!B5 unknown-debt', `${DATA_SHEET}!A2 settings-invalid`]);
  });
});
