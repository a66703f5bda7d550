/**
 * Marks: a finding shown at its cell (a fill by severity and a note), and the record that lets
 * マーク解除 put every marked cell back as it was — after a save, a close and a colleague reopening
 * the workbook. Pure: the Excel host decides how a mark is drawn and where the record is stored.
 *
 * How the prior formatting is remembered (see src/hosts/excel/marks.ts for the why): when a cell
 * is marked, the host copies its formats to a backup slot on the hidden data sheet in the same
 * write, and stores this record (JSON, validated as untrusted input by marks-schema.ts) naming the marked cell,
 * its backup slot and whether saiken added the cell's comment. Clearing copies the formats back
 * and then puts back the number formats the cells hold now, so a later 再計算 is never undone.
 */
import type { Mark } from './changes';
import type { MarkEntry, MarksRecord } from './marks-schema';

export type { MarkEntry, MarksRecord };
import { areaA1, parseA1, parseArea, colLetter, type Area } from './workbook';

export type Severity = Mark['severity'];

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Fills by severity: Excel's own light red, light yellow and light blue. */
export const MARK_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/** First line of every comment saiken writes: how a colleague (and マーク解除) tells it is ours. */
export const MARK_NOTE_PREFIX = '［saiken］';

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;
/** Excel's limit on the text of a comment or note. */
const NOTE_LIMIT = 32_767;

interface FindingLike {
  sheet: string;
  cell: string;
  severity: Severity;
  message: string;
}

/**
 * One mark per finding cell: the worst severity wins and the note joins the findings' Japanese
 * messages (each once, in report order). `exclude` leaves out sheets nobody looks at (the hidden
 * data sheet, whose findings the pane lists instead).
 */
export function marksFromFindings(findings: readonly FindingLike[], exclude: (sheet: string) => boolean = () => false): Mark[] {
  const byCell = new Map<string, { mark: Mark; messages: string[] }>();
  for (const f of findings) {
    if (exclude(f.sheet) || !isCell(f.cell)) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    const seen = byCell.get(key);
    if (!seen) {
      byCell.set(key, { mark: { sheet: f.sheet, cell: f.cell, severity: f.severity, note: '' }, messages: [f.message] });
      continue;
    }
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[seen.mark.severity]) seen.mark.severity = f.severity;
    if (!seen.messages.includes(f.message)) seen.messages.push(f.message);
  }
  return [...byCell.values()].map(({ mark, messages }) => ({ ...mark, note: messages.join('\n') }));
}

/** The text of the comment (or note) saiken adds to a marked cell. */
export function markNoteText(mark: Mark): string {
  const text = `${MARK_NOTE_PREFIX}\n${mark.note}`;
  return text.length <= NOTE_LIMIT ? text : `${text.slice(0, NOTE_LIMIT - 1)}…`;
}

export function isSaikenNote(content: string | null | undefined): boolean {
  return typeof content === 'string' && content.startsWith(MARK_NOTE_PREFIX);
}

export function isCell(ref: string): boolean {
  const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(ref);
  if (!m) return false;
  const { r, c } = parseA1(ref);
  return r < MAX_ROW && c < MAX_COL;
}

export function isArea(ref: string): boolean {
  const [from, to, more] = ref.split(':');
  return more === undefined && isCell(from) && (to === undefined || isCell(to));
}

/** First column of the backup slots on the data sheet: A holds the JSON, B stays empty. */
export const BACKUP_FIRST_COLUMN = 2;
export const BACKUP_FIRST_ROW = 1;

export const EMPTY_MARKS: MarksRecord = { version: 1, entries: [] };

export interface NewMark {
  mark: Mark;
  entry: MarkEntry;
  /** The cells marked (the merged area, or the cell). */
  source: Area;
  /** Where its prior formats are copied, on the data sheet. */
  slot: Area;
}

export interface MarksPlan {
  /** Recorded marks no finding needs any more: put back as they were. */
  restore: MarkEntry[];
  /** Recorded marks still needed: same backup, the severity and note brought up to date. */
  keep: { entry: MarkEntry; mark: Mark }[];
  /** Cells marked for the first time. */
  add: NewMark[];
  /** The record to store afterwards. */
  record: MarksRecord;
}

/**
 * Reconciles what is recorded with the marks wanted now. A cell marked before keeps its original
 * backup (its formats before the first mark), so marking twice never records a mark as "prior".
 * New backup slots are stacked from C1 down, each as tall and wide as the area it copies (a
 * merged area is copied whole), in rows no kept slot uses.
 */
export function planMarks(
  previous: readonly MarkEntry[],
  marks: readonly Mark[],
  areaOf: (sheet: string, cell: string) => Area | undefined,
  annotationFor: (mark: Mark, previous: MarkEntry | undefined) => MarkEntry['annotation'],
): MarksPlan {
  // Two findings inside one merged area are one mark on its top-left cell.
  const wanted = new Map<string, { mark: Mark; merged: Area | undefined }>();
  for (const m of marks) {
    const merged = areaOf(m.sheet, m.cell);
    const { r, c } = parseA1(m.cell);
    const cell = merged ? `${colLetter(merged.left)}${merged.top + 1}` : `${colLetter(c)}${r + 1}`;
    const key = `${m.sheet}\u0000${cell}`;
    const seen = wanted.get(key);
    if (!seen) wanted.set(key, { mark: { ...m, cell }, merged });
    else {
      if (SEVERITY_RANK[m.severity] < SEVERITY_RANK[seen.mark.severity]) seen.mark.severity = m.severity;
      const notes = seen.mark.note.split('\n');
      for (const line of m.note.split('\n')) if (line && !notes.includes(line)) notes.push(line);
      seen.mark.note = notes.filter((x) => x).join('\n');
    }
  }

  const restore: MarkEntry[] = [];
  const keep: MarksPlan['keep'] = [];
  for (const e of previous) {
    const key = `${e.sheet}\u0000${e.cell}`;
    const w = wanted.get(key);
    const sameArea = w && (w.merged ? areaA1(w.merged) : undefined) === e.area;
    if (w && sameArea) {
      keep.push({ entry: { ...e, severity: w.mark.severity, annotation: annotationFor(w.mark, e) }, mark: w.mark });
      wanted.delete(key);
    } else restore.push(e);
  }

  const taken = keep.map(({ entry }) => {
    const a = entryArea(entry);
    const top = parseA1(entry.backup).r;
    return { top, bottom: top + a.bottom - a.top };
  });
  const freeRow = (h: number): number => {
    let row = BACKUP_FIRST_ROW - 1;
    for (;;) {
      const clash = taken.find((t) => row <= t.bottom && t.top <= row + h - 1);
      if (!clash) return row;
      row = clash.bottom + 1;
    }
  };
  const add: NewMark[] = [];
  for (const { mark, merged } of wanted.values()) {
    const { r, c } = parseA1(mark.cell);
    const source = merged ?? { top: r, left: c, bottom: r, right: c };
    const h = source.bottom - source.top + 1;
    const w = source.right - source.left + 1;
    const row = freeRow(h);
    taken.push({ top: row, bottom: row + h - 1 });
    const slot = { top: row, left: BACKUP_FIRST_COLUMN, bottom: row + h - 1, right: BACKUP_FIRST_COLUMN + w - 1 };
    const entry: MarkEntry = {
      sheet: mark.sheet,
      cell: mark.cell,
      ...(merged ? { area: areaA1(merged) } : {}),
      severity: mark.severity,
      backup: `${colLetter(slot.left)}${slot.top + 1}`,
      annotation: annotationFor(mark, undefined),
    };
    add.push({ mark, entry, source, slot });
  }
  return { restore, keep, add, record: { version: 1, entries: [...keep.map((k) => k.entry), ...add.map((a) => a.entry)] } };
}

/** Where a recorded mark's prior formats are, on the data sheet. */
export function entrySlot(e: MarkEntry): Area {
  const a = entryArea(e);
  const { r, c } = parseA1(e.backup);
  return { top: r, left: c, bottom: r + a.bottom - a.top, right: c + a.right - a.left };
}

/** The cells a recorded mark covers. */
export function entryArea(e: MarkEntry): Area {
  return parseArea(e.area ?? e.cell);
}
