/**
 * CLI and file-host messages, Japanese first, English with an English locale (src/cli/locale.ts).
 */
import { bilingual } from './index';
import type { ReadDetail } from './read-details';
import { cellList, cellListEn } from './consolidate';


export function readErrorMessage(reason: string, file: string, given?: ReadDetail | string, place?: { sheet: string; cell: string }): { ja: string; en: string } {
  // The detail in each language (src/i18n/read-details.ts); a plain text (an extension, an area) is the same in both.
  const d = typeof given === 'string' ? { ja: given, en: given } : given;
  const detail = d?.ja;
  const detailEn = d?.en;
  switch (reason) {
    case 'encrypted':
      return { ja: `${file}: パスワードで保護されたブックは読めません。保護を解除して保存し直してください。`, en: `${file}: password-protected workbooks cannot be read; remove the password and save again.` };
    case 'legacy-xls':
      return { ja: `${file}: 旧形式（.xls）のブックです。Excel で .xlsx 形式に保存し直してください。`, en: `${file}: a legacy .xls workbook; save it as .xlsx in Excel.` };
    case 'not-a-workbook':
      return { ja: `${file}: Excel ブック（.xlsx）ではありません。${detail ? `${detail}。` : ''}`, en: `${file}: not an Excel workbook (.xlsx)${detailEn ? `: ${detailEn}` : ''}.` };
    case 'too-large':
      return { ja: `${file}: 展開すると大きすぎるため読み込めません（${detail ?? ''}）。壊れているか、計画表のブックではありません。`, en: `${file}: too large once uncompressed (${detailEn ?? ''}); damaged, or not a plan workbook.` };
    case 'wrong-extension':
      // The workbook's content type fixes its extension: Excel refuses a macro-enabled package named .xlsx.
      return { ja: `${file}: このブックは .${detail} 形式です（マクロ・テンプレートの種類）。出力先の拡張子を .${detail} にしてください。`, en: `${file}: this workbook is a .${detailEn} package (macro or template type); give the output the .${detailEn} extension.` };
    case 'not-found':
      return { ja: `${file}: ファイルが見つかりません。`, en: `${file}: file not found.` };
    case 'merged-cell':
    case 'array-cell': {
      // detail: the merged area or the array; place: the cell inside it a write was refused at (nothing was written).
      const key = reason === 'merged-cell' ? 'errorMergedCell' : 'errorArrayCell';
      const m = bilingual(key, { sheet: place?.sheet ?? '', cell: place?.cell ?? '', detail: detail ?? '' });
      const mEn = bilingual(key, { sheet: place?.sheet ?? '', cell: place?.cell ?? '', detail: detailEn ?? '' });
      return { ja: `${file}: ${m.ja}`, en: `${file}: ${mEn.en}` };
    }
    case 'protected-sheet': {
      // The add-in's message (it names the sheet), and the first cell that was to be written there.
      const m = bilingual('errorProtectedSheet', { sheet: place?.sheet ?? '' });
      const at = place?.cell ? `${place.sheet}!${place.cell}` : '';
      return { ja: `${file}: ${m.ja}${at ? `（最初に書き込むセル: ${at}）` : ''}`, en: `${file}: ${m.en}${at ? ` (first cell to write: ${at})` : ''}` };
    }
    case 'protected-workbook': {
      const m = bilingual('errorProtectedWorkbook');
      return { ja: `${file}: ${m.ja}`, en: `${file}: ${m.en}` };
    }
    case 'sheet-name-taken':
      // place.sheet: the name a write was aimed at, held by a chart sheet (nothing was written).
      return {
        ja: `${file}: 「${place?.sheet ?? ''}」はグラフシート（セルのないシート）の名前です。saiken はこのシートに書き込まず、同じ名前のシートも作りません。グラフシートの名前を変えてから実行してください。何も書き込んでいません。`,
        en: `${file}: "${place?.sheet ?? ''}" is the name of a chart sheet (a sheet without cells); saiken neither writes into it nor adds a sheet of the same name. Rename the chart sheet and run again. Nothing was written.`,
      };
    default:
      return { ja: `${file}: ブックを読み込めませんでした（壊れているか、途中で切れています）。${detail ? `詳細: ${detail}` : ''}`, en: `${file}: the workbook could not be read (damaged or truncated).${detailEn ? ` Detail: ${detailEn}` : ''}` };
  }
}

/** What went wrong with a path, from the OS error code; `reading` tells an input from an output. */
export type OsProblem = 'not-found' | 'no-access' | 'is-folder' | 'read-only-fs' | 'not-folder' | 'link-loop' | 'name-too-long' | 'no-space' | 'busy' | 'other';
/** An input's problem: an OS error's, or a path that is no regular file (a named pipe, a device). */
export type InputProblem = OsProblem | 'not-a-file';

const ja = {
  tables: (n: number) => `計画表 ${n}件`,
  counts: (e: number, w: number, i: number) => `エラー ${e}件・警告 ${w}件・情報 ${i}件`,
  table: '表',
  rows: '行',
  /** A table read figure by figure (years down the rows, items as rows): its figures, not its rows. */
  figures: (n: number) => ` 数値 ${n}件`,
  noTables: '計画表が見つからず、検査していません。',
  noFindings: '指摘事項はありません。',
  refuseOverwrite: (f: string) => `${f}: 入力ファイルは上書きしません。別の出力先を -o で指定するか、--in-place を付けてください。`,
  outputNeeded: (f: string) => `${f}: 出力先を -o で指定するか、入力ファイルを上書きする場合は --in-place を付けてください。`,
  outputBesideInPlace: (f: string) =>
    `${f}: -o で入力ファイルとは別の出力先を指定し、--in-place で入力ファイルへの上書きも指定しています。入力ファイルに上書きするなら -o を外し、別のファイルに書き出すなら --in-place を外してください。`,
  outputReadOnly: (f: string) => `${f}: 出力先のファイルは読み取り専用です。上書きしません。別の出力先を指定するか、読み取り専用を解除してください。`,
  outputExtension: (f: string, allowed: string[]) =>
    `${f}: 出力先の拡張子は ${allowed.map((x) => '.' + x).join('・')} にしてください（書き出すのは Excel ブックです。.xls・.csv や拡張子のない名前では Excel で開けません）。`,
  outputIsInput: (f: string) => `${f}: 出力先が読み込むブックの一つです。上書きするとその内容が失われ、集計からも漏れるため、書き込みません。別の出力先を指定してください。`,
  outputInInputFolder: (f: string, folder: string) =>
    `${f}: 出力先が読み込むフォルダー ${folder} の中にあります。次に実行したとき提出ファイルとして読み込まれてしまうため、フォルダーの外を指定してください。`,
  editedGenerated: (f: string, sheets: string[]) => `${f}: saiken が作成したシート（${sheets.join('、')}）が作成後に手で編集されています。作り直すと編集内容は失われます。作り直す場合は --force を付けてください。`,
  generated: (f: string, summary: string, charts: string, n: number) => `${f} に「${summary}」シートと「${charts}」シート（グラフ ${n}件）を作成しました。`,
  /** `log`: the sheet the replaced values were recorded in (saiken変更履歴, or saiken変更履歴 (2) … where that one is full or the user's). */
  /** `mended`: of the `n`, the cells that showed another figure (mistakes mended; the others' figures were made live), named ("計画!F4"). */
  written: (f: string, n: number, log: string, mended: string[]) =>
    n
      ? `${f} に書き込みました（値を置き換えたセル ${n}件、うち値の違っていたセル ${mended.length}件${mended.length ? `（${cellList(mended, { max: 10, more: () => ' ほか' })}）` : ''}。変更前の値は「${log}」シートに記録）。`
      : `${f} に書き込みました（書き換えが必要なセルはありませんでした）。`,
  notWritten: (f: string) => `${f} には書き込んでいません（計画表がないため、書き込むものがありません）。`,
  severity: { error: 'エラー', warning: '警告', info: '情報' } as Record<string, string>,
  measure: { rate: '収納率', amount: '金額', ledger: '調定・収入', other: 'その他' } as Record<string, string>,
  input: (f: string, problem: InputProblem, detail: string) =>
    ({
      'not-found': `${f}: ファイルが見つかりません。`,
      'not-a-file': `${f}: 通常のファイルではありません（名前付きパイプやデバイスなど）。ブックのファイルを指定してください。`,
      'no-access': `${f}: ファイルを読む権限がありません。ファイルのアクセス権を確認してください。`,
      'is-folder': `${f}: フォルダーです。ブックのファイルを指定してください。`,
      'not-folder': `${f}: パスの途中がフォルダーではありません。`,
      'link-loop': `${f}: シンボリックリンクが循環していて、ファイルにたどり着けません。リンクの参照先を確認してください。`,
      'name-too-long': `${f}: パスまたはファイル名が長すぎます。`,
      busy: `${f}: ファイルがほかのプログラムで使用中のため読めません。`,
      'read-only-fs': `${f}: ファイルを読めませんでした（${detail}）。`,
      'no-space': `${f}: ファイルを読めませんでした（${detail}）。`,
      other: `${f}: ファイルを読めませんでした（${detail}）。`,
    })[problem],
  output: (f: string, problem: OsProblem, detail: string) =>
    ({
      'not-found': `${f}: 出力先のフォルダーがありません。`,
      'no-access': `${f}: 出力先のフォルダーに書き込めません（書き込む権限がありません）。`,
      'is-folder': `${f}: 出力先がフォルダーです。出力するファイルの名前を指定してください。`,
      'not-folder': `${f}: 出力先のパスの途中がフォルダーではありません。`,
      'link-loop': `${f}: 出力先のシンボリックリンクが循環しています。リンクの参照先を確認してください。`,
      'name-too-long': `${f}: 出力先のパスまたはファイル名が長すぎます。`,
      'read-only-fs': `${f}: 出力先のフォルダーに書き込めません（読み取り専用の場所です）。`,
      'no-space': `${f}: 出力先のディスクに空きがありません。`,
      busy: `${f}: 出力先のファイルがほかのプログラムで使用中です（Excel で開いていれば閉じてください）。`,
      other: `${f}: 出力先に書き込めませんでした（${detail}）。`,
    })[problem],
  crashed: (f: string, detail: string) => `${f}: このブックの処理中に予期しないエラーが起きました（${detail}）。`,
  timedOut: (f: string, seconds: number) => `${f}: ${seconds} 秒以内に処理が終わらなかったため中止しました（--timeout で変更できます）。`,
  outOfMemory: (f: string, mb: number) => `${f}: 処理に ${mb} MB を超えるメモリーが必要になったため中止しました（--max-memory で変更できます）。`,
  workerFailed: (f: string, detail: string) => `${f}: 処理が異常終了しました（${detail}）。`,
  noInputs: (f: string) => `${f}: フォルダーに Excel ブック（.xlsx, .xlsm, .xltx, .xltm）がありません。`,
  badLimit: (flag: string, value: string) => `${flag} の値「${value}」は正の数ではありません。`,
  // The parser's own errors (commander), by its error code.
  unknownOption: (opt: string, hint?: string) => `不明なオプションです: ${opt}${hint ? `（${hint} のことですか？）` : ''}。saiken --help で使い方を確認できます。`,
  unknownCommand: (cmd: string, names: string[], hint?: string) => `不明なコマンドです: ${cmd}${hint ? `（${hint} のことですか？）` : ''}。コマンドは ${names.join(', ')} です。`,
  missingArgument: (name: string) => `引数 ${name} がありません。`,
  missingOptionValue: (opt: string) => `オプション ${opt} に値がありません。`,
  missingOption: (opt: string) => `オプション ${opt} を指定してください。`,
  excessArguments: (cmd: string) => `${cmd} に渡す引数が多すぎます（ファイル名に空白があれば "" で囲んでください）。`,
  invalidArgument: (detail: string) => `引数が正しくありません: ${detail}`,
  usageError: (detail: string) => `使い方が正しくありません: ${detail}`,
  // Help
  help: {
    program: '債権管理計画の計画表を認識・検証・再計算・集計します。',
    titles: { 'Usage:': '使い方:', 'Options:': 'オプション:', 'Commands:': 'コマンド:', 'Arguments:': '引数:', 'Global Options:': '共通オプション:' } as Record<string, string>,
    usage: { options: 'オプション', command: 'コマンド' },
    helpOption: 'この説明を表示',
    helpCommand: 'コマンドの説明を表示',
    version: 'バージョンを表示',
    inspect: '認識と検証（ブックは変更しません）。複数のファイルやフォルダーも可',
    recalc: '計算列（差引・収納率・合計）を数式で書き込む',
    summary: '集計シートとグラフシートを作成',
    run: '再計算・検証・集計をまとめて実行',
    undo: '直前の再計算を変更履歴から元に戻す',
    consolidate: '各部署のブックを取りまとめて全庁の集計を作る（取りまとめ）',
    books: 'ブック（.xlsx/.xlsm）またはフォルダー',
    book: 'ブック（.xlsx/.xlsm）',
    json: 'JSON のレポートを出力（複数なら1行に1件）',
    output: '出力先のブック',
    inPlace: '入力ファイルを上書きする（-o は不要）',
    force: '手で編集された集計・グラフシートも作り直す',
    timeout: '1ファイルあたりの制限時間（秒、既定 {0}、環境変数 SAIKEN_TIMEOUT）',
    maxMemory: '1ファイルあたりのメモリー上限（MB、既定 {0}、環境変数 SAIKEN_MAX_MEMORY）',
    examples: '例:',
    exitCodes:
      '終了コード: 0 エラーなし / 1 エラーの指摘あり / 2 処理できないファイルあり / 3 計画表が見つからず検査していない\n' +
      '（複数ファイルでは最も重いもの: 2 > 1 > 3 > 0）',
  },
};

export type CliText = typeof ja;

const en: CliText = {
  tables: (n) => `${n} plan table${n === 1 ? '' : 's'}`,
  counts: (e, w, i) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info`,
  table: 'table',
  rows: ' rows',
  figures: (n: number) => ` ${n} figures`,
  noTables: 'No plan table was found; nothing was checked.',
  noFindings: 'No findings.',
  refuseOverwrite: (f) => `${f}: the input is not overwritten. Give another output with -o, or add --in-place.`,
  outputNeeded: (f) => `${f}: give the output with -o, or add --in-place to overwrite the input.`,
  outputBesideInPlace: (f) => `${f}: -o names another file than the input, and --in-place asks to overwrite the input. To overwrite the input drop -o; to write another file drop --in-place.`,
  outputReadOnly: (f) => `${f}: the output file is read-only and is not overwritten. Give another output or make it writable.`,
  outputExtension: (f, allowed) =>
    `${f}: give the output the extension ${allowed.map((x) => '.' + x).join(', ')} (an Excel workbook is written; named .xls, .csv or without an extension, Excel cannot open it).`,
  outputIsInput: (f) => `${f}: the output is one of the workbooks being read; overwriting it would lose its contents and leave it out of the totals, so nothing is written. Give another output.`,
  outputInInputFolder: (f, folder) => `${f}: the output is inside the folder ${folder} being read; the next run would read it as a submission. Give an output outside that folder.`,
  editedGenerated: (f, sheets) => `${f}: sheets saiken made (${sheets.join(', ')}) were edited by hand since; regenerating them loses those edits. Add --force to regenerate.`,
  generated: (f, summary, charts, n) => `${f}: added the sheets "${summary}" and "${charts}" (${n} chart${n === 1 ? '' : 's'}).`,
  written: (f, n, log, mended) =>
    n
      ? `${f}: written (${n} cell${n === 1 ? '' : 's'} replaced, ${mended.length} of them holding another figure${mended.length ? ` (${cellListEn(mended, 10)})` : ''}; the values before are in the sheet "${log}").`
      : `${f}: written (no cell needed rewriting).`,
  notWritten: (f) => `${f}: nothing written (no plan table, so nothing to write).`,
  severity: { error: 'error', warning: 'warning', info: 'info' },
  measure: { rate: 'rate', amount: 'amount', ledger: 'ledger', other: 'other' },
  input: (f, problem, detail) =>
    ({
      'not-found': `${f}: file not found.`,
      'not-a-file': `${f}: not a regular file (a named pipe, a device); give a workbook file.`,
      'no-access': `${f}: no permission to read the file; check its access rights.`,
      'is-folder': `${f}: a folder; give a workbook file.`,
      'not-folder': `${f}: a part of the path is not a folder.`,
      'link-loop': `${f}: the symbolic links loop and lead to no file; check where the link points.`,
      'name-too-long': `${f}: the path or the file name is too long.`,
      busy: `${f}: the file is in use by another program.`,
      'read-only-fs': `${f}: the file could not be read (${detail}).`,
      'no-space': `${f}: the file could not be read (${detail}).`,
      other: `${f}: the file could not be read (${detail}).`,
    })[problem],
  output: (f, problem, detail) =>
    ({
      'not-found': `${f}: the output folder does not exist.`,
      'no-access': `${f}: cannot write to the output folder (no permission).`,
      'is-folder': `${f}: the output is a folder; give a file name.`,
      'not-folder': `${f}: a part of the output path is not a folder.`,
      'link-loop': `${f}: the output's symbolic links loop; check where the link points.`,
      'name-too-long': `${f}: the output path or file name is too long.`,
      'read-only-fs': `${f}: cannot write to the output folder (a read-only location).`,
      'no-space': `${f}: no space left on the output disk.`,
      busy: `${f}: the output file is in use (close it in Excel).`,
      other: `${f}: the output could not be written (${detail}).`,
    })[problem],
  crashed: (f, detail) => `${f}: an unexpected error while processing this workbook (${detail}).`,
  timedOut: (f, seconds) => `${f}: stopped, not finished within ${seconds} s (change with --timeout).`,
  outOfMemory: (f, mb) => `${f}: stopped, needed more than ${mb} MB of memory (change with --max-memory).`,
  workerFailed: (f, detail) => `${f}: processing ended abnormally (${detail}).`,
  noInputs: (f) => `${f}: no Excel workbook (.xlsx, .xlsm, .xltx, .xltm) in the folder.`,
  badLimit: (flag, value) => `${flag}: "${value}" is not a positive number.`,
  unknownOption: (opt, hint) => `unknown option: ${opt}${hint ? ` (did you mean ${hint}?)` : ''}. See saiken --help.`,
  unknownCommand: (cmd, names, hint) => `unknown command: ${cmd}${hint ? ` (did you mean ${hint}?)` : ''}. The commands are ${names.join(', ')}.`,
  missingArgument: (name) => `missing argument ${name}.`,
  missingOptionValue: (opt) => `the option ${opt} needs a value.`,
  missingOption: (opt) => `give the option ${opt}.`,
  excessArguments: (cmd) => `too many arguments for ${cmd} (quote a file name that has spaces).`,
  invalidArgument: (detail) => `invalid argument: ${detail}`,
  usageError: (detail) => `usage error: ${detail}`,
  help: {
    program: 'Recognize, validate, recalculate and summarize receivables management plan tables.',
    titles: {},
    usage: { options: 'options', command: 'command' },
    helpOption: 'show this help',
    helpCommand: 'show the help of a command',
    version: 'show the version',
    inspect: 'recognize and validate, changing nothing; several files or folders allowed',
    recalc: 'write the computed columns (deltas, rates, totals) as live formulas',
    summary: 'add the summary and chart sheets',
    run: 'recalc, validate and summarize in one go',
    undo: 'undo the last recalculation from the change log',
    consolidate: "consolidate the departments' workbooks into the city's totals (取りまとめ)",
    books: 'workbooks (.xlsx/.xlsm) or folders',
    book: 'a workbook (.xlsx/.xlsm)',
    json: 'print the JSON report (one per line for several)',
    output: 'the output workbook',
    inPlace: 'overwrite the input (no -o needed)',
    force: 'regenerate summary and chart sheets edited by hand',
    timeout: 'time limit per file (seconds, default {0}, env SAIKEN_TIMEOUT)',
    maxMemory: 'memory limit per file (MB, default {0}, env SAIKEN_MAX_MEMORY)',
    examples: 'Examples:',
    exitCodes:
      'Exit status: 0 no errors / 1 errors found / 2 a file could not be processed / 3 no plan table, nothing checked\n' +
      '(for several files the worst: 2 > 1 > 3 > 0)',
  },
};

export const CLI_TEXT: { ja: CliText; en: CliText } = { ja, en };
