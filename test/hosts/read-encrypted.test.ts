/**
 * Encrypted workbooks (issue 17.4): the default "VelvetSweatshop" encryption Excel opens without
 * asking is read, through Node's crypto and through WebCrypto; a real password, and a damaged or
 * truncated compound file, give a message naming the file. The encrypted files were made by
 * test/fixtures/shapes/encrypt.py (msoffcrypto's key derivation, the `cryptography` package's AES,
 * each checked by msoffcrypto's decryptor): see encrypted.sh there.
 */
import { readFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { join } from 'node:path';
import { packageBytes, readWorkbook, ReadError } from '../../src/hosts/file/read';
import { nodeCrypto } from '../../src/hosts/file/crypto/node';
import { webCrypto } from '../../src/hosts/file/crypto/web';
import { inspect } from '../../src/core/engine';

const dir = join(__dirname, '../fixtures/shapes');
const bytes = (f: string) => new Uint8Array(readFileSync(join(dir, f)));
const plain = bytes('encrypted-plain.xlsx');
const withNode = { crypto: nodeCrypto };

/** The reader's refusal of these bytes, as reason, Japanese message and detail. */
async function refusal(data: Uint8Array, file = 'damaged.xlsx'): Promise<{ reason: string; message: string; detail?: string }> {
  try {
    await readWorkbook(data, file, withNode);
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    // The English detail; the Japanese one is checked in test/hosts/read-messages.test.ts.
    return { reason: e.reason, message: e.message, detail: e.detail?.en };
  }
  throw new Error('read without error');
}

const u32 = (d: Uint8Array, at: number) => new DataView(d.buffer, d.byteOffset).getUint32(at, true);
const setU32 = (d: Uint8Array, at: number, v: number) => new DataView(d.buffer, d.byteOffset).setUint32(at, v, true);

describe('the default password VelvetSweatshop', () => {
  it.each(['encrypted-agile.xlsx', 'encrypted-standard.xlsx'])('%s decrypts to the plain package, byte for byte', async (f) => {
    const zip = await packageBytes(bytes(f), f, withNode);
    expect(Buffer.from(zip).equals(Buffer.from(plain))).toBe(true);
  });

  it.each(['encrypted-agile.xlsx', 'encrypted-standard.xlsx'])('%s gives the snapshot and the report of the plain workbook', async (f) => {
    const wb = await readWorkbook(bytes(f), f, withNode);
    const expected = await readWorkbook(plain, 'encrypted-plain.xlsx');
    expect(wb).toStrictEqual(expected);
    const report = inspect(wb, f);
    expect(report.tables.length).toBeGreaterThan(0);
    expect({ ...report, file: 'x' }).toEqual({ ...inspect(expected, 'encrypted-plain.xlsx'), file: 'x' });
  });

  it('WebCrypto (the browser workbench) decrypts agile and standard packages alike', async () => {
    const web = { crypto: webCrypto(webcrypto.subtle as unknown as SubtleCrypto) };
    for (const f of ['encrypted-agile.xlsx', 'encrypted-standard.xlsx']) {
      const zip = await packageBytes(bytes(f), f, web);
      expect(Buffer.from(zip).equals(Buffer.from(plain))).toBe(true);
    }
  });
});

describe('what cannot be decrypted', () => {
  it('a real password: the "password-protected" message naming the file', async () => {
    expect(await refusal(bytes('encrypted-password.xlsx'), '保護.xlsx')).toEqual({
      reason: 'encrypted',
      message: '保護.xlsx: パスワードで保護されたブックは読めません。保護を解除して保存し直してください。',
      detail: undefined,
    });
  });

  it('without a crypto implementation (a page on plain http has no WebCrypto): the same message', async () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      await expect(readWorkbook(bytes('encrypted-agile.xlsx'), 'a.xlsx')).rejects.toMatchObject({ reason: 'encrypted', file: 'a.xlsx' });
    } finally {
      if (saved) Object.defineProperty(globalThis, 'crypto', saved);
    }
  });

  it('the bad-input corpus: an agile descriptor without its verifier is password-protected, a legacy .xls stays legacy', async () => {
    const bad = (f: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/bad', f)));
    expect((await refusal(bad('encrypted.xlsx'), 'encrypted.xlsx')).reason).toBe('encrypted');
    expect((await refusal(bad('legacy.xls'), 'legacy.xls')).reason).toBe('legacy-xls');
  });
});

describe('a damaged compound file: a clear message naming the file, never a crash or a hang', () => {
  const agile = () => bytes('encrypted-agile.xlsx');

  // (the last 512-byte sector is mostly padding: a cut inside it loses nothing and reads)
  it.each([600, 2048, 7000, 13824 - 600])('cut after %i bytes', async (n) => {
    const r = await refusal(agile().slice(0, n), 'cut.xlsx');
    expect(r.reason).toBe('unreadable');
    expect(r.message.startsWith('cut.xlsx: ブックを読み込めませんでした（壊れているか、途中で切れています）。')).toBe(true);
    expect(r.detail).toMatch(/truncated|beyond the end|cut short/);
  });

  it('a sector chain that loops', async () => {
    const d = agile();
    // The directory is the file's second sector; its third entry is EncryptedPackage.
    const dirAt = 512 * (1 + u32(d, 48));
    const start = u32(d, dirAt + 2 * 128 + 116);
    setU32(d, 512 + start * 4, start);
    expect(await refusal(d)).toMatchObject({ reason: 'unreadable', detail: 'compound file: FAT chain loops' });
  });

  it('a directory entry pointing nowhere, a FAT sector beyond the file', async () => {
    const d1 = agile();
    setU32(d1, 512 * (1 + u32(d1, 48)) + 76, 99);
    expect(await refusal(d1)).toMatchObject({ reason: 'unreadable', detail: 'compound file: directory entry 99 missing' });
    const d2 = agile();
    setU32(d2, 76, 5000);
    expect(await refusal(d2)).toMatchObject({ reason: 'unreadable', detail: 'compound file: sector 5000 beyond the end (truncated)' });
  });

  it('a header that is no compound file\'s: named by the streams its bytes show', async () => {
    const d = agile();
    d[30] = 13;
    expect(await refusal(d, 'h.xlsx')).toMatchObject({ reason: 'encrypted', message: expect.stringMatching(/^h\.xlsx: /) });
  });

  it('a package declared larger than the reader accepts is refused before any decryption', async () => {
    const d = agile();
    const dirAt = 512 * (1 + u32(d, 48));
    const at = 512 * (1 + u32(d, dirAt + 2 * 128 + 116));
    setU32(d, at + 4, 1); // 4 GB and more
    expect(await refusal(d)).toMatchObject({ reason: 'too-large' });
  });

  it('a package cut short inside its stream', async () => {
    const d = agile();
    const dirAt = 512 * (1 + u32(d, 48));
    const at = 512 * (1 + u32(d, dirAt + 2 * 128 + 116));
    setU32(d, at, u32(d, at) + 8192); // declares two segments more than it holds
    expect(await refusal(d)).toMatchObject({ reason: 'unreadable', detail: expect.stringMatching(/^EncryptedPackage cut short/) });
  });

  it('a damaged ciphertext fails the agile data-integrity check', async () => {
    const d = agile();
    const dirAt = 512 * (1 + u32(d, 48));
    const at = 512 * (1 + u32(d, dirAt + 2 * 128 + 116));
    d[at + 8 + 5000] ^= 0x40;
    expect(await refusal(d)).toMatchObject({ reason: 'unreadable', detail: 'EncryptedPackage fails its data integrity check (damaged)' });
  });
});
