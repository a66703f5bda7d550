/**
 * 取りまとめ in the Excel pane (issue 16): a file picker for the departments' workbooks; the
 * consolidation is made in the pane and its four sheets written into the open workbook.
 */
import { useState } from 'react';
import type { WorkbookPort } from '../hosts/port';
import { soleWriter, type PaneHost } from './model';
import { CONSOLIDATE_EXCEL, notReadOf } from '../i18n/consolidate';
import type { Language } from '../i18n';
import { FilesPicker, pickedFile } from './FilesPicker';
import { readInBrowser } from './files';
import type { ExcelConsolidation, Reader } from './ExcelConsolidateRun';

export function ExcelConsolidate({
  port,
  exclusive = soleWriter,
  reader = readInBrowser,
  language = 'ja',
  onDone,
}: {
  port: WorkbookPort;
  /** The workbook read and written with no command between (PaneHost.exclusive). */
  exclusive?: NonNullable<PaneHost['exclusive']>;
  reader?: Reader;
  language?: Language;
  onDone?: (r: ExcelConsolidation) => void;
}) {
  const t = CONSOLIDATE_EXCEL[language];
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (files: File[]) => {
    setBusy(true);
    try {
      // The core and the .xlsx reader load when the command is used, not with the pane.
      const { consolidateIntoWorkbook } = await import('./ExcelConsolidateRun');
      const r = await consolidateIntoWorkbook(
        port,
        files.map(pickedFile),
        reader,
        (done, total) => setStatus(t.reading(done, total)),
        exclusive,
      );
      if (!r) {
        setStatus(t.none);
        return;
      }
      const c = r.consolidation;
      const names = Object.values(r.placement.sheets).map((s) => s.name).join(language === 'ja' ? '、' : ', ');
      setStatus(t.done(c.files.length, c.rows.length, c.issues.filter((i) => i.severity === 'error').length, names) + (c.missing.length ? t.missing(c.missing) : '') + notReadOf(t, c.files));
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
      <FilesPicker label={t.button} hint={t.hint} busy={busy} status={status} testId="excel-consolidate-input" onFiles={(files) => void run(files)} />
    </div>
  );
}
