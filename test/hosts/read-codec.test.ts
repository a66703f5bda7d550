/**
 * The reader with a native codec (the CLI passes Node's zlib), and without one (the workbench: its
 * large parts inflated ahead by the platform's DecompressionStream): parts inflated in one call
 * give the snapshot the portable streaming inflater gives, on every sample and bad-input fixture
 * and on a large plan; a part that does not inflate to its declared size, or is damaged, goes the
 * streaming way, with its checks and messages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { readWorkbook } from '../../src/hosts/file/read';
import { nodeCodec } from '../../src/hosts/file/zip/node-codec';
import { ZipArchive } from '../../src/hosts/file/zip/read';
import { inflateAhead, WHOLE_PART_BYTES, ZipReader } from '../../src/hosts/file/xlsx/zip';
import { portableCodec, type ZipCodec } from '../../src/hosts/file/zip/codec';
import { planWorkbookBytes } from '../../scripts/bench/plan-xml';

const root = join(__dirname, '../..');
const files = [
  ...readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.xlsx')).map((f) => join(root, 'samples', f)),
  ...readdirSync(join(root, 'test/fixtures/bad')).filter((f) => /\.xlsx?$/.test(f) && f !== 'zip-bomb.xlsx').map((f) => join(root, 'test/fixtures/bad', f)),
];

const outcome = (p: Promise<unknown>) => p.then((wb) => ({ wb }), (e: Error) => ({ error: `${e.constructor.name}: ${e.message}` }));

describe('readWorkbook with Node’s zlib', () => {
  it.each(files.map((f) => [f.slice(root.length + 1), f]))('%s: the same snapshot, or the same refusal', async (_, file) => {
    const data = new Uint8Array(readFileSync(file));
    const [portable, native] = await Promise.all([outcome(readWorkbook(data, 'x.xlsx')), outcome(readWorkbook(data, 'x.xlsx', { codec: nodeCodec }))]);
    expect(native).toEqual(portable);
  });

  it('the zip bomb is still refused as too large', async () => {
    const data = new Uint8Array(readFileSync(join(root, 'test/fixtures/bad/zip-bomb.xlsx')));
    await expect(readWorkbook(data, 'zip-bomb.xlsx', { codec: nodeCodec })).rejects.toMatchObject({ reason: 'too-large' });
  });
});

/** `f` run as on a platform without DecompressionStream (every part inflated by the portable streaming inflater). */
async function withoutStreams<T>(f: () => Promise<T>): Promise<T> {
  const saved = globalThis.DecompressionStream;
  delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
  try {
    return await f();
  } finally {
    globalThis.DecompressionStream = saved;
  }
}

/** `f` run with the platform's DecompressionStream counted: how many streams it made. */
async function counted<T>(f: () => Promise<T>): Promise<{ result: T; streams: number }> {
  const saved = globalThis.DecompressionStream;
  let streams = 0;
  globalThis.DecompressionStream = class extends saved {
    constructor(format: CompressionFormat) {
      super(format);
      streams++;
    }
  };
  try {
    return { result: await f(), streams };
  } finally {
    globalThis.DecompressionStream = saved;
  }
}

describe('readWorkbook without a codec: the parts it reads inflated ahead by DecompressionStream', () => {
  let plan: Uint8Array;
  /** Streams made reading a workbook with no large part (asking whether the platform has the stream). */
  let probe: number;
  beforeAll(async () => {
    plan = await planWorkbookBytes(2, 1500);
    const small = await planWorkbookBytes(1, 5);
    probe = (await counted(() => readWorkbook(small, 'x.xlsx'))).streams;
  });
  const sheetEntries = (archive: ZipArchive) => archive.entries.filter((e) => /^xl\/worksheets\/.*\.xml$/.test(e.name));

  it('inflates the large sheets to their bytes, and the snapshot is the portable inflater’s', async () => {
    const archive = new ZipArchive(plan);
    const sheets = sheetEntries(archive);
    const ahead = (await inflateAhead(archive, sheets))!;
    expect(sheets.length).toBe(2);
    for (const e of sheets) {
      expect(e.size).toBeGreaterThan(64 * 1024);
      expect(Buffer.from(ahead.get(e.name)!).equals(Buffer.from(archive.bytes(e)))).toBe(true);
    }
    // One read at a time: the platform's stream is there for the first, taken away for the last.
    const streamed = await counted(() => readWorkbook(plan, 'x.xlsx'));
    const portable = await readWorkbook(plan, 'x.xlsx', { codec: portableCodec });
    const streaming = await counted(() => withoutStreams(() => readWorkbook(plan, 'x.xlsx')));
    // The two sheets (the small parts are left to the reader).
    expect(streamed.streams - probe).toBe(2);
    expect(streaming.streams).toBe(0);
    expect(streamed.result.sheets[0].rows.length).toBe(1500);
    expect(streamed.result).toEqual(portable);
    expect(streaming.result).toEqual(portable);
  });

  it('each sheet inflated just before it is read: one held at a time', async () => {
    // How many parts each hand-over holds, counted when handed (the reader lets each go as it reads it).
    const calls: (number | undefined)[] = [];
    const original = ZipArchive.prototype.useInflated;
    ZipArchive.prototype.useInflated = function (this: ZipArchive, ahead) {
      calls.push(ahead?.size);
      original.call(this, ahead);
    };
    try {
      await readWorkbook(plan, 'x.xlsx');
    } finally {
      ZipArchive.prototype.useInflated = original;
    }
    // The styles and shared strings (small: none), then each sheet's part alone.
    expect(calls).toEqual([0, 1, 1]);
  });

  it('a large part the reader never reads (a pivot cache) is not inflated', async () => {
    const parts = unzipSync(plan);
    parts['xl/pivotCache/pivotCacheRecords1.xml'] = strToU8(`<pivotCacheRecords>${'<r><n v="1"/></r>'.repeat(20_000)}</pivotCacheRecords>`);
    const withCache = zipSync(parts);
    const { result, streams } = await counted(() => readWorkbook(withCache, 'x.xlsx'));
    expect(streams - probe).toBe(2);
    expect(result).toEqual(await readWorkbook(plan, 'x.xlsx'));
    // Nor anything of a zip that is not a workbook.
    const notBook = zipSync({ 'big.xml': parts['xl/pivotCache/pivotCacheRecords1.xml'] });
    const refused = await counted(() => outcome(readWorkbook(notBook, 'x.xlsx')));
    expect(refused.result).toHaveProperty('error');
    expect(refused.streams).toBeLessThanOrEqual(probe);
  });

  it('the reader hands on a part inflated ahead once, checked by its CRC, then inflates it itself', () => {
    const archive = new ZipArchive(zipSync({ 'a.xml': strToU8('<a>real</a>') }));
    const zip = new ZipReader(archive);
    const read = () => {
      const pieces: Uint8Array[] = [];
      zip.read('a.xml', (b) => pieces.push(b));
      return pieces;
    };
    // The very buffer handed over is what the reader hands on.
    const ahead = strToU8('<a>real</a>');
    archive.useInflated(new Map([['a.xml', ahead]]));
    expect(read()[0].buffer).toBe(ahead.buffer);
    expect(strFromU8(Buffer.concat(read()))).toBe('<a>real</a>');
    // Bytes of the part's declared size that are not its content are refused by its CRC, once.
    archive.useInflated(new Map([['a.xml', strToU8('<a>fake</a>')]]));
    expect(read).toThrow('a.xml: damaged entry (size or CRC mismatch)');
    expect(strFromU8(Buffer.concat(read()))).toBe('<a>real</a>');
  });

  it('leaves out a part that is damaged or does not inflate to its declared size; the reader then says what the portable inflater says', async () => {
    const big = strToU8(`<a>${'<b>x</b>'.repeat(20_000)}</a>`);
    const ahead = async (size?: number) => {
      const a = new ZipArchive(zipSync({ 'a.xml': big }));
      if (size !== undefined) (a.entries[0] as { size: number }).size = size;
      return (await inflateAhead(a, a.entries))!.size;
    };
    expect(await ahead(big.length - 1)).toBe(0);
    expect(await ahead(big.length + 1)).toBe(0);
    expect(await ahead()).toBe(1);
    // A sheet whose compressed bytes are damaged half way: no bytes ahead, and the same refusal as without streams.
    const damaged = plan.slice();
    const archive = new ZipArchive(damaged);
    const sheet = sheetEntries(archive)[0];
    for (let i = sheet.dataOffset + (sheet.compressedSize >> 1); i < sheet.dataOffset + (sheet.compressedSize >> 1) + 64; i++) damaged[i] ^= 0x5a;
    expect([...(await inflateAhead(archive, sheetEntries(archive)))!.keys()]).not.toContain(sheet.name);
    const streamed = await counted(() => outcome(readWorkbook(damaged, 'x.xlsx')));
    const streaming = await withoutStreams(() => outcome(readWorkbook(damaged, 'x.xlsx')));
    expect(streamed.streams).toBeGreaterThan(probe);
    expect(streamed.result).toHaveProperty('error');
    expect(streamed.result).toEqual(streaming);
  });

  it('samples and bad-input fixtures: the same snapshot, or the same refusal, with and without streams', async () => {
    for (const file of files) {
      const data = new Uint8Array(readFileSync(file));
      const streamed = await outcome(readWorkbook(data, 'x.xlsx'));
      const streaming = await withoutStreams(() => outcome(readWorkbook(data, 'x.xlsx')));
      expect(streamed).toEqual(streaming);
    }
  });
});

describe('ZipReader with a codec', () => {
  const text = `<a>${'<b>x</b>'.repeat(40_000)}</a>`;
  const read = (zip: ZipReader) => {
    const pieces: Uint8Array[] = [];
    let finals = 0;
    zip.read('a.xml', (b, final) => {
      pieces.push(b.slice());
      if (final) finals++;
    });
    return { text: strFromU8(Buffer.concat(pieces)), pieces: pieces.length, finals };
  };

  it('hands a part on whole, in pieces, the last marked final', () => {
    const r = read(new ZipReader(new ZipArchive(zipSync({ 'a.xml': strToU8(text) })), nodeCodec));
    expect(r.text).toBe(text);
    expect(r.pieces).toBeGreaterThan(1);
    expect(r.finals).toBe(1);
  });

  it('a part larger than its directory says streams as without a codec', () => {
    const lying = () => {
      const archive = new ZipArchive(zipSync({ 'a.xml': strToU8(text) }));
      (archive.entries[0] as { size: number }).size = 1000;
      return archive;
    };
    expect(read(new ZipReader(lying(), nodeCodec))).toEqual(read(new ZipReader(lying())));
    expect(read(new ZipReader(lying(), nodeCodec)).text).toBe(text);
  });

  it('inflates a part whole up to its size limit, and streams a larger one, to the same text', () => {
    const calls: number[] = [];
    const counting: ZipCodec = { ...nodeCodec, inflate: (data, size) => (calls.push(size), nodeCodec.inflate(data, size)) };
    // A limit of twice the small part stands for WHOLE_PART_BYTES (64 MB), the reader's own.
    const limit = 2 * text.length;
    const big = `<a>${'<b>x</b>'.repeat(Math.ceil(limit / 8) + 1)}</a>`;
    const zip = zipSync({ 'a.xml': strToU8(text), 'big.xml': strToU8(big) });
    const whole = new ZipReader(new ZipArchive(zip), counting, limit);
    expect(read(whole).text).toBe(text);
    expect(calls).toEqual([text.length]);
    const pieces: Uint8Array[] = [];
    whole.read('big.xml', (b) => pieces.push(b.slice()));
    expect(calls).toEqual([text.length]);
    expect(strFromU8(Buffer.concat(pieces)) === big).toBe(true);
    // With the reader's own limit, the larger part is inflated whole too, to the same bytes.
    expect(big.length).toBeLessThan(WHOLE_PART_BYTES);
    const own = new ZipReader(new ZipArchive(zip), counting);
    const again: Uint8Array[] = [];
    own.read('big.xml', (b) => again.push(b.slice()));
    expect(calls).toEqual([text.length, big.length]);
    expect(Buffer.concat(again).equals(Buffer.concat(pieces))).toBe(true);
  });
});

describe('nodeCodec.inflate', () => {
  const text = '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(5000);
  const raw = deflateSync(strToU8(text));

  it('inflates into one buffer of the declared size: the same bytes, no joined copy', () => {
    const out = nodeCodec.inflate(raw, text.length);
    expect(strFromU8(out)).toBe(text);
    // The part's own buffer (one byte over: zlib is given room to say it is done), not a join of 16 KB chunks.
    expect(out.buffer.byteLength).toBe(text.length + 1);
    expect(strFromU8(nodeCodec.inflate(deflateSync(new Uint8Array(0)), 0))).toBe('');
  });

  it('a declared size too small is refused; one too large gives the real bytes, without allocating what was declared', () => {
    expect(() => nodeCodec.inflate(raw, text.length - 1)).toThrow();
    const lying = nodeCodec.inflate(raw, 2 ** 31);
    expect(strFromU8(lying)).toBe(text);
    // Bounded by what the data could inflate to (1032:1), not by the 2 GB the directory claimed.
    expect(lying.buffer.byteLength).toBeLessThanOrEqual(raw.length * 1032 + 1);
  });
});
