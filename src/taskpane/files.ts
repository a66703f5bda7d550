/** Files in the browser: the bytes of a picked file, reading one, and a download of a workbook the pane made. */
import type { Workbook } from '../core/workbook';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The bytes of a picked file (Blob.arrayBuffer, or a FileReader where a browser lacks it). */
export function bytesOf(f: File): Promise<Uint8Array> {
  if (typeof f.arrayBuffer === 'function') return f.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((done, fail) => {
    const r = new FileReader();
    r.onload = () => done(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => fail(r.error);
    r.readAsArrayBuffer(f);
  });
}

/** Saves the blob through the browser's download, under the given name. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a picked workbook in the page; the .xlsx reader loads on first use. */
export const readInBrowser = (data: Uint8Array, name: string): Promise<Workbook> => import('../hosts/file/read').then((m) => m.readWorkbook(data, name));
