/**
 * A validated table kept only to be reported (inspect over a big workbook): its rows' figures
 * packed in typed arrays, a few bytes a figure instead of an object's property and a boxed number,
 * and the records only validation reads (texts, decimals, formulas, notes, dashes) let go.
 * A table of a million figures is held in some 10 MB instead of 80.
 *
 * `figure(r, k)` gives row r's value in its k-th value column as recognition read it, for the
 * report's rows and observations, written from here without remaking the rows, and for the summary
 * (a PackedTable is a SummaryTable); `labels` are the rows without their figures, for the report
 * and for what needs only the labels (department spellings across the workbook).
 */
import type { PlanRow, PlanTable } from './recognize/model';
import { figureLetters } from './recognize/observations';

/** A row's state for a letter: 0 (the typed array's zero) where it has no value. */
const NULL = 1;
const NUMBER = 2;

const NO_TEXTS: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_DECIMALS: Record<string, number | null> = Object.freeze({}) as Record<string, number | null>;
const NO_DASHES: string[] = Object.freeze([]) as unknown as string[];

export class PackedTable {
  /** The table, its rows as `labels`. */
  readonly table: PlanTable;
  /** Each row with its labels (department, debt, division, classification, total) and no figures. */
  readonly labels: PlanRow[];
  /** The column letters a row's `values` may hold, in the order recognition writes them. */
  readonly letters: string[];
  /** Row r, letter k: state at [r·n + k] (absent, null, a number), the number at the same index. */
  private readonly states: Uint8Array;
  private readonly numbers: Float64Array;
  /** Rows whose values do not follow `letters` (none that recognition makes), kept as they were. */
  readonly kept = new Map<number, Record<string, number | null>>();

  constructor(t: PlanTable) {
    const letters = figureLetters(t);
    const n = letters.length;
    // Two figure columns of one letter (none that recognition makes) would share a slot: every row kept as it is.
    const packable = new Set(letters).size === n;
    this.letters = letters;
    this.states = new Uint8Array(t.rows.length * n);
    this.numbers = new Float64Array(t.rows.length * n);
    this.labels = t.rows.map((row, r) => {
      if (!packable || !this.pack(row.values, r * n)) this.kept.set(r, row.values);
      return { row: row.row, department: row.department, debt: row.debt, division: row.division, classification: row.classification, total: row.total, part: row.part, values: {}, texts: NO_TEXTS, decimals: NO_DECIMALS, notes: NO_TEXTS, dashes: NO_DASHES, formulas: NO_TEXTS };
    });
    this.table = { ...t, rows: this.labels };
  }

  /** Packs one row's values at `at`; false when its keys are not letters in order. */
  private pack(values: Record<string, number | null>, at: number): boolean {
    let k = 0;
    // for…in: the record's own keys in the same order as Object.keys, without a new array a row.
    for (const key in values) {
      while (k < this.letters.length && this.letters[k] !== key) k++;
      if (k === this.letters.length) return false;
      const v = values[key];
      if (typeof v === 'number') {
        this.states[at + k] = NUMBER;
        this.numbers[at + k] = v;
      } else if (v === null) this.states[at + k] = NULL;
      else return false;
      k++;
    }
    return true;
  }

  /** Row r's figure in its k-th value column (of `letters`): a number, null, or undefined where the row has none. */
  figure(r: number, k: number): number | null | undefined {
    const at = r * this.letters.length + k;
    const state = this.states[at];
    if (state === NUMBER) return this.numbers[at];
    if (state === NULL) return null;
    return this.kept.size ? this.kept.get(r)?.[this.letters[k]] : undefined;
  }
}
