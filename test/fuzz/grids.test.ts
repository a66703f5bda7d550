/**
 * Fuzzing the engine (product.md §11) on random grids: header words, debt names, △/▲ strings,
 * huge and tiny numbers, Excel errors and junk text, with random merges (overlapping, sheet-wide),
 * formulas, number formats, values at column XFD and empty sheets, under random sheet names.
 * See engine.test.ts for plan tables, arbitraries.ts for the generators and properties.
 */
import { CI_TIME_LIMIT_MS, fuzzRuns, fuzzSeed, runFuzz } from './arbitraries';

describe(`engine fuzz: random grids (seed ${fuzzSeed()})`, () => {
  it(
    'grids: never throws or hangs, findings name existing cells, recalc on its own output changes nothing',
    async () => {
      const ci = 1500;
      const runs = fuzzRuns(ci);
      const outcome = await runFuzz('grids', runs, fuzzSeed(), runs === ci ? CI_TIME_LIMIT_MS : undefined);
      if (!outcome.ok) throw new Error(`grids (seed ${outcome.seed}, ${outcome.runs} runs):\n${outcome.message}`);
      expect(outcome.runs).toBe(runs);
    },
    Math.max(150_000, fuzzRuns(0) * 100),
  );
});
