/**
 * When a command cannot finish, the user reads why in Japanese (and English), and the workbook
 * holds exactly what it held before: cell-edit mode, protected sheets, a protected workbook, a
 * workbook changed while the command ran, an Excel below the floor.
 */
import { runCommand } from '../../../src/commands/run';
import type { CommandName } from '../../../src/commands/state';
import { settingsChanges } from '../../../src/hosts/excel/settings';
import { inspect } from '../../../src/core/engine';
import { DATA_SHEET } from '../../../src/core/workbook-data';
import { ExcelHostError } from '../../../src/hosts/excel/errors';
import { fakeOf, portOn, sample } from './helpers';
import type { FakeExcel } from '../../fakes/excel';

const FILE = 'tsuyama-plan2.xlsx';
const run = (fake: FakeExcel, command: CommandName) => runCommand(command, { port: portOn(fake), file: FILE, now: '2026-11-23 10:00' });

describe('cell-edit mode', () => {
  it.each(['validate', 'recalc', 'summary'] as const)('%s: Excel refusing the write gives the message, and nothing is written', async (command) => {
    const fake = await fakeOf(FILE);
    const dump = fake.dump();
    // The write is the last sync: 3 for 検証, 4 for the others.
    fake.failSync(command === 'validate' ? 3 : 4, 'InvalidOperationInCellEditMode');
    const event = await run(fake, command);
    expect(event.outcome).toMatchObject({ ok: false, failure: 'cell-edit' });
    expect(event.outcome.message.ja).toContain('セルの編集を終えてから');
    expect(event.outcome.message.en).toContain('Press Enter or Esc');
    expect(fake.dump()).toBe(dump);
  });

  it('on reading: the same message', async () => {
    const fake = await fakeOf(FILE);
    fake.failSync(1, 'InvalidOperationInCellEditMode');
    const event = await run(fake, 'recognize');
    expect(event.outcome.failure).toBe('cell-edit');
  });

  it('with delayForCellEdit the batch waits until the user leaves the cell, then completes', async () => {
    const fake = await fakeOf(FILE);
    fake.enterCellEditMode();
    let done = false;
    const running = run(fake, 'validate').then((e) => ((done = true), e));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    fake.exitCellEditMode();
    const event = await running;
    expect(event.outcome.ok).toBe(true);
    expect(fake.runs.every((r) => r.delayForCellEdit === true)).toBe(true);
  });
});

describe('protection', () => {
  it.each(['validate', 'recalc'] as const)('%s on a protected plan sheet: its message, nothing written, no write attempted', async (command) => {
    const fake = await fakeOf(FILE);
    fake.sheet('2-2').protected = true;
    const dump = fake.dump();
    const event = await run(fake, command);
    expect(event.outcome).toMatchObject({ ok: false, failure: 'protected-sheet' });
    expect(event.outcome.message.ja).toContain('シート「2-2」は保護されている');
    expect(event.outcome.message.en).toContain('"2-2" is protected');
    expect(fake.dump()).toBe(dump);
    expect(fake.syncCount).toBe(2);
  });

  it('summary in a workbook whose structure is protected: its message, nothing written', async () => {
    const fake = await fakeOf(FILE);
    fake.state.protected = true;
    const dump = fake.dump();
    const event = await run(fake, 'summary');
    expect(event.outcome).toMatchObject({ ok: false, failure: 'protected-workbook' });
    expect(fake.dump()).toBe(dump);
  });

  it('recalc in a protected workbook whose change log is no longer last: done, the log left where it is (Excel refuses a move)', async () => {
    const fake = await fakeOf(FILE);
    expect((await run(fake, 'recalc')).outcome.ok).toBe(true);
    // A sheet added after the log (next year's), a computed cell typed over, then the structure locked.
    fake.state.sheets.push({ ...fake.sheet('2-1'), name: '令和7年度', cells: new Map() });
    fake.setCell('2-1', 'G6', { value: 12345, formula: undefined });
    fake.state.protected = true;
    const order = fake.state.sheets.map((s) => s.name);
    expect(order.slice(-2)).toEqual(['saiken変更履歴', '令和7年度']);
    const event = await run(fake, 'recalc');
    expect(event.outcome).toMatchObject({ ok: true });
    expect(fake.cell('2-1', 'G6')?.formula).toBe('=IF(OR(E6="",C6=""),"",E6-C6)');
    expect(fake.state.sheets.map((s) => s.name)).toEqual(order);
    // The typed value was logged where the log is: 元に戻す gives it back (the protected structure untouched).
    expect((await run(fake, 'undo')).outcome).toMatchObject({ ok: true });
    expect(fake.cell('2-1', 'G6')).toMatchObject({ value: 12345 });
    expect(fake.cell('2-1', 'G6')?.formula).toBeUndefined();
    expect(fake.state.sheets.map((s) => s.name)).toEqual(order);
  });

  it('an AccessDenied Excel reports anyway (protection set between the checks) names the sheet', async () => {
    const fake = await fakeOf(FILE);
    fake.afterSync(3, () => (fake.sheet('2-1').protected = true));
    const event = await run(fake, 'recalc');
    expect(event.outcome).toMatchObject({ ok: false, failure: 'protected-sheet' });
    expect(event.outcome.message.ja).toContain('シート「2-1」');
  });

  // A write of several requests: the sheet being queued when a request goes is not the one Excel refused in it.
  const chunked = (fake: FakeExcel) => runCommand('recalc', { port: portOn(fake, { chunkBytes: 8_000 }), file: FILE, now: '2026-11-23 10:00' });

  it('an AccessDenied in a write of several requests names the sheet protected meanwhile, not the one being queued', async () => {
    const fake = await fakeOf(FILE);
    fake.afterSync(3, () => (fake.sheet('2-2').protected = true));
    const event = await chunked(fake);
    expect(event.outcome).toMatchObject({ ok: false, failure: 'protected-sheet' });
    expect(event.outcome.message.ja).toContain('シート「2-2」は保護されている');
    expect(event.outcome.message.ja).not.toContain('「2-1」');
    expect(event.outcome.message.en).toContain('"2-2" is protected');
    expect(event.outcome.message.en).not.toContain('"2-1"');
  });

  it('two sheets protected meanwhile: both named', async () => {
    const fake = await fakeOf(FILE);
    fake.afterSync(3, () => {
      fake.sheet('2-1').protected = true;
      fake.sheet('3-2').protected = true;
    });
    const event = await chunked(fake);
    expect(event.outcome).toMatchObject({ ok: false, failure: 'protected-sheet' });
    expect(event.outcome.message.ja).toContain('シート「2-1」「3-2」は保護されている');
    expect(event.outcome.message.en).toContain('The sheets "2-1" and "3-2" are protected');
  });
});

describe('a workbook changed while the command ran', () => {
  it('a cell about to be written was edited: refused, the edit kept, nothing written', async () => {
    const fake = await fakeOf(FILE);
    // After the data was read, the user types into a delta cell that 再計算 rewrites.
    let edited = '';
    fake.afterSync(2, () => {
      fake.setCell('2-1', 'G6', { value: 99 });
      edited = fake.dump();
    });
    const event = await run(fake, 'recalc');
    expect(event.outcome).toMatchObject({ ok: false, failure: 'changed' });
    expect(event.outcome.message.ja).toContain('実行中にブックが変更されました');
    expect(event.outcome.message.ja).toContain('2-1!G6');
    expect(fake.dump()).toBe(edited);
    expect(fake.syncCount).toBe(3);
  });

  it('rows inserted (the used range moved): refused', async () => {
    const fake = await fakeOf(FILE);
    fake.afterSync(2, () => fake.setCell('2-1', 'A200', { value: '追加' }));
    const event = await run(fake, 'summary');
    expect(event.outcome.failure).toBe('changed');
  });

  it('a sheet added: refused', async () => {
    const fake = await fakeOf(FILE);
    fake.afterSync(2, () => fake.state.sheets.push({ ...fake.sheet('2-1'), name: '新しいシート', cells: new Map() }));
    const event = await run(fake, 'recalc');
    expect(event.outcome.failure).toBe('changed');
  });

  it.each(['メモ', '3-2'])('a sheet deleted (%s, not written or written): refused as a change, nothing written', async (gone) => {
    const fake = await fakeOf(FILE);
    fake.state.sheets.push({ ...fake.sheet('2-1'), name: 'メモ', cells: new Map() });
    let deleted = '';
    fake.afterSync(2, () => {
      fake.state.sheets = fake.state.sheets.filter((s) => s.name !== gone);
      deleted = fake.dump();
    });
    const event = await run(fake, 'recalc');
    expect(event.outcome).toMatchObject({ ok: false, failure: 'changed' });
    expect(event.outcome.message.ja).toContain('実行中にブックが変更されました');
    expect(fake.dump()).toBe(deleted);
  });
});

describe('versions', () => {
  it('below ExcelApi 1.12: a message naming what is needed, no batch sent', async () => {
    const fake = await fakeOf(FILE, { apiVersion: '1.11' });
    const event = await run(fake, 'recognize');
    expect(event.outcome).toMatchObject({ ok: false, failure: 'unsupported' });
    expect(event.outcome.message.ja).toContain('ExcelApi 1.12');
    expect(fake.syncCount).toBe(0);
  });

  it('ExcelApi 1.12 (no merged-area API): reads without merges, no ApiNotFound', async () => {
    const fake = await fakeOf(FILE, { apiVersion: '1.12' });
    const wb = await portOn(fake).read();
    expect(wb.sheets.every((s) => s.merges.length === 0)).toBe(true);
    expect(fake.syncCount).toBe(2);
  });
});

describe('settings stored in the workbook', () => {
  it('a tampered settings part is rejected with a message, the same through either host', async () => {
    const file = await sample(FILE);
    const fake = await fakeOf(FILE);
    fake.state.sheets.push({ name: DATA_SHEET, visibility: 'VeryHidden', protected: false, cells: new Map(), merges: [], charts: [], columnWidths: new Map() });
    fake.setCell(DATA_SHEET, 'A1', { value: 'note' });
    fake.setCell(DATA_SHEET, 'A2', { value: JSON.stringify({ version: 1, settings: { largeChangePoints: -5, script: 'alert(1)' } }) });
    const viaExcel = inspect(await portOn(fake).read(), FILE);
    const finding = viaExcel.issues.find((i) => i.code === 'settings-invalid');
    expect(finding).toMatchObject({ sheet: DATA_SHEET, cell: 'A2', severity: 'warning' });
    expect(finding!.message).toContain('settings');
    // The file host, given the same cells, says the same.
    const same = inspect({ ...file, sheets: [...file.sheets, { name: DATA_SHEET, hidden: true, merges: [], rows: [[{ value: 'note' }], [{ value: JSON.stringify({ version: 1, settings: { largeChangePoints: -5, script: 'alert(1)' } }) }]] }] }, FILE);
    expect(viaExcel).toEqual(same);
  });

  it('saving settings keeps the marks record and writes text that never turns into a formula', async () => {
    const fake = await fakeOf(FILE);
    await run(fake, 'validate');
    const port = portOn(fake);
    const wb = await port.read();
    await port.apply(settingsChanges(wb, { settings: { largeChangePoints: 5 } }));
    const again = await portOn(fake).read();
    const { readWorkbookData } = await import('../../../src/core/workbook-data');
    const data = readWorkbookData(again);
    expect(data.settings.largeChangePoints).toBe(5);
    expect(data.marks?.entries.length).toBeGreaterThan(0);
    expect(data.findings).toEqual([]);
    expect([...fake.sheet(DATA_SHEET).cells.values()].some((c) => c.formula)).toBe(false);
  });

  it('a stored document that is not JSON is not overwritten', async () => {
    const fake = await fakeOf(FILE);
    fake.state.sheets.push({ name: DATA_SHEET, visibility: 'VeryHidden', protected: false, cells: new Map(), merges: [], charts: [], columnWidths: new Map() });
    fake.setCell(DATA_SHEET, 'A2', { value: '{"version":1,"catalog":' });
    const wb = await portOn(fake).read();
    expect(() => settingsChanges(wb, { settings: {} })).toThrow(ExcelHostError);
    const dump = fake.dump();
    const event = await run(fake, 'validate');
    expect(event.outcome).toMatchObject({ ok: false, failure: 'data-damaged' });
    expect(fake.dump()).toBe(dump);
  });
});

describe('集計・グラフ over generated sheets edited by hand', () => {
  it('the ribbon does not replace them: it says so and writes nothing (the pane asks first)', async () => {
    const fake = await fakeOf(FILE);
    expect((await run(fake, 'summary')).outcome.ok).toBe(true);
    const summarySheet = fake.state.sheets.find((s) => s.name.startsWith('集計'))!;
    fake.setCell(summarySheet.name, 'A1', { value: '手で書き換えた見出し' });
    const dump = fake.dump();
    const event = await run(fake, 'summary');
    expect(event.outcome).toMatchObject({ ok: false, failure: 'summary-edited' });
    expect(event.outcome.message.ja).toContain(summarySheet.name);
    expect(fake.dump()).toBe(dump);
  });
});

describe('selecting a finding', () => {
  it('activates the sheet and selects the cell', async () => {
    const fake = await fakeOf(FILE);
    await portOn(fake).select('2-2', 'G6');
    expect(fake.active).toEqual({ sheet: '2-2', cell: 'G6' });
  });
});

describe('a write Excel stops part of the way', () => {
  // A request small enough that 集計・グラフ's write takes several syncs: read 2, the check 1, then the writes.
  const chunked = (fake: FakeExcel) => runCommand('summary', { port: portOn(fake, { chunkBytes: 4_000 }), file: FILE, now: '2026-11-23 10:00' });

  it('stopped after some of its syncs (a sheet protected meanwhile): the message says what was written, not that nothing was', async () => {
    const fake = await fakeOf(FILE);
    const dump = fake.dump();
    fake.failSync(7, 'AccessDenied');
    const event = await chunked(fake);
    expect(event.outcome.ok).toBe(false);
    expect(fake.dump()).not.toBe(dump);
    expect(event.outcome.message.ja).not.toContain('ブックは変更していません');
    expect(event.outcome.message.ja).toContain('途中まで書き込まれています');
    expect(event.outcome.message.en).toContain('Part of the write was made');
  }, 60_000);

  // A request is not a transaction: what Excel ran of it before the operation it refused stays (OfficeExtension.Error,
  // the fake's assertWritable). 再計算's write is one request, the change log's new sheet added first in it.
  it('refused inside its one request (a sheet protected after the check): the new log sheet stays, and the message says part may have been written, not that nothing was', async () => {
    const fake = await fakeOf(FILE);
    fake.afterSync(3, () => (fake.sheet('2-1').protected = true));
    const event = await run(fake, 'recalc');
    expect(event.outcome).toMatchObject({ ok: false, failure: 'protected-sheet' });
    expect(fake.state.sheets.map((s) => s.name)).toContain('saiken変更履歴');
    expect(event.outcome.message.ja).toContain('シート「2-1」は保護されている');
    expect(event.outcome.message.ja).not.toContain('ブックは変更していません');
    expect(event.outcome.message.ja).toContain('書き込まれている可能性があります');
    expect(event.outcome.message.ja).toContain('ブックを保存せずに閉じてください');
    expect(event.outcome.message.en).not.toContain('The workbook was not changed');
    expect(event.outcome.message.en).toContain('Part of the write may have been made');
    expect(event.outcome.message.en).toContain('close the workbook without saving');
  });

  // OfficeExtension.DebugInfo.errorLocation is "if available": an error naming no operation does not say that nothing of
  // its request ran. The same refusal as above, from a host that names none (FakeOptions.errorsUnlocated).
  it('refused inside its one request by a host whose error names no operation: still not "not changed"', async () => {
    const fake = await fakeOf(FILE, { errorsUnlocated: true });
    fake.afterSync(3, () => (fake.sheet('2-1').protected = true));
    const event = await run(fake, 'recalc');
    expect(event.outcome).toMatchObject({ ok: false, failure: 'protected-sheet' });
    expect(fake.state.sheets.map((s) => s.name)).toContain('saiken変更履歴');
    expect(event.outcome.message.ja).not.toContain('ブックは変更していません');
    expect(event.outcome.message.ja).toContain('書き込まれている可能性があります');
    expect(event.outcome.message.en).not.toContain('The workbook was not changed');
    expect(event.outcome.message.en).toContain('Part of the write may have been made');
  });

  it('a 検証 whose comment Excel refuses (a user\'s note on the cell, below ExcelApi 1.18), the error naming no operation: its fills stay, and the message does not say "not changed"', async () => {
    const fake = await fakeOf(FILE, { apiVersion: '1.14', errorsUnlocated: true });
    const report = inspect(await sample(FILE), FILE);
    const [sheet, cell] = [report.issues[0].sheet, report.issues[0].cell];
    fake.state.annotations.push({ id: 'note-user', kind: 'note', sheet, cell, content: '要確認（メモ）' });
    const fills = [...fake.fills()].sort();
    const event = await run(fake, 'validate');
    // Where the error names no operation the host cannot tell a refused comment from another failure (failedAtAnnotation),
    // so it does not go on; what went through before the comment stays, and the message says so.
    expect(event.outcome.ok).toBe(false);
    expect([...fake.fills()].sort()).not.toEqual(fills);
    expect(event.outcome.message.ja).not.toContain('ブックは変更していません');
    expect(event.outcome.message.ja).toContain('書き込まれている可能性があります');
    expect(event.outcome.message.en).not.toContain('The workbook was not changed');
  });

  it('refused whole at its first write (cell-edit mode): nothing written, and it says so', async () => {
    const fake = await fakeOf(FILE);
    const dump = fake.dump();
    fake.failSync(4, 'InvalidOperationInCellEditMode');
    const event = await chunked(fake);
    expect(event.outcome).toMatchObject({ ok: false, failure: 'cell-edit' });
    expect(fake.dump()).toBe(dump);
    expect(event.outcome.message.ja).toContain('ブックは変更していません');
    expect(event.outcome.message.en).toContain('The workbook was not changed');
  }, 60_000);

  // AccessDenied comes at the operation Excel refuses, those before it in the request applied (errorLocation naming it
  // "if available"): nothing of this one ran, but the host cannot know that, and does not say it.
  it('refused at its first write with an error a request is not refused whole for: written or not, it does not say "not changed"', async () => {
    const fake = await fakeOf(FILE);
    const dump = fake.dump();
    fake.failSync(4, 'AccessDenied');
    const event = await chunked(fake);
    expect(event.outcome.ok).toBe(false);
    expect(fake.dump()).toBe(dump);
    expect(event.outcome.message.ja).not.toContain('ブックは変更していません');
    expect(event.outcome.message.ja).toContain('書き込まれている可能性があります');
  }, 60_000);
});

describe('Excel refusing every request for its own state (sheets grouped, another workbook in front)', () => {
  it('several sheets selected as a group: the message says to select one sheet, and nothing is written', async () => {
    const fake = await fakeOf(FILE);
    const dump = fake.dump();
    fake.groupSheets(fake.state.sheets.slice(0, 2).map((s) => s.name));
    const event = await run(fake, 'validate');
    expect(event.outcome).toMatchObject({ ok: false, failure: 'excel-state' });
    expect(event.outcome.message.ja).toContain('作業グループ');
    expect(event.outcome.message.en).toContain('several sheets are selected');
    expect(fake.dump()).toBe(dump);
    fake.groupSheets(null);
    expect((await run(fake, 'validate')).outcome.ok).toBe(true);
  });

  it('a GeneralException in a later request, not the command\'s first (a group fails every request, the first too): no word of grouped sheets', async () => {
    const fake = await fakeOf(FILE);
    const dump = fake.dump();
    fake.failSync(4, 'GeneralException', 'There was an internal error while processing the request.');
    const event = await run(fake, 'recalc');
    expect(event.outcome.ok).toBe(false);
    expect(event.outcome.message.ja).not.toContain('作業グループ');
    expect(event.outcome.message.en).not.toContain('several sheets are selected');
    expect(event.outcome.message.ja).toContain('GeneralException');
    // Refused before anything of it ran (failSync): nothing written. A GeneralException may come at an operation, those
    // before it applied, so the message says the write may be partly made, not that nothing was (refusedWhole).
    expect(fake.dump()).toBe(dump);
    expect(event.outcome.message.ja).not.toContain('ブックは変更していません');
    expect(event.outcome.message.ja).toContain('書き込まれている可能性があります');
  });

  it.each(['InactiveWorkbook', 'InvalidSelection'])('%s: to go back to this workbook, no word of grouped sheets', async (code) => {
    const fake = await fakeOf(FILE);
    fake.failSync(1, code);
    const event = await run(fake, 'recognize');
    expect(event.outcome.message.ja).toContain('このブックに戻って');
    expect(event.outcome.message.ja).not.toContain('作業グループ');
    expect(event.outcome.message.en).not.toContain('several sheets are selected');
  });

  it.each(['InactiveWorkbook', 'InvalidSelection'])('%s (another workbook in front): the same message, to go back to this workbook', async (code) => {
    const fake = await fakeOf(FILE);
    fake.failSync(1, code);
    const event = await run(fake, 'recognize');
    expect(event.outcome).toMatchObject({ ok: false, failure: 'excel-state' });
    expect(event.outcome.message.ja).toContain('このブックに戻って');
  });
});
