/**
 * The workbench's read-only preview of a sheet: a plain HTML table with Excel's row numbers and
 * column letters, merged cells merged, numbers shown through their formats, the cells of findings
 * tinted by severity, and the selected finding's cell outlined and scrolled into view. Large
 * sheets are capped (the preview is for looking, not for editing), and only the rows in view (and
 * some around them) are drawn: a 500-row sheet is 10,000 cells, most of the time it took to open
 * a large workbook (layout, paint and React for rows nobody sees).
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Caption1, Tab, TabList, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Sheet, Workbook } from '../core/workbook';
import { cellsOf, type SheetCells } from '../core/cells';
import { fill } from '../i18n/pane';
import { cellText } from './cell-text';
import { chartData } from './chart-data';
import { ChartView } from './ChartView';
import { ShownValues, excelShown } from './shown-values';
import { usePane, usePaneState } from './context';
import type { Issue, Severity } from './model';

export const PREVIEW_ROWS = 500;
export const PREVIEW_COLS = 60;

/** A row's height until one is measured: an 18px line, 1px of padding above and below, a 1px border. */
const ROW_HEIGHT = 21;
/** Rows drawn above and below those in view, so that scrolling a little never shows a gap. */
const OVERSCAN = 30;
/** The drawn rows move in steps of this many (a render a step, not a render a pixel of scrolling). */
const STEP = 10;
/** Rows drawn before the view is measured, or where nothing is laid out (a test's DOM): a screenful and more. */
const UNMEASURED_ROWS = 60;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, height: '100%' },
  bar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    flexWrap: 'wrap',
    padding: `0 ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  tabs: { minWidth: 0, overflowX: 'auto' },
  legend: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  swatch: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  chip: { width: '12px', height: '12px', borderRadius: '2px', border: `1px solid ${tokens.colorNeutralStroke1}` },
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  note: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, color: tokens.colorNeutralForeground3 },
  empty: { padding: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground3 },
  charts: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  chartsNote: { color: tokens.colorNeutralForeground3 },
  status: {
    minHeight: '28px',
    display: 'flex',
    alignItems: 'center',
    padding: `0 ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
  },
});

/** Plain CSS for the grid: thousands of cells, so class names stay short and static. */
const GRID_CSS = `
.sk-grid { border-collapse: separate; border-spacing: 0; table-layout: fixed; font-size: 12px; line-height: 18px; color: #242424; }
.sk-grid th, .sk-grid td { border-right: 1px solid #e0e0e0; border-bottom: 1px solid #e0e0e0; padding: 1px 5px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.sk-grid thead th { position: sticky; top: 0; z-index: 3; background: #f5f5f5; color: #616161; font-weight: 400; text-align: center; border-bottom-color: #c7c7c7; }
.sk-grid tbody th { position: sticky; left: 0; z-index: 2; background: #f5f5f5; color: #616161; font-weight: 400; text-align: right; border-right-color: #c7c7c7; }
.sk-grid thead th.sk-corner { left: 0; z-index: 4; }
.sk-grid td { background: #fff; }
.sk-grid td.sk-num { text-align: right; font-variant-numeric: tabular-nums; }
.sk-grid td.sk-spill { overflow: visible; position: relative; z-index: 1; background: transparent; }
.sk-grid td.sk-spill > span { background: #fff; padding-right: 2px; }
.sk-grid td.sk-error { background: #fde7e9; box-shadow: inset 3px 0 0 #c50f1f; }
.sk-grid td.sk-warning { background: #fff4ce; box-shadow: inset 3px 0 0 #bc4b09; }
.sk-grid td.sk-info { background: #ebf3fc; box-shadow: inset 3px 0 0 #0f6cbd; }
.sk-grid td.sk-selected { outline: 2px solid #0f6cbd; outline-offset: -2px; }
.sk-grid td.sk-formula { color: #0e4775; }
.sk-grid tr.sk-spacer td { padding: 0; border: 0; background: transparent; }
`;

interface Mark {
  severity: Severity;
  messages: string[];
}

function marksOf(issues: readonly Issue[], sheet: string, english: boolean): Map<string, Mark> {
  const out = new Map<string, Mark>();
  for (const i of issues) {
    if (i.sheet !== sheet) continue;
    const m = out.get(i.cell);
    const text = english ? i.messageEn : i.message;
    if (!m) out.set(i.cell, { severity: i.severity, messages: [text] });
    else {
      if (RANK[i.severity] < RANK[m.severity]) m.severity = i.severity;
      m.messages.push(text);
    }
  }
  return out;
}

const letter = (c: number) => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Approximate width in pixels of text at 12px: full-width (CJK) characters twice as wide. */
function textWidth(text: string): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) >= 0x2e80 ? 2 : 1;
  return units * 6.4 + 12;
}

const MIN_COL = 44;
const MAX_COL = 280;
const ROW_HEADER = 40;

/** "AA" → 27 (1-based). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface GridProps {
  sheet: Sheet;
  marks: Map<string, Mark>;
  selected: string | null;
  /** Changes each time a finding is selected (the same cell again included): its cell is scrolled to. */
  selectionSeq: number;
  scroller: RefObject<HTMLDivElement | null>;
}

/** The rows drawn: from `from` up to, not including, `to` (0-based). */
interface RowWindow {
  from: number;
  to: number;
}

/**
 * What does not change as the view scrolls: the cells' texts, the merges and the column widths.
 * The cells are read through the sheet's store where it has one (cellsOf): drawing the first rows
 * of a sheet does not make an object of every cell it holds.
 */
function layoutOf(sheet: Sheet) {
  const cells = cellsOf(sheet);
  const rows = Math.min(cells.rowCount, PREVIEW_ROWS);
  let cols = 0;
  for (let r = 0; r < rows; r++) cols = Math.max(cols, cells.rowLength(r));
  for (const m of sheet.merges) if (m.top < rows) cols = Math.max(cols, m.right + 1);
  cols = Math.min(cols, PREVIEW_COLS);
  // Merged areas: the top-left cell spans, the others are not drawn.
  const span = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  const merges: RowWindow[] = [];
  for (const m of sheet.merges) {
    if (m.top >= rows || m.left >= cols) continue;
    const bottom = Math.min(m.bottom, rows - 1);
    const right = Math.min(m.right, cols - 1);
    span.set(`${m.top}:${m.left}`, { rowSpan: bottom - m.top + 1, colSpan: right - m.left + 1 });
    if (bottom > m.top) merges.push({ from: m.top, to: bottom + 1 });
    for (let r = m.top; r <= bottom; r++) for (let c = m.left; c <= right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const letters = Array.from({ length: cols }, (_, c) => letter(c));
  const empty = (r: number, c: number) => {
    const v = cells.value(r, c);
    return (v === null || v === undefined || v === '') && !covered.has(`${r}:${c}`) && !span.has(`${r}:${c}`);
  };
  // Column widths from their content (every row, drawn or not: they do not move as the view
  // scrolls), as Excel's autofit would; text that has empty cells to its right spills over them
  // (as in Excel) and does not widen its column.
  const widths = new Array<number>(cols).fill(MIN_COL);
  const texts: string[][] = [];
  const spills = new Set<string>();
  for (let r = 0; r < rows; r++) {
    const line: string[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = cells.cell(r, c);
      const text = cellText(cell?.value, cell?.numberFormat);
      line.push(text);
      if (!text || covered.has(`${r}:${c}`)) continue;
      const sp = span.get(`${r}:${c}`);
      if (typeof cell?.value === 'string' && !sp && c + 1 < cols && empty(r, c + 1)) {
        spills.add(`${r}:${c}`);
        continue;
      }
      if (sp && sp.colSpan > 1) continue;
      widths[c] = Math.max(widths[c], Math.min(MAX_COL, textWidth(text)));
    }
    texts.push(line);
  }
  return { cells, rows, letters, span, covered, merges, widths, texts, spills };
}

/** Whether the sheet has more rows or columns than the preview draws. */
function isCapped(cells: SheetCells): boolean {
  if (cells.rowCount > PREVIEW_ROWS) return true;
  for (let r = 0; r < cells.rowCount; r++) if (cells.rowLength(r) > PREVIEW_COLS) return true;
  return false;
}

/** `w` widened to whole merged areas (a merge is drawn from its top row), in steps, within [0, rows). */
function widened(w: RowWindow, rows: number, merges: readonly RowWindow[]): RowWindow {
  // Within the rows, and never upside down (a grid far below the view, under charts, has its window above it).
  let from = Math.min(rows, Math.max(0, Math.floor(w.from / STEP) * STEP));
  let to = Math.max(from, Math.min(rows, Math.ceil(w.to / STEP) * STEP));
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of merges) {
      if (m.from >= to || m.to <= from) continue;
      if (m.from < from) (from = m.from), (changed = true);
      if (m.to > to) (to = m.to), (changed = true);
    }
  }
  return { from, to };
}

/** The table itself: re-rendered when the sheet, its marks, the selection or the rows in view change. */
const Grid = memo(function Grid({ sheet, marks, selected, selectionSeq, scroller }: GridProps) {
  const { cells, rows, letters, span, covered, merges, widths, texts, spills } = useMemo(() => layoutOf(sheet), [sheet]);
  const body = useRef<HTMLTableSectionElement>(null);
  const rowHeight = useRef(ROW_HEIGHT);
  const [shown, setShown] = useState<RowWindow>(() => widened({ from: 0, to: UNMEASURED_ROWS }, rows, merges));
  // The window last set, read by the effects of the same commit (the state they see is the render's).
  const current = useRef(shown);
  const show = (next: RowWindow) => {
    if (current.current.from === next.from && current.current.to === next.to) return;
    current.current = next;
    setShown(next);
  };
  /** A selected cell to scroll to once its row is drawn. */
  const pending = useRef<string | null>(null);

  /** The scroller, and where row 1 is in its content (the body starts with the spacer of the rows above); null where nothing is laid out. */
  const geometry = (): { el: HTMLDivElement; tbody: HTMLTableSectionElement; top: number } | null => {
    const el = scroller.current;
    const tbody = body.current;
    if (!el || !tbody || !el.clientHeight) return null;
    return { el, tbody, top: tbody.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop };
  };

  // The rows in view, from the scroller's geometry; null where nothing is laid out.
  const inView = (): RowWindow | null => {
    const g = geometry();
    if (!g) return null;
    const { el, tbody, top } = g;
    const h = tbody.querySelector<HTMLElement>('tr[aria-rowindex]')?.getBoundingClientRect().height;
    if (h) rowHeight.current = h;
    const first = Math.floor((el.scrollTop - top) / rowHeight.current);
    const last = Math.ceil((el.scrollTop + el.clientHeight - top) / rowHeight.current);
    return { from: first - OVERSCAN, to: last + OVERSCAN };
  };
  /** The window set to the rows in view; false where nothing is laid out. */
  const update = (): boolean => {
    const w = inView();
    if (w) show(widened(w, rows, merges));
    return w !== null;
  };

  const latest = useRef(update);
  latest.current = update;

  // The rows in view before the first paint, and again as the view scrolls or is resized. A sheet
  // changed under the grid (再計算 replaced the workbook) and not laid out: the same rows, widened
  // to the new sheet's merges.
  useLayoutEffect(() => {
    if (!latest.current()) show(widened(current.current, rows, merges));
  }, [sheet]);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    const later = () => {
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          latest.current();
        });
    };
    el.addEventListener('scroll', later, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(later);
    resize?.observe(el);
    return () => {
      el.removeEventListener('scroll', later);
      resize?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scroller]);

  // A finding was selected: its row is drawn (the view scrolled to it first if it was not), then its cell is scrolled into the middle of the view.
  useLayoutEffect(() => {
    if (!selected) return;
    pending.current = selected;
    const r = Number(/\d+$/.exec(selected)?.[0]) - 1;
    if (!(r >= 0 && r < rows) || (r >= current.current.from && r < current.current.to)) return;
    const g = geometry();
    if (g) g.el.scrollTop = Math.max(0, g.top + r * rowHeight.current - g.el.clientHeight / 2);
    show(widened({ from: r - OVERSCAN, to: r + OVERSCAN }, rows, merges));
  }, [selected, selectionSeq]);
  useEffect(() => {
    const ref = pending.current;
    if (!ref) return;
    const el = body.current?.querySelector<HTMLElement>(`td[data-ref="${ref}"]`);
    if (!el) return;
    pending.current = null;
    el.scrollIntoView?.({ block: 'center', inline: 'center', behavior: 'auto' });
  });

  const total = ROW_HEADER + widths.reduce((a, b) => a + b, 0);
  const spacer = (n: number, key: string) =>
    n > 0 && (
      <tr key={key} aria-hidden="true" className="sk-spacer" style={{ height: `${n * rowHeight.current}px` }}>
        <td colSpan={letters.length + 1} />
      </tr>
    );
  return (
    <table className="sk-grid" style={{ width: `${total}px` }} aria-rowcount={rows + 1}>
      <colgroup>
        <col style={{ width: `${ROW_HEADER}px` }} />
        {widths.map((w, c) => (
          <col key={c} style={{ width: `${Math.round(w)}px` }} />
        ))}
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          <th className="sk-corner" scope="col">
            <span className="saiken-visually-hidden">#</span>
          </th>
          {letters.map((l) => (
            <th key={l} scope="col">
              {l}
            </th>
          ))}
        </tr>
      </thead>
      <tbody ref={body}>
        {spacer(shown.from, 'above')}
        {texts.slice(shown.from, shown.to).map((line, i) => {
          const r = shown.from + i;
          return (
            <tr key={r} aria-rowindex={r + 2}>
              <th scope="row">{r + 1}</th>
              {letters.map((l, c) => {
                if (covered.has(`${r}:${c}`)) return null;
                const ref = `${l}${r + 1}`;
                const cell = cells.cell(r, c);
                const mark = marks.get(ref);
                const sp = span.get(`${r}:${c}`);
                const spill = spills.has(`${r}:${c}`) && !mark && selected !== ref;
                const cls = [
                  typeof cell?.value === 'number' ? 'sk-num' : '',
                  cell?.formula ? 'sk-formula' : '',
                  spill ? 'sk-spill' : '',
                  mark ? `sk-${mark.severity}` : '',
                  selected === ref ? 'sk-selected' : '',
                ]
                  .filter(Boolean)
                  .join(' ');
                const title = [cell?.formula ? `=${cell.formula}` : '', ...(mark?.messages ?? [])].filter(Boolean).join('\n');
                return (
                  <td
                    key={ref}
                    data-ref={ref}
                    data-severity={mark?.severity}
                    className={cls || undefined}
                    title={title || undefined}
                    rowSpan={sp && sp.rowSpan > 1 ? sp.rowSpan : undefined}
                    colSpan={sp && sp.colSpan > 1 ? sp.colSpan : undefined}
                  >
                    {spill ? <span>{line[c]}</span> : line[c]}
                  </td>
                );
              })}
            </tr>
          );
        })}
        {spacer(rows - shown.to, 'below')}
      </tbody>
    </table>
  );
});

export function SheetPreview({ workbook }: { workbook: Workbook | null }) {
  const { t, language } = usePane();
  const s = usePaneState();
  const styles = useStyles();
  // What Excel will show: sums over blank cells are 0, not the blank a file may cache.
  const shown = useMemo(() => (workbook ? excelShown(workbook) : null), [workbook]);
  const sheets = useMemo(() => (shown?.sheets ?? []).filter((x) => !x.hidden), [shown]);
  const [name, setName] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const current = sheets.find((x) => x.name === name) ?? sheets[0] ?? null;

  // A finding was selected: show its sheet (the grid scrolls to its cell).
  useEffect(() => {
    if (s.selection && sheets.some((x) => x.name === s.selection!.sheet)) setName(s.selection.sheet);
  }, [s.selectionSeq, s.selection, sheets]);

  const marks = useMemo(
    () => (current && s.marked && s.validated ? marksOf(s.report?.issues ?? [], current.name, language === 'en') : new Map<string, Mark>()),
    [current, s.marked, s.validated, s.report, language],
  );

  // The charts the last 集計・グラフ placed on this sheet, top to bottom.
  const charts = useMemo(() => {
    if (!shown || !current) return [];
    const values = new ShownValues(shown);
    const row = (anchor: string) => Number(/\d+/.exec(anchor)?.[0] ?? 0);
    return s.charts
      .filter((c) => c.sheet === current.name)
      .sort((a, b) => row(a.anchor) - row(b.anchor))
      .map((c) => chartData(c, shown, values))
      .filter((d) => d !== null);
  }, [shown, current, s.charts]);

  if (!workbook) {
    return (
      <div className={styles.root}>
        <p className={styles.empty}>{s.busy ? t.previewLoading : t.previewEmpty}</p>
      </div>
    );
  }
  const selected = s.selection && current && s.selection.sheet === current.name ? s.selection.cell : null;
  const capped = current && isCapped(cellsOf(current));
  const selectedRef = s.selection ? `${s.selection.sheet}!${s.selection.cell}` : null;
  const selectedMessages = s.selection && s.validated ? (s.report?.issues ?? []).filter((i) => i.sheet === s.selection!.sheet && i.cell === s.selection!.cell) : [];
  const beyond = s.selection ? /^([A-Z]+)(\d+)$/.exec(s.selection.cell) : null;
  const outside = beyond !== null && (Number(beyond[2]) > PREVIEW_ROWS || columnNumber(beyond[1]) > PREVIEW_COLS);
  return (
    <div className={styles.root}>
      <style>{GRID_CSS}</style>
      <div className={styles.bar}>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={current?.name ?? ''}
          onTabSelect={(_e, d) => setName(String(d.value))}
          aria-label={t.previewSheets}
        >
          {sheets.map((x) => (
            <Tab key={x.name} value={x.name}>
              {x.name}
            </Tab>
          ))}
        </TabList>
        {s.validated && s.marked && (
          <div className={styles.legend} aria-label={t.legend} role="group">
            {(['error', 'warning', 'info'] as const).map((sev) => (
              <span key={sev} className={styles.swatch}>
                <span className={`${styles.chip} sk-swatch-${sev}`} style={{ background: sev === 'error' ? '#fde7e9' : sev === 'warning' ? '#fff4ce' : '#ebf3fc' }} />
                {t.severities[sev]}
              </span>
            ))}
          </div>
        )}
      </div>
      {capped && <Caption1 className={styles.note}>{fill(t.previewCapped, { rows: PREVIEW_ROWS, cols: PREVIEW_COLS })}</Caption1>}
      <div ref={scroller} className={mergeClasses(styles.scroller)} tabIndex={0} role="region" aria-label={current ? `${t.preview}: ${current.name}` : t.preview}>
        {charts.length > 0 && (
          <div className={styles.charts} role="group" aria-label={t.charts}>
            <Caption1 className={styles.chartsNote}>{t.chartsNote}</Caption1>
            {charts.map((d, i) => (
              <ChartView key={`${d.spec.anchor}-${i}`} data={d} id={`sk-chart-${i}`} />
            ))}
          </div>
        )}
        {current && cellsOf(current).rowCount ? <Grid key={current.name} sheet={current} marks={marks} selected={selected} selectionSeq={s.selectionSeq} scroller={scroller} /> : !charts.length && <p className={styles.empty}>{t.previewSheetEmpty}</p>}
      </div>
      <div className={styles.status} aria-live="polite">
        {selectedRef
          ? outside
            ? fill(t.outsidePreview, { ref: selectedRef })
            : `${fill(t.selectedCell, { ref: selectedRef })}${selectedMessages.length ? ` — ${language === 'ja' ? selectedMessages[0].message : selectedMessages[0].messageEn}` : ''}`
          : '\u00a0'}
      </div>
    </div>
  );
}
