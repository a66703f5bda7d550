/**
 * Finding a debt in the catalog as municipalities write it, and what its class allows.
 *
 * A name is tried in steps, cheapest and surest first: exact (a name or alias as written);
 * normalized (NFKC, no spaces, one kind of bracket, a trailing "(一部)"-like qualifier, a 区分
 * word or 等 dropped, a leading municipality name like 津山市 dropped); rewritten (the same debt as
 * another municipality words it: 区営 for 市営, 過年度 inside the name, 過誤払 for 返還金, see
 * REWRITES); family (市民税・県民税,
 * 法人市民税均等割 → 市税); fuzzy (character bigrams and edit distance), which gives suggestions
 * and an entry only when one candidate is clearly best. Indexes are built once per catalog;
 * lookups are cached per query.
 */
import { nfkc } from '../text/normalize';
import { classOf } from '../text/tokens';
import { DEBT_CLASSES } from '../recognize/model';
import type * as Schemas from './schema';
import type {
  CatalogData,
  CatalogEntry,
  DebtClass,
  Limitation,
  MeasureId,
  OverrideEntry,
  Variant,
  WorkbookOverrides,
} from './schema';

export type MatchKind = 'exact' | 'normalized' | 'rewritten' | 'family' | 'fuzzy' | 'none';

export interface LookupResult {
  match: MatchKind;
  /** Set for exact, normalized, rewritten and family matches, and for a fuzzy match that is clearly best. */
  entry?: CatalogEntry;
  /** For a rewritten match: the rules applied (REWRITES' `rule`), in order. */
  rules?: string[];
  /** Up to three catalog names close to the query (fuzzy and none only). */
  suggestions: string[];
  /** Similarity of the best fuzzy candidate, 0–1. */
  score?: number;
}

export type Acceptance = 'usual' | 'variant' | 'conflict';
export type MeasureCheck = 'allowed' | 'not-allowed' | 'unknown';

export interface Catalog {
  readonly version: string;
  /** Overridden and added entries first, then the defaults. */
  readonly entries: readonly CatalogEntry[];
  readonly measuresByClass: CatalogData['measuresByClass'];
  /** Normalized names claimed by two entries (the first keeps it): empty for a sound catalog. */
  readonly collisions: readonly string[];
  lookup(name: string): LookupResult;
  get(id: string): CatalogEntry | undefined;
  /** Whether a workbook override replaced or added this entry. */
  isOverridden(entry: CatalogEntry): boolean;
  /** The root entry of the entry's family (市税 for 固定資産税). */
  familyRoot(entry: CatalogEntry): CatalogEntry | undefined;
  acceptsClass(entry: CatalogEntry, cls: DebtClass | readonly DebtClass[]): Acceptance;
  allowedMeasures(entry: CatalogEntry, cls?: DebtClass): MeasureId[];
  /** Measure ids a word stands for; [] for a known non-measure word (催告); null when unknown. */
  measureOf(word: string): MeasureId[] | null;
  checkMeasure(entry: CatalogEntry, cls: DebtClass, word: string): MeasureCheck;
}

// ── text ────────────────────────────────────────────────────────────────────────

const OPEN = /[([{（［｛【〔〈《「『]/g;
const CLOSE = /[)\]}）］｝】〕〉》」』]/g;
const DASHES = /[\u2010-\u2015\u2212\uff0d]/g;
const DOTS = /[\u00b7\u2022\u2027\u30fb\uff65]/g;
const LIST_MARKER = /^\s*(?:\(\d{1,2}\)|（\d{1,2}）|\d{1,2}[.．、)）]|[\u2460-\u2473]|[ア-ンｱ-ﾝ](?=[\s.．、])|[・●○◆■□◇▼▽◎]+)\s*[.．、]?\s*/;
const FOOTNOTE_MARK = /(?:※\d*|\*\d*|注\d+)$/;

/** The form names are compared in: NFKC, no whitespace, ( ) for every bracket, lower case. */
export function normalizeName(s: string): string {
  return nfkc(s)
    .replace(/\s+/g, '')
    .replace(OPEN, '(')
    .replace(CLOSE, ')')
    .replace(DASHES, '-')
    .replace(DOTS, '・')
    .toLowerCase();
}

const TRAILING_PAREN = /\([^()]*\)$/;
const TRAILING_WORD = /(?:現年度分|現年分|現年課税分|現年度|滞納繰越分|滞繰分|過年度分|過年分|繰越分|全体|一部|等)$/;

/** The name with list markers and footnote marks dropped, then ever shorter by trailing qualifiers. */
function reductions(raw: string): string[] {
  const first = normalizeName(raw.replace(LIST_MARKER, '')).replace(FOOTNOTE_MARK, '');
  const out = [first];
  let cur = first;
  for (let i = 0; i < 4; i++) {
    const next = cur.replace(TRAILING_PAREN, '').replace(TRAILING_WORD, '');
    if (next === cur || next.length < 2) break;
    out.push(next);
    cur = next;
  }
  return out;
}

const MUNICIPAL_END = new Set(['市', '町', '村', '区']);

/** A leading municipality name (津山市, 廿日市市, 旧加茂町): prefixes of 2–8 characters ending so. */
function withoutMunicipality(key: string): string[] {
  const out: string[] = [];
  for (let i = 2; i <= Math.min(8, key.length - 2); i++) if (MUNICIPAL_END.has(key[i - 1])) out.push(key.slice(i));
  return out;
}

// ── rewrites ────────────────────────────────────────────────────────────────────

/**
 * How other municipalities write a debt the catalog knows, as rules on the normalized name. A rule
 * is taken only when its result is a catalog name (so a rewrite never invents a debt), and only
 * after the exact and normalized steps found nothing (so no seed spelling changes meaning). Rules
 * apply in this order and compose: 学童クラブ育成費負担金 → 学童クラブ負担金 (育成) → found.
 */
interface Rewrite {
  rule: string;
  re: RegExp;
  to: string;
}

export const REWRITES: readonly Rewrite[] = [
  // The owner word names who runs the housing or facility, not another debt: 区営 (特別区), 町営,
  // 村営, 県営/府営/都営/道営 住宅 are 公営住宅法 housing like 市営 and read the same (domain.md §1.1).
  { rule: '設置者', re: /^(?:区営|町営|村営|県営|府営|都営|道営)/, to: '市営' },
  // The year of the 調定 (過年度/現年度/滞納繰越) splits a debt's figures, never its class; as a
  // trailing word it is already dropped, here it sits inside the name (児童扶養手当過年度返還金).
  { rule: '年度区分', re: /(?:過年度分|現年度分|過年度|現年度|過年分|現年分|滞納繰越分|滞繰分)(?=.{2})/, to: '' },
  // 過誤払 (a benefit paid in error) is what the 返還金 of that benefit recovers: 児童手当過誤払,
  // 児童手当過誤払金 and 児童手当過誤払返還金 are all 児童手当返還金.
  { rule: '過誤払', re: /(?:過誤払い?|過払い?)(?:金|返還金|返納金)?$/, to: '返還金' },
  // 保育費負担金 is the 保育料 under its 児童福祉法56条 name (費用の徴収 as 負担金).
  { rule: '保育費負担金', re: /保育費(?:負担金|徴収金)$/, to: '保育料' },
  // 育成料 / 育成費(負担金) is the 放課後児童健全育成事業 (児童福祉法6条の3第2項) fee under its
  // program's word 育成: the same 負担金.
  { rule: '育成料', re: /(?:育成費負担金|育成費|育成料)$/, to: '負担金' },
  // The club is named after the program (放課後児童), the place (学童/児童クラブ) or the care
  // (学童保育): one 放課後児童健全育成事業, so one fee.
  { rule: '放課後児童クラブ', re: /^(?:放課後児童(?:会|クラブ)?|学童(?:クラブ|保育)?|児童クラブ)(?=負担金|利用料|保護者負担金)/, to: '放課後児童クラブ' },
  // 徴収金 after a charge names the collecting, not another debt: 学校給食費徴収金 is 学校給食費.
  { rule: '徴収金', re: /(費|料)徴収金$/, to: '$1' },
  // 貸与 and 貸付 are one loan contract (金銭消費貸借); its 返還金/償還金 is the loan repaid.
  { rule: '貸与', re: /貸与金$/, to: '貸付金' },
  { rule: '貸付金返還金', re: /貸付金(?:返還金|償還金)$/, to: '貸付金' },
  // Who may borrow (看護師等, 介護福祉士等) qualifies a 修学資金/奨学金, it does not make another loan.
  { rule: '貸与対象', re: /^[^等]{1,8}等(?=修学資金|奨学金|奨学資金)/, to: '' },
  // 資金等 lists kindred purposes of one loan (高額療養費資金等貸付金).
  { rule: '資金等', re: /資金等(?=貸付金|償還金)/, to: '資金' },
  // 各種 (various) groups debts of one kind: 各種貸付金 reads as 貸付金.
  { rule: '各種', re: /^各種(?=.{2})/, to: '' },
  // 普通財産 is what makes a 貸付料 a private contract (地方自治法238条の5): the catalog's 貸地料.
  { rule: '普通財産', re: /^普通財産の?(?=.{2})/, to: '' },
  // A 行政財産's 目的外使用 is a 使用許可 (238条の4第7項) and its charge a 225条 使用料, whatever the
  // list calls the thing used or the charge (…に係る土地貸付料).
  { rule: '行政財産目的外使用', re: /^行政財産の?目的外使用(?:に係る|に伴う|の).*料$/, to: '行政財産目的外使用料' },
];

/** The name rewritten by every combination of rules, in rule order, with the rules used. */
function rewritten(key: string): { form: string; rules: string[] }[] {
  let forms = [{ form: key, rules: [] as string[] }];
  for (const r of REWRITES) {
    const more: typeof forms = [];
    for (const f of forms) {
      const next = f.form.replace(r.re, r.to);
      if (next !== f.form && next.length >= 2 && !forms.some((g) => g.form === next)) more.push({ form: next, rules: [...f.rules, r.rule] });
    }
    forms = forms.concat(more);
  }
  return forms.slice(1);
}

// ── similarity ──────────────────────────────────────────────────────────────────

/** Character bigrams as sorted numbers: counting shared ones is a merge, no hashing. */
function bigrams(s: string): Float64Array {
  const out = new Float64Array(Math.max(s.length - 1, 0));
  for (let i = 0; i < s.length - 1; i++) out[i] = s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);
  return out.sort();
}

/** Bigrams the two strings share (with multiplicity). */
function shared(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) common++, i++, j++;
    else if (a[i] < b[j]) i++;
    else j++;
  }
  return common;
}

const row = { prev: new Int32Array(64), cur: new Int32Array(64) };

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (row.prev.length <= b.length) row.prev = new Int32Array(b.length * 2 + 1), row.cur = new Int32Array(b.length * 2 + 1);
  let prev = row.prev;
  let cur = row.cur;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * Bigram Dice and edit-distance ratio averaged: Dice sees shared words, the ratio sees
 * one-character typos. The edit distance is computed only when the score could reach `floor`:
 * it is at least the length difference, and at least half the bigrams either side loses (one
 * edit breaks at most two).
 */
function similarity(q: string, qb: Float64Array, k: FuzzyKey, floor: number): number {
  const qn = Math.max(q.length - 1, 0);
  const kn = Math.max(k.key.length - 1, 0);
  if (qn + kn === 0) return q === k.key ? 1 : 0;
  const common = shared(qb, k.grams);
  const dice = (2 * common) / (qn + kn);
  const longest = Math.max(q.length, k.key.length);
  const minEdits = Math.max(Math.abs(q.length - k.key.length), Math.ceil((qn - common) / 2), Math.ceil((kn - common) / 2));
  if ((dice + 1 - minEdits / longest) / 2 < floor) return 0;
  return (dice + 1 - levenshtein(q, k.key) / longest) / 2;
}

interface FuzzyKey {
  key: string;
  grams: Float64Array;
  entry: number;
}

const SUGGEST_MIN = 0.5;
const CONFIDENT_MIN = 0.75;
const CONFIDENT_GAP = 0.08;
/** A name ending like a family member (…税) counts as the family only when nothing is this close. */
const FAMILY_SUFFIX_MAX_FUZZY = 0.7;
const FAMILY_QUALIFIER_MAX = 8;
const CACHE_MAX = 5000;

// ── class names ─────────────────────────────────────────────────────────────────

const K: DebtClass = '強制徴収公債権';
const N: DebtClass = '非強制徴収公債権';
const P: DebtClass = '私債権';

const CLASS_NAMES: [RegExp, DebtClass[]][] = [
  [/^(?:非強制徴収公債権|非強制公債権|強制徴収できない公債権|強制徴収のできない公債権|公債権\((?:強制徴収できない|強制徴収のできない|非強制|非強制徴収)\)|非強制徴収の公債権|非強制の公債権)$/, [N]],
  [/^(?:非強制徴収債権|非強制債権|非強制徴収|非強制)$/, [N, P]],
  [/^(?:私債権|私法上の債権|私法上債権|私法債権)$/, [P]],
  [/^(?:強制徴収公債権|強制徴収債権|強制公債権|公債権\((?:強制徴収|強制徴収できる|強制)\)|強制徴収できる公債権|強制徴収の公債権|強制徴収)$/, [K]],
  [/^(?:公債権|公法上の債権)$/, [K, N]],
];
const CLASS_SEPARATORS = /[・、,/]|及び|および|並びに|ならびに|又は|または/;

function classWhole(t: string): DebtClass[] | null {
  for (const [re, classes] of CLASS_NAMES) if (re.test(t)) return classes;
  return null;
}

/**
 * A class name as municipalities write it → the classes it means. One class, or a group:
 * 非強制徴収債権 = 非強制徴収公債権 + 私債権, 公債権 = both public classes. null when the text names none.
 */
export function classOfName(text: string): DebtClass[] | null {
  const t = normalizeName(text.replace(LIST_MARKER, '')).replace(/等$/, '');
  if (!t) return null;
  const whole = classWhole(t) ?? classWhole(t.replace(TRAILING_PAREN, ''));
  if (whole) return [...whole];
  const parts = t.split(CLASS_SEPARATORS).filter(Boolean);
  if (parts.length > 1) {
    const found = new Set<DebtClass>();
    for (const p of parts) {
      const c = classWhole(p) ?? classWhole(p.replace(TRAILING_PAREN, ''));
      if (!c) return fallbackClass(t);
      c.forEach((x) => found.add(x));
    }
    return DEBT_CLASSES.filter((c) => found.has(c));
  }
  return fallbackClass(t);
}

function fallbackClass(t: string): DebtClass[] | null {
  if (/非強制徴収債権/.test(t)) return [N, P];
  const c = classOf(t);
  return c ? [c] : null;
}

/** usual: the class is the entry's usual one, or one of its split-by-basis classes; variant: a recognised local reading. */
export function acceptsClass(entry: CatalogEntry, cls: DebtClass | readonly DebtClass[]): Acceptance {
  const classes: readonly DebtClass[] = typeof cls === 'string' ? [cls] : cls;
  if (classes.includes(entry.class)) return 'usual';
  if (entry.variants.some((v) => classes.includes(v.class))) return entry.splitByBasis ? 'usual' : 'variant';
  return 'conflict';
}

/** The recognised reading that makes a class acceptable, for the finding's note. */
export function variantOf(entry: CatalogEntry, cls: DebtClass): Variant | undefined {
  return entry.variants.find((v) => v.class === cls);
}

// ── measures ────────────────────────────────────────────────────────────────────

const MEASURE_TAIL = /(?:の)?(?:実施|強化|徹底|検討|活用|適用|推進|手続き|手続|申立て|申立)$/;
const MEASURE_SEPARATORS = /[、,，・/／;；\n]|及び|および|並びに|ならびに|又は|または/;

/** The words of a measures cell: "督促、差押え及び公売" → 督促, 差押え, 公売. */
export function splitMeasureWords(text: string): string[] {
  return text
    .split(MEASURE_SEPARATORS)
    .map((w) => w.replace(LIST_MARKER, '').trim())
    .filter((w) => w.length > 0);
}

// ── overrides ───────────────────────────────────────────────────────────────────

const OVERRIDE_SOURCE = 'ブック内の上書き';

function defaultLimitation(cls: DebtClass): Limitation {
  return cls === P
    ? { years: 5, invocationRequired: true, basis: '民法166条1項; 援用必要（145条）' }
    : { years: 5, invocationRequired: false, basis: '地方自治法236条（5年、援用不要）' };
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function applyOverride(base: CatalogEntry, o: OverrideEntry): CatalogEntry {
  const { id: _id, name: _name, aliases, ...fields } = defined(o);
  const classChanged = o.class !== base.class;
  const names = [base.name, ...base.aliases];
  const merged: CatalogEntry = {
    ...base,
    ...fields,
    aliases: [...new Set([...base.aliases, ...(names.includes(o.name) ? [] : [o.name]), ...(aliases ?? [])])],
    variants: (o.variants ?? base.variants).filter((v) => v.class !== o.class),
    // measures tailored to the old class do not carry over to a new one
    measures: o.measures ?? (classChanged ? undefined : base.measures),
    unconfirmed: o.unconfirmed ?? (classChanged ? false : base.unconfirmed),
    sources: o.sources ?? [...base.sources.filter((s) => s !== OVERRIDE_SOURCE), OVERRIDE_SOURCE],
  };
  if (merged.measures === undefined) delete merged.measures;
  return merged;
}

function newEntry(o: OverrideEntry, id: string): CatalogEntry {
  return {
    id,
    name: o.name,
    aliases: o.aliases ?? [],
    ...(o.family !== undefined ? { family: o.family } : {}),
    class: o.class,
    variants: (o.variants ?? []).filter((v) => v.class !== o.class),
    splitByBasis: o.splitByBasis ?? false,
    basis: o.basis ?? '',
    limitation: o.limitation ?? defaultLimitation(o.class),
    ...(o.measures !== undefined ? { measures: o.measures } : {}),
    unconfirmed: o.unconfirmed ?? false,
    sources: o.sources && o.sources.length > 0 ? o.sources : [OVERRIDE_SOURCE],
    ...(o.note !== undefined ? { note: o.note } : {}),
  };
}

/** Overrides applied in order: a known name or alias replaces the fields it gives; a new name adds an entry. */
function mergeEntries(defaults: CatalogEntry[], overrides: OverrideEntry[]): { entries: CatalogEntry[]; touched: Set<string> } {
  const entries = defaults.map((e) => ({ ...e }));
  const byKey = new Map<string, number>();
  const index = (e: CatalogEntry, i: number) => {
    for (const n of [e.name, ...e.aliases]) if (!byKey.has(normalizeName(n))) byKey.set(normalizeName(n), i);
  };
  entries.forEach(index);
  const ids = new Set(entries.map((e) => e.id));
  const touched = new Set<string>();
  let local = 0;
  for (const o of overrides) {
    const i = byKey.get(normalizeName(o.name));
    if (i !== undefined) {
      entries[i] = applyOverride(entries[i], o);
      touched.add(entries[i].id);
      // the override's own names win over any default that claimed them
      for (const n of [entries[i].name, ...entries[i].aliases]) byKey.set(normalizeName(n), i);
    } else {
      let id = o.id && !ids.has(o.id) ? o.id : '';
      while (!id || ids.has(id)) id = `local-${++local}`;
      ids.add(id);
      const e = newEntry(o, id);
      entries.push(e);
      touched.add(id);
      for (const n of [e.name, ...e.aliases]) byKey.set(normalizeName(n), entries.length - 1);
    }
  }
  // overrides first: their names are indexed before the defaults'
  return { entries: [...entries.filter((e) => touched.has(e.id)), ...entries.filter((e) => !touched.has(e.id))], touched };
}

// ── the catalog ─────────────────────────────────────────────────────────────────

/**
 * Builds a catalog from default data (validated here) and optional workbook overrides (validated
 * here too; use parseOverrides first to get a readable message instead of an exception). The
 * schemas, and zod, are loaded on this call.
 */
export function createCatalog(defaults: unknown, overrides?: WorkbookOverrides): Catalog {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CatalogDataSchema, WorkbookOverridesSchema } = require('./schema') as typeof Schemas;
  return catalogOf(CatalogDataSchema.parse(defaults), overrides ? WorkbookOverridesSchema.parse(overrides) : undefined);
}

/** Builds a catalog from data and overrides already valid (as their schemas give them). */
export function catalogOf(data: CatalogData, ov?: WorkbookOverrides): Catalog {
  const { entries, touched } = mergeEntries(data.entries, ov?.entries ?? []);

  const raw = new Map<string, number>();
  const norm = new Map<string, number>();
  const collisions: string[] = [];
  const fuzzyKeys: FuzzyKey[] = [];
  entries.forEach((e, i) => {
    const seen = new Set<string>();
    for (const n of [e.name, ...e.aliases]) {
      if (!raw.has(n.trim())) raw.set(n.trim(), i);
      const k = normalizeName(n);
      const have = norm.get(k);
      if (have === undefined) norm.set(k, i);
      else if (have !== i && !touched.has(entries[have].id)) collisions.push(`${k}: ${entries[have].name} / ${e.name}`);
      for (const r of reductions(n)) {
        if (seen.has(r)) continue;
        seen.add(r);
        fuzzyKeys.push({ key: r, grams: bigrams(r), entry: i });
      }
    }
  });

  const byId = new Map(entries.map((e) => [e.id, e]));
  const byName = new Map(entries.map((e) => [e.name, e]));
  const members = new Map<string, string[]>(); // family → normalized member keys, longest first
  entries.forEach((e) => {
    if (!e.family) return;
    const list = members.get(e.family) ?? [];
    for (const n of [e.name, ...e.aliases]) list.push(normalizeName(n));
    members.set(e.family, list);
  });
  for (const list of members.values()) list.sort((a, b) => b.length - a.length);
  const familySuffixes = Object.entries(data.familySuffixes ?? {});

  const measureKeys = new Map<string, MeasureId[]>();
  for (const [w, ids] of Object.entries(data.measureAliases)) measureKeys.set(normalizeName(w), ids);

  const cache = new Map<string, LookupResult>();

  /** Exact or reduced normalized forms, then the same without a leading municipality name. */
  function normalizedHit(forms: string[]): number | undefined {
    for (const f of forms) {
      const i = norm.get(f);
      if (i !== undefined) return i;
    }
    for (const f of forms)
      for (const g of withoutMunicipality(f)) {
        const i = norm.get(g);
        if (i !== undefined) return i;
      }
    return undefined;
  }

  function rewrittenHit(forms: string[]): { entry: CatalogEntry; rules: string[] } | undefined {
    for (const f of forms)
      for (const r of rewritten(f)) {
        const i = normalizedHit(reductions(r.form));
        if (i !== undefined) return { entry: entries[i], rules: r.rules };
      }
    for (const f of forms) {
      const shared = sharedEnding(f);
      if (shared) return { entry: shared, rules: ['共通の語尾'] };
    }
    return undefined;
  }

  /**
   * 児童手当・児童扶養手当返還金: names joined by ・ that share the last one's ending, each a
   * catalog debt once the ending is added. Taken only when every part has the same usual class and variants (the row is
   * then checked alike whichever part it is); the first part stands for the row.
   */
  function sharedEnding(f: string): CatalogEntry | undefined {
    const parts = f.split(CLASS_SEPARATORS).filter(Boolean);
    if (parts.length < 2) return undefined;
    const last = parts[parts.length - 1];
    const lastHit = normalizedHit(reductions(last));
    if (lastHit === undefined) return undefined;
    for (let k = 1; k <= last.length - 2; k++) {
      const tail = last.slice(k);
      // a part that already ends so is a whole name: 介護保険料・後期高齢者医療保険料 is two debts in one row
      if (parts.slice(0, -1).some((p) => p.endsWith(tail))) continue;
      const hits = parts.slice(0, -1).map((p) => normalizedHit(reductions(p + tail)));
      if (hits.some((h) => h === undefined)) continue;
      const found = [...(hits as number[]), lastHit].map((i) => entries[i]);
      const sig = (e: CatalogEntry) => [e.class, ...e.variants.map((v) => v.class).sort()].join();
      return found.every((e) => sig(e) === sig(found[0])) ? found[0] : undefined;
    }
    return undefined;
  }

  function familyOf(forms: string[]): CatalogEntry | undefined {
    for (const f of forms) {
      // 市民税・県民税, 固定資産税及び都市計画税: every part a member of one family
      const parts = f.split(CLASS_SEPARATORS).filter(Boolean);
      if (parts.length > 1) {
        const fams = parts.map((p) => {
          const i = normalizedHit(reductions(p));
          return i === undefined ? undefined : entries[i].family;
        });
        if (fams[0] && fams.every((x) => x === fams[0])) return byName.get(fams[0]);
      }
      // 法人市民税均等割, 固定資産税償却資産分: a member followed by a short qualifier
      for (const [fam, keys] of members) {
        const k = keys.find((m) => f.startsWith(m) && f.length - m.length <= FAMILY_QUALIFIER_MAX);
        if (k) return byName.get(fam);
      }
    }
    return undefined;
  }

  // bigram → keys holding it: a key sharing no bigram scores at most 0.5 · edit ratio, below any suggestion
  const keysByGram = new Map<number, number[]>();
  fuzzyKeys.forEach((k, n) => {
    for (const g of new Set(k.grams)) {
      const list = keysByGram.get(g);
      if (list) list.push(n);
      else keysByGram.set(g, [n]);
    }
  });

  function fuzzy(q: string): { entry: number; score: number }[] {
    const qb = bigrams(q);
    const candidates = new Set<number>();
    for (const g of qb) for (const n of keysByGram.get(g) ?? []) candidates.add(n);
    const best = new Map<number, number>();
    for (const n of candidates) {
      const k = fuzzyKeys[n];
      const have = best.get(k.entry) ?? 0;
      const s = similarity(q, qb, k, Math.max(SUGGEST_MIN, have));
      if (s > have) best.set(k.entry, s);
    }
    return [...best].map(([entry, score]) => ({ entry, score })).sort((a, b) => b.score - a.score || a.entry - b.entry);
  }

  function uncachedLookup(name: string): LookupResult {
    const exact = raw.get(name.trim());
    if (exact !== undefined) return { match: 'exact', entry: entries[exact], suggestions: [] };
    const forms = reductions(name);
    if (!forms[0]) return { match: 'none', suggestions: [] };
    const hit = normalizedHit(forms);
    if (hit !== undefined) return { match: 'normalized', entry: entries[hit], suggestions: [] };
    const re = rewrittenHit(forms);
    if (re) return { match: 'rewritten', entry: re.entry, rules: re.rules, suggestions: [] };
    const fam = familyOf(forms);
    if (fam) return { match: 'family', entry: fam, suggestions: [] };

    const q = forms[forms.length - 1];
    const ranked = fuzzy(q);
    const top = ranked[0];
    const suggestions = ranked.filter((r) => r.score >= SUGGEST_MIN).slice(0, 3).map((r) => entries[r.entry].name);
    if (!top || top.score < FAMILY_SUFFIX_MAX_FUZZY) {
      for (const [fam, suffixes] of familySuffixes)
        if (suffixes.some((s) => q.endsWith(s)) && byName.has(fam)) return { match: 'family', entry: byName.get(fam), suggestions: [] };
    }
    if (!top || top.score < SUGGEST_MIN) return { match: 'none', suggestions };
    const second = ranked[1]?.score ?? 0;
    const confident = top.score >= CONFIDENT_MIN && top.score - second >= CONFIDENT_GAP;
    return { match: 'fuzzy', ...(confident ? { entry: entries[top.entry] } : {}), suggestions, score: Math.round(top.score * 1000) / 1000 };
  }

  function lookup(name: string): LookupResult {
    const cached = cache.get(name);
    if (cached) return cached;
    const r = uncachedLookup(name);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(name, r);
    return r;
  }

  function allowedMeasures(entry: CatalogEntry, cls: DebtClass = entry.class): MeasureId[] {
    if (cls === entry.class) return [...(entry.measures ?? data.measuresByClass[cls])];
    const v = variantOf(entry, cls);
    return [...(v?.measures ?? data.measuresByClass[cls])];
  }

  function measureOf(word: string): MeasureId[] | null {
    const k = normalizeName(word.replace(LIST_MARKER, ''));
    const ids = measureKeys.get(k) ?? measureKeys.get(k.replace(MEASURE_TAIL, '')) ?? measureKeys.get(k.replace(TRAILING_PAREN, ''));
    return ids ? [...ids] : null;
  }

  return {
    version: data.version,
    entries,
    measuresByClass: data.measuresByClass,
    collisions,
    lookup,
    get: (id) => byId.get(id),
    isOverridden: (entry) => touched.has(entry.id),
    familyRoot: (entry) => (entry.family ? byName.get(entry.family) : undefined),
    acceptsClass,
    allowedMeasures,
    measureOf,
    checkMeasure(entry, cls, word) {
      const ids = measureOf(word);
      if (ids === null) return 'unknown';
      if (ids.length === 0) return 'allowed';
      const allowed = allowedMeasures(entry, cls);
      return ids.some((m) => allowed.includes(m)) ? 'allowed' : 'not-allowed';
    },
  };
}
