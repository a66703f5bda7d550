/**
 * Reads .xlsx files off the page's thread: the direct reader (src/hosts/file/xlsx) inflates and
 * scans the package in this worker and the snapshot comes back as plain data, so the workbench
 * keeps painting and answering keys while a large workbook loads. Errors come back with both
 * languages of their message.
 */
import { readWorkbook } from '../hosts/file/read';

interface Request {
  id: number;
  data: Uint8Array;
  fileName: string;
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<Request>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (e) => {
  const { id, data, fileName } = e.data;
  readWorkbook(data, fileName).then(
    (workbook) => scope.postMessage({ id, workbook }),
    (error: unknown) => {
      const err = error instanceof Error ? error : new Error(String(error));
      scope.postMessage({ id, error: { name: err.name, message: err.message, messageEn: (err as Error & { messageEn?: string }).messageEn } });
    },
  );
};
