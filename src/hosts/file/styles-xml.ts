/**
 * Cell styles (styles.xml): a number format or bold applied to a cell by deriving a new cell
 * format from the one it has, so its font, borders and fill are kept. Each derived format is
 * added once (cached by base and options) and appended by position, unless the part holds the same
 * one already (a summary made again derives the formats it derived the first time: they are found,
 * not added again); the rest of the part is kept byte for byte. `changed` tells whether the part
 * needs writing at all.
 */
import type { CellWrite } from '../../core/changes';
import { alignedXf } from './print-xml';
import { insertStylesElement } from './sheet-order';
import { attr, children, escapeAttr, findTag, prefixOf, rootTag, setAttr, type Child, type Tag } from './xml-scan';

/** Built-in number formats Excel knows by id. */
const BUILTIN: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

export class StylesXml {
  private readonly cache = new Map<string, number>();
  private readonly boldFonts = new Map<string, string>();
  changed = false;

  constructor(public xml: string) {}

  private root(): Tag {
    return rootTag(this.xml);
  }

  /** The section's open tag, created empty at its schema place when missing. */
  private section(local: string): Tag {
    const found = children(this.xml, this.root()).find((c) => c.tag.local === local);
    if (found) return found.tag;
    const P = prefixOf(this.root());
    this.xml = insertStylesElement(this.xml, local, P ? `<${P}${local} count="0"></${P}${local}>` : `<${local} count="0"></${local}>`);
    this.changed = true;
    return children(this.xml, this.root()).find((c) => c.tag.local === local)!.tag;
  }

  private items(section: Tag, local: string): Child[] {
    return children(this.xml, section).filter((c) => c.tag.local === local);
  }

  /** The index of an element of a section written exactly as `item`, else a new one appended. */
  private findOrAppend(local: string, item: string): number {
    const section = children(this.xml, this.root()).find((c) => c.tag.local === local);
    if (section) {
      const same = this.items(section.tag, ITEM[local]).findIndex((c) => this.xml.slice(c.tag.start, c.end) === item);
      if (same >= 0) return same;
    }
    return this.append(local, item);
  }

  /** Appends an element to a section and sets its count. */
  private append(local: string, item: string): number {
    let section = this.section(local);
    const count = this.items(section, ITEM[local]).length;
    if (section.kind === 'empty') {
      this.xml = `${this.xml.slice(0, section.end - 2).replace(/\s*$/, '')}></${section.name}>${this.xml.slice(section.end)}`;
      section = this.section(local);
    }
    const close = this.xml.indexOf(`</${section.name}`, section.end);
    const open = setAttr(this.xml.slice(section.start, section.end), 'count', String(count + 1));
    this.xml = this.xml.slice(0, section.start) + open + this.xml.slice(section.end, close) + item + this.xml.slice(close);
    this.changed = true;
    return count;
  }

  /** The Normal style's font (the first cell style format's, else the first font): its name and size in points. */
  normalFont(): { name: string | null; size: number | null } {
    const root = children(this.xml, this.root());
    const styleXfs = root.find((c) => c.tag.local === 'cellStyleXfs');
    const xf = styleXfs && this.items(styleXfs.tag, 'xf')[0];
    const fontId = Number((xf && attr(this.xml.slice(xf.tag.start, xf.tag.end), 'fontId')) ?? 0) || 0;
    const fonts = root.find((c) => c.tag.local === 'fonts');
    const font = fonts && (this.items(fonts.tag, 'font')[fontId] ?? this.items(fonts.tag, 'font')[0]);
    if (!font || font.tag.kind === 'empty') return { name: null, size: null };
    const val = (local: string) => {
      const el = children(this.xml, font.tag).find((c) => c.tag.local === local);
      return el ? (attr(this.xml.slice(el.tag.start, el.tag.end), 'val') ?? null) : null;
    };
    const size = Number(val('sz'));
    return { name: val('name'), size: Number.isFinite(size) && size > 0 ? size : null };
  }

  private numFmtId(code: string): number {
    if (code in BUILTIN) return BUILTIN[code];
    let max = 163;
    const section = children(this.xml, this.root()).find((c) => c.tag.local === 'numFmts');
    if (section) {
      for (const f of this.items(section.tag, 'numFmt')) {
        const text = this.xml.slice(f.tag.start, f.tag.end);
        const id = Number(attr(text, 'numFmtId'));
        if (attr(text, 'formatCode') === code) return id;
        max = Math.max(max, id);
      }
    }
    const P = prefixOf(this.root());
    this.append('numFmts', `<${P}numFmt numFmtId="${max + 1}" formatCode="${escapeAttr(code)}"/>`);
    return max + 1;
  }

  private boldFont(fontId: string): string {
    const known = this.boldFonts.get(fontId);
    if (known) return known;
    const all = this.items(this.section('fonts'), 'font');
    const P = prefixOf(this.root());
    const src = all[Number(fontId)] ?? all[0];
    let font = src ? this.xml.slice(src.tag.start, src.end) : `<${P}font/>`;
    const tag = findTag(font, 'font')!;
    if (!children(font, tag).some((c) => c.tag.local === 'b')) {
      font = tag.kind === 'empty' ? `${font.slice(0, -2).replace(/\s*$/, '')}><${P}b/></${tag.name}>` : `${font.slice(0, tag.end)}<${P}b/>${font.slice(tag.end)}`;
    }
    const id = String(this.findOrAppend('fonts', font));
    this.boldFonts.set(fontId, id);
    return id;
  }

  /** The index of a cell format like `base` with the given number format, bold font, alignment and/or wrap. */
  derive(base: number, opts: { numberFormat?: string; bold?: boolean; align?: CellWrite['align']; wrap?: boolean }): number {
    const key = `${base}|${opts.numberFormat ?? ''}|${opts.bold ? 1 : 0}|${opts.align ?? ''}|${opts.wrap ? 1 : 0}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const numFmtId = opts.numberFormat !== undefined ? this.numFmtId(opts.numberFormat) : undefined;
    const xfs = this.items(this.section('cellXfs'), 'xf');
    const P = prefixOf(this.root());
    const src = xfs[base] ?? xfs[0];
    let xf = src ? this.xml.slice(src.tag.start, src.end) : `<${P}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`;
    const tagEnd = findTag(xf, 'xf')!.end;
    let open = xf.slice(0, tagEnd);
    if (numFmtId !== undefined) {
      open = setAttr(setAttr(open, 'numFmtId', String(numFmtId)), 'applyNumberFormat', '1');
    }
    if (opts.bold) {
      const fontId = this.boldFont(attr(open, 'fontId') ?? '0');
      open = setAttr(setAttr(open, 'fontId', fontId), 'applyFont', '1');
    }
    xf = open + xf.slice(tagEnd);
    if (opts.align || opts.wrap) xf = alignedXf(xf, opts.align, opts.wrap);
    const index = this.findOrAppend('cellXfs', xf);
    this.cache.set(key, index);
    return index;
  }

}

const ITEM: Record<string, string> = { numFmts: 'numFmt', fonts: 'font', cellXfs: 'xf' };

/** How many cell formats (cellXfs' xf elements) a styles part holds: the `s` a cell may name. */
export function cellXfCount(xml: string): number {
  const root = rootTag(xml);
  const section = children(xml, root).find((c) => c.tag.local === 'cellXfs');
  return section ? children(xml, section.tag).filter((c) => c.tag.local === 'xf').length : 0;
}
