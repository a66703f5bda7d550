/**
 * 取りまとめ in the workbench (issue 16): pick several department workbooks, consolidate them
 * one at a time in the browser, download the new workbook. Nothing leaves the machine.
 */
import { useState } from 'react';
import { CONSOLIDATE_PANE, notReadOf } from '../i18n/consolidate';
import type { Language } from '../i18n';
import { download, readInBrowser, XLSX_TYPE } from './files';
import { FilesPicker, pickedFile } from './FilesPicker';
import type { Reader } from './consolidate-files';

export type { Reader };

export interface ConsolidateButtonProps {
  reader?: Reader;
  language?: Language;
  /**
   * The departments the open workbook's stored settings expect (未提出 in 提出状況), as the Excel
   * pane's command reads them; none when no workbook is open.
   */
  expectedDepartments?: readonly string[];
  onResult?: (data: Uint8Array) => void;
}

export function ConsolidateButton({ reader = readInBrowser, language = 'ja', expectedDepartments, onResult }: ConsolidateButtonProps) {
  const t = CONSOLIDATE_PANE[language];
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (files: File[]) => {
    setBusy(true);
    try {
      // The core and the .xlsx writer load when the command is used, not with the pane.
      const [{ consolidatePicked }, { consolidationChanges }, { newWorkbook }] = await Promise.all([
        import('./consolidate-files'),
        import('../core/consolidate/workbook'),
        import('../hosts/file/new-workbook'),
      ]);
      const c = await consolidatePicked(files.map(pickedFile), reader, (done, total) => setStatus(t.reading(done, total)), {
        expectedDepartments: expectedDepartments ? [...expectedDepartments] : undefined,
      });
      if (!c) {
        setStatus(t.none);
        return;
      }
      const data = newWorkbook(consolidationChanges(c).changes);
      onResult?.(data);
      download(new Blob([data as BlobPart], { type: XLSX_TYPE }), t.fileName);
      setStatus(t.done(c.files.length, c.rows.length, c.issues.filter((i) => i.severity === 'error').length) + (c.missing.length ? t.missing(c.missing) : '') + notReadOf(t, c.files));
    } catch (e) {
      setStatus(t.failed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  return <FilesPicker label={t.button} hint={t.hint} busy={busy} status={status} testId="consolidate-input" onFiles={(files) => void run(files)} />;
}
