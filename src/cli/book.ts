/**
 * A workbook file as every CLI command reads it: decrypted once when Excel's default password
 * encrypts it (the package is what is read and what is written, unencrypted: that password protects
 * nothing Excel would ask for), its parts inflated by Node's zlib.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { openWorkbook, packageBytes, readWorkbook, ReadError } from '../hosts/file/read';
import { nodeCrypto } from '../hosts/file/crypto/node';
import { nodeCodec } from '../hosts/file/zip/node-codec';
import { releasing } from './heap';
import type { SheetSource, Workbook } from '../core/workbook';

export interface Book {
  /** The zip package (decrypted if it was encrypted): what a writer edits. */
  data: Uint8Array;
  wb: Workbook;
}

export async function openBook(bytes: Uint8Array, name: string): Promise<Book> {
  const data = await packageBytes(bytes, name, { crypto: nodeCrypto });
  return { data, wb: await readWorkbook(data, name, { codec: nodeCodec }) };
}

/**
 * The workbook opened with its sheets read one at a time, when asked for (inspect, summary), the
 * heap collected as large sheets are let go (see heap.ts).
 */
export async function openBookSheets(bytes: Uint8Array, name: string): Promise<{ data: Uint8Array; source: SheetSource; settle(): void }> {
  const data = await packageBytes(bytes, name, { crypto: nodeCrypto });
  return { data, ...releasing(await openWorkbook(data, name, { codec: nodeCodec })) };
}

/** The file at `path`; a file that cannot be read is a ReadError naming it. */
export async function readBookFile(path: string, name = basename(path)): Promise<Book> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new ReadError('not-found', name);
  }
  return openBook(bytes, name);
}
