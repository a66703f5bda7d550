/**
 * The browser workbench over real .xlsx bytes (the bundled sample, read and written by the file
 * host): 保存 says where the file went and clears 変更あり; opening another file with unsaved
 * changes asks first; a file that cannot be opened leaves the open one as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readWorkbook } from '../../src/hosts/file/read';
import { Workbench } from '../../src/taskpane/Workbench';
import type { WorkbookFile } from '../../src/taskpane/sample';
import { renderWithPane } from './helpers';

const SAMPLE = 'tsuyama-plan2.xlsx';
const bytes = () => new Uint8Array(readFileSync(join(__dirname, '../../samples', SAMPLE)));
const reader = (data: Uint8Array, name: string) => readWorkbook(data, name);
const status = () => screen.getByRole('status', { name: 'ブックの状態' });

// Real .xlsx reading and writing under jsdom: slower than the pane's other tests.
jest.setTimeout(90_000);

let downloaded: string[] = [];
beforeAll(() => {
  // jsdom has no object URLs and does not navigate: the download link's name is what a browser saves under.
  URL.createObjectURL = jest.fn(() => 'blob:saiken');
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloaded.push(this.download);
  });
});
beforeEach(() => {
  downloaded = [];
});

async function openWorkbench() {
  const initial: Promise<WorkbookFile | null> = Promise.resolve({ name: SAMPLE, data: bytes() });
  const r = renderWithPane(<Workbench initial={initial} reader={reader} />);
  await waitFor(() => expect(status()).toHaveTextContent('計画表 4件'), { timeout: 20_000 });
  await waitFor(() => expect(screen.getByRole('button', { name: '認識' })).not.toHaveAttribute('aria-disabled', 'true'));
  return r;
}

/**
 * The dialog's buttons. Under jsdom, Fluent's focus manager (tabster) may mark the dialog surface
 * aria-hidden until focus has moved into it, which jsdom does late; Chromium (test/e2e) checks the
 * dialog as a user and a screen reader meet it.
 */
const fileInput = () => document.querySelector('input[type=file]') as HTMLInputElement;
const file = (name: string, data: Uint8Array | string) => new File([typeof data === 'string' ? data : (data as BlobPart)], name);

async function recalc() {
  await userEvent.click(screen.getByRole('button', { name: '再計算' }));
  await screen.findByText(/個のセルに数式を書き込みました/, undefined, { timeout: 20_000 });
  await waitFor(() => expect(screen.getByRole('button', { name: '認識' })).not.toHaveAttribute('aria-disabled', 'true'));
}

describe('the workbench: opening and saving files', () => {
  it('保存 names the file it saved and clears 変更あり', async () => {
    const { store } = await openWorkbench();
    expect(screen.queryByText('変更あり')).toBeNull();
    await recalc();
    expect(screen.getByText('変更あり')).toBeInTheDocument();
    expect(store.getState().unsaved).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByText(`${SAMPLE} として保存しました（ブラウザーのダウンロード先のフォルダーに保存されます。同じ名前のファイルがあるときは、ブラウザーが「(1)」などを付けた名前にします）。`)).toBeInTheDocument();
    expect(screen.queryByText('変更あり')).toBeNull();
    expect(store.getState().unsaved).toBe(false);
    expect(downloaded).toEqual([SAMPLE]);
  });

  it('a corrupt file leaves the open workbook as it was, with the error shown', async () => {
    const { store } = await openWorkbench();
    const before = store.getState().workbook;
    await userEvent.upload(fileInput(), file('broken.xlsx', 'not a zip at all'));
    const alert = await screen.findByText(/broken\.xlsx/, { selector: '.fui-MessageBarBody' }, { timeout: 20_000 });
    expect(alert.textContent).toMatch(/^開けませんでした: /);
    expect(alert.textContent).toContain(`開いていた ${SAMPLE} は、そのまま残っています。`);
    // The same workbook, the same tables, the same file name in the header.
    expect(store.getState().workbook).toBe(before);
    expect(status()).toHaveTextContent('計画表 4件');
    expect(screen.getByTitle(SAMPLE)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '保存' })).not.toHaveAttribute('aria-disabled', 'true');
  });

  it.each([
    ['ja', '開けませんでした: cut.xlsx: ブックを読み込めませんでした（壊れているか、途中で切れています）。詳細: ファイルの末尾にあるはずの目次が見つかりません（途中で切れています）'],
    ['en', 'Could not open: cut.xlsx: the workbook could not be read (damaged or truncated). Detail: end of central directory not found'],
  ] as const)('a truncated file: the whole message in the pane’s language, detail included (%s)', async (language, text) => {
    const data = bytes();
    const initial: Promise<WorkbookFile | null> = Promise.resolve({ name: 'cut.xlsx', data: data.subarray(0, data.length >> 1) });
    renderWithPane(<Workbench initial={initial} reader={reader} />, { language });
    const alert = await screen.findByText(/cut\.xlsx/, { selector: '.fui-MessageBarBody' }, { timeout: 20_000 });
    expect(alert.textContent?.startsWith(text)).toBe(true);
  });

  it('with unsaved changes, opening another file asks first; キャンセル keeps everything', async () => {
    const { store } = await openWorkbench();
    await recalc();
    const changed = store.getState().workbook;
    await userEvent.upload(fileInput(), file('other.xlsx', bytes()));
    const dialog = await screen.findByRole('dialog', { name: '保存していない変更があります', hidden: true }, { timeout: 10_000 });
    expect(dialog).toHaveTextContent(`${SAMPLE} には、まだ保存していない変更（再計算・集計など）があります。other.xlsx を開くと、これらの変更は失われます。`);
    await userEvent.click(await within(dialog).findByRole('button', { name: 'キャンセル', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
    expect(store.getState().workbook).toBe(changed);
    expect(screen.getByText('変更あり')).toBeInTheDocument();
    expect(screen.getByTitle(SAMPLE)).toBeInTheDocument();
  });

  it('保存せずに開く opens the other file; a corrupt one after confirming still keeps the changes', async () => {
    const { store } = await openWorkbench();
    await recalc();
    const changed = store.getState().workbook;
    await userEvent.upload(fileInput(), file('broken.xlsx', 'PK not really'));
    await userEvent.click(await within(await screen.findByRole('dialog', { hidden: true }, { timeout: 10_000 })).findByRole('button', { name: '保存せずに開く', hidden: true }));
    await screen.findByText(/開いていた tsuyama-plan2\.xlsx は、そのまま残っています。/, undefined, { timeout: 20_000 });
    expect(store.getState().workbook).toBe(changed);
    expect(screen.getByText('変更あり')).toBeInTheDocument();

    await userEvent.upload(fileInput(), file('other.xlsx', bytes()));
    await userEvent.click(await within(await screen.findByRole('dialog', { hidden: true }, { timeout: 10_000 })).findByRole('button', { name: '保存せずに開く', hidden: true }));
    await waitFor(() => expect(screen.getByTitle('other.xlsx')).toBeInTheDocument(), { timeout: 20_000 });
    await waitFor(() => expect(status()).toHaveTextContent('計画表 4件'));
    expect(screen.queryByText('変更あり')).toBeNull();
    expect(store.getState().unsaved).toBe(false);
  });

  it('保存してから開く downloads the changed workbook, then opens the other file', async () => {
    const { store } = await openWorkbench();
    await recalc();
    const downloads = (URL.createObjectURL as jest.Mock).mock.calls.length;
    await userEvent.upload(fileInput(), file('other.xlsx', bytes()));
    await userEvent.click(await within(await screen.findByRole('dialog', { hidden: true }, { timeout: 10_000 })).findByRole('button', { name: '保存してから開く', hidden: true }));
    expect((URL.createObjectURL as jest.Mock).mock.calls.length).toBe(downloads + 1);
    expect(downloaded).toEqual([SAMPLE]);
    const blob = (URL.createObjectURL as jest.Mock).mock.calls.at(-1)[0] as Blob;
    const saved = await readWorkbook(new Uint8Array(await blob.arrayBuffer()), SAMPLE);
    expect(saved.sheets.find((s) => s.name === '2-2')!.rows[5][6]?.formula).toBe('IF(OR(E6="",C6=""),"",E6-C6)');
    await waitFor(() => expect(screen.getByTitle('other.xlsx')).toBeInTheDocument(), { timeout: 20_000 });
    expect(store.getState().unsaved).toBe(false);
    await act(async () => undefined);
  });
});

describe('the workbench on a workbook with no plan table (a staff list)', () => {
  it('検証, 再計算 and 集計・グラフ say so, in a warning, and change nothing', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('職員名簿');
    ws.addRows([['氏名', '所属'], ['山田', '総務課'], ['佐藤', '税務課']]);
    const data = new Uint8Array(await book.xlsx.writeBuffer());
    const { store } = renderWithPane(<Workbench initial={Promise.resolve({ name: '名簿.xlsx', data })} reader={reader} />);
    await waitFor(() => expect(status()).toHaveTextContent('計画表 0件'), { timeout: 20_000 });
    for (const command of ['validate', 'recalc', 'summary'] as const) {
      await act(async () => {
        await store[command]();
      });
      expect([command, store.getState().notice]).toEqual([command, { intent: 'warning', text: '計画表が見つからないため、何もしていません。表の見出し（債権名・年度・収納率など）を確認してください。' }]);
    }
    expect(store.getState().unsaved).toBe(false);
    expect(store.getState().workbook?.sheets.map((s) => s.name)).toEqual(['職員名簿']);
  });
});

describe('再計算 of a workbook with a figure typed wrong (2-1 E7: 973 for 97.3), without 検証 first', () => {
  it('says, in a warning, which figure looks typed wrong (its finding says what was left as typed)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes() as unknown as ArrayBuffer);
    book.getWorksheet('2-1')!.getCell('E7').value = 973;
    const data = new Uint8Array(await book.xlsx.writeBuffer());
    const { store } = renderWithPane(<Workbench initial={Promise.resolve({ name: 'typo.xlsx', data })} reader={reader} />);
    await waitFor(() => expect(status()).toHaveTextContent('計画表 4件'), { timeout: 20_000 });
    await act(async () => {
      await store.recalc();
    });
    const notice = store.getState().notice!;
    expect(notice.intent).toBe('warning');
    expect(notice.text).toContain('入力誤りと思われる数値が 1件あります（2-1!E7）。指摘一覧で確認してください。');
  });
});

describe('保存 after 検証 in the workbench', () => {
  it('says the marks are shown here only: the file downloaded has none (in Excel they are the cells’ fill and notes)', async () => {
    const { store } = await openWorkbench();
    await act(async () => {
      await store.validate();
    });
    expect(store.getState().notice!.text).toMatch(/^検証しました: エラー 0件・警告 \d+件・情報 \d+件。$/);
    act(() => store.saved(SAMPLE));
    expect(store.getState().notice!.text).toBe(
      `${SAMPLE} として保存しました（ブラウザーのダウンロード先のフォルダーに保存されます。同じ名前のファイルがあるときは、ブラウザーが「(1)」などを付けた名前にします）。検証の印はこの画面だけのもので、保存したブックには入りません。`,
    );
  });

  it('says nothing of marks where none are shown', async () => {
    const { store } = await openWorkbench();
    act(() => store.saved(SAMPLE));
    expect(store.getState().notice!.text).not.toContain('検証の印');
  });
});
