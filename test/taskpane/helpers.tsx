/**
 * The pane over an in-memory workbook: a WorkbookPort that applies ChangeSets to the snapshot
 * (as the hosts would write them), and a render helper with the pane's providers.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { applyToSnapshot } from '../../src/core/apply-snapshot';
import type { ChangeSet } from '../../src/core/changes';
import { sheetFromGrid, type CellValue, type Workbook } from '../../src/core/workbook';
import type { ApplyResult, WorkbookPort } from '../../src/hosts/port';
import type { Language } from '../../src/i18n';
import { paneMessages } from '../../src/i18n/pane';
import { PaneProvider } from '../../src/taskpane/context';
import type { PaneHost } from '../../src/taskpane/model';
import { PaneStore, type StoreOptions } from '../../src/taskpane/store';

export class MemoryPort implements WorkbookPort {
  readonly applied: ChangeSet[] = [];
  reads = 0;
  /** Milliseconds each read takes (to see progress). */
  delay = 0;
  constructor(public wb: Workbook) {}
  async read(): Promise<Workbook> {
    this.reads++;
    if (this.delay) await new Promise((r) => setTimeout(r, this.delay));
    return this.wb;
  }
  async apply(changes: ChangeSet): Promise<ApplyResult> {
    this.applied.push(changes);
    this.wb = applyToSnapshot(this.wb, changes);
    return { cellsWritten: changes.cells.length, sheetsCreated: changes.sheets.length, chartsAdded: changes.charts.length };
  }
}

/**
 * A small plan in the layout of the seeds: a class heading, a unit row, two fiscal years and
 * their difference. 市営住宅使用料 under 強制徴収公債権 is a classification-conflict (error),
 * 森林環境整備負担金 is not in the catalog (warning), 120.0 is not a rate (error), and the
 * difference of row 6 is wrong (error).
 */
export function planWorkbook(extra: Workbook['sheets'] = []): Workbook {
  const grid: CellValue[][] = [
    ['(1) 強制徴収公債権'],
    [null, null, null, null, '(単位：%)'],
    ['所管課', '債権名', '令和5年度 実績①', '令和6年度 実績②', '②-①'],
    ['税務課', '市税', 97.1, 97.5, 0.4],
    ['住宅課', '市営住宅使用料', 81.5, 81.9, 0.4],
    ['保険年金課', '国民健康保険税', 90.2, 91.0, 1.5],
    ['地域振興課', '森林環境整備負担金', 60.0, 120.0, 60.0],
  ];
  return { sheets: [sheetFromGrid('計画', grid), ...extra] };
}

export interface Rendered {
  store: PaneStore;
  port: MemoryPort;
  host: PaneHost;
}

export function renderWithPane(ui: ReactElement, options: { wb?: Workbook; language?: Language; store?: StoreOptions; host?: Partial<PaneHost> } = {}): Rendered & ReturnType<typeof render> {
  const language = options.language ?? 'ja';
  const t = paneMessages(language);
  const store = new PaneStore(t, { english: language === 'en', ...options.store });
  const port = new MemoryPort(options.wb ?? planWorkbook());
  const host: PaneHost = { kind: 'excel', port, fileName: 'plan.xlsx', ...options.host };
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider value={{ t, language, store }}>{ui}</PaneProvider>
    </FluentProvider>,
  );
  return { ...result, store, port, host };
}
