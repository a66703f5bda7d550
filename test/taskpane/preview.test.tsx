/**
 * The workbench's preview: the selected sheet as Excel shows it (row numbers, column letters,
 * merged cells, △ formats), findings tinted by severity, and a selected finding's cell outlined
 * and scrolled into view on its own sheet.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sheetFromGrid, type Workbook } from '../../src/core/workbook';
import { Pane } from '../../src/taskpane/Pane';
import { SheetPreview, PREVIEW_ROWS } from '../../src/taskpane/SheetPreview';
import { usePaneState } from '../../src/taskpane/context';
import { planWorkbook, renderWithPane } from './helpers';

function Preview() {
  const s = usePaneState();
  return <SheetPreview workbook={s.workbook} />;
}

function bookWithSecondSheet(): Workbook {
  const first = sheetFromGrid('表紙', [['債権管理計画'], [null, '△ 表示テスト']], ['A1:C1']);
  first.rows[1][2] = { value: -1234.5, numberFormat: '#,##0;"△"#,##0' };
  const plan = planWorkbook().sheets[0];
  const long = Array.from({ length: 120 }, (_, i) => [`行${i + 1}`]);
  return { sheets: [first, plan, sheetFromGrid('長い表', long)] };
}

async function open(wb: Workbook) {
  const r = renderWithPane(
    <>
      <Preview />
      <Pane />
    </>,
    { wb, host: { kind: 'browser' } },
  );
  await act(() => r.store.open(r.host));
  return r;
}

const grid = () => screen.getByRole('region', { name: /シートのプレビュー/ });

describe('the sheet preview', () => {
  it('shows the first visible sheet with row numbers, column letters, merges and formats', async () => {
    await open(bookWithSecondSheet());
    expect(screen.getByRole('tab', { name: '表紙', selected: true })).toBeInTheDocument();
    const table = within(grid()).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['#', 'A', 'B', 'C']);
    const a1 = table.querySelector('td[data-ref="A1"]')!;
    expect(a1).toHaveAttribute('colspan', '3');
    expect(table.querySelector('td[data-ref="B1"]')).toBeNull();
    expect(table.querySelector('td[data-ref="C2"]')).toHaveTextContent('△1,235');
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['1', '2']);
  });

  it('after 検証 the findings’ cells are tinted; selecting one shows its sheet and scrolls to it', async () => {
    const scrolled: string[] = [];
    const spy = jest.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this.getAttribute('data-ref') ?? '');
    });
    await open(bookWithSecondSheet());
    await userEvent.click(screen.getByRole('button', { name: '検証' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'ブックの状態' })).toHaveTextContent('エラー 3件'));
    await userEvent.click(screen.getByRole('tab', { name: /検証結果/ }));
    await userEvent.click(screen.getByRole('button', { name: /^計画!B5/ }));
    expect(screen.getByRole('tab', { name: '計画', selected: true })).toBeInTheDocument();
    const cell = grid().querySelector('td[data-ref="B5"]')!;
    expect(cell).toHaveClass('sk-selected');
    expect(cell).toHaveAttribute('data-severity', 'error');
    expect(cell).toHaveAttribute('title', '「市営住宅使用料」は強制徴収公債権とされていますが、分類表では私債権です。');
    expect(grid().querySelector('td[data-ref="B7"]')).toHaveAttribute('data-severity', 'warning');
    expect(scrolled).toContain('B5');
    expect(screen.getByText(/選択中のセル: 計画!B5/)).toBeInTheDocument();
    // マーク解除 takes the tint away.
    await userEvent.click(screen.getByRole('button', { name: 'マーク解除' }));
    await waitFor(() => expect(grid().querySelector('td[data-severity]')).toBeNull());
    spy.mockRestore();
  });

  it('caps a long sheet and says so', async () => {
    const long = { sheets: [sheetFromGrid('長い表', Array.from({ length: PREVIEW_ROWS + 20 }, (_, i) => [`行${i + 1}`]))] };
    await open(long);
    expect(grid().querySelectorAll('tbody tr')).toHaveLength(PREVIEW_ROWS);
    expect(screen.getByText(`先頭 ${PREVIEW_ROWS} 行・60 列のみ表示しています。`)).toBeInTheDocument();
  });
});
