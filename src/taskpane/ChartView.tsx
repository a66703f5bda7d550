/**
 * One chart of the ChangeSet, drawn as SVG the way Excel draws its default chart of that type:
 * the title above, the value axis with round ticks and gridlines, category labels, both axis
 * titles, the legend below; clustered columns, lines with markers (a blank cell is a gap, #N/A
 * is joined across), clustered bars with the first category at the bottom. Its size is the
 * chart's anchor size in default cells (64 × 20 px).
 */
import { memo } from 'react';
import { formatNumber } from './cell-text';
import { seriesLook, valueAxis, type ChartData, type Point } from './chart-data';

const CELL_W = 64;
const CELL_H = 20;
const PAD = 10;
const LABEL = 12;
const AXIS_TITLE = 13;
const TITLE = 18;
/** Excel's gap between clusters, as the file host writes it (gapWidth 80%). */
const GAP = 0.8;

/** Approximate width of text: full-width (CJK) characters are as wide as the font size. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) >= 0x2e80 ? size : size * 0.62;
  return w;
}

function clip(text: string, size: number, max: number): string {
  if (textWidth(text, size) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, size) > max) break;
    out += ch;
  }
  return `${out}…`;
}

const INK = '#595959';
const GRID = '#d9d9d9';

/** Line segments between consecutive plotted points; a blank breaks the line, #N/A is joined across. */
function segments(values: Point[], x: (i: number) => number, y: (v: number) => number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  values.forEach((v, i) => {
    if (v === 'na') return;
    if (v === null) {
      if (current.length > 1) out.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (current.length > 1) out.push(current.join(' '));
  return out;
}

export const ChartView = memo(function ChartView({ data, id }: { data: ChartData; id: string }) {
  const { spec, categories, series, format } = data;
  let axis = data.axis;
  const W = spec.width * CELL_W;
  const H = spec.height * CELL_H;
  const horizontal = spec.type === 'barClustered';
  let tickText = axis.ticks.map((v) => formatNumber(v, format));
  if (horizontal) {
    // Labels side by side along the bottom: fewer, larger steps until they fit, as Excel does.
    const numbers = series.flatMap((s) => s.values.filter((v): v is number => typeof v === 'number'));
    for (let n = 10; n > 1; n--) {
      axis = valueAxis(numbers, n);
      tickText = axis.ticks.map((v) => formatNumber(v, format));
      const widest = Math.max(...tickText.map((t) => textWidth(t, LABEL)));
      if (axis.ticks.length * (widest + 12) <= W * 0.6) break;
    }
  }
  const n = Math.max(categories.length, 1);

  // Space for the title, the legend, the axis titles and labels; the plot takes the rest.
  const titleSize = Math.min(TITLE, ((W - 2 * PAD) / Math.max(textWidth(spec.title, 1), 1)) * 0.98);
  const top = PAD + titleSize + 12;
  const legendY = H - PAD - 8;
  const bottomBase = legendY - 18;
  const catTitle = spec.xTitle;
  const valTitle = spec.yTitle;

  let left: number;
  let bottom: number;
  let rotate = false;
  const right = W - PAD - (horizontal ? textWidth(tickText[tickText.length - 1], LABEL) / 2 : 12);
  if (horizontal) {
    const labelW = Math.min(Math.max(...categories.map((c) => textWidth(c, LABEL)), 0), W * 0.4);
    left = PAD + (catTitle ? AXIS_TITLE + 8 : 0) + labelW + 8;
    bottom = bottomBase - (valTitle ? AXIS_TITLE + 8 : 0) - LABEL - 6;
  } else {
    const tickW = Math.max(...tickText.map((t) => textWidth(t, LABEL)));
    left = PAD + (valTitle ? AXIS_TITLE + 8 : 0) + tickW + 8;
    const slot = (right - left) / n;
    const widest = Math.max(...categories.map((c) => textWidth(c, LABEL)), 0);
    rotate = widest > slot - 8;
    const labelH = rotate ? widest * 0.71 + LABEL : LABEL + 6;
    bottom = bottomBase - (catTitle ? AXIS_TITLE + 8 : 0) - labelH;
  }
  const plotW = right - left;
  const plotH = bottom - top;
  const span = axis.max - axis.min || 1;
  // Value → pixel along the value axis; category i → the centre of its slot.
  const vy = (v: number) => bottom - ((v - axis.min) / span) * plotH;
  const vx = (v: number) => left + ((v - axis.min) / span) * plotW;
  const slot = (horizontal ? plotH : plotW) / n;
  const centre = (i: number) => (horizontal ? bottom - (i + 0.5) * slot : left + (i + 0.5) * slot);
  const zero = Math.min(Math.max(0, axis.min), axis.max);

  const groupW = slot / (1 + GAP);
  const barW = groupW / Math.max(series.length, 1);
  const titleId = `${id}-title`;

  const legendItems = series.map((s, k) => ({ name: s.name || `系列${k + 1}`, ...seriesLook(spec.series[k], k) }));
  const legendW = legendItems.reduce((w, it) => w + 22 + textWidth(it.name, LABEL) + 14, -14);
  let lx = (W - legendW) / 2;

  return (
    <svg
      className="sk-chart"
      role="img"
      aria-labelledby={titleId}
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      data-type={spec.type}
      data-axis-min={axis.min}
      data-axis-max={axis.max}
      fontFamily="'Yu Gothic UI', 'Meiryo UI', 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif"
    >
      <title id={titleId}>{spec.title}</title>
      <rect x={0.5} y={0.5} width={W - 1} height={H - 1} fill="#fff" stroke={GRID} />
      <text x={W / 2} y={PAD + titleSize} textAnchor="middle" fontSize={titleSize} fontWeight={700} fill="#404040" data-role="title">
        {spec.title}
      </text>

      {/* Gridlines and tick labels of the value axis. */}
      <g data-role="value-axis">
        {axis.ticks.map((v, i) =>
          horizontal ? (
            <g key={i}>
              <line x1={vx(v)} x2={vx(v)} y1={top} y2={bottom} stroke={GRID} />
              <text x={vx(v)} y={bottom + LABEL + 4} textAnchor="middle" fontSize={LABEL} fill={INK} data-tick={v}>
                {tickText[i]}
              </text>
            </g>
          ) : (
            <g key={i}>
              <line x1={left} x2={right} y1={vy(v)} y2={vy(v)} stroke={GRID} />
              <text x={left - 6} y={vy(v) + LABEL * 0.35} textAnchor="end" fontSize={LABEL} fill={INK} data-tick={v}>
                {tickText[i]}
              </text>
            </g>
          ),
        )}
      </g>

      {/* The category axis line and labels. */}
      <g data-role="category-axis">
        {horizontal ? (
          <line x1={vx(zero)} x2={vx(zero)} y1={top} y2={bottom} stroke="#bfbfbf" />
        ) : (
          <line x1={left} x2={right} y1={vy(zero)} y2={vy(zero)} stroke="#bfbfbf" />
        )}
        {categories.map((c, i) =>
          horizontal ? (
            <text key={i} x={left - 6} y={centre(i) + LABEL * 0.35} textAnchor="end" fontSize={LABEL} fill={INK} data-category={i}>
              {clip(c, LABEL, W * 0.4)}
            </text>
          ) : rotate ? (
            <text key={i} transform={`translate(${centre(i)},${bottom + 8}) rotate(-45)`} textAnchor="end" fontSize={LABEL} fill={INK} data-category={i}>
              {c}
            </text>
          ) : (
            <text key={i} x={centre(i)} y={bottom + LABEL + 4} textAnchor="middle" fontSize={LABEL} fill={INK} data-category={i}>
              {c}
            </text>
          ),
        )}
      </g>

      {/* Axis titles: the vertical one reads bottom to top, as in Excel. */}
      {horizontal ? (
        <>
          {catTitle && (
            <text transform={`translate(${PAD + AXIS_TITLE},${(top + bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize={AXIS_TITLE} fill={INK} data-role="category-title">
              {catTitle}
            </text>
          )}
          {valTitle && (
            <text x={(left + right) / 2} y={bottomBase - 2} textAnchor="middle" fontSize={AXIS_TITLE} fill={INK} data-role="value-title">
              {valTitle}
            </text>
          )}
        </>
      ) : (
        <>
          {valTitle && (
            <text transform={`translate(${PAD + AXIS_TITLE},${(top + bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize={AXIS_TITLE} fill={INK} data-role="value-title">
              {valTitle}
            </text>
          )}
          {catTitle && (
            <text x={(left + right) / 2} y={bottomBase - 2} textAnchor="middle" fontSize={AXIS_TITLE} fill={INK} data-role="category-title">
              {catTitle}
            </text>
          )}
        </>
      )}

      {/* The data. */}
      {series.map((s, k) => {
        const { color, dash } = seriesLook(spec.series[k], k);
        if (spec.type === 'line') {
          return (
            <g key={k} data-series={k} data-name={s.name}>
              {segments(s.values, centre, vy).map((pts, j) => (
                <polyline key={j} points={pts} fill="none" stroke={color} strokeWidth={2.25} strokeLinejoin="round" strokeDasharray={dash} />
              ))}
              {s.values.map((v, i) =>
                typeof v === 'number' ? <circle key={i} cx={centre(i)} cy={vy(v)} r={3.5} fill={color} stroke={color} data-category={i} data-value={v} /> : null,
              )}
            </g>
          );
        }
        return (
          <g key={k} data-series={k} data-name={s.name}>
            {s.values.map((v, i) => {
              if (typeof v !== 'number') return null;
              const offset = centre(i) - groupW / 2 + k * barW;
              if (horizontal) {
                // Excel stacks a bar cluster from the axis up: the first series at the bottom.
                const y = centre(i) + groupW / 2 - (k + 1) * barW;
                const x0 = vx(Math.min(v, zero));
                return <rect key={i} x={x0} y={y} width={Math.abs(vx(v) - vx(zero))} height={barW} fill={color} data-category={i} data-value={v} />;
              }
              const y0 = vy(Math.max(v, zero));
              return <rect key={i} x={offset} y={y0} width={barW} height={Math.abs(vy(v) - vy(zero))} fill={color} data-category={i} data-value={v} />;
            })}
          </g>
        );
      })}

      {/* The legend, centred below the plot. */}
      <g data-role="legend">
        {legendItems.map((it, k) => {
          const x = lx;
          lx += 22 + textWidth(it.name, LABEL) + 14;
          return (
            <g key={k}>
              {spec.type === 'line' ? (
                <>
                  <line x1={x} x2={x + 18} y1={legendY - 4} y2={legendY - 4} stroke={it.color} strokeWidth={2.25} strokeDasharray={it.dash} />
                  <circle cx={x + 9} cy={legendY - 4} r={3.5} fill={it.color} />
                </>
              ) : (
                <rect x={x + 5} y={legendY - 9} width={9} height={9} fill={it.color} />
              )}
              <text x={x + 22} y={legendY} fontSize={LABEL} fill={INK}>
                {it.name}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
});
