/**
 * Finding messages, Japanese first. Each template receives the finding's parameters.
 */
import type { Kind } from '../core/recognize/model';
import { KIND_JA } from './consolidate';
import { eraYearText } from '../core/text/years';

export type FindingParams = Record<string, string | number | null | undefined>;

interface Template {
  ja: (p: FindingParams) => string;
  en: (p: FindingParams) => string;
}

const fmt = (v: string | number | null | undefined) => (v === null || v === undefined ? '空欄' : String(v));
const fmtEn = (v: string | number | null | undefined) => (v === null || v === undefined ? 'blank' : String(v));

/** What an Excel error in a plan's cell most often means (Excel's own descriptions of its error values). */
const EXCEL_ERROR_HINT: Record<string, { ja: string; en: string }> = {
  '#DIV/0!': { ja: '（0 で割っています。調定額が 0 の収納率など）', en: ' (a division by zero: a rate over a zero charge, say)' },
  '#REF!': { ja: '（数式の参照先のセルや行・列が削除されています）', en: ' (the formula refers to cells, rows or columns that were deleted)' },
  '#VALUE!': { ja: '（数式が文字列など計算できない値を参照しています）', en: ' (the formula uses a value it cannot compute with, text say)' },
  '#NAME?': { ja: '（数式の関数名や名前が正しくありません）', en: ' (the formula names a function or name Excel does not know)' },
  '#N/A': { ja: '（検索などの数式で値が見つかりません）', en: ' (a lookup found no value)' },
};

/** input-suspect's second cell, where the figures could be of either (B6 100,000 less or C6 100,000 more). */
const orJa = (p: FindingParams) => (p.otherCell ? `、または ${p.otherCell} を ${p.other}` : '');
const orEn = (p: FindingParams) => (p.otherCell ? `, or of ${p.otherCell} = ${p.other}` : '');
const whoJa = (p: FindingParams) => (p.otherCell ? `${p.cell} か ${p.otherCell}` : String(p.cell));
const whoEn = (p: FindingParams) => (p.otherCell ? `${p.cell} or ${p.otherCell}` : String(p.cell));

export const FINDING_MESSAGES: Record<string, Template> = {
  'table-not-recognized': {
    ja: (p) => `計画表のように見えますが、読み取れませんでした（${p.reason}）。見出し行（債権名・年度など）を確認してください。`,
    en: (p) => `This looks like a plan table but could not be read (${p.reasonEn}). Check the header row (debt name, fiscal years).`,
  },
  'unit-unknown': {
    ja: () => `金額の単位（円・千円・百万円）が表の上にも見出しにも書かれていないため、ほかの表や他部署の表と合わせて集計できません。表の上に（単位：千円）のように書いてください。`,
    en: () => `No unit (円, 千円, 百万円) is stated above the table or in its headers, so its amounts cannot be set beside other tables' or other departments'. Write e.g. (単位：千円) above the table.`,
  },
  'hidden-rows': {
    ja: (p) => `非表示の行（${p.rows}行目）も表の行として読んでいます。合計（SUM）、集計・取りまとめにもその数値が含まれます。表に含めない行であれば、削除するか（参考）と記入してください。`,
    en: (p) => `Hidden row${Number(p.count) > 1 ? 's' : ''} ${p.rows} ${Number(p.count) > 1 ? 'are' : 'is'} read as rows of the table: a total (SUM), the summary and the consolidation count ${Number(p.count) > 1 ? 'their' : 'its'} figures. If ${Number(p.count) > 1 ? 'they are' : 'it is'} not part of the table, delete ${Number(p.count) > 1 ? 'them' : 'it'} or mark ${Number(p.count) > 1 ? 'them' : 'it'} (参考).`,
  },
  'hidden-sheet': {
    ja: (p) => `非表示のシート「${p.sheet}」（${p.cell} から）に計画表がありますが、非表示のシートは確認・再計算・集計をしていません。対象にする表であれば、シートを再表示してください。`,
    en: (p) => `The hidden sheet "${p.sheet}" holds a plan table (at ${p.cell}); hidden sheets are not checked, recalculated nor summarized. If it should be, unhide the sheet.`,
  },
  'not-a-number': {
    ja: (p) => `数値が入るべきセルに文字「${p.text}」があります。数値を入力してください（文字のままでは、この値を使う合計や差引を検証も再計算もできません）。`,
    en: (p) => `Text "${p.text}" where a number belongs: type the figure (as text, the totals and differences over it can be neither checked nor recalculated).`,
  },
  'number-as-text': {
    ja: (p) =>
      p.total
        ? `数値「${p.text}」が文字列として入力されています。Excel の数式はこのセルを数値として扱いません。合計の行のセルなので、再計算を実行すると合計の数式（SUM）に置き換えます。再計算を使わないときは、数値として入力し直してください。`
        : `数値「${p.text}」が文字列として入力されています。Excel の合計（SUM）や平均はこのセルを数えず、表計算ソフトによっては計算式でエラーになるため、再計算はこのセルを使う合計・差引を書き換えません（合計がこのセルを数えていなければ、その合計を使う差引も）。数値として入力し直してください。`,
    en: (p) =>
      p.total
        ? `The number "${p.text}" is entered as text, which Excel's formulas do not take as a number. It is a total's cell: recalculation replaces it with the total's formula (SUM). Without recalculation, enter it as a number.`
        : `The number "${p.text}" is entered as text. Excel's SUM and AVERAGE skip it, and some spreadsheets give an error in formulas over it, so recalculation leaves the totals and differences that use it as they are (and, where a total does not count it, the differences over that total). Enter it as a number.`,
  },
  'percent-mixed': {
    ja: (p) => `このセルは「${p.shown}」と表示されていますが、列のほかのセルとは違う形（パーセント書式の小数と数値）で入力されています。表示どおり ${p.shown} として確認しましたが、計算式はセルの中身で計算するため、再計算はこのセルを使う合計・差引を書き換えません。列のほかのセルと同じ形で入力し直してください。`,
    en: (p) => `The cell shows ${p.shown} but is kept unlike the rest of its column (a percent-formatted fraction against plain numbers, or the reverse). It was checked as shown, but formulas use what the cell holds, so recalculation leaves the totals and differences that use it as they are. Enter it as the column's other cells are.`,
  },
  'excel-error': {
    ja: (p) => `セルが Excel のエラー「${p.text}」を表示しています${EXCEL_ERROR_HINT[String(p.text)]?.ja ?? ''}。値を確認してください。`,
    en: (p) => `The cell shows the Excel error ${p.text}${EXCEL_ERROR_HINT[String(p.text)]?.en ?? ''}. Check the figure.`,
  },
  'rate-out-of-range': {
    ja: (p) => `収納率 ${p.value} が 0〜100 の範囲外です。`,
    en: (p) => `The rate ${p.value} is outside 0–100.`,
  },
  'negative-amount': {
    ja: (p) => `${p.item}がマイナス（${p.value}）です。差引の列以外で金額は負になりません。`,
    en: (p) => `A negative amount (${p.value}) outside a delta column.`,
  },
  'delta-mismatch': {
    ja: (p) => `差引が合いません。${p.formula} = ${p.expected} ですが、${p.actual} と記載されています。`,
    en: (p) => `The difference does not match: ${p.formula} = ${p.expected}, but ${p.actual} is shown.`,
  },
  'change-rate-mismatch': {
    ja: (p) => `増減率が合いません。${p.formula} = ${p.expected} ですが、${p.actual} と記載されています。`,
    en: (p) => `The rate of change does not match: ${p.formula} = ${p.expected}, but ${p.actual} is shown.`,
  },
  'subtotal-kept': {
    ja: (p) => `この合計は SUBTOTAL（非表示・フィルターで隠れた行を除く合計）のため、${p.range} の合計 ${p.expected} と違う ${p.actual} をそのままにしました。`,
    en: (p) => `This total is a SUBTOTAL (rows hidden or filtered out are left out): ${p.actual} is kept, although the sum of ${p.range} is ${p.expected}.`,
  },
  'formula-no-value': {
    ja: (p) => `${p.cells} は数式ですが計算結果が保存されていないため、値を読めません（${p.count}件）。Excel で開いて保存し直すと計算結果が保存され、検証できます。`,
    en: (p) => `The formulas at ${p.cellsEn} have no result stored (${p.count}): their figures cannot be read. Open the workbook in Excel and save it to store them, then check again.`,
  },
  'input-suspect': {
    ja: (p) => `${p.cell} は ${p.actual} ですが、再計算で書き換えた ${p.cells} はいずれも ${p.cell} を ${p.expected}${orJa(p)} として記載されていました。${whoJa(p)} の入力誤りではありませんか（${p.cells} は ${whoJa(p)} から計算し直しました。変更履歴から元に戻せます）。`,
    en: (p) => `${p.cell} holds ${p.actual}, but ${p.cellsEn}, which 再計算 rewrote, all showed figures of ${p.cell} = ${p.expected}${orEn(p)}. Is ${whoEn(p)} typed wrong? (${p.cellsEn} are now computed from it; the change log can undo them.)`,
  },
  // The same finding where the two figures differ as a slip of the keys does: what it explains is left as typed.
  'input-suspect-held': {
    ja: (p) => `${p.cell} は ${p.actual} ですが、${p.cells} はいずれも ${p.cell} を ${p.expected}${orJa(p)} として記載されています。桁の抜け・余分・打ち違い・入れ替えによる ${whoJa(p)} の入力誤りと思われるため、${p.held} は計算し直さず、記載のままにしました。${whoJa(p)} を直してから再計算してください（${whoJa(p)} が正しい場合は、${p.held} を消してから再計算すると数式で埋めます）。`,
    en: (p) => `${p.cell} holds ${p.actual}, but ${p.cellsEn} all show figures of ${p.cell} = ${p.expected}${orEn(p)}: a digit dropped, added, mistyped or swapped in ${whoEn(p)}, most likely. ${p.heldEn} are left as typed, not computed again. Correct ${whoEn(p)} and recalculate (if ${whoEn(p)} is right, clear ${p.heldEn} and recalculate: they are filled with formulas).`,
  },
  // The same, found by 検証 (nothing rewritten yet): what 再計算 would do with the figures.
  'input-suspect-check': {
    ja: (p) => `${p.cell} は ${p.actual} ですが、${p.cells} はいずれも ${p.cell} を ${p.expected}${orJa(p)} として記載されています。${whoJa(p)} の入力誤りではありませんか（${p.cells} を直す前に ${whoJa(p)} を確認してください。再計算すると ${p.cells} は ${whoJa(p)} から計算し直されます）。`,
    en: (p) => `${p.cell} holds ${p.actual}, but ${p.cellsEn} all show figures of ${p.cell} = ${p.expected}${orEn(p)}. Is ${whoEn(p)} typed wrong? (Check it before correcting ${p.cellsEn}: 再計算 would compute them from it.)`,
  },
  'input-suspect-check-held': {
    ja: (p) => `${p.cell} は ${p.actual} ですが、${p.cells} はいずれも ${p.cell} を ${p.expected}${orJa(p)} として記載されています。桁の抜け・余分・打ち違い・入れ替えによる ${whoJa(p)} の入力誤りと思われます（${p.cells} を直す前に ${whoJa(p)} を確認してください。再計算は ${p.cells} を書き換えません）。`,
    en: (p) => `${p.cell} holds ${p.actual}, but ${p.cellsEn} all show figures of ${p.cell} = ${p.expected}${orEn(p)}: a digit dropped, added, mistyped or swapped in ${whoEn(p)}, most likely. (Check it before correcting ${p.cellsEn}: 再計算 leaves them as typed.)`,
  },
  'delta-header-mismatch': {
    ja: (p) => `差引の見出しは ${p.stated} ですが、値は ${p.shown} の差になっています。見出しか値のどちらかを確認してください（再計算はこの列を書き換えません）。`,
    en: (p) => `The difference's header says ${p.stated}, but its figures are ${p.shown}. Check the header or the figures (再計算 leaves the column as it is).`,
  },
  'delta-blank-operand': {
    ja: (p) => `比較元（${p.operand}）が空欄なのに差引（${p.minuend}−${p.subtrahend}）が数値で記載されています。`,
    en: (p) => `A difference (${p.minuend}−${p.subtrahend}) is shown although its operand ${p.operand} is blank.`,
  },
  'total-mismatch': {
    ja: (p) => `合計が合いません。${p.range} の合計は ${p.expected} ですが、${p.actual} と記載されています。`,
    en: (p) => `The total does not match: the sum of ${p.range} is ${p.expected}, but ${p.actual} is shown.`,
  },
  'amount-in-yen': {
    ja: (p) => `${p.actual} は円で入力されているようです。この表は${p.unit}単位のため、${p.unit}では ${p.expected} です（収入未済額の計算がその値で合います）。${p.unit}で入力し直してください（再計算はこの値を使う計算を書き換えません）。`,
    en: (p) => `${p.actual} looks typed in yen: the table is in ${p.unit}, where it is ${p.expected} (the ledger holds with that figure). Type it in ${p.unit} (再計算 leaves what is computed from it as typed).`,
  },
  'total-part-blank': {
    ja: (p) => `合計 ${p.actual} は ${p.range} の合計 ${p.expected} と違いますが、内訳の ${p.blanks} が空欄です${p.implied ? `（${p.blanks} が ${p.implied} なら合います）` : ''}。空欄の値を確認してください（再計算はこの合計を書き換えず、記載のままにします）。`,
    en: (p) => `The total ${p.actual} is not the sum of ${p.range} (${p.expected}), but its part ${p.blanks} is blank${p.implied ? ` (${p.implied} there would make it right)` : ''}. Check the blank (再計算 leaves this total as typed).`,
  },
  'division-inconsistent': {
    ja: (p) => `全体の収納率 ${p.value} が現年度分（${p.current}）と滞納繰越分（${p.arrears}）の間にありません。`,
    en: (p) => `The overall rate ${p.value} is not between the current-year (${p.current}) and arrears (${p.arrears}) rates.`,
  },
  'ledger-identity': {
    ja: (p) => `収入未済額が 調定額−収入済額−不納欠損額（+還付未済額）= ${p.expected} と一致しません（記載 ${p.actual}）。`,
    en: (p) => `Uncollected ${p.actual} ≠ charged − paid − written off (+ refunds due) = ${p.expected}.`,
  },
  'rate-mismatch': {
    // A rate whose label names its operands (償還率((4)/(1))) is given with their cells (formula).
    ja: (p) => (p.formula ? `収納率が ${p.formula} = ${p.expected} と一致しません（記載 ${p.actual}）。` : `収納率が 収入済額÷調定額（${p.paid}÷${p.charged}）= ${p.expected} と一致しません（記載 ${p.actual}）。`),
    en: (p) => (p.formula ? `The rate ${p.actual} ≠ ${p.formula} = ${p.expected}.` : `The rate ${p.actual} ≠ paid ÷ charged (${p.paid} ÷ ${p.charged}) = ${p.expected}.`),
  },
  'figure-disagreement': {
    ja: (p) => `${p.cell} の ${p.value} は、同じ${p.debt}の${p.year}年度${p.kind}の${p.item}を記載した${p.otherAt} の ${p.other} と違います。どちらかが誤っていませんか。`,
    en: (p) => `${p.cell} shows ${p.value}, but ${p.otherAtEn}, the same ${p.year} ${p.kindEn} ${p.item} of ${p.debt}, shows ${p.other}. Is one of them wrong?`,
  },
  'duplicate-column': {
    ja: (p) => `${p.cell} は ${p.first} と同じ ${p.year}年度 ${KIND_JA[p.kind as Kind] ?? p.kind} の${p.item}の列です。どちらかの見出しの年度か種別が違っていませんか（集計は ${p.first} の列を使います）。`,
    en: (p) => `${p.cell} heads a column of the same ${p.year} ${p.kind} ${p.item} as ${p.first}. Is the year or kind of one of the headers wrong? (集計 uses the column of ${p.first}.)`,
  },
  'duplicate-debt': {
    ja: (p) => `同じ債権「${p.debt}」が表の中に二度あります（最初は ${p.first}）。`,
    en: (p) => `The debt "${p.debt}" appears twice in the table (first at ${p.first}).`,
  },
  'missing-value': {
    ja: (p) => `${p.year}年度の値が空欄です（前後の年度には値があります）。`,
    en: (p) => `The value for FY${p.year} is blank although the years around it have values.`,
  },
  'large-change': {
    ja: (p) => (p.rate ? `${p.fromYear}年度から${p.toYear}年度に ${p.change} ポイント変化しています（${p.from} → ${p.to}）。` : `${p.fromYear}年度から${p.toYear}年度に ${p.change}% 変化しています（${p.from} → ${p.to}）。`),
    en: (p) => `A change of ${p.change}${p.rate ? ' points' : '%'} from FY${p.fromYear} to FY${p.toYear} (${p.from} → ${p.to}).`,
  },
  'unknown-debt': {
    ja: (p) => `債権「${p.debt}」は分類表にありません。${p.suggestions ? `近い名称: ${p.suggestions}` : ''}`,
    en: (p) => `The debt "${p.debt}" is not in the classification catalog.${p.suggestions ? ` Closest: ${p.suggestions}` : ''}`,
  },
  'classification-conflict': {
    ja: (p) =>
      `「${p.debt}」は${p.given}とされていますが、分類表では${p.usual}です。${p.unconfirmed ? '分類表のこの区分は推定で、確認されていません。貸付け・徴収の根拠（法令・条例・契約）を確かめてください。' : ''}`,
    en: (p) =>
      `"${p.debt}" is listed as ${p.given}, but the catalog classes it as ${p.usual}.${p.unconfirmed ? ' The catalog’s class is inferred, not confirmed: check the legal basis of the loan or charge (statute, ordinance, contract).' : ''}`,
  },
  'losses-not-printed': {
    ja: (p) =>
      `この表の収入未済額は、ほとんどの行で 調定額−収入済額 より小さく、表にない不納欠損額などを差し引いた額と考えられます（${p.cell} の列）。その差は誤りとせず、再計算もこの列を書き換えません。不納欠損額の列を加えると検算できます。`,
    en: (p) =>
      `Most of this table's 収入未済額 (column of ${p.cell}) stand below 調定額 − 収入済額: amounts owed after a 不納欠損額 the table does not print. The difference is not taken for an error, and 再計算 leaves the column as it is; a 不納欠損額 column would let it be checked.`,
  },
  'classification-unknown': {
    ja: (p) =>
      `分類「${p.given}」は債権の区分（強制徴収公債権・非強制徴収公債権・私債権）として読めません。${p.meant ? `「${p.meant}」ではありませんか。` : 'いずれかを書いてください。'}このままでは集計・取りまとめで分類の記載がない債権として扱います。`,
    en: (p) =>
      `The class "${p.given}" is none of 強制徴収公債権, 非強制徴収公債権 and 私債権${p.meant ? ` (did you mean ${p.meant}?)` : ''}: the summary and consolidation treat the debt as of no stated class.`,
  },
  'classification-variant': {
    ja: (p) => `「${p.debt}」を${p.given}とする扱いは、通常（${p.usual}）と異なりますが、認められている解釈です。${p.note ?? ''}`,
    en: (p) => `"${p.debt}" as ${p.given} differs from the usual ${p.usual}, but is a recognised local reading.`,
  },
  'measure-not-allowed': {
    ja: (p) => `「${p.measure}」は${p.cls}である「${p.debt}」には使えない措置です。`,
    en: (p) => `The measure "${p.measure}" is not available for "${p.debt}", a ${p.cls}.`,
  },
  'settings-invalid': {
    ja: (p) => `ブックに保存された saiken の設定が壊れているため無視し、既定値で処理しました。${p.detail}`,
    en: (p) => `The saiken settings stored in the workbook are damaged; they were ignored and defaults used. ${p.detail}`,
  },
  'era-year-mismatch': {
    ja: (p) => `和暦「${p.era}」（${p.eraYear}年）と西暦「${p.western}年」が一致しません。`,
    en: (p) => `The era year "${p.era}" (${p.eraYear}) and the western year ${p.western} disagree.`,
  },
  'rollforward-mismatch': {
    ja: (p) => `年度末の額が合いません。${p.formula} = ${p.expected} ですが、${p.actual} と記載されています。`,
    en: (p) => `The year-end balance does not follow from the year's flows: ${p.formulaEn} = ${p.expected}, but ${p.actual} is shown.`,
  },
  'carryover-mismatch': {
    ja: (p) => `${p.year}年度の年度当初の額 ${p.actual} が、前年度の年度末の額 ${p.expected}（${p.from}）と一致しません。`,
    en: (p) => `The opening balance of FY${p.year} (${p.actual}) differs from the previous year's closing balance ${p.expected} (${p.from}).`,
  },
  'carryover-current': {
    ja: (p) => `${p.year}年度の年度当初の額 ${p.actual} は、前年度の年度末の額 ${p.expected}（${p.from}）より ${p.value} 多くなっています。前年度の現年度分の収入未済額を繰り越した額であれば正しいものです（その額はこのシートの表にありません）。確認してください。`,
    en: (p) => `The opening balance of FY${p.year} (${p.actual}) is ${p.value} more than the previous year's closing balance ${p.expected} (${p.from}). That is right if it carries in the previous year's 現年度分 収入未済額 (no table of this sheet gives that figure): check it.`,
  },
  'ratio-mismatch': {
    ja: (p) => `比率が合いません。${p.formula} = ${p.expected} ですが、${p.actual} と記載されています。`,
    en: (p) => `The ratio does not match: ${p.formula} = ${p.expected}, but ${p.actual} is shown.`,
  },
  'department-variant': {
    ja: (p) => `所管課名「${p.name}」は「${p.main}」（${p.mainAt} ほか${p.mainRows}行）の別表記とみられます（${p.rows}行）。集計では「${p.main}」にまとめます。表記をそろえてください。`,
    en: (p) => `The department "${p.name}" (${p.rows} rows) looks like another spelling of "${p.main}" (${p.mainAt}, ${p.mainRows} rows); the summary groups it under "${p.main}". Use one spelling.`,
  },
  'summary-stale': {
    ja: (p) => `集計を作ったあとで計画表が変わっています（行の追加・削除や記入など）。集計をもう一度実行してください。作り直すと ${p.cells} 個のセルが変わります（例: ${p.cell} は今「${p.now || '空欄'}」、作り直すと「${p.would || '空欄'}」）。`,
    en: (p) => `The plan changed after this summary was made (rows added, deleted or filled in). Run 集計 again: ${p.cells} cells change (${p.cell}, say, holds "${p.now || 'blank'}" and would hold "${p.would || 'blank'}").`,
  },
  'validation-kept': {
    ja: (p) => `${p.range} には利用者が設定した入力規則があるため、saiken の入力規則は設定せず、既存の規則をそのまま残しました。`,
    en: (p) => `${p.range} already has a data validation rule of the user's own: saiken left it as it is and installed none there.`,
  },
  'merged-cell-skipped': {
    ja: (p) => `${p.cell} は結合セル ${p.area} の一部（左上は ${p.anchor}）のため、数式を書き込みませんでした。Excel は結合セルの左上以外に書いた値を表示しません。結合を解除すると書き込めます。`,
    en: (p) => `${p.cell} lies inside the merged cells ${p.area} (top-left ${p.anchor}): saiken wrote no formula there, as Excel shows nothing written to a merged area but its top-left cell. Unmerge the cells to have it written.`,
  },
  'division-row-missing': {
    ja: (p) => `「${p.debt}」の全体の行が${p.missing === '滞納繰越分' ? '現年度分' : '滞納繰越分'}の行だけの合計と合いません。${p.missing}の行が削除されていないか確認してください（再計算はこの行を書き換えず、記載のままにします）。`,
    en: (p) => `The 全体 row of "${p.debt}" is not the sum of its one 区分 row: check whether its ${p.missing} row was deleted (再計算 leaves this row as typed).`,
  },
  'long-formula-skipped': {
    ja: (p) => `${p.cell} の合計は ${p.rows} 行を足す数式が Excel の 1 つのセルに入る 8,192 文字を超えるため、書き込みませんでした。SUMIF など短い数式で合計してください。`,
    en: (p) => `${p.cell} was not written: the formula summing its ${p.rows} rows would be longer than the 8,192 characters an Excel cell holds. Total them with a shorter formula (SUMIF, say).`,
  },
  'table-column-skipped': {
    ja: (p) => `${p.cell} はテーブル「${p.table}」の列 ${p.area} にあり、行ごとに異なる数式（データ行と合計行など）が入るため、この列には数式を書き込みませんでした。Excel はテーブルの列に書いた数式を列全体にコピーする（集計列）ため、他の行の数式が置き換わってしまいます。テーブルを範囲に変換すると書き込めます。`,
    en: (p) => `${p.cell} lies in column ${p.area} of the table ${p.table}, whose rows would take different formulas (data rows and totals, say): saiken wrote no formula in that column, as Excel copies a formula written into a table column down the whole column (a calculated column), replacing the other rows' formulas. Convert the table to a range to have it written.`,
  },
  'array-cell-skipped': {
    ja: (p) => `${p.cell} は配列数式（またはスピル範囲）${p.area}（先頭は ${p.anchor}）の一部のため、数式を書き込みませんでした。Excel は配列の一部だけを変更できず、スピル範囲に書くと元の数式が #SPILL! になります。配列数式を通常の数式に直すと書き込めます。`,
    en: (p) => `${p.cell} is part of the array formula (or spill range) ${p.area}, anchored at ${p.anchor}: saiken wrote no formula there, as Excel cannot change part of an array and a write into a spill range turns its formula into #SPILL!. Replace the array with ordinary formulas to have it written.`,
  },
};

export const REJECT_REASONS: Record<string, { ja: string; en: string }> = {
  'no-values': { ja: '数値の列（年度・実績・目標）が見つかりません', en: 'no value columns (years, actual, target) found' },
  'no-label': { ja: '債権名の列が見つかりません', en: 'no debt-name column found' },
  'no-rows': { ja: '見出しの下にデータ行がありません', en: 'no data rows below the header' },
  'no-header': { ja: '見出し行が見つかりません', en: 'no header row found' },
};

/** The parameters that are figures of the sheet: shown with thousands separators, as the cells show them (834,310). */
const FIGURES = ['expected', 'actual', 'value', 'other', 'paid', 'charged', 'current', 'arrears', 'from', 'to', 'implied'];

/** A figure as a message shows it: grouped by thousands, its decimals as they are (12080115402 → 12,080,115,402; 98.9). */
export function grouped(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  // A formula's result with a binary tail (98.10000000000001) as Excel shows it: 15 significant digits.
  v = Number(v.toPrecision(15));
  if (Math.abs(v) < 1000) return String(v);
  const [whole, decimals] = String(v).split('.');
  if (/e/i.test(whole)) return String(v);
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${decimals !== undefined ? `.${decimals}` : ''}`;
}

/** The parameters that are fiscal years: written in their era in the Japanese message of a table that writes its years so. */
const YEARS = ['year', 'fromYear', 'toYear'] as const;

/** A finding's message in both languages; `era`: its table writes its years in their era (令和5年度), and so does the message. */
export function findingMessage(code: string, params: FindingParams, era = false): { message: string; messageEn: string } {
  const t = FINDING_MESSAGES[code];
  if (!t) return { message: code, messageEn: code };
  let p = params;
  // The Japanese message writes a negative figure as the plans print it, with △ (△36,676, not −36,676).
  let ja = params;
  for (const k of FIGURES) {
    const v = params[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    (p === params ? (p = { ...params }) : p)[k] = grouped(v);
    (ja === params ? (ja = { ...params }) : ja)[k] = v < 0 ? `△${grouped(-v)}` : grouped(v);
  }
  if (era) for (const k of YEARS) if (typeof ja[k] === 'number') (ja === params ? (ja = { ...params }) : ja)[k] = eraYearText(ja[k] as number);
  return { message: t.ja(ja), messageEn: t.en(p) };
}

export { fmt, fmtEn };
