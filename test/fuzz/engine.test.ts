/**
 * Fuzzing the engine (product.md §11) on plan tables: plan tables built from the vocabulary and
 * then damaged, mixed with random grids, and damaged layouts of the unseen-layouts corpus — through
 * inspect, recalc, applyToSnapshot and recalc again. Each property runs in a worker thread under
 * a watchdog, with a fixed seed and a bounded number of runs (arbitraries.ts holds the generators
 * and the properties; docs/robustness.md the long local run). grids.test.ts fuzzes random grids.
 */
import { CI_TIME_LIMIT_MS, fuzzRuns, fuzzSeed, runFuzz, type PropertyName } from './arbitraries';

const CI_RUNS: [PropertyName, number][] = [
  ['engine', 800],
  ['layouts', 400],
];

describe(`engine fuzz: plan tables and corpus layouts (seed ${fuzzSeed()})`, () => {
  it.each(CI_RUNS)(
    '%s: never throws or hangs, findings name existing cells, recalc on its own output changes nothing',
    async (property, ci) => {
      const runs = fuzzRuns(ci);
      const outcome = await runFuzz(property, runs, fuzzSeed(), runs === ci ? CI_TIME_LIMIT_MS : undefined);
      if (!outcome.ok) throw new Error(`${property} (seed ${outcome.seed}, ${outcome.runs} runs):\n${outcome.message}`);
      expect(outcome.runs).toBe(runs);
    },
    // A long local run (SAIKEN_FUZZ_RUNS) takes as long as it takes.
    Math.max(150_000, fuzzRuns(0) * 100),
  );
});
