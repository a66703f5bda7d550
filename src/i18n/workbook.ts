/**
 * Text the engine writes into workbooks (sheet headers, labels), Japanese: plans are Japanese
 * documents whatever the reader's display language.
 */
export const CHANGE_LOG_TEXT = {
  header: ['日時', 'シート', 'セル', '変更前の値', '書き込んだ数式'],
  /** The row 元に戻す appends (column E): the run above it has been undone. */
  undone: '（直前の再計算を元に戻しました）',
};

export const SUMMARY_TEXT = {
  title: '債権管理計画 集計',
  lead: 'このシートは saiken が計画表から作成しました。数値は計画表のセルを参照する数式です（計画表を直すと自動で反映されます）。',
  rowHeader: '区分',
  total: '合計',
  noDepartment: '（所管課なし）',
  unit: (u: string) => `（単位：${u}）`,
  kind: { actual: '実績', target: '目標', forecast: '見込' } as Record<string, string>,
  metric: { rate: '収納率', uncollected: '収入未済額', charged: '調定額', paid: '収入済額' } as Record<string, string>,
  met: '達成',
  notMet: '未達成',
  sections: {
    uncollectedByClass: '1 収入未済額（債権の区分別・年度別）',
    rateByClass: '2 収納率（債権の区分別・年度別。調定額・収入済額のある表は加重平均、ない表は単純平均）',
    uncollectedByDepartment: '3 収入未済額（所管課別・年度別）',
    rateByDepartment: '4 収納率（所管課別・年度別）',
    achievement: '5 目標の達成状況（実績と目標がそろう最新年度）',
    reduction: '6 収入未済額の縮減',
    chartData: '7 グラフ用データ',
  },
  achievementHeader: ['所管課', '債権名', '指標', '年度', '実績', '目標', '判定'],
  reductionHeader: ['基準年度の実績', '最終年度の目標', '縮減額', '縮減率（%）'],
  reductionNote: (base: string, last: string) => `基準: ${base}、目標: ${last}`,
  unclassifiedNote: (names: string) => `※ 区分が不明のため「その他」に集計した債権: ${names}`,
  chart: {
    year: '年度',
    debt: '債権名',
    yearAxis: '年度',
    debtAxis: '債権名',
    rateAxis: '収納率（%）',
    amountAxis: (unit: string | null) => `収入未済額（${unit ?? '円'}）`,
    uncollectedTitle: '収入未済額の推移（実績・目標）',
    rateTitle: '債権の区分別 収納率の推移',
    topTitle: (year: number) => `収入未済額の大きい債権（${year}年度 実績、上位10件）`,
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
  classification: { promptTitle: '債権の分類', prompt: '一覧から選んでください（強制徴収公債権・非強制徴収公債権・私債権）。', errorTitle: '債権の分類', error: '強制徴収公債権・非強制徴収公債権・私債権のいずれかを選んでください。' },
  division: { promptTitle: '区分', prompt: '一覧から選んでください（現年度分・滞納繰越分・全体）。', errorTitle: '区分', error: '現年度分・滞納繰越分・全体のいずれかを選んでください。' },
};
