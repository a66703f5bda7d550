/**
 * OfficeCrypto over WebCrypto (the browser workbench; Node has it too). WebCrypto's AES-CBC always
 * unpads, so a block that decrypts to full PKCS#7 padding is appended (the encryption of sixteen
 * 0x10 bytes chained after the last block) and comes off again.
 */
import type { OfficeCrypto } from './port';

const bytes = (b: ArrayBuffer) => new Uint8Array(b);
const buffer = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

export function webCrypto(subtle: SubtleCrypto): OfficeCrypto {
  return {
    digest: async (hash, data) => bytes(await subtle.digest(hash, buffer(data))),
    async hmac(hash, key, data) {
      const k = await subtle.importKey('raw', buffer(key), { name: 'HMAC', hash }, false, ['sign']);
      return bytes(await subtle.sign('HMAC', k, buffer(data)));
    },
    async spin(hash, h0, count) {
      const buf = new Uint8Array(4 + h0.length);
      const view = new DataView(buf.buffer);
      let h = h0;
      for (let i = 0; i < count; i++) {
        view.setUint32(0, i, true);
        buf.set(h, 4);
        h = bytes(await subtle.digest(hash, buf));
      }
      return h;
    },
    async decryptCbc(key, iv, data) {
      if (data.length === 0) return new Uint8Array(0);
      const k = await subtle.importKey('raw', buffer(key), 'AES-CBC', false, ['encrypt', 'decrypt']);
      const last = data.subarray(data.length - 16);
      const pad = bytes(await subtle.encrypt({ name: 'AES-CBC', iv: buffer(last.slice()) }, k, new Uint8Array(16).fill(16))).subarray(0, 16);
      const whole = new Uint8Array(data.length + 16);
      whole.set(data);
      whole.set(pad, data.length);
      return bytes(await subtle.decrypt({ name: 'AES-CBC', iv: buffer(iv.slice()) }, k, whole));
    },
  };
}

/** The environment's WebCrypto, if it has one (a page served over plain http on a LAN may not). */
export function defaultCrypto(): OfficeCrypto | undefined {
  const subtle = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  return subtle ? webCrypto(subtle) : undefined;
}
