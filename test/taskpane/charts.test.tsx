/**
 * The preview's charts and the values it shows: sums over blank cells are 0 (as Excel computes
 * them on opening), and the ChangeSet's charts are drawn from the cells they reference, with
 * Excel's axis, labels, titles and legend.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ChartSpec } from '../../src/core/changes';
import { chartXml } from '../../src/hosts/file/charts-xml';
import { sheetFromGrid, type Workbook } from '../../src/core/workbook';
import { ChartView } from '../../src/taskpane/ChartView';
import { SERIES_COLORS, chartData, valueAxis } from '../../src/taskpane/chart-data';
import { ShownValues, excelShown } from '../../src/taskpane/shown-values';
import { SheetPreview } from '../../src/taskpane/SheetPreview';
import { Pane } from '../../src/taskpane/Pane';
import { usePaneState } from '../../src/taskpane/context';
import { renderWithPane } from './helpers';

/** A summary-like sheet: a SUM over blanks, a total, references to both, and chart data. */
function book(): Workbook {
  const plan = sheetFromGrid('計画', [
    ['債権名', '令和4年度', '令和5年度'],
    ['市税', 1200, 1000],
    ['保育料', null, null],
  ]);
  const s = sheetFromGrid('集計', [
    ['区分', '令和4年度', '令和5年度'],
    ['市税', 1200, 1000],
    ['保育料', null, null],
    ['合計', null, null],
    [],
    ['年度', '実績', '目標'],
    ['令和3年度', 1500, null],
    ['令和4年度', 1200, 1100],
    ['令和5年度', 1000, 900],
    ['令和6年度', null, 700],
  ]);
  // What the summary writes: a SUM whose figures are all blank is cached blank by the writer.
  s.rows[2][1] = { value: null, formula: "SUM('計画'!B3)", numberFormat: '#,##0;"△"#,##0' };
  s.rows[2][2] = { value: null, formula: "SUM('計画'!C3)", numberFormat: '#,##0;"△"#,##0' };
  s.rows[3][1] = { value: 1200, formula: 'SUM(B2:B3)' };
  s.rows[3][2] = { value: null, formula: 'SUM(SUM(C3),C3)' };
  s.rows[4][1] = { value: null, formula: 'B3' };
  s.rows[4][2] = { value: null, formula: 'IF(C3="","",C3)' };
  return { sheets: [plan, s] };
}

const column: ChartSpec = {
  sheet: 'グラフ',
  type: 'columnClustered',
  title: '収入未済額の推移（実績・目標）',
  anchor: 'A1',
  width: 9,
  height: 20,
  categories: "'集計'!$A$7:$A$10",
  series: [
    { name: "'集計'!$B$6", values: "'集計'!$B$7:$B$10" },
    { name: "'集計'!$C$6", values: "'集計'!$C$7:$C$10" },
  ],
  xTitle: '年度',
  yTitle: '収入未済額（千円）',
};

describe('the values the preview shows (what Excel will show)', () => {
  it('a SUM over blank cells shows 0, a reference to it 0; an IF that gives "" stays blank', () => {
    const shown = new ShownValues(book());
    expect(shown.value('集計', 2, 1)).toBe(0);
    expect(shown.value('集計', 3, 2)).toBe(0);
    expect(shown.value('集計', 4, 1)).toBe(0);
    expect(shown.value('集計', 4, 2)).toBeNull();
    // A cached number is kept as it is.
    expect(shown.value('集計', 3, 1)).toBe(1200);
    const original = book();
    const wb = excelShown(original);
    expect(wb.sheets[1].rows[2][1]).toEqual({ value: 0, formula: "SUM('計画'!B3)", numberFormat: '#,##0;"△"#,##0' });
    // The snapshot itself is not changed, and a sheet without such cells is not copied.
    expect(original.sheets[1].rows[2][1]?.value).toBeNull();
    expect(wb.sheets[0]).toBe(original.sheets[0]);
  });

  it('the grid of 集計 shows 0 where the file caches a blank sum', async () => {
    function Preview() {
      const s = usePaneState();
      return <SheetPreview workbook={s.workbook} />;
    }
    const r = renderWithPane(
      <>
        <Preview />
        <Pane />
      </>,
      { wb: book(), host: { kind: 'browser' } },
    );
    await act(() => r.store.open(r.host, { recognize: false }));
    await userEvent.click(screen.getByRole('tab', { name: '集計' }));
    const grid = screen.getByRole('region', { name: /シートのプレビュー.*: 集計/ });
    expect(grid.querySelector('td[data-ref="B3"]')).toHaveTextContent(/^0$/);
    expect(grid.querySelector('td[data-ref="C4"]')).toHaveTextContent(/^0$/);
    expect(grid.querySelector('td[data-ref="B5"]')).toHaveTextContent(/^0$/);
    expect(grid.querySelector('td[data-ref="C5"]')).toHaveTextContent(/^$/);
  });
});

describe('Excel’s automatic value axis', () => {
  it('starts at 0 with round steps and headroom above the largest value', () => {
    expect(valueAxis([1500, 1200, 1100, 1000, 900, 700])).toMatchObject({ min: 0, max: 1600, step: 200 });
    expect(valueAxis([3.2, 7.9]).ticks).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(valueAxis([100, 40])).toMatchObject({ min: 0, max: 120, step: 20 });
  });
  it('lifts the minimum when every value is in the top sixth (rates of 90 to 98)', () => {
    const a = valueAxis([90.2, 97.5, 96.2, 92]);
    expect(a.min).toBeGreaterThan(80);
    expect(a.min).toBeLessThanOrEqual(90.2);
    expect(a.max).toBeGreaterThan(97.5);
    expect(a.max).toBeLessThanOrEqual(100);
  });
});

function draw(spec: ChartSpec, wb: Workbook = book()) {
  const data = chartData(spec, wb)!;
  const r = render(
    <FluentProvider theme={webLightTheme}>
      <ChartView data={data} id="c" />
    </FluentProvider>,
  );
  return { data, svg: r.container.querySelector('svg')! };
}

/** The value a point sits at, read back through the axis' tick labels (their text and position). */
function valueAt(svg: SVGSVGElement, pos: number, horizontal = false): number {
  const ticks = [...svg.querySelectorAll('[data-role=value-axis] text')].map((t) => ({
    v: Number(t.textContent!.replace(/,/g, '')),
    p: Number(t.getAttribute(horizontal ? 'x' : 'y')) - (horizontal ? 0 : 12 * 0.35),
  }));
  const [a, b] = [ticks[0], ticks[ticks.length - 1]];
  return a.v + ((pos - a.p) / (b.p - a.p)) * (b.v - a.v);
}

describe('a chart of the ChangeSet, drawn', () => {
  it('clustered columns: one bar per figure, its top at its value; blanks draw nothing', () => {
    const { svg } = draw(column);
    expect(svg.getAttribute('width')).toBe(String(9 * 64));
    expect(svg.getAttribute('height')).toBe(String(20 * 20));
    expect(within(svg as unknown as HTMLElement).getByText('収入未済額の推移（実績・目標）', { selector: '[data-role=title]' })).toBeInTheDocument();
    expect(svg.querySelector('[data-role=value-title]')).toHaveTextContent('収入未済額（千円）');
    expect(svg.querySelector('[data-role=category-title]')).toHaveTextContent('年度');
    expect([...svg.querySelectorAll('[data-role=category-axis] text')].map((t) => t.textContent)).toEqual(['令和3年度', '令和4年度', '令和5年度', '令和6年度']);
    expect([...svg.querySelectorAll('[data-role=value-axis] text')].map((t) => t.textContent)).toEqual(['0', '200', '400', '600', '800', '1,000', '1,200', '1,400', '1,600']);
    expect([...svg.querySelectorAll('[data-role=legend] text')].map((t) => t.textContent)).toEqual(['実績', '目標']);
    const bars = (k: number) => [...svg.querySelectorAll(`g[data-series="${k}"] rect`)];
    // 実績 has three figures (令和6年度 is blank), 目標 three (令和3年度 is blank).
    const expected = [
      [1500, 1200, 1000],
      [1100, 900, 700],
    ];
    [0, 1].forEach((k) => {
      expect(bars(k)).toHaveLength(3);
      bars(k).forEach((rect, i) => {
        const top = Number(rect.getAttribute('y'));
        const bottom = top + Number(rect.getAttribute('height'));
        expect(valueAt(svg, top)).toBeCloseTo(expected[k][i], 6);
        expect(valueAt(svg, bottom)).toBeCloseTo(0, 6);
        expect(rect.getAttribute('fill')).toBe(SERIES_COLORS[k]);
      });
    });
    // Side by side within a category: 実績 left of 目標.
    const x = (k: number, cat: string) => Number(svg.querySelector(`g[data-series="${k}"] rect[data-category="${cat}"]`)!.getAttribute('x'));
    expect(x(0, '1')).toBeLessThan(x(1, '1'));
  });

  it('a line: markers at the values, a gap at a blank, joined across #N/A', () => {
    const wb = book();
    const s = wb.sheets[1];
    s.rows[6][1] = { value: { error: '#N/A' }, formula: 'NA()' };
    const { svg } = draw({ ...column, type: 'line', title: '収納率の推移' }, wb);
    const points = [...svg.querySelectorAll('g[data-series="0"] circle')];
    expect(points.map((p) => Number(p.getAttribute('data-value')))).toEqual([1200, 1000]);
    points.forEach((p) => expect(valueAt(svg, Number(p.getAttribute('cy')))).toBeCloseTo(Number(p.getAttribute('data-value')), 6));
    // 実績: #N/A then 1200, 1000, blank: one segment. 目標: blank, 1100, 900, 700: one segment of three points.
    expect(svg.querySelectorAll('g[data-series="0"] polyline')).toHaveLength(1);
    expect(svg.querySelector('g[data-series="1"] polyline')!.getAttribute('points')!.split(' ')).toHaveLength(3);
    const wb2 = book();
    wb2.sheets[1].rows[7][2] = undefined;
    const gap = draw({ ...column, type: 'line' }, wb2).svg;
    // 目標 with its 令和4年度 blank: 900 and 700 only — a blank breaks the line.
    expect(gap.querySelectorAll('g[data-series="1"] polyline')).toHaveLength(1);
    expect(gap.querySelector('g[data-series="1"] polyline')!.getAttribute('points')!.split(' ')).toHaveLength(2);
  });

  it('clustered bars: the first category at the bottom, lengths along the horizontal value axis', () => {
    const { svg } = draw({ ...column, type: 'barClustered', series: [column.series[0]], xTitle: '債権名' });
    const bars = [...svg.querySelectorAll('g[data-series="0"] rect')];
    const y = bars.map((b) => Number(b.getAttribute('y')));
    expect(y[0]).toBeGreaterThan(y[1]);
    bars.forEach((b) => {
      const x0 = Number(b.getAttribute('x'));
      expect(valueAt(svg, x0, true)).toBeCloseTo(0, 6);
      expect(valueAt(svg, x0 + Number(b.getAttribute('width')), true)).toBeCloseTo(Number(b.getAttribute('data-value')), 6);
    });
    expect(bars.map((b) => Number(b.getAttribute('data-value')))).toEqual([1500, 1200, 1000]);
  });

  it('a target line dashed in its class’s colour, as the hosts draw it (color and dashed of the spec), the legend too', () => {
    const spec = { ...column, type: 'line' as const, series: [{ ...column.series[0], color: 2 }, { ...column.series[1], color: 2, dashed: true }] };
    const { svg } = draw(spec);
    const line = (k: number) => svg.querySelector(`g[data-series="${k}"] polyline`)!;
    expect([0, 1].map((k) => line(k).getAttribute('stroke'))).toEqual(['#548235', '#548235']);
    expect(line(0).getAttribute('stroke-dasharray')).toBeNull();
    expect(line(1).getAttribute('stroke-dasharray')).toBe('6 4');
    const legend = [...svg.querySelectorAll('[data-role=legend] line')];
    expect(legend.map((l) => [l.getAttribute('stroke'), l.getAttribute('stroke-dasharray')])).toEqual([['#548235', null], ['#548235', '6 4']]);
    const xml = chartXml(spec);
    expect([...xml.matchAll(/<c:ser>.*?<a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => `#${m[1]}`)).toEqual(['#548235', '#548235']);
  });

  it('uses the colours of the chart parts the file host writes', () => {
    const xml = chartXml(column);
    const written = [...xml.matchAll(/<c:ser>.*?<a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => `#${m[1]}`);
    expect(written).toEqual(SERIES_COLORS.slice(0, 2));
  });

  it('the preview of グラフ draws the charts 集計・グラフ made, from the workbook it wrote', async () => {
    function Preview() {
      const s = usePaneState();
      return <SheetPreview workbook={s.workbook} />;
    }
    const wb = book();
    wb.sheets.push({ name: 'グラフ', rows: [], merges: [] });
    const r = renderWithPane(
      <>
        <Preview />
        <Pane />
      </>,
      { wb, host: { kind: 'browser' } },
    );
    await act(() => r.store.open(r.host, { recognize: false }));
    await userEvent.click(screen.getByRole('tab', { name: 'グラフ' }));
    expect(screen.getByText(/このシートにはセルの値がありません/)).toBeInTheDocument();
    // The state after 集計・グラフ: its charts are kept beside the workbook read back.
    act(() => (r.store as unknown as { set: (p: object) => void }).set({ charts: [column] }));
    const group = await screen.findByRole('group', { name: 'グラフ' });
    expect(within(group).getByRole('img', { name: '収入未済額の推移（実績・目標）' })).toBeInTheDocument();
    expect(group.querySelectorAll('rect[data-value]')).toHaveLength(6);
    await waitFor(() => expect(screen.queryByText(/このシートにはセルの値がありません/)).toBeNull());
  });
});
