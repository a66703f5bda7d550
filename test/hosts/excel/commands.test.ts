/**
 * One engine, two hosts: every ribbon command run through the Excel port on the fake Excel gives
 * the report the file host gives for the same workbook, and writes the cells the file host's
 * ChangeSet describes — within the sync budget of product.md §10.
 */
import { inspect, recalc, summarize } from '../../../src/core/engine';
import { runCommand } from '../../../src/commands/run';
import { parseA1, sheetFromGrid } from '../../../src/core/workbook';
import { splitAddress } from '../../../src/hosts/excel/address';
import { CHART_PALETTE, type CellWrite } from '../../../src/core/changes';
import { applyToSnapshot } from '../../../src/core/apply-snapshot';
import type { ChangeSet } from '../../../src/core/changes';
import { SAMPLES, fakeOf, normalized, portOn, sample } from './helpers';
import { FakeExcel, type FakeOptions } from '../../fakes/excel';

/** Excel calculates; the fake does not. It answers each formula with the result the engine cached. */
function calculating(changes: ChangeSet): FakeOptions {
  const results = new Map(changes.cells.filter((w) => w.formula !== undefined).map((w) => [`${w.sheet}!${w.cell}`, w.value ?? '']));
  return { calculate: (sheet, cell) => (results.has(`${sheet}!${cell}`) ? results.get(`${sheet}!${cell}`)! : null) };
}

/** The workbook read back through the Excel port is the file host's snapshot with the changes applied. */
async function expectReadBack(fake: FakeExcel, before: Awaited<ReturnType<typeof sample>>, changes: ChangeSet): Promise<void> {
  const after = await portOn(fake).read();
  // A formula with a blank result reads back as "" from Excel; the in-memory model keeps null.
  const blank = (v: unknown) => JSON.parse(JSON.stringify(v, (k, x) => (k === 'value' && x === null ? '' : x)));
  const { names: _n, ...got } = normalized(after) as { names: unknown };
  const { names: _m, ...want } = normalized(applyToSnapshot(before, changes)) as { names: unknown };
  expect(blank(got)).toEqual(blank(want));
}

const NOW = '2026-11-23 10:00';

function expectWritten(fake: FakeExcel, w: CellWrite): void {
  const cell = fake.cell(w.sheet, w.cell);
  const ref = `${w.sheet}!${w.cell}`;
  if (w.formula !== undefined) expect({ ref, formula: cell?.formula }).toEqual({ ref, formula: `=${w.formula}` });
  else if (w.value !== undefined) {
    const want = w.value === '' || w.value === null ? null : w.value;
    expect({ ref, value: cell?.value ?? null, formula: cell?.formula }).toEqual({ ref, value: want, formula: undefined });
  }
  if (w.numberFormat !== undefined) expect({ ref, numberFormat: cell?.numberFormat ?? 'General' }).toEqual({ ref, numberFormat: w.numberFormat });
  if (w.bold !== undefined) expect({ ref, bold: !!cell?.bold }).toEqual({ ref, bold: w.bold });
}

describe.each(SAMPLES)('%s through the Excel port', (file) => {
  it('認識: the same report as the file host, in 2 syncs', async () => {
    const fake = await fakeOf(file);
    const event = await runCommand('recognize', { port: portOn(fake), file, now: NOW });
    expect(event.outcome.ok).toBe(true);
    expect(event.report).toEqual(inspect(await sample(file), file));
    expect(fake.syncCount).toBe(2);
  });

  it('検証: the same report, a mark on every finding cell, in 3 syncs', async () => {
    const fake = await fakeOf(file);
    const event = await runCommand('validate', { port: portOn(fake), file, now: NOW });
    const expected = inspect(await sample(file), file);
    expect(event.report).toEqual(expected);
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    const cells = new Set(expected.issues.filter((i) => i.sheet !== '_saiken').map((i) => `${i.sheet}!${i.cell}`));
    expect(event.outcome.counts?.cells).toBe(cells.size);
    for (const ref of cells) {
      const [sheet, cell] = [ref.slice(0, ref.lastIndexOf('!')), ref.slice(ref.lastIndexOf('!') + 1)];
      const merged = fake.sheet(sheet).merges.find((m) => {
        const { r, c } = parseA1(cell);
        return m.top <= r && r <= m.bottom && m.left <= c && c <= m.right;
      });
      const at = merged ? `${String.fromCharCode(65 + merged.left)}${merged.top + 1}` : cell;
      expect({ ref, fill: fake.cell(sheet, at)?.fill?.pattern }).toEqual({ ref, fill: 'Solid' });
    }
  });

  it('再計算: the ChangeSet of the file host, every cell of it written, in 4 syncs', async () => {
    const before = await sample(file);
    const expected = recalc(before, file, NOW);
    const fake = await fakeOf(file, calculating(expected.changes));
    const event = await runCommand('recalc', { port: portOn(fake), file, now: NOW });
    expect(event.report).toEqual(expected.report);
    expect(event.outcome.counts?.cells).toBe(expected.changes.cells.length);
    for (const w of expected.changes.cells) expectWritten(fake, w);
    for (const s of expected.changes.sheets) expect(fake.sheet(s.name).visibility).toBe('Visible');
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    await expectReadBack(fake, before, expected.changes);
  });

  it('集計・グラフ: the ChangeSet of the file host — sheets, cells, charts, marks of generated sheets — in 4 syncs', async () => {
    const before = await sample(file);
    const expected = summarize(before, file);
    const fake = await fakeOf(file, calculating(expected.changes));
    const event = await runCommand('summary', { port: portOn(fake), file, now: NOW });
    expect(event.outcome.ok).toBe(true);
    expect(event.report).toEqual(expected.report);
    for (const w of expected.changes.cells) expectWritten(fake, w);
    for (const s of expected.changes.sheets) {
      expect(fake.sheet(s.name)).toBeDefined();
      if (s.generated) {
        const name = fake.state.names.find((n) => n.name === `_saiken_gen_${s.generated!.kind}`);
        expect(name).toMatchObject({ formula: `="${s.name}|${s.generated.fingerprint}"`, visible: false });
      }
    }
    for (const spec of expected.changes.charts) {
      const chart = fake.sheet(spec.sheet).charts.find((c) => c.title === spec.title);
      expect(chart).toMatchObject({ seriesBy: 'Columns', xTitle: spec.xTitle ?? null, yTitle: spec.yTitle ?? null });
      // Amounts' bars from 0; rates' lines on Excel's own scale.
      expect(chart!.valueMinimum).toBe(spec.type === 'line' ? null : 0);
      // The legend shows the header text the name refers to, never the reference itself.
      const legend = spec.series.map((s) => {
        const { sheet, ref } = splitAddress(s.name);
        const header = expected.changes.cells.find((w) => w.sheet === (sheet ?? spec.sheet) && w.cell === ref.replace(/\$/g, ''));
        return String(header?.value);
      });
      expect(legend.every((t) => t !== 'undefined' && !t.includes('!'))).toBe(true);
      expect(chart!.series.map((s) => s.name)).toEqual(legend);
      // Targets' lines dashed; lines with markers, as the file host draws them (a year of one point shows).
      expect(chart!.series.map((s) => s.lineStyle ?? null)).toEqual(spec.series.map((s) => (s.dashed ? 'Dash' : null)));
      if (spec.type === 'line') {
        expect(chart!.type).toBe('LineMarkers');
        // Each line and its markers in its class's colour: a class's target in its results'.
        const colors = chart!.series.map((s) => [s.lineColor, ...(s.markerColors ?? [])]);
        for (const c of colors) expect(new Set(c).size).toBe(1);
        expect(colors.map((c) => c[0])).toEqual(spec.series.map((s, i) => `#${CHART_PALETTE[(s.color ?? i) % CHART_PALETTE.length]}`));
        // Tsuyama: each class's targets of its 1st plan and of its 2nd, a dashed line each.
        if (file === 'tsuyama-plan2.xlsx') expect(chart!.series.filter((s) => s.lineStyle === 'Dash')).toHaveLength(6);
      }
    }
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    await expectReadBack(fake, before, expected.changes);
  });
});

describe('a workbook with no plan table (a staff list): the ribbon says so, and writes nothing', () => {
  const list = () => FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('職員名簿', [['氏名', '所属'], ['山田', '総務課'], ['佐藤', '税務課']])] });

  it.each(['validate', 'recalc', 'summary'] as const)('%s: no “問題は見つかりませんでした”, no sheet added', async (command) => {
    const fake = list();
    const event = await runCommand(command, { port: portOn(fake), file: '名簿.xlsx', now: NOW });
    expect(event.outcome.message.ja).toMatch(/^(検証|再計算|集計・グラフ)：計画表が見つからないため、何もしていません。/);
    expect(event.outcome.ok).toBe(false);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['職員名簿']);
    expect(fake.dump()).toBe(list().dump());
  });
});
