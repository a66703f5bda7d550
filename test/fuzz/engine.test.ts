/**
 * Fuzzing the engine (product.md §11): thousands of random workbooks through inspect, recalc,
 * applyToSnapshot and recalc again —
 * - grids: header words, debt names, △/▲ strings, huge and tiny numbers, Excel errors and junk,
 *   with random merges (overlapping, whole rows, the whole sheet), formulas, number formats,
 *   values at column XFD and empty sheets, under random sheet names;
 * - engine: plan tables built from the vocabulary and then damaged, mixed with random grids and a
 *   hidden settings sheet (valid or junk);
 * - layouts: damaged layouts of the unseen-layouts corpus.
 * Each property runs in its own worker thread under a watchdog (one at a time unless
 * SAIKEN_FUZZ_THREADS says more), with a fixed seed and a bounded number of runs.
 * arbitraries.ts holds the generators and the properties; docs/robustness.md the long local run.
 */
import { availableParallelism } from 'node:os';
import { CI_TIME_LIMIT_MS, fuzzRuns, fuzzSeed, runFuzz, type FuzzOutcome, type PropertyName } from './arbitraries';

/** Runs per property in CI: 2,000 workbooks. */
const CI_RUNS: Record<PropertyName, number> = { grids: 1000, engine: 700, layouts: 300 };

const long = process.env.SAIKEN_FUZZ_RUNS !== undefined;
const outcomes = new Map<PropertyName, Promise<FuzzOutcome>>();

beforeAll(() => {
  // One property at a time by default: the per-workbook bound is wall-clock time, and two fuzz
  // threads on two cores (next to the rest of CI) slow each other down. SAIKEN_FUZZ_THREADS=2 for
  // a long local run on an idle machine.
  let free = Math.max(1, Math.min(availableParallelism(), Number(process.env.SAIKEN_FUZZ_THREADS ?? 1) || 1));
  const waiting: (() => void)[] = [];
  const slot = () => (free > 0 ? (free--, Promise.resolve()) : new Promise<void>((go) => waiting.push(go)));
  const release = () => (waiting.length ? waiting.shift()!() : free++);
  for (const [property, ci] of Object.entries(CI_RUNS) as [PropertyName, number][]) {
    const run = slot().then(() => runFuzz(property, fuzzRuns(ci), fuzzSeed(), long ? undefined : CI_TIME_LIMIT_MS));
    void run.finally(release);
    outcomes.set(property, run);
  }
});

describe(`engine fuzz (seed ${fuzzSeed()})`, () => {
  it.each(Object.keys(CI_RUNS) as PropertyName[])(
    '%s: never throws or hangs, findings name existing cells, recalc on its own output changes nothing',
    async (property) => {
      const outcome = await outcomes.get(property)!;
      if (!outcome.ok) throw new Error(`${property} (seed ${outcome.seed}, ${outcome.runs} runs):\n${outcome.message}`);
      expect(outcome.runs).toBe(fuzzRuns(CI_RUNS[property]));
    },
    // A long local run (SAIKEN_FUZZ_RUNS) takes as long as it takes.
    long ? Math.max(150_000, fuzzRuns(0) * 300) : 150_000,
  );
});
