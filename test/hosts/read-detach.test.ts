/**
 * Strings the reader keeps are copies of their own (`detach`), not views of the scanned piece of a
 * part. What V8 keeps alive cannot be observed here; what is observable is that the copy is the
 * same text, whatever its length and characters, and that cells read keep their shapes.
 */
import { detach } from '../../src/hosts/file/xlsx/scanner';
import { readWorkbook } from '../../src/hosts/file/read';
import { oneSheetBook } from '../fixtures/one-sheet';

describe('detach', () => {
  it.each([
    ['', 'empty'],
    ['P10581-D10581', 'thirteen characters'],
    ['SUM(C5:C49999)+ROUND(D5*0.5,0)', 'a long formula'],
    ['３－1　収入未済額の実績と目標', 'Japanese text'],
    ['\u{20BB7}野家の滞納繰越分と不納欠損額の合計', 'a surrogate pair first'],
  ])('keeps the text of %j (%s)', (s) => {
    const big = `<f>${s}</f>`.repeat(200);
    const slice = big.slice(3, 3 + s.length);
    expect(detach(slice)).toBe(s);
    expect(detach(slice).length).toBe(s.length);
  });
});

const book = (sheetData: string) => oneSheetBook(`<sheetData>${sheetData}</sheetData>`);

describe('cells read', () => {
  it('keep their fields, their long formulas and texts, and the holes of their rows', async () => {
    const wb = await readWorkbook(
      book(
        '<row r="1"><c r="B1" t="str"><f>CONCATENATE("収入未済額の","実績と目標")</f><v>収入未済額の実績と目標</v></c><c r="D1"><f>SUM(A2:A3)+ROUND(A2*0.5,0)</f><v>3</v></c></row>' +
          '<row r="2"><c r="A2"><v>1</v></c><c r="C2" t="inlineStr"><is><t>インライン文字列の長いテキスト</t></is></c></row>' +
          '<row r="3"><c r="A3"><v>2</v></c></row>',
      ),
    );
    const rows = wb.sheets[0].rows;
    expect(rows).toStrictEqual([
      [, { value: '収入未済額の実績と目標', formula: 'CONCATENATE("収入未済額の","実績と目標")' }, , { value: 3, formula: 'SUM(A2:A3)+ROUND(A2*0.5,0)' }],
      [{ value: 1 }, , { value: 'インライン文字列の長いテキスト' }],
      [{ value: 2 }],
    ]);
    expect(Object.keys(rows[0][1]!)).toEqual(['value', 'formula']);
    expect(0 in rows[0]).toBe(false);
  });
});
