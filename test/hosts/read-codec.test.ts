/**
 * The reader with a native codec (the CLI passes Node's zlib): parts inflated in one call give the
 * snapshot the portable streaming inflater gives, on every sample and bad-input fixture; a part
 * that does not inflate to its declared size goes the streaming way, with its checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { readWorkbook } from '../../src/hosts/file/read';
import { nodeCodec } from '../../src/hosts/file/zip/node-codec';
import { ZipArchive } from '../../src/hosts/file/zip/read';
import { WHOLE_PART_BYTES, ZipReader } from '../../src/hosts/file/xlsx/zip';
import type { ZipCodec } from '../../src/hosts/file/zip/codec';

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
