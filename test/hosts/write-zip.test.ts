/**
 * The writer's zip layer: entries copied raw keep their compressed bytes and directory fields,
 * new entries made by either codec read back through other zip readers, damage is reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { unzipSync, strToU8 } from 'fflate';
import { ZipArchive, ZipFormatError } from '../../src/hosts/file/zip/read';
import { ZipWriter } from '../../src/hosts/file/zip/write';
import { portableCodec } from '../../src/hosts/file/zip/codec';
import { nodeCodec } from '../../src/hosts/file/zip/node-codec';
import { crc32 } from '../../src/hosts/file/zip/crc32';

const sample = () => new Uint8Array(readFileSync(join(__dirname, '../../samples/tsuyama-plan2.xlsx')));

describe('zip read and write', () => {
  it('crc32 agrees with zlib on text, binary and odd lengths', () => {
    for (const data of [new Uint8Array(), strToU8('債権管理計画'), sample(), sample().subarray(3, 1001)]) expect(crc32(data)).toBe(nodeCodec.crc32(data));
  });

  it.each([
    ['portable', portableCodec],
    ['node', nodeCodec],
  ])('copies every entry raw and adds new ones (%s codec); fflate reads the result', (_, codec) => {
    const src = new ZipArchive(sample(), codec);
    const w = new ZipWriter(codec);
    for (const e of src.entries) w.copy(src, e);
    const text = strToU8('<x>'.repeat(1000));
    w.add('new/part.xml', text);
    w.add('tiny.txt', strToU8('a'));
    const out = w.finish();
    const back = new ZipArchive(out, codec);
    for (const e of src.entries) {
      const f = back.get(e.name)!;
      expect([e.name, Buffer.from(back.raw(f)).equals(Buffer.from(src.raw(e))), f.crc, f.time, f.date, f.externalAttrs]).toEqual([e.name, true, e.crc, e.time, e.date, e.externalAttrs]);
    }
    const files = unzipSync(out);
    expect(Buffer.from(files['new/part.xml']).equals(Buffer.from(text))).toBe(true);
    expect(files['tiny.txt']).toEqual(strToU8('a'));
    expect(back.get('new/part.xml')!.method).toBe(8);
    expect(back.get('tiny.txt')!.method).toBe(0);
  });

  it('the output passes an independent zip check (unzip -t) when unzip is installed', () => {
    const src = new ZipArchive(sample());
    const w = new ZipWriter();
    for (const e of src.entries) w.copy(src, e);
    w.add('xl/extra.xml', strToU8('<a/>'.repeat(100)));
    const dir = mkdtempSync(join(tmpdir(), 'saiken-zip-'));
    writeFileSync(join(dir, 'a.zip'), w.finish());
    let out: string;
    try {
      out = execFileSync('unzip', ['-tq', join(dir, 'a.zip')]).toString();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return; // no unzip on this machine
      throw e;
    }
    expect(out).toContain('No errors detected');
  });

  it('reports a damaged entry (CRC mismatch) and a missing directory as ZipFormatError', () => {
    const data = sample();
    const z = new ZipArchive(data);
    const e = z.get('xl/styles.xml')!;
    const broken = data.slice();
    broken[e.dataOffset + 10] ^= 0xff;
    expect(() => new ZipArchive(broken).bytes(new ZipArchive(broken).get('xl/styles.xml')!)).toThrow(ZipFormatError);
    expect(() => new ZipArchive(data.subarray(0, data.length - 200))).toThrow(ZipFormatError);
  });
});
