/**
 * The few primitives MS-OFFCRYPTO needs, so that one decryptor runs over Node's crypto in the CLI
 * (synchronous, ten times faster at the 100,000-round password hash) and over WebCrypto in the
 * browser, where everything is a promise.
 */
export type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export interface OfficeCrypto {
  digest(hash: HashName, data: Uint8Array): Promise<Uint8Array>;
  hmac(hash: HashName, key: Uint8Array, data: Uint8Array): Promise<Uint8Array>;
  /** The password hash's rounds (MS-OFFCRYPTO 2.3.4.7, 2.3.4.11): Hn = H(LE32(n - 1) + Hn-1), `count` times from `h0`. */
  spin(hash: HashName, h0: Uint8Array, count: number): Promise<Uint8Array>;
  /** AES in CBC mode without padding: `data` is whole 16-byte blocks. */
  decryptCbc(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array>;
}
