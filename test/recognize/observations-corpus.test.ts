/**
 * The observations corpus (test/fixtures/observations): public plan tables of other municipalities
 * and prefectures, transcribed as printed, with expected observations and injected errors written
 * by hand by someone other than the recognizer's author. Every layout must read 100%, with every
 * injected error found at its cell and no false error.
 */
import { scoreLayout } from '../fixtures/observations/score';
import { observationLayouts as layouts } from '../fixtures/observations';

test('the corpus holds at least 20 layouts', () => {
  expect(layouts.length).toBeGreaterThanOrEqual(20);
});

describe.each(layouts.map((l) => [l.name, l] as const))('%s', (_name, layout) => {
  it('reads every observation, and finds every injected error at its cell with no false error', () => {
    const s = scoreLayout(layout);
    expect(s.problems).toEqual([]);
    expect(s.correct).toBe(s.expected);
  });
});
