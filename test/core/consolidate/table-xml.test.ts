/**
 * The table part (ECMA-376 Part 1 §18.5): one per table, ids unique in the workbook, linked from
 * its sheet by a relationship and <tableParts>, with its content type; names escaped.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { writeWorkbook } from '../../../src/hosts/file/write';
import { blankWorkbook } from '../../../src/hosts/file/blank';
import { tableXml } from '../../../src/hosts/file/table-xml';
import { emptyChangeSet } from '../../../src/core/changes';
import { ChangeSetSchema } from '../../../src/core/changes-schema';
import { readWorkbook } from '../../../src/hosts/file/read';

describe('tables in the written package', () => {
  it('escapes column names and sets the filter over the range', () => {
    const xml = tableXml({ sheet: 'S', name: '明細表', range: 'A1:B3', columns: ['a&b', '<値>'] }, 7);
    expect(xml).toContain('id="7" name="明細表" displayName="明細表" ref="A1:B3"');
    expect(xml).toContain('<autoFilter ref="A1:B3"/>');
    expect(xml).toContain('<tableColumn id="1" name="a&amp;b"/><tableColumn id="2" name="&lt;値&gt;"/>');
  });

  it('adds two tables on two sheets of a blank workbook, each linked from its sheet', async () => {
    const cs = emptyChangeSet();
    cs.sheets.push({ name: '一', mode: 'create', state: 'visible' }, { name: '二', mode: 'create', state: 'visible' });
    for (const sheet of ['一', '二']) {
      cs.cells.push({ sheet, cell: 'A1', value: '名前' }, { sheet, cell: 'B1', value: '値' }, { sheet, cell: 'A2', value: 'x' }, { sheet, cell: 'B2', value: 1 });
    }
    cs.tables = [
      { sheet: '一', name: '表一', range: 'A1:B2', columns: ['名前', '値'] },
      { sheet: '二', name: '表二', range: 'A1:B2', columns: ['名前', '値'] },
    ];
    expect(ChangeSetSchema.parse(cs)).toEqual(cs);
    const data = writeWorkbook(blankWorkbook(), cs, { sheets: [] }).data;
    const parts = unzipSync(data);
    expect(strFromU8(parts['xl/tables/table1.xml'])).toContain('id="1" name="表一"');
    expect(strFromU8(parts['xl/tables/table2.xml'])).toContain('id="2" name="表二"');
    const types = strFromU8(parts['[Content_Types].xml']);
    expect(types).toContain('PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"');
    expect(types).toContain('/xl/tables/table2.xml');
    const sheet1 = strFromU8(parts['xl/worksheets/sheet1.xml']);
    expect(sheet1).toMatch(/<tableParts count="1"><tablePart r:id="rIdTable1"\/><\/tableParts><\/worksheet>$/);
    expect(strFromU8(parts['xl/worksheets/_rels/sheet1.xml.rels'])).toContain('Id="rIdTable1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"');
    // An independent reader opens it with its sheets and values.
    const wb = await readWorkbook(data);
    expect(wb.sheets.map((s) => [s.name, s.rows[1]?.[1]?.value])).toEqual([
      ['一', 1],
      ['二', 1],
    ]);
  });

  it('refuses a table name Excel would refuse', () => {
    const cs = { ...emptyChangeSet(), tables: [{ sheet: 'S', name: '明細 表', range: 'A1:B2', columns: ['a'] }] };
    expect(ChangeSetSchema.safeParse(cs).success).toBe(false);
  });
});
