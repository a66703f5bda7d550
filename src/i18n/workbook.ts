/**
 * Text the engine writes into workbooks (sheet headers, labels), Japanese: plans are Japanese
 * documents whatever the reader's display language.
 */
export const CHANGE_LOG_TEXT = {
  header: ['日時', 'シート', 'セル', '変更前の値', '書き込んだ数式', '変更前の表示形式', '実行番号', '変更前の種類', '行の見出し'],
  /** The row 元に戻す appends (column E): the run above it has been undone. */
  undone: '（直前の再計算を元に戻しました）',
  /**
   * Column E of an entry whose write Excel did not keep (a cell of a merged area other than its top-left, where the
   * merged areas could not be read first): 元に戻す passes the row over.
   */
  unwritten: '（書き込めませんでした：Excel がこのセルに書いた数式を残しませんでした。結合セルの左上以外のセルには残りません）',
  /** The last row of a log full up to Excel's last row (column E; column B names the sheet it goes on in). */
  continued: '（シートの最終行に達したため、以降の記録は B 列のシートに続けています）',
  /** A run whose records no one sheet could hold (refused before anything is written). */
  overflow: (n: number) => `置き換える値 ${n} 件は 1 枚の変更履歴シート（1,048,576 行）に記録しきれないため、再計算は何も書き込みませんでした / ${n} replaced values are more than one change-log sheet (1,048,576 rows) can record: recalculation wrote nothing`,
  title: 'saiken 変更履歴',
  /** One line each, short enough for the printed page. */
  lead: [
    '再計算で、手入力の値を数式に置き換えたセルの記録です。',
    '元の値に戻すときは「変更前の値」をそのセルに入力し直します。',
    '印刷されるのはこの説明だけです。全件を印刷するときは、',
    '「印刷範囲のクリア」をしてから印刷してください。',
  ],
  count: '記録の件数',
  /** Column H: what the former content was, so that 元に戻す gives back text as text, a formula as a formula. */
  kinds: { formula: '数式', text: '文字列', number: '数値', boolean: '論理値', error: 'エラー値', empty: '空白' },
  /** The same kinds in the English half of a message. */
  kindsEn: { formula: 'formula', text: 'text', number: 'number', boolean: 'boolean', error: 'error value', empty: 'blank' },
};

export const SUMMARY_TEXT = {
  title: '債権管理計画 集計',
  lead: 'このシートは saiken が計画表から作成しました。数値は計画表のセルを参照する数式です（計画表を直すと自動で反映されます）。',
  rowHeader: '区分',
  total: '合計',
  noDepartment: '（所管課なし）',
  unit: (u: string) => `（単位：${u}）`,
  amountUnit: (u: string) => `（金額の単位：${u}）`,
  /** Under the lead, where a table's amounts are in another unit than the summary's. */
  convertedNote: (sheets: string[], u: string) => `シート${sheets.map((s) => `「${s}」`).join('')}の金額は${u}に換算して集計しています。`,
  /** Under the lead, where a table's figures were left out for want of a year or a kind. */
  undatedNote: (tables: string) => `※ 年度または実績・目標・見込の別が読み取れない数値は集計していません: ${tables}`,
  namelessNote: (tables: string) => `※ 債権名が読み取れない数値は集計していません（表の見出しかシート名に債権名を書いてください）: ${tables}`,
  /** Under the lead, where validation found errors in the plan when the summary was made: its figures may carry them. */
  errorsNote: (count: number, cells: string) => `※ 作成時、元の表に検証エラーが ${count}件ありました（${cells}）。誤りを含む数値がそのまま集計されています。表を直してから集計を作り直してください。`,
  /** Under the lead, where the targets are of different plans (a table of the last plan's targets beside this one's). */
  targetPlansNote: (plans: string) => `※ 目標は計画ごとに定めたものです（グラフでは計画ごとに別の線にしています）: ${plans}`,
  blankNote: (cells: string) => `※ 空欄の収入未済額は 0 として合計しています（入力すると反映されます）: ${cells}`,
  /** Under the lead, where figures typed as text, or rates kept at another scale than their column's, are left out. */
  leftOutNote: (cells: string) => `※ 文字列として入力された数値と、列のほかのセルと違う形で入力された収納率（パーセント書式の混在）は集計していません。数値として入力し直してください: ${cells}`,
  /** Under the lead, where a debt given by 区分 alone (現年度分, 滞納繰越分) has no 調定額 and 収入済額 to compute its rate from. */
  uncomputableRateNote: (debts: string) => `※ 現年度分・滞納繰越分の行だけで全体の行がなく、調定額・収入済額もないため収納率を計算できない債権（収納率の集計に含めていません）: ${debts}`,
  kind: { actual: '実績', target: '目標', forecast: '見込' } as Record<string, string>,
  metric: { rate: '収納率', uncollected: '収入未済額', charged: '調定額', paid: '収入済額' } as Record<string, string>,
  met: '達成',
  notMet: '未達成',
  /** Section titles; the sheet numbers them in the order they appear (a section without data is left out). */
  sections: {
    uncollectedByClass: '収入未済額（債権の区分別・年度別）',
    rateByClass: '収納率（債権の区分別・年度別）',
    uncollectedByDepartment: '収入未済額（所管課別・年度別）',
    rateByDepartment: '収納率（所管課別・年度別）',
    achievement: '目標の達成状況（実績と目標がそろう最新年度）',
    reduction: '収入未済額の縮減',
    chartData: 'グラフ用データ',
  },
  /** How a rate row compares years (never different debts in different years without saying so). */
  rateMethod: {
    weighted: '加重平均（収入済額の合計÷調定額の合計×100）',
    charge: '直近の実績年度の調定額による加重平均（収納率×調定額の合計÷調定額の合計）',
    common: '収納率のある年度すべてに収納率のある債権だけの単純平均（年度ごとに対象の債権が変わらないようにしています）',
    heading: (text: string) => `算出方法: ${text}`,
    /** Each method with the years or rows it is used in, where a section uses more than one (the years of amounts weighted, targets of rates alone by 調定額). */
    part: {
      weighted: '加重平均（収入済額の合計÷調定額の合計×100）',
      charge: '直近の実績年度の調定額による加重平均（収納率だけの年度）',
      common: '単純平均（それらの年度のうち収納率のある年度すべてに収納率のある債権だけ）',
    } as Record<string, string>,
    mixed: (parts: [string, string][]) => `算出方法: ${parts.map(([method, where]) => `${method}＝${where}`).join('／')}`,
    /** Debts a weighted year leaves out: their rate is given without 調定額 and 収入済額. */
    leftOut: (debts: string) => `※ 調定額・収入済額のない債権は加重平均に含めていません: ${debts}`,
    blank: (rows: string) => `※ 収納率のある債権がないため空欄: ${rows}`,
    short: { weighted: '加重平均', charge: '目標は実績の調定額で加重', common: '全年度に値のある債権の平均' } as Record<string, string>,
  },
  /** Under the 収入未済額 sections, where years are given for different numbers of debts. */
  debtCounts: (counts: string) => `※ 債権数が年度で異なります（合計は記載のある債権だけの額です）: ${counts}`,
  departmentNote: (pairs: string) => `※ 表記の違う所管課名をまとめて集計しました: ${pairs}`,
  omittedCharts: (list: string) => `作成しなかったグラフ: ${list}`,
  omitted: {
    uncollectedTrend: '収入未済額の推移（年度が一つだけのため）',
    rateTrend: '収納率の推移（年度が一つだけのため）',
    rateTrendBlank: '収納率の推移（二つ以上の年度に収納率のある区分がないため）',
    top: '収入未済額の大きい債権（収入未済額がないため）',
    topNameless: '収入未済額の大きい債権（債権名の読み取れる収入未済額がないため）',
    topUndated: '収入未済額の大きい債権（年度・実績/目標の別が読み取れる収入未済額がないため）',
  },
  achievementHeader: ['債権名', '指標', '年度', '実績', '目標', '判定', '所管課'],
  reductionHeader: ['基準年度の実績', '最終年度の目標', '縮減額', '縮減率（%）'],
  reductionNote: (base: string, last: string) => `基準: ${base}、目標: ${last}`,
  /** Under the reduction, where its two totals are of different numbers of debts. */
  reductionCounts: (base: number, last: number) => `※ 基準年度の実績は${base}債権、最終年度の目標は${last}債権の合計です（対象の債権が同じではありません）`,
  /** Over the reduction of the debts both years give. */
  reductionSame: (n: number) => `両年度に数値のある${n}債権に限ると:`,
  /** Under the reduction of the same debts: those with a target and no result of the base year (a name written two ways shows here). */
  reductionTargetsOnly: (debts: string) => `※ 基準年度の実績がなく比べていない債権（名称の表記の違いがないかご確認ください）: ${debts}`,
  unclassifiedNote: (names: string) => `※ 区分が不明のため「その他」に集計した債権: ${names}`,
  nearestClassNote: (names: string) => `※ 分類表にない名前のため、最も近い債権の区分で集計した債権: ${names}`,
  chart: {
    year: '年度',
    debt: '債権名',
    yearAxis: '年度',
    debtAxis: '債権名',
    rateAxis: '収納率（%）',
    /** A class's line of results where a 見込 stands in for a year's 実績. */
    actualAndForecast: '実績・見込',
    amountAxis: (unit: string | null) => `収入未済額（${unit ?? '単位不明'}）`,
    uncollectedTitle: (forecasts: boolean) => `収入未済額の推移（${forecasts ? '実績・見込・目標' : '実績・目標'}）`,
    rateTitle: (method: string) => `債権の区分別 収納率の推移（${method}）`,
    /** A class's targets of one plan, where it has targets of several: 私債権 目標（第1次計画）. */
    ofPlan: (plan: string) => `（${plan}）`,
    /** A plan as its tables' titles number it (第2次, 第3期), else by its sheets. */
    plan: (ordinal: string) => `${ordinal}計画`,
    planSheets: (sheets: readonly string[]) => `シート${sheets.map((s) => `「${s}」`).join('')}`,
    topTitle: (year: string, kind: string) => `収入未済額の大きい債権（${year} ${kind}、上位10件）`,
  },
};

/**
 * Data validation saiken installs on recognized tables (product.md §4): the input message a
 * colleague sees on selecting a cell, and the alert on a wrong entry. Excel's limits: titles 32
 * characters, input message 255, error message 225.
 */
export const DATA_VALIDATION_TEXT = {
  rate: { promptTitle: '収納率（%）', prompt: '0～100 の数値を入力してください（saiken の入力規則）。', errorTitle: '収納率の入力', error: '収納率は 0～100 の数値で入力してください。' },
  rateScaled: { promptTitle: '収納率（%）', prompt: '0%～100% の値を入力してください（saiken の入力規則）。', errorTitle: '収納率の入力', error: '収納率は 0%～100% で入力してください。' },
  amount: { promptTitle: '金額', prompt: '0 以上の整数を入力してください（saiken の入力規則）。', errorTitle: '金額の入力', error: '金額は 0 以上の整数で入力してください。' },
  classification: { promptTitle: '債権の分類', prompt: '一覧から選んでください（強制徴収公債権・非強制徴収公債権・私債権。saiken の入力規則）。', errorTitle: '債権の分類', error: '強制徴収公債権・非強制徴収公債権・私債権のいずれかを選んでください。' },
  division: { promptTitle: '区分', prompt: '一覧から選んでください（現年度分・滞納繰越分・全体。saiken の入力規則）。', errorTitle: '区分', error: '現年度分・滞納繰越分・全体のいずれかを選んでください。' },
};
