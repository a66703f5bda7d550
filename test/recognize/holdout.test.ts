/**
 * The blind holdout (test/fixtures/holdout): tables recognition was never tuned to, with expected
 * values written without sight of the code. They are not read 100 % yet: per layout, the count of
 * observations read right (value and every dimension) may only rise, and the count of problems
 * (a figure read wrongly or where none is, a false error as printed, an injected error missed) may
 * only fall. Move a bound when recognition improves; a layout read 100 % moves to the observations
 * corpus (as 24, 28, 29 and 31 did).
 */
import { scoreLayout } from '../fixtures/observations/score';
import { holdoutLayouts } from '../fixtures/holdout';

/** Observations read right (at least) and problems (at most), per layout, as of the last change to recognition. */
const BOUNDS: Record<string, { correct: number; problems: number }> = {
  // 101 of 138 right (41 problems) as this round began: its bounds had not been raised to an earlier round's reading.
  'aomori-kenzei-h21-soukatsu': { correct: 101, problems: 41 },
  // 純固定資産税's parts (土地) and the 交付金 read as 固定資産税's since; a 合計 whose 現年 part is typed as text (調査中) no
  // longer flagged as a total-mismatch (the part is unknown, not 0).
  'aomori-ikarigaseki-choshu-jisseki': { correct: 245, problems: 18 },
  // Every observation read; one balance (所得税 E6, 2 off over three rounded figures) is flagged where the writer of
  // the expected values counted it rounding (half a unit for each of the four figures), saiken's tolerance being 1.5.
  'nta-yamagata-r1-taino-flow': { correct: 36, problems: 4 },
  'aomori-juminzei-by-municipality': { correct: 63, problems: 12 },
  // The second blind round, written after this session's recognition work: 4 of 196 right when added
  // (春日井市's 31 since read 100 % and moved to the corpus).
  // Its (C)-(D) 差引額 checked since as C − D, the table having no year (a wrong sign found).
  'tsukuba-kokuho-tokubetsu-gaikyo': { correct: 9, problems: 1 },
  // 知多's 市税の推移 read 100 % once the bare amounts under a caption of a tax revenue (市税の推移, 市税の状況, 市税内訳表) were
  // what was collected (収入済額), as under a 決算 caption, and moved to the observations corpus.
  // 日進's amounts are 収入済額 since (same rule), and its 固定資産税(滞納繰越分) that debt in its 区分 (the 区分 alone had left it of
  // no debt); its 伸率 and 構成比 are 比率 with no derived here (as the corpus's 伸び率), derived ratios to its writer; its
  // 固定資産税(土地) a debt here (as the corpus's 総務省 tables), 固定資産税 at the stage 土地 to its writer.
  'nisshin-h22-shizei-uchiwake': { correct: 15, problems: 39 },
  // The third blind round (six tables, 決算の概要 left out: a settlement's revenue, not receivables): 13 of 72 right when added;
  // its 徴収計画 by debt (35) read 100 % once a column's 区分 was read, and moved to the observations corpus; so did its
  // 施策評価シート indicator (37) once 収納率(市税現年) named debt and 区分, its 設定理由 sentence was no header and 計画策定時 a result.
  // A tag column (①…⑧), a unit alone under its header and a ⑥のうち… part read since (stages are still read as debts).
  // 八幡's 国保 arrears by year of origin read 100 % once its caption's debt in parentheses was read, and moved to the corpus.
  // Rows named by an amount (財産差押額, 交付要求額) are stages, of no debt, since.
  'aomori-seiri-misai-uchiwake': { correct: 6, problems: 10 },
  // The 事務事業評価 (成果指標名 | 単位 | H20 …) read 100 % once a 単位 column naming different units (千円 | % | 件) made
  // each row a measure of its own, rows under a header naming 指標 were its indicators (their names stages, no debts),
  // a caption saying what a row pair holds (上段・実績/下段・達成率) gave the table no item, and 税収 was what was
  // collected; it moved to the corpus.
  // The fourth blind round (three tables found; none a flow table): 6 of 73 right when added. Its 葛飾区 表1 (10債権 by
  // debt, 現年/滞繰/合計, last year's figures in parentheses) read 100 % once a 前年比 column told the parentheses were
  // the year before's, and moved to the observations corpus.
  // 名古屋市's rates with their change in one cell (91.80%(−0.53), 102億円) read 100 % since, and moved to the corpus;
  // so did All About's national 国保 収納率 years down (the debt only in the heading: 国民健康保険料(税)を払っていない…).
  // The fifth blind round (five national or third-party tables: no municipal plan could be reached): 62 of 559 right when added.
  // Its ranking of cities' 徴収率 (48) read 100 % once a type code on every row (2-3) was no formula and a city a place, and
  // moved to the corpus.
  // Its 都道府県税 見込額調 (46) read 100 % once the prefectures' bare names (青森, 東京) were places and the year before the
  // forecast's a result, and moved to the corpus; so did 総務省's 市町村税 (44) and 道府県税 (45) once header letters named
  // their own column only (徴収率 (B)/(A)×100 none, 増減額 (B)−(D) (E) E, of its operands' 収入額; 増減率 a ratio), 1普通税's
  // number was the outline's, and a part that is no tax took its outline parent's name (道府県民税(個人分), 固定資産税(土地)).
  // Its persons in ten thousands (184.8万人) as counts, 比率 as ratios and the tab's 奨学金 as the debt read since; 925億円 stays
  // 925 (the corpus's writers read 億円 figures as printed, this one in 百万円) and 延滞金額 an amount.
  'jasso-shogakukin-entai-years-down': { correct: 36, problems: 48 },
  // The sixth blind round (seven tables cities published of their own receivables: evaluation sheets, a council report,
  // an external audit, a press release; no city flow table found): 3 of 159 right when added. 川崎市's 国保 収入率 (a rank
  // column beside each year's rate, 収入 | 調定 under the year's 収入率) read 100 % since, and moved to the observations corpus;
  // so did 枚方市's 債権放棄 list (no header, 83件 | 7,913,613円 in every cell, the year only in a sentence that also dates itself)
  // and さいたま市's 保育料 by ward (7世帯 | 110,540円 under 【還付漏れ】, (対象事案なし), the debt after a dated caption's note),
  // and 鳴門市's target row (指標名 under years merged down over it, 市税徴収率(現年+滞繰) naming the debt and the 区分).
  // Its 市税電話催告 評価表 (52) read 100 % once its indicators named by a count (滞納者数, 架電数) and its costs (事業費 (A),
  // 人件費(B)) were of no debt, and moved to the corpus.
  // The 単位 column, 水道料金調定額(現年度) naming debt and 区分, and the 成果 block of the 実績 block's one debt read since; 収納済額
  // is 現年度分 only by its writer's reading, and its rates are checked against amounts in another block (not yet).
  'kakogawa-r3-suido-shunoritsu': { correct: 15, problems: 5 },
  // Its 固定資産税・都市計画税 by year (each block's year in its header's top-left cell, the 合計 of 現年 and 滞繰 as 全体)
  // read 100 % once a 不納欠損額 printed as a dash counted as 0 in a matrix table's ledger identity (its 現年 rows' gaps
  // flagged, as in a row table), and moved to the corpus.
  // The seventh blind round (three pages of two joint tax-arrears bodies: 幡多's 執行概要 of 令和2年度 and 平成22年度, 愛媛's
  // 活動状況): 22 of 209 right when added (4 + 0 + 18). Since: the year of the report's title on the sheet's first line
  // given to every table below that names none (its numbered headings name none), and a caption written with its unit
  // (4.税目別実績(本税のみ) 単位:千円) read as the row table's caption, its 実績 making the figures results; a row table's
  // amount whose header names no item (受託額) an amount (金額), as a matrix table's. Still read otherwise: 徴収額 is 収入済額
  // here, 回収額 to its writer; 徴収率(②/①) no derived here (the corpus's lettered collection rates); 31.7& (a stray
  // character) is not-a-number here, 31.7 to its writer; the count lists (完納 | 93 | :説明), the 差押件数 by kind of
  // property (預貯金: a debt here) are not read right yet. Since: a total printed with a second figure in brackets
  // (103,048 (121,325)) is right where either is the sum (40 → 36 problems: the false total-mismatch in every reading);
  // its 差押件数 by kind of property (財産種類: 預貯金, 給料・年金等) no debts (20 → 26 right, 30 problems); its 整理率 (④/①)
  // a ratio of the columns tagged ① and ④ (27, 29), checked as one (ratio-mismatch; rate-mismatch to its writer).
  // A collection body's 徴収額 (no 調定額 of its own) read as arrears recovered (回収額) since, as these writers and those of
  // 愛媛, 安芸, 大阪府域 and 青森 read it: 27 → 40, 11 → 17, 愛媛 41 → 80, 安芸 22 → 36.
  'hata-sozei-r2-shikko-gaiyo': { correct: 40, problems: 16 },
  'hata-sozei-h22-zeimoku': { correct: 17, problems: 22 },
  // 愛媛's month table: 単月 | 累計 under each year are stages of no debt since (they were taken for the debt). Its 徴収金額
  // columns are 収入済額 here since 徴収金額 reads as 徴収額 does (they were 件数: the caption [引受件数/徴収金額] named two
  // items and its first overrode a bare 金額) — 回収額 to its writer. Its bare years (3, 4) under a 年度 header read since
  // (bare years had to be three at least); those of 2.引受年度別徴収状況, keyed by two year columns, are not.
  // Its 単月 | 累計 columns: the running sum is no total of the month beside it (its false total-mismatch gone, 88 → 85).
  // Its 3.徴収状況 under the page's title (令和5年2月末現在) of the year that date runs in (2022) since.
  'ehime-kikou-r4-katsudo': { correct: 80, problems: 45 },
  // The eighth blind round (一関's 市税滞納額の推移, 佐世保's 差押え counts and 徴収率, 鳥取's 税外未収債権 indicators):
  // 9 of 39 right when added (0 + 8 + 1). 一関 read 100 % once amounts written in 億 and 万 (156億5188万円) were read in yen,
  // 課税額 as 調定額, 滞納繰り越し分 as 滞納繰越分, a caption's ■表1 before its debt and a sentence about 税金 no caption of
  // the table's debt, and a total row summing only its own item's rows (滞納額計 under 課税額); it moved to the corpus.
  // 佐世保's 差押え counts are 市税's here (its tab and prose), of no debt to its writer (a note says that from 令和4年度 on
  // they count every item the 収納推進課 collects). 鳥取's indicator form dates its 基準値 by a 時点 row below (30年度),
  // takes its stage headers for debts, and names 指標2's item only in its prose.
  'sasebo-r5-sashiosae-choshuritsu': { correct: 8, problems: 12 },
  'tottori-r1-zeigai-mishu-koteihyo': { correct: 1, problems: 4 },
  // The ninth blind round (大阪市's 未収金 by year, 湖西市's 収納率 and 差押 counts, a news site's list of 47 prefectures'
  // 国保 rates): 61 of 98 right when added (0 + 14 + 47). The list (島根県:96.82%, one cell a line) read 100 % as added and
  // moved to the corpus. 大阪市's amounts with their change in brackets (771億円(△25億円)) read since; its targets written
  // with their bound (393億円以下) are not (a bound read as a figure made bands of amounts, 500千円以上, figures too), and a
  // typo in one of its headerless lines (5S2億円) leaves the whole list unread. 湖西's 差押 counts by kind of property
  // (預貯金, 所得税還付金) are no debts since, and of no debt (not the table above's 市税) as its writer reads them.
  'osaka-shi-r1-mishukin-suii': { correct: 12, problems: 7 },
  // 湖西's 差押 table read 100 % once a 差押 table of kinds of property under its own heading no longer took the debt of the
  // table above it (市税の収納率の推移), and moved to the observations corpus.
  // The tenth blind round (新居浜市's 滞納処分の状況 page, a Diet member's panel of taxes' and social insurances' arrears, 千葉県's
  // 市町村税 revenue by year): 5 of 117 right when added (5 + 0 + 0). 新居浜 read 100 % once a list under a sentence whose
  // figures say their unit read with a rate written 97.95% too, (滞納繰越分を含む) named the 区分 全体, the debt and 区分 one
  // row of a list of items names (市税調定額) were every row's, rows under a header naming 財産 (財産名) were kinds of
  // property seized and no debts (給料, 年金), and a caption about 差押 was evidence of a plan; it moved to the corpus.
  // The panel's items are down the rows under debts across, its years only in a note; 千葉's figures carry typing slips
  // (9.106 for 9,106, 1,8322) its writer reads through. Since: rows tagged with circled numbers (徴収決定額①) and a ratio
  // of their tags (②/①) read as a ratio, 徴収決定額 as 調定額 (the panel 0 → 10 right, 55 problems); its second block's
  // insurances (国民健康保険, 協会管掌) are no debts here, and its years only in the note are not read.
  'maehara-zei-shakaihoken-taino-panel': { correct: 10, problems: 55 },
  // Read since (0 → 18 of 33, problems 36 → 18): its years typed as text (12 … 22 under 年度), its rows lettered before
  // their unit (税収入額 A(億円)) and A/B(%) their ratio — the ratio-mismatch as printed found. The page's typing slips are
  // read as typed: 9.106 is 9.106 (its A/B then reported at E19 too), 1,8322 and 8900, are text (not-a-number), where the
  // writer reads what was meant.
  'chiba-h22-shichosonzei-shunyu': { correct: 18, problems: 18 },
  // The eleventh blind round (大阪府域地方税徴収機構's 令和3年度の実績, 会計検査院's 債権現在額 of 平成22年度): 6 of 45 right
  // when added (0 + 6). Since, as printed, no false finding of either: a figure in parentheses written in 億 and 万
  // ((3億4,800万円)) is a figure, a note in brackets ((*…平成30年度分以降…)) dates nothing (2018 → 2021 everywhere), and a
  // column headed 増加額△減少額 is a change, its △ figures no negative amounts (26 → 24, 21 → 19 problems). Still read
  // otherwise: 本税 and 延滞金 rows as debts (of no debt to the writer), the bracketed 個人府民税 parts as superseded targets,
  // a 徴収総額 (直接効果+間接効果) column as an amount (a total to the writer), 債権現在額 as 金額 (年度末 to the writer).
  'osaka-fuiki-kikou-r3-jisseki': { correct: 0, problems: 24 },
  'jbaudit-h22-saiken-genzaigaku': { correct: 6, problems: 19 },
  // The twelfth blind round (厚生労働省's 第1号保険料の収納状況 of 平成12–14年度, 中標津町's 差押 with the year before in
  // brackets, 小山市's 差押件数 by year): 0 of 48 right when added. 小山 read 100 % once rows under a label header naming
  // what was seized (差押財産, 差押項目) were read figure by figure as kinds of property, no debts (their caption's 差押件数
  // making them counts, their 合計 checked); it moved to the corpus. 中標津's figures all read since (a dash with its unit,
  // -件(-件), is no value, and one beside its row's label is a row of the table), its printed 合計 found wrong as its writer
  // found it; its year is only in the notes below (15 → 12 problems). 厚労省's rates are written inside brackets with their
  // label ((収納率:98.7%)), its blocks dated by a <平成12年度> line.
  'mhlw-h12-h14-kaigo-dai1go-shuno': { correct: 0, problems: 17 },
  // 中標津's 差押 counts read 100 % once the note under them (注1:( )は平成28年度実績) dated them (平成29年度) and the bracketed
  // figures (平成28年度's results, not old targets), and moved to the observations corpus.
  // The thirteenth blind round (仙台国税局's 租税滞納状況 for 青森県, a flow across its columns of two rows; 広島県's 23
  // 市町 by their 市町税 徴収率 with the change from 05年度 in points; a ranking of 都道府県 by 国保 収納率 and its
  // complement): 12 of 88 right when added. 広島県's read 100 % once a caption that is a debt's 徴収率 alone (市町税徴収率>)
  // named the table's debt (its rows its places), a change from a named year in points (05年度比(ポイント)) was one of the
  // rate, and a sentence under the table (本町の町税の徴収率は92.7%) no figure; it moved to the corpus. So did 仙台's, once
  // (前期繰越額) and (次期繰越額) were the flow's 年度当初 and 年度末, a start dated the year before its end (平成23年度
  // 滞納整理中のものの額) the later year's, and a total's line balanced as its parts' do; and the ranking of 都道府県, once its
  // 未収納率 was a share (no collection rate), its ranks (1位) no names and its source line (資料:…『平成19年度…』) its year.
  // The whole round is in the corpus.
  // The fourteenth blind round (会計検査院's 国税の滞納の状況 of 平成8–10年度: a flow across with the years down the rows,
  // each stage a count and an amount, the units written above the first row's figures; its 国民年金保険料 ledger box in
  // 兆 and 億; a magazine's lists of 国民年金 納付率 by year, 平成14年度:66.9%): 0 of 77 right when added. The flow's
  // figures all read since (bare era years typed as text under 年度, a unit line above a column's first figure, 整理済
  // and 整理中のもの, each row its year's balance, checked), but under its caption (国税の滞納の状況) they are 国税's, where
  // their writer left them of no debt. The box (label | amount | period, amounts in 兆 and 億) and the lists (a year and
  // its rate in one cell, under a heading naming the rate) are not read.
  // The flow's debt was settled as 国税 by a second reader of the conventions, without sight of the code (null is for a
  // figure of no debt and for totals; the corpus gives a caption's group of taxes, 県税, 市税, as the debt): read 100 %,
  // it moved to the corpus.
  'jbaudit-h18-kokumin-nenkin-hokenryo-saiken-box': { correct: 0, problems: 15 },
  // LIMO's 国民年金 lists (a year and its rate in one cell, 平成14年度:66.9%) read 100 % once the 現年度納付率 list's 区分 was
  // read from its heading in angle brackets, and moved to the observations corpus.
  // The fifteenth blind round (西宮市's 災害援護資金 repayments with no year, 安芸's 租税債権管理機構 執行状況 in five small
  // stacked tables with unlabelled rows, 大阪府's 市町村税徴収実績 as a web table): 19 of 189 right when added (0 + 17 + 2).
  // 大阪府's read since: outline numbers (一. 1. (1) (ア)) and a file link's note ((エクセル:81KB)) are no part of a row
  // table's names; 合計 C beside 現年課税分 A and 滞納繰越分 B is their 全体, a total, checked row by row; a rate D÷A has
  // its letters' 区分; 前年度 (%) is the year before (2 → 90 right, 121 → 33 problems). Still read otherwise: the 純固定資産税
  // outline's parts (土地, not 固定資産税(土地)); the 前年度 rate's 区分 (全体 to its writer); a figure mistyped on the page
  // (33,456,,575) is text here (not-a-number in every reading), a number to its writer.
  // Read since (0 → 2 of 12, problems 15 → 10, nothing false as printed): a loan book's rows name their items under a column
  // of amounts (当初貸付 調定額, 償還済 収入済額, 未償還 収入未済額), (4)償還済・免除の合計 sums the rows it names, and
  // (5)償還率((4)/(1)) is checked as its numbers say. Still read otherwise: the debt is the tab's (災害援護資金), its page
  // title's (…貸付金) being out of reach above; a bare (3)免除 is no write-off here (a fee's 免除 is taken out of its charge:
  // only 償還免除 is), 不納欠損額 to its writer.
  'nishinomiya-saigai-engo-shikin-shokan-no-year': { correct: 2, problems: 10 },
  // Its 1.受託額 read since (a caption of arrears taken over is evidence of receivables), each 全体 (A)=(B)+(C) a total of
  // the columns right of it (the injected 督促 found at its row's 全体), and its rates of unlabelled rows no longer paired
  // with another table's first unlabelled row (a false ratio-mismatch that reading 受託額 had brought): 17 → 22 of 58.
  // Its debts across with their letter tags (本税・料(B), 督促(F), 延滞金(G)) read without them since: 36 → 46.
  'aki-sozei-h30-shikko-unlabeled-rows': { correct: 46, problems: 12 },
  // A review's probes of those rules (10 findings) mended since: a 合計 is paired with the 現年 and 滞繰 of its own block
  // (a second block of the item was checked against the first's), allowed the drift of 千円 figures as a total row is,
  // tags read that are no letter alone (D÷A (%), 合計 (A+B), C=A+B, ③, ④/①; a formula's letter, C-F, tags nothing); a
  // change beside a 前年度 column is this year less the year before; 前年度実績, 前々年度 and 前年度 beside a dated column
  // dated; names kept that open with a number or are spaced out (1級河川占用料, ガ ス 料 金) in row tables; 1), full-width
  // marks (１．), ア. and two link notes taken off.
  // Its 純固定資産税's parts named as 固定資産税's since (the row reader takes the matrix's outline of taxes, and an
  // outline's numbering started again under a row, (ア) 純固定資産税 › (1) 土地, is a level below it): 90 → 106 right.
  'osaka-fu-h26-shichosonzei-choshu-zennendo': { correct: 106, problems: 17 },
  // The sixteenth blind round (全国自治体病院協議会's survey of foreign patients' unpaid bills, 盛岡市's 市税 収納状況 in nine
  // stacked tables whose last rows have no label, 会計検査院's premium shortfalls by prefecture with a headerless sum
  // column): 29 of 142 right when added (0 + 29 + 0).
  // Its line numbers ((4), (5) before their words) are no figures since, nor 地方負担額 ((5)+(4)) beside them a figure typed
  // wrong (its false not-a-number gone): 33 → 30 problems.
  'jmha-h11-gaikokujin-mishukin-byoin': { correct: 1, problems: 30 },
  // 盛岡's row of no label under each tax's 現年度分 and 滞納繰越分 rows read as their 全体 since (29 → 44 right); its debts
  // (in the heading pair above each table: 市民税 › 個人の収納率) and its 区分 普通徴収 rows (parts of 現年度分) are not read.
  // Since, a title naming a part (個人の収納率) under a heading of the debt alone (市民税) is that debt's part, and the
  // table stacked under it titled by the other part (法人の収納率) the other (44 → 62 right); and its 区分 X rows parts of the
  // 現年度分 above them, at the stage they name (62 → 78), and its tables titled 普通税全体 and 目的税全体 totals of those taxes:
  // read 100 %, it moved to the corpus.
  // Its counts across (調査済納付義務者数) read as counts since, no debts: 0 → 4.
  'jbaudit-s34-choshu-fusoku-by-pref': { correct: 4, problems: 20 },
  // The seventeenth blind round (長野市's 介護保険特別会計 revenue ledger of two years from an audit opinion, its rows
  // lettered in a column of their own; 青森県市町村税滞納整理機構's results as lines of a figure with last year's in
  // brackets; 善通寺市's targets and results for non-tax arrears as sentences of 万円): 0 of 63 right when added.
  // 長野 read since as items down (the letters (A) … (C)−(A) a column of tags, not debts; 収入済額 (C) over 調定額 (B) the
  // collection rate; 前年度対比 a ratio to the year before, no difference; a ratio's 増減 its change): 0 → 24 right, its 13
  // false delta-mismatch gone. Its five 前年度対比 cells are read as derived ratio as the corpus reads 前年比 (layouts 28,
  // 46); the layout's reader wrote derived null (the conventions' unlettered growth rate): left for a second reader.
  'nagano-h16-kaigo-tokkai-sainyu-hikaku': { correct: 24, problems: 7 },
  'aomori-kikou-h30-jisseki-zennendo-kakko': { correct: 0, problems: 27 },
  // 善通寺's sentence parts among its figures (となりました。) are prose since, not figures typed wrong (its 7 false
  // not-a-number gone), its (前年度比 5,455万円の減少) changes read signed by their words, 216万円(A-B) as its figure. Its items
  // and 区分 (A, B, (イ), (ロ) named in sentences) are not read yet.
  'zentsuji-r4-zeigai-tainou-zandaka-mokuhyo': { correct: 1, problems: 14 },
  // The eighteenth blind round (a helper who never saw the code; the stored pages gave only their opening passages, so
  // two small tables): 佐渡市's 審査意見書 on 市税 (a sentence of this year's figures in 億・万・千円 with its changes in words,
  // over a table of five years down) read 10 of 14 when added — the table, not the sentence; 磐田市's アクションプラン's
  // targets and results in numbered sentences (98.17%/98.55% pairs, 20%以上) 0 of 8. A third, a newspaper's report of
  // a city's rents, was left out (no publication of the city's own); its 1292万3342円 (yen written with 万, no 億) is read since.
  'sado-h24-shinsa-shizei-mishu-suii': { correct: 10, problems: 6 },
  'iwata-h28-shuno-action-plan-tassei': { correct: 0, problems: 12 },
  // The nineteenth blind round (a helper who never saw the code; prefecture open-data pages flattened to text, their
  // column positions the helper's reconstruction): 0 of 455 right when added. 青森県's 徴収状況に関する調 (件数/税額 pairs
  // under ①, ②, ③ = ①−②, 任意徴収④, 差押徴収⑤; the 区分 現年課税分 in a label column left of the 区分 header's block),
  // 徳島県's 収入歩合 and 調定割合 by office under bare era years (22 … 29, typed as text), 車力村's 徴収実績 (the form of
  // layout 26, five outline levels). Its writer dated the two Aomori forms by their release (-201405: 2013; -200305:
  // 2002), where layout 26's writer, on the same form, gave no year: the date is on the sheet in these two (their first
  // line), in 26 only in the source's note. Since, a title dated by a month from January to May (…-201405(平成26年5月)) is
  // of the fiscal year that began the April before (running, or closing in its 出納整理期間), June on none (0 → 76 and
  // 0 → 121 with the two rules below). A header's fifth row up where it groups the columns by merges (調定額 over ① |
  // 件数 税額 | a lower tier | 千円) is header, and a total lettered 計A a total: 76 of 96. Still: its ③ (①−②) by sub-column
  // unchecked, 滞納額 of 現年 a 収入未済額 here (現年度発生分 to its writer).
  'aomori-h25-kenzei-choshu-jokyo-tainou-sa': { correct: 76, problems: 22 },
  // Its years typed as text read since (0 → 16, problems 130 → 98); still read otherwise: the shares' kind (null, as the
  // corpus's 構成比) and their 計 (no total), the offices (吉野川, 自動車税) as debts, 東部 over its offices (no subtotal here).
  // Since, regions (南部, 西部) are places, no debts (16 → 32). Offices indented under a region (徳島, 吉野川, 自動車税 under 東部)
  // are departments since, the region's row their subtotal (32 → 56); the shares' kind and their 計 are left as the corpus reads them.
  'tokushima-h29-kyoku-shunyubuai-chotei-wariai': { correct: 56, problems: 58 },
  // Dated since (above). Its three rates headed ─ ×100 with their letters lost take the 区分 of the amount groups in order
  // since (two digits swapped found), and 徴収猶予に係る調定済額, broken over three header rows, is read whole (調定額).
  // Still: its parts' debts as the corpus reads them (市町村民税(個人), 固定資産税(土地); 個人, 土地 to its writer).
  'aomori-shariki-h14-choshu-jisseki-outline': { correct: 168, problems: 79 },
  // The twentieth blind round, asked for a city's non-tax receivables in tables: 下田市's 施設評価調書 of one housing estate
  // (its rent's 目標値 defined as the year's 調定額 and 実績値 as 収入済額, 目標達成率 94%, 対前年比 104% — a ratio, no
  // difference — and a block of earlier years' results graded A–D): 0 of 10 when added. Two more sources it found, a
  // councillor's newsletter relaying a city's arrears and a newspaper's report of 給食費 rates, were left out (no
  // publication of the city's own).
  'shimoda-h28-kamikouchi-jutaku-shisetsu-hyoka': { correct: 0, problems: 13 },
  // The twenty-first blind round, asked again for non-tax receivables (none found whole in the stored pages: the ones it
  // reached were used, cut off or prose): two cities' own 市税 enforcement tables, 安中市's seizures by kind of property,
  // years across, under a sum row with no label and a row of 換価による税収 typed with 円 (94), and 館林市's 差押執行件数
  // under a two-tier header (不動産 | 債権 › 預貯金 …, 合計), the newest year first (95): 0 of 48 when added.
  // Since, 安中's sum row of no label is the total of the rows above (its figures their sums: 0 → 5, its two injections
  // found), its 換価による税収 in 円 an amount, and its kinds of property what was seized, of the page's one debt (市税を
  // 滞納することは…, six lines up): 5 → 35; 換価による税収 is 金額 here (収入済額 to its writer), of no debt.
  'annaka-r1-r5-sashiosae-kensu-unlabeled-total': { correct: 35, problems: 5 },
  // 館林's read 100 % once its two years down were years (two rows named by a year alone), the names under 債権 the header's
  // lower tier, and its kinds of property (不動産, 給与・生命保険・預貯金等) under a caption of seizing what was seized, of the
  // one debt the page's sentences speak of (市税は、納期内に…); it moved to the corpus.
  // The twenty-second blind round, asked for flow tables, years down and lists by debt (none found whole that was not used):
  // 徳島県's 税外収入累年比較 by office (96: years across as bare numbers 20 … 29, 東部 over its offices, a grand total of no
  // label, its 東部 and total rows printed a column out of step for six years: 12 totals wrong as printed) and 群馬県's
  // 県税決算 速報 (97: years down with the year's 現年 and 滞繰 under it, amounts in 億円 with ▲, 前年比 and 前年差 beside
  // each, a second figure in brackets): 0 of 178 when added.
  // 東部 the subtotal of its offices since (its six years out of step found at C6:H6), the offices departments: 0 → 20. Still: its
  // caption's 税外収入 no debt (as the corpus's 茨城県 writer reads a prefecture's 税外収入), its unlabelled grand total no total
  // (its figures add up in four years of ten: an unlabelled row is called a total only where it sums).
  'tokushima-h20-h29-zeigai-shunyu-ruinen-kyoku-chosha': { correct: 20, problems: 118 },
  // Since, 群馬's row of units (億円 | % | ポイント) names no stage, its budget's 当初 | 最終 are amounts planned, and its caption
  // 県税全体の決算状況 names 県税 (0 → 14, problems 48 → 31); its year's row as the 全体 of the 現年 and 滞繰 rows under it
  // (this writer's reading) is not read.
  'gunma-r4-kenzei-kessan-sokuho-naiyaku-kakko': { correct: 14, problems: 31 },
  // The twenty-third blind round, asked for other themes (町村税, 国保, 介護, 病院, 住宅, 返還金 …: about 110 searches, the
  // pages with a whole table early on all used, cut off, images or newspapers): 盛岡市's 令和5年度 収納状況 (98: one small
  // table a tax, its 区分 rows and 計, the 市民税 pair left out for their lost captions), and two lists of 滞納処分 counts
  // written with their unit (岩手町, 99: 給与・報酬 24件 …; 玉名市, 100: 家宅捜索 7件, 新規28人): 18 of 60 when added (the
  // session's rules for a caption's part and regions already in).
  // Since, its 区分 X rows are parts of the 現年度分 above them (18 → 30), as two writers read them, on both of 盛岡's pages.
  // And its 普通税全体 a total of those taxes (30 → 42); each tax's 計 rate (現年度分 + 滞納繰越分) is a total here, as the corpus's
  // writers read a 合計 row of rates, the debt's overall rate of 区分 全体 to this writer.
  'morioka-r5-shizei-shunoritsu-zogen-kubun': { correct: 42, problems: 9 },
  // Since, 岩手町's sentence (今後とも税の公平性を…) names no debt 今後とも税, and the kinds of 処分 of both lists (給与・報酬,
  // 所得税・県税の還付, 捜索; 預貯金債権, 家宅捜索) are what was seized or done, of the page's one debt where it names one (玉名's
  // 市税は、納期限までに…, not 納税は国民の義務): 0 → 5 and 0 → 2; their counts typed wrong in a list of texts are not found yet,
  // nor 玉名's 新規28人.
  'iwate-town-h25-tainou-shobun-list': { correct: 5, problems: 1 },
  'tamana-r5-tainou-shobun-jisseki-ruikei-list': { correct: 2, problems: 4 },
  // The twenty-fourth blind round (57 searches; both stored pages break off inside their table): 大阪府's 市町村税徴収実績 of
  // 平成25年度 (taxes nested by enumerators only, (1) 土地 under 純固定資産税, a うち退職所得分 row, link text in two labels, lettered
  // formulas in the headers) and 青森県's 令和元年度 県税決算額(総括) (the 現/繰/消/計 labels lost from the stored text: each tax
  // a run of unlabelled rows, its name on the middle one; 件数/金額 pairs, 対予算 and 対調定 rates): 66 of 117 and 10 of 205.
  'osaka-pref-h25-shichoson-zei-choshu-jisseki-nested': { correct: 66, problems: 52 },
  'aomori-r1-kenzei-kessan-sokatsu-unlabeled-divisions': { correct: 10, problems: 199 },
  // The twenty-fifth blind round (53 searches; most tables found were transcribed already or cut off in the stored text):
  // 仙台国税局's 租税滞納状況 of 令和3年度 (103: the flow across, the 全税目 row over two rows with its 対前年度比 in
  // parentheses, 源泉所得税 and 申告所得税 under 所得税 marked 内 in a column of their own) and All About's ranking of the
  // prefectures by 国保 households in arrears (104: 滞納世帯数(世帯), 滞納率(%), the debt only in the article's subject): 32 of
  // 56 when added.
  // Its 内 in a label column of its own read since: 源泉 and 申告 parts of 所得税, no longer summed again into 全税目 (the false
  // total-mismatches as printed gone, the injections found as they are): 8 → 4 problems. Left: its 対前年度比 row a ratio
  // (no year, no kind), derived total to its writer.
  'sendai-kokuzei-r3-sozei-taino-flow': { correct: 32, problems: 4 },
  'allabout-h19-kokuho-tainou-setai-todofuken-top10': { correct: 0, problems: 20 },
  // The twenty-sixth blind round (about 90 searches; the stored pages show their first few thousand characters, most
  // receivables tables lie deeper): 1 of 95 when added. 吉川市's 徴収事務移管 (105: each debt's 引受 count and amount in a
  // sentence split at its figures, the transferring 課 as department), a blog quoting 茨城租税債権管理機構's 回収効果 (106: 億・万円
  // written out, a 合計 column no row's parts add to as printed), 13 政令市's 国保 arrears (107: the cities as departments, four
  // counts told apart by stage, a 合計 row) and 静岡地方税滞納整理機構's 設立の趣旨 (108: an index column beside each figure, the
  // stored copy cut off in its second row).
  'yoshikawa-h31-choshu-iko-hikiuke-list': { correct: 0, problems: 20 },
  'ibaraki-sozei-kikou-h13-h15-kaishu-koka-blog': { correct: 0, problems: 14 },
  'seirei-13shi-kokuho-tainou-setai-2004': { correct: 0, problems: 60 },
  'shizuoka-tainou-kikou-setsuritsu-h10-truncated': { correct: 1, problems: 7 },
  // The twenty-seventh blind round (the stored pages' receivables tables all used or cut off above their tables: four
  // published statements split at their figures): 鳥取県's 税外未収債権 回収計画 notice (109: year-end balances in 億・万円, a
  // change with its share in one cell), 宇部市's press release on its 第2期 債権管理計画 (110: targets as headlines, results
  // in sentences), 青森県市町村税滞納整理機構's 平成27年度 results in paragraphs (111: totals before their parts, three
  // breakdowns of one sum) and 志布志市's 差押 by kind of property, its total first (112): 0 of 50 when added.
  'tottori-h30-zeigai-saiken-kaishu-keikaku-gaiyo': { correct: 0, problems: 11 },
  'ube-2018-dai2ki-saiken-kanri-keikaku-houdou': { correct: 0, problems: 9 },
  'aomori-kikou-h27-jisseki-bunsho-uchiwake': { correct: 0, problems: 35 },
  'shibushi-h22-sashiosae-naiyo-total-first': { correct: 0, problems: 9 },
  // The twenty-eighth blind round: 大阪市's 市政改革プラン2.0 未収金 targets as a form (114: 465億円以下 beside 27年度実績 511億円),
  // 美唄市's 広報 on its 令和4年度 決算 (115: 億・万円 amounts and changes in words, its 市債 section a sheet of no plan) and 熊本国税局's
  // 平成20年度 租税滞納状況 flow (116: each cell its ratio to the year before in brackets above its amount): 0 of 19 when added.
  // A fourth, 青森県's 平成23年度 県税決算額(総括) copied from a text without its merges, was left out: the form of 25 above, but
  // with each tax's name on the middle row of its 現 | 繰 | 計 group, 再計算 read a 現 row as the tax's above and wrote a 計 over
  // a right figure (recorded for the next round of work on centred names).
  'osaka-shi-2016-shiseikaikaku-mishukin-mokuhyo-form': { correct: 0, problems: 7 },
  'bibai-r4-kessan-shizei-shunyu-koho-text': { correct: 0, problems: 10 },
  'nta-kumamoto-h20-taino-flow-ratio-in-cell': { correct: 0, problems: 11 },
  // The twenty-ninth blind round (the stored pages show their opening only; the 債権管理計画 tables of 世田谷, 多治見 and
  // 大阪市 lie deeper): 練馬区's 2012年度 債権放棄 of three 貸付金 by 事由 (117: each count cell 2件(4人), claims and debtors, the
  // amounts text with 円, a 合計額 500 円 above its rows as printed), 宮古島市's 市営住宅家賃 of a half year from a newspaper
  // (118: 1億1593万749円, a middle dot for the decimal point, トータル) and 総務省's 不納欠損 of 2015 by ground (120: 億円, changes
  // in %減): 2 of 40 when added. Two more were tables the holdout had: 吉川市's 徴収移管 (105) and 善通寺市's 縮減目標 (87).
  // Its counts with their persons (2件(4人)) read since, and its 事由 column the figures' stage (not a debt, nor a debt's part):
  // 1 → 11 of 15. Left: its 時効 rows' amounts read as 時効額, 金額 to their writer (the amount released, on the ground of 時効).
  'nerima-2012-kashitsukekin-hoki-jiyu': { correct: 11, problems: 4 },
  'miyakojima-2011-shiei-jutaku-yachin-kamihanki': { correct: 0, problems: 17 },
  'soumu-2015-chihouzei-funou-kesson-jiyu': { correct: 1, problems: 12 },
  // The thirtieth blind round (no printed table the holdout lacked could be found: four news items and a council answer, their
  // figures laid out as the sentences give them, as 118): 高崎市's 給食費 未納 by school system (121: 535件 | 913万8466円, a 合計
  // 1,811 円 over its rows as printed, 20年度 below), 松本市's 市税 and 国保税 収納率 (122: each tax's whole row over its 現年度分 and
  // 滞繰分, 98・70%, 0・06ポイント低), three items of a 2003 digest (123: 島田市's 未納市税額 as of 2003年4月末, the nation's 徴収率 of
  // 1995–2000 under one merged head, 小田原市's 0.1%減少) and a city's 水道料金 of 平成28年度 (124: 調定 | 収納 | 収納率 | 滞納件数 |
  // 滞納金額, the rate of the year before and its change below): 1 of 40 when added.
  'takasaki-h21-kyushokuhi-mino-hoshiki': { correct: 1, problems: 5 },
  // 松本市's read since (0 → 5 of 12): a middle dot for the decimal point before % or ポイント, a change said 高い or 低, the row
  // naming both 区分 (現年度分、滞納繰越分を合わせた) the whole, and a 区分 row no longer given the next tax's name (a name beside
  // no 区分 closes a 現 | 繰 | 計 group). Left: its year is only 昨年度 in a sentence of the article.
  'matsumoto-r5-shizei-kokuhozei-shunoritsu': { correct: 5, problems: 7 },
  'shimada-odawara-2003-shizei-choshuritsu-zenkoku': { correct: 0, problems: 15 },
  'fumei-shi-h28-suido-ryokin-taino': { correct: 0, problems: 9 },
  // The thirty-first blind round (the stored pages are near exhausted for the topic: most tables found were the holdout's or
  // the corpus's publishers'): 三次市's 国保税 and 後期高齢者医療保険料 収納見込み in its newsletter (125: 11億1,127万円, a note line ※…93%
  // between the rows), 五ヶ瀬町's 町税等 未済額 from its newsletter's sentences (126: 30万3千円, sums printed ten times their parts)
  // and 芦屋市's 滞納 件数 and 金額 from a councillor's report (128): 0 of 43 when added. A fourth, 財務省's 租税及印紙収入 against the
  // budget (national revenue, no receivables), was left out. 30万3千円 read since (as 303,000).
  'miyoshi-h23-kokuho-kouki-shuno-mikomi': { correct: 0, problems: 15 },
  'gokase-r5-chozei-to-misaigaku-koho': { correct: 0, problems: 12 },
  'ashiya-r4-ippan-kaikei-tainou-kensu-kingaku': { correct: 0, problems: 24 },
  // The thirty-second blind round (the stored pages' tables nearly all taken: four of five are sentences laid out a row each,
  // split at their figures): 米子市's 市税等 滞納額 by debt in 億 and 万円 with its 削減 since 平成19年度 (129), 狛江市's handout of the
  // 多摩26市' 市税 差押件数 beside their populations (130, a typed table), 富山県's and 愛媛県's 奨学金 滞納 from newspapers (131, 132:
  // 単年度分 | 過年度分, 返還率) and 北海道's 道営住宅 家賃 収納 (133: 15・2%, a rate printed that its amounts do not give): 0 of 75 when
  // added.
  'yonago-h23-shizeito-tainogaku-uchiwake': { correct: 0, problems: 16 },
  'komae-h27-tama26shi-shizei-sashiosae-kensu': { correct: 0, problems: 52 },
  'toyama-pref-2011-shogakukin-tainogaku-suii': { correct: 0, problems: 19 },
  'ehime-pref-2013-shogakukin-tainogaku-genendo-kurikoshi': { correct: 0, problems: 12 },
  'hokkaido-h21-doei-jutaku-yachin-shuno': { correct: 0, problems: 20 },
};

test('every holdout layout has its bounds, and no bound is left without its layout', () => {
  expect(holdoutLayouts.map((l) => l.name).sort()).toEqual(Object.keys(BOUNDS).sort());
});

describe.each(holdoutLayouts.map((l) => [l.name, l] as const))('%s', (name, layout) => {
  it('is read without a failure, with no fewer observations right and no more problems than before', () => {
    const s = scoreLayout(layout);
    expect(s.expected).toBe(layout.observations.length);
    expect(s.correct).toBeGreaterThanOrEqual(BOUNDS[name].correct);
    expect(s.problems.length).toBeLessThanOrEqual(BOUNDS[name].problems);
  });
});
