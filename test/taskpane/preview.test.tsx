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
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PaneProvider } from '../../src/taskpane/context';
import { paneMessages } from '../../src/i18n/pane';
import { readWorkbook } from '../../src/hosts/file/read';
import { snapshotToXlsx } from '../hosts/read-exceljs';

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
    const table = within(grid()).getByRole('table');
    // The header row and the capped rows, whether drawn or not.
    expect(table).toHaveAttribute('aria-rowcount', String(PREVIEW_ROWS + 1));
    expect(screen.getByText(`先頭 ${PREVIEW_ROWS} 行・60 列のみ表示しています。`)).toBeInTheDocument();
  });

  it('a sheet read into a store (the file reader’s) is drawn from it, its cells not made into rows', async () => {
    // Ten times the rows drawn, with a figure in a △ format: every cell would be an object if the preview asked for the rows.
    const grid0 = Array.from({ length: PREVIEW_ROWS * 10 }, (_, i) => [`行${i + 1}`, i % 2 ? -i : i]);
    const wb = await readWorkbook(await snapshotToXlsx({ sheets: [sheetFromGrid('大きな表', grid0)] }), 'big.xlsx');
    const sheet = wb.sheets[0];
    expect(sheet.cells?.rowCount).toBe(PREVIEW_ROWS * 10);
    await open(wb);
    const table = within(grid()).getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', String(PREVIEW_ROWS + 1));
    expect(table.querySelector('td[data-ref="A1"]')).toHaveTextContent('行1');
    expect(table.querySelector('td[data-ref="B4"]')).toHaveTextContent('-3');
    expect(table.querySelector('td[data-ref="B4"]')).toHaveClass('sk-num');
    // Still read from its store: the rows were never asked for.
    expect(sheet.cells).toBeDefined();
  });

  describe('draws only the rows in view', () => {
    /** The preview laid out as a browser would: a view 420px high, rows 21px high, row 1 at `gridTop` in the view's content (below the header, and any charts), `scrollTop` as the view is scrolled. */
    function layOut(gridTop = 21) {
      const el = grid();
      let top = 0;
      Object.defineProperty(el, 'clientHeight', { configurable: true, value: 420 });
      Object.defineProperty(el, 'scrollTop', { configurable: true, get: () => top, set: (v: number) => (top = v) });
      const rect = (y: number, height: number) => ({ top: y, bottom: y + height, height, left: 0, right: 800, width: 800, x: 0, y, toJSON: () => ({}) });
      const spy = jest.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
        if (this === el) return rect(0, 420);
        if (this.tagName === 'TBODY') return rect(gridTop - top, PREVIEW_ROWS * 21);
        return rect(0, 21);
      });
      const scroll = async (to: number) => {
        top = to;
        await act(async () => {
          el.dispatchEvent(new Event('scroll'));
          await new Promise((done) => requestAnimationFrame(() => done(null)));
        });
      };
      return { spy, scroll };
    }
    const drawn = () => [...grid().querySelectorAll('tbody tr[aria-rowindex]')].map((tr) => Number(tr.getAttribute('aria-rowindex')) - 1);
    const spacers = () => [...grid().querySelectorAll<HTMLElement>('tbody tr.sk-spacer')].map((tr) => tr.style.height);

    it('as the view scrolls, with spacers for the rows above and below', async () => {
      const rows = Array.from({ length: PREVIEW_ROWS + 20 }, (_, i) => [`行${i + 1}`, i]);
      await open({ sheets: [sheetFromGrid('長い表', rows)] });
      const { spy, scroll } = layOut();
      await scroll(0);
      // 20 rows in view and 30 below them, in steps of 10.
      expect(drawn()[0]).toBe(1);
      expect(drawn().at(-1)).toBe(50);
      expect(spacers()).toEqual([`${(PREVIEW_ROWS - 50) * 21}px`]);
      expect(grid().querySelector('td[data-ref="A50"]')).toHaveTextContent('行50');
      expect(grid().querySelector('td[data-ref="A51"]')).toBeNull();
      // Row 300 at the top of the view (under the header), row 319 at its foot: rows 261–350 drawn.
      await scroll(300 * 21);
      expect(drawn()[0]).toBe(261);
      expect(drawn().at(-1)).toBe(350);
      expect(spacers()).toEqual([`${260 * 21}px`, `${(PREVIEW_ROWS - 350) * 21}px`]);
      expect(grid().querySelector('td[data-ref="B301"]')).toHaveTextContent('300');
      // The end: the last capped row, nothing past it.
      await scroll(PREVIEW_ROWS * 21);
      expect(drawn().at(-1)).toBe(PREVIEW_ROWS);
      expect(grid().querySelector(`td[data-ref="A${PREVIEW_ROWS}"]`)).toHaveTextContent(`行${PREVIEW_ROWS}`);
      expect(grid().querySelector(`td[data-ref="A${PREVIEW_ROWS + 1}"]`)).toBeNull();
      spy.mockRestore();
    });

    it('a merged area is drawn whole, from its top row, when any of its rows is in view', async () => {
      const rows = Array.from({ length: 200 }, (_, i) => [i === 80 ? '部' : null, `債権${i + 1}`]);
      await open({ sheets: [sheetFromGrid('長い表', rows, ['A81:A130'])] });
      const { spy, scroll } = layOut();
      // Row 126 at the top of the view: drawn from row 91 but for the merge, whose top row, 81, is drawn, spanning 50 rows.
      await scroll(126 * 21);
      expect(drawn()[0]).toBe(81);
      const top = grid().querySelector('td[data-ref="A81"]')!;
      expect(top).toHaveAttribute('rowspan', '50');
      expect(top).toHaveTextContent('部');
      spy.mockRestore();
    });

    it('a grid far below the view (under charts) draws no row until it is scrolled to, and its spacer stands for them all', async () => {
      await open({ sheets: [sheetFromGrid('長い表', Array.from({ length: PREVIEW_ROWS }, (_, i) => [`行${i + 1}`]))] });
      const { spy, scroll } = layOut(1500);
      await scroll(0);
      expect(drawn()).toEqual([]);
      expect(spacers()).toEqual([`${PREVIEW_ROWS * 21}px`]);
      // Scrolled down to it: its first rows.
      await scroll(1500);
      expect(drawn()[0]).toBe(1);
      expect(drawn().at(-1)).toBe(50);
      spy.mockRestore();
    });

    it('a finding on another sheet, the view scrolled far down this one: its sheet shown, its row drawn and scrolled to', async () => {
      const rows = (name: string) => Array.from({ length: PREVIEW_ROWS }, (_, i) => [`${name}${i + 1}`, i]);
      const r = await open({ sheets: [sheetFromGrid('一', rows('一')), sheetFromGrid('二', rows('二'))] });
      const scrolled: string[] = [];
      const into = jest.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
        scrolled.push(this.getAttribute('data-ref') ?? '');
      });
      const { spy, scroll } = layOut();
      await scroll(400 * 21);
      expect(grid().querySelector('td[data-ref="A401"]')).toHaveTextContent('一401');
      await act(() => r.store.select({ sheet: '二', cell: 'B10' }));
      expect(screen.getByRole('tab', { name: '二', selected: true })).toBeInTheDocument();
      expect(grid().querySelector('td[data-ref="A10"]')).toHaveTextContent('二10');
      expect(grid().querySelector('td[data-ref="B10"]')).toHaveClass('sk-selected');
      expect(grid().scrollTop).toBe(0);
      expect(scrolled).toContain('B10');
      spy.mockRestore();
      into.mockRestore();
    });

    it('the sheet changed under the grid with nothing laid out: the same rows, widened to the new sheet’s merges', async () => {
      const rows = Array.from({ length: 100 }, (_, i) => [`行${i + 1}`]);
      const before = { sheets: [sheetFromGrid('長い表', rows)] };
      const after = { sheets: [sheetFromGrid('長い表', rows, ['A55:A70'])] };
      const view = (wb: Workbook) => (
        <FluentProvider theme={webLightTheme}>
          <PaneProvider value={{ t: r.t, language: 'ja', store: r.store }}>
            <SheetPreview workbook={wb} />
          </PaneProvider>
        </FluentProvider>
      );
      const r = { ...renderWithPane(<SheetPreview workbook={before} />), t: paneMessages('ja') };
      expect(drawn().at(-1)).toBe(60);
      r.rerender(view(after));
      // Rows 1-60 were drawn; the merge from row 55 runs to row 70: drawn whole.
      expect(drawn().at(-1)).toBe(70);
      expect(grid().querySelector('td[data-ref="A55"]')).toHaveAttribute('rowspan', '16');
    });

    it('selecting a finding below the drawn rows scrolls the view to it and draws its row', async () => {
      const scrolled: string[] = [];
      const into = jest.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
        scrolled.push(this.getAttribute('data-ref') ?? '');
      });
      const rows: (string | number | null)[][] = [['部署', '債権', 'R1実績', 'R2実績', '差']];
      for (let i = 0; i < 400; i++) rows.push(['税務課', `債権${i}`, 100, 90, -10]);
      // A delta that does not match its operands, far down the sheet.
      rows[399][4] = -99;
      const wb = { sheets: [sheetFromGrid('計画', rows)] };
      const r = await open(wb);
      const { spy, scroll } = layOut();
      await scroll(0);
      expect(drawn().at(-1)).toBeLessThan(100);
      await act(() => r.store.select({ sheet: '計画', cell: 'E400' }));
      expect(grid().scrollTop).toBe(21 + 399 * 21 - 210);
      expect(grid().querySelector('td[data-ref="E400"]')).toHaveClass('sk-selected');
      expect(scrolled).toContain('E400');
      spy.mockRestore();
      into.mockRestore();
    });
  });
});
