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

/** Values at this depth or deeper are written compact, whole (report 0, tables 1, a table 2, its arrays 3). */
const WHOLE_FROM_DEPTH = 4;

class Chunks {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly write: (chunk: string) => void,
    private readonly limit: number,
  ) {}

  push(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= this.limit) this.flush();
  }

  flush(): void {
    if (!this.parts.length) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.write(chunk);
  }
}

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function emit(v: unknown, depth: number, indent: number, out: Chunks): void {
  if (depth >= WHOLE_FROM_DEPTH || v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    out.push(JSON.stringify(v));
    return;
  }
  const inner = indent ? `\n${' '.repeat(indent * (depth + 1))}` : '';
  const outer = indent ? `\n${' '.repeat(indent * depth)}` : '';
  // Any iterable is written as an array: a report's observations may be produced as they are written.
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
