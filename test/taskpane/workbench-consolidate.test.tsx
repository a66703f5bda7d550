/**
 * The workbench's 取りまとめ uses the departments the open workbook's stored settings expect, as
 * the Excel pane's command does: one that no picked file names is a 未提出 row of 提出状況 in the
 * downloaded workbook and is named in the status. A workbook storing no list gives no such row.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Workbook } from '../../src/core/workbook';
import { settingsChanges } from '../../src/taskpane/engine-bridge';
import { Workbench } from '../../src/taskpane/Workbench';
import type { WorkbookFile } from '../../src/taskpane/sample';
import { buildCorpus, type Submission } from '../fixtures/consolidate/build';
import { renderWithPane } from './helpers';

const SAMPLE = 'tsuyama-plan2.xlsx';
const sampleBytes = () => new Uint8Array(readFileSync(join(__dirname, '../../samples', SAMPLE)));
const reader = (data: Uint8Array, name: string) => readWorkbook(data, name);
const consolidateStatus = () => screen.getAllByRole('status').find((e) => /^取りまとめ(まし|でき)|読み込めた/.test(e.textContent ?? ''));

// Real .xlsx reading and writing under jsdom, twice per test.
jest.setTimeout(120_000);

let corpus: Submission[];
beforeAll(async () => {
  corpus = await buildCorpus();
  // jsdom has no object URLs and does not navigate: the blob handed to the link is the download.
  URL.createObjectURL = jest.fn(() => 'blob:saiken');
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

/** The sample with `departments` stored in its settings, as the pane's settings view saves them. */
async function sampleExpecting(departments: string[]): Promise<Uint8Array> {
  const data = sampleBytes();
  const wb = await readWorkbook(data, SAMPLE);
  return writeWorkbook(data, settingsChanges(wb, { ...DEFAULT_SETTINGS, expectedDepartments: departments }), wb, SAMPLE).data;
}

async function openWorkbench(data: Uint8Array) {
  const initial: Promise<WorkbookFile | null> = Promise.resolve({ name: SAMPLE, data });
  const r = renderWithPane(<Workbench initial={initial} reader={reader} />);
  await waitFor(() => expect(screen.getByRole('status', { name: 'ブックの状態' })).toHaveTextContent('計画表 4件'), { timeout: 20_000 });
  return r;
}

/** Picks the corpus files whose names start with `prefixes` for 取りまとめ; the downloaded workbook, read. */
async function consolidate(prefixes: string[]): Promise<Workbook> {
  const files = corpus.filter((s) => prefixes.some((p) => s.name.startsWith(p))).map((s) => new File([s.data as BlobPart], s.name, { lastModified: s.modified.getTime() }));
  const downloads = (URL.createObjectURL as jest.Mock).mock.calls.length;
  fireEvent.change(screen.getByTestId('consolidate-input'), { target: { files } });
  // A second run may end with the same status as the first: the download is what tells it finished.
  await waitFor(() => expect((URL.createObjectURL as jest.Mock).mock.calls.length).toBe(downloads + 1), { timeout: 60_000 });
  await waitFor(() => expect(consolidateStatus()?.textContent).toMatch(/^取りまとめました/));
  const blob = (URL.createObjectURL as jest.Mock).mock.calls.at(-1)[0] as Blob;
  return readWorkbook(new Uint8Array(await blob.arrayBuffer()), '取りまとめ.xlsx');
}

/** 提出状況's rows below the header: file (A), department (C), status (G). */
const statusRows = (wb: Workbook) =>
  wb.sheets
    .find((s) => s.name === '提出状況')!
    .rows.slice(1)
    .filter((r) => r?.some((c) => c?.value !== undefined && c?.value !== null && c?.value !== ''))
    .map((r) => [r[0]?.value ?? null, r[2]?.value ?? null, r[6]?.value ?? null]);

it('an expected department no picked file names is 未提出 in 提出状況', async () => {
  await openWorkbench(await sampleExpecting(['保険年金課', '税務課', '生活福祉課', '住宅課']));
  const wb = await consolidate(['02_', '08_']);
  expect(consolidateStatus()?.textContent).toBe('取りまとめました（ファイル 2件・明細 12行・エラー 0件） 未提出: 税務課、住宅課（設定の「提出を求める部署」による）');
  expect(statusRows(wb)).toEqual([
    ['02_保険年金課.xlsx', '保険年金課', '取込済'],
    ['08_生活福祉課.xlsx', '生活福祉課', '取込済'],
    [null, '税務課', '未提出'],
    [null, '住宅課', '未提出'],
  ]);
});

it('follows the list as the open workbook stores it now: none at first, then the one saved in the pane', async () => {
  const { store } = await openWorkbench(sampleBytes());
  let wb = await consolidate(['08_']);
  expect(statusRows(wb)).toEqual([['08_生活福祉課.xlsx', '生活福祉課', '取込済']]);
  let saved = false;
  await act(async () => {
    saved = await store.saveSettings({ ...store.getState().stored!.settings, expectedDepartments: ['環境生活課'] });
  });
  expect(saved).toBe(true);
  wb = await consolidate(['08_']);
  expect(statusRows(wb)).toEqual([
    ['08_生活福祉課.xlsx', '生活福祉課', '取込済'],
    [null, '環境生活課', '未提出'],
  ]);
});
