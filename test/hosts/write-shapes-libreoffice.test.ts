/**
 * run outputs of the strict, macro-enabled, external-link and implicit-reference shapes
 * (test/fixtures/writer-shapes) opened by LibreOffice as an independent reader: converted to PDF
 * (the summary's figures and the chart titles drawn) and re-saved as .xlsx, whose cells —
 * recalculated by LibreOffice on load — hold the results the engine computed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { WORKBOOK_ORDER } from '../../src/hosts/file/sheet-order';
import { children, rootTag } from '../../src/hosts/file/xml-scan';
import { runAll } from '../../src/core/engine';
import { parseA1 } from '../../src/core/workbook';
import { convert, requireLibreOffice } from '../integration/libreoffice';

const describeLo = requireLibreOffice() ? describe : describe.skip;
const shape = (f: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/writer-shapes', f)));
const NOW = '2026-11-23 10:00';

describeLo('writer shapes opened by LibreOffice', () => {
  it.each(['strict.xlsx', 'macro.xlsm', 'external-link.xlsx', 'implicit-refs.xlsx'])(
    '%s: run output converts to PDF and re-saves with the computed figures',
    async (f) => {
      const data = shape(f);
      // The implicit-reference shape is not readable by the current reader: the sample's snapshot stands for it (same cells).
      const wb = await readWorkbook(f === 'implicit-refs.xlsx' ? new Uint8Array(readFileSync(join(__dirname, '../../samples/tsuyama-plan2.xlsx'))) : data);
      const { changes } = runAll(wb, f, NOW);
      const out = writeWorkbook(data, changes, wb, f, { outputName: `out-${f}` }).data;
      const wbXml = strFromU8(unzipSync(out)['xl/workbook.xml']);
      const names = children(wbXml, rootTag(wbXml)).map((c) => c.local);
      const ranks = names.map((n) => WORKBOOK_ORDER.indexOf(n as (typeof WORKBOOK_ORDER)[number])).filter((r) => r >= 0);
      expect({ names, ordered: ranks.every((r, i) => !i || ranks[i - 1] <= r) }).toEqual({ names, ordered: true });

      // LibreOffice decides by content, not by name: the converter is given a .xlsx name for its output naming.
      const dir = mkdtempSync(join(tmpdir(), 'saiken-shape-'));
      const pdf = join(dir, 'out.pdf');
      writeFileSync(pdf, convert(out, 'pdf', 'shape.xlsx'));
      const text = execFileSync('pdftotext', [pdf, '-']).toString();
      expect(text).toContain('2,606,236');
      expect(text.replace(/\s+/g, '')).toContain('収入未済額の推移（実績・目標）');

      const resaved = await readWorkbook(convert(out, 'xlsx', 'shape.xlsx'));
      expect(resaved.sheets.map((s) => s.name)).toEqual(['2-1', '2-2', '3-1', '3-2', '集計', 'グラフ', 'saiken変更履歴']);
      const formulas = changes.cells.filter((c) => c.formula && typeof c.value === 'number');
      expect(formulas.length).toBeGreaterThan(100);
      for (const c of formulas) {
        const { r, c: col } = parseA1(c.cell);
        const got = resaved.sheets.find((s) => s.name === c.sheet)!.rows[r]?.[col];
        expect({ at: `${c.sheet}!${c.cell}`, formula: got?.formula }).toEqual({ at: `${c.sheet}!${c.cell}`, formula: c.formula });
        expect(got?.value as number).toBeCloseTo(c.value as number, 6);
      }
    },
    240_000,
  );
});
