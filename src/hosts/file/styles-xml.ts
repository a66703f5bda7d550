/**
 * Cell styles (styles.xml): a number format or bold applied to a cell by deriving a new cell
 * format from the one it has, so its font, borders and fill are kept.
 */
import { DOMParser } from '@xmldom/xmldom';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

type Doc = ReturnType<DOMParser['parseFromString']>;
type El = ReturnType<Doc['createElementNS']>;

/** Built-in number formats Excel knows by id. */
const BUILTIN: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

function children(el: El, local: string): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as El).localName === local) out.push(n as El);
  return out;
}

export class StylesXml {
  private readonly root: El;
  private readonly cache = new Map<string, number>();
  private readonly boldFonts = new Map<string, string>();

  constructor(private readonly doc: Doc) {
    this.root = doc.documentElement as El;
  }

  private section(local: string, before: string[]): El {
    let el = children(this.root, local)[0];
    if (!el) {
      el = this.doc.createElementNS(NS, local);
      el.setAttribute('count', '0');
      const next = before.map((b) => children(this.root, b)[0]).find(Boolean) ?? null;
      this.root.insertBefore(el, next);
    }
    return el;
  }

  private numFmtId(code: string): number {
    if (code in BUILTIN) return BUILTIN[code];
    const numFmts = this.section('numFmts', ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs']);
    let max = 163;
    for (const f of children(numFmts, 'numFmt')) {
      const id = Number(f.getAttribute('numFmtId'));
      if (f.getAttribute('formatCode') === code) return id;
      max = Math.max(max, id);
    }
    const f = this.doc.createElementNS(NS, 'numFmt');
    f.setAttribute('numFmtId', String(max + 1));
    f.setAttribute('formatCode', code);
    numFmts.appendChild(f);
    numFmts.setAttribute('count', String(children(numFmts, 'numFmt').length));
    return max + 1;
  }

  private boldFont(fontId: string): string {
    const known = this.boldFonts.get(fontId);
    if (known) return known;
    const fonts = this.section('fonts', ['fills']);
    const all = children(fonts, 'font');
    const font = (all[Number(fontId)] ?? all[0] ?? this.doc.createElementNS(NS, 'font')).cloneNode(true) as El;
    if (!children(font, 'b').length) font.insertBefore(this.doc.createElementNS(NS, 'b'), font.firstChild);
    fonts.appendChild(font);
    fonts.setAttribute('count', String(all.length + 1));
    const id = String(all.length);
    this.boldFonts.set(fontId, id);
    return id;
  }

  /** The index of a cell format like `base` with the given number format and/or bold font. */
  derive(base: number, opts: { numberFormat?: string; bold?: boolean }): number {
    const key = `${base}|${opts.numberFormat ?? ''}|${opts.bold ? 1 : 0}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const xfs = this.section('cellXfs', ['cellStyles', 'dxfs']);
    const all = children(xfs, 'xf');
    const xf = (all[base] ?? all[0] ?? this.doc.createElementNS(NS, 'xf')).cloneNode(true) as El;
    if (opts.numberFormat !== undefined) {
      xf.setAttribute('numFmtId', String(this.numFmtId(opts.numberFormat)));
      xf.setAttribute('applyNumberFormat', '1');
    }
    if (opts.bold) {
      xf.setAttribute('fontId', this.boldFont(xf.getAttribute('fontId') ?? '0'));
      xf.setAttribute('applyFont', '1');
    }
    xfs.appendChild(xf);
    xfs.setAttribute('count', String(all.length + 1));
    this.cache.set(key, all.length);
    return all.length;
  }
}
