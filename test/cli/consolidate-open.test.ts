/**
 * A submission open in Excel while the round is read (its owner file ~$… beside it): consolidated as last saved, and said,
 * since its unsaved changes are not in the totals. (The owner file had been passed over without a word.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import type { ConsolidationJson } from '../../src/core/consolidate';
import { buildCorpus, writeCorpus } from '../fixtures/consolidate/build';

const OWNER = new Uint8Array([5, 0x61, 0x64, 0x6d, 0x69, 0x6e, 0, 0]);

test.each([
  ['~$01_税務課.xlsx', 'the whole name'],
  ['~$_税務課.xlsx', 'a long name’s first two characters replaced'],
])('an owner file %s (%s) makes the workbook’s finding open-in-excel, a warning; the others say nothing', async (owner) => {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-open-'));
  const out = mkdtempSync(join(tmpdir(), 'saiken-open-out-'));
  try {
    writeCorpus(dir, (await buildCorpus()).filter((s) => /^0[18]_/.test(s.name)));
    writeFileSync(join(dir, owner), OWNER);
    const lines: string[] = [];
    const io = { out: (s: string) => lines.push(s), err: () => undefined };
    await run(['consolidate', dir, '-o', join(out, '取りまとめ.xlsx'), '--json'], io);
    const json = JSON.parse(lines.join('\n')) as ConsolidationJson;
    expect(json.issues.filter((i) => i.code === 'open-in-excel').map((i) => [i.file, i.severity, i.message])).toEqual([
      ['01_税務課.xlsx', 'warning', 'このブックは Excel で開かれています（所有者ファイル ~$… があります）。最後に保存された内容を取りまとめました。保存していない変更があれば、保存してから取りまとめ直してください。'],
    ]);
    expect(json.files.map((f) => f.file)).toEqual(['01_税務課.xlsx', '08_生活福祉課.xlsx']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
});
