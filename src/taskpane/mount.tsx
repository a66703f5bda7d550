/**
 * Renders the pane: inside Excel over the Excel host, or in a plain browser as the workbench over
 * an .xlsx file (the bundled sample first). The engine and the .xlsx reader start loading here,
 * beside React's first render, so the sample appears as soon as they arrive.
 */
import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { displayLanguage, languageOf } from '../i18n';
import { paneMessages } from '../i18n/pane';
import { preloadFileHost } from '../hosts/file/browser-port';
import { PaneProvider } from './context';
import { ExcelPane, type ExcelConnection } from './ExcelPane';
import { excelConnection } from './excel-connection';
import { PaneStore } from './store';
import { Workbench } from './Workbench';
import { fetchSample, type WorkbookFile } from './sample';
import { workerReader } from './worker-reader';
import type { XlsxReader } from '../hosts/file/browser-port';

/** Fluent's light theme, with Japanese UI fonts before the generic fallback. */
const theme: Theme = {
  ...webLightTheme,
  fontFamilyBase: "'Segoe UI', 'Yu Gothic UI', 'Meiryo UI', 'Hiragino Sans', 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif",
};

/** Where the page runs: inside Excel, or in a plain browser (the workbench). */
export type HostKind = 'excel' | 'browser';

export interface MountOptions {
  /** The workbench's first workbook, when the caller started fetching it (the bundled sample by default). */
  sample?: Promise<WorkbookFile | null>;
  /** The workbench's .xlsx reader (a worker, when the caller started one; null reads on this thread). */
  reader?: XlsxReader | null;
  /** Inside Excel: how the pane reaches the workbook and hears the ribbon (the runtime's by default). */
  excel?: ExcelConnection;
}

export function mount(element: HTMLElement, host: HostKind, options: MountOptions = {}): PaneStore {
  const language = languageOf(displayLanguage());
  // Screen readers and the browser's font fallback both read the page language.
  document.documentElement.lang = language;
  const t = paneMessages(language);
  document.title = host === 'excel' ? t.appName : `${t.appName} — ${t.workbenchName}`;
  const store = new PaneStore(t, { english: language === 'en' });
  let sample: Promise<WorkbookFile | null> | null = null;
  let reader: XlsxReader | null = null;
  if (host === 'browser') {
    sample = options.sample ?? fetchSample();
    reader = options.reader !== undefined ? options.reader : workerReader();
    // The writer (and ExcelJS, which it shares with the reader) would compete with the first
    // render for this thread: fetch it once the sample is on screen.
    if (!reader) preloadFileHost();
    else void sample.then(() => setTimeout(() => preloadFileHost({ reader: false }), 3000));
  }
  store.preload();
  createRoot(element).render(
    <StrictMode>
      <FluentProvider theme={theme} style={{ backgroundColor: 'transparent' }}>
        <PaneProvider value={{ t, language, store }}>
          {sample ? <Workbench initial={sample} reader={reader ?? undefined} /> : <ExcelPane connection={options.excel ?? excelConnection()} />}
        </PaneProvider>
      </FluentProvider>
    </StrictMode>,
  );
  return store;
}
