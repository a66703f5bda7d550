/**
 * 取りまとめ in the Excel pane (issue 16): a file picker for the departments' workbooks; the
 * consolidation is made in the pane and its four sheets written into the open workbook.
 */
import { useRef, useState } from 'react';
import { Button, Caption1, Tooltip } from '@fluentui/react-components';
import { TableStackBelowRegular } from '@fluentui/react-icons';
import type { WorkbookPort } from '../hosts/port';
import { CONSOLIDATE_EXCEL } from '../i18n/consolidate';
import type { Language } from '../i18n';
import { bytesOf } from './file-bytes';
import type { ExcelConsolidation, Reader } from './ExcelConsolidateRun';

const readInBrowser: Reader = (data, name) => import('../hosts/file/read').then((m) => m.readWorkbook(data, name));

export function ExcelConsolidate({ port, reader = readInBrowser, language = 'ja', onDone }: { port: WorkbookPort; reader?: Reader; language?: Language; onDone?: (r: ExcelConsolidation) => void }) {
  const t = CONSOLIDATE_EXCEL[language];
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (files: File[]) => {
    setBusy(true);
    try {
      // The core and the .xlsx reader load when the command is used, not with the pane.
      const { consolidateIntoWorkbook } = await import('./ExcelConsolidateRun');
      const r = await consolidateIntoWorkbook(
        port,
        files.map((f) => ({ name: f.name, modified: f.lastModified, bytes: () => bytesOf(f) })),
        reader,
        (done, total) => setStatus(t.reading(done, total)),
      );
      if (!r) {
        setStatus(t.none);
        return;
      }
      const c = r.consolidation;
      const names = Object.values(r.placement.sheets).map((s) => s.name).join(language === 'ja' ? '、' : ', ');
      setStatus(t.done(c.files.length, c.rows.length, c.issues.filter((i) => i.severity === 'error').length, names));
      onDone?.(r);
    } catch (e) {
      const en = language === 'en' ? (e as Error & { messageEn?: string }).messageEn : undefined;
      setStatus(t.failed(en ?? (e instanceof Error ? e.message : String(e))));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        style={{ display: 'none' }}
        tabIndex={-1}
        aria-hidden
        data-testid="excel-consolidate-input"
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
    </div>
  );
}
