/**
 * A report as JSON text written in pieces, never held whole: a plan table of a million cells has
 * some 900,000 observations, 200 MB of JSON; held as one string it is twice that in memory, and
 * more again when it is copied to another thread or encoded for output.
 *
 * The outer levels (the report, its tables, each table's arrays) are indented; each element below
 * them (one observation, one row, one column) is written compact on a line of its own, so that the
 * text stays readable and line-oriented tools see one figure a line. Compact output (indent 0) is
 * the very text JSON.stringify gives; indented output parses to the same value.
 */

import { Utf8Chunks } from './text/utf8-chunks';

/** Values at this depth or deeper are written compact, whole (report 0, tables 1, a table 2, its arrays 3). */
const WHOLE_FROM_DEPTH = 4;

interface Sink {
  push(s: string): void;
  /** UTF-8 bytes of text. */
  bytes(b: Uint8Array): void;
  /** A number as JSON.stringify writes it. */
  number(v: number): void;
  flush(): void;
}

/** Pieces of text joined into chunks of about `limit` characters. */
class Chunks implements Sink {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly write: (chunk: string) => void,
    private readonly limit: number,
  ) {}

  private static readonly decoder = new TextDecoder();

  push(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= this.limit) this.flush();
  }

  bytes(b: Uint8Array): void {
    this.push(Chunks.decoder.decode(b));
  }

  number(v: number): void {
    this.push(JSON.stringify(v));
  }

  flush(): void {
    if (!this.parts.length) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.write(chunk);
  }
}

/** Where JsonArray's elements are written: each started with `element()`, then its pieces. */
export interface JsonOut {
  element(): void;
  text(s: string): void;
  /** UTF-8 bytes of JSON text. */
  bytes(b: Uint8Array): void;
  /** A number as JSON.stringify writes it (null when not finite). */
  number(v: number): void;
}

/**
 * An array whose elements are written as JSON by `write`, piece by piece, into the output as it
 * is: the report's figures, a million of them, are written straight from their row and column
 * (src/core/recognize/observations.ts) rather than built as objects and stringified one by one.
 * Its elements are written whole (compact), as any element of a table's arrays is.
 */
export class JsonArray {
  constructor(readonly write: (out: JsonOut) => void) {}
}

/**
 * The UTF-8 bytes of one field of a streamed element, `,"name":value` as JSON.stringify writes it,
 * made once a value: a table's labels (a department, a debt, a class) repeat down its rows, and a
 * text made and encoded for each of 50,000 rows was a tenth of a million-figure report's garbage.
 */
export class FieldBytes {
  private readonly made = new Map<string | boolean | null, Uint8Array>();

  constructor(private readonly prefix: string) {}

  of(value: string | boolean | null): Uint8Array {
    let bytes = this.made.get(value);
    if (bytes) return bytes;
    bytes = FIELD_UTF8.encode(this.prefix + JSON.stringify(value));
    // A table whose every row has labels of its own gains nothing from keeping them all.
    if (this.made.size < FIELD_VALUES_KEPT) this.made.set(value, bytes);
    return bytes;
  }
}

/** How many values of a field FieldBytes keeps (a plan's departments and debts number in the hundreds). */
const FIELD_VALUES_KEPT = 10_000;

const FIELD_UTF8 = new TextEncoder();

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function emit(v: unknown, depth: number, indent: number, out: Sink): void {
  // A JsonArray belongs where the report keeps its arrays (a table's): deeper, JSON.stringify would write it as {}.
  if (depth >= WHOLE_FROM_DEPTH || v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    out.push(JSON.stringify(v));
    return;
  }
  const inner = indent ? `\n${' '.repeat(indent * (depth + 1))}` : '';
  const outer = indent ? `\n${' '.repeat(indent * depth)}` : '';
  // A streamed report's rows and figures: written by the table as they are made.
  if (v instanceof JsonArray) {
    let i = 0;
    const next = `,${inner}`;
    v.write({ element: () => out.push(i++ ? next : `[${inner}`), text: (s) => out.push(s), bytes: (b) => out.bytes(b), number: (v) => out.number(v) });
    out.push(i ? `${outer}]` : '[]');
    return;
  }
  // Any iterable is written as an array.
  if (Array.isArray(v) || typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function') {
    let i = 0;
    for (const x of v as Iterable<unknown>) {
      out.push(i++ ? `,${inner}` : `[${inner}`);
      if (skipped(x)) out.push('null');
      else emit(x, depth + 1, indent, out);
    }
    out.push(i ? `${outer}]` : '[]');
    return;
  }
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => !skipped(o[k]));
  if (!keys.length) return out.push('{}');
  out.push('{');
  keys.forEach((k, i) => {
    out.push(`${i ? ',' : ''}${inner}${JSON.stringify(k)}${indent ? ': ' : ':'}`);
    emit(o[k], depth + 1, indent, out);
  });
  out.push(`${outer}}`);
}

/**
 * Writes `value` as JSON (indented by `indent` spaces, or compact with 0) in chunks of about
 * `chunkChars` characters, the same text JSON.stringify gives.
 */
export function writeJson(value: unknown, indent: number, write: (chunk: string) => void, chunkChars = 1 << 20): void {
  const out = new Chunks(write, chunkChars);
  emit(value, 0, indent, out);
  out.flush();
}

/**
 * writeJson's text as UTF-8, in chunks of about `chunkBytes` bytes, each a buffer of its own (to
 * hand to another thread), or one `recycled` hands back once its chunk was written out.
 */
export function writeJsonBytes(value: unknown, indent: number, write: (chunk: Uint8Array) => void, chunkBytes = 1 << 20, recycled?: () => ArrayBuffer | undefined): void {
  const out: Sink = new Utf8Chunks(write, chunkBytes, recycled);
  emit(value, 0, indent, out);
  out.flush();
}
