/**
 * Finding a debt in the catalog as municipalities write it, and what its class allows.
 *
 * A name is tried in steps, cheapest and surest first: exact (a name or alias as written);
 * normalized (NFKC, no spaces, one kind of bracket, a trailing "(一部)"-like qualifier, a 区分
 * word or 等 dropped, a leading municipality name like 津山市 dropped); family (市民税・県民税,
 * 法人市民税均等割 → 市税); fuzzy (character bigrams and edit distance), which gives suggestions
 * and an entry only when one candidate is clearly best. Indexes are built once per catalog;
 * lookups are cached per query.
 */
import { nfkc } from '../text/normalize';
import { classOf } from '../text/tokens';
import {
  CatalogDataSchema,
  DEBT_CLASSES,
  WorkbookOverridesSchema,
  type CatalogData,
  type CatalogEntry,
  type DebtClass,
  type Limitation,
  type MeasureId,
  type OverrideEntry,
  type Variant,
  type WorkbookOverrides,
} from './schema';

export type MatchKind = 'exact' | 'normalized' | 'family' | 'fuzzy' | 'none';

export interface LookupResult {
  match: MatchKind;
  /** Set for exact, normalized and family matches, and for a fuzzy match that is clearly best. */
  entry?: CatalogEntry;
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

function levenshtein(a: string, b: string): number {
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
 * here too; use parseOverrides first to get a readable message instead of an exception).
 */
export function createCatalog(defaults: unknown, overrides?: WorkbookOverrides): Catalog {
  const data = CatalogDataSchema.parse(defaults);
  const ov = overrides ? WorkbookOverridesSchema.parse(overrides) : undefined;
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
