/**
 * A ChangeSet written as a new workbook, its sheets serialized as text rather than edited as a
 * DOM: 取りまとめ's 明細 runs to hundreds of thousands of cells, which the package editor
 * (write.ts, made to touch a few cells of an existing workbook) holds as a DOM many times their
 * size. Cells are encoded as the editor encodes them (strings inline, never parsed as formulas;
 * formulas with their cached results); the equivalence is tested. New sheets, cells, charts and
 * tables: anything else (marks, a log, generated-sheet marks) goes through the editor on the blank package.
 */
import { zipSync, strToU8, strFromU8, unzipSync } from 'fflate';
import type { CellWrite, ChangeSet, Scalar } from '../../core/changes';
import { parseA1 } from '../../core/workbook';
import { blankWorkbook } from './blank';
import { StylesXml } from './styles-xml';
import { tableXml } from './table-xml';
import { chartXml, drawingRelsXml, drawingXml } from './charts-xml';
import { writeWorkbook } from './write';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

/** XML text: escaped, and without the control characters XML 1.0 cannot carry. */
const esc = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function cellXml(w: CellWrite, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (w.formula !== undefined) {
    const f = `<f>${esc(w.formula.replace(/^=/, ''))}</f>`;
    const v = w.value ?? '';
    if (typeof v === 'number') return `<c r="${w.cell}"${s}>${f}<v>${v}</v></c>`;
    if (typeof v === 'boolean') return `<c r="${w.cell}"${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    return `<c r="${w.cell}"${s} t="str">${f}<v>${esc(v)}</v></c>`;
  }
  const v: Scalar | undefined = w.value;
  if (v === null || v === undefined || v === '') return s ? `<c r="${w.cell}"${s}/>` : '';
  if (typeof v === 'number') return `<c r="${w.cell}"${s}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${w.cell}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${w.cell}"${s} t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
}

function sheetXml(widths: number[] | undefined, cells: CellWrite[], styleOf: (w: CellWrite) => number, tables: number, drawing: boolean): string {
  const rows = new Map<number, { c: number; w: CellWrite }[]>();
  for (const w of cells) {
    const { r, c } = parseA1(w.cell);
    let row = rows.get(r);
    if (!row) rows.set(r, (row = []));
    row.push({ c, w });
  }
  const parts: string[] = [];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    // The last write to a cell wins, as in the editor.
    const byCol = new Map<number, CellWrite>();
    for (const { c, w } of rows.get(r)!) byCol.set(c, w);
    const body = [...byCol.keys()].sort((a, b) => a - b).map((c) => cellXml(byCol.get(c)!, styleOf(byCol.get(c)!))).join('');
    if (body) parts.push(`<row r="${r + 1}">${body}</row>`);
  }
  const cols = widths?.length ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
  const tableParts = tables ? `<tableParts count="${tables}">${Array.from({ length: tables }, (_, i) => `<tablePart r:id="rIdTable${i + 1}"/>`).join('')}</tableParts>` : '';
  return (
    `${XML}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${parts.join('')}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `${drawing ? '<drawing r:id="rIdDrawing1"/>' : ''}${tableParts}</worksheet>`
  );
}

/** The ChangeSet as a new .xlsx. */
export function newWorkbook(changes: ChangeSet): Uint8Array {
  const simple = !changes.marks.length && !changes.log.length && !changes.clearMarks && !changes.validations?.length && changes.sheets.every((s) => !s.generated);
  if (!simple) return writeWorkbook(blankWorkbook(), changes, { sheets: [] }).data;

  const blank = unzipSync(blankWorkbook());
  const styles = new StylesXml(strFromU8(blank['xl/styles.xml']));
  const styleOf = (w: CellWrite) => (w.numberFormat !== undefined || w.bold ? styles.derive(0, { numberFormat: w.numberFormat, bold: w.bold }) : 0);

  const files: Record<string, Uint8Array> = { '_rels/.rels': blank['_rels/.rels'] };
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of changes.cells) {
    let list = bySheet.get(w.sheet);
    if (!list) bySheet.set(w.sheet, (list = []));
    list.push(w);
  }
  for (const name of bySheet.keys()) if (!changes.sheets.some((s) => s.name === name)) throw new Error(`no sheet named ${name}`);

  const sheetsXml: string[] = [];
  const rels: string[] = [`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`];
  const overrides: string[] = [
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>`,
  ];
  let tableN = 0;
  let chartN = 0;
  let drawingN = 0;
  changes.sheets.forEach((s, i) => {
    const n = i + 1;
    const tables = (changes.tables ?? []).filter((t) => t.sheet === s.name);
    const charts = changes.charts.filter((c) => c.sheet === s.name);
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(sheetXml(s.columnWidths, bySheet.get(s.name) ?? [], styleOf, tables.length, charts.length > 0));
    const sheetRels = tables.map((t, k) => {
      tableN++;
      files[`xl/tables/table${tableN}.xml`] = strToU8(tableXml(t, tableN));
      overrides.push(`<Override PartName="/xl/tables/table${tableN}.xml" ContentType="${CT}.spreadsheetml.table+xml"/>`);
      return `<Relationship Id="rIdTable${k + 1}" Type="${REL}/table" Target="../tables/table${tableN}.xml"/>`;
    });
    if (charts.length) {
      const paths = charts.map((c) => {
        const path = `xl/charts/chart${++chartN}.xml`;
        files[path] = strToU8(chartXml(c));
        overrides.push(`<Override PartName="/${path}" ContentType="${CT}.drawingml.chart+xml"/>`);
        return path;
      });
      const drawing = `xl/drawings/drawing${++drawingN}.xml`;
      files[drawing] = strToU8(drawingXml(charts));
      files[`xl/drawings/_rels/drawing${drawingN}.xml.rels`] = strToU8(drawingRelsXml(paths));
      overrides.push(`<Override PartName="/${drawing}" ContentType="${CT}.drawing+xml"/>`);
      sheetRels.push(`<Relationship Id="rIdDrawing1" Type="${REL}/drawing" Target="../drawings/drawing${drawingN}.xml"/>`);
    }
    if (sheetRels.length) files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = strToU8(`${XML}<Relationships xmlns="${NS_PKG_REL}">${sheetRels.join('')}</Relationships>`);
    sheetsXml.push(`<sheet name="${esc(s.name)}" sheetId="${n}"${s.state !== 'visible' ? ` state="${s.state}"` : ''} r:id="rId${n}"/>`);
    rels.push(`<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`);
  });
  for (const c of changes.charts) if (!changes.sheets.some((s) => s.name === c.sheet)) throw new Error(`no sheet named ${c.sheet}`);
  for (const t of changes.tables ?? []) if (!changes.sheets.some((s) => s.name === t.sheet)) throw new Error(`no sheet named ${t.sheet}`);

  const formulas = changes.cells.some((w) => w.formula !== undefined);
  files['xl/workbook.xml'] = strToU8(
    `${XML}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets>${sheetsXml.join('')}</sheets>` +
      `${formulas ? '<calcPr fullCalcOnLoad="1"/>' : ''}</workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(`${XML}<Relationships xmlns="${NS_PKG_REL}">${rels.join('')}</Relationships>`);
  files['xl/styles.xml'] = strToU8(styles.xml);
  files['[Content_Types].xml'] = strToU8(
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `${overrides.join('')}</Types>`,
  );
  return zipSync(files, { level: 6 });
}

