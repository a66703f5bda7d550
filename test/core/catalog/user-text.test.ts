/**
 * Text a clerk reads: the catalog's basis, limitation, notes and sources (shown in the pane on
 * demand) and every finding message speak to the user. No notes of the developers reach them:
 * no "UNCONFIRMED", no project file names or section marks, no source tags like [S15], no rule ids.
 */
import { DEFAULT_CATALOG_DATA, CatalogDataSchema } from '../../../src/core/catalog';
import { FINDING_MESSAGES, REJECT_REASONS } from '../../../src/i18n/findings';
import { SUMMARY_TEXT, CHANGE_LOG_TEXT } from '../../../src/i18n/workbook';

const DEVELOPER_NOTES: [string, RegExp][] = [
  ['UNCONFIRMED', /unconfirmed/i],
  ['a project file name', /\b[\w-]+\.(md|ts|tsx|json)\b/],
  ['a section mark', /§/],
  ['a source tag', /\[S\d+[a-z]?\]/],
  ['a rule id', new RegExp(`\\b(${Object.keys(FINDING_MESSAGES).join('|')})\\b`)],
];

function offences(where: string, text: string): string[] {
  return DEVELOPER_NOTES.filter(([, re]) => re.test(text)).map(([what]) => `${where}: ${what} in 「${text}」`);
}

/** Every string of a value with its path, keys that are ids (not shown) left out. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (k !== 'id' && k !== 'version') strings(v, `${path}.${k}`, out);
  return out;
}

describe('catalog text a clerk reads', () => {
  const data = CatalogDataSchema.parse(DEFAULT_CATALOG_DATA);

  it('has no developer notes in any entry field, sources included', () => {
    const texts = data.entries.flatMap((e) => strings({ ...e, id: undefined }, e.name));
    expect(texts.length).toBeGreaterThan(data.entries.length * 5);
    expect(texts.flatMap(([where, t]) => offences(where, t))).toEqual([]);
  });

  it('gives the basis with its article, a judgment or a contract, else says 条文未確認', () => {
    const vague = data.entries.filter((e) => !/\d+条|条文未確認|最判|最高裁|契約/.test(e.basis)).map((e) => `${e.name}: ${e.basis}`);
    expect(vague).toEqual([]);
    const limits = data.entries.filter((e) => !/\d+条|条文未確認|最判|最高裁|契約/.test(e.limitation.basis)).map((e) => `${e.name}: ${e.limitation.basis}`);
    expect(limits).toEqual([]);
  });

  it('keeps sources in their own field: every entry and every variant names one', () => {
    for (const e of data.entries) {
      expect(e.sources.length).toBeGreaterThan(0);
      for (const v of e.variants) expect(v.source.trim()).not.toBe('');
    }
    // The article a basis was unsure of is said in Japanese, the way a clerk reads it.
    const care = data.entries.find((e) => e.name === '介護保険料')!;
    expect(care.basis).toBe('介護保険法144条（条文未確認）→ 地方自治法231条の3第3項');
  });
});

describe('finding messages and workbook text', () => {
  // Japanese-looking parameters: a message must not add developer text of its own.
  const params = new Proxy({}, { get: (_t, k) => (k === 'note' ? '備考' : `〈${String(k).length}〉`) }) as Record<string, string>;

  it.each(Object.keys(FINDING_MESSAGES))('%s speaks to the user in both languages', (code) => {
    const t = FINDING_MESSAGES[code];
    const ja = t.ja(params);
    const en = t.en(params);
    expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect([...offences(`${code} ja`, ja), ...offences(`${code} en`, en)]).toEqual([]);
  });

  it('reasons and generated sheet text carry no developer notes', () => {
    const texts = [...strings(REJECT_REASONS, 'reasons'), ...strings(CHANGE_LOG_TEXT, 'log'), ...strings(SUMMARY_TEXT, 'summary')];
    expect(texts.flatMap(([w, t]) => offences(w, t))).toEqual([]);
  });
});
