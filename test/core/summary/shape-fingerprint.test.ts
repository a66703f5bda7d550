/**
 * The fingerprint of a generated sheet's shape: its formulas with every reference into a sheet, and every #REF!, as one mark.
 * What rows inserted or deleted in a plan sheet (Excel, LibreOffice), or a plan sheet renamed, do to a 集計's formulas leaves
 * it; any other change to a formula or a typed value changes it. The same from the writes as from the sheet read back.
 */
import type { CellWrite } from '../../../src/core/changes';
import { fingerprintOfSheet, fingerprintOfWrites } from '../../../src/core/summary/sheet';
import type { Sheet } from '../../../src/core/workbook';

/** A sheet of one column: B1, B2 … holding these formulas (or, where not "=…", these values). */
function column(contents: string[]): { sheet: Sheet; writes: CellWrite[] } {
  const sheet: Sheet = { name: '集計', rows: contents.map((t) => [undefined, t.startsWith('=') ? { value: 0, formula: t.slice(1) } : { value: t }]) } as Sheet;
  const writes = contents.map((t, i) => ({ sheet: '集計', cell: `B${i + 1}`, ...(t.startsWith('=') ? { formula: t, value: 0 } : { value: t }) }));
  return { sheet, writes };
}
const shape = (contents: string[]) => fingerprintOfSheet(column(contents).sheet, 'shape');

const MADE = [
  "=SUM('2-1'!D16,'2-1'!D17,'2-1'!D18)",
  "=IFERROR(AVERAGE('2-1'!E5,'2-1'!E6),\"\")",
  "=IF(ISBLANK('収入未済額'!C8),\"\",'収入未済額'!C8/1000)",
  '=B1+B2',
  '強制徴収公債権',
];

describe('the shape fingerprint', () => {
  it('is the same from the writes as from the sheet read back', () => {
    const { sheet, writes } = column(MADE);
    expect(fingerprintOfWrites(writes, 'shape')).toBe(fingerprintOfSheet(sheet, 'shape'));
    expect(fingerprintOfWrites(writes)).toBe(fingerprintOfSheet(sheet));
  });

  it('is left as it was by references moved, renamed, unquoted or deleted (#REF!, with or without the sheet’s name)', () => {
    const moved = [
      "=SUM('2-1'!D17,'2-1'!D18,'2-1'!#REF!)",
      '=IFERROR(AVERAGE(#REF!,\'2-1 収納率\'!E5),"")',
      '=IF(ISBLANK(収入未済額!$C$9),"",収入未済額!C9:C9/1000)',
      '=B1+B2',
      '強制徴収公債権',
    ];
    expect(shape(moved)).toBe(shape(MADE));
    // Its cells' fingerprint is not.
    expect(fingerprintOfSheet(column(moved).sheet)).not.toBe(fingerprintOfSheet(column(MADE).sheet));
  });

  it('changes with a function, a number, an operator, a reference within the sheet, a string literal or a typed value', () => {
    const edits: [number, string][] = [
      [0, "=AVERAGE('2-1'!D16,'2-1'!D17,'2-1'!D18)"],
      [0, "=SUM('2-1'!D16,'2-1'!D17)"],
      [2, "=IF(ISBLANK('収入未済額'!C8),\"\",'収入未済額'!C8/100)"],
      [2, "=IF(ISBLANK('収入未済額'!C8),\"-\",'収入未済額'!C8/1000)"],
      [3, '=B1-B2'],
      [3, '=B1+B3'],
      [4, '非強制徴収公債権'],
      [4, "='2-1'!D16"],
    ];
    for (const [at, text] of edits) {
      const edited = MADE.map((t, i) => (i === at ? text : t));
      expect([text, shape(edited)]).not.toEqual([text, shape(MADE)]);
    }
  });

  it('reads a string literal and an error value whole: a "!" inside them is no sheet’s', () => {
    const a = ['=IF(A1="税務課!E5",1,#DIV/0!)'];
    expect(shape(a)).not.toBe(shape(['=IF(A1="税務課!E6",1,#DIV/0!)']));
    expect(shape(a)).not.toBe(shape(['=IF(A1="税務課!E5",1,#N/A)']));
  });
});
