/** The zip codec over Node's zlib (native deflate, inflate and CRC-32): for the CLI, never the browser bundle. */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ZipCodec } from './codec';

export const nodeCodec: ZipCodec = {
  deflate: (data) => deflateRawSync(data),
  inflate: (data, size) => inflateRawSync(data, { maxOutputLength: Math.max(size, 1) }),
  crc32: (data) => crc32(data),
};
