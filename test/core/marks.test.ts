/**
 * The pure side of marks: one mark per finding cell with the worst severity and every message,
 * the plan that keeps, restores and adds marks with non-overlapping backup slots, and the record's
 * schema refusing what a tampered workbook could hold.
 */
import { entrySlot, marksFromFindings, markNoteText, planMarks, MARK_NOTE_PREFIX, type MarkEntry } from '../../src/core/marks';
import { MarksRecordSchema } from '../../src/core/marks-schema';
import type { Mark } from '../../src/core/changes';
import type { Area } from '../../src/core/workbook';

const f = (sheet: string, cell: string, severity: 'error' | 'warning' | 'info', message: string) => ({ sheet, cell, severity, message });

describe('marksFromFindings', () => {
  it('one mark per cell: the worst severity wins, the messages are joined once each, in order', () => {
    const marks = marksFromFindings([
      f('2-1', 'G6', 'warning', '比較元が空欄です。'),
      f('2-1', 'G6', 'error', '差引が合いません。'),
      f('2-1', 'G6', 'warning', '比較元が空欄です。'),
      f('2-1', 'H6', 'info', '大きな変化があります。'),
      f('_saiken', 'A2', 'warning', '設定が壊れています。'),
    ], (s) => s === '_saiken');
    expect(marks).toEqual([
      { sheet: '2-1', cell: 'G6', severity: 'error', note: '比較元が空欄です。\n差引が合いません。' },
      { sheet: '2-1', cell: 'H6', severity: 'info', note: '大きな変化があります。' },
    ]);
  });

  it('the note starts with saiken’s marker and stays within Excel’s limit', () => {
    const text = markNoteText({ sheet: 's', cell: 'A1', severity: 'error', note: 'x'.repeat(40_000) });
    expect(text.startsWith(`${MARK_NOTE_PREFIX}\n`)).toBe(true);
    expect(text.length).toBe(32_767);
  });
});

describe('planMarks', () => {
  const mark = (cell: string, severity: Mark['severity'] = 'warning', sheet = 'p'): Mark => ({ sheet, cell, severity, note: `n${cell}` });
  const noMerges = () => undefined;
  const comment = () => 'comment' as const;

  it('new marks get stacked slots from C1, a merged area copied whole', () => {
    const merged: Area = { top: 4, left: 1, bottom: 5, right: 3 };
    const plan = planMarks([], [mark('A1'), mark('C6'), mark('D9')], (_s, cell) => (cell === 'C6' ? merged : undefined), comment);
    expect(plan.add.map((a) => [a.entry.cell, a.entry.area, a.entry.backup])).toEqual([
      ['A1', undefined, 'C1'],
      ['B5', 'B5:D6', 'C2'],
      ['D9', undefined, 'C4'],
    ]);
    expect(entrySlot(plan.add[1].entry)).toEqual({ top: 1, left: 2, bottom: 2, right: 4 });
    expect(MarksRecordSchema.safeParse(plan.record).success).toBe(true);
  });

  it('keeps a recorded mark (its first backup), restores the ones no longer wanted, fills gaps around kept slots', () => {
    const previous: MarkEntry[] = [
      { sheet: 'p', cell: 'A1', severity: 'warning', backup: 'C1', annotation: 'comment' },
      { sheet: 'p', cell: 'B2', severity: 'error', backup: 'C2', annotation: null },
      { sheet: 'p', cell: 'C3', severity: 'info', backup: 'C3', annotation: 'comment' },
    ];
    const plan = planMarks(previous, [mark('B2', 'info'), mark('Z9'), mark('Y8')], noMerges, comment);
    expect(plan.keep.map((k) => [k.entry.cell, k.entry.backup, k.entry.severity])).toEqual([['B2', 'C2', 'info']]);
    expect(plan.restore.map((e) => e.cell)).toEqual(['A1', 'C3']);
    expect(plan.add.map((a) => [a.entry.cell, a.entry.backup])).toEqual([
      ['Z9', 'C1'],
      ['Y8', 'C3'],
    ]);
  });

  it('two findings inside one merged area are one mark', () => {
    const merged: Area = { top: 0, left: 0, bottom: 0, right: 2 };
    const plan = planMarks([], [mark('A1', 'info'), mark('B1', 'error')], () => merged, comment);
    expect(plan.add).toHaveLength(1);
    expect(plan.add[0].mark).toMatchObject({ cell: 'A1', severity: 'error', note: 'nA1\nnB1' });
  });
});

describe('MarksRecordSchema (untrusted input)', () => {
  const ok = { version: 1, entries: [{ sheet: '2-1', cell: 'G6', severity: 'error', backup: 'C1', annotation: 'comment' }] };
  it('accepts what the host writes', () => {
    expect(MarksRecordSchema.safeParse(ok).success).toBe(true);
  });
  it.each([
    ['an unknown key', { ...ok, script: 'alert(1)' }],
    ['a backup in the JSON column', { version: 1, entries: [{ ...ok.entries[0], backup: 'A1' }] }],
    ['a cell outside the grid', { version: 1, entries: [{ ...ok.entries[0], cell: 'XFE1' }] }],
    ['a formula as a cell', { version: 1, entries: [{ ...ok.entries[0], cell: '=A1' }] }],
    ['overlapping backups', { version: 1, entries: [{ ...ok.entries[0], area: 'G6:G7' }, { ...ok.entries[0], cell: 'H6', backup: 'C2' }] }],
    ['an area not starting at its cell', { version: 1, entries: [{ ...ok.entries[0], area: 'F6:G7' }] }],
    ['the same cell twice', { version: 1, entries: [ok.entries[0], { ...ok.entries[0], backup: 'C2' }] }],
    ['a wrong version', { ...ok, version: 2 }],
    ['a severity of its own', { version: 1, entries: [{ ...ok.entries[0], severity: 'fatal' }] }],
  ])('refuses %s', (_, input) => {
    expect(MarksRecordSchema.safeParse(input).success).toBe(false);
  });
});
