/**
 * Excel tables (ListObjects) in the .xlsx package: a table part per table (ECMA-376 Part 1,
 * §18.5 "Tables": <table> with its autoFilter and one <tableColumn> per column, named as the
 * header cells read), its relationship from the sheet, its content type, and the sheet's
 * <tableParts>. The header cells must already hold the column names; Excel repairs a file whose
 * names differ.
 */
import { strToU8 } from 'fflate';
import type { DOMParser } from '@xmldom/xmldom';
import type { TableSpec } from '../../core/changes';

type Doc = ReturnType<DOMParser['parseFromString']>;
type El = ReturnType<Doc['createElementNS']>;

/** What the writer's package offers: the parts as bytes, and parsed XML it serializes on zip. */
export interface PackageLike {
  readonly files: Record<string, Uint8Array>;
  has(path: string): boolean;
  xml(path: string): Doc;
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const NS_CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const REL_TABLE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The table part's XML. */
export function tableXml(spec: TableSpec, id: number): string {
  const cols = spec.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escape(c)}"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${NS_MAIN}" id="${id}" name="${escape(spec.name)}" displayName="${escape(spec.name)}" ref="${spec.range}" totalsRowShown="0">` +
    `<autoFilter ref="${spec.range}"/><tableColumns count="${spec.columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

const relsPathOf = (part: string) => part.replace(/([^/]+)$/, '_rels/$1.rels');

/** Table ids are unique in the workbook: the next one after those of the table parts present. */
function nextTableId(pkg: PackageLike): number {
  let max = 0;
  for (const path of Object.keys(pkg.files)) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(path)) continue;
    const id = Number(/<table\b[^>]*\bid="(\d+)"/.exec(new TextDecoder().decode(pkg.files[path]))?.[1] ?? 0);
    max = Math.max(max, id);
  }
  return max + 1;
}

/** Adds each table to its sheet. `parts` maps sheet names to their worksheet parts. */
export function addTables(pkg: PackageLike, parts: Map<string, string>, specs: readonly TableSpec[]): void {
  let id = nextTableId(pkg);
  for (const spec of specs) {
    const sheetPath = parts.get(spec.sheet);
    if (!sheetPath) throw new Error(`no sheet named ${spec.sheet}`);
    let n = 1;
    while (pkg.has(`xl/tables/table${n}.xml`)) n++;
    const path = `xl/tables/table${n}.xml`;
    pkg.files[path] = strToU8(tableXml(spec, id++));

    const types = pkg.xml('[Content_Types].xml');
    const o = types.createElementNS(NS_CT, 'Override');
    o.setAttribute('PartName', `/${path}`);
    o.setAttribute('ContentType', CT_TABLE);
    types.documentElement!.appendChild(o);

    const relsPath = relsPathOf(sheetPath);
    if (!pkg.has(relsPath)) pkg.files[relsPath] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}"></Relationships>`);
    const rels = pkg.xml(relsPath);
    const ids = (Array.from(rels.getElementsByTagNameNS(NS_PKG_REL, 'Relationship')) as El[]).map((r) => r.getAttribute('Id'));
    let k = 1;
    while (ids.includes(`rIdTable${k}`)) k++;
    const rel = rels.createElementNS(NS_PKG_REL, 'Relationship');
    rel.setAttribute('Id', `rIdTable${k}`);
    rel.setAttribute('Type', REL_TABLE);
    rel.setAttribute('Target', `../tables/table${n}.xml`);
    rels.documentElement!.appendChild(rel);

    const sheet = pkg.xml(sheetPath);
    const root = sheet.documentElement!;
    let tableParts = (Array.from(root.getElementsByTagNameNS(NS_MAIN, 'tableParts')) as El[])[0];
    if (!tableParts) {
      tableParts = sheet.createElementNS(NS_MAIN, 'tableParts');
      // <tableParts> is the last child of a worksheet but for <extLst>.
      const ext = (Array.from(root.getElementsByTagNameNS(NS_MAIN, 'extLst')) as El[])[0] ?? null;
      root.insertBefore(tableParts, ext);
    }
    const part = sheet.createElementNS(NS_MAIN, 'tablePart');
    part.setAttributeNS(NS_REL, 'r:id', `rIdTable${k}`);
    tableParts.appendChild(part);
    tableParts.setAttribute('count', String(tableParts.getElementsByTagNameNS(NS_MAIN, 'tablePart').length));
  }
}
