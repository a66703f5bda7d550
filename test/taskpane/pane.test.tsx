/**
 * The task pane as a user sees it, over an in-memory workbook: the header's state, the commands,
 * the findings (grouped, filterable, selecting their cell), the tables and their corrections,
 * the catalog, the settings, progress, the ribbon's events, and English.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inspect } from '../../src/core/engine';
import { readWorkbookData, DATA_SHEET } from '../../src/core/workbook-data';
import { sheetFromGrid } from '../../src/core/workbook';
import { readMappings } from '../../src/taskpane/mappings';
import { Pane } from '../../src/taskpane/Pane';
import type { RibbonEvent, RibbonEvents } from '../../src/taskpane/ribbon-link';
import { MemoryPort, planWorkbook, renderWithPane } from './helpers';
import { CommandState } from '../../src/commands/state';
import { runExclusive } from '../../src/commands/handlers';

async function openPane(options: Parameters<typeof renderWithPane>[1] = {}) {
  const r = renderWithPane(<Pane />, options);
  await act(() => r.store.open(r.host));
  return r;
}

const status = (name = 'ブックの状態') => screen.getByRole('status', { name });

describe('the pane header and commands', () => {
  it('opens on the workbook, recognizes it at once and shows 計画表 N件', async () => {
    await openPane();
    expect(screen.getByRole('heading', { level: 1, name: '債権管理計画アドイン' })).toBeInTheDocument();
    expect(status()).toHaveTextContent('計画表 1件');
    expect(status()).toHaveTextContent('未検証');
    expect(screen.getByText('1件の計画表を認識しました。')).toBeInTheDocument();
    for (const name of ['認識', '検証', '再計算', '集計・グラフ', 'マーク解除']) {
      expect(screen.getByRole('button', { name })).toBeEnabled();
    }
  });

  it('a command’s tooltip goes when it is clicked: it had stayed over the counts line (a clerk’s look at the workbench)', async () => {
    await openPane();
    const button = screen.getByRole('button', { name: '検証' });
    await userEvent.hover(button);
    await screen.findByRole('tooltip', {}, { timeout: 3000 });
    await userEvent.click(button);
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
  });

  it('検証 shows エラー N件・警告 M件・情報 K件 as the engine counts them', async () => {
    const { port } = await openPane();
    const expected = inspect(port.wb, 'plan.xlsx').issues;
    const count = (s: string) => expected.filter((i) => i.severity === s).length;
    expect([count('error'), count('warning'), count('info')]).toEqual([3, 1, 1]);
    await userEvent.click(screen.getByRole('button', { name: '検証' }));
    await waitFor(() => expect(status()).toHaveTextContent('エラー 3件・警告 1件・情報 1件'));
    expect(screen.getByText('エラー 3件')).toBeInTheDocument();
  });

  it('shows progress for a command that takes longer than the threshold', async () => {
    const r = renderWithPane(<Pane />, { store: { slowAfterMs: 10 } });
    await act(() => r.store.open(r.host));
    r.port.delay = 150;
    await userEvent.click(screen.getByRole('button', { name: '検証' }));
    // Waits long enough for a loaded machine (the command's own time is not what is tested here).
    expect(await screen.findByRole('progressbar', { name: '検証しています…' }, { timeout: 10_000 })).toBeInTheDocument();
    // Buttons stay in the tab order but do nothing while a command runs.
    expect(screen.getByRole('button', { name: '再計算' })).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument(), { timeout: 10_000 });
    expect(status()).toHaveTextContent('エラー 3件');
  });

  it('再計算 writes the formulas and says how many cells it wrote', async () => {
    const { port } = await openPane();
    await userEvent.click(screen.getByRole('button', { name: '再計算' }));
    // Of the four differences replaced by formulas, one showed another figure (1.5 where 91.0 − 90.2 is 0.8): said.
    await screen.findByText('4個のセルに数式を書き込みました（置き換えた値 4件（うち違っていた値 1件）は変更履歴に残しています）。');
    const plan = port.wb.sheets.find((s) => s.name === '計画')!;
    expect(plan.rows[5][4]?.formula).toBe('IF(OR(D6="",C6=""),"",D6-C6)');
  });

  it('元に戻す puts back what 再計算 replaced and says how many cells', async () => {
    const { port } = await openPane();
    const before = port.wb.sheets.find((s) => s.name === '計画')!.rows[5][4];
    await userEvent.click(screen.getByRole('button', { name: '再計算' }));
    await screen.findByText(/4個のセルに数式を書き込みました/);
    await userEvent.click(screen.getByRole('button', { name: '元に戻す' }));
    await screen.findByText(/4 セルを元の値に戻しました/);
    const plan = port.wb.sheets.find((s) => s.name === '計画')!;
    expect(plan.rows[5][4]?.formula).toBeUndefined();
    expect(plan.rows[5][4]?.value).toBe(before?.value);
    await userEvent.click(screen.getByRole('button', { name: '元に戻す' }));
    await screen.findByText(/元に戻せる再計算がありません/);
  });

  it('マーク解除 clears the marks in Excel and says so', async () => {
    const { port } = await openPane();
    await userEvent.click(screen.getByRole('button', { name: '検証' }));
    await userEvent.click(screen.getByRole('button', { name: 'マーク解除' }));
    await screen.findByText('マークを解除しました。');
    expect(port.applied.at(-1)?.clearMarks).toBe(true);
  });

  it('a failure becomes a clear message, never a blank pane', async () => {
    const r = renderWithPane(<Pane />);
    await act(() => r.store.open(r.host));
    r.port.read = () => Promise.reject(new Error('セルを編集中のため実行できませんでした。'));
    await userEvent.click(screen.getByRole('button', { name: '検証' }));
    expect(await screen.findByText('処理できませんでした: セルを編集中のため実行できませんでした。')).toBeInTheDocument();
    expect(status()).toHaveTextContent('計画表 1件');
  });
});

describe('the findings', () => {
  async function validated(select = jest.fn(async () => undefined)) {
    const r = await openPane({ host: { select } });
    await userEvent.click(screen.getByRole('button', { name: '検証' }));
    await waitFor(() => expect(status()).toHaveTextContent('エラー 3件'));
    await userEvent.click(screen.getByRole('tab', { name: /検証結果/ }));
    return { ...r, select };
  }

  it('are grouped by severity and code, each naming its sheet and cell', async () => {
    await validated();
    const groups = screen.getAllByRole('button', { expanded: true }).concat(screen.getAllByRole('button', { expanded: false }));
    const labels = groups.map((g) => g.textContent);
    expect(labels).toEqual(
      expect.arrayContaining([expect.stringContaining('債権分類の誤り'), expect.stringContaining('差引の不一致'), expect.stringContaining('カタログにない債権名')]),
    );
    // The first group is open: errors first, by code.
    const open = screen.getAllByRole('button', { expanded: true });
    expect(open[0]).toHaveTextContent('債権分類の誤り');
    const finding = screen.getByRole('button', { name: /^計画!B5/ });
    expect(finding).toHaveTextContent('「市営住宅使用料」は強制徴収公債権とされていますが、分類表では私債権です。');
    // Clerks read the Japanese titles; the rule's code is there on demand (a tooltip), never beside them.
    for (const label of labels) expect(label).not.toMatch(/classification-conflict|delta-mismatch|unknown-debt/);
    expect(screen.getByText('債権分類の誤り')).toHaveAttribute('title', 'classification-conflict');
  });

  it('activating one selects its cell through the host', async () => {
    const { select, store } = await validated();
    await userEvent.click(screen.getByRole('button', { name: /差引の不一致/ }));
    const finding = await screen.findByRole('button', { name: /^計画!E6/ });
    expect(finding).toHaveTextContent('計算上の値: 0.8');
    expect(finding).toHaveTextContent('記載値: 1.5');
    finding.focus();
    await userEvent.keyboard('{Enter}');
    expect(select).toHaveBeenCalledWith('計画', 'E6');
    expect(store.getState().selection).toEqual({ sheet: '計画', cell: 'E6' });
    expect(finding).toHaveAttribute('aria-current', 'true');
  });

  it('filter by severity and by text', async () => {
    await validated();
    expect(screen.getByText('5件を表示（全5件）')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^エラー 3/ }));
    expect(screen.getByText('2件を表示（全5件）')).toBeInTheDocument();
    expect(screen.queryByText('債権分類の誤り')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^エラー 3/ }));
    const search = screen.getByRole('searchbox', { name: '絞り込み（債権名・セル・内容）' });
    await userEvent.type(search, '森林');
    expect(screen.getByText('1件を表示（全5件）')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^計画!B7/ })).toHaveTextContent('森林環境整備負担金');
    await userEvent.clear(search);
    await userEvent.type(search, 'd7');
    // While filtering every group that matches is open: an error and an info here.
    expect(screen.getByText('2件を表示（全5件）')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^計画!D7/ }).map((b) => b.textContent)).toEqual([
      expect.stringContaining('収納率 120 が 0〜100 の範囲外です。'),
      expect.stringContaining('60 ポイント変化'),
    ]);
    expect(screen.queryByRole('button', { name: /^計画!B5/ })).not.toBeInTheDocument();
  });
});

describe('the recognized tables', () => {
  it('list sheet, range, measure, unit, class and rows, and expand to column roles', async () => {
    await openPane();
    const header = screen.getByRole('button', { name: /計画\s*A3:E7/ });
    expect(header).toHaveTextContent('収納率（%）');
    expect(header).toHaveTextContent('4行');
    expect(header).toHaveTextContent('強制徴収公債権');
    expect(header).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(header);
    const columns = screen.getByRole('list', { name: '計画 A3:E7 の列' });
    expect(within(columns).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'AA列: 所管課所管課',
      'BB列: 債権名債権名',
      'CC列: 令和5年度 実績①値2023年度実績',
      'DD列: 令和6年度 実績②値2024年度実績',
      'EE列: ②-①差引②−①',
    ]);
  });

  it('a corrected column is stored in the workbook and shown as corrected', async () => {
    const { port } = await openPane();
    await userEvent.click(screen.getByRole('button', { name: /計画\s*A3:E7/ }));
    await userEvent.click(screen.getByRole('button', { name: 'D列を修正' }));
    const dialog = await screen.findByRole('region', { name: 'D列「令和6年度 実績②」の読み取りを修正' });
    expect(within(dialog).getByRole('combobox', { name: '役割' })).toHaveFocus();
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: '種別' }), 'target');
    const year = within(dialog).getByRole('spinbutton', { name: '年度（西暦）' });
    await userEvent.clear(year);
    await userEvent.type(year, '2025');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /読み取りを修正/ })).not.toBeInTheDocument());
    expect(readMappings(port.wb)).toEqual({
      mappings: { version: 1, tables: [{ sheet: '計画', anchor: 'A3', columns: [{ column: 'D', role: 'value', fiscalYear: 2025, kind: 'target' }] }] },
      problem: null,
    });
    const row = within(screen.getByRole('list', { name: '計画 A3:E7 の列' })).getAllByRole('listitem')[3];
    expect(row).toHaveTextContent('D列: 令和6年度 実績②値2025年度目標修正済み');
    expect(screen.getByRole('button', { name: /計画\s*A3:E7/ })).toHaveTextContent('修正済み');
  });

  it('rejects a year outside 1900–2200', async () => {
    await openPane();
    await userEvent.click(screen.getByRole('button', { name: /計画\s*A3:E7/ }));
    await userEvent.click(screen.getByRole('button', { name: 'C列を修正' }));
    const dialog = await screen.findByRole('region', { name: /C列/ });
    const year = within(dialog).getByRole('spinbutton', { name: '年度（西暦）' });
    await userEvent.clear(year);
    await userEvent.type(year, '20255');
    expect(within(dialog).getByText('1900〜2200 の西暦で入力してください')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '保存' })).toBeDisabled();
  });
});

describe('the catalog', () => {
  it('searches the built-in entries by name, class and basis', async () => {
    await openPane();
    await userEvent.click(screen.getByRole('tab', { name: '分類カタログ' }));
    await userEvent.type(screen.getByRole('searchbox', { name: '債権名・分類・根拠で検索' }), '市営住宅使用料');
    const list = screen.getByRole('list');
    const first = within(list).getAllByRole('listitem')[0];
    expect(first).toHaveTextContent('市営住宅使用料');
    expect(first).toHaveTextContent('私債権');
    expect(first).toHaveTextContent(/根拠: /);
  });

  it('an override stored in the workbook changes validation for everyone', async () => {
    const { port } = await openPane();
    await userEvent.click(screen.getByRole('button', { name: '検証' }));
    await waitFor(() => expect(status()).toHaveTextContent('エラー 3件'));
    await userEvent.click(screen.getByRole('tab', { name: '分類カタログ' }));
    await userEvent.type(screen.getByRole('searchbox', { name: '債権名・分類・根拠で検索' }), '市営住宅使用料');
    await userEvent.click(screen.getAllByRole('button', { name: '市営住宅使用料を上書き' })[0]);
    const dialog = await screen.findByRole('region', { name: '「市営住宅使用料」をこのブック用に上書き' });
    expect(within(dialog).getByRole('combobox', { name: '分類' })).toHaveFocus();
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: '分類' }), '強制徴収公債権');
    await userEvent.type(within(dialog).getByRole('textbox', { name: '根拠法令' }), '{Control>}a{/Control}当市条例');
    await userEvent.click(within(dialog).getByRole('button', { name: 'ブックに保存' }));
    await screen.findByText('分類カタログの変更をブックに保存しました。');
    expect(readWorkbookData(port.wb).overrides).toEqual({
      version: 1,
      entries: [expect.objectContaining({ name: '市営住宅使用料', class: '強制徴収公債権', basis: '当市条例' })],
    });
    // The data sheet is very hidden, as the engine expects.
    expect(port.wb.sheets.find((s) => s.name === DATA_SHEET)?.hidden).toBe(true);
    await waitFor(() => expect(status()).toHaveTextContent('エラー 2件'));
    expect(screen.getByText('このブックの上書き・追加（1件）')).toBeInTheDocument();
  });

  it('adds a local debt; it can be removed again', async () => {
    const { port } = await openPane();
    await userEvent.click(screen.getByRole('tab', { name: '分類カタログ' }));
    await userEvent.click(screen.getByRole('button', { name: '項目を追加' }));
    const dialog = await screen.findByRole('region', { name: 'このブックに項目を追加' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'ブックに保存' }));
    expect(within(dialog).getByText('債権名を入力してください')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /債権名/ }), '森林環境整備負担金');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /別名/ }), '森林負担金、森林整備負担金');
    await userEvent.click(within(dialog).getByRole('button', { name: 'ブックに保存' }));
    await screen.findByText('このブックの上書き・追加（1件）');
    expect(readWorkbookData(port.wb).overrides?.entries).toEqual([
      { name: '森林環境整備負担金', class: '強制徴収公債権', aliases: ['森林負担金', '森林整備負担金'] },
    ]);
    await userEvent.click(screen.getByRole('button', { name: '森林環境整備負担金の上書きを削除' }));
    await waitFor(() => expect(screen.queryByText(/このブックの上書き・追加/)).not.toBeInTheDocument());
    expect(readWorkbookData(port.wb).overrides).toBeNull();
  });
});

describe('the settings', () => {
  it('are stored in the workbook; other stored parts are kept', async () => {
    const { port, store } = await openPane();
    await act(() => store.saveOverride({ name: '森林環境整備負担金', class: '強制徴収公債権' }));
    await userEvent.click(screen.getByRole('tab', { name: '設定' }));
    await userEvent.click(screen.getByRole('switch', { name: '空欄を 0 とみなす（以前の様式の慣行）' }));
    const points = screen.getByRole('spinbutton', { name: '大きな変動とみなす収納率の差（ポイント）' });
    await userEvent.clear(points);
    await userEvent.type(points, '5');
    const ratio = screen.getByRole('spinbutton', { name: '大きな変動とみなす金額の増減（%）' });
    expect(ratio).toHaveValue(50);
    await userEvent.click(screen.getByRole('button', { name: '設定をブックに保存' }));
    await screen.findByText('設定をブックに保存しました。');
    const data = readWorkbookData(port.wb);
    expect(data.settings).toEqual({ blankAsZero: true, largeChangePoints: 5, largeChangeRatio: 0.5, installDataValidation: false, expectedDepartments: [] });
    expect(data.overrides?.entries.map((e) => e.name)).toEqual(['森林環境整備負担金']);
  });

  it('say a change not yet saved is not used: a switch turned on says so until 設定をブックに保存', async () => {
    await openPane();
    await userEvent.click(screen.getByRole('tab', { name: '設定' }));
    const unsaved = '変更した設定はまだ使われていません。［設定をブックに保存］を押すと、検証・再計算・集計に使われます。';
    expect(screen.queryByText(unsaved)).toBeNull();
    await userEvent.click(screen.getByRole('switch', { name: '空欄を 0 とみなす（以前の様式の慣行）' }));
    expect(screen.getByText(unsaved)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '設定をブックに保存' }));
    await screen.findByText('設定をブックに保存しました。');
    expect(screen.queryByText(unsaved)).toBeNull();
  });

  it('keeps the departments expected to submit, one a line, in the workbook\'s settings', async () => {
    const { port } = await openPane();
    await userEvent.click(screen.getByRole('tab', { name: '設定' }));
    const box = screen.getByRole('textbox', { name: '提出を求める部署（1行に1部署）' });
    await userEvent.type(box, ' 税務課{Enter}{Enter}保険年金課{Enter}税務課{Enter}環境生活課');
    await userEvent.click(screen.getByRole('button', { name: '設定をブックに保存' }));
    await screen.findByText('設定をブックに保存しました。');
    // Trimmed, blank lines and repeats dropped; the other settings as they were.
    expect(readWorkbookData(port.wb).settings).toEqual({ blankAsZero: false, largeChangePoints: 20, largeChangeRatio: 0.5, installDataValidation: false, expectedDepartments: ['税務課', '保険年金課', '環境生活課'] });
  });

  it('inside Excel, are saved with no ribbon command between the read and the write: refused while one runs, nothing written', async () => {
    // (A 検証 between them rewrote the stored data from its own earlier snapshot: the settings just saved came back as
    // they were — a review of the Excel layer.)
    const state = new CommandState();
    const enabled: boolean[] = [];
    const { port, store } = await openPane({ host: { exclusive: (task, work) => runExclusive(task, work, state, async (on) => void enabled.push(on)) } });
    state.running = 'validate';
    const before = port.applied.length;
    await act(() => store.saveSettings({ ...store.getState().stored!.settings, largeChangePoints: 7 }));
    expect(port.applied.length).toBe(before);
    expect(store.getState().notice?.text).toBe('処理できませんでした: 別のコマンドを実行中です。終わってから、もう一度実行してください。');
    state.running = null;
    await act(() => store.saveSettings({ ...store.getState().stored!.settings, largeChangePoints: 7 }));
    expect(readWorkbookData(port.wb).settings.largeChangePoints).toBe(7);
    // The ribbon's buttons off while it wrote, on again after.
    expect(enabled).toEqual([false, true]);
    expect(state.running).toBeNull();
  });

  it('refuses a department name over 100 characters, saying so', async () => {
    await openPane();
    await userEvent.click(screen.getByRole('tab', { name: '設定' }));
    const box = screen.getByRole('textbox', { name: '提出を求める部署（1行に1部署）' });
    await userEvent.click(box);
    await userEvent.paste('課'.repeat(101));
    expect(screen.getByText('2000部署まで、1部署 100文字までで入力してください。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '設定をブックに保存' })).toBeDisabled();
  });

  it('a damaged stored document is reported, and nothing is written over it', async () => {
    const damaged = planWorkbook([{ ...sheetFromGrid(DATA_SHEET, [['note'], ['{"version":1,"settings":']]), hidden: true }]);
    const { port } = await openPane({ wb: damaged });
    await userEvent.click(screen.getByRole('tab', { name: '設定' }));
    expect(screen.getByText(/ブックに保存された設定が読み取れなかったため、既定値を使っています/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '設定をブックに保存' }));
    expect(await screen.findByText(/壊れているため、上書きせずに中止しました/)).toBeInTheDocument();
    expect(port.applied).toEqual([]);
  });
});

describe('the ribbon', () => {
  it('a ribbon click updates the open pane', async () => {
    let emit: (e: RibbonEvent) => void = () => undefined;
    const events: RibbonEvents = {
      subscribe(listener) {
        emit = listener;
        return () => undefined;
      },
    };
    const { store } = await openPane();
    store.follow(events);
    await act(async () => emit({ command: 'validate' }));
    await waitFor(() => expect(status()).toHaveTextContent('エラー 3件・警告 1件・情報 1件'));
  });
});

describe('English', () => {
  it('when the display language is not Japanese', async () => {
    await openPane({ language: 'en' });
    expect(status('Workbook status')).toHaveTextContent('Plan tables: 1');
    await userEvent.click(screen.getByRole('button', { name: 'Validate' }));
    await waitFor(() => expect(status('Workbook status')).toHaveTextContent('Errors: 3 · Warnings: 1 · Info: 1'));
    await userEvent.click(screen.getByRole('tab', { name: /Findings/ }));
    expect(screen.getByRole('button', { name: /^計画!B5/ })).toHaveTextContent('is listed as 強制徴収公債権');
  });
});

describe('inside Excel', () => {
  it('the pane’s buttons run through the runtime’s runner and show its outcome', async () => {
    const run = jest.fn(async (command: string) => {
      const { inspect: engineInspect } = await import('../../src/core/engine');
      const report = engineInspect(planWorkbook(), 'plan.xlsx');
      return {
        command: command as 'validate',
        report,
        outcome: { ok: true, message: { ja: '検証：計画表 1 件、エラー 3 件、警告 1 件、情報 1 件。4 か所のセルに印を付けました。', en: 'Validated.' } },
      };
    });
    await openPane({ host: { run } });
    await userEvent.click(screen.getByRole('button', { name: '検証' }));
    expect(run).toHaveBeenCalledWith('validate');
    await waitFor(() => expect(status()).toHaveTextContent('エラー 3件・警告 1件・情報 1件'));
    expect(screen.getByText('検証：計画表 1 件、エラー 3 件、警告 1 件、情報 1 件。4 か所のセルに印を付けました。')).toBeInTheDocument();
  });

  it('a failed outcome is shown as an error message', async () => {
    const run = jest.fn(async () => ({
      command: 'recalc' as const,
      outcome: { ok: false, message: { ja: 'セルを編集中のため実行できませんでした。', en: 'A cell is being edited.' } },
    }));
    await openPane({ host: { run } });
    await userEvent.click(screen.getByRole('button', { name: '再計算' }));
    expect(await screen.findByText('セルを編集中のため実行できませんでした。')).toBeInTheDocument();
  });

  it('a ribbon command that opened the pane: its last outcome is shown as the pane mounts', async () => {
    const { inspect: engineInspect } = await import('../../src/core/engine');
    const last = {
      command: 'validate' as const,
      report: engineInspect(planWorkbook(), 'plan.xlsx'),
      outcome: { ok: true, message: { ja: 'リボンから検証しました。', en: 'Validated from the ribbon.' } },
    };
    const r = renderWithPane(<Pane />);
    await act(() => r.store.open(r.host, { recognize: false }));
    await act(async () => {
      r.store.follow({ subscribe: () => () => undefined, last });
    });
    await waitFor(() => expect(status()).toHaveTextContent('エラー 3件・警告 1件・情報 1件'));
    expect(screen.getByText('リボンから検証しました。')).toBeInTheDocument();
  });
});

describe('集計・グラフ', () => {
  it('asks before replacing generated sheets that were edited by hand', async () => {
    const bridge = await import('../../src/taskpane/engine-bridge');
    const runSummary = jest.fn((wb: Parameters<typeof bridge.runSummary>[0], file: string) => ({ ...bridge.runSummary(wb, file), edited: ['集計'] }));
    const { port } = await openPane({ store: { loadBridge: async () => ({ ...bridge, runSummary }) } });
    await userEvent.click(screen.getByRole('button', { name: '集計・グラフ' }));
    // Fluent's focus manager hides the dialog from jsdom's accessibility tree (it is visible in Chromium).
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(dialog).toHaveTextContent('前回作成した 集計 シートが手で編集されています。');
    expect(port.applied.filter((c) => c.sheets.length)).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: '作り直す', hidden: true }));
    await screen.findByText(/集計シートとグラフシートを作成しました/);
    expect(port.wb.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['集計', 'グラフ']));
  });
});

describe('the pane opened by a ribbon command that is still running', () => {
  it('reads the workbook once and does not recognize it again: the command’s own outcome follows', async () => {
    const { ExcelPane } = await import('../../src/taskpane/ExcelPane');
    let listener: ((e: RibbonEvent) => void) | null = null;
    const ribbon = { subscribe: (l: (e: RibbonEvent) => void) => ((listener = l), () => undefined), last: null, running: 'validate' as const };
    const port = new MemoryPort(planWorkbook());
    const host = { kind: 'excel' as const, port, fileName: 'plan.xlsx' };
    renderWithPane(<ExcelPane connection={{ connect: async () => host, ribbon }} />);
    await waitFor(() => expect(listener).not.toBeNull());
    expect(port.reads).toBe(1);
  });
});

describe('Excel calculating manually, changes not calculated', () => {
  it('集計 confirmed in the pane, on a host that cannot calculate, refuses, asking for F9: nothing written', async () => {
    const { store, port } = await openPane({ wb: { ...planWorkbook(), calculationPending: true } });
    await act(() => store.summary(true));
    expect(port.applied).toEqual([]);
    expect(screen.getByText(/F9 キーで計算してから/)).toBeInTheDocument();
  });
});
