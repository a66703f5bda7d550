/**
 * 取りまとめ's 全庁集計 recalculated by LibreOffice: every figure (the SUMIFS totals over 明細, the weighted rates, 達成状況
 * and 基準年度比削減額 of the same debts) computes to what saiken cached, as a colleague without the add-in sees it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { readWorkbook } from '../../src/hosts/file/read';
import type { Sheet } from '../../src/core/workbook';
import { buildCorpus, writeCorpus } from '../fixtures/consolidate/build';
import { convert, requireLibreOffice } from './libreoffice';

const quiet = { out: () => undefined, err: () => undefined };

test('全庁集計: each cell LibreOffice computes is the figure saiken cached', async () => {
  if (!requireLibreOffice()) return;
  const dir = mkdtempSync(join(tmpdir(), 'saiken-lo-consolidate-'));
  try {
    writeCorpus(join(dir, 'round'), await buildCorpus());
    const out = join(dir, '取りまとめ.xlsx');
    await run(['consolidate', join(dir, 'round'), '-o', out], quiet);
    const data = new Uint8Array(readFileSync(out));
    const ours = (await readWorkbook(data)).sheets.find((s) => s.name === '全庁集計')!;
    const theirs = (await readWorkbook(convert(data, 'xlsx'))).sheets.find((s) => s.name === '全庁集計')!;
    const formulas: { cell: string; cached: unknown; computed: unknown }[] = [];
    const at = (s: Sheet, r: number, c: number) => s.rows[r]?.[c]?.value ?? null;
    ours.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell?.formula) return;
        formulas.push({ cell: `${String.fromCharCode(65 + c)}${r + 1}`, cached: cell.value ?? null, computed: at(theirs, r, c) });
      }),
    );
    // The reductions are among them, and not all blank.
    expect(formulas.filter((f) => f.cell.startsWith('H') && typeof f.cached === 'number').length).toBeGreaterThan(3);
    for (const f of formulas) {
      const same = typeof f.cached === 'number' && typeof f.computed === 'number' ? Math.abs(f.cached - f.computed) < 1e-6 * Math.max(1, Math.abs(f.cached)) : (f.cached ?? '') === (f.computed ?? '');
      expect({ ...f, same }).toEqual({ ...f, same: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
