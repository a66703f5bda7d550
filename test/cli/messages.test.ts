/**
 * What a user reads from the CLI: Japanese (English with an English locale), the parser's own
 * errors included; OS errors naming the path the user gave; outputs never replaced silently.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { cliLanguage } from '../../src/cli/locale';
import { osProblem } from '../../src/cli/os-errors';
import { CLI_TEXT } from '../../src/i18n/cli';
import { ReportSchema } from '../../src/core/report-schema';
import pkg from '../../package.json';
import { cli } from './helpers';

const root = join(__dirname, '../..');
const tsuyama = join(root, 'samples/tsuyama-plan2.xlsx');
const en = { ...process.env, SAIKEN_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' };

describe('the language', () => {
  it('is Japanese unless the environment names another one; C and POSIX name none', () => {
    expect(cliLanguage({})).toBe('ja');
    expect(cliLanguage({ LANG: 'C.UTF-8' })).toBe('ja');
    expect(cliLanguage({ LC_ALL: 'POSIX', LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(cliLanguage({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(cliLanguage({ LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ja');
    expect(cliLanguage({ SAIKEN_LANG: 'en', LC_ALL: 'ja_JP.UTF-8' })).toBe('en');
  });
});

describe("the parser's errors", () => {
  it.each([
    [['inspect', tsuyama, '--jsno'], 'saiken: 不明なオプションです: --jsno（--json のことですか？）。saiken --help で使い方を確認できます。'],
    [['inspcet', tsuyama], 'saiken: 不明なコマンドです: inspcet（inspect のことですか？）。コマンドは inspect, recalc, summary, run, undo, consolidate です。'],
    [['recalc'], 'saiken: 引数 book.xlsx がありません。'],
    [['recalc', tsuyama, '-o'], 'saiken: オプション -o, --output <out.xlsx> に値がありません。'],
    [['recalc', tsuyama, 'other.xlsx', '-o', 'x.xlsx'], 'saiken: recalc に渡す引数が多すぎます（ファイル名に空白があれば "" で囲んでください）。'],
  ])('%j: one Japanese line, exit 2', async (args, message) => {
    const { code, out, err } = await cli(args);
    expect([code, out, err]).toEqual([2, '', message]);
  });

  it('the report and the outputs in English with an English locale', async () => {
    const { code, out } = await cli(['inspect', join(root, 'samples/ledger-sample.xlsx')], en);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('ledger-sample.xlsx: 1 plan table, 0 errors, 0 warnings, 0 info');
    expect(out).toContain('No findings.');
  });

  it('in English with an English locale', async () => {
    const { code, err } = await cli(['inspect', tsuyama, '--jsno'], en);
    expect([code, err]).toEqual([2, 'saiken: unknown option: --jsno (did you mean --json?). See saiken --help.']);
  });
});

describe('help and version', () => {
  it('--version prints the version, exit 0', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, out: pkg.version, err: '' });
  });

  it('--help lists every command with what it does, undo and consolidate too (loaded only when called)', async () => {
    const { code, out } = await cli(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^ {2}undo \[オプション\] <book\.xlsx> +直前の再計算を変更履歴から元に戻す$/m);
    expect(out).toMatch(/^ {2}consolidate \[オプション\] <books\.\.\.> +各部署のブックを取りまとめて全庁の集計を作る（取りまとめ）$/m);
    const en = await cli(['--help'], { ...process.env, SAIKEN_LANG: 'en' });
    expect(en.out).toMatch(/^ {2}consolidate \[options\] <books\.\.\.> +consolidate the departments' workbooks/m);
  });

  it('validate (検証, as the pane names the step) is inspect: the same report, and --help lists it beside inspect', async () => {
    const inspect = await cli(['inspect', tsuyama]);
    const validate = await cli(['validate', tsuyama]);
    expect(validate).toEqual(inspect);
    expect(validate.out.split('\n')[0]).toMatch(/^tsuyama-plan2\.xlsx: 計画表 4件・エラー 0件/);
    const { out } = await cli(['--help']);
    expect(out).toMatch(/^ {2}inspect\|validate \[オプション\] <books\.\.\.> +認識と検証/m);
  });

  it('help consolidate: the command’s own help, its options', async () => {
    const { code, out } = await cli(['help', 'consolidate']);
    expect(code).toBe(0);
    expect(out).toMatch(/^使い方: saiken consolidate \[オプション\] <books\.\.\.>/);
    expect(out).toContain('--previous');
  });

  it.each(['undo', 'consolidate'])('%s --help: its usage line in Japanese too ([オプション], not [options])', async (command) => {
    const { code, out } = await cli([command, '--help']);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^使い方: saiken ${command} \\[オプション\\] <`));
  });

  it.each(['inspect', 'recalc', 'summary', 'run'])('%s --help: Japanese, with an example and the exit codes', async (command) => {
    const { code, out } = await cli([command, '--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^使い方: saiken \S+ \[オプション\] </);
    expect(out).toContain('オプション:');
    expect(out).toContain(`例:\n  saiken ${command} 計画.xlsx`);
    expect(out).toContain('終了コード: 0 エラーなし / 1 エラーの指摘あり / 2 処理できないファイルあり / 3 計画表が見つからず検査していない');
    expect(out).not.toMatch(/display help|Usage:|Options:/);
  });

  it('saiken alone shows the help as an error (exit 2); saiken help exits 0', async () => {
    const bare = await cli([]);
    expect([bare.code, bare.out]).toEqual([2, '']);
    expect(bare.err).toMatch(/^使い方: saiken \[オプション\] \[コマンド\]/);
    expect((await cli(['help'])).code).toBe(0);
  });

  it('saiken --help lists the commands in Japanese', async () => {
    const { out } = await cli(['--help']);
    expect(out).toContain('コマンド:\n  inspect|validate [オプション] <books...>');
    expect(out).toContain('-V, --version');
  });
});

describe('inputs and outputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-msg-'));
  const input = join(dir, 'plan.xlsx');
  copyFileSync(tsuyama, input);

  it('recalc --in-place works without -o', async () => {
    const inPlace = join(dir, 'inplace.xlsx');
    copyFileSync(tsuyama, inPlace);
    const before = readFileSync(inPlace);
    const { code, out } = await cli(['recalc', inPlace, '--in-place']);
    expect(code).toBe(0);
    expect(out).toContain(`${inPlace} に書き込みました`);
    expect(readFileSync(inPlace).equals(before)).toBe(false);
  });

  it('recalc with neither -o nor --in-place asks for one', async () => {
    const { code, err } = await cli(['recalc', input]);
    expect([code, err]).toEqual([2, `${input}: 出力先を -o で指定するか、入力ファイルを上書きする場合は --in-place を付けてください。`]);
  });

  it.each(['recalc', 'summary', 'run', 'undo'])('%s with -o another file and --in-place is refused, exit 2, nothing written', async (command) => {
    const out = join(dir, `both-${command}.xlsx`);
    const before = readFileSync(input);
    const { code, err } = await cli([command, input, '-o', out, '--in-place']);
    expect([code, err]).toEqual([
      2,
      `${out}: -o で入力ファイルとは別の出力先を指定し、--in-place で入力ファイルへの上書きも指定しています。入力ファイルに上書きするなら -o を外し、別のファイルに書き出すなら --in-place を外してください。`,
    ]);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('names a loop of symbolic links as such, not by its OS code', async () => {
    const a = join(dir, 'loop1.xlsx');
    symlinkSync('loop2.xlsx', a);
    symlinkSync('loop1.xlsx', join(dir, 'loop2.xlsx'));
    const { code, err } = await cli(['inspect', a]);
    expect([code, err]).toEqual([2, `${a}: シンボリックリンクが循環していて、ファイルにたどり着けません。リンクの参照先を確認してください。`]);
  });

  it('never replaces a read-only output', async () => {
    const out = join(dir, 'readonly.xlsx');
    writeFileSync(out, 'keep me');
    chmodSync(out, 0o444);
    const { code, err } = await cli(['recalc', input, '-o', out]);
    expect([code, err]).toEqual([2, `${out}: 出力先のファイルは読み取り専用です。上書きしません。別の出力先を指定するか、読み取り専用を解除してください。`]);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(statSync(out).mode & 0o777).toBe(0o444);
  });

  it('a missing output folder is named as the user gave it, never a temporary file', async () => {
    const out = join(dir, 'no-such-folder', 'out.xlsx');
    const { code, err } = await cli(['summary', input, '-o', out]);
    expect([code, err]).toEqual([2, `${out}: 出力先のフォルダーがありません。`]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('an output that is a folder', async () => {
    const folder = join(dir, 'folder.xlsx');
    mkdirSync(folder);
    const { code, err } = await cli(['run', input, '-o', folder]);
    expect([code, err]).toEqual([2, `${folder}: 出力先がフォルダーです。出力するファイルの名前を指定してください。`]);
  });

  it('an input that is a folder is not "not found"', async () => {
    const folder = join(dir, 'input-folder.xlsx');
    mkdirSync(folder, { recursive: true });
    const { code, err } = await cli(['recalc', folder, '-o', join(dir, 'x.xlsx')]);
    expect([code, err]).toEqual([2, `${folder}: フォルダーです。ブックのファイルを指定してください。`]);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  it('OS error codes map to the problem the user has, reading and writing', () => {
    const e = (code: string) => Object.assign(new Error(code), { code });
    expect(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ELOOP', 'ENAMETOOLONG', 'EROFS', 'ENOSPC', 'EBUSY', 'EIO'].map((c) => osProblem(e(c)))).toEqual([
      'not-found',
      'no-access',
      'no-access',
      'is-folder',
      'link-loop',
      'name-too-long',
      'read-only-fs',
      'no-space',
      'busy',
      'other',
    ]);
    const t = CLI_TEXT.ja;
    expect(t.output('out/計画.xlsx', 'no-access', 'EACCES')).toBe('out/計画.xlsx: 出力先のフォルダーに書き込めません（書き込む権限がありません）。');
    expect(t.output('out/計画.xlsx', 'read-only-fs', 'EROFS')).toBe('out/計画.xlsx: 出力先のフォルダーに書き込めません（読み取り専用の場所です）。');
    expect(t.input('計画.xlsx', 'no-access', 'EACCES')).toBe('計画.xlsx: ファイルを読む権限がありません。ファイルのアクセス権を確認してください。');
    expect(t.input('計画.xlsx', 'no-access', 'EACCES')).not.toContain('見つかりません');
  });
});

describe('a workbook with no plan table', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-notable-'));
  const file = join(dir, 'memo.xlsx');

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('メモ');
    ws.getCell('A1').value = '会議の日程';
    ws.getCell('A2').value = '10月3日 14時';
    await wb.xlsx.writeFile(file);
  });

  it('says nothing was checked and exits 3', async () => {
    const { code, out } = await cli(['inspect', file]);
    expect(out).toBe('memo.xlsx: 計画表 0件・エラー 0件・警告 0件・情報 0件\n  計画表が見つからず、検査していません。');
    expect(out).not.toContain('指摘事項はありません');
    expect(code).toBe(3);
  });

  it('with --json: the report on stdout, the note on stderr, exit 3, also beside a clean workbook in a batch', async () => {
    const single = await cli(['inspect', file, '--json']);
    expect(ReportSchema.parse(JSON.parse(single.out)).tables).toEqual([]);
    expect([single.code, single.err]).toEqual([3, 'memo.xlsx: 計画表が見つからず、検査していません。']);
    const batch = await cli(['inspect', file, join(root, 'samples/ledger-sample.xlsx'), '--json']);
    expect(batch.code).toBe(3);
  });

  it.each(['recalc', 'summary', 'run'])('%s writes nothing and says so, exit 3: no generated sheets, no copy', async (command) => {
    const output = join(dir, `${command}.xlsx`);
    const { code, out } = await cli([command, file, '-o', output]);
    expect(code).toBe(3);
    expect(out).toBe(`memo.xlsx: 計画表 0件・エラー 0件・警告 0件・情報 0件\n  計画表が見つからず、検査していません。\n${output} には書き込んでいません（計画表がないため、書き込むものがありません）。`);
    expect(existsSync(output)).toBe(false);
    const before = readFileSync(file);
    const inPlace = await cli([command, file, '--in-place', '--json']);
    expect([inPlace.code, inPlace.err]).toEqual([3, `memo.xlsx: 計画表が見つからず、検査していません。\n${file} には書き込んでいません（計画表がないため、書き込むものがありません）。`]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('recalc of a plan with nothing to rewrite', () => {
  it('writes the output and claims no change log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saiken-nothing-'));
    const first = join(dir, 'first.xlsx');
    expect((await cli(['recalc', join(root, 'samples/tsuyama-plan2.xlsx'), '-o', first])).code).toBe(0);
    const again = join(dir, 'again.xlsx');
    const { code, out } = await cli(['recalc', first, '-o', again]);
    expect(code).toBe(0);
    expect(out.split('\n').pop()).toBe(`${again} に書き込みました（書き換えが必要なセルはありませんでした）。`);
    expect(existsSync(again)).toBe(true);
  });
});
