/**
 * Cells named in a message (a finding's, the CLI's, the pane's notices): a module of its own, for the pane's initial bundle
 * as for the engine.
 */

/** Cells named in a message: the first `max`, the rest told by `more` (given how many: ほか3セル by default). */
export const cellList = (cells: string[], { max = 6, sep = '、', more = (n: number) => ` ほか${n}セル` }: { max?: number; sep?: string; more?: (n: number) => string } = {}) =>
  cells.slice(0, max).join(sep) + (cells.length > max ? more(cells.length - max) : '');
/** The same in English messages: `a, b and more`. */
export const cellListEn = (cells: string[], max = 6) => cellList(cells, { max, sep: ', ', more: () => ' and more' });
