/**
 * The Excel pane's 取りまとめ button: three picked department files consolidated in the pane and
 * written into the open workbook (the Excel port over the fake); the status names the sheets.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ExcelConsolidate } from '../../src/taskpane/ExcelConsolidate';
import { readWorkbook } from '../../src/hosts/file/read';
import { sheetFromGrid } from '../../src/core/workbook';
import { ExcelPort } from '../../src/hosts/excel/port';
import { FakeExcel } from '../fakes/excel';
import { buildCorpus } from '../fixtures/consolidate/build';
import { CommandState } from '../../src/commands/state';
import { runExclusive } from '../../src/commands/handlers';

it('picks three files and writes 提出状況・明細・全庁集計・指摘一覧 into the open workbook', async () => {
  const corpus = await buildCorpus();
  const pick = corpus.filter((s) => ['04_', '05_', '08_'].some((p) => s.name.startsWith(p)));
  const files = pick.map((s) => new File([s.data as BlobPart], s.name, { lastModified: s.modified.getTime() }));
  const fake = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('明細', [['自分の表']])] });
  const port = new ExcelPort({ run: fake.run, requirements: fake.requirements, library: fake.library });
  render(
    <FluentProvider theme={webLightTheme}>
      <ExcelConsolidate port={port} reader={(d, n) => readWorkbook(d, n)} />
    </FluentProvider>,
  );
  expect(screen.getByRole('button', { name: '取りまとめ' })).toBeInTheDocument();
  fireEvent.change(screen.getByTestId('excel-consolidate-input'), { target: { files } });
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^取りまとめ(まし|でき)/), { timeout: 30_000 });
  expect(screen.getByRole('status').textContent).toBe('取りまとめました（ファイル 3件・明細 12行・エラー 0件）。シート: 提出状況、明細 (saiken)、全庁集計、指摘一覧');
  expect(fake.state.sheets.map((s) => s.name)).toEqual(['明細', '提出状況', '明細 (saiken)', '全庁集計', '指摘一覧']);
  expect(fake.cell('明細', 'A1')?.value).toBe('自分の表');
  expect(fake.cell('提出状況', 'A4')?.value).toBe('08_生活福祉課.xlsx');
}, 60_000);

it('names the expected departments (the open workbook\'s settings) that sent nothing', async () => {
  const corpus = await buildCorpus();
  const files = corpus.filter((s) => s.name.startsWith('08_')).map((s) => new File([s.data as BlobPart], s.name, { lastModified: s.modified.getTime() }));
  const stored = JSON.stringify({ version: 1, settings: { expectedDepartments: ['生活福祉課', '税務課', '住宅課'] } });
  const fake = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('計画', [['表']]), { ...sheetFromGrid('_saiken', [['note'], [stored]]), hidden: true }] });
  const port = new ExcelPort({ run: fake.run, requirements: fake.requirements, library: fake.library });
  render(
    <FluentProvider theme={webLightTheme}>
      <ExcelConsolidate port={port} reader={(d, n) => readWorkbook(d, n)} />
    </FluentProvider>,
  );
  fireEvent.change(screen.getByTestId('excel-consolidate-input'), { target: { files } });
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^取りまとめ(まし|でき)/), { timeout: 30_000 });
  expect(screen.getByRole('status').textContent).toMatch(/ 未提出: 税務課、住宅課（設定の「提出を求める部署」による）$/);
  expect([fake.cell('提出状況', 'C3')?.value, fake.cell('提出状況', 'G3')?.value]).toEqual(['税務課', '未提出']);
  expect([fake.cell('提出状況', 'C4')?.value, fake.cell('提出状況', 'G4')?.value]).toEqual(['住宅課', '未提出']);
}, 60_000);

it('writes with no command between its read and its write: refused while one runs, saying so, nothing written', async () => {
  const corpus = await buildCorpus();
  const files = corpus.filter((s) => s.name.startsWith('08_')).map((s) => new File([s.data as BlobPart], s.name, { lastModified: s.modified.getTime() }));
  const fake = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('計画', [['表']])] });
  const port = new ExcelPort({ run: fake.run, requirements: fake.requirements, library: fake.library });
  const state = new CommandState();
  state.running = 'recalc';
  const tasks: string[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <ExcelConsolidate port={port} exclusive={(task, work) => (tasks.push(task), runExclusive(task, work, state, async () => undefined))} reader={(d, n) => readWorkbook(d, n)} />
    </FluentProvider>,
  );
  fireEvent.change(screen.getByTestId('excel-consolidate-input'), { target: { files } });
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/別のコマンドを実行中です/), { timeout: 30_000 });
  expect(tasks).toEqual(['consolidate']);
  expect(fake.state.sheets.map((s) => s.name)).toEqual(['計画']);
}, 60_000);
