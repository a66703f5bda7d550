/**
 * 検証 marks the finding cells; マーク解除 puts them back exactly as they were — fills and no fills,
 * comments of the user's own — even after the workbook was saved and reopened, and even after a
 * 再計算 in between. A tampered record is refused with a message, and nothing is written.
 */
import { runCommand } from '../../../src/commands/run';
import { inspect } from '../../../src/core/engine';
import { DATA_SHEET, documentCells, readWorkbookData } from '../../../src/core/workbook-data';
import { MARK_FILL, MARK_NOTE_PREFIX } from '../../../src/core/marks';
import { emptyChangeSet } from '../../../src/core/changes';
import { fakeOf, portOn, sample } from './helpers';
import type { FakeExcel, FillState } from '../../fakes/excel';

const FILE = 'tsuyama-plan2.xlsx';
const NOW = '2026-11-23 10:00';
const run = (fake: FakeExcel, command: Parameters<typeof runCommand>[0], markAnnotation?: 'note') =>
  runCommand(command, { port: portOn(fake, { markAnnotation }), file: FILE, now: NOW });

const YELLOW: FillState = { color: '#FFFF00', pattern: 'Solid', patternColor: null, tintAndShade: 0, patternTintAndShade: 0 };
/** A white fill (not No Fill: it hides the gridlines), which reads as No Fill does (white, pattern null) but with a tint of 0. */
const WHITE: FillState = { color: '#FFFFFF', pattern: 'Solid', patternColor: null, tintAndShade: 0, patternTintAndShade: 0 };
const HATCHED: FillState = { color: '#DDEBF7', pattern: 'LightDown', patternColor: '#4472C4', tintAndShade: -0.25, patternTintAndShade: 0.4 };

/** The finding cells of the sample, some given a fill and one a comment of the user's. */
async function prepared(options?: Parameters<typeof fakeOf>[1]) {
  const report = inspect(await sample(FILE), FILE);
  const cells = [...new Set(report.issues.map((i) => `${i.sheet}!${i.cell}`))].map((ref) => ref.split('!') as [string, string]);
  const fake = await fakeOf(FILE, options);
  const [a, b, c, , e] = cells;
  fake.setCell(a[0], a[1], { fill: YELLOW });
  fake.setCell(e[0], e[1], { fill: WHITE });
  fake.setCell(b[0], b[1], { fill: HATCHED, bold: true });
  fake.state.annotations.push({ id: 'user-1', kind: 'comment', sheet: c[0], cell: c[1], content: '担当者確認済み（田中）' });
  // A fill on a cell with no finding, which nothing may touch.
  fake.setCell('2-1', 'A1', { fill: YELLOW });
  return { fake, cells, report };
}

function visible(fake: FakeExcel) {
  return {
    fills: [...fake.fills()].filter(([ref]) => !ref.startsWith(`${DATA_SHEET}!`)).sort(),
    bold: fake.state.sheets.flatMap((s) => [...s.cells].filter(([, c]) => c.bold).map(([k]) => `${s.name}:${k}`)).sort(),
    annotations: fake.state.annotations.map(({ kind, sheet, cell, content }) => ({ kind, sheet, cell, content })),
    formats: fake.state.sheets.filter((s) => s.name !== DATA_SHEET).map((s) => [s.name, [...s.cells].map(([k, c]) => [k, c.numberFormat ?? null])]),
    merges: fake.state.sheets.filter((s) => s.name !== DATA_SHEET).map((s) => s.merges),
  };
}

describe('marks and マーク解除', () => {
  it('marks every finding cell with its severity fill and a note, keeping the user comment', async () => {
    const { fake, cells, report } = await prepared();
    const event = await run(fake, 'validate');
    expect(event.outcome.ok).toBe(true);
    for (const [sheet, cell] of cells) {
      const worst = report.issues.filter((i) => i.sheet === sheet && i.cell === cell).map((i) => i.severity).sort()[0];
      const expected = MARK_FILL[worst === 'error' ? 'error' : worst === 'info' ? 'info' : 'warning'];
      expect({ cell, fill: fake.cell(sheet, cell)?.fill?.color }).toEqual({ cell, fill: expected });
    }
    const [, , userCell] = cells;
    const at = (s: string, c: string) => fake.state.annotations.filter((a) => a.sheet === s && a.cell === c);
    expect(at(...userCell)).toEqual([expect.objectContaining({ id: 'user-1', content: '担当者確認済み（田中）' })]);
    const [first] = cells;
    const ours = at(...first);
    expect(ours).toHaveLength(1);
    expect(ours[0].kind).toBe('comment'); // threaded comments, which every supported Excel can remove
    expect(ours[0].content.startsWith(MARK_NOTE_PREFIX)).toBe(true);
    for (const msg of report.issues.filter((i) => i.sheet === first[0] && i.cell === first[1])) expect(ours[0].content).toContain(msg.message);
    expect(fake.sheet(DATA_SHEET).visibility).toBe('VeryHidden');
  });

  it('マーク解除 restores fills, no-fills, patterns, tints and comments exactly', async () => {
    const { fake } = await prepared();
    const before = visible(fake);
    await run(fake, 'validate');
    expect(visible(fake)).not.toEqual(before);
    const event = await run(fake, 'clearMarks');
    expect(event.outcome.ok).toBe(true);
    expect(event.outcome.counts?.cells).toBeGreaterThan(3);
    expect(visible(fake)).toEqual(before);
    // The record is gone, the backups too.
    expect(readWorkbookData(await portOn(fake).read()).marks).toBeNull();
    expect([...fake.sheet(DATA_SHEET).cells.values()].filter((c) => c.fill)).toEqual([]);
    expect(fake.sheet(DATA_SHEET).merges).toEqual([]);
  });

  it('restores after the workbook was saved, closed and reopened by a colleague', async () => {
    const { fake } = await prepared();
    const before = visible(fake);
    await run(fake, 'validate');
    // A colleague's Excel 2021: a new host holding only what the saved workbook holds (the cells,
    // their formats, the hidden _saiken sheet with its record and backups), a new runtime.
    const reopened = fake.reopened({ apiVersion: '1.14' });
    expect(reopened.state).not.toBe(fake.state);
    expect(visible(reopened)).toEqual(visible(fake));
    const event = await run(reopened, 'clearMarks');
    expect(event.outcome.ok).toBe(true);
    expect(visible(reopened)).toEqual(before);
  });

  it('validating twice, then clearing, still restores the fills from before the first mark', async () => {
    const { fake } = await prepared();
    const before = visible(fake);
    await run(fake, 'validate');
    await run(fake, 'validate');
    await run(fake, 'clearMarks');
    expect(visible(fake)).toEqual(before);
  });

  it('a colleague’s reply under a mark’s comment survives 検証 run again, and マーク解除 resolves that thread instead of deleting it', async () => {
    // Comment.delete "deletes the comment and all the connected replies" (Excel.Comment, ExcelApi 1.10).
    const { fake, cells } = await prepared();
    await run(fake, 'validate');
    const [first, second] = cells;
    const ours = (cell: [string, string]) => fake.state.annotations.find((a) => a.sheet === cell[0] && a.cell === cell[1] && a.content.startsWith(MARK_NOTE_PREFIX))!;
    const answered = ours(first);
    answered.replies = ['確認済み、来月修正（田中）'];
    const { id, content } = answered;
    const otherId = ours(second).id;
    // The same findings: the comments are left as they are, the reply with its thread.
    expect((await run(fake, 'validate')).outcome.ok).toBe(true);
    expect(ours(first)).toEqual(expect.objectContaining({ id, content, replies: ['確認済み、来月修正（田中）'] }));
    expect(ours(second).id).toBe(otherId);
    // マーク解除: ours without replies deleted, the answered thread kept with its reply and resolved.
    expect((await run(fake, 'clearMarks')).outcome.ok).toBe(true);
    const left = fake.state.annotations.filter((a) => a.content.startsWith(MARK_NOTE_PREFIX));
    expect(left).toEqual([expect.objectContaining({ id, sheet: first[0], cell: first[1], replies: ['確認済み、来月修正（田中）'], resolved: true })]);
    // 検証 again marks the cell anew: its thread is reopened with today's text, the reply kept.
    await run(fake, 'validate');
    expect(ours(first)).toEqual(expect.objectContaining({ id, replies: ['確認済み、来月修正（田中）'] }));
  });

  it('a mark no finding needs any more is cleared by the next 検証', async () => {
    const { fake, cells } = await prepared();
    const before = visible(fake);
    await run(fake, 'validate');
    const port = portOn(fake);
    await port.read();
    // Only one finding remains: every other mark is put back, that one kept.
    const [sheet, cell] = cells[3];
    const applied = await port.apply({ ...emptyChangeSet(), clearMarks: true, marks: [{ sheet, cell, severity: 'error', note: '残る指摘' }] });
    expect(applied).toMatchObject({ marked: 1, cleared: cells.length - 1 });
    const now = visible(fake);
    expect(now.fills.filter(([ref]) => ref !== `${sheet}!${cell}`)).toEqual(before.fills);
    expect(fake.cell(sheet, cell)?.fill?.color).toBe(MARK_FILL.error);
  });

  it('keeps the number formats 再計算 wrote after the marks were placed', async () => {
    const { fake } = await prepared();
    await run(fake, 'validate');
    const recalc = await run(fake, 'recalc');
    expect(recalc.outcome.ok).toBe(true);
    const formats = visible(fake).formats;
    await run(fake, 'clearMarks');
    expect(visible(fake).formats).toEqual(formats);
  });

  it('on Excel for Mac, which reads hh:mm back as h:mm, マーク解除 leaves a marked cell’s number format as it is', async () => {
    const { fake, cells } = await prepared({ mac: true });
    const [sheet, cell] = cells[3];
    await run(fake, 'validate');
    expect(fake.cell(sheet, cell)?.fill?.color).toMatch(/^#FF/);
    // The user formats the marked cell as a time before clearing the marks.
    fake.setCell(sheet, cell, { numberFormat: 'hh:mm' });
    await run(fake, 'clearMarks');
    expect(fake.cell(sheet, cell)?.fill).toBeUndefined();
    expect(fake.cell(sheet, cell)?.numberFormat).toBe('hh:mm');
  });

  it('on Excel 2021 (ExcelApi 1.14) marks carry threaded comments, and clearing removes only ours', async () => {
    const { fake } = await prepared({ apiVersion: '1.14' });
    const before = visible(fake);
    await run(fake, 'validate', 'note'); // notes asked for, but 1.18 is missing: comments
    const ours = fake.state.annotations.filter((a) => a.content.startsWith(MARK_NOTE_PREFIX));
    expect(ours.length).toBeGreaterThan(0);
    expect(new Set(ours.map((a) => a.kind))).toEqual(new Set(['comment']));
    await run(fake, 'clearMarks');
    expect(visible(fake)).toEqual(before);
  });

  it('notes where asked for and ExcelApi 1.18 has them; clearing removes them', async () => {
    const { fake } = await prepared({ apiVersion: '1.18' });
    const before = visible(fake);
    await run(fake, 'validate', 'note');
    const ours = fake.state.annotations.filter((a) => a.content.startsWith(MARK_NOTE_PREFIX));
    expect(new Set(ours.map((a) => a.kind))).toEqual(new Set(['note']));
    await run(fake, 'clearMarks');
    expect(visible(fake)).toEqual(before);
  });

  it('a host reporting ExcelApi 1.18 under an office.js without notes (the npm package): reads, marks with comments, clears', async () => {
    const { fake } = await prepared({ apiVersion: '1.18', libraryVersion: '1.17' });
    const before = visible(fake);
    const event = await run(fake, 'validate', 'note');
    expect(event.outcome.ok).toBe(true);
    const ours = fake.state.annotations.filter((a) => a.content.startsWith(MARK_NOTE_PREFIX));
    expect(ours.length).toBeGreaterThan(0);
    expect(new Set(ours.map((a) => a.kind))).toEqual(new Set(['comment']));
    expect((await run(fake, 'clearMarks')).outcome.ok).toBe(true);
    expect(visible(fake)).toEqual(before);
  });

  it('below ExcelApi 1.18 a user’s note (unreadable there) on a finding cell: the record, fills and other comments are written, マーク解除 restores all', async () => {
    const { fake, cells } = await prepared({ apiVersion: '1.14' });
    const [noted, other] = [cells[3], cells[4]];
    fake.state.annotations.push({ id: 'note-user', kind: 'note', sheet: noted[0], cell: noted[1], content: '要確認（メモ）' });
    const before = visible(fake);
    const event = await run(fake, 'validate');
    expect(event.outcome.ok).toBe(true);
    expect(readWorkbookData(await portOn(fake).read()).marks?.entries.length).toBe(event.outcome.counts?.cells);
    expect(fake.cell(...noted)?.fill?.pattern).toBe('Solid');
    const at = (s: string, c: string) => fake.state.annotations.filter((a) => a.sheet === s && a.cell === c);
    expect(at(...noted)).toEqual([expect.objectContaining({ kind: 'note', content: '要確認（メモ）' })]);
    expect(at(...other)).toEqual([expect.objectContaining({ kind: 'comment', content: expect.stringContaining(MARK_NOTE_PREFIX) })]);
    expect((await run(fake, 'clearMarks')).outcome.ok).toBe(true);
    expect(visible(fake)).toEqual(before);
  });

  it('the user’s conditional formats survive marking and clearing, twice, unsplit and not duplicated', async () => {
    const { fake, cells } = await prepared();
    const sheet = cells[0][0];
    const rule = { rule: 'cellValue < 0 → red', areas: [{ top: 0, left: 0, bottom: 200, right: 20 }] };
    fake.sheet(sheet).conditionalFormats = [structuredClone(rule)];
    const before = visible(fake);
    for (let round = 0; round < 2; round++) {
      await run(fake, 'validate');
      expect(fake.sheet(sheet).conditionalFormats).toEqual([rule]);
      await run(fake, 'clearMarks');
      expect(fake.sheet(sheet).conditionalFormats).toEqual([rule]);
    }
    expect(visible(fake)).toEqual(before);
  });

  it('a merged cell is marked and restored as a whole', async () => {
    const fake = await fakeOf(FILE);
    fake.sheet('2-1').merges.push({ top: 40, left: 10, bottom: 41, right: 11 });
    fake.setCell('2-1', 'K41', { value: 'メモ', fill: YELLOW });
    fake.setCell('2-1', 'L42', { fill: HATCHED });
    const before = visible(fake);
    const port = portOn(fake);
    await port.read();
    await port.apply({ ...emptyChangeSet(), clearMarks: true, marks: [{ sheet: '2-1', cell: 'L42', severity: 'warning', note: 'テスト' }] });
    for (const ref of ['K41', 'L41', 'K42', 'L42']) expect(fake.cell('2-1', ref)?.fill?.color).toBe(MARK_FILL.warning);
    const record = readWorkbookData(await portOn(fake).read()).marks!;
    expect(record.entries).toEqual([expect.objectContaining({ cell: 'K41', area: 'K41:L42' })]);
    // The mark's text sits on the merged area's top-left cell, where Excel shows it, not on L42.
    expect(fake.state.annotations.filter((a) => a.sheet === '2-1' && a.content.includes('テスト')).map((a) => a.cell)).toEqual(['K41']);
    await run(fake, 'clearMarks');
    expect(visible(fake)).toEqual(before);
  });

  it('a tampered marks record is refused with a message, and nothing is written', async () => {
    const { fake } = await prepared();
    await run(fake, 'validate');
    const stored = JSON.parse(storedText(fake));
    stored.marks.entries[0].backup = 'A1'; // points the restore at the JSON itself
    const texts = documentCells(stored);
    texts.forEach((t, i) => fake.setCell(DATA_SHEET, `A${i + 1}`, { value: t }));
    const dump = fake.dump();
    const syncs = fake.syncCount;
    const event = await run(fake, 'clearMarks');
    expect(event.outcome).toMatchObject({ ok: false, failure: 'marks-damaged' });
    expect(event.outcome.message.ja).toContain('印の記録');
    expect(event.outcome.message.en).toContain('record of the marks');
    expect(fake.dump()).toBe(dump);
    expect(fake.syncCount - syncs).toBe(2); // read only
    // The report names the damaged part too, through either host.
    const report = inspect(await portOn(fake).read(), FILE);
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'settings-invalid', sheet: DATA_SHEET, message: expect.stringContaining('marks') }));
  });
});

/** The stored document's JSON: A2, A3, … of the hidden data sheet, joined. */
function storedText(fake: FakeExcel): string {
  let text = '';
  for (let r = 2; fake.cell(DATA_SHEET, `A${r}`); r++) text += String(fake.cell(DATA_SHEET, `A${r}`)!.value);
  return text;
}
