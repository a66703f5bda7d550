/** OfficeCrypto over Node's crypto: for the CLI, never the browser bundle. */
import { createDecipheriv, createHash, createHmac } from 'node:crypto';
import type { HashName, OfficeCrypto } from './port';

const NODE_HASH: Record<HashName, string> = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

export const nodeCrypto: OfficeCrypto = {
  digest: async (hash, data) => createHash(NODE_HASH[hash]).update(data).digest(),
  hmac: async (hash, key, data) => createHmac(NODE_HASH[hash], key).update(data).digest(),
  async spin(hash, h0, count) {
    const algorithm = NODE_HASH[hash];
    const buf = new Uint8Array(4 + h0.length);
    const view = new DataView(buf.buffer);
    let h: Uint8Array = h0;
    for (let i = 0; i < count; i++) {
      view.setUint32(0, i, true);
      buf.set(h, 4);
      h = createHash(algorithm).update(buf).digest();
    }
    return h;
  },
  async decryptCbc(key, iv, data) {
    const d = createDecipheriv(`aes-${key.length * 8}-cbc`, key, iv).setAutoPadding(false);
    const out = Buffer.concat([d.update(data), d.final()]);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
};
