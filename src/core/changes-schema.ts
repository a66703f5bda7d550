/**
 * The ChangeSet's schema (see changes.ts), from which its types are inferred. Loaded only by what
 * validates a ChangeSet (tests, the documentation of the contract): the engine and the hosts use
 * the types alone.
 */
import { z } from 'zod';
import { isCell } from './marks';
import { MAX_ROW_BREAKS } from './changes';

const Scalar = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export type Scalar = z.infer<typeof Scalar>;

/**
 * One cell. Either a formula (with the value it computes now, so that readers which do not
 * recalculate still show a figure) or a value. Strings are always written as text, never parsed
 * as formulas: "=1+1" from a catalog name stays text.
 */
export const CellWriteSchema = z.object({
  sheet: z.string(),
  /** Within Excel's grid, A1:XFD1048576. */
  cell: z.string().refine(isCell, 'a cell outside A1:XFD1048576'),
  /** Without the leading "=": Excel holds at most 8,192 characters of formula, "=" included. */
  formula: z.string().max(8_191).optional(),
  /** The formula's current result ("" for a blank result), or the value to write. */
  value: Scalar.optional(),
  /**
   * The formula is an array formula of this one cell (元に戻す giving one back, `{=…}` in the log):
   * the file host writes `<f t="array" ref="…">`; the Excel host writes it through Range.formulas,
   * which in dynamic-array Excel (every Excel the add-in runs in) evaluates it as an array formula.
   */
  array: z.literal(true).optional(),
  numberFormat: z.string().optional(),
  /** Text styling for generated sheets. */
  bold: z.boolean().optional(),
  /** Horizontal alignment (generated sheets: headers over figures align with them). */
  align: z.enum(['left', 'center', 'right']).optional(),
  /** Wrap long text within the column instead of clipping it. */
  wrap: z.boolean().optional(),
});
export type CellWrite = z.infer<typeof CellWriteSchema>;

/**
 * Page setup of a generated sheet, as both hosts can write it: the print area and the rows
 * repeated at the top of every page (A1 rows "1:2"), manual page breaks (1-based rows that begin
 * a new page), orientation, and fitting to the page width only (never the whole sheet onto one
 * page). Paper is A4.
 */
export const PrintSetupSchema = z.object({
  area: z.string().regex(/^[A-Z]{1,3}[1-9]\d*:[A-Z]{1,3}[1-9]\d*$/).optional(),
  titleRows: z.string().regex(/^[1-9]\d*:[1-9]\d*$/).optional(),
  rowBreaks: z.array(z.number().int().min(2)).max(MAX_ROW_BREAKS).optional(),
  orientation: z.enum(['portrait', 'landscape']).optional(),
  fitToWidth: z.boolean().optional(),
});
export type PrintSetup = z.infer<typeof PrintSetupSchema>;

/** A sheet to create (when missing) or to replace (a generated sheet made again). */
export const SheetWriteSchema = z.object({
  name: z.string().min(1).max(31),
  mode: z.enum(['create', 'replace']),
  state: z.enum(['visible', 'hidden', 'veryHidden']).default('visible'),
  /** Column widths in characters, from column A. */
  columnWidths: z.array(z.number()).optional(),
  /**
   * Marks the sheet as made by saiken: a hidden workbook-level defined name
   * `_saiken_gen_<kind>` = "<sheet name>|<fingerprint>", which both hosts read back to find the
   * sheet again and to tell whether someone edited it since (the fingerprint of its cells, and of
   * their shape after a "/": see summary/index.ts).
   */
  generated: z.object({ kind: z.string().regex(/^[a-z]+$/), fingerprint: z.string() }).optional(),
  /** How the sheet prints; see PrintSetupSchema. */
  print: PrintSetupSchema.optional(),
  /**
   * Rows whose wrapped text takes more than one line: [1-based row, lines]. Each host makes such a
   * row as tall as that many standard rows of its workbook (a line's height is the Normal font's:
   * 15 pt in Calibri 11, 18.75 pt in 游ゴシック 11).
   */
  rowLines: z.array(z.tuple([z.number().int().min(1), z.number().int().min(2).max(27)])).optional(),
  /** 'last': the sheet is moved behind every other sheet (the change log). */
  position: z.enum(['last']).optional(),
});
export type SheetWrite = z.infer<typeof SheetWriteSchema>;

/** A native chart (issue 5): series by columns, Japanese titles. */
export const ChartSpecSchema = z.object({
  sheet: z.string(),
  type: z.enum(['columnClustered', 'line', 'barClustered']),
  title: z.string(),
  /** Where it sits: top-left cell and size in cells. */
  anchor: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  categories: z.string(),
  /** `color`: the series' place in the palette (a class's target line in its results' colour); `dashed`: drawn dashed (targets). */
  series: z.array(z.object({ name: z.string(), values: z.string(), color: z.number().int().min(0).optional(), dashed: z.boolean().optional() })),
  xTitle: z.string().optional(),
  yTitle: z.string().optional(),
});
export type ChartSpec = z.infer<typeof ChartSpecSchema>;

/** A visible mark on a finding's cell (issue 6), and its removal. */
export const MarkSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  note: z.string(),
});
export type Mark = z.infer<typeof MarkSchema>;

/** A replaced value, kept so that nothing is lost. */
export const LogEntrySchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  before: Scalar,
  formula: z.string(),
  /** What `before` was: text starting with "=" is not a formula, an error is not text. */
  kind: z.enum(['formula', 'text', 'number', 'boolean', 'error', 'empty']).optional(),
  /**
   * The cell showed another figure than the one written: a mistake mended. Without it, the figure it showed is made live
   * (or an empty cell filled).
   */
  mended: z.literal(true).optional(),
  /**
   * The row's labels as they stood (each label cell's address and text, a line each: "B8=市税\nC8=現年度分"):
   * 元に戻す gives a cell back only to the row it was taken from, not to another that a sort has moved there.
   */
  key: z.string().optional(),
});
export type LogEntry = z.infer<typeof LogEntrySchema>;

/**
 * An Excel table (ListObject) over a range whose first row holds the column names as written,
 * with filters: 取りまとめ's 明細, ready for a pivot table.
 */
export const TableSpecSchema = z.object({
  sheet: z.string(),
  /** Letters, digits and _ only, not a cell address: Excel's rule for a table name. */
  name: z.string().regex(/^[\p{L}_][\p{L}\p{N}_]*$/u),
  range: z.string().regex(/^[A-Z]{1,3}[1-9]\d*:[A-Z]{1,3}[1-9]\d*$/),
  columns: z.array(z.string().min(1)).min(1),
});
export type TableSpec = z.infer<typeof TableSpecSchema>;

/**
 * A data validation rule saiken installs on a recognized table's column (product.md §4; built by
 * src/core/dv/rules.ts). Hosts add it beside the user's own rules, never over one.
 */
export const ValidationWriteSchema = z.object({
  sheet: z.string(),
  /** 0-based cells covered. */
  area: z.object({ top: z.number().int().min(0), left: z.number().int().min(0), bottom: z.number().int().min(0), right: z.number().int().min(0) }),
  kind: z.enum(['rate', 'rateScaled', 'amount', 'classification', 'division']),
  type: z.enum(['list', 'decimal', 'whole']),
  min: z.number().nullable(),
  max: z.number().nullable(),
  items: z.array(z.string()).nullable(),
  promptTitle: z.string(),
  prompt: z.string(),
  errorTitle: z.string(),
  error: z.string(),
});
export type ValidationWrite = z.infer<typeof ValidationWriteSchema>;

export const ChangeSetSchema = z.object({
  sheets: z.array(SheetWriteSchema),
  cells: z.array(CellWriteSchema),
  charts: z.array(ChartSpecSchema),
  marks: z.array(MarkSchema),
  clearMarks: z.boolean(),
  /** Values replaced by formulas: reported as `changes` and written to the change-log sheet. */
  log: z.array(LogEntrySchema),
  /** Excel tables to add (optional: most commands make none). */
  tables: z.array(TableSpecSchema).optional(),
  /** Data validation to install (検証 with the setting on); optional: other commands make none. */
  validations: z.array(ValidationWriteSchema).optional(),
});
export type ChangeSet = z.infer<typeof ChangeSetSchema>;

