/**
 * The reader's worker (src/taskpane/read.worker.ts) answers every request: the snapshot packed, or
 * the error with both languages of its message, also when what fails comes after the read (packing
 * or sending the snapshot): the page is never left waiting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packWorkbook } from '../../src/hosts/file/snapshot-transfer';

jest.mock('../../src/hosts/file/snapshot-transfer', () => {
  const actual = jest.requireActual('../../src/hosts/file/snapshot-transfer');
  return { ...actual, packWorkbook: jest.fn(actual.packWorkbook) };
});

type Posted = { id: number; packed?: unknown; error?: { name: string; message: string } };

describe('the reader worker', () => {
  const posted: Posted[] = [];
  const scope = self as unknown as { onmessage: ((e: { data: unknown }) => void) | null; postMessage: (m: unknown) => void };
  beforeAll(async () => {
    scope.postMessage = (m) => posted.push(m as Posted);
    await import('../../src/taskpane/read.worker');
  });
  const ask = async (id: number, data: Uint8Array) => {
    scope.onmessage!({ data: { id, data, fileName: 'book.xlsx' } });
    for (let i = 0; i < 200 && !posted.some((p) => p.id === id); i++) await new Promise((done) => setTimeout(done, 10));
    return posted.find((p) => p.id === id);
  };
  const sample = () => new Uint8Array(readFileSync(join(__dirname, '../../samples/tsuyama-plan2.xlsx')));

  it('answers with the snapshot packed', async () => {
    expect((await ask(1, sample()))?.packed).toBeDefined();
  });

  it('answers with the error when the file cannot be read', async () => {
    const error = (await ask(2, new TextEncoder().encode('not a workbook')))?.error as { message: string; messageEn?: string };
    expect(error.message).toContain('book.xlsx');
    expect(error.messageEn).toContain('book.xlsx');
  });

  it('answers with the error when packing the snapshot fails after the read', async () => {
    jest.mocked(packWorkbook).mockImplementationOnce(() => {
      throw new RangeError('Array buffer allocation failed');
    });
    expect((await ask(3, sample()))?.error).toEqual(expect.objectContaining({ name: 'RangeError', message: 'Array buffer allocation failed' }));
  });
});
