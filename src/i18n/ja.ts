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

  // Shown without React on Office 2019 and older (Internet Explorer / EdgeHTML webview).
  legacyTitle: 'このアドインには Excel 2021 以降または Microsoft 365 が必要です',
  legacyBody:
    'お使いの Excel（Office 2019 以前）では作業ウィンドウを表示できません。Excel 2021 以降または Microsoft 365 の Excel で開いてください。',
} as const;

export type MessageKey = keyof typeof ja;
export type Messages = Record<MessageKey, string>;
