/**
 * Reads .xlsx files off the page's thread: the direct reader (src/hosts/file/xlsx) inflates and
 * scans the package in this worker and the snapshot comes back packed (its cells in typed arrays
 * handed over, src/hosts/file/snapshot-transfer.ts), so the workbench keeps painting and answering
 * keys while a large workbook loads. Errors come back with both languages of their message.
 */
import { readWorkbook } from '../hosts/file/read';
import { packWorkbook } from '../hosts/file/snapshot-transfer';

interface Request {
  id: number;
  data: Uint8Array;
  fileName: string;
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<Request>) => void) | null; postMessage(message: unknown, transfer?: Transferable[]): void };

scope.onmessage = (e) => {
  const { id, data, fileName } = e.data;
  readWorkbook(data, fileName)
    .then((workbook) => {
      const { packed, transfer } = packWorkbook(workbook);
      scope.postMessage({ id, packed }, transfer);
    })
    // A failure after the read too (packing, sending): the page is told, never left waiting.
    .catch((error: unknown) => {
      const err = error instanceof Error ? error : new Error(String(error));
      scope.postMessage({ id, error: { name: err.name, message: err.message, messageEn: (err as Error & { messageEn?: string }).messageEn } });
    });
};
