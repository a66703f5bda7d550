/**
 * A workbook file as every CLI command reads it: decrypted once when Excel's default password
 * encrypts it (the package is what is read and what is written, unencrypted: that password protects
 * nothing Excel would ask for), its parts inflated by Node's zlib.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { openWorkbook, packageBytes, readWorkbook, type KeptParts } from '../hosts/file/read';
import { nodeCrypto } from '../hosts/file/crypto/node';
import { nodeCodec } from '../hosts/file/zip/node-codec';
import { releasing } from './heap';
import type { SheetSource, Workbook } from '../core/workbook';
import type { Language } from '../i18n';
import { cliText } from './locale';
import { osDetail, osProblem } from './os-errors';
import { FileMessage } from './output';

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
 * heap collected as large sheets are let go (see heap.ts); the sheets' parts kept in `keep` as they
 * are read, for a writer that edits them.
 */
export async function openBookSheets(bytes: Uint8Array, name: string, keep?: KeptParts): Promise<{ data: Uint8Array; source: SheetSource; settle(): void }> {
  const data = await packageBytes(bytes, name, { crypto: nodeCrypto });
  return { data, ...releasing(await openWorkbook(data, name, { codec: nodeCodec, keep })) };
}

/**
 * The bytes of the input at `path`, or a FileMessage naming it as `shown` and why it cannot be
 * read. A named pipe or a device is refused before it is read: it may never end, and its read,
 * blocked in the OS, would outlive the guard's stop (src/cli/guard.ts) and keep the process from
 * exiting (Node waits for it). A folder is named by the read.
 */
export async function readInput(path: string, language: Language, shown = path): Promise<Buffer> {
  const t = cliText(language);
  const refused = (e: unknown) => new FileMessage(t.input(shown, osProblem(e), osDetail(e)));
  const info = await stat(path).catch((e: unknown) => Promise.reject(refused(e)));
  if (!info.isFile() && !info.isDirectory()) throw new FileMessage(t.input(shown, 'not-a-file', ''));
  try {
    return await readFile(path);
  } catch (e) {
    throw refused(e);
  }
}

/**
 * The workbook at `path`, named `name`; a file that cannot be read is a FileMessage naming it, in
 * Japanese as a ReadError's message is (consolidate's 提出状況 and messages).
 */
export async function readBookFile(path: string, name = basename(path)): Promise<Book> {
  return openBook(await readInput(path, 'ja', name), name);
}
