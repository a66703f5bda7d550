/**
 * Cell-level edits of one worksheet part (sheetN.xml) by position: one scan over <sheetData>
 * finds each target row and cell, splices the new cell in (rows and cells created in order when
 * missing) and keeps every other byte. Formulas are written with their cached results, text
 * inline (never as a formula). No DOM: time is linear in the part and memory a few copies of it.
 */
import type { CellWrite } from '../../core/changes';
import { colIndex } from '../../core/workbook';
import { Utf8Chunks } from '../../core/text/utf8-chunks';
import { memoText } from '../../core/text/memo';
import { decodeText } from './xlsx/scanner';
import { slideFormula } from './xlsx/shared-formula';
import { attr, escapeText, findTag, flatEnd, elementEnd, nextTag, prefixOf, removeAttr, setAttr, type Tag } from './xml-scan';
import { DetailedError } from './errors';
import { xmlDetail, type ReadDetail } from '../../i18n/read-details';

/** A write in the order the scan meets it. */
interface Target {
  row: number;
  col: number;
  ref: string;
  w: CellWrite;
}

const REF = /^([A-Z]{1,3})(\d+)$/;

function target(w: CellWrite): Target {
  const m = REF.exec(w.cell);
  if (!m) throw new Error(`bad cell address ${w.cell}`);
  return { row: Number(m[2]), col: colIndex(m[1]), ref: w.cell, w };
}

const colOfRef = (ref: string) => colIndex(ref.replace(/\d+$/, '').replace(/^\$/, ''));

/**
 * Characters XML cannot carry, and a carriage return (which a reader's XML parser turns into a line
 * feed), are written as OOXML `_xHHHH_` escapes (ST_Xstring), as Excel writes them; the underscore
 * that begins a literal such escape is protected (`_x005F_`), each of escapes that share one too.
 */
export function xstring(s: string): string {
  return escapeText(
    s.replace(/_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0B-\x1F\uFFFE\uFFFF]/g, (m) =>
      m === '_' ? '_x005F_' : `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    ),
  );
}

/**
 * Column styles from <cols>: the style a new cell takes when its row has none. <cols> comes before
 * <sheetData> (at `until`), and is looked for only there: a sheet without one is not scanned to its
 * end, tag by tag (a million-cell plan's 38 MB: 80 ms of recalc).
 */
function columnStyles(xml: string, until: number): { min: number; max: number; style: number }[] {
  const out: { min: number; max: number; style: number }[] = [];
  let t = nextTag(xml, 0);
  while (t && t.start < until && !(t.local === 'cols' && t.kind !== 'close')) t = nextTag(xml, t.end);
  if (!t || t.start >= until || t.kind === 'empty') return out;
  t = nextTag(xml, t.end);
  while (t && t.local === 'col') {
    const text = xml.slice(t.start, t.end);
    const style = attr(text, 'style');
    if (style) out.push({ min: Number(attr(text, 'min')) - 1, max: Number(attr(text, 'max')) - 1, style: Number(style) });
    t = nextTag(xml, t.kind === 'empty' ? t.end : elementEnd(xml, t));
  }
  return out.sort((a, b) => a.min - b.min);
}

function styleOfColumn(cols: { min: number; max: number; style: number }[], col: number): number | undefined {
  let lo = 0;
  let hi = cols.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cols[mid].max < col) lo = mid + 1;
    else if (cols[mid].min > col) hi = mid - 1;
    else return cols[mid].style;
  }
  return undefined;
}

export interface SheetEditOptions {
  /** The cell format for a write given the one the cell has or inherits; undefined keeps the cell's own. */
  restyle: (base: number, w: CellWrite) => number | undefined;
  /**
   * Heights in points of rows a sheet without rows gets (see rowless): set on each row as it is
   * written, as print-xml's setRowHeights would set them afterwards. Ignored for other sheets.
   */
  rowHeights?: ReadonlyMap<number, number>;
  /**
   * How many cell formats the package's styles part held before the write: a new cell keeps a
   * row's or column's style only if it names one of them (a part may name one it lacks); none is
   * kept when not given.
   */
  styleCount?: number;
  /**
   * Told of each cell given content (a value or a formula) without a number format of the write's
   * own that keeps a style a reader does not see: an empty cell's own, or its row's or column's. The
   * cell then shows that style's number format, which no snapshot of the part held (a reader skips
   * a cell with nothing in it): the browser port reads such a write back rather than model it.
   */
  unseenStyle?: () => void;
}

/**
 * Applies cell writes to a worksheet part and returns the new part. Writes to the same cell apply
 * in their order.
 */
export function editSheet(xml: string, writes: CellWrite[], opts: SheetEditOptions): string {
  const data = findTag(xml, 'sheetData');
  if (!data || !rowless(xml, data)) return spliceSheet(xml, writes, opts);
  const pieces: string[] = [];
  fill(xml, data, writes, opts, (s) => pieces.push(s));
  return pieces.join('');
}

/**
 * editSheet's text as UTF-8 bytes, given to `out` in pieces of about a megabyte as they are made
 * (`encodeHead` makes the bytes of the XML declaration, which it may rewrite; the rest is plain
 * UTF-8): the part never exists as one array of bytes, and a sheet without rows never as one text —
 * for the 集計 of a million-cell plan, 55 MB; for the plan recalc writes into, its 38 MB text
 * joined again, copied once more to widen its dimension, then encoded whole. (A shared formula
 * rewritten is the exception: its group is mended over the whole text.) False when the text is the
 * part's own, unchanged: the part is then best left as it is stored.
 *
 * `out` is done with a piece when it returns (a compressor takes it in): the piece's buffer is
 * filled again with the next, so a part's megabytes pass through one buffer, not a fresh one each
 * (fresh memory is zeroed and faulted in page by page: recalc at a million cells 5,000 faults fewer).
 */
export function editSheetBytes(xml: string, writes: CellWrite[], opts: SheetEditOptions, encodeHead: (head: string) => Uint8Array, out: (bytes: Uint8Array) => void): boolean {
  const { emit, flush } = emitter(encodeHead, out);
  const data = findTag(xml, 'sheetData');
  let changed = true;
  if (data && rowless(xml, data)) fill(xml, data, writes, opts, emit);
  else {
    const spliced = splicedPieces(xml, writes, opts);
    for (const piece of spliced.pieces) emit(piece);
    changed = spliced.changed;
  }
  flush();
  return changed;
}

/**
 * Texts given as UTF-8 bytes to `out` in pieces of about a megabyte (see editSheetBytes): the first
 * text's XML declaration through `encodeHead`.
 */
function emitter(encodeHead: (head: string) => Uint8Array, out: (bytes: Uint8Array) => void): { emit: (s: string) => void; flush: () => void } {
  let spent: ArrayBuffer | undefined;
  const chunks = new Utf8Chunks(
    (piece) => {
      out(piece);
      spent = piece.buffer as ArrayBuffer;
    },
    1 << 20,
    () => {
      const b = spent;
      spent = undefined;
      return b;
    },
  );
  let first = true;
  const emit = (s: string) => {
    if (first) {
      const end = s.startsWith('<?xml') ? s.indexOf('?>') + 2 : 0;
      chunks.bytes(encodeHead(end > 1 ? s.slice(0, end) : ''));
      chunks.push(end > 1 ? s.slice(end) : s);
    } else chunks.push(s);
    first = false;
  };
  return { emit, flush: () => chunks.flush() };
}

/** Bytes of text a window of a part's rows holds at least (see editSheetPart). */
const WINDOW_BYTES = 1 << 16;

/**
 * editSheetBytes of a sheet part given as its UTF-8 bytes, which are decoded a window of rows at a
 * time (some 64 KB, ended after a row's end tag): the part never exists as one text. A text of
 * the whole part is memory the process has not touched yet, paid for page by page (a million-cell
 * plan's 38 MB, some 120 ms on a machine where a fresh page costs 10 µs; docs/performance.md);
 * a window is young memory, used again. `protectedSheet` is asked of the text after the rows (from
 * the first `</sheetData>`); 'protected' when it says so, and what was given to `out` does not count.
 * Null where the part is not one this edit follows (the whole text is then edited, as before):
 * UTF-16, a sheetData without rows, a comment, CDATA or processing instruction among the rows, a
 * row without its number or rows or cells out of order, a shared formula whose first cell is
 * rewritten (its group is mended over the whole text) — in every one of those cases nothing was
 * given to `out` that counts: the caller drops what it was given.
 * `windowBytes`: the least a window holds (tests cut windows small).
 */
export function editSheetPart(
  bytes: Uint8Array,
  writes: CellWrite[],
  opts: SheetEditOptions,
  encodeHead: (head: string) => Uint8Array,
  out: (bytes: Uint8Array) => void,
  protectedSheet: (tail: string) => boolean,
  windowBytes = WINDOW_BYTES,
): boolean | 'protected' | null {
  if (bytes.length < 2 || bytes[0] === 0xff || bytes[0] === 0xfe || bytes[1] === 0) return null;
  // The head: the part up to <sheetData>'s start tag, found in the bytes (its name is ASCII) and decoded (a
  // byte-order mark at the part's start dropped, as the whole text drops it); the windows after it keep every
  // character, a U+FEFF that starts one too.
  const open = sheetDataOpen(bytes);
  if (open < 0) return null;
  const head = new TextDecoder().decode(bytes.subarray(0, open));
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const data = findTag(head, 'sheetData');
  if (!data || data.kind !== 'open' || data.end !== head.length) return null;
  const P = prefixOf(data);
  const closeTag = `</${data.name}`;
  const rowEnd = new TextEncoder().encode(`</${P}row>`);

  const targets = writes.map(target);
  targets.sort((a, b) => a.row - b.row || a.col - b.col);
  const unshare = new Unshare();
  const cw = cellWriter(P, columnStyles(head, data.start), opts, unshare);
  const { emit, flush } = emitter(encodeHead, out);
  const widened = widenDimension(head, targets);
  let changed = widened !== head;
  emit(widened);
  let i = 0;
  let rowNum = 0;
  /** The part from the first </sheetData> on, once a window reaches it. */
  let tail: string | null = null;
  try {
    for (let from = open; tail === null; ) {
      if (from >= bytes.length) return null;
      const to = windowEnd(bytes, from + windowBytes, bytes.length, rowEnd);
      let w = decoder.decode(bytes.subarray(from, to));
      // The first </sheetData>, searched from the window's start: rows with end tags may follow it in an extension.
      const k = w.indexOf(closeTag);
      if (k >= 0) {
        tail = w.slice(k) + (to < bytes.length ? decoder.decode(bytes.subarray(to)) : '');
        w = w.slice(0, k);
        // A sheetData without rows is filled row by row (editSheetBytes).
        if (from === open && w.indexOf('<') < 0) return null;
      }
      const last = tail !== null;
      // Looked for by their rare second character first: a search for '<!' stops at every '<' of the window (a
      // million-cell sheet's rows, 50 ms of recalc), one for '!' where there is one.
      if ((w.indexOf('!') >= 0 && w.indexOf('<!') >= 0) || (w.indexOf('?') >= 0 && w.indexOf('<?') >= 0)) return null;
      let copied = 0;
      let t = nextTag(w, 0);
      while (i < targets.length) {
        const want = targets[i].row;
        let n = Infinity;
        // Rows before the one wanted, passed over.
        while (t) {
          if (t.local !== 'row' || t.kind === 'close') return null;
          const r = attr(w.slice(t.start, t.end), 'r');
          if (r === undefined) return null;
          n = Number(r);
          if (!(n > rowNum)) return null;
          if (n >= want) break;
          rowNum = n;
          t = nextTag(w, flatEnd(w, t));
        }
        // The rows wanted may be in the next window.
        if (!t && !last) break;
        let j = i;
        while (j < targets.length && targets[j].row === want) j++;
        const group = targets.slice(i, j);
        i = j;
        if (!t || n !== want) {
          // A new row, before the next one (or at the end of sheetData).
          const at = t ? t.start : w.length;
          emit(w.slice(copied, at));
          emit(newRow(P, want, group, cw));
          copied = at;
          changed = true;
          continue;
        }
        const end = flatEnd(w, t);
        const text = rowWithWrites(w, t, end, want, group, cw);
        if (!changed && text !== w.slice(t.start, end)) changed = true;
        emit(w.slice(copied, t.start));
        emit(text);
        copied = end;
        rowNum = want;
        t = nextTag(w, end);
      }
      // A shared formula's group is mended over the whole text.
      if (unshare.groups.size) return null;
      emit(w.slice(copied));
      from = to;
    }
  } catch (e) {
    if (e instanceof OutOfOrder) return null;
    throw e;
  }
  if (protectedSheet(tail)) return 'protected';
  emit(tail);
  flush();
  return changed;
}

/** Just past the first `needle` (a row's end tag) at or after `from`, or `limit`. */
function windowEnd(bytes: Uint8Array, from: number, limit: number, needle: Uint8Array): number {
  const n = needle.length;
  for (let i = from; i + n <= limit; i++) {
    if (bytes[i] !== 0x3c) continue;
    let k = 1;
    while (k < n && bytes[i + k] === needle[k]) k++;
    if (k === n) return i + n;
  }
  return limit;
}

/**
 * Just past the start tag of sheetData (`<` + an optional prefix + `sheetData`, then `>`), -1 when
 * none: the first in the part (what comes before it is a sheet's properties, views and columns).
 */
function sheetDataOpen(bytes: Uint8Array): number {
  const name = 'sheetData';
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x3c) continue;
    let j = i + 1;
    // A prefix: name characters up to a colon.
    let k = j;
    while (k < bytes.length && k - j < 32 && bytes[k] !== 0x3a && bytes[k] !== 0x3e && bytes[k] !== 0x20 && bytes[k] !== 0x2f) k++;
    if (bytes[k] === 0x3a) j = k + 1;
    let m = 0;
    while (m < name.length && bytes[j + m] === name.charCodeAt(m)) m++;
    if (m < name.length) continue;
    const after = bytes[j + m];
    if (after !== 0x3e && after !== 0x20 && after !== 0x2f && after !== 0x09 && after !== 0x0a && after !== 0x0d) continue;
    // Its end: the first '>' (no attribute of sheetData holds one).
    for (let e = j + m; e < bytes.length; e++) if (bytes[e] === 0x3e) return e + 1;
    return -1;
  }
  return -1;
}

/** The general edit: each write spliced into the part as read (what a sheet without rows is also checked against). */
export function spliceSheet(xml: string, writes: CellWrite[], opts: SheetEditOptions): string {
  return splicedPieces(xml, writes, opts).pieces.join('');
}

/**
 * spliceSheet's text in the pieces it is made of (the spans of the part kept as they were, and what
 * is new between them), and whether it differs from the part's.
 */
function splicedPieces(xml: string, writes: CellWrite[], opts: SheetEditOptions): { pieces: string[]; changed: boolean } {
  try {
    return edit(xml, writes, opts);
  } catch (e) {
    if (!(e instanceof OutOfOrder)) throw e;
    // Rows or cells out of order (Excel and LibreOffice read them): put in order once, then edit.
    return { pieces: edit(inOrder(xml), writes, opts).pieces, changed: true };
  }
}

/** Whether editSheet writes this part's rows in order (and so sets opts.rowHeights itself). */
export function isRowless(xml: string): boolean {
  const data = findTag(xml, 'sheetData');
  return !!data && rowless(xml, data);
}

/** sheetData holds no row (a sheet the ChangeSet creates, or one left empty): there is nothing in it to keep. */
function rowless(xml: string, data: Tag): boolean {
  if (data.kind === 'empty') return true;
  const t = nextTag(xml, data.end);
  return t !== null && t.kind === 'close' && t.local === 'sheetData';
}

/**
 * The writes of a sheet without rows (取りまとめ's 明細: hundreds of thousands of cells), written
 * in order straight into the part: one pass, the pieces joined once, no splice of a growing copy.
 * The text is the one edit() makes of the same part.
 */
function fill(xml: string, data: Tag, writes: CellWrite[], opts: SheetEditOptions, emit: (text: string) => void): void {
  const n = writes.length;
  const rows = new Int32Array(n);
  const cols = new Int32Array(n);
  const bounds = { c1: Infinity, r1: Infinity, c2: -Infinity, r2: -Infinity };
  let sorted = true;
  const at2 = new Int32Array(2);
  for (let i = 0; i < n; i++) {
    if (!parseRef(writes[i].cell, at2)) throw new Error(`bad cell address ${writes[i].cell}`);
    const r = (rows[i] = at2[0]);
    const c = (cols[i] = at2[1]);
    if (i && (r < rows[i - 1] || (r === rows[i - 1] && c < cols[i - 1]))) sorted = false;
    if (c < bounds.c1) bounds.c1 = c;
    if (c > bounds.c2) bounds.c2 = c;
    if (r < bounds.r1) bounds.r1 = r;
    if (r > bounds.r2) bounds.r2 = r;
  }
  // Writes to one cell keep their order (the sort is stable on the index).
  const order = sorted ? null : Array.from({ length: n }, (_, i) => i).sort((a, b) => rows[a] - rows[b] || cols[a] - cols[b] || a - b);
  const at = (k: number) => (order ? order[k] : k);
  const P = prefixOf(data);
  const { render, cellText, newCellText } = cellWriter(P, columnStyles(xml, data.start), opts, new Unshare());
  const target = (i: number): Target => ({ row: rows[i], col: cols[i], ref: writes[i].cell, w: writes[i] });

  let head: string;
  let tail: string;
  if (data.kind === 'empty') {
    head = `${xml.slice(0, data.start)}<${data.name}>`;
    tail = `</${data.name}>${xml.slice(data.end)}`;
  } else {
    const close = nextTag(xml, data.end)!;
    head = xml.slice(0, close.start);
    tail = xml.slice(close.start);
  }
  if (!n) {
    emit(head + tail);
    return;
  }
  // <dimension> comes before sheetData: widened in the head.
  emit(widenDimensionTo(head, bounds, true));
  // Each row's text is made flat at once from its pieces (one array, used again row after row):
  // the pieces die young instead of being kept to the end.
  const pieces: string[] = [];
  let row = -1;
  const heights = opts.rowHeights;
  const endRow = () => {
    pieces.push(`</${P}row>`);
    emit(pieces.join(''));
    pieces.length = 0;
  };
  for (let k = 0; k < n; ) {
    const i = at(k);
    if (rows[i] !== row) {
      if (row >= 0) endRow();
      row = rows[i];
      const h = heights?.get(row);
      pieces.push(`<${P}row r="${row}"${h !== undefined ? ` ht="${h}" customHeight="1"` : ''}>`);
    }
    let m = k + 1;
    if (m < n && rows[at(m)] === row && cols[at(m)] === cols[i]) {
      // Writes to one cell, one over the other.
      let cell = render(null, undefined, target(i));
      while (m < n && rows[at(m)] === row && cols[at(m)] === cols[i]) cell = render(cell, undefined, target(at(m++)));
      pieces.push(cellText(cell));
    } else newCellText(pieces, undefined, cols[i], writes[i].cell, writes[i]);
    k = m;
  }
  endRow();
  emit(tail);
}

/**
 * Rows or cells out of order (put in order, then edited again) or repeated: a row or cell given
 * twice cannot be put in order, and is refused naming it (the writer adds the sheet and part).
 */
class OutOfOrder extends DetailedError {
  constructor(detail: ReadDetail = xmlDetail.outOfOrder()) {
    super(detail);
  }
}

function edit(xml: string, writes: CellWrite[], opts: SheetEditOptions): { pieces: string[]; changed: boolean } {
  const targets = writes.map(target);
  // Stable: writes to one cell keep their order.
  targets.sort((a, b) => a.row - b.row || a.col - b.col);
  let data = findTag(xml, 'sheetData');
  if (!data) throw new DetailedError(xmlDetail.noSheetData());
  if (data.kind === 'empty') {
    xml = `${xml.slice(0, data.start)}<${data.name}></${data.name}>${xml.slice(data.end)}`;
    data = findTag(xml, 'sheetData')!;
  }
  const P = prefixOf(data);
  const cols = columnStyles(xml, data.start);
  const unshare = new Unshare();
  const out: string[] = [];
  let copied = 0;
  // Whether any span was replaced by other text (a write may leave a cell as it was).
  let changed = false;
  const splice = (from: number, to: number, text: string) => {
    if (!changed && text !== xml.slice(from, to)) changed = true;
    out.push(xml.slice(copied, from), text);
    copied = to;
  };

  const cw = cellWriter(P, cols, opts, unshare);

  let i = 0;
  let t: Tag | null = nextTag(xml, data.end);
  let rowNum = 0;
  let shifted = false;
  let implicitRows = false;
  /** Steps over rows before `want` (all of them when Infinity); stops at the first at or after it. */
  const skipTo = (want: number) => {
    while (t && !(t.kind === 'close' && t.local === 'sheetData')) {
      if (t.local !== 'row') {
        t = nextTag(xml, elementEnd(xml, t));
        continue;
      }
      const open = xml.slice(t.start, t.end);
      const r = attr(open, 'r');
      const n = r !== undefined ? Number(r) : rowNum + 1;
      if (r === undefined) implicitRows = true;
      else if (n <= rowNum) throw new OutOfOrder(n === rowNum ? xmlDetail.rowRepeated(n) : undefined);
      if (n >= want) break;
      if (r === undefined) {
        // A row without `r` sits after the previous one: once a row is inserted before it, it needs its number.
        if (shifted) splice(t.start, t.end, setAttr(open, 'r', String(n)));
      }
      rowNum = n;
      t = nextTag(xml, flatEnd(xml, t));
    }
  };
  while (i < targets.length) {
    const want = targets[i].row;
    skipTo(want);
    let j = i;
    while (j < targets.length && targets[j].row === want) j++;
    const group = targets.slice(i, j);
    i = j;
    const atEnd = !t || (t.kind === 'close' && t.local === 'sheetData');
    const n = atEnd ? Infinity : Number(attr(xml.slice(t!.start, t!.end), 'r') ?? rowNum + 1);
    if (n !== want) {
      // A new row, before the next one (or at the end of sheetData).
      const at = atEnd ? (t ? t.start : xml.length) : t!.start;
      out.push(xml.slice(copied, at), newRow(P, want, group, cw));
      copied = at;
      changed = true;
      shifted = true;
      continue;
    }
    // Edit the row in place.
    const rowEnd = flatEnd(xml, t!);
    splice(t!.start, rowEnd, rowWithWrites(xml, t!, rowEnd, want, group, cw));
    rowNum = want;
    t = nextTag(xml, rowEnd);
  }
  if (shifted && implicitRows) skipTo(Infinity);
  out.push(xml.slice(copied));
  // A rewritten shared formula's group is mended over the whole text (rare: the pieces joined).
  if (unshare.groups.size) return { pieces: [widenDimension(unshareFormulas(out.join(''), unshare), targets)], changed: true };
  // <dimension> comes before sheetData, and every piece but the first after the first row edited.
  const head = widenDimension(out[0], targets);
  if (head !== out[0]) changed = true;
  out[0] = head;
  return { pieces: out, changed };
}

type ColumnStyles = ReturnType<typeof columnStyles>;

type CellWriter = ReturnType<typeof cellWriter>;

/** A row the part did not have, holding the writes of `group` (one row's, in column order). */
function newRow(P: string, row: number, group: Target[], { render, cellText }: CellWriter): string {
  const cells: string[] = [];
  for (let k = 0; k < group.length; ) {
    let cell = render(null, undefined, group[k]);
    let m = k + 1;
    while (m < group.length && group[m].col === group[k].col) cell = render(cell, undefined, group[m++]);
    cells.push(cellText(cell));
    k = m;
  }
  return `<${P}row r="${row}">${cells.join('')}</${P}row>`;
}

/**
 * The text of the row opened by `rowTag` (ending at `rowEnd`) with the writes of `group` (its
 * row's, in column order) applied: written cells rendered over the old, new ones inserted in
 * order, the rest kept as they were.
 */
function rowWithWrites(xml: string, rowTag: Tag, rowEnd: number, want: number, group: Target[], { render, cellText }: CellWriter): string {
  let open = xml.slice(rowTag.start, rowTag.end);
  if (attr(open, 'r') === undefined) open = setAttr(open, 'r', String(want));
  const rowStyle = attr(open, 'customFormat') === '1' || attr(open, 'customFormat') === 'true' ? Number(attr(open, 's') ?? 0) : undefined;
  const closeStart = rowTag.kind === 'empty' ? rowTag.end : xml.lastIndexOf('<', rowEnd - 1);
  const parts: string[] = [];
  let p = rowTag.end;
  let col = -1;
  const inserted: number[] = [];
  let k = 0;
  let c = rowTag.kind === 'empty' ? null : nextTag(xml, p);
  while (c && c.start < closeStart) {
    if (c.local !== 'c') {
      const e = elementEnd(xml, c);
      parts.push(xml.slice(p, e));
      p = e;
      c = nextTag(xml, e);
      continue;
    }
    const cOpen = xml.slice(c.start, c.end);
    const r = attr(cOpen, 'r');
    const at = r !== undefined ? colOfRef(r) : col + 1;
    if (at <= col) throw new OutOfOrder(at === col ? xmlDetail.cellRepeated(`${colLetterOf(at)}${want}`) : undefined);
    const cEnd = flatEnd(xml, c);
    // New cells before this one.
    while (k < group.length && group[k].col < at) {
      let cell = render(null, rowStyle, group[k]);
      let m = k + 1;
      while (m < group.length && group[m].col === group[k].col) cell = render(cell, rowStyle, group[m++]);
      parts.push(xml.slice(p, c.start), cellText(cell));
      inserted.push(group[k].col);
      p = c.start;
      k = m;
    }
    if (k < group.length && group[k].col === at) {
      const inner = c.kind === 'empty' ? '' : xml.slice(c.end, xml.lastIndexOf('<', cEnd - 1));
      let cell = render({ open: r === undefined ? setAttr(cOpen, 'r', `${colLetterOf(at)}${want}`) : cOpen, inner }, rowStyle, group[k]);
      let m = k + 1;
      while (m < group.length && group[m].col === at) cell = render(cell, rowStyle, group[m++]);
      parts.push(xml.slice(p, c.start), cellText(cell));
      k = m;
    } else if (r === undefined) {
      // Its place was implied by the cells before it: written out, so that an inserted cell cannot move it.
      parts.push(xml.slice(p, c.start), setAttr(cOpen, 'r', `${colLetterOf(at)}${want}`), xml.slice(c.end, cEnd));
    } else parts.push(xml.slice(p, cEnd));
    p = cEnd;
    col = at;
    c = nextTag(xml, cEnd);
  }
  const tail: string[] = [];
  while (k < group.length) {
    let cell = render(null, rowStyle, group[k]);
    let m = k + 1;
    while (m < group.length && group[m].col === group[k].col) cell = render(cell, rowStyle, group[m++]);
    tail.push(cellText(cell));
    inserted.push(group[k].col);
    k = m;
  }
  if (inserted.length) open = widenSpans(open, inserted);
  const body = parts.join('') + (rowTag.kind === 'empty' ? '' : xml.slice(p, closeStart)) + tail.join('');
  return `${open.replace(/\s*\/>$/, '>')}${body}</${rowTag.name}>`;
}


/**
 * Renders a cell write over the cell as it was (null: a new cell), and a rendered cell as text.
 * A rewritten shared formula's group goes into `unshare`, with the formula its first cell had.
 */
function cellWriter(P: string, cols: ColumnStyles, opts: SheetEditOptions, unshare: Unshare) {
  const render = (old: { open: string; inner: string } | null, rowStyle: number | undefined, t: Target): { open: string; inner: string } => {
    if (!old) return renderNew(rowStyle, t);
    let open = old.open;
    const own = attr(open, 's');
    const base = own !== undefined ? Number(own) : (rowStyle ?? styleOfColumn(cols, t.col) ?? 0);
    const s = opts.restyle(base, t.w);
    if (base > 0 && unseen(t.w) && !/<(?:[\w.-]+:)?(?:v|f|is)\b/.test(old.inner)) opts.unseenStyle?.();
    if (old && t.w.formula === undefined && t.w.value === undefined) {
      // Only the style changes: the content stays.
      return { open: s !== undefined ? setAttr(old.open, 's', String(s)) : old.open, inner: old.inner };
    }
    // The value changes: its type, and metadata bound to the old value (rich values, dynamic
    // arrays), go with it.
    open = removeAttr(removeAttr(removeAttr(open, 't'), 'vm'), 'cm');
    if (attr(open, 'r') === undefined) open = setAttr(open, 'r', t.ref);
    if (s !== undefined) open = setAttr(open, 's', String(s));
    let kept = '';
    if (old?.inner) {
      let c = nextTag(old.inner, 0);
      while (c) {
        const end = elementEnd(old.inner, c);
        if (c.local === 'f') {
          const ft = old.inner.slice(c.start, c.end);
          const si = attr(ft, 't') === 'shared' ? attr(ft, 'si') : undefined;
          if (si !== undefined && attr(ft, 'ref')) unshare.add(t.row, t.col, si, formulaText(old.inner, c));
        } else if (c.local !== 'v' && c.local !== 'is') kept += old.inner.slice(c.start, end);
        c = nextTag(old.inner, end);
      }
    }
    const { type, body } = cellBody(t.w);
    if (type) open = setAttr(open, 't', type);
    return { open, inner: body + kept };
  };
  /**
   * A new cell's format: the write's, derived from the one it inherits (its row's, else its
   * column's), or that inherited one as it is (when the styles part has it: see styleCount). A
   * cell not yet written shows its row's or column's format; written without `s` it would show the
   * default one (ECMA-376 Part 1, §18.3.1.4 c: `s` defaults to 0; §18.3.1.13 col: `style` applies
   * to cells not yet allocated) and lose its borders and number format, where Excel, given a value
   * for such a cell, keeps them.
   */
  const newStyle = (rowStyle: number | undefined, col: number, w: CellWrite): number | undefined => {
    const inherited = rowStyle ?? styleOfColumn(cols, col) ?? 0;
    const s = opts.restyle(inherited, w) ?? (inherited > 0 && inherited < (opts.styleCount ?? 0) ? inherited : undefined);
    if (inherited > 0 && s !== undefined && unseen(w)) opts.unseenStyle?.();
    return s;
  };
  /** Content given without a number format of the write's own (see SheetEditOptions.unseenStyle). */
  const unseen = (w: CellWrite): boolean => w.numberFormat === undefined && (w.formula !== undefined || (w.value !== undefined && w.value !== null && w.value !== ''));
  /**
   * A cell the part did not have: the text render() makes of `<c r="…">` (its style, then its
   * type, added in that order), written straight out — most cells of a created sheet, where the
   * attribute edits of an existing cell cost more than the rest of the write.
   */
  const renderNew = (rowStyle: number | undefined, t: Target): { open: string; inner: string } => {
    const s = newStyle(rowStyle, t.col, t.w);
    const { type, body } = cellBody(t.w);
    return { open: `<${P}c r="${t.ref}"${s !== undefined ? ` s="${s}"` : ''}${type ? ` t="${type}"` : ''}>`, inner: body };
  };
  /**
   * The pieces of cellText(renderNew(…)) pushed onto `out`, with no object or string between: a
   * created sheet's cells (a summary's hundreds of thousands) are most of what the writer makes.
   */
  const newCellText = (out: string[], rowStyle: number | undefined, col: number, ref: string, w: CellWrite): void => {
    const s = newStyle(rowStyle, col, w);
    const value = w.value;
    const formula = w.formula;
    // The type first: it is written in the open tag, before the content.
    // A formula with no result known (元に戻す gives back a user's formula, not its figure) is stored with none: the workbook
    // calculates on load (calcPr fullCalcOnLoad), and no reader takes an empty text for its result.
    const type =
      formula !== undefined
        ? value === undefined
          ? ''
          : typeof (value ?? '') === 'string'
          ? 'str'
          : typeof value === 'boolean'
            ? 'b'
            : ''
        : typeof value === 'string'
          ? value !== ''
            ? 'inlineStr'
            : ''
          : typeof value === 'boolean'
            ? 'b'
            : '';
    out.push(`<${P}c r="`, ref, s !== undefined ? `" s="${s}` : '', type ? `" t="${type}` : '');
    if (formula !== undefined) {
      out.push('">', formulaOpen(w), escapeText(formula.charCodeAt(0) === 61 ? formula.slice(1) : formula), `</${P}f>`);
      const cached = value === undefined ? undefined : (value ?? '');
      if (typeof cached === 'string') out.push(`<${P}v>`, text(cached), `</${P}v>`);
      else if (typeof cached === 'number') out.push(`<${P}v>`, String(cached), `</${P}v>`);
      else if (typeof cached === 'boolean') out.push(`<${P}v>`, cached ? '1' : '0', `</${P}v>`);
      out.push(`</${P}c>`);
    } else if (type === 'inlineStr') out.push(`"><${P}is><${P}t xml:space="preserve">`, text(value as string), `</${P}t></${P}is></${P}c>`);
    else if (typeof value === 'number') out.push(`"><${P}v>`, String(value), `</${P}v></${P}c>`);
    else if (typeof value === 'boolean') out.push(`"><${P}v>`, value ? '1' : '0', `</${P}v></${P}c>`);
    else out.push('"/>');
  };
  /** A formula's start tag: an array formula of its one cell (CellWrite.array) as Excel saves one. */
  const formulaOpen = (w: CellWrite): string => (w.array ? `<${P}f t="array" ref="${w.cell}">` : `<${P}f>`);
  // A generated sheet repeats its texts (names, years, 達成): each escaped once.
  const text = memoText(xstring);
  /** A written cell's content (formula and cached value, or value) and the type it takes. */
  const cellBody = (w: Target['w']): { type: string; body: string } => {
    const v = (x: unknown): { type: string; body: string } =>
      typeof x === 'number' ? { type: '', body: `<${P}v>${String(x)}</${P}v>` } : typeof x === 'boolean' ? { type: 'b', body: `<${P}v>${x ? 1 : 0}</${P}v>` } : { type: '', body: '' };
    if (w.formula !== undefined) {
      const f = `${formulaOpen(w)}${escapeText(w.formula.replace(/^=/, ''))}</${P}f>`;
      if (w.value === undefined) return { type: '', body: f };
      const cached = w.value ?? '';
      if (typeof cached === 'string') return { type: 'str', body: `${f}<${P}v>${xstring(cached)}</${P}v>` };
      const c = v(cached);
      return { type: c.type, body: f + c.body };
    }
    if (w.value === undefined || w.value === null || w.value === '') return { type: '', body: '' };
    if (typeof w.value === 'string') return { type: 'inlineStr', body: `<${P}is><${P}t xml:space="preserve">${xstring(w.value)}</${P}t></${P}is>` };
    return v(w.value);
  };
  const cellText = (c: { open: string; inner: string }) => (c.inner ? `${c.open.replace(/\s*\/>$/, '>')}${c.inner}</${P}c>` : c.open.endsWith('/>') ? c.open : `${c.open.slice(0, -1)}/>`);
  return { render, cellText, newCellText };
}

/** "AB12" → row 12, column 27 (0-based) into `out`; false unless 1–3 capital letters and digits. */
function parseRef(ref: string, out: Int32Array): boolean {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  if (i === 0 || i > 3 || i === ref.length) return false;
  let row = 0;
  for (let k = i; k < ref.length; k++) {
    const d = ref.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
  }
  // Many digits: read as Number reads them.
  out[0] = ref.length - i > 15 ? Number(ref.slice(i)) : row;
  out[1] = col - 1;
  return true;
}

function colLetterOf(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `spans` is an optional hint of the columns a row uses: kept true when cells are added outside it. */
function widenSpans(open: string, cols: number[]): string {
  const spans = attr(open, 'spans');
  if (spans === undefined) return open;
  const nums = spans.split(/[\s:]+/).filter(Boolean).map(Number);
  const lo = Math.min(...nums, ...cols.map((c) => c + 1));
  const hi = Math.max(...nums, ...cols.map((c) => c + 1));
  if (nums.length === 2 && nums[0] === lo && nums[1] === hi) return open;
  return setAttr(open, 'spans', `${lo}:${hi}`);
}

/** The <dimension> grows to hold the written cells (readers size their grid from it). */
function widenDimension(xml: string, targets: Target[]): string {
  if (!targets.length) return xml;
  const b = { c1: Infinity, r1: Infinity, c2: -Infinity, r2: -Infinity };
  for (const t of targets) {
    b.c1 = Math.min(b.c1, t.col);
    b.c2 = Math.max(b.c2, t.col);
    b.r1 = Math.min(b.r1, t.row);
    b.r2 = Math.max(b.r2, t.row);
  }
  return widenDimensionTo(xml, b, false);
}

/** Widens <dimension> to the written cells' bounds (0-based columns); `head`: the part up to sheetData only. */
function widenDimensionTo(xml: string, b: { c1: number; r1: number; c2: number; r2: number }, head: boolean): string {
  const d = findTag(xml, 'dimension');
  const data = head ? null : findTag(xml, 'sheetData');
  if (!d || (!head && (!data || d.start > data.start))) return xml;
  const text = xml.slice(d.start, d.end);
  const ref = attr(text, 'ref');
  const m = ref ? /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref) : null;
  if (!m) return xml;
  let [c1, r1, c2, r2] = [colIndex(m[1]), Number(m[2]), colIndex(m[3] ?? m[1]), Number(m[4] ?? m[2])];
  const before = `${c1},${r1},${c2},${r2}`;
  c1 = Math.min(c1, b.c1);
  c2 = Math.max(c2, b.c2);
  r1 = Math.min(r1, b.r1);
  r2 = Math.max(r2, b.r2);
  if (`${c1},${r1},${c2},${r2}` === before) return xml;
  const next = c1 === c2 && r1 === r2 ? `${colLetterOf(c1)}${r1}` : `${colLetterOf(c1)}${r1}:${colLetterOf(c2)}${r2}`;
  return xml.slice(0, d.start) + setAttr(text, 'ref', next) + xml.slice(d.end);
}

/**
 * The first cells of shared formulas that are rewritten, by row (1-based) and column (0-based):
 * each one's group id and the formula it had.
 */
class Unshare {
  private readonly byRow = new Map<number, Map<number, { si: string; formula: string }>>();
  readonly groups = new Set<string>();

  add(row: number, col: number, si: string, formula: string): void {
    let cols = this.byRow.get(row);
    if (!cols) this.byRow.set(row, (cols = new Map()));
    cols.set(col, { si, formula });
    this.groups.add(si);
  }

  at(row: number, col: number): { si: string; formula: string } | undefined {
    return this.byRow.get(row)?.get(col);
  }
}

/** The text of an `<f>` element (entities and CDATA decoded, line ends normalized), as the reader reads it. */
function formulaText(inner: string, f: Tag): string {
  if (f.kind === 'empty') return '';
  const end = flatEnd(inner, f);
  const body = inner.slice(f.end, inner.lastIndexOf('<', end - 1));
  return body
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((piece) => (piece.startsWith('<![CDATA[') ? piece.slice(9, -3) : decodeText(piece)))
    .join('');
}

/**
 * Rewriting the first cell of a shared formula: the group's other cells get their own formula, so
 * that they keep computing what they did — the formula the reader gives them (src/hosts/file/xlsx/sheet.ts):
 * their own text if they have one, else that of the last first cell of their group before them in
 * the part, moved by their offset (slideFormula). Taken from the part itself (the rewritten first
 * cells' formulas as they were): the writer reads no cells of the snapshot.
 */
function unshareFormulas(xml: string, rewritten: Unshare): string {
  const out: string[] = [];
  let copied = 0;
  let row = 0;
  let col = -1;
  /** The last first cell met of each group, in the part's order. */
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  let t = findTag(xml, 'sheetData');
  if (!t) return xml;
  t = nextTag(xml, t.end);
  while (t && !(t.kind === 'close' && t.local === 'sheetData')) {
    if (t.local === 'row' && t.kind !== 'close') {
      const r = attr(xml.slice(t.start, t.end), 'r');
      row = r !== undefined ? Number(r) : row + 1;
      col = -1;
      t = nextTag(xml, t.end);
      continue;
    }
    if (t.local === 'c' && t.kind !== 'close') {
      const open = xml.slice(t.start, t.end);
      const r = attr(open, 'r');
      col = r !== undefined ? colOfRef(r) : col + 1;
      const end = flatEnd(xml, t);
      const was = rewritten.at(row, col);
      if (was) masters.set(was.si, { formula: was.formula, row, col });
      else if (t.kind === 'open') {
        const inner = xml.slice(t.end, end);
        const f = inner.indexOf('shared') >= 0 ? findTag(inner, 'f') : null;
        const ft = f && inner.slice(f.start, f.end);
        const si = ft && attr(ft, 't') === 'shared' ? attr(ft, 'si') : undefined;
        if (f && si !== undefined) {
          // As the reader tells them apart: a first cell has a (non-empty) ref.
          if (attr(ft!, 'ref')) masters.set(si, { formula: formulaText(inner, f), row, col });
          else if (rewritten.groups.has(si)) {
            const own = formulaText(inner, f);
            const m = masters.get(si);
            const text = own || (m?.formula ? slideFormula(m.formula, row - m.row, col - m.col) : '');
            const P = prefixOf(f);
            out.push(xml.slice(copied, t.end + f.start), text ? `<${P}f>${escapeText(text)}</${P}f>` : '');
            copied = t.end + flatEnd(inner, f);
          }
        }
      }
      t = nextTag(xml, end);
      continue;
    }
    t = nextTag(xml, t.end);
  }
  out.push(xml.slice(copied));
  return out.join('');
}

/** The sheet with its rows, and the cells of each row, in ascending order, every one numbered. */
function inOrder(xml: string): string {
  const data = findTag(xml, 'sheetData')!;
  const rows: { n: number; text: string }[] = [];
  let row = 0;
  let t = nextTag(xml, data.end);
  let end = data.end;
  while (t && !(t.kind === 'close' && t.local === 'sheetData')) {
    const e = t.local === 'row' ? flatEnd(xml, t) : elementEnd(xml, t);
    if (t.local === 'row') {
      const open = xml.slice(t.start, t.end);
      const r = attr(open, 'r');
      row = r !== undefined ? Number(r) : row + 1;
      const cells: { c: number; text: string }[] = [];
      let col = -1;
      let inner = '';
      if (t.kind === 'open') {
        const closeStart = xml.lastIndexOf('<', e - 1);
        for (let c = nextTag(xml, t.end); c && c.start < closeStart; ) {
          const ce = c.local === 'c' ? flatEnd(xml, c) : elementEnd(xml, c);
          if (c.local === 'c') {
            const cOpen = xml.slice(c.start, c.end);
            const cr = attr(cOpen, 'r');
            col = cr !== undefined ? colOfRef(cr) : col + 1;
            cells.push({ c: col, text: (cr === undefined ? setAttr(cOpen, 'r', `${colLetterOf(col)}${row}`) : cOpen) + xml.slice(c.end, ce) });
          } else inner += xml.slice(c.start, ce);
          c = nextTag(xml, ce);
        }
      }
      cells.sort((a, b) => a.c - b.c);
      const head = r === undefined ? setAttr(open, 'r', String(row)) : open;
      rows.push({ n: row, text: t.kind === 'empty' ? head : `${head}${cells.map((c) => c.text).join('')}${inner}</${t.name}>` });
    }
    end = e;
    t = nextTag(xml, e);
  }
  rows.sort((a, b) => a.n - b.n);
  return xml.slice(0, data.end) + rows.map((r) => r.text).join('') + xml.slice(end);
}
