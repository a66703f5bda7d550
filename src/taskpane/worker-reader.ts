/**
 * The workbench's .xlsx reader: a Web Worker running readWorkbook (src/taskpane/read.worker.ts),
 * or null where workers are unavailable (the port then reads on the page's thread).
 */
import type { Workbook } from '../core/workbook';
import type { XlsxReader } from '../hosts/file/browser-port';
import { unpackWorkbook, type PackedWorkbook } from '../hosts/file/snapshot-transfer';

interface Reply {
  id: number;
  packed?: PackedWorkbook;
  error?: { name: string; message: string; messageEn?: string };
}

export function workerReader(): XlsxReader | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL(/* webpackChunkName: "xlsx-reader" */ './read.worker.ts', import.meta.url));
  } catch {
    return null;
  }
  let next = 0;
  const pending = new Map<number, { resolve: (wb: Workbook) => void; reject: (e: Error) => void }>();
  worker.onmessage = (e: MessageEvent<Reply>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.packed) {
      try {
        p.resolve(unpackWorkbook(e.data.packed));
      } catch (error) {
        p.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    else {
      const info = e.data.error ?? { name: 'Error', message: 'unreadable' };
      const error = Object.assign(new Error(info.message), { name: info.name, messageEn: info.messageEn });
      p.reject(error);
    }
  };
  worker.onerror = (e) => {
    for (const p of pending.values()) p.reject(new Error(e.message || 'the reader stopped'));
    pending.clear();
  };
  return (data, fileName) =>
    new Promise<Workbook>((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject });
      // A copy: the port keeps its bytes for 保存 and for writing.
      worker.postMessage({ id, data: data.slice(), fileName });
    });
}
