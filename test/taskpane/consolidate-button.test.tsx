/**
 * The workbench's 取りまとめ: several picked workbooks (one broken) consolidated in the page and
 * offered as a download; the status says how many files and rows.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ConsolidateButton } from '../../src/taskpane/ConsolidateButton';
import { readWorkbook } from '../../src/hosts/file/read';
import { buildCorpus } from '../fixtures/consolidate/build';

it('consolidates the picked files and downloads the workbook', async () => {
  const corpus = await buildCorpus();
  const pick = corpus.filter((s) => ['02_', '03_', '08_', '12_'].some((p) => s.name.startsWith(p)));
  const files = pick.map((s) => new File([s.data as BlobPart], s.name, { lastModified: s.modified.getTime() }));
  const created: Blob[] = [];
  URL.createObjectURL = (b: Blob) => (created.push(b), 'blob:consolidated');
  URL.revokeObjectURL = () => undefined;
  let written: Uint8Array | null = null;
  render(
    <FluentProvider theme={webLightTheme}>
      <ConsolidateButton reader={(d, n) => readWorkbook(d, n)} onResult={(d) => (written = d)} />
    </FluentProvider>,
  );
  fireEvent.change(screen.getByTestId('consolidate-input'), { target: { files } });
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^取りまとめました/), { timeout: 30_000 });
  // The file not read is named, as 提出状況 names it.
  expect(screen.getByRole('status').textContent).toBe('取りまとめました（ファイル 4件・明細 27行・エラー 0件） 読み込めなかったファイル: 12_環境生活課.xlsx。');
  // 8 figures from 02 (2 debts × 4 years), 15 from 03's ledger (3 divisions × 5), 4 from 08.
  expect(created).toHaveLength(1);
  const wb = await readWorkbook(written!);
  const status = wb.sheets.find((s) => s.name === '提出状況')!;
  expect(status.rows.slice(1, 5).map((r) => [r[0]?.value, r[6]?.value])).toEqual([
    ['02_保険年金課.xlsx', '取込済'],
    ['03_高齢介護課.xlsx', '取込済'],
    ['08_生活福祉課.xlsx', '取込済'],
    ['12_環境生活課.xlsx', '読込不可'],
  ]);
}, 60_000);
