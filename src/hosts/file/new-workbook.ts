/**
 * A ChangeSet written as a new workbook (取りまとめ's four sheets): the writer applied to an empty
 * package. The writer edits sheets by position, so a 明細 of hundreds of thousands of cells is
 * written in linear time.
 */
import type { ChangeSet } from '../../core/changes';
import { blankWorkbook } from './blank';
import { writeWorkbook } from './write';
import type { ZipCodec } from './zip/codec';

export function newWorkbook(changes: ChangeSet, codec?: ZipCodec): Uint8Array {
  return writeWorkbook(blankWorkbook(), changes, { sheets: [] }, 'book.xlsx', codec ? { codec } : {}).data;
}
