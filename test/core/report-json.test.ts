/**
 * The report written in pieces (src/core/report-json.ts): compact, the very text JSON.stringify
 * gives; indented, the same value; with observations produced as they are written, the same value
 * as the report that holds them. On every sample workbook.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbook, readWorkbook } from '../../src/hosts/file/read';
import { inspect, inspectStreamed } from '../../src/core/engine';
import fc from 'fast-check';
import { FieldBytes, JsonArray, writeJson, writeJsonBytes } from '../../src/core/report-json';

const SAMPLES = ['tsuyama-plan2.xlsx', 'hatsukaichi-plan3.xlsx', 'ledger-sample.xlsx'];

function text(value: unknown, indent: number, chunkChars?: number): { text: string; chunks: number } {
  const parts: string[] = [];
  writeJson(value, indent, (c) => parts.push(c), chunkChars);
  return { text: parts.join(''), chunks: parts.length };
}

describe('writeJson', () => {
  it('gives JSON.stringify’s text when compact, and the same value indented, for awkward values', () => {
    const value = {
      a: [],
      b: {},
      c: [1, undefined, () => 0, 'x"\n\u2028'],
      d: undefined,
      e: { f: [{ g: [{ h: null, i: undefined }] }], j: new Date(0), k: NaN, l: -0 },
      m: [[[[1, { n: [2] }]]]],
    };
    expect(text(value, 0).text).toBe(JSON.stringify(value));
    expect(JSON.parse(text(value, 2).text)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(text([], 2).text).toBe('[]');
    expect(text('s', 2).text).toBe('"s"');
  });

  it('writes an iterable as an array, and an empty one as []', () => {
    function* three() {
      yield* [{ a: 1 }, { a: 2 }, { a: 3 }];
    }
    expect(text({ x: { [Symbol.iterator]: three }, y: { [Symbol.iterator]: function* () {} } }, 0).text).toBe('{"x":[{"a":1},{"a":2},{"a":3}],"y":[]}');
  });

  it('indents the outer levels and puts each element of a table’s arrays on a line of its own', () => {
    const report = { tables: [{ sheet: 'S', rows: [{ row: 5, values: { C: 1 } }], observations: [{ cell: 'C5', value: 1 }, { cell: 'D5', value: 2 }] }] };
    expect(text(report, 2).text).toBe(
      [
        '{',
        '  "tables": [',
        '    {',
        '      "sheet": "S",',
        '      "rows": [',
        '        {"row":5,"values":{"C":1}}',
        '      ],',
        '      "observations": [',
        '        {"cell":"C5","value":1},',
        '        {"cell":"D5","value":2}',
        '      ]',
        '    }',
        '  ]',
        '}',
      ].join('\n'),
    );
  });
});

describe.each(SAMPLES)('the report of %s', (file) => {
  let report: ReturnType<typeof inspect>;
  let streamed: ReturnType<typeof inspectStreamed>;
  beforeAll(async () => {
    const data = new Uint8Array(readFileSync(join(__dirname, '../../samples', file)));
    report = inspect(await readWorkbook(data, file), file);
    streamed = inspectStreamed(await openWorkbook(data, file), file);
  }, 60_000);

  it('compact: byte for byte JSON.stringify’s text, whatever the chunk size', () => {
    const whole = JSON.stringify(report);
    expect(text(report, 0).text).toBe(whole);
    const small = text(report, 0, 4096);
    expect(small.text).toBe(whole);
    expect(small.chunks).toBeGreaterThan(1);
  });

  it('indented: parses to the report', () => {
    expect(JSON.parse(text(report, 2).text)).toEqual(report);
  });

  it('with its observations produced as they are written: the same report, the same text', () => {
    expect(report.tables.reduce((n, t) => n + t.observations.length, 0)).toBeGreaterThan(0);
    expect(text(streamed, 0).text).toBe(JSON.stringify(report));
    expect(JSON.parse(text(streamed, 2).text)).toEqual(report);
  });
});

describe('JsonArray', () => {
  // Elements written in pieces: text, UTF-8 bytes, numbers.
  const pieces = new JsonArray((out) => {
    out.element();
    out.text('{"a":');
    out.number(-1.5e-7);
    out.text('}');
    out.element();
    out.bytes(new TextEncoder().encode('"税😀"'));
    out.element();
    out.number(NaN);
  });
  const same = [{ a: -1.5e-7 }, '税😀', null];

  it('writes elements made piece by piece, in an array laid out as any other', () => {
    expect(text({ x: pieces, y: new JsonArray(() => undefined) }, 0).text).toBe(JSON.stringify({ x: same, y: [] }));
    // Where a report's observations sit (a table's array), elements are one compact line each anyway.
    expect(text({ tables: [{ o: pieces }] }, 2).text).toBe(text({ tables: [{ o: same }] }, 2).text);
  });

  it('the same bytes into UTF-8 chunks, whatever their size', () => {
    for (const size of [1 << 20, 8, 3]) {
      const chunks: Uint8Array[] = [];
      writeJsonBytes({ tables: [{ o: pieces }] }, 2, (c) => chunks.push(c), size);
      expect(Buffer.concat(chunks).toString('utf8')).toBe(text({ tables: [{ o: same }] }, 2).text);
    }
  });
});

describe('writeJsonBytes', () => {
  it('is writeJson’s text as UTF-8, whatever the chunk size, each chunk a buffer of its own', () => {
    const value = { a: ['税務課', 'x"\n\u2028', '😀'.repeat(50)], b: [{ c: '収納率'.repeat(400) }], d: -0 };
    const whole = text(value, 2).text;
    for (const size of [1 << 20, 64, 7]) {
      const chunks: Uint8Array[] = [];
      writeJsonBytes(value, 2, (c) => chunks.push(c), size);
      expect(Buffer.concat(chunks).toString('utf8')).toBe(whole);
      expect(new Set(chunks.map((c) => c.buffer)).size).toBe(chunks.length);
      if (size < 1 << 20) expect(chunks.length).toBeGreaterThan(2);
    }
  });
});

describe('numbers written digit by digit', () => {
  const written = (numbers: number[], size: number, indent = 0) => {
    const chunks: Uint8Array[] = [];
    writeJsonBytes(
      new JsonArray((out) =>
        numbers.forEach((v) => {
          out.element();
          out.number(v);
        }),
      ),
      indent,
      (c) => chunks.push(c),
      size,
    );
    return Buffer.concat(chunks).toString('utf8');
  };
  const edges = [0, -0, 1, -1, 9, 10, 99, 100, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 32 - 1, 2 ** 32, 999_999_999_999_999, -999_999_999_999_999, 1e15, -1e15, 2 ** 53, 1e21, -1e21, 0.1 + 0.2, 5e-7, -12.5, NaN, Infinity, -Infinity];

  it('as JSON.stringify writes them, in the text and the byte writer, whatever the chunk size', () => {
    for (const size of [1 << 20, 17, 5]) expect(written(edges, size)).toBe(JSON.stringify(edges));
    expect(text(new JsonArray((out) => edges.forEach((v) => (out.element(), out.number(v)))), 0).text).toBe(JSON.stringify(edges));
  });

  it('random integers and doubles', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -(2 ** 53), max: 2 ** 53 }), fc.integer(), fc.double(), fc.constantFrom(...edges))), fc.constantFrom(1 << 20, 19, 6), (numbers, size) => {
        expect(written(numbers, size)).toBe(JSON.stringify(numbers));
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });
});

describe('FieldBytes', () => {
  it('the bytes of `,"name":value` as JSON.stringify writes them, the same again for a value met before, and past the values it keeps', () => {
    const f = new FieldBytes(',"debt":');
    const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');
    const values = ['市民税"\\\u2028', null, true, ...Array.from({ length: 10_005 }, (_, i) => `債権${i}`)];
    for (const v of values) expect(text(f.of(v))).toBe(`,"debt":${JSON.stringify(v)}`);
    expect(f.of('債権1')).toBe(f.of('債権1'));
    // Past the values it keeps, each is made again, still right.
    expect(text(f.of('債権10004'))).toBe(',"debt":"債権10004"');
    expect(f.of('債権10004')).not.toBe(f.of('債権10004'));
  });
});
