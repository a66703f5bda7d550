/**
 * The pane's 取りまとめ of picked files: a pick of nothing but saiken's own earlier 取りまとめ is no
 * submission (the pane says so, as for unreadable files), and beside a department's plan it is left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consolidatePicked, type PickedFile } from '../../src/taskpane/consolidate-files';
import { consolidationWorkbook } from '../../src/cli/consolidate';
import { readWorkbook } from '../../src/hosts/file/read';

const picked = (name: string, data: Uint8Array, modified: number): PickedFile => ({ name, modified, bytes: async () => data });
const sample = new Uint8Array(readFileSync(join(__dirname, '../../samples/tsuyama-plan2.xlsx')));

test('an earlier 取りまとめ alone is no submission; beside a plan it is 除外 and the plan is consolidated', async () => {
  const first = await consolidatePicked([picked('税務課.xlsx', sample, 1)], readWorkbook);
  expect(first).not.toBeNull();
  const earlier = consolidationWorkbook(first!);
  expect(await consolidatePicked([picked('取りまとめ_前回.xlsx', earlier, 2)], readWorkbook)).toBeNull();
  const both = await consolidatePicked([picked('税務課.xlsx', sample, 1), picked('取りまとめ_前回.xlsx', earlier, 2)], readWorkbook);
  expect(both!.files.map((f) => [f.file, f.status])).toEqual([
    ['税務課.xlsx', first!.files[0].status],
    ['取りまとめ_前回.xlsx', 'skipped'],
  ]);
});
