/**
 * A streaming scanner over XML text: no DOM, no namespace resolution. Element and attribute names
 * are reduced to their local part, so `<x:c>`, `<ns0:c>` and `<c>` (transitional, strict, or any
 * prefix a .NET tool picks) read alike. DTDs are skipped and custom entities left unexpanded, so a
 * hostile part cannot grow in memory beyond its own size.
 */
import { DetailedError } from '../errors';
import { xmlDetail, type ReadDetail } from '../../../i18n/read-details';

export interface XmlHandler {
  /** Called for every start tag (and for an empty element, followed at once by `close`). */
  open(name: string, attrs: string): void;
  close(name: string): void;
  /** Decoded character data; only called while `wantText` is true. */
  text(s: string): void;
  wantText: boolean;
  /**
   * A matcher for the common forms of a part's hot elements, tried at each "<" while set: it handles
   * whole elements in place in the piece being scanned and returns where it stopped (`at` when it
   * handled nothing, and the element there goes through open/close/text as usual).
   */
  fast?: ((buf: string, at: number) => number) | null;
}

/** A start tag longer than this is no spreadsheet's (cell text is at most 32,767 characters). */
const MAX_TAG = 16 * 1024 * 1024;

export class XmlScanError extends DetailedError {}

/**
 * An end tag against the elements open (`open`, by local name, the last the innermost): popped when
 * it closes that one; else what is wrong, for a part that is not well-formed (a tag lost or
 * mistyped) is refused, never read on as though the tag were there.
 */
export function endTag(open: string[], name: string): ReadDetail | null {
  const top = open[open.length - 1];
  if (top !== name) return top === undefined ? xmlDetail.strayClose(name) : xmlDetail.mismatched(top, name);
  open.pop();
  return null;
}

/** What is wrong with a part whose elements are not all closed at its end, or null. */
export function leftOpen(open: string[]): ReadDetail | null {
  return open.length ? xmlDetail.unclosed(open[open.length - 1]) : null;
}

export class XmlScanner {
  private parts: string[] = [];
  private pending = 0;
  /** Waits for this many pending characters before trying again: linear time on long tokens. */
  private retryAt = 0;

  constructor(private readonly h: XmlHandler) {}

  feed(chunk: string, final = false): void {
    if (chunk) {
      this.parts.push(chunk);
      this.pending += chunk.length;
    }
    if (!final && this.pending < this.retryAt) return;
    const buf = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    const used = this.scan(buf, final);
    const rest = used === 0 ? buf : buf.slice(used);
    this.parts = rest ? [rest] : [];
    this.pending = rest.length;
    if (rest.length > MAX_TAG && rest.charCodeAt(0) === 60) throw new XmlScanError(xmlDetail.tagTooLong(MAX_TAG));
    this.retryAt = rest.length > 4096 ? rest.length * 2 : 0;
    if (final && rest) throw new XmlScanError(xmlDetail.endsInsideTag());
  }

  /** Scans as far as complete tokens go; returns how many characters it used. */
  private scan(buf: string, final: boolean): number {
    const h = this.h;
    const n = buf.length;
    let i = 0;
    // Where the fast matcher last stopped: the element there is the generic scanner's.
    let declined = -1;
    while (i < n) {
      const lt = buf.indexOf('<', i);
      if (lt < 0) {
        // Text nobody wants is dropped at once: a part of junk text costs no memory.
        if (!h.wantText) return n;
        if (!final) return i;
        h.text(decodeText(buf.slice(i)));
        return n;
      }
      if (lt > i && h.wantText) h.text(decodeText(buf.slice(i, lt)));
      i = lt;
      if (h.fast && lt !== declined) {
        const j = h.fast(buf, lt);
        if (j !== lt) {
          i = declined = j;
          continue;
        }
      }
      const c = buf.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = buf.indexOf('>', lt + 2);
        if (gt < 0) return i;
        let e = gt;
        while (e > lt + 2 && isSpace(buf.charCodeAt(e - 1))) e--;
        let from = lt + 2;
        for (let k = from; k < e; k++) if (buf.charCodeAt(k) === 58) from = k + 1;
        h.close(buf.slice(from, e));
        i = gt + 1;
      } else if (c === 33 /* ! */) {
        if (buf.startsWith('<!--', lt)) {
          const end = buf.indexOf('-->', lt + 4);
          if (end < 0) return i;
          i = end + 3;
        } else if (buf.startsWith('<![CDATA[', lt)) {
          const end = buf.indexOf(']]>', lt + 9);
          if (end < 0) return i;
          if (h.wantText) h.text(buf.slice(lt + 9, end));
          i = end + 3;
        } else {
          const end = declarationEnd(buf, lt + 2);
          if (end < 0) return i;
          i = end + 1;
        }
      } else if (c === 63 /* ? */) {
        const end = buf.indexOf('?>', lt + 2);
        if (end < 0) return i;
        i = end + 2;
      } else if (c !== c) {
        return i; // "<" is the last character
      } else {
        const gt = tagEnd(buf, lt + 1);
        if (gt < 0) return i;
        const empty = buf.charCodeAt(gt - 1) === 47;
        const end = empty ? gt - 1 : gt;
        let j = lt + 1;
        let from = j;
        for (let c2 = buf.charCodeAt(j); j < end && !isSpace(c2); c2 = buf.charCodeAt(++j)) if (c2 === 58) from = j + 1;
        const name = buf.slice(from, j);
        h.open(name, j < end ? buf.slice(j, end) : '');
        if (empty) h.close(name);
        i = gt + 1;
      }
    }
    return i;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The ">" closing a start tag, skipping quoted attribute values (which may hold ">"). */
export function tagEnd(buf: string, from: number): number {
  let quote = 0;
  for (let k = from; k < buf.length; k++) {
    const c = buf.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return k;
  }
  return -1;
}

/** The end of `<!DOCTYPE …>`, skipping an internal subset in brackets. */
function declarationEnd(buf: string, from: number): number {
  let depth = 0;
  let quote = 0;
  for (let k = from; k < buf.length; k++) {
    const c = buf.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 91) depth++;
    else if (c === 93) depth--;
    else if (c === 62 && depth <= 0) return k;
  }
  return -1;
}

export function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag by local name (namespace declarations left out). */
export function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!s) return out;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(s); m; m = ATTR.exec(s)) {
    const q = m[1];
    if (q.startsWith('xmlns')) continue;
    out[localName(q)] = decodeAttr(m[2] ?? m[3]);
  }
  return out;
}

/** One attribute by local name, without building the whole record (the hot path: cells). */
export function attribute(s: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const k = s.indexOf(name, from);
    if (k < 0) return undefined;
    from = k + name.length;
    const before = s.charCodeAt(k - 1);
    if (!(isSpace(before) || before === 58 /* : */)) continue;
    let j = from;
    while (isSpace(s.charCodeAt(j))) j++;
    if (s.charCodeAt(j) !== 61 /* = */) continue;
    if (before === 58) {
      // a prefixed name: skip namespace declarations such as xmlns:r
      const start = s.lastIndexOf(' ', k) + 1;
      if (s.startsWith('xmlns', start)) continue;
    }
    j++;
    while (isSpace(s.charCodeAt(j))) j++;
    const q = s.charCodeAt(j);
    if (q !== 34 && q !== 39) continue;
    const end = s.indexOf(q === 34 ? '"' : "'", j + 1);
    if (end < 0) return undefined;
    return decodeAttr(s.slice(j + 1, end));
  }
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

function entity(m: string, e: string): string {
  switch (e) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
  }
  const code = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
}

/** Character data as XML defines it: entities replaced, line ends normalized to "\n". */
export function decodeText(s: string): string {
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  return s.indexOf('&') < 0 ? s : s.replace(ENTITY, entity);
}

/** An attribute value as XML normalizes it: literal whitespace becomes a space. */
export function decodeAttr(s: string): string {
  // Most values (a cell's r, s and t) hold nothing to decode: one pass over their characters.
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    plain = c !== 38 && c !== 9 && c !== 10 && c !== 13;
  }
  if (plain) return s;
  if (/[\t\n\r]/.test(s)) s = s.replace(/\r\n|[\t\n\r]/g, ' ');
  return s.indexOf('&') < 0 ? s : s.replace(ENTITY, entity);
}

/**
 * The string as a copy of its own. Text the scanner hands out is a slice of the piece of the part
 * being scanned, and V8 keeps a slice of 13 characters or more as a view of its parent: one formula
 * kept in a cell would keep its whole 64 KB piece alive (at a million cells, 30 MB of pieces held for
 * 200,000 formulas). A string built from two halves is flat once read, and the collector then drops
 * the halves and their parent. What is kept after the part is read goes through here.
 */
export function detach(s: string): string {
  if (s.length < 13) return s;
  const copy = s.slice(0, 1) + s.slice(1);
  copy.charCodeAt(0);
  return copy;
}

/** Excel's escape for characters XML cannot carry (`_x000D_`); `_x005F_` escapes an underscore. */
export function unescapeXstring(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
