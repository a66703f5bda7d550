/**
 * 取りまとめ (issue 16): consolidating the departments' workbooks, on observations only.
 */
export * from './model';
export { consolidate, toCityUnit } from './consolidate';
export { fileResultOf, unreadableFile } from './collect';
export { departmentKey, debtKey } from './names';
export { toJson } from './json';
export { ConsolidationSchema, consolidationJsonSchema, type ConsolidationJson } from './schema';
export { readSubmissions, resultOfWorkbook, type Submission } from './submissions';
export { consolidationChanges } from './workbook';
