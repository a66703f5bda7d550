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

describe('Utf8Chunks, buffers handed back', () => {
  it('writes every piece into the buffers handed back once their chunks were copied out: the same text', () => {
    const copied: Buffer[] = [];
    const back: ArrayBuffer[] = [];
    const buffers = new Set<ArrayBufferLike>();
    const c = new Utf8Chunks(
      (b) => {
        // The writer copies each chunk out and hands its buffer back at once.
        copied.push(Buffer.from(b));
        buffers.add(b.buffer);
        back.push(b.buffer as ArrayBuffer);
      },
      16,
      () => back.shift(),
    );
    const pieces = Array.from({ length: 40 }, (_, i) => `p${i};`);
    for (const p of pieces) c.push(p);
    c.flush();
    expect(Buffer.concat(copied).toString('utf8')).toBe(pieces.join(''));
    expect(copied.length).toBeGreaterThan(10);
    // One buffer taken back chunk after chunk, never a new one.
    expect(buffers.size).toBe(1);
  });

  it('takes a buffer handed back only at its size: the next chunk is written into it', () => {
    const given = new ArrayBuffer(8);
    const odd = new ArrayBuffer(5);
    const queue = [odd, given];
    const out: Uint8Array[] = [];
    const c = new Utf8Chunks((b) => out.push(b), 8, () => queue.shift());
    // The first chunk is made when the odd-sized buffer is handed back: a new one, of 8 bytes.
    c.ascii('abcdefgh');
    c.ascii('ij');
    c.flush();
    expect(out.map((b) => Buffer.from(b).toString())).toEqual(['abcdefgh', 'ij']);
    expect(out[0].buffer).not.toBe(odd);
    expect(out[0].buffer.byteLength).toBe(8);
    expect(out[1].buffer).toBe(given);
  });
});
