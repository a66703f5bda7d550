/**
 * Cell-level edits of one worksheet part (sheetN.xml): rows and cells found or inserted in order,
 * formulas written with their cached results, text written inline (never as formulas).
 */
import { DOMParser } from '@xmldom/xmldom';
import type { Scalar } from '../../core/changes';
import { colIndex } from '../../core/workbook';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

type Doc = ReturnType<DOMParser['parseFromString']>;
type El = ReturnType<Doc['createElementNS']>;

const split = (ref: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  return { col: colIndex(m[1]), row: Number(m[2]) };
};

function childElements(el: El, local?: string): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (!local || (n as El).localName === local)) out.push(n as El);
  return out;
}

export class SheetXml {
  private readonly data: El;
  private readonly rows = new Map<number, El>();
  private cols: El[] | undefined;

  constructor(
    private readonly doc: Doc,
    /** The formula a cell holds as read (shared formulas translated), for un-sharing. */
    private readonly formulaAt: (ref: string) => string | undefined,
  ) {
    const data = doc.getElementsByTagNameNS(NS, 'sheetData')[0] as El | undefined;
    if (!data) throw new Error('worksheet without sheetData');
    this.data = data;
    for (const row of childElements(data, 'row')) this.rows.set(Number(row.getAttribute('r')), row);
  }

  private row(n: number): El {
    let row = this.rows.get(n);
    if (row) return row;
    row = this.doc.createElementNS(NS, 'row');
    row.setAttribute('r', String(n));
    const next = [...this.rows.keys()].filter((k) => k > n).sort((a, b) => a - b)[0];
    this.data.insertBefore(row, next === undefined ? null : this.rows.get(next)!);
    this.rows.set(n, row);
    return row;
  }

  /** The <c> element of a cell, created in column order when missing. */
  cell(ref: string): El {
    const { row: n, col } = split(ref);
    const row = this.row(n);
    let before: El | null = null;
    for (const c of childElements(row, 'c')) {
      const r = c.getAttribute('r');
      const at = r ? split(r).col : -1;
      if (at === col) return c;
      if (at > col) {
        before = c;
        break;
      }
    }
    const c = this.doc.createElementNS(NS, 'c');
    c.setAttribute('r', ref);
    row.insertBefore(c, before);
    return c;
  }

  /** A style the cell inherits when it has none: its row's, else its column's. */
  rowStyle(ref: string): string | undefined {
    const { row: n, col } = split(ref);
    const row = this.rows.get(n);
    if (row?.getAttribute('customFormat') === '1' && row.getAttribute('s')) return row.getAttribute('s')!;
    // The <col> list is read once: xmldom's getElementsByTagNameNS walks the whole sheet per call.
    this.cols ??= Array.from(this.doc.getElementsByTagNameNS(NS, 'col')) as El[];
    for (const c of this.cols) {
      const min = Number(c.getAttribute('min')) - 1;
      const max = Number(c.getAttribute('max')) - 1;
      if (col >= min && col <= max && c.getAttribute('style')) return c.getAttribute('style')!;
    }
    return undefined;
  }

  private clear(c: El): void {
    const f = childElements(c, 'f')[0];
    if (f && f.getAttribute('t') === 'shared' && f.getAttribute('ref')) this.unshare(f.getAttribute('si') ?? '', c);
    for (const child of childElements(c)) if (['f', 'v', 'is'].includes(child.localName ?? '')) c.removeChild(child);
    c.removeAttribute('t');
  }

  /** Rewriting the master of a shared formula: its other cells get their own formulas first. */
  private unshare(si: string, master: El): void {
    for (const f of Array.from(this.doc.getElementsByTagNameNS(NS, 'f')) as El[]) {
      if (f.getAttribute('t') !== 'shared' || f.getAttribute('si') !== si) continue;
      const cell = f.parentNode as El;
      if (cell === master) continue;
      const text = this.formulaAt(cell.getAttribute('r') ?? '');
      const own = this.doc.createElementNS(NS, 'f');
      if (text) own.appendChild(this.doc.createTextNode(text));
      cell.replaceChild(own, f);
    }
  }

  private append(c: El, local: string, text: string): El {
    const el = this.doc.createElementNS(NS, local);
    el.appendChild(this.doc.createTextNode(text));
    c.appendChild(el);
    return el;
  }

  setFormula(c: El, formula: string, cached: Scalar): void {
    this.clear(c);
    this.append(c, 'f', formula.replace(/^=/, ''));
    if (typeof cached === 'number') this.append(c, 'v', String(cached));
    else if (typeof cached === 'boolean') {
      c.setAttribute('t', 'b');
      this.append(c, 'v', cached ? '1' : '0');
    } else {
      c.setAttribute('t', 'str');
      this.append(c, 'v', cached ?? '');
    }
  }

  /** Strings go in as inline text: "=1+1" stays text, whatever it looks like. */
  setValue(c: El, value: Scalar): void {
    this.clear(c);
    if (value === null || value === '') return;
    if (typeof value === 'number') this.append(c, 'v', String(value));
    else if (typeof value === 'boolean') {
      c.setAttribute('t', 'b');
      this.append(c, 'v', value ? '1' : '0');
    } else {
      c.setAttribute('t', 'inlineStr');
      const is = this.doc.createElementNS(NS, 'is');
      const t = this.doc.createElementNS(NS, 't');
      t.setAttribute('xml:space', 'preserve');
      t.appendChild(this.doc.createTextNode(value));
      is.appendChild(t);
      c.appendChild(is);
    }
  }
}
