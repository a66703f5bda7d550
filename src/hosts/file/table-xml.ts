/**
 * An Excel table (ListObject) part (ECMA-376 Part 1, §18.5 "Tables": <table> with its autoFilter
 * and one <tableColumn> per column, named as the header cells read). The header cells must
 * already hold the column names; Excel repairs a file whose names differ.
 */
import type { TableSpec } from '../../core/changes';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

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
