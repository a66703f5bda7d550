/**
 * Decrypts an encrypted OOXML package (MS-OFFCRYPTO 2.3.4) with a given password: agile
 * encryption (2.3.4.10–2.3.4.15: the password key decrypts the package's key, which decrypts
 * 4096-byte segments, each with its own IV) and standard encryption (2.3.4.5–2.3.4.9: one
 * SHA-1-derived AES key, ECB over the whole package). A password that does not verify gives null.
 */
import type { AgileInfo, EncryptionInfo, StandardInfo } from './encryption-info';
import type { OfficeCrypto } from './port';
import { DetailedError } from '../errors';
import { decryptDetail, type ReadDetail } from '../../../i18n/read-details';

/** The password Excel tries, without asking, on an encrypted workbook (MS-OFFCRYPTO 2.3.4.1 names it for .xls write protection). */
const DEFAULT_PASSWORD = 'VelvetSweatshop';

const SEGMENT = 4096;
const BLOCK_VERIFIER_INPUT = Uint8Array.of(0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79);
const BLOCK_VERIFIER_HASH = Uint8Array.of(0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e);
const BLOCK_KEY = Uint8Array.of(0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6);
const BLOCK_HMAC_KEY = Uint8Array.of(0x5f, 0xb2, 0xad, 0x01, 0x0c, 0xb9, 0xe1, 0xf6);
const BLOCK_HMAC_VALUE = Uint8Array.of(0xa0, 0x67, 0x7f, 0x02, 0xb2, 0x2c, 0x84, 0x33);
/** Standard encryption's fixed round count (2.3.4.7). */
const STANDARD_SPIN = 50_000;

export class DecryptError extends DetailedError {
  constructor(
    detail: ReadDetail,
    readonly tooLarge = false,
  ) {
    super(detail);
  }
}

export interface DecryptOptions {
  password?: string;
  /** The largest package the caller accepts (the declared size is checked before any work). */
  maxSize: number;
}

/** The package's bytes, or null when the password does not open it. */
export async function decryptPackage(info: AgileInfo | StandardInfo, encrypted: Uint8Array, crypto: OfficeCrypto, options: DecryptOptions): Promise<Uint8Array | null> {
  if (encrypted.length < 8) throw new DecryptError(decryptDetail.tooShort());
  const view = new DataView(encrypted.buffer, encrypted.byteOffset, encrypted.byteLength);
  const size = view.getUint32(0, true) + view.getUint32(4, true) * 2 ** 32;
  if (size > options.maxSize) throw new DecryptError(decryptDetail.size(Math.round(size / 2 ** 20)), true);
  const password = utf16le(options.password ?? DEFAULT_PASSWORD);
  const cipher = encrypted.subarray(8);
  return info.kind === 'agile' ? agile(info, password, size, encrypted, crypto) : standard(info, password, size, cipher, crypto);
}

export function isOpenable(info: EncryptionInfo): info is AgileInfo | StandardInfo {
  return info.kind !== 'unsupported';
}

async function agile(info: AgileInfo, password: Uint8Array, size: number, stream: Uint8Array, crypto: OfficeCrypto): Promise<Uint8Array | null> {
  const k = info.key;
  const hn = await crypto.spin(k.hash, await crypto.digest(k.hash, concat(k.salt, password)), k.spinCount);
  const keyFor = async (block: Uint8Array) => fit(await crypto.digest(k.hash, concat(hn, block)), k.keyBits / 8);
  const iv = fit(k.salt, k.blockSize);
  const input = (await crypto.decryptCbc(await keyFor(BLOCK_VERIFIER_INPUT), iv, k.verifierInput)).subarray(0, k.salt.length);
  const expected = await crypto.decryptCbc(await keyFor(BLOCK_VERIFIER_HASH), iv, k.verifierHash);
  const actual = await crypto.digest(k.hash, input);
  if (!equal(actual, expected.subarray(0, actual.length))) return null;
  const secret = (await crypto.decryptCbc(await keyFor(BLOCK_KEY), iv, k.keyValue)).subarray(0, k.keyBits / 8);
  const ivFor = async (block: Uint8Array) => fit(await crypto.digest(info.data.hash, concat(info.data.salt, block)), info.data.blockSize);
  const cipher = stream.subarray(8);
  const segments = Math.ceil(size / SEGMENT);
  const length = segments === 0 ? 0 : (segments - 1) * SEGMENT + roundUp(size - (segments - 1) * SEGMENT, 16);
  if (cipher.length < length) throw new DecryptError(decryptDetail.cutShort(cipher.length, length));
  // The HMAC over the whole stream (2.3.4.14): a damaged ciphertext is told apart from a damaged package.
  if (info.integrity) {
    const hashSize = (await crypto.digest(info.data.hash, new Uint8Array(0))).length;
    const key = (await crypto.decryptCbc(secret, await ivFor(BLOCK_HMAC_KEY), info.integrity.key)).subarray(0, hashSize);
    const value = (await crypto.decryptCbc(secret, await ivFor(BLOCK_HMAC_VALUE), info.integrity.value)).subarray(0, hashSize);
    if (!equal(await crypto.hmac(info.data.hash, key, stream), value)) throw new DecryptError(decryptDetail.integrity());
  }
  const c = cipher.subarray(0, length);
  const ivOf = (i: number) => ivFor(le32(i));
  // One CBC pass from segment 0's IV; each later segment's first block is then re-chained to its own IV.
  const plain = await crypto.decryptCbc(secret, await ivOf(0), c);
  for (let i = 1; i < segments; i++) {
    const at = i * SEGMENT;
    const segmentIv = await ivOf(i);
    for (let j = 0; j < 16; j++) plain[at + j] ^= c[at - 16 + j] ^ segmentIv[j];
  }
  return plain.subarray(0, size);
}

async function standard(info: StandardInfo, password: Uint8Array, size: number, cipher: Uint8Array, crypto: OfficeCrypto): Promise<Uint8Array | null> {
  const sha1 = (d: Uint8Array) => crypto.digest('SHA-1', d);
  const hn = await crypto.spin('SHA-1', await sha1(concat(info.salt, password)), STANDARD_SPIN);
  const hfinal = await sha1(concat(hn, le32(0)));
  const derive = (fill: number) => {
    const b = new Uint8Array(64).fill(fill);
    for (let i = 0; i < hfinal.length; i++) b[i] ^= hfinal[i];
    return sha1(b);
  };
  const key = concat(await derive(0x36), await derive(0x5c)).subarray(0, info.keyBits / 8);
  const verifier = await ecb(crypto, key, info.verifier);
  const verifierHash = await ecb(crypto, key, info.verifierHash);
  const actual = await sha1(verifier);
  if (!equal(actual, verifierHash.subarray(0, Math.min(20, info.verifierHashSize)))) return null;
  const length = roundUp(size, 16);
  if (cipher.length < length) throw new DecryptError(decryptDetail.cutShort(cipher.length, length));
  return (await ecb(crypto, key, cipher.subarray(0, length))).subarray(0, size);
}

/** AES-ECB decryption as CBC from a zero IV, each block then un-chained from the ciphertext before it. */
async function ecb(crypto: OfficeCrypto, key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const out = await crypto.decryptCbc(key, new Uint8Array(16), data);
  for (let i = 16; i < out.length; i++) out[i] ^= data[i - 16];
  return out;
}

/** Truncated, or padded with 0x36, to `n` bytes (2.3.4.11). */
function fit(b: Uint8Array, n: number): Uint8Array {
  if (b.length >= n) return b.slice(0, n);
  const out = new Uint8Array(n).fill(0x36);
  out.set(b);
  return out;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) (out[i * 2] = s.charCodeAt(i) & 0xff), (out[i * 2 + 1] = s.charCodeAt(i) >> 8);
  return out;
}

function le32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const roundUp = (n: number, m: number) => Math.ceil(n / m) * m;

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
