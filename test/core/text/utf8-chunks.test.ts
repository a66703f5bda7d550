/**
 * Utf8Chunks (src/core/text/utf8-chunks.ts): text encoded to UTF-8 straight into chunks of at most
 * `limit` bytes. A piece longer than a chunk (a span of a sheet kept as it was: megabytes) is
 * written in parts that each fill at most a chunk, never as one array, and never cut between the
 * two halves of a surrogate pair.
 */
import { Utf8Chunks } from '../../../src/core/text/utf8-chunks';

function written(limit: number, pieces: string[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  const c = new Utf8Chunks((b) => out.push(b), limit);
  for (const p of pieces) c.push(p);
  c.flush();
  return out;
}

const concat = (parts: Uint8Array[]) => Buffer.concat(parts.map((p) => Buffer.from(p)));

describe('Utf8Chunks, a piece longer than a chunk', () => {
  // ASCII, kana (3 bytes), 𠮷 (a surrogate pair: 4 bytes) at every offset against the cut.
  const long = Array.from({ length: 5_000 }, (_, i) => (i % 3 === 0 ? '𠮷' : i % 3 === 1 ? '収' : 'a') + i).join('');

  it.each([16, 17, 18, 64, 1000])('at chunks of %i bytes: the bytes TextEncoder makes, no chunk over the limit', (limit) => {
    for (const pieces of [[long], ['x', long, 'y'], [long.slice(1), long.slice(0, 4001)]]) {
      const out = written(limit, pieces);
      expect(concat(out).equals(Buffer.from(new TextEncoder().encode(pieces.join(''))))).toBe(true);
      expect(Math.max(...out.map((b) => b.length))).toBeLessThanOrEqual(limit);
      expect(out.length).toBeGreaterThan(pieces.join('').length / limit);
    }
  });

  it('a lone surrogate is written as U+FFFD, as TextEncoder writes it', () => {
    const s = 'ab\uD842cd'.repeat(50);
    expect(concat(written(16, [s])).toString('utf8')).toBe(s.replace(/\uD842/g, '\uFFFD'));
  });
});
