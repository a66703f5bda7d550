/**
 * A generated sheet's mark is a defined name holding one text constant, "<sheet>|<fingerprint>":
 * both hosts write a quote in it doubled, as in any formula, and must read it back single. Before,
 * the file reader kept it doubled and the Excel host dropped the name.
 */
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { emptyChangeSet, type ChangeSet } from '../../src/core/changes';
import { textConstant } from '../../src/core/workbook';
import { fakeOf, portOn, sampleBytes } from './excel/helpers';

const FILE = 'tsuyama-plan2.xlsx';

describe('textConstant', () => {
  it.each([
    ['"集計|3f2a"', '集計|3f2a'],
    ['="集計|3f2a"', '集計|3f2a'],
    ['"say ""hi"""', 'say "hi"'],
    ['=""', ''],
    ['""""', '"'],
  ])('%s is the text %s', (formula, text) => expect(textConstant(formula)).toBe(text));

  it.each(['"a"&"b"', '"a"b"', 'Sheet1!$A$1', '="a', '"a', '=1', ''])('%s is no text constant', (formula) => expect(textConstant(formula)).toBeUndefined());
});

describe('a generated sheet whose name holds a quote', () => {
  const NAME = '集計"令和6年度"';
  const changes = (): ChangeSet => {
    const cs = emptyChangeSet();
    cs.sheets.push({ name: NAME, mode: 'create', state: 'visible', generated: { kind: 'summary', fingerprint: 'f00d' } });
    cs.cells.push({ sheet: NAME, cell: 'A1', value: '集計' });
    return cs;
  };

  it('the file host reads its mark back as written', async () => {
    const data = sampleBytes(FILE);
    const out = writeWorkbook(data, changes(), await readWorkbook(data, FILE)).data;
    const wb = await readWorkbook(out, FILE);
    expect(wb.names?._saiken_gen_summary).toBe(`${NAME}|f00d`);
    expect(wb.sheets.map((s) => s.name)).toContain(NAME);
  });

  it('the Excel host reads its mark back as written', async () => {
    const fake = await fakeOf(FILE);
    const port = portOn(fake);
    await port.read();
    await port.apply(changes());
    const mark = fake.state.names.find((n) => n.name === '_saiken_gen_summary');
    // As Excel holds it: the formula with its quotes doubled.
    expect(mark?.formula).toBe(`="${NAME.replace(/"/g, '""')}|f00d"`);
    expect((await portOn(fake).read()).names?._saiken_gen_summary).toBe(`${NAME}|f00d`);
  });
});
