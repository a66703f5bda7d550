/**
 * CLI and file-host messages, Japanese first.
 */
export function readErrorMessage(reason: string, file: string, detail?: string): { ja: string; en: string } {
  switch (reason) {
    case 'encrypted':
      return { ja: `${file}: パスワードで保護されたブックは読めません。保護を解除して保存し直してください。`, en: `${file}: password-protected workbooks cannot be read; remove the password and save again.` };
    case 'legacy-xls':
      return { ja: `${file}: 旧形式（.xls）のブックです。Excel で .xlsx 形式に保存し直してください。`, en: `${file}: a legacy .xls workbook; save it as .xlsx in Excel.` };
    case 'not-a-workbook':
      return { ja: `${file}: Excel ブック（.xlsx）ではありません。`, en: `${file}: not an Excel workbook (.xlsx).` };
    case 'too-large':
      return { ja: `${file}: 展開すると大きすぎるため読み込めません（${detail ?? ''}）。壊れているか、計画表のブックではありません。`, en: `${file}: too large once uncompressed (${detail ?? ''}); damaged, or not a plan workbook.` };
    case 'wrong-extension':
      // The workbook's content type fixes its extension: Excel refuses a macro-enabled package named .xlsx.
      return { ja: `${file}: このブックは .${detail} 形式です（マクロ・テンプレートの種類）。出力先の拡張子を .${detail} にしてください。`, en: `${file}: this workbook is a .${detail} package (macro or template type); give the output the .${detail} extension.` };
    case 'not-found':
      return { ja: `${file}: ファイルが見つかりません。`, en: `${file}: file not found.` };
    default:
      return { ja: `${file}: ブックを読み込めませんでした（壊れているか、途中で切れています）。${detail ? `詳細: ${detail}` : ''}`, en: `${file}: the workbook could not be read (damaged or truncated).${detail ? ` Detail: ${detail}` : ''}` };
  }
}

export const CLI_TEXT = {
  ja: {
    tables: (n: number) => `計画表 ${n}件`,
    counts: (e: number, w: number, i: number) => `エラー ${e}件・警告 ${w}件・情報 ${i}件`,
    table: '表',
    rows: '行',
    noTables: '計画表は見つかりませんでした。',
    noFindings: '指摘事項はありません。',
    refuseOverwrite: (f: string) => `${f}: 入力ファイルは上書きしません。別の出力先を -o で指定するか、--in-place を付けてください。`,
    editedGenerated: (f: string, sheets: string[]) => `${f}: saiken が作成したシート（${sheets.join('、')}）が作成後に手で編集されています。作り直すと編集内容は失われます。作り直す場合は --force を付けてください。`,
    generated: (f: string, summary: string, charts: string, n: number) => `${f} に「${summary}」シートと「${charts}」シート（グラフ ${n}件）を作成しました。`,
    written: (f: string, n: number) => `${f} に書き込みました（値を置き換えたセル ${n}件、変更前の値は「saiken変更履歴」シートに記録）。`,
    severity: { error: 'エラー', warning: '警告', info: '情報' } as Record<string, string>,
    measure: { rate: '収納率', amount: '金額', ledger: '調定・収入', other: 'その他' } as Record<string, string>,
  },
};
