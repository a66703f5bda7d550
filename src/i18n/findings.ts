/**
 * Finding messages, Japanese first. Each template receives the finding's parameters.
 */
export type FindingParams = Record<string, string | number | null | undefined>;

interface Template {
  ja: (p: FindingParams) => string;
  en: (p: FindingParams) => string;
}

const fmt = (v: string | number | null | undefined) => (v === null || v === undefined ? '空欄' : String(v));
const fmtEn = (v: string | number | null | undefined) => (v === null || v === undefined ? 'blank' : String(v));

export const FINDING_MESSAGES: Record<string, Template> = {
  'table-not-recognized': {
    ja: (p) => `計画表のように見えますが、読み取れませんでした（${p.reason}）。見出し行（債権名・年度など）を確認してください。`,
    en: (p) => `This looks like a plan table but could not be read (${p.reasonEn}). Check the header row (debt name, fiscal years).`,
  },
  'era-year-mismatch': {
    ja: (p) => `和暦「${p.era}」（${p.eraYear}年）と西暦「${p.western}年」が一致しません。`,
    en: (p) => `The era year "${p.era}" (${p.eraYear}) and the western year ${p.western} disagree.`,
  },
};

export const REJECT_REASONS: Record<string, { ja: string; en: string }> = {
  'no-values': { ja: '数値の列（年度・実績・目標）が見つかりません', en: 'no value columns (years, actual, target) found' },
  'no-label': { ja: '債権名の列が見つかりません', en: 'no debt-name column found' },
  'no-rows': { ja: '見出しの下にデータ行がありません', en: 'no data rows below the header' },
  'no-header': { ja: '見出し行が見つかりません', en: 'no header row found' },
};

export function findingMessage(code: string, params: FindingParams): { message: string; messageEn: string } {
  const t = FINDING_MESSAGES[code];
  if (!t) return { message: code, messageEn: code };
  return { message: t.ja(params), messageEn: t.en(params) };
}

export { fmt, fmtEn };
