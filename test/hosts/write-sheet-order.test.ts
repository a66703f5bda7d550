/**
 * insertSheetElement and its workbook/styles siblings: an element lands at its place in the
 * schema sequence (CT_Worksheet, CT_Workbook, CT_Stylesheet), every other byte stays.
 */
import { insertSheetElement, insertStylesElement, insertWorkbookElement } from '../../src/hosts/file/sheet-order';

const WS = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r-ns">${body}</worksheet>`;

describe('insertSheetElement', () => {
  it('puts dataValidations after conditionalFormatting and before hyperlinks, printOptions and pageMargins', () => {
    const xml = WS('<sheetData><row r="1"/></sheetData><conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula></cfRule></conditionalFormatting><hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
    const out = insertSheetElement(xml, 'dataValidations', '<dataValidations count="1"><dataValidation type="whole" sqref="B2"/></dataValidations>');
    expect(out).toBe(xml.replace('<hyperlinks>', '<dataValidations count="1"><dataValidation type="whole" sqref="B2"/></dataValidations><hyperlinks>'));
  });

  it('puts mergeCells right after sheetData when nothing between exists, and pageSetup after pageMargins', () => {
    const xml = WS('<sheetData/><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><drawing r:id="rId1"/>');
    let out = insertSheetElement(xml, 'mergeCells', '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>');
    out = insertSheetElement(out, 'pageSetup', '<pageSetup orientation="landscape"/>');
    expect(out).toBe(WS('<sheetData/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><pageSetup orientation="landscape"/><drawing r:id="rId1"/>'));
  });

  it('goes before extLst and tableParts when it comes earlier, and at the end when it is last', () => {
    const xml = WS('<sheetData/><tableParts count="1"><tablePart r:id="rId2"/></tableParts><extLst><ext uri="x"/></extLst>');
    expect(insertSheetElement(xml, 'legacyDrawing', '<legacyDrawing r:id="rId3"/>')).toBe(WS('<sheetData/><legacyDrawing r:id="rId3"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts><extLst><ext uri="x"/></extLst>'));
    const bare = WS('<sheetData/>');
    expect(insertSheetElement(bare, 'extLst', '<extLst/>')).toBe(WS('<sheetData/><extLst/>'));
  });

  it('replaces an existing element when asked; without, a repeatable one follows the others', () => {
    const xml = WS('<sheetData/><conditionalFormatting sqref="A1"/><pageSetup orientation="portrait"/>');
    expect(insertSheetElement(xml, 'pageSetup', '<pageSetup orientation="landscape"/>', { replace: true })).toBe(WS('<sheetData/><conditionalFormatting sqref="A1"/><pageSetup orientation="landscape"/>'));
    expect(insertSheetElement(xml, 'conditionalFormatting', '<conditionalFormatting sqref="B1"/>')).toBe(WS('<sheetData/><conditionalFormatting sqref="A1"/><conditionalFormatting sqref="B1"/><pageSetup orientation="portrait"/>'));
  });

  it('places an element wrapped in mc:AlternateContent by what it wraps (controls after drawing)', () => {
    const ac = '<mc:AlternateContent xmlns:mc="mc-ns"><mc:Choice Requires="x14"><controls><control r:id="rId5"/></controls></mc:Choice></mc:AlternateContent>';
    const xml = WS(`<sheetData/><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/>${ac}`);
    expect(insertSheetElement(xml, 'drawing', '<drawing r:id="rId1"/>')).toBe(WS(`<sheetData/><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><drawing r:id="rId1"/>${ac}`));
  });

  it('binds an unprefixed element to the main namespace in a prefixed part', () => {
    const xml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData/><x:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></x:worksheet>';
    expect(insertSheetElement(xml, 'mergeCells', '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>')).toBe(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData/><mergeCells xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1"><mergeCell ref="A1:B1"/></mergeCells><x:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></x:worksheet>',
    );
    expect(insertSheetElement(xml, 'mergeCells', '<x:mergeCells count="0"/>')).toContain('<x:sheetData/><x:mergeCells count="0"/><x:pageMargins');
  });

  it('refuses a name that has no place in a worksheet', () => {
    expect(() => insertSheetElement(WS('<sheetData/>'), 'definedNames', '<definedNames/>')).toThrow(/definedNames/);
  });
});

describe('insertWorkbookElement and insertStylesElement', () => {
  it('definedNames after sheets, functionGroups and externalReferences, before calcPr and pivotCaches', () => {
    const wb = '<workbook xmlns="m"><bookViews/><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets><functionGroups/><externalReferences><externalReference r:id="rId2"/></externalReferences><calcPr calcId="1"/><pivotCaches/></workbook>';
    expect(insertWorkbookElement(wb, 'definedNames', '<definedNames/>')).toBe(wb.replace('<calcPr', '<definedNames/><calcPr'));
    expect(insertWorkbookElement('<workbook xmlns="m"><sheets/><oleSize ref="A1"/></workbook>', 'calcPr', '<calcPr/>')).toBe('<workbook xmlns="m"><sheets/><calcPr/><oleSize ref="A1"/></workbook>');
  });

  it('numFmts first in a stylesheet, cellXfs after cellStyleXfs', () => {
    const st = '<styleSheet xmlns="m"><fonts count="1"><font/></fonts><cellStyleXfs count="0"/><cellStyles count="0"/></styleSheet>';
    expect(insertStylesElement(st, 'numFmts', '<numFmts count="0"/>')).toBe(st.replace('<fonts', '<numFmts count="0"/><fonts'));
    expect(insertStylesElement(st, 'cellXfs', '<cellXfs count="0"/>')).toBe(st.replace('<cellStyles', '<cellXfs count="0"/><cellStyles'));
  });
});
