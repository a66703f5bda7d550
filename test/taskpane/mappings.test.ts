/**
 * Column corrections stored in the workbook: the schema, reading them back as untrusted input,
 * and applying them to recognized columns.
 */
import { applyToSnapshot } from '../../src/core/apply-snapshot';
import { DATA_SHEET, readWorkbookData, workbookDataCells } from '../../src/core/workbook-data';
import { sheetFromGrid, type Workbook } from '../../src/core/workbook';
import { EMPTY_MAPPINGS, anchorOf, correctColumns, mappingFor, mappingsChanges, readMappings, recognitionMappings, withColumnMapping } from '../../src/taskpane/mappings';
import { storePart } from '../../src/taskpane/stored-data';

const table = { sheet: '2-1', range: 'A3:I43' };
const plan = (): Workbook => ({ sheets: [sheetFromGrid('2-1', [['x']])] });
const withData = (cells: string[]): Workbook => ({ sheets: [...plan().sheets, { ...sheetFromGrid(DATA_SHEET, cells.map((c) => [c])), hidden: true }] });

describe('mappings', () => {
  it('a table is named by its sheet and the top-left cell of its range', () => {
    expect(anchorOf('A3:I43')).toBe('A3');
    expect(anchorOf('$B$4:$C$9')).toBe('B4');
  });

  it('set, replace and remove a column correction', () => {
    let m = withColumnMapping(EMPTY_MAPPINGS, table, { column: 'C', fiscalYear: 2016 });
    m = withColumnMapping(m, table, { column: 'AA', role: 'note' });
    m = withColumnMapping(m, table, { column: 'C', fiscalYear: 2017, kind: 'actual' });
    expect(m).toEqual({
      version: 1,
      tables: [{ sheet: '2-1', anchor: 'A3', columns: [{ column: 'C', fiscalYear: 2017, kind: 'actual' }, { column: 'AA', role: 'note' }] }],
    });
    // The same table after rows were added below it.
    expect(mappingFor(m, { sheet: '2-1', range: 'A3:I50' })?.columns).toHaveLength(2);
    m = withColumnMapping(m, table, { column: 'C', remove: true });
    m = withColumnMapping(m, table, { column: 'AA', remove: true });
    expect(m).toEqual(EMPTY_MAPPINGS);
  });

  it('corrections override what recognition read, and flag the column', () => {
    const cols = [
      { column: 'C', role: 'value' as const, fiscalYear: 2017, kind: 'actual' as const, header: '平成28年 2017年 決算値①' },
      { column: 'D', role: 'value' as const, fiscalYear: 2019, kind: 'target' as const, header: '令和元年 2019年 目標値②' },
    ];
    const m = withColumnMapping(EMPTY_MAPPINGS, table, { column: 'C', fiscalYear: 2016 });
    expect(correctColumns(cols, mappingFor(m, table))).toEqual([
      { ...cols[0], fiscalYear: 2016, corrected: true },
      { ...cols[1], corrected: false },
    ]);
  });

  it('flatten for recognition, each naming its sheet and table', () => {
    let m = withColumnMapping(EMPTY_MAPPINGS, table, { column: 'C', fiscalYear: 2016 });
    m = withColumnMapping(m, { sheet: '2-1', range: 'A50:G80' }, { column: 'C', role: 'note' });
    expect(recognitionMappings(m)).toEqual([
      { sheet: '2-1', anchor: 'A3', column: 'C', fiscalYear: 2016 },
      { sheet: '2-1', anchor: 'A50', column: 'C', role: 'note' },
    ]);
  });

  it('are stored beside the settings and the catalog, keeping both', () => {
    const wb = withData(workbookDataCells({ settings: { blankAsZero: true }, catalog: { version: 1, entries: [{ name: '独自負担金', class: '私債権' }] } }));
    const m = withColumnMapping(EMPTY_MAPPINGS, table, { column: 'E', role: 'delta' });
    const after = applyToSnapshot(wb, mappingsChanges(wb, m));
    expect(readMappings(after)).toEqual({ mappings: m, problem: null });
    const data = readWorkbookData(after);
    expect(data.settings.blankAsZero).toBe(true);
    expect(data.overrides?.entries).toEqual([{ name: '独自負担金', class: '私債権' }]);
    expect(data.findings).toEqual([]);
  });

  it('a new data sheet is created very hidden; a shorter document blanks the old chunks', () => {
    const wb = plan();
    const first = storePart(wb, 'mappings', { version: 1, tables: [] });
    expect(first.sheets).toEqual([{ name: DATA_SHEET, mode: 'create', state: 'veryHidden' }]);
    const long = withData(workbookDataCells({ catalog: { version: 1, entries: Array.from({ length: 300 }, (_, i) => ({ name: `債権${i}`, class: '私債権' as const, note: 'x'.repeat(200) })) } }));
    const cs = storePart(long, 'catalog', undefined);
    expect(cs.sheets).toEqual([]);
    expect(cs.cells.filter((c) => c.value === '').length).toBeGreaterThan(0);
    expect(readWorkbookData(applyToSnapshot(long, cs)).overrides).toBeNull();
  });

  it.each([
    ['an unknown key', { version: 1, tables: [], script: 'alert(1)' }],
    ['a bad column', { version: 1, tables: [{ sheet: 'x', anchor: 'A1', columns: [{ column: 'c1' }] }] }],
    ['a role that does not exist', { version: 1, tables: [{ sheet: 'x', anchor: 'A1', columns: [{ column: 'C', role: 'formula' }] }] }],
    ['a year out of range', { version: 1, tables: [{ sheet: 'x', anchor: 'A1', columns: [{ column: 'C', fiscalYear: 99999 }] }] }],
  ])('a damaged part (%s) is reported and ignored', (_, mappings) => {
    const wb = withData(['note', JSON.stringify({ version: 1, mappings })]);
    const r = readMappings(wb);
    expect(r.mappings).toEqual(EMPTY_MAPPINGS);
    expect(r.problem).toEqual(expect.any(String));
  });
});
