/**
 * Recognition of plan layouts the recognizer was not designed against. Each layout's expectations
 * are written by hand (test/fixtures/layouts); the scorer matches tables by sheet and overlapping
 * value cells and scores every expected value cell, plus delta operands, classifications, measure,
 * unit, ledger items and remarks columns (printed), and no-plan sheets (asserted).
 */
import { recognizeWorkbook } from '../../src/core/recognize';
import type { Recognition } from '../../src/core/recognize/model';
import { layouts, type Layout } from '../fixtures/layouts';
import { describeMisses, formatScores, scoreLayout, type LayoutScore } from '../fixtures/layouts/score';

const OVERALL_FLOOR = 0.95;
const LAYOUT_FLOOR = 0.8;

const scores = new Map<string, LayoutScore>();

function scoreOf(layout: Layout): LayoutScore {
  let s = scores.get(layout.name);
  if (!s) {
    let rec: Recognition | Error;
    try {
      rec = recognizeWorkbook(layout.workbook);
    } catch (e) {
      rec = e instanceof Error ? e : new Error(String(e));
    }
    s = scoreLayout(layout, rec);
    scores.set(layout.name, s);
  }
  return s;
}

describe('recognition of unseen layouts', () => {
  afterAll(() => {
    const all = layouts.map(scoreOf);
    console.log(formatScores(all));
  });

  for (const layout of layouts) {
    it(`${layout.name}: at least ${LAYOUT_FLOOR * 100}% of value cells read correctly`, () => {
      const s = scoreOf(layout);
      if (s.error || s.accuracy < LAYOUT_FLOOR) throw new Error(describeMisses(s));
    });
  }

  it('no-plan and hidden sheets yield no table', () => {
    const failures = layouts
      .map(scoreOf)
      .flatMap((s) => s.noPlan.filter((c) => !c.ok).map((c) => `${s.name}: ${c.what}: ${c.detail}`));
    if (failures.length) throw new Error(failures.join('\n'));
  });

  it(`at least ${OVERALL_FLOOR * 100}% of all value cells read correctly`, () => {
    const all = layouts.map(scoreOf);
    const cells = all.reduce((a, s) => a + s.cells, 0);
    const correct = all.reduce((a, s) => a + s.correct, 0);
    const accuracy = cells ? correct / cells : 1;
    if (accuracy < OVERALL_FLOOR) {
      const worst = [...all].sort((x, y) => x.accuracy - y.accuracy).slice(0, 3);
      throw new Error(
        [`overall ${correct}/${cells} = ${(accuracy * 100).toFixed(1)}% < ${OVERALL_FLOOR * 100}%`, ...worst.map((s) => describeMisses(s, 5))].join('\n'),
      );
    }
  });
});
