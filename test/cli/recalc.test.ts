import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './helpers';
import { ReportSchema } from '../../src/core/report-schema';
import { readWorkbook } from '../../src/hosts/file/read';

const root = join(__dirname, '../..');

describe('saiken recalc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-recalc-'));
  const input = join(dir, 'plan.xlsx');
  copyFileSync(join(root, 'samples/tsuyama-plan2.xlsx'), input);

  it('writes the output and reports the replaced values', async () => {
    const output = join(dir, 'out.xlsx');
    const { code, out } = await cli(['recalc', input, '-o', output, '--json']);
    expect(code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(out));
    expect(report.changes.find((c) => c.sheet === '2-2' && c.cell === 'G6')).toEqual({ sheet: '2-2', cell: 'G6', before: '△ 628', formula: '=IF(OR(E6="",C6=""),"",E6-C6)', kind: 'text' });
    const wb = await readWorkbook(readFileSync(output));
    expect(wb.sheets.map((s) => s.name)).toEqual(['2-1', '2-2', '3-1', '3-2', 'saiken変更履歴']);
    // Again on its own output: nothing to change.
    const again = await cli(['recalc', output, '-o', join(dir, 'again.xlsx'), '--json']);
    expect(JSON.parse(again.out).changes).toEqual([]);
  });

  it('refuses to overwrite the input unless --in-place is given', async () => {
    const before = readFileSync(input);
    const refused = await cli(['recalc', input, '-o', input]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--in-place');
    expect(readFileSync(input).equals(before)).toBe(true);
    const ok = await cli(['recalc', input, '-o', input, '--in-place']);
    expect(ok.code).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(false);
  });

  it('leaves no partial output file when the input cannot be read', async () => {
    const output = join(dir, 'never.xlsx');
    const { code } = await cli(['recalc', join(root, 'package.json'), '-o', output]);
    expect(code).toBe(2);
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
