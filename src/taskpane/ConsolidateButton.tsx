/**
 * 取りまとめ in the workbench (issue 16): pick several department workbooks, consolidate them
 * one at a time in the browser, download the new workbook. Nothing leaves the machine.
 */
import { useRef, useState } from 'react';
import { Button, Caption1, Tooltip } from '@fluentui/react-components';
import { TableStackBelowRegular } from '@fluentui/react-icons';
import type { Workbook } from '../core/workbook';
import { CONSOLIDATE_PANE } from '../i18n/consolidate';
import type { Language } from '../i18n';
import { bytesOf } from './file-bytes';

export type Reader = (data: Uint8Array, fileName: string) => Promise<Workbook>;

const readInBrowser: Reader = (data, name) => import('../hosts/file/read').then((m) => m.readWorkbook(data, name));

export function ConsolidateButton({ reader = readInBrowser, language = 'ja', onResult }: { reader?: Reader; language?: Language; onResult?: (data: Uint8Array) => void }) {
  const t = CONSOLIDATE_PANE[language];
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (files: File[]) => {
    setBusy(true);
    try {
      // The core and the .xlsx writer load when the command is used, not with the pane.
      const [{ consolidate, readSubmissions }, { consolidationChanges }, { newWorkbook }] = await Promise.all([
        import('../core/consolidate'),
        import('../core/consolidate/workbook'),
        import('../hosts/file/new-workbook'),
      ]);
      const picked = files.filter((f) => /\.xlsx$/i.test(f.name) && !f.name.startsWith('~$'));
      const results = await readSubmissions(
        picked.map((f) => ({ name: f.name, modified: f.lastModified, read: async () => reader(await bytesOf(f), f.name) })),
        (done, total) => setStatus(t.reading(done, total)),
      );
      if (!results.some((r) => r.readError === null)) {
        setStatus(t.none);
        return;
      }
      const c = consolidate(results);
      const data = newWorkbook(consolidationChanges(c).changes);
      onResult?.(data);
      download(data, t.fileName);
      setStatus(t.done(c.files.length, c.rows.length, c.issues.filter((i) => i.severity === 'error').length));
    } catch (e) {
      setStatus(t.failed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        style={{ display: 'none' }}
        tabIndex={-1}
        aria-hidden
        data-testid="consolidate-input"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length) void run(files);
        }}
      />
      <Tooltip content={t.hint} relationship="description" withArrow>
        <Button icon={<TableStackBelowRegular />} disabledFocusable={busy} onClick={() => input.current?.click()}>
          {t.button}
        </Button>
      </Tooltip>
      {status && (
        <Caption1 role="status" aria-live="polite">
          {status}
        </Caption1>
      )}
    </>
  );
}

function download(data: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
