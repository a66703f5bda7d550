import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { messages, languageOf, displayLanguage } from '../i18n';
import { ExcelHome } from './ExcelHome';
import { WorkbenchPlaceholder } from './WorkbenchPlaceholder';

/** Where the page runs: inside Excel, or in a plain browser (the workbench). */
export type HostKind = 'excel' | 'browser';

export function mount(element: HTMLElement, host: HostKind): void {
  const language = languageOf(displayLanguage());
  // Screen readers and the browser's font fallback both read the page language.
  document.documentElement.lang = language;
  const t = messages(language);
  document.title = host === 'excel' ? t.paneTitle : t.workbenchTitle;
  createRoot(element).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        {host === 'excel' ? <ExcelHome t={t} /> : <WorkbenchPlaceholder t={t} />}
      </FluentProvider>
    </StrictMode>,
  );
}
