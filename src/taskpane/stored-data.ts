/**
 * Writing what the workbook stores (settings, catalog overrides, column corrections) from the
 * pane. One part changes; every other part of the stored document (marks, the others' parts) is
 * carried over as read, so a settings change never costs the record of the marks.
 */
import { emptyChangeSet, type ChangeSet } from '../core/changes';
import { DATA_SHEET, documentCells, storedDocument, storedRowCount } from '../core/workbook-data';
import type { Workbook } from '../core/workbook';

/** The stored document cannot be read, so nothing is written over it. */
export class StoredDataDamaged extends Error {
  constructor() {
    super(`stored data on ${DATA_SHEET} is damaged`);
    this.name = 'StoredDataDamaged';
  }
}

export interface StoredParts {
  /** The parts as read; empty when nothing was stored or the document was damaged. */
  parts: Record<string, unknown>;
  /** The stored document could not be read at all: saving refuses to replace it. */
  damaged: boolean;
}

export function storedParts(wb: Workbook): StoredParts {
  const doc = storedDocument(wb);
  if (doc === 'invalid') return { parts: {}, damaged: true };
  return { parts: doc ? { ...doc.parts } : {}, damaged: false };
}

/**
 * The ChangeSet that stores `parts` (with `part` replaced by `value`, or removed when `value` is
 * undefined) on the hidden data sheet: column A from A1, stale chunks of a longer old document
 * blanked.
 */
export function storePart(wb: Workbook, part: string, value: unknown): ChangeSet {
  const { parts, damaged } = storedParts(wb);
  // Overwriting an unreadable document would lose whatever it still holds (the marks' record).
  if (damaged) throw new StoredDataDamaged();
  if (value === undefined) delete parts[part];
  else parts[part] = value;
  const cells = documentCells(parts);
  const changes = emptyChangeSet();
  if (!wb.sheets.some((s) => s.name === DATA_SHEET)) {
    changes.sheets.push({ name: DATA_SHEET, mode: 'create', state: 'veryHidden' });
  }
  cells.forEach((text, i) => changes.cells.push({ sheet: DATA_SHEET, cell: `A${i + 1}`, value: text }));
  for (let r = cells.length + 1; r <= storedRowCount(wb); r++) changes.cells.push({ sheet: DATA_SHEET, cell: `A${r}`, value: '' });
  return changes;
}
