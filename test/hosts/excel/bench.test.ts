/**
 * product.md §10: a command costs a constant number of round trips to Excel whatever the number
 * of rows — at most 3 for 認識/検証 (with the data validation setting on too), 4 for
 * 再計算/集計・グラフ — measured by the bench on the fake.
 */
import { benchExcelSyncs, BENCH_COMMANDS, BENCH_ROWS } from '../../../scripts/bench/excel-syncs';

const BUDGET = { inspect: 3, validate: 3, recalc: 4, summary: 4, 'validate-dv': 3, 'validate-dv-again': 3 } as const;

it('sync counts per command do not grow with rows (10, 1,000, 10,000) and stay within budget', async () => {
  const records = await benchExcelSyncs();
  expect(records).toHaveLength(BENCH_COMMANDS.length * BENCH_ROWS.length);
  for (const command of BENCH_COMMANDS) {
    const counts = records.filter((r) => r.command === command).map((r) => r.syncs);
    expect({ command, counts: new Set(counts).size }).toEqual({ command, counts: 1 });
    expect({ command, syncs: counts[0], within: counts[0] <= BUDGET[command] }).toEqual({ command, syncs: counts[0], within: true });
  }
  expect(records.every((r) => r.bench === 'excel-syncs')).toBe(true);
}, 240_000);
