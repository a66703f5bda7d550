/**
 * 元に戻す after a colleague without the add-in inserted, deleted or typed in a plan sheet in LibreOffice, since 再計算: rows
 * moved are told from cells edited (both refused: nothing is written into another row or over a colleague's figure), and
 * the rows put back as they were, it undoes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { recalc } from '../../src/core/engine';
import { undoLastRecalc, undoRefusalMessage, type UndoRefusal } from '../../src/core/undo';
import { editInLibreOffice, requireLibreOffice } from './libreoffice';

const run = requireLibreOffice() ? describe : describe.skip;
const NOW = '2026-12-07 11:00';

run('元に戻す after a colleague’s edits in LibreOffice', () => {
  let recalculated: Uint8Array;
  beforeAll(async () => {
    const data = new Uint8Array(readFileSync(join(__dirname, '../../samples/tsuyama-plan2.xlsx')));
    const wb = await readWorkbook(data);
    recalculated = writeWorkbook(data, recalc(wb, 'tsuyama-plan2.xlsx', '2026-12-07 10:00').changes, wb).data;
    // 再計算 wrote 2-1's ③-① of 生活改善資金貸付金 (row 6) as a formula of its row (typed over below).
    const sheet = (await readWorkbook(recalculated)).sheets.find((s) => s.name === '2-1')!;
    expect(sheet.rows[5]?.[6]?.formula).toBe('IF(OR(E6="",C6=""),"",E6-C6)');
  }, 60_000);

  it('a row inserted above rows it wrote: refused, saying the rows moved and where; the row deleted again, it undoes', async () => {
    const inserted = editInLibreOffice(recalculated, [{ sheet: '2-1', insertRows: [5, 1] }]);
    const refused = undoLastRecalc(await readWorkbook(inserted), NOW);
    // The first row it wrote that moved, logged with its labels: 税制課's 市税 (row 7), now row 8.
    expect(refused).toEqual({ ok: false, reason: 'shifted', sheet: '2-1', cell: 'G7', label: '税制課・市税', now: 'G8' });
    expect(undoRefusalMessage(refused as UndoRefusal).ja).toBe(
      '元に戻す：再計算のあとで「2-1」の行が挿入・削除または並べ替えされています（G7 に書いた数式は「税制課・市税」の行とともに今 G8 にあります）。別のセルに書き戻さないよう、何も変更していません。行を再計算のときの並びに戻してからもう一度実行するか、変更履歴シートを見て手で戻してください。',
    );
    const back = editInLibreOffice(inserted, [{ sheet: '2-1', deleteRows: [5, 1] }]);
    expect(undoLastRecalc(await readWorkbook(back), NOW).ok).toBe(true);
  }, 120_000);

  it('a row deleted above rows it wrote: refused as rows moved, not as an edit', async () => {
    const deleted = editInLibreOffice(recalculated, [{ sheet: '2-1', deleteRows: [4, 1] }]);
    expect(undoLastRecalc(await readWorkbook(deleted), NOW)).toMatchObject({ ok: false, reason: 'shifted', sheet: '2-1', cell: 'G7', now: 'G6' });
  }, 120_000);

  it('a formula it wrote typed over: an edit (the same formula a row below is no row moved)', async () => {
    const typed = editInLibreOffice(recalculated, [{ sheet: '2-1', set: { G6: -72 } }]);
    expect(undoLastRecalc(await readWorkbook(typed), NOW)).toEqual({ ok: false, reason: 'edited', sheet: '2-1', cell: 'G6', now: '-72' });
  }, 120_000);
});
