/**
 * 取りまとめ (consolidate): sheet labels, statuses and cross-file finding messages, Japanese first.
 */
import type { Kind } from '../core/recognize/model';

export interface Text2 {
  ja: string;
  en: string;
}

export const KIND_JA: Record<Kind, string> = { actual: '実績', target: '目標', forecast: '見込' };
const KIND_EN: Record<Kind, string> = { actual: 'actuals', target: 'targets', forecast: 'forecasts' };

import { cellList } from './cell-list';

export { cellList, cellListEn } from './cell-list';

const yen = (v: number | null) => (v === null ? '空欄' : v.toLocaleString('ja-JP', { maximumFractionDigits: 3 }));
const yenEn = (v: number | null) => (v === null ? 'blank' : v.toLocaleString('en-US', { maximumFractionDigits: 3 }));
/** Two figures compared, written to the same decimals (28.0 → 28.8, not 28 → 28.8). */
const alike = (a: number, b: number, locale: string): [string, string] => {
  const places = (v: number) => (String(Number(v.toFixed(3))).split('.')[1] ?? '').length;
  const d = Math.max(places(a), places(b));
  return [a, b].map((v) => v.toLocaleString(locale, { minimumFractionDigits: d, maximumFractionDigits: d })) as [string, string];
};

export const CONSOLIDATE_MESSAGES = {
  'class-disagreement': (p: { debt: string; mine: string; other: string; otherFile: string }): Text2 => ({
    ja: `債権「${p.debt}」の分類が提出ファイル間で異なります。このファイルは「${p.mine}」、${p.otherFile} は「${p.other}」です。どちらかに揃えてください。`,
    en: `The debt "${p.debt}" is classified differently across submissions: "${p.mine}" here, "${p.other}" in ${p.otherFile}. Agree on one class.`,
  }),
  /** A department's figures of one kind sent again in a newer file: the newer file's replace these as a whole. */
  'duplicate-submission': (p: { department: string; kinds: Kind[]; count: number; winner: string; missing: string[] }): Text2 => {
    const ja = p.kinds.map((k) => KIND_JA[k]).join('・');
    const en = p.kinds.map((k) => KIND_EN[k]).join(' and ');
    const debts = p.missing.map((d) => `「${d}」`).join('');
    const debtsEn = p.missing.map((d) => `"${d}"`).join(', ');
    return {
      ja:
        `部署「${p.department}」の${ja}は新しい ${p.winner} でも提出されています。集計には ${p.winner} の${ja}を使い、このファイルの「${p.department}」の${ja}（${p.count}件）はすべて集計に含めません。` +
        (p.missing.length ? `${p.winner} には債権${debts}がないため、「${p.department}」の${debts}は全庁集計に含まれません。外したのでなければ、新しいファイルに含めて提出し直してもらってください。` : ''),
      en:
        `The ${en} of department "${p.department}" are also submitted in the newer ${p.winner}: the totals use that file's, and none of this file's ${en} of "${p.department}" (${p.count}) count.` +
        (p.missing.length ? ` ${p.winner} does not give ${debtsEn}, so the city totals have none of "${p.department}"'s ${debtsEn}: unless it was left out on purpose, have the department resubmit with it.` : ''),
    };
  },
  /** The same quantity twice in one workbook (a 総括 sheet and a detail sheet): counted once. */
  'repeated-figure': (p: {
    sheet: string;
    cells: string;
    count: number;
    firstSheet: string;
    firstCells: string;
    differ: { cell: string; value: number; firstCell: string; firstValue: number } | null;
  }): Text2 => ({
    ja:
      `シート「${p.sheet}」の ${p.cells} の数値（${p.count}件）は、シート「${p.firstSheet}」の ${p.firstCells} と同じ部署・債権・区分・項目・年度・種別の数値です。二重に数えないよう、集計には「${p.firstSheet}」の値だけを含めます。` +
      (p.differ ? `値が異なります（${p.sheet}!${p.differ.cell} は ${yen(p.differ.value)}、${p.firstSheet}!${p.differ.firstCell} は ${yen(p.differ.firstValue)}）。正しい値に揃えてください。` : ''),
    en:
      `The figures at ${p.cells} of sheet "${p.sheet}" (${p.count}) are the same department, debt, division, item, year and kind as ${p.firstCells} of sheet "${p.firstSheet}": to count them once, only "${p.firstSheet}" counts.` +
      (p.differ ? ` The values differ (${p.sheet}!${p.differ.cell} ${yenEn(p.differ.value)}, ${p.firstSheet}!${p.differ.firstCell} ${yenEn(p.differ.firstValue)}): make them agree.` : ''),
  }),
  /** A workbook's own summary of its debts (区分別, 課別まとめ): its debts are counted, it is not. */
  'summary-figures': (p: { sheet: string; cells: string; count: number; differ: { cell: string; value: number; sum: number } | null; unit: string }): Text2 => ({
    ja:
      `シート「${p.sheet}」の ${p.cells} の数値（${p.count}件）は、同じブックの債権ごとの数値をまとめたもの（区分別・課別の合計）です。二重に数えないよう、集計には債権ごとの数値だけを含めます。` +
      (p.differ ? `ただし ${p.sheet}!${p.differ.cell} の ${yen(p.differ.value)}${p.unit} は、債権ごとの数値の合計 ${yen(p.differ.sum)}${p.unit} と合いません。どちらかが誤っていませんか。` : ''),
    en:
      `The figures at ${p.cells} of sheet "${p.sheet}" (${p.count}) sum up the workbook's own debts (by class or department): to count them once, only the debts' figures count.` +
      (p.differ ? ` But ${p.sheet}!${p.differ.cell}, ${yenEn(p.differ.value)} ${p.unit}, is not the sum of the debts' figures, ${yenEn(p.differ.sum)} ${p.unit}: is one of them wrong?` : ''),
  }),
  /** One debt with the same figures from two departments: counted twice unless one of them drops it. */
  'same-debt-departments': (p: { debt: string; other: string; otherFile: string }): Text2 => ({
    ja: `債権「${p.debt}」は ${p.otherFile} の「${p.other}」も同じ数値で提出しています。全庁集計では両方を合計しているため、同じ債権であれば二重に数えています。所管の部署だけが提出するようにしてください（債権を分けて管理していて数値がたまたま同じであれば問題ありません）。`,
    en: `The debt "${p.debt}" is also submitted by "${p.other}" in ${p.otherFile} with the same figures. The city totals add both: if it is one debt, it is counted twice. Have only the department in charge submit it (if the two manage separate parts that happen to agree, nothing is wrong).`,
  }),
  /** A debt left out of its class's 収納率, which other debts of the class give amounts for. */
  'rate-partial': (p: { department: string; debt: string; classification: string; kind: Kind; years: string }): Text2 => ({
    ja: `${p.department}「${p.debt}」は調定額と収入済額の両方がそろっていないため、全庁集計の「${p.classification}」の収納率（${KIND_JA[p.kind]}、${p.years}年度）に含めていません。この収納率は両方がある債権だけで計算しています。調定額と収入済額を両方書いてください。`,
    en: `${p.department} "${p.debt}" does not give both 調定額 and 収入済額, so it is not in the ${p.classification} collection rate (${KIND_EN[p.kind]}, ${p.years}) of the city totals, which is computed over the debts that give both. Give both amounts.`,
  }),
  /** A debt left out of its class's 達成状況, which compares 実績 and 目標 of the debts that give both. */
  'target-partial': (p: { department: string; debt: string; classification: string; item: string; years: string }): Text2 => ({
    ja: `${p.department}「${p.debt}」の${p.item}（${p.years}年度）は実績と目標の両方がないため、全庁集計の「${p.classification}」の達成状況の比較に含めていません（両方がある債権だけで比べています）。`,
    en: `${p.department} "${p.debt}" does not give both the actual and the target ${p.item} (${p.years}), so the ${p.classification} 達成状況 of the city totals does not compare it (it compares the debts that give both).`,
  }),
  'department-variant': (p: { name: string; canonical: string; otherFile: string }): Text2 => ({
    ja: `部署名「${p.name}」は ${p.otherFile} の「${p.canonical}」と同じ部署と思われます。集計は「${p.canonical}」にまとめました。表記を揃えてください。`,
    en: `The department "${p.name}" seems to be "${p.canonical}" of ${p.otherFile}; the totals use "${p.canonical}". Use one spelling.`,
  }),
  'unit-mismatch': (p: { unit: string; city: string }): Text2 => ({
    ja: `このファイルの金額の単位は「${p.unit}」で、市の単位「${p.city}」と異なります。明細と集計では「${p.city}」に換算しました（元の値は明細に残しています）。`,
    en: `This file's amounts are in ${p.unit}, not the city's ${p.city}; 明細 and the totals convert them (the original values are kept in 明細).`,
  }),
  /** A sheet's amounts a thousand times (or a thousandth of) the previous round's: its unit is likely wrong. */
  'unit-thousandfold': (p: { sheet: string; count: number; debt: string; year: number; item: string; before: number; after: number; unit: string; more: boolean }): Text2 => ({
    ja: `シート「${p.sheet}」の金額 ${p.count}件が前回の提出のちょうど${p.more ? '1000倍' : '1000分の1'}です（${p.debt} ${p.year}年度 ${p.item}: 前回 ${alike(p.before, p.after, 'ja-JP')[0]}${p.unit} → 今回 ${alike(p.before, p.after, 'ja-JP')[1]}${p.unit}）。表の単位（千円か円か）が正しいか確かめてください。`,
    en: `${p.count} amount(s) on sheet "${p.sheet}" are exactly ${p.more ? '1000 times' : 'a thousandth of'} the previous round's (${p.debt}, FY${p.year} ${p.item}: ${alike(p.before, p.after, 'en-US')[0]} → ${alike(p.before, p.after, 'en-US')[1]} ${p.unit}). Check the table's unit (千円 or 円).`,
  }),
  'revised-actual': (p: { department: string; debt: string; item: string; year: number; before: number; after: number; unit: string }): Text2 => ({
    ja: `${p.department}「${p.debt}」の${p.year}年度の${p.item}（実績）が前回の提出から変わっています（前回 ${alike(p.before, p.after, 'ja-JP')[0]}${p.unit} → 今回 ${alike(p.before, p.after, 'ja-JP')[1]}${p.unit}）。`,
    en: `The ${p.year} actual ${p.item} of ${p.department} "${p.debt}" changed since the previous submission (${alike(p.before, p.after, 'en-US').join(' → ')} ${p.unit}).`,
  }),
  'revised-target': (p: { department: string; debt: string; item: string; year: number; before: number; after: number; unit: string }): Text2 => ({
    ja: `${p.department}「${p.debt}」の${p.year}年度の${p.item}（目標）が前回の提出から変わっています（前回 ${alike(p.before, p.after, 'ja-JP')[0]}${p.unit} → 今回 ${alike(p.before, p.after, 'ja-JP')[1]}${p.unit}）。`,
    en: `The ${p.year} target ${p.item} of ${p.department} "${p.debt}" changed since the previous submission (${alike(p.before, p.after, 'en-US').join(' → ')} ${p.unit}).`,
  }),
  /** A department the previous round had figures of, none of which came in this round. */
  'dropped-department': (p: { department: string; file: string; debts: string[] }): Text2 => ({
    ja: `前回は部署「${p.department}」の数値（${p.file}${p.debts.length ? `、債権${p.debts.map((d) => `「${d}」`).join('')}` : ''}）がありましたが、今回の提出にはありません。提出漏れでないか確認してください。`,
    en: `The previous round had figures of "${p.department}" (${p.file}${p.debts.length ? `: ${p.debts.map((d) => `"${d}"`).join(', ')}` : ''}); this round has none. Check that its file was not left out.`,
  }),
  /** Debts a department gave in the previous round and not in this one. */
  'dropped-debt': (p: { department: string; debts: string[] }): Text2 => ({
    ja: `部署「${p.department}」の債権${p.debts.map((d) => `「${d}」`).join('')}は前回の提出にありましたが、今回はありません。完済などでなくなったのでなければ、提出し直してもらってください。`,
    en: `Department "${p.department}" gave ${p.debts.map((d) => `"${d}"`).join(', ')} in the previous round, and not in this one: unless the debt is gone (paid off, say), have it resubmitted.`,
  }),
  'open-in-excel': (): Text2 => ({
    ja: 'このブックは Excel で開かれています（所有者ファイル ~$… があります）。最後に保存された内容を取りまとめました。保存していない変更があれば、保存してから取りまとめ直してください。',
    en: 'This workbook is open in Excel (its owner file ~$… is there): what was last saved is consolidated. Save any unsaved changes and consolidate again.',
  }),
  'no-plan-tables': (): Text2 => ({
    ja: 'このブックには計画表が見つかりませんでした。提出ファイルを確認してください。',
    en: 'No plan table was found in this workbook; check the submitted file.',
  }),
  'rate-not-weighted': (p: { classification: string; periods: { year: number; kind: Kind }[] }): Text2 => ({
    ja: `「${p.classification}」の収納率（${p.periods.map((x) => `${x.year}年度${KIND_JA[x.kind]}`).join('・')}）は調定額・収入済額の提出がないため、加重平均の全庁値を計算できません。各課の収納率は明細にあります。`,
    en: `The ${p.classification} collection rate (${p.periods.map((x) => `FY${x.year} ${KIND_EN[x.kind]}`).join(', ')}) has no 調定額/収入済額 submitted, so no weighted city-wide rate is computed; each department's rate is in 明細.`,
  }),
  /** 基準年度比削減額 of a class or department counts the debts given every year from its base year: those years and the debts left out are named. */
  'reduction-partial': (p: { group: string; years: string; base: number | null; debts: string }): Text2 => ({
    ja:
      p.base === null
        ? `「${p.group}」の基準年度比削減額は、二つ以上の年度にわたって収入未済額の実績がそろう債権がないため計算していません（年度によって債権が変わると増減が比べられないため）。`
        : `「${p.group}」の基準年度比削減額は、基準年度（${p.base}年度）から毎年度の収入未済額の実績がそろう債権で計算しています（${p.years}年度。年度によって債権が変わると増減が比べられないため）。${p.debts ? `含めていない債権: ${p.debts}。` : ''}`,
    en:
      p.base === null
        ? `No reduction from the base year for ${p.group}: no debt gives 収入未済額 in two years or more, so the years would compare different debts.`
        : `The reduction from the base year for ${p.group} counts the debts that give 収入未済額 every year from the base year (${p.base}; ${p.years}), so that the years compare the same debts.${p.debts ? ` Not counted: ${p.debts}.` : ''}`,
  }),
  unreadable: (p: { reason: string }): Text2 => ({ ja: p.reason, en: p.reason }),
  /** department-variant for near names (not alike once normalized): maybe one department, maybe two. */
  'department-near': (p: { name: string; other: string; otherFile: string }): Text2 => ({
    ja: `部署名「${p.name}」は ${p.otherFile} の「${p.other}」とよく似ています。同じ部署の表記ゆれかもしれません（別の部署であれば問題ありません）。集計では別の部署として扱っています。`,
    en: `The department "${p.name}" is close to "${p.other}" of ${p.otherFile}: it may be a variant spelling of one department (if they are two departments, nothing is wrong). The totals keep them apart.`,
  }),
  /** Figures a file gives that no total can count: each sheet and set of reasons once, with its cells. */
  'not-counted': (p: { sheet: string; cells: string; count: number; reasons: NotCountedReason[] }): Text2 => ({
    ja: `シート「${p.sheet}」の ${p.cells} の数値（${p.count}件）は${p.reasons.map((r) => NOT_COUNTED_WHAT[r].ja).join('・')}が分からないため、全庁集計に含めていません（明細の集計対象は 0）。${p.reasons.map((r) => NOT_COUNTED_FIX[r].ja).join('')}`,
    en: `The figures at ${p.cells} of sheet "${p.sheet}" (${p.count}) are not in the city totals (明細 集計対象 0): their ${p.reasons.map((r) => NOT_COUNTED_WHAT[r].en).join(', ')} not known. ${p.reasons.map((r) => NOT_COUNTED_FIX[r].en).join(' ')}`,
  }),
  /** 提出状況's 理由 for a file with figures out of the totals (each is a not-counted finding). */
  /** 提出状況's 理由 of a file a newer submission replaced, wholly or in part. */
  'superseded-status': (p: { by: string[]; all: boolean }): Text2 => ({
    ja: `${p.all ? 'すべての数値' : '一部の数値'}を新しい ${p.by.join('、')} に置き換えました（${p.all ? 'このファイルの数値は集計に含めていません' : '置き換えた部署・種別の数値は集計に含めていません'}）。`,
    en: `${p.all ? 'All its figures are' : 'Some of its figures are'} replaced by the newer ${p.by.join(', ')} (${p.all ? 'none of this file counts' : 'those of the departments and kinds replaced do not count'}).`,
  }),
  'not-counted-status': (p: { count: number; where: string }): Text2 => ({
    ja: `全庁集計に含めていない数値が ${p.count}件あります（${p.where}）。指摘一覧を見てください。`,
    en: `${p.count} figures are not in the city totals (${p.where}); see 指摘一覧.`,
  }),
  /** Amounts whose headings name no item (金額 of no stage): summed apart, in no total of 収入未済額 and the others. */
  'amount-unnamed': (p: { sheet: string; cells: string; count: number }): Text2 => ({
    ja: `シート「${p.sheet}」の ${p.cells} の金額（${p.count}件）は何の額（調定額・収入済額・収入未済額など）か書かれていないため、全庁集計では「金額」として別に集計し、収入未済額などの集計（部署別を含む）には含めていません。列の見出しか表題に「収入未済額」のように項目名を書いてください。`,
    en: `The amounts at ${p.cells} of sheet "${p.sheet}" (${p.count}) say not what they are (調定額, 収入済額, 収入未済額…): they are summed apart as 金額, in no total of 収入未済額 or the others (by department neither). Write the item, e.g. 収入未済額, in the column's heading or the title.`,
  }),
  /** Figures counted by class that no department holds: the 部署別 totals cannot show them. */
  'no-department': (p: { sheet: string; cells: string; count: number }): Text2 => ({
    ja: `シート「${p.sheet}」の ${p.cells} の数値（${p.count}件）は部署が分からないため、全庁集計の分類別には含めましたが、部署別には含めていません。所管課の列を設けるか、表の上に「所管課：税務課」のように書いてください。`,
    en: `The figures at ${p.cells} of sheet "${p.sheet}" (${p.count}) have no department: they are in the totals by class but not by department. Add a 所管課 column, or write e.g. 所管課：税務課 above the table.`,
  }),
  /** Formula cells of a plan table with no result stored: nothing to read, so the totals lack them. */
  'formula-no-value': (p: { sheet: string; cells: string[] }): Text2 => ({
    ja: `シート「${p.sheet}」の ${cellList(p.cells)} は数式ですが計算結果が保存されていないため、値を読めず、全庁集計に含めていません（${p.cells.length}件）。Excel で開いて保存し直してから提出してください。`,
    en: `The formulas at ${cellList(p.cells)} of sheet "${p.sheet}" (${p.cells.length}) have no result stored: no value can be read and the city totals lack them. Open the file in Excel, save it and submit it again.`,
  }),
  /** A workbook saiken's 取りまとめ wrote (the previous round's output left among the submissions). */
  'consolidation-skipped': (p: { file: string; sheets: string }): Text2 => ({
    ja: `${p.file} は saiken の取りまとめ結果（シート ${p.sheets}）のため、提出ファイルとして読み込まず、集計に含めていません。`,
    en: `${p.file} is a consolidation saiken wrote (sheets ${p.sheets}): it is not read as a submission and not counted.`,
  }),
  /** The same, for a workbook that also holds plans of its own: only the consolidation's sheets are left out. */
  'consolidation-sheets-skipped': (p: { file: string; sheets: string }): Text2 => ({
    ja: `${p.file} のシート ${p.sheets} は saiken の取りまとめ結果のため読み込まず、集計に含めていません（ほかのシートの表は読み込みました）。`,
    en: `The sheets ${p.sheets} of ${p.file} are a consolidation saiken wrote: they are not read nor counted (the tables of its other sheets are).`,
  }),
} as const;

/** Why an observation cannot be counted in the totals (an amount is summed by item × year × kind in one unit). */
export type NotCountedReason = 'item' | 'unit' | 'year' | 'kind' | 'division';

const NOT_COUNTED_WHAT: Record<NotCountedReason, Text2> = {
  item: { ja: '項目（調定額・収入未済額など）', en: 'item (調定額, 収入未済額 …)' },
  unit: { ja: '金額の単位（円・千円・百万円）', en: 'unit of amount (円, 千円, 百万円)' },
  year: { ja: '年度', en: 'fiscal year' },
  kind: { ja: '種別（実績・目標・見込）', en: 'kind (actual, target, forecast)' },
  division: { ja: '区分（現年度分・滞納繰越分・全体）', en: 'division (現年度分, 滞納繰越分, 全体)' },
};

const NOT_COUNTED_FIX: Record<NotCountedReason, Text2> = {
  item: { ja: '表題か見出しに項目名（収入未済額など）を書いてください。', en: 'Name the item (収入未済額 …) in the title or heading.' },
  unit: { ja: '表の上に「（単位：千円）」のように単位を書いてください。', en: 'State the unit above the table, e.g. （単位：千円）.' },
  year: { ja: '見出しに年度を書いてください。', en: 'State the fiscal year in the heading.' },
  kind: { ja: '見出しに「決算」「目標」「見込」などを書いてください。', en: 'State 決算, 目標 or 見込 in the heading.' },
  division: {
    ja: '同じ債権の現年度分・滞納繰越分と並んでいるため、どちらかの区分か合計か分かりません。行の見出しを「現年度分」「滞納繰越分」「計」のいずれかにしてください。',
    en: 'It stands beside the same debt\'s 現年度分 and 滞納繰越分, so it may be either or their sum: label the row 現年度分, 滞納繰越分 or 計.',
  },
};

export type ConsolidateCode = Exclude<keyof typeof CONSOLIDATE_MESSAGES, 'unreadable' | 'department-near' | 'consolidation-sheets-skipped' | 'not-counted-status' | 'superseded-status'>;

/** The workbook the command writes: sheet names, headers, statuses. */
export const CONSOLIDATE_TEXT = {
  sheets: { status: '提出状況', detail: '明細', totals: '全庁集計', issues: '指摘一覧' },
  status: { ok: '取込済', errors: 'エラーあり', unreadable: '読込不可', missing: '未提出', skipped: '除外', 'no-tables': '計画表なし' },
  statusHeaders: ['ファイル', '更新日時', '部署', '表', 'エラー', '警告', '状況', '理由', '指摘'],
  detailHeaders: ['ファイル', 'シート', 'セル', '部署', '部署（集計）', '債権名', '区分', '分類', '項目', '年度', '種別', '単位', '値', '値（市の単位）', '集計対象', '収納率対象', '達成比較対象', '削減比較対象（分類別）', '削減比較対象（部署別）', '目標削減比較対象（分類別）', '目標削減比較対象（部署別）'],
  issueHeaders: ['ファイル', 'シート', 'セル', 'コード', '重要度', 'メッセージ'],
  totalsHeaders: (groupLabel: string) => [groupLabel, '項目', '年度', '実績', '目標', '見込', '達成状況', '基準年度比削減額'],
  totalsTitle: (unit: string) => `全庁集計（単位：${unit}、収納率は％）`,
  byClass: '分類別',
  byDepartment: '部署別（収入未済額・収納率）',
  classLabel: '分類',
  departmentLabel: '部署',
  unclassified: '未分類',
  noDepartment: '（部署なし）',
  kind: KIND_JA,
  /** 明細's 種別 of a difference (③-②, 増減(R8-R6)): of no year and kind. */
  difference: '増減',
  severity: { error: 'エラー', warning: '警告', info: '情報' } as Record<'error' | 'warning' | 'info', string>,
  /** Under a file's errors the CLI prints, how many more 指摘一覧 has. */
  moreErrors: (file: string, n: number) => `エラー\t${file}\tほか ${n}件のエラーは取りまとめたブックの「指摘一覧」にあります。`,
  achieved: '達成',
  notAchieved: '未達成',
  /** After a verdict of fewer debts than 実績 and 目標 beside it show, and the line under the block saying so. */
  fewerMark: '※',
  /** Under a block with target years' 基準年度比削減額: of which debts they are. */
  planReductionNote: (years: string) => `※ 目標年度の基準年度比削減額は、最新の実績の年度（${years}）の実績とすべての目標年度の目標がそろう債権だけで比べています（目標のない年度がある債権は含みません）。`,
  /** Under a block, its groups whose 収入未済額 sums different numbers of debts by year (a target left blank). */
  debtCountsNote: (groups: string) => `※ 債権数が年度で異なります（合計は数値のある債権だけの和です）: ${groups}`,
  fewerNote: '※ 達成状況は、実績と目標の両方がある債権だけで比べています（目標のない債権の実績は比べていません。指摘一覧の target-partial に債権名があります）。',
  ratesOfFewerNote: '※ 収納率は、調定額と収入済額の両方がある債権だけで計算しています（収納率だけを記載した債権は含みません。指摘一覧の rate-partial に債権名があります）。',
  toIssues: '指摘へ',
  noIssues: 'なし',
  chartTitle: '収入未済額の推移（分類別・実績）',
  chartData: 'グラフ用：収入未済額（実績）',
  progress: '取りまとめ中',
  written: (out: string, files: number, rows: number) => `${out} に取りまとめました（ファイル ${files}件、明細 ${rows}行）。`,
  writtenEn: (out: string, files: number, rows: number) => `Consolidated into ${out} (${files} files, ${rows} rows).`,
  noInput: '提出ファイルとして読めるブックが1つもありません（読めないブックと saiken の取りまとめ結果（除外）のほかにありません）。',
  noInputEn: 'No submission could be read (nothing but unreadable workbooks and saiken\'s own consolidations, left out).',
  summary: (ok: number, errors: number, unreadable: number, issues: number, skipped = 0, noTables = 0) =>
    `取込済 ${ok}件・エラーあり ${errors}件・読込不可 ${unreadable}件${noTables ? `・計画表なし ${noTables}件` : ''}${skipped ? `・除外 ${skipped}件` : ''}、指摘 ${issues}件`,
};

/** The files picked that were not read, or held no plan table (the panes' status names them, as 提出状況 does). */
const notRead = (unreadable: string[], noTables: string[]) =>
  `${unreadable.length ? ` 読み込めなかったファイル: ${unreadable.join('、')}。` : ''}${noTables.length ? ` 計画表のないファイル: ${noTables.join('、')}。` : ''}`;
const notReadEn = (unreadable: string[], noTables: string[]) =>
  `${unreadable.length ? ` Not read: ${unreadable.join(', ')}.` : ''}${noTables.length ? ` No plan table: ${noTables.join(', ')}.` : ''}`;

/** The files not read, or of no plan table, as a pane's status names them. */
export function notReadOf(t: { notRead: (unreadable: string[], noTables: string[]) => string }, files: readonly { file: string; status: string }[]): string {
  return t.notRead(files.filter((f) => f.status === 'unreadable').map((f) => f.file), files.filter((f) => f.status === 'no-tables').map((f) => f.file));
}

/** The workbench's 取りまとめ button. */
export const CONSOLIDATE_PANE = {
  ja: {
    button: '取りまとめ',
    hint: '各課のブック（複数）を選ぶと、提出状況・明細・全庁集計・指摘一覧のブックを作ってダウンロードします',
    reading: (done: number, total: number) => `取りまとめ中… ${done}/${total}`,
    done: (files: number, rows: number, errors: number) => `取りまとめました（ファイル ${files}件・明細 ${rows}行・エラー ${errors}件）`,
    none: '読み込めたブックが1つもありません。',
    failed: (m: string) => `取りまとめできませんでした: ${m}`,
    fileName: '取りまとめ.xlsx',
    missing: (names: string[]) => ` 未提出: ${names.join('、')}（設定の「提出を求める部署」による）`,
    notRead,
  },
  en: {
    button: 'Consolidate',
    hint: "Pick the departments' workbooks: a workbook of 提出状況, 明細, 全庁集計 and 指摘一覧 is made and downloaded",
    reading: (done: number, total: number) => `Consolidating… ${done}/${total}`,
    done: (files: number, rows: number, errors: number) => `Consolidated (${files} files, ${rows} rows, ${errors} errors)`,
    none: 'No workbook could be read.',
    failed: (m: string) => `Could not consolidate: ${m}`,
    fileName: 'consolidated.xlsx',
    missing: (names: string[]) => ` Not submitted: ${names.join(', ')} (from the expected departments in Settings)`,
    notRead: notReadEn,
  },
};

/** The Excel pane's 取りまとめ: the sheets go into the open workbook. */
export const CONSOLIDATE_EXCEL = {
  ja: {
    button: '取りまとめ',
    hint: '各課のブック（複数）を選ぶと、提出状況・明細・全庁集計・指摘一覧のシートをこのブックに書き込みます（前回の取りまとめのシートは置き換えます）',
    reading: (done: number, total: number) => `取りまとめ中… ${done}/${total}`,
    done: (files: number, rows: number, errors: number, sheets: string) => `取りまとめました（ファイル ${files}件・明細 ${rows}行・エラー ${errors}件）。シート: ${sheets}`,
    none: '読み込めたブックが1つもありません。ブックには何も書き込んでいません。',
    failed: (m: string) => `取りまとめできませんでした: ${m}`,
    missing: (names: string[]) => ` 未提出: ${names.join('、')}（設定の「提出を求める部署」による）`,
    notRead,
  },
  en: {
    button: 'Consolidate',
    hint: "Pick the departments' workbooks: the sheets 提出状況, 明細, 全庁集計 and 指摘一覧 are written into this workbook (the previous consolidation's sheets are replaced)",
    reading: (done: number, total: number) => `Consolidating… ${done}/${total}`,
    done: (files: number, rows: number, errors: number, sheets: string) => `Consolidated (${files} files, ${rows} rows, ${errors} errors). Sheets: ${sheets}`,
    none: 'No workbook could be read. Nothing was written to the workbook.',
    failed: (m: string) => `Could not consolidate: ${m}`,
    missing: (names: string[]) => ` Not submitted: ${names.join(', ')} (from the expected departments in Settings)`,
    notRead: notReadEn,
  },
};

/** `saiken consolidate`: where the expected departments come from (--departments, --settings-from, the output). */
export const CONSOLIDATE_CLI = {
  /** `saiken consolidate --help`. */
  help: {
    description:
      "各課のブックを取りまとめ、提出状況・明細・全庁集計・指摘一覧のブックを作成 / consolidate the departments' workbooks\n" +
      '例 / example: saiken consolidate 提出/ -o 取りまとめ.xlsx --previous 前回提出/',
    books: 'ブックまたはフォルダー / workbooks or folders',
    output: '出力先 / output workbook',
    previous: '前回の提出（実績・目標の修正、提出されなくなった部署・債権を検出） / the previous round, to find revised actuals and targets, and departments or debts dropped',
    unit: "市の金額単位（円・千円・百万円） / the city's unit",
    departments:
      '提出を求める部署の一覧（1行に1部署）。省略時は --settings-from のブック、なければ既存の出力先の設定から / expected departments, one a line; else the settings of --settings-from, else of the existing output',
    settingsFrom: '提出を求める部署を設定から読むブック / a workbook whose settings list the expected departments',
    json: 'JSON を出力 / print the JSON result',
    unitInvalid: (unit: string) => `--unit: 円・千円・百万円 のいずれかを指定してください / one of 円, 千円, 百万円 (${unit})`,
  },
  settingsFromUnreadable: (file: string, reason: string) => `--settings-from: ${file} の設定を読めませんでした（${reason}） / could not read the settings of ${file}`,
  outputSettingsUnreadable: (file: string, reason: string) =>
    `警告: 出力先 ${file} を読めなかったため、保存されていた提出を求める部署の一覧は使いません（${reason}） / warning: could not read ${file}, so its list of expected departments is not used`,
  departmentsUnreadable: (file: string, reason: string) => `--departments: ${file} を読めませんでした（${reason}） / could not read ${file}`,
  departmentsInvalid: (file: string) => `${file}: 提出を求める部署は2000部署まで、1部署100文字までです / at most 2000 expected departments of at most 100 characters each`,
  helpDepartments:
    '提出を求める部署: --departments、なければ --settings-from のブックの設定、なければ既存の出力先の設定。出力先には使った一覧を設定として保存するので、次回は省略できます。\n' +
    'Expected departments: --departments, else the settings of --settings-from, else of the existing output; the output stores the list used, so the next round needs no option.\n' +
    '例 / example: saiken consolidate 提出/ -o 取りまとめ.xlsx --departments 部署一覧.txt',
};
