/**
 * Large plan workbooks for the end-to-end bench, written as XML straight into a streamed zip
 * (ExcelJS needs minutes and gigabytes for 4 million cells). Same layout as the engine bench
 * (scripts/bench/engine.ts): title, unit, two header rows with merged years, 所管課 and 債権名, seven
 * years of 目標/決算 (①…⑭, #,##0), four delta formulas with cached results (one in a hundred typed by
 * hand, and wrong; △ format), and a 合計 row of SUMs. Text in shared strings, as Excel writes it.
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { COLUMNS, DEBTS, DELTAS, DEPARTMENTS, TAGS, YEARS } from './layout';

const col = (c: number) => String.fromCharCode(65 + c);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0"/><numFmt numFmtId="165" formatCode="#,##0;&quot;△&quot;#,##0"/></numFmts><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

class SharedStrings {
  private readonly index = new Map<string, number>();
  readonly list: string[] = [];
  count = 0;
  id(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      this.index.set(s, (i = this.list.length));
      this.list.push(s);
    }
    return i;
  }
}

/** One sheet's XML, in chunks of rows (never the whole sheet as one string). */
function* sheetXml(index: number, rows: number, sst: SharedStrings): Generator<string> {
  const str = (ref: string, s: string) => `<c r="${ref}" t="s"><v>${sst.id(s)}</v></c>`;
  const first = 5;
  const dataRows = rows - 5;
  const total = first + dataRows;
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><dimension ref="A1:${col(COLUMNS - 1)}${total}"/><sheetData>`;
  yield `<row r="1">${str('A1', `３－${index + 1}　収入未済額の実績と目標`)}</row><row r="2">${str(`${col(COLUMNS - 1)}2`, '（単位：千円）')}</row>`;
  let h3 = str('A3', '所管課') + str('B3', '債権名');
  let h4 = '';
  YEARS.forEach((y, i) => {
    h3 += str(`${col(2 + i * 2)}3`, y);
    h4 += str(`${col(2 + i * 2)}4`, `目標${TAGS[i * 2]}`) + str(`${col(3 + i * 2)}4`, `決算${TAGS[i * 2 + 1]}`);
  });
  DELTAS.forEach(([a, b], k) => (h3 += str(`${col(16 + k)}3`, `${TAGS[a]}-${TAGS[b]}`)));
  yield `<row r="3">${h3}</row><row r="4">${h4}</row>`;
  const sums = new Array<number>(COLUMNS).fill(0);
  let chunk = '';
  for (let i = 0; i < dataRows; i++) {
    const r = first + i;
    const base = 1_000 + ((i * 7919 + index * 104_729) % 90_000);
    const vals: number[] = [];
    for (let k = 0; k < 14; k++) vals.push(Math.round(base * (1 - k * 0.02) + ((i + k) % 13) * 11));
    const dept = i % DEBTS.length === 0 ? `${DEPARTMENTS[(i / DEBTS.length) % DEPARTMENTS.length]}${Math.floor(i / DEBTS.length) + 1}` : null;
    let row = `<row r="${r}">`;
    if (dept) row += str(`A${r}`, dept);
    row += str(`B${r}`, DEBTS[i % DEBTS.length]);
    vals.forEach((v, k) => {
      row += `<c r="${col(2 + k)}${r}" s="1"><v>${v}</v></c>`;
      sums[2 + k] += v;
    });
    DELTAS.forEach(([a, b], k) => {
      const result = vals[a] - vals[b];
      const ref = `${col(16 + k)}${r}`;
      if (i % 100 === 37) {
        row += `<c r="${ref}" s="2"><v>${result + 5}</v></c>`;
        sums[16 + k] += result + 5;
      } else {
        row += `<c r="${ref}" s="2"><f>${col(2 + a)}${r}-${col(2 + b)}${r}</f><v>${result}</v></c>`;
        sums[16 + k] += result;
      }
    });
    chunk += row + '</row>';
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  let totalRow = `<row r="${total}">${str(`A${total}`, '合計')}`;
  for (let c = 2; c < COLUMNS; c++) totalRow += `<c r="${col(c)}${total}" s="${c >= 16 ? 2 : 1}"><f>SUM(${col(c)}${first}:${col(c)}${total - 1})</f><v>${sums[c]}</v></c>`;
  yield chunk + totalRow + '</row></sheetData>';
  const merges = ['A3:A4', 'B3:B4', ...YEARS.map((_, i) => `${col(2 + i * 2)}3:${col(3 + i * 2)}3`), ...DELTAS.map((_, k) => `${col(16 + k)}3:${col(16 + k)}4`)];
  yield `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells></worksheet>`;
}

/** Writes a plan workbook of `sheets` sheets × `rows` rows × 20 columns to `path`, streamed. */
export function writePlanWorkbook(path: string, sheets: number, rows: number): Promise<void> {
  return new Promise((done, fail) => {
    const out = createWriteStream(path);
    out.on('error', fail);
    const zip = new Zip((err, data, final) => {
      if (err) return fail(err);
      out.write(data);
      if (final) out.end(done);
    });
    const part = (name: string, text: string) => {
      const f = new ZipDeflate(name, { level: 6 });
      zip.add(f);
      f.push(strToU8(text), true);
    };
    const names = Array.from({ length: sheets }, (_, i) => `${i + 1}収入未済額`);
    part(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    );
    part('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
    part('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS}><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`);
    part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${sheets + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    );
    part('xl/styles.xml', STYLES);
    const sst = new SharedStrings();
    for (let i = 0; i < sheets; i++) {
      const f = new ZipDeflate(`xl/worksheets/sheet${i + 1}.xml`, { level: 6 });
      zip.add(f);
      for (const chunk of sheetXml(i, rows, sst)) f.push(strToU8(chunk));
      f.push(new Uint8Array(0), true);
    }
    part(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sst.count}" uniqueCount="${sst.list.length}">${sst.list.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`,
    );
    zip.end();
  });
}

/** The same workbook as bytes (tests of large parts). */
export async function planWorkbookBytes(sheets: number, rows: number): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-plan-'));
  try {
    await writePlanWorkbook(join(dir, 'plan.xlsx'), sheets, rows);
    return new Uint8Array(readFileSync(join(dir, 'plan.xlsx')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
