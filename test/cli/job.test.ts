/**
 * Anything thrown while reading or running one workbook becomes that file's message.
 */
import { join } from 'node:path';

jest.mock('../../src/hosts/file/read', () => {
  const actual = jest.requireActual('../../src/hosts/file/read');
  const fail = jest.fn(async () => Promise.reject(new RangeError('Invalid time value')));
  // inspect opens the workbook sheet by sheet; the other commands read it whole.
  return { ...actual, readWorkbook: fail, openWorkbook: fail };
});

import { runJob } from '../../src/cli/job';

const tsuyama = join(__dirname, '../../samples/tsuyama-plan2.xlsx');

describe('runJob', () => {
  it('turns an unexpected error into a message naming the file (exit 2)', async () => {
    expect(await runJob({ command: 'inspect', file: tsuyama, language: 'ja' })).toEqual({
      out: [],
      err: [`${tsuyama}: このブックの処理中に予期しないエラーが起きました（Invalid time value）。`],
      code: 2,
    });
    expect((await runJob({ command: 'inspect', file: tsuyama, language: 'en' })).err).toEqual([`${tsuyama}: an unexpected error while processing this workbook (Invalid time value).`]);
    expect((await runJob({ command: 'recalc', file: tsuyama, output: join(__dirname, 'never-written.xlsx'), language: 'en' })).err).toEqual([
      `${tsuyama}: an unexpected error while processing this workbook (Invalid time value).`,
    ]);
  });
});
