/**
 * Just enough XML to edit a part by position: tags found by scanning the text (comments,
 * processing instructions and CDATA skipped), attributes read and set on a tag's text, a parent's
 * child elements listed with their spans. Every byte outside the spans an edit replaces is kept.
 * Names are compared by local name, so prefixed parts (`x:row`, as .NET tools write) work too.
 */
import { DetailedError } from './errors';
import { xmlDetail } from '../../i18n/read-details';

export interface Tag {
  /** Offset of '<'. */
  start: number;
  /** Offset just past '>'. */
  end: number;
  kind: 'open' | 'close' | 'empty' | 'other';
  /** Qualified name as written (`x:row`). */
  name: string;
  local: string;
}

const isNameChar = (c: number) => c > 32 && c !== 62 && c !== 47 && c !== 61;

/** The next tag at or after `from`, or null. */
export function nextTag(s: string, from: number): Tag | null {
  let i = s.indexOf('<', from);
  while (i >= 0) {
    const c = s.charCodeAt(i + 1);
    if (c === 33 /* ! */) {
      const end = s.startsWith('<!--', i) ? s.indexOf('-->', i + 4) + 3 : s.startsWith('<![CDATA[', i) ? s.indexOf(']]>', i + 9) + 3 : s.indexOf('>', i) + 1;
      if (end <= 2) return null;
      i = s.indexOf('<', end);
      continue;
    }
    if (c === 63 /* ? */) {
      const end = s.indexOf('?>', i + 2);
      if (end < 0) return null;
      i = s.indexOf('<', end + 2);
      continue;
    }
    const close = c === 47;
    let j = close ? i + 2 : i + 1;
    const nameStart = j;
    while (j < s.length && isNameChar(s.charCodeAt(j))) j++;
    const name = s.slice(nameStart, j);
    // Attribute values may hold '>' only when quoted.
    let q = 0;
    for (; j < s.length; j++) {
      const ch = s.charCodeAt(j);
      if (q) {
        if (ch === q) q = 0;
      } else if (ch === 34 || ch === 39) q = ch;
      else if (ch === 62) break;
    }
    if (j >= s.length) return null;
    const colon = name.indexOf(':');
    return { start: i, end: j + 1, kind: close ? 'close' : s.charCodeAt(j - 1) === 47 ? 'empty' : 'open', name, local: colon < 0 ? name : name.slice(colon + 1) };
  }
  return null;
}

/** Where an element that starts with `open` ends (just past its end tag). */
export function elementEnd(s: string, open: Tag): number {
  if (open.kind === 'empty') return open.end;
  let depth = 1;
  let t = nextTag(s, open.end);
  while (t) {
    if (t.kind === 'open') depth++;
    else if (t.kind === 'close' && --depth === 0) return t.end;
    t = nextTag(s, t.end);
  }
  throw new DetailedError(xmlDetail.unclosed(open.name));
}

/** Fast end of an element that holds no element of its own name (rows, cells). */
export function flatEnd(s: string, open: Tag): number {
  if (open.kind === 'empty') return open.end;
  const needle = `</${open.name}`;
  let at = s.indexOf(needle, open.end);
  // `</c` also starts `</color`: the name must end there.
  while (at >= 0 && isNameChar(s.charCodeAt(at + needle.length))) at = s.indexOf(needle, at + needle.length);
  if (at < 0) throw new DetailedError(xmlDetail.unclosed(open.name));
  return s.indexOf('>', at) + 1;
}

export interface Child {
  tag: Tag;
  /** Just past the element's end. */
  end: number;
  /** Local name; for mc:AlternateContent, the local name of the element it wraps. */
  local: string;
}

/** The root element's open tag. */
export function rootTag(s: string): Tag {
  let t = nextTag(s, 0);
  while (t && t.kind !== 'open' && t.kind !== 'empty') t = nextTag(s, t.end);
  if (!t) throw new DetailedError(xmlDetail.noRoot());
  return t;
}

/** Child elements of the element opened by `parent`. */
export function children(s: string, parent: Tag): Child[] {
  const out: Child[] = [];
  if (parent.kind === 'empty') return out;
  let t = nextTag(s, parent.end);
  while (t && t.kind !== 'close') {
    // <sheetData> holds no element of its name: its end found by search, not by walking every cell.
    const end = t.local === 'sheetData' ? flatEnd(s, t) : elementEnd(s, t);
    let local = t.local;
    if (local === 'AlternateContent') {
      const inner = /<(?:[\w.-]+:)?(?:Choice|Fallback)\b[^>]*>\s*<(?:[\w.-]+:)?([\w.-]+)/.exec(s.slice(t.end, end));
      if (inner) local = inner[1];
    }
    out.push({ tag: t, end, local });
    t = nextTag(s, end);
  }
  return out;
}

/** The first element with this local name anywhere after `from`. */
export function findTag(s: string, local: string, from = 0): Tag | null {
  let t = nextTag(s, from);
  while (t) {
    if (t.local === local && t.kind !== 'close') return t;
    t = nextTag(s, t.end);
  }
  return null;
}

const attrRes = new Map<string, RegExp>();
function attrRe(name: string): RegExp {
  let re = attrRes.get(name);
  if (!re) {
    re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrRes.set(name, re);
  }
  return re;
}

/** An attribute of a tag's text, unescaped; `name` may be qualified (`r:id`). */
export function attr(tagText: string, name: string): string | undefined {
  const m = attrRe(name).exec(tagText);
  if (!m) return undefined;
  return unescapeXml(m[1] ?? m[2]);
}

/** The value of the first attribute with this local name, whatever its prefix (`r:id`, `ns1:id`). */
export function prefixedAttr(tagText: string, local: string): string | undefined {
  const m = new RegExp(`\\s[\\w.-]+:${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tagText);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

/** The tag's text with the attribute set (added before the tag's end when missing). */
export function setAttr(tagText: string, name: string, value: string): string {
  const re = attrRe(name);
  const v = escapeAttr(value);
  if (re.test(tagText)) return tagText.replace(re, ` ${name}="${v}"`);
  const end = tagText.endsWith('/>') ? tagText.length - 2 : tagText.length - 1;
  return `${tagText.slice(0, end)} ${name}="${v}"${tagText.slice(end)}`;
}

export function removeAttr(tagText: string, name: string): string {
  return tagText.replace(attrRe(name), '');
}

export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

export function escapeAttr(s: string): string {
  return s.replace(/[&<>"\n\r\t]/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' } as Record<string, string>)[c] ?? `#${c.charCodeAt(0)}`};`);
}

export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e],
  );
}

/** The namespace prefix (with its colon) a tag's name carries, '' when none. */
export const prefixOf = (t: Tag) => t.name.slice(0, t.name.length - t.local.length);

/**
 * Inserts `xml` as a child of the element opened by `parent`, at its place in a schema sequence:
 * before the first child that comes later in `order`. With `replace`, existing children of that
 * name are removed first; otherwise it follows them. Children the order does not know are passed
 * over (they keep their place).
 */
export function insertInOrder(s: string, parent: Tag, order: readonly string[], local: string, xml: string, replace = false): string {
  const rank = order.indexOf(local);
  // Our own call naming an element the schema order lacks: a program error, not the file's.
  if (rank < 0) throw new Error(`<${local}> has no place in this element`);
  if (parent.kind === 'empty') {
    const open = parent.name;
    return `${s.slice(0, parent.end - 2).replace(/\s*$/, '')}>${xml}</${open}>${s.slice(parent.end)}`;
  }
  let kids = children(s, parent);
  if (replace) {
    const same = kids.filter((k) => k.local === local && k.tag.local === local);
    for (let i = same.length - 1; i >= 0; i--) s = s.slice(0, same[i].tag.start) + s.slice(same[i].end);
    if (same.length) kids = children(s, parent);
  }
  const next = kids.find((k) => {
    const r = order.indexOf(k.local);
    return r > rank;
  });
  let at: number;
  if (next) at = next.tag.start;
  else {
    const last = kids[kids.length - 1];
    at = last ? last.end : parent.end;
  }
  return s.slice(0, at) + xml + s.slice(at);
}
