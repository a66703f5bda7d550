/**
 * The `EncryptionInfo` stream (MS-OFFCRYPTO 2.3.4.5, 2.3.4.10): agile encryption (version 4.4,
 * an XML descriptor, as Excel 2010 and later write) or standard encryption (x.2, binary, as
 * Excel 2007 writes). Anything else, or a descriptor without a password key, is `unsupported`:
 * the workbook is then refused as password-protected.
 */
import type { HashName } from './port';

export interface AgileInfo {
  kind: 'agile';
  /** The package's own key parameters (keyData): its salt makes each segment's IV. */
  data: { salt: Uint8Array; blockSize: number; hash: HashName };
  /** The data-integrity HMAC's key and value, encrypted (absent from some writers' files: not checked then). */
  integrity?: { key: Uint8Array; value: Uint8Array };
  /** The password key encryptor (p:encryptedKey). */
  key: {
    salt: Uint8Array;
    spinCount: number;
    keyBits: number;
    blockSize: number;
    hash: HashName;
    verifierInput: Uint8Array;
    verifierHash: Uint8Array;
    keyValue: Uint8Array;
  };
}

export interface StandardInfo {
  kind: 'standard';
  keyBits: number;
  salt: Uint8Array;
  verifier: Uint8Array;
  verifierHashSize: number;
  verifierHash: Uint8Array;
}

export type EncryptionInfo = AgileInfo | StandardInfo | { kind: 'unsupported'; why: string };

/** The spec's limit on the password hash's rounds (2.3.4.11: "MUST NOT be greater than 10,000,000"). */
export const MAX_SPIN = 10_000_000;

const HASHES: Record<string, HashName> = { SHA1: 'SHA-1', 'SHA-1': 'SHA-1', SHA256: 'SHA-256', 'SHA-256': 'SHA-256', SHA384: 'SHA-384', 'SHA-384': 'SHA-384', SHA512: 'SHA-512', 'SHA-512': 'SHA-512' };
const AES_IDS: Record<number, number> = { 0x660e: 128, 0x660f: 192, 0x6610: 256 };

export function parseEncryptionInfo(info: Uint8Array): EncryptionInfo {
  if (info.length < 8) return { kind: 'unsupported', why: 'EncryptionInfo too short' };
  const view = new DataView(info.buffer, info.byteOffset, info.byteLength);
  const major = view.getUint16(0, true);
  const minor = view.getUint16(2, true);
  if (major === 4 && minor === 4) return agile(new TextDecoder('utf-8').decode(info.subarray(8)));
  if ((major === 2 || major === 3 || major === 4) && minor === 2) return standard(view);
  return { kind: 'unsupported', why: `encryption version ${major}.${minor}` };
}

/** The attributes of the first element of this local name (any prefix), or null. */
function element(xml: string, local: string, within = xml): Record<string, string> | null {
  const m = new RegExp(`<(?:[\\w.-]+:)?${local}\\b([^>]*)>`).exec(within);
  if (!m) return null;
  const out: Record<string, string> = {};
  for (const a of m[1].matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[a[1]] = a[2] ?? a[3];
  return out;
}

function base64(s: string | undefined): Uint8Array | null {
  if (s === undefined) return null;
  try {
    const bin = atob(s.replace(/\s+/g, ''));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

function agile(xml: string): EncryptionInfo {
  const keyData = element(xml, 'keyData');
  // The password key encryptor: a certificate one (keyEncryptor/certificate) cannot be opened without its key.
  const passwordPart = /keyEncryptor\/password"[\s\S]*?<\/(?:[\w.-]+:)?keyEncryptor>/.exec(xml)?.[0];
  const key = passwordPart ? element(xml, 'encryptedKey', passwordPart) : null;
  if (!keyData || !key) return { kind: 'unsupported', why: 'no password key in the agile descriptor' };
  for (const e of [keyData, key]) {
    if (e.cipherAlgorithm !== 'AES' || e.cipherChaining !== 'ChainingModeCBC') return { kind: 'unsupported', why: `cipher ${e.cipherAlgorithm} ${e.cipherChaining}` };
    if (!HASHES[e.hashAlgorithm]) return { kind: 'unsupported', why: `hash ${e.hashAlgorithm}` };
  }
  const dataSalt = base64(keyData.saltValue);
  const salt = base64(key.saltValue);
  const verifierInput = base64(key.encryptedVerifierHashInput);
  const verifierHash = base64(key.encryptedVerifierHashValue);
  const keyValue = base64(key.encryptedKeyValue);
  const spinCount = Number(key.spinCount);
  const keyBits = Number(key.keyBits);
  const blockSize = Number(key.blockSize);
  const dataBlock = Number(keyData.blockSize);
  if (!dataSalt || !salt || !verifierInput || !verifierHash || !keyValue) return { kind: 'unsupported', why: 'agile descriptor incomplete' };
  if (!(Number.isInteger(spinCount) && spinCount >= 0 && spinCount <= MAX_SPIN)) return { kind: 'unsupported', why: `spinCount ${key.spinCount}` };
  if (![128, 192, 256].includes(keyBits) || blockSize !== 16 || dataBlock !== 16) return { kind: 'unsupported', why: `key ${keyBits} bits, block ${blockSize}` };
  for (const b of [verifierInput, verifierHash, keyValue]) if (b.length === 0 || b.length % 16) return { kind: 'unsupported', why: 'agile descriptor: ciphertext not whole blocks' };
  const dataIntegrity = element(xml, 'dataIntegrity');
  const hmacKey = base64(dataIntegrity?.encryptedHmacKey);
  const hmacValue = base64(dataIntegrity?.encryptedHmacValue);
  const wholeBlocks = (b: Uint8Array | null): b is Uint8Array => !!b && b.length > 0 && b.length % 16 === 0;
  return {
    kind: 'agile',
    data: { salt: dataSalt, blockSize: dataBlock, hash: HASHES[keyData.hashAlgorithm] },
    integrity: wholeBlocks(hmacKey) && wholeBlocks(hmacValue) ? { key: hmacKey, value: hmacValue } : undefined,
    key: { salt, spinCount, keyBits, blockSize, hash: HASHES[key.hashAlgorithm], verifierInput, verifierHash, keyValue },
  };
}

function standard(view: DataView): EncryptionInfo {
  const headerSize = view.getUint32(8, true);
  const h = 12;
  const v = h + headerSize;
  if (headerSize < 32 || v + 4 + 16 + 16 + 4 + 32 > view.byteLength) return { kind: 'unsupported', why: 'standard EncryptionInfo too short' };
  const algId = view.getUint32(h + 8, true);
  const hashId = view.getUint32(h + 12, true);
  const keyBits = view.getUint32(h + 16, true);
  // 0x8004: SHA-1, the only hash standard encryption uses (2.3.4.5).
  if (AES_IDS[algId] === undefined || (hashId !== 0x8004 && hashId !== 0) || AES_IDS[algId] !== keyBits) {
    return { kind: 'unsupported', why: `standard encryption algorithm 0x${algId.toString(16)}, ${keyBits} bits` };
  }
  const at = (o: number, n: number) => new Uint8Array(view.buffer, view.byteOffset + o, n).slice();
  const saltSize = view.getUint32(v, true);
  if (saltSize !== 16) return { kind: 'unsupported', why: `salt of ${saltSize} bytes` };
  return {
    kind: 'standard',
    keyBits,
    salt: at(v + 4, 16),
    verifier: at(v + 20, 16),
    verifierHashSize: view.getUint32(v + 36, true),
    verifierHash: at(v + 40, 32),
  };
}
