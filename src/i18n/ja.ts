/**
 * User-facing strings, Japanese (the primary language). Every other language must provide the
 * same keys: `Messages` is derived from this file.
 */
export const ja = {
  appName: '債権管理計画アドイン',

  // Ribbon command names, as on the 債権管理 tab (the manifest holds the ribbon's own copy).
  commandRecognize: '認識',
  commandValidate: '検証',
  commandRecalc: '再計算',
  commandSummary: '集計・グラフ',
  commandClearMarks: 'マーク解除',
  commandTaskpane: '作業ウィンドウ',

  // The pane inside Excel, until the full pane arrives.
  paneTitle: '債権管理計画アドイン',
  paneIntro:
    'リボンの［債権管理］タブから、認識・検証・再計算・集計・グラフを実行できます。結果はブックのセルとこのウィンドウに表示されます。',
  paneComingSoon: '認識した表と検証結果の一覧は、今後のバージョンでこのウィンドウに表示されます。',

  // The same page opened in a plain browser (no Office host).
  workbenchTitle: 'saiken 債権管理計画アドイン — ブラウザ作業台',
  workbenchWhat:
    'このページは債権管理計画アドインの作業ウィンドウです。いまは Excel の外（通常のブラウザ）で開かれています。',
  workbenchExcelHeading: 'Excel で使う',
  workbenchExcel:
    'アドインをサイドロードした Excel（Excel 2021 以降または Microsoft 365）でブックを開き、リボンの［債権管理］タブを使ってください。',
  workbenchCliHeading: 'コマンドラインで試す',
  workbenchCli: '同梱のサンプル（津山市 第2次計画）を認識・検証して結果を表示します:',
  workbenchLater:
    'ブラウザだけで .xlsx ファイル（同梱サンプルを含む）を開いてコマンドを実行し、結果をダウンロードできる作業台は、今後のバージョンで追加されます。',

  // Ribbon commands: what happened, shown in the pane (or with the pane opened). {name} fills in.
  outcomeRecognize: '認識：計画表 {tables} 件を認識しました（エラー {errors} 件、警告 {warnings} 件、情報 {infos} 件）。',
  outcomeRecognizeNone: '認識：計画表は見つかりませんでした。見出し（所管課・債権名・年度など）のある表を確認してください。',
  outcomeValidate: '検証：計画表 {tables} 件、エラー {errors} 件、警告 {warnings} 件、情報 {infos} 件。{marked} か所のセルに印を付けました。',
  outcomeValidateClean: '検証：計画表 {tables} 件に問題は見つかりませんでした。',
  outcomeRecalc: '再計算：{cells} セルに数式と書式を書き込みました（計画表 {tables} 件、置き換えた値 {replaced} 件（うち違っていた値 {mended} 件）は変更履歴シートに記録）。残るエラー {errors} 件、警告 {warnings} 件。',
  outcomeRecalcNothing: '再計算：書き換えが必要なセルはありませんでした（計画表 {tables} 件）。',
  outcomeSummary: '集計・グラフ：{sheets} シートを作成・更新し、グラフ {charts} 個と {cells} セルを書き込みました。',
  outcomeValidateNoTables: '検証：計画表が見つからないため、何もしていません。見出し（所管課・債権名・年度など）のある表を確認してください。',
  outcomeRecalcNoTables: '再計算：計画表が見つからないため、何もしていません。見出し（所管課・債権名・年度など）のある表を確認してください。',
  outcomeSummaryNoTables: '集計・グラフ：計画表が見つからないため、何もしていません。見出し（所管課・債権名・年度など）のある表を確認してください。',
  outcomeClearMarks: 'マーク解除：{cleared} か所のセルを印を付ける前の書式に戻しました。',
  outcomeClearNothing: 'マーク解除：解除する印はありませんでした。',
  outcomeSettingsSaved: '設定をブックに保存しました。',

  // Why a command stopped. Each says what to do and whether the workbook changed.
  errorCellEdit:
    'セルを編集中のため実行できませんでした。Enter キーまたは Esc キーでセルの編集を終えてから、もう一度実行してください。ブックは変更していません。',
  errorProtectedSheet:
    'シート「{sheet}」は保護されているため書き込めませんでした。［校閲］タブの［シート保護の解除］で保護を解除してから、もう一度実行してください。ブックは変更していません。',
  // Several sheets protected while a write ran: {sheetList} is 「2-1」「3-2」.
  errorProtectedSheets:
    'シート{sheetList}は保護されているため書き込めませんでした。［校閲］タブの［シート保護の解除］でそれぞれの保護を解除してから、もう一度実行してください。ブックは変更していません。',
  errorSheetNameTaken:
    '「{sheet}」という名前のシート（グラフシートなど、アドインからは見えないシート）がすでにあるため、同じ名前のシートを作れませんでした。そのシートの名前を変えてから、もう一度実行してください。ブックは変更していません。',
  errorProtectedWorkbook:
    'ブックの構成が保護されているため、シートを追加・変更できませんでした。［校閲］タブの［ブックの保護］を解除してから、もう一度実行してください。ブックは変更していません。',
  errorChanged:
    '実行中にブックが変更されました（{detail}）。変更を上書きしないよう、何も書き込まずに中止しました。もう一度実行してください。',
  errorMarksDamaged:
    '印の記録（非表示シート「_saiken」）が壊れているか書き換えられているため、印の付け外しを行いませんでした。ブックは変更していません。（{detail}）',
  errorDataDamaged:
    '設定の記録（非表示シート「_saiken」）が壊れているため、上書きせずに中止しました。ブックは変更していません。（{detail}）',
  errorTooLarge: 'ブックが大きすぎて Excel との 1 回のやり取りに収まりませんでした（{detail}）。シートを分けてお試しください。',
  errorUnsupported:
    'お使いの Excel ではこの機能を使えません（{feature} が必要です）。Excel 2021 以降または Microsoft 365 の Excel をお使いください。',
  errorBusy: '別のコマンドを実行中です。終わってから、もう一度実行してください。',
  errorNotAvailable: '［{command}］はこのバージョンではまだ使えません。',
  errorNotInExcel: 'Excel の中で開いたときだけ使えるコマンドです。',
  errorSummaryEdited:
    '生成したシート（{sheets}）が手で編集されています。置き換える前に、作業ウィンドウの［集計・グラフ］で確認してください。ブックは変更していません。',
  errorCalculationPending:
    'Excel の計算方法が「手動」で、まだ計算していない変更があります。古い計算結果で確かめたり書き込んだりしないよう中止しました。F9 キーで計算してから、もう一度実行してください。ブックは変更していません。',
  errorExcelState:
    'Excel が要求を受け付けなかったため中止しました（{detail}）。複数のシートを選択している（作業グループ）ときは 1 枚だけを選択し、別のブックを前面に表示しているときはこのブックに戻ってから、もう一度実行してください。ブックは変更していません。',
  // Another workbook in front (InactiveWorkbook, InvalidSelection): nothing to do with grouped sheets.
  errorOtherWorkbook:
    'Excel が要求を受け付けなかったため中止しました（{detail}）。別のブックを前面に表示しているときは、このブックに戻ってから、もう一度実行してください。ブックは変更していません。',
  // A GeneralException after the command's first request went through: no group of sheets (that fails the first one too).
  errorExcelFailed: 'Excel が処理を完了できずに中止しました（{detail}）。もう一度実行してください。ブックは変更していません。',
  errorGeneric: '予期しないエラーで中止しました（{detail}）。',
  // Ends a failure's message where nothing of the write ran.
  errorNotChanged: 'ブックは変更していません。',
  // Said in place of "the workbook was not changed" where Excel stopped a write of several requests after some of them.
  errorPartlyWritten:
    'ただし、Excel が止めるまでの分は途中まで書き込まれています。原因を取り除いてもう一度実行すると、残りが書き込まれます。書き込む前の状態に戻すには、ブックを保存せずに閉じてください（自動保存されるブックでは［バージョン履歴］から前の版を開いてください）。',
  // Said in place of "the workbook was not changed" where Excel stopped a request of the write at one of its operations:
  // those before it in the same request may have run (a request is not a transaction).
  errorMaybePartlyWritten:
    'ただし、Excel が止めるまでの分は途中まで書き込まれている可能性があります。原因を取り除いてもう一度実行すると、残りが書き込まれます。書き込む前の状態に戻すには、ブックを保存せずに閉じてください（自動保存されるブックでは［バージョン履歴］から前の版を開いてください）。',

  // Shown without React on Office 2019 and older (Internet Explorer / EdgeHTML webview).
  legacyTitle: 'このアドインには Excel 2021 以降または Microsoft 365 が必要です',
  legacyBody:
    'お使いの Excel（Office 2019 以前）では作業ウィンドウを表示できません。Excel 2021 以降または Microsoft 365 の Excel で開いてください。',
  // The Excel host (issue 13): a cell Excel cannot take, refused before anything is written.
  errorCellLimit: '{sheet}!{cell} に書く内容は Excel に書けません（{detail}）。ブックは変更していません。',
  // 元に戻す (undo of the last 再計算 from the change log).
  outcomeUndo: '元に戻す：直前の再計算で書き換えた {cells} セルを元の値に戻しました。',
  outcomeUndoStale: '元に戻す：直前の再計算で書き換えた {cells} セルを元の値に戻しました。ただし {stale}（{count} セル）は、戻した値がいまの計算結果と違います。再計算で直した誤りを戻したか、再計算のあとで計算元の数値が直されたためです。確認してください。',
  // Office.js writes no array formula: one of one cell (logged {=…}) goes back as an ordinary formula.
  undoArraysAsFormulas: '{cells} は配列数式（Ctrl+Shift+Enter で確定した数式）でしたが、アドインからは配列数式を書けないため、通常の数式として戻しました。結果が一つの値になる数式なら、表示される値は同じです。配列数式に戻すには、セルを選んで F2 を押し、Ctrl+Shift+Enter で確定してください。',
  undoNothing: '元に戻す：元に戻せる再計算がありません（変更履歴シートに記録がないか、すでに元に戻しています）。',
  undoEdited: '元に戻す：{sheet}!{cell} は再計算のあとで編集されています（今の内容: {now}）。上書きしないよう、何も変更していません。',
  // A write into a merged area other than its top-left cell: Excel would not keep it.
  errorMergedCell: '{sheet}!{cell} は結合セル {detail} の左上以外のセルです。Excel はここに書いた内容を表示しないため、ブックは変更していません。',
  // Cells written on a sheet whose merged areas could not be read (ExcelApi 1.12, or more than one read returns) that
  // Excel did not keep: the rest is written. {log}: what the change log says of them (errorNotKeptLog…), or nothing.
  errorNotKept:
    '{cells} に書き込んだ内容を、Excel は残しませんでした。結合セルの左上以外のセルには、Excel は書き込んだ内容を残しません（シート{sheets}の結合セルを読み取れなかったため、前もって避けられませんでした）。ほかのセルへの書き込みは済んでいます。{log}これらのセルに書き込むには、セルの結合を解除してから、もう一度実行してください。',
  errorNotKeptLogFixed: '変更履歴シート「{logSheet}」には、これらのセルを「書き込めませんでした」と記録しています（［元に戻す］の対象にはなりません）。',
  errorNotKeptLogWrong:
    'ただし、変更履歴シート「{logSheet}」には、これらのセルも書き込んだものとして記録されたままです（書き込まれていません）。［元に戻す］はこれらのセルで止まります。',
  // A write into a multi-cell array formula or spill range: Excel refuses to change part of an array.
  errorArrayCell: '{sheet}!{cell} は配列数式（またはスピル範囲）{detail} の一部です。Excel は配列の一部だけを変更できないため、ブックは変更していません。',
  // 元に戻す: a logged cell emptied since the recalculation; a former content no write can give back as it was.
  undoEditedEmpty: '元に戻す：{sheet}!{cell} は再計算のあとで編集されています（今は空白です）。上書きしないよう、何も変更していません。',
  undoSheetMissing: '元に戻す：変更履歴にある {sheet}!{cell} のシート「{sheet}」がありません（名前が変わったか、削除されています）。何も変更していません。',
  undoUnrestorable:
    '元に戻す：{sheet}!{cell} の変更前の内容（{kind}: {before}）は、同じ形では書き戻せません。何も変更していません。変更履歴シート「{log}」の {row} 行目を見て、手で入力し直してください。',
  // 元に戻す: the logged row's label is no longer there (sorted, moved or renamed since).
  undoShifted:
    '元に戻す：再計算のあとで「{sheet}」の行が挿入・削除または並べ替えされています（{cell} に書いた数式は「{label}」の行とともに今 {now} にあります）。別のセルに書き戻さないよう、何も変更していません。行を再計算のときの並びに戻してからもう一度実行するか、変更履歴シートを見て手で戻してください。',
  undoMoved:
    '元に戻す：{sheet}!{cell} の行は再計算のあとで並べ替え・移動・見出しの変更がされています（{label} は「{was}」でしたが、今は「{now}」です）。別の行に書き戻さないよう、何も変更していません。行を元の並びに戻してから元に戻すか、変更履歴シートを見て手で戻してください。',
  // 元に戻す into an Excel table column that would be left with a formula beside values or other formulas.
  undoTableColumn:
    '元に戻す：{sheet}!{cell} はテーブル「{table}」の列 {area} にあり、書き戻すと数式と値（または異なる数式）が混在します。Excel はテーブルの列に書いた数式を列全体にコピーするため、元の値が失われます。何も変更していません。テーブルを範囲に変換してから元に戻してください。',
} as const;

export type MessageKey = keyof typeof ja;
export type Messages = Record<MessageKey, string>;
