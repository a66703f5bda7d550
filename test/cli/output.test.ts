/**
 * Every command that writes a workbook (recalc, summary, run, undo, consolidate) refuses the same
 * outputs with the same message, before any work and with nothing written: an input, a read-only
 * file, a folder, a missing folder, a name Excel would not open as a workbook. consolidate also
 * never writes into a folder of submissions, and a submission it could not read shows in its exit
 * status. Files of a batch are named so that two of one name can be told apart.
 */
import { chmodSync, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportSchema } from '../../src/core/report-schema';
import { readWorkbook } from '../../src/hosts/file/read';
import { buildCorpus, writeCorpus } from '../fixtures/consolidate/build';
import { cli } from './helpers';

const sample = (f: string) => join(__dirname, '../../samples', f);

let dir: string;
let round: string;
let plan: string;
let recalced: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'saiken-output-'));
  round = join(dir, 'round');
  writeCorpus(round, (await buildCorpus()).filter((s) => /^(08|09)_/.test(s.name)));
  plan = join(dir, 'plan.xlsx');
  copyFileSync(sample('tsuyama-plan2.xlsx'), plan);
  recalced = join(dir, 'recalced.xlsx');
  expect((await cli(['recalc', plan, '-o', recalced])).code).toBe(0);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each writing command over its own valid input, writing to `out`. */
const COMMANDS: [string, (out: string) => string[]][] = [
  ['recalc', (out) => ['recalc', plan, '-o', out]],
  ['summary', (out) => ['summary', plan, '-o', out]],
  ['run', (out) => ['run', plan, '-o', out]],
  ['undo', (out) => ['undo', recalced, '-o', out]],
  ['consolidate', (out) => ['consolidate', round, '-o', out]],
];

/** Nothing but what was there: no output, no temporary file left beside it. */
function filesIn(folder: string): string[] {
  return readdirSync(folder).sort();
}

describe.each(COMMANDS)('%s -o', (command, args) => {
  it('refuses a read-only output file, leaving it as it was', async () => {
    const target = join(dir, `ro-${command}.xlsx`);
    writeFileSync(target, 'keep me');
    chmodSync(target, 0o444);
    const before = filesIn(dir);
    const { code, err } = await cli(args(target));
    expect(code).toBe(2);
    expect(err).toBe(`${target}: 出力先のファイルは読み取り専用です。上書きしません。別の出力先を指定するか、読み取り専用を解除してください。`);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(filesIn(dir)).toEqual(before);
  });

  it('replacing an existing output keeps its permissions: a private file stays private', async () => {
    const target = join(dir, `private-${command}.xlsx`);
    writeFileSync(target, 'old');
    chmodSync(target, 0o600);
    const { code } = await cli(args(target));
    expect(code).not.toBe(2);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('names a missing output folder, not a temporary file', async () => {
    const target = join(dir, 'no-such-folder', 'out.xlsx');
    const { code, err } = await cli(args(target));
    expect(code).toBe(2);
    expect(err).toBe(`${target}: 出力先のフォルダーがありません。`);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });

  it('refuses a folder as the output', async () => {
    const target = join(dir, `folder-${command}.xlsx`);
    mkdirSync(target, { recursive: true });
    const { code, err } = await cli(args(target));
    expect(code).toBe(2);
    expect(err).toBe(`${target}: 出力先がフォルダーです。出力するファイルの名前を指定してください。`);
    expect(readdirSync(target)).toEqual([]);
  });

  it.each(['out.xls', 'out.csv', 'out'])('refuses the name %s (an Excel workbook is written)', async (name) => {
    const target = join(dir, `${command}-${name}`);
    const before = filesIn(dir);
    const { code, err } = await cli(args(target));
    expect(code).toBe(2);
    expect(err).toContain(`${target}: 出力先の拡張子は .xlsx`);
    expect(err).toContain('Excel で開けません');
    expect(existsSync(target)).toBe(false);
    expect(filesIn(dir)).toEqual(before);
  });
});

describe('the extension a command may write', () => {
  it('consolidate writes a new .xlsx package: .xlsm is refused', async () => {
    const target = join(dir, 'c.xlsm');
    const { code, err } = await cli(['consolidate', round, '-o', target]);
    expect([code, err]).toEqual([2, `${target}: 出力先の拡張子は .xlsx にしてください（書き出すのは Excel ブックです。.xls・.csv や拡張子のない名前では Excel で開けません）。`]);
    expect(existsSync(target)).toBe(false);
  });

  it('recalc takes any workbook extension (any case) and writes it', async () => {
    const target = join(dir, 'upper.XLSX');
    expect((await cli(['recalc', plan, '-o', target])).code).toBe(0);
    expect((await readWorkbook(new Uint8Array(readFileSync(target)), 'upper.XLSX')).sheets.length).toBeGreaterThan(0);
  });
});

describe('consolidate -o among its own inputs', () => {
  it('refuses a submission named as the output, before reading any; it stays as it was', async () => {
    const own = join(round, '08_生活福祉課.xlsx');
    const before = readFileSync(own);
    const { code, out, err } = await cli(['consolidate', own, join(round, '09_人権啓発課.xlsx'), '-o', own]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`${own}: 出力先が読み込むブックの一つです。上書きするとその内容が失われ、集計からも漏れるため、書き込みません。別の出力先を指定してください。`);
    expect(readFileSync(own).equals(before)).toBe(true);
  });

  it('refuses a submission of a folder given, and one of --previous', async () => {
    const own = join(round, '09_人権啓発課.xlsx');
    const before = readFileSync(own);
    expect((await cli(['consolidate', round, '-o', own])).code).toBe(2);
    expect((await cli(['consolidate', join(round, '08_生活福祉課.xlsx'), '--previous', own, '-o', own])).code).toBe(2);
    expect(readFileSync(own).equals(before)).toBe(true);
  });

  it('knows a submission by another name for the same file (a link), as recalc knows its input', async () => {
    const own = join(round, '08_生活福祉課.xlsx');
    const alias = join(dir, 'alias.xlsx');
    linkSync(own, alias);
    const before = readFileSync(own);
    const consolidated = await cli(['consolidate', own, '-o', alias]);
    expect([consolidated.code, consolidated.err]).toEqual([2, `${alias}: 出力先が読み込むブックの一つです。上書きするとその内容が失われ、集計からも漏れるため、書き込みません。別の出力先を指定してください。`]);
    const planAlias = join(dir, 'plan-alias.xlsx');
    linkSync(plan, planAlias);
    const recalculated = await cli(['recalc', plan, '-o', planAlias]);
    expect([recalculated.code, recalculated.err]).toEqual([2, `${planAlias}: 入力ファイルは上書きしません。別の出力先を -o で指定するか、--in-place を付けてください。`]);
    expect(readFileSync(own).equals(before)).toBe(true);
    expect(readFileSync(plan).equals(readFileSync(sample('tsuyama-plan2.xlsx')))).toBe(true);
  });

  it('refuses a new output inside a folder given: the next round would read it as a submission', async () => {
    const target = join(round, '取りまとめ.xlsx');
    const { code, err } = await cli(['consolidate', round, '-o', target]);
    expect(code).toBe(2);
    expect(err).toBe(`${target}: 出力先が読み込むフォルダー ${round} の中にあります。次に実行したとき提出ファイルとして読み込まれてしまうため、フォルダーの外を指定してください。`);
    expect(existsSync(target)).toBe(false);
  });

  it('takes an output beside the folder, and the same again (the previous output replaced)', async () => {
    const target = join(dir, '取りまとめ.xlsx');
    expect((await cli(['consolidate', round, '-o', target])).code).toBe(0);
    expect((await cli(['consolidate', round, '-o', target])).code).toBe(0);
    const wb = await readWorkbook(new Uint8Array(readFileSync(target)), '取りまとめ.xlsx');
    expect(wb.sheets.map((s) => s.name)).toContain('提出状況');
  });
});

describe('consolidate with a submission that cannot be read', () => {
  it('exits 2 as a batch does, still writing the others with the file listed as 読込不可', async () => {
    const folder = join(dir, 'with-broken');
    mkdirSync(folder);
    copyFileSync(join(round, '08_生活福祉課.xlsx'), join(folder, '08_生活福祉課.xlsx'));
    const whole = readFileSync(join(round, '09_人権啓発課.xlsx'));
    writeFileSync(join(folder, '09_人権啓発課.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
    const target = join(dir, 'with-broken.xlsx');
    const { code, out } = await cli(['consolidate', folder, '-o', target]);
    expect(code).toBe(2);
    expect(out).toMatch(/^読込不可\t09_人権啓発課\.xlsx/m);
    expect(out).toContain(`${target} に取りまとめました`);
    expect(existsSync(target)).toBe(true);
  });

  it('exits 0 when every submission was read and none has an error', async () => {
    expect((await cli(['consolidate', join(round, '08_生活福祉課.xlsx'), '-o', join(dir, 'one.xlsx')])).code).toBe(0);
  });
});

describe('a batch names each file by its path within the folder given', () => {
  it('tells two 計画.xlsx of two departments apart, in the report and in the error', async () => {
    const folder = join(dir, 'p2');
    for (const dept of ['税務課', '保険年金課']) {
      mkdirSync(join(folder, dept), { recursive: true });
      copyFileSync(sample('tsuyama-plan2.xlsx'), join(folder, dept, '計画.xlsx'));
      writeFileSync(join(folder, dept, '壊.xlsx'), 'PK\u0003\u0004 not a whole zip');
    }
    const { code, out, err } = await cli(['inspect', folder, '--json']);
    expect(code).toBe(2);
    expect(out.split('\n').map((l) => ReportSchema.parse(JSON.parse(l)).file)).toEqual([join('保険年金課', '計画.xlsx'), join('税務課', '計画.xlsx')]);
    const names = err.split('\n').map((l) => l.split(': ')[0]);
    expect(names).toEqual([join('保険年金課', '壊.xlsx'), join('税務課', '壊.xlsx')]);
  });

  it('names files of one name given from two places by their paths as given', async () => {
    const a = join(dir, 'a', '計画.xlsx');
    const b = join(dir, 'b', '計画.xlsx');
    for (const f of [a, b]) {
      mkdirSync(join(f, '..'), { recursive: true });
      copyFileSync(sample('tsuyama-plan2.xlsx'), f);
    }
    const { out } = await cli(['inspect', a, b, '--json']);
    expect(out.split('\n').map((l) => ReportSchema.parse(JSON.parse(l)).file)).toEqual([a, b]);
  });

  it('keeps a single file named by its base name', async () => {
    const { out } = await cli(['inspect', plan, '--json']);
    expect(ReportSchema.parse(JSON.parse(out)).file).toBe('plan.xlsx');
  });
});

describe('recalc --in-place', () => {
  it('keeps the workbook private (mode 0640)', async () => {
    const file = join(dir, 'in-place-private.xlsx');
    copyFileSync(plan, file);
    chmodSync(file, 0o640);
    expect((await cli(['recalc', file, '--in-place'])).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect((await readWorkbook(readFileSync(file))).sheets.map((s) => s.name)).toContain('saiken変更履歴');
  });

  it('on a link updates the workbook it points to and keeps the link', async () => {
    mkdirSync(join(dir, 'real'));
    const real = join(dir, 'real', 'plan.xlsx');
    copyFileSync(plan, real);
    const link = join(dir, 'current.xlsx');
    symlinkSync(join('real', 'plan.xlsx'), link);
    const { code, out } = await cli(['recalc', link, '--in-place']);
    expect(code).toBe(0);
    expect(out).toContain(`${link} に書き込みました`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect((await readWorkbook(readFileSync(real))).sheets.map((s) => s.name)).toContain('saiken変更履歴');
    expect(readdirSync(join(dir, 'real'))).toEqual(['plan.xlsx']);
  });
});
