/**
 * The blind holdout (test/fixtures/holdout): tables recognition was never tuned to, with expected
 * values written without sight of the code. They are not read 100 % yet: each layout's count of
 * observations read right (value and every dimension) may only go up. Raise a floor when recognition
 * improves; a layout read 100 % moves to the observations corpus (as 24, 28 and 29 did).
 */
import { scoreLayout } from '../fixtures/observations/score';
import { holdoutLayouts } from '../fixtures/holdout';

/** Observations read right, per layout, as of the last change to recognition. */
const FLOORS: Record<string, number> = {
  'aomori-kenzei-h21-soukatsu': 39,
  'aomori-ikarigaseki-choshu-jisseki': 0,
  // Every observation read; one balance (所得税 E6, 2 off over three rounded figures) is flagged where the writer of
  // the expected values counted it rounding (half a unit for each of the four figures), saiken's tolerance being 1.5.
  'nta-yamagata-r1-taino-flow': 36,
  'aomori-juminzei-by-municipality': 54,
};

test('every holdout layout has its floor, and no floor is left without its layout', () => {
  expect(holdoutLayouts.map((l) => l.name).sort()).toEqual(Object.keys(FLOORS).sort());
});

describe.each(holdoutLayouts.map((l) => [l.name, l] as const))('%s', (name, layout) => {
  it('is read without a failure, and reads at least as many observations right as before', () => {
    const s = scoreLayout(layout);
    expect(s.expected).toBe(layout.observations.length);
    expect(s.correct).toBeGreaterThanOrEqual(FLOORS[name]);
  });
});
