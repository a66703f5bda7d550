/**
 * Every finding on the seed tables, listed exactly: the seeds' real quirks come out as what they
 * are, and nothing correct is reported as an error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../../src/hosts/file/read';
import { inspect } from '../../../src/core/engine';

async function findings(file: string) {
  const wb = await readWorkbook(readFileSync(join(__dirname, '../../../samples', file)), file);
  return inspect(wb, file).issues.map((i) => `${i.sheet}!${i.cell} ${i.code} ${i.severity}`);
}

const list = (sheet: string, code: string, severity: string, cells: string) => cells.split(' ').map((c) => `${sheet}!${c} ${code} ${severity}`);

describe('findings on the seed tables', () => {
  it('Tsuyama: 平成28年/2017年, deltas against blank targets, and large changes; no errors', async () => {
    const got = await findings('tsuyama-plan2.xlsx');
    const expected = [
      ...list('2-1', 'delta-blank-operand', 'warning', 'G8 G9 G18 G29 G30 G40 H5 H8 H9 H12 H14 H18 H29 H30 H40 I5 I8 I9 I11 I12 I14 I18 I29 I30 I36 I40 I42'),
      ...list('2-1', 'era-year-mismatch', 'warning', 'C4'),
      // 子ども保育課 (2-1) and こども保育課 (2-2, 3-1, 3-2): one department spelled two ways.
      ...list('2-1', 'department-variant', 'warning', 'B24'),
      ...list('2-1', 'large-change', 'info', 'E6 E11 E14 E27 E28 E31 E39 E42'),
      ...list('2-2', 'delta-blank-operand', 'warning', 'G9 G10 G19 G31 H9 H10 H19 H30 H31 I9 I10 I19 I30 I31'),
      ...list('2-2', 'era-year-mismatch', 'warning', 'C4'),
      ...list('2-2', 'large-change', 'info', 'E7 E11 E14 E35'),
      ...list('3-1', 'large-change', 'info', 'F12 E13 F18 D31 E31 E32 F32 G34'),
    ];
    expect(got.sort()).toEqual(expected.sort());
  });

  it('Hatsukaichi: the local class readings are noted as variants, never as conflicts', async () => {
    const got = await findings('hatsukaichi-plan3.xlsx');
    // B23 行旅死亡人葬祭費 under 強制, B48 市営住宅使用料 and B50 市営住宅駐車場使用料 under 非強制,
    // B63 留守家庭児童会負担金 under 私債権.
    expect(got).toEqual(list('7 収納率', 'classification-variant', 'info', 'B23 B48 B50 B63'));
  });

  it('the ledger sample is consistent: no finding at all', async () => {
    expect(await findings('ledger-sample.xlsx')).toEqual([]);
  });
});
