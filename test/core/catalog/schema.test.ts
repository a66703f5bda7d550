import {
  CatalogDataSchema,
  createCatalog,
  DEFAULT_CATALOG_DATA,
  defaultCatalog,
  MEASURES,
  normalizeName,
  OVERRIDE_ENTRIES_MAX,
  parseOverrides,
  parseOverridesJson,
  shippedCatalogData,
  WorkbookOverridesSchema,
} from '../../../src/core/catalog';
import defaults from '../../../src/core/catalog/defaults.json';

describe('defaults.json', () => {
  const data = CatalogDataSchema.parse(defaults);

  it('is what every command uses without parsing it: the schema gives the same data (fields left out filled in, texts trimmed)', () => {
    expect(shippedCatalogData()).toEqual(data);
    // Fields the file leaves out are there.
    expect(shippedCatalogData().entries.every((e) => Array.isArray(e.aliases) && Array.isArray(e.variants) && typeof e.basis === 'string')).toBe(true);
  });

  it('validates against the schema', () => {
    expect(CatalogDataSchema.safeParse(defaults).success).toBe(true);
    expect(data.entries.length).toBeGreaterThanOrEqual(80);
    expect(data.entries.length).toBeLessThanOrEqual(120);
  });

  it('has unique ascii ids and no name claimed by two entries', () => {
    const ids = data.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(defaultCatalog().collisions).toEqual([]);
  });

  it('gives every entry a source, and marks the inferred ones', () => {
    for (const e of data.entries) {
      expect(e.sources.length).toBeGreaterThan(0);
      if (e.sources.every((s) => s.startsWith('本カタログの推定'))) expect([e.name, e.unconfirmed]).toEqual([e.name, true]);
    }
  });

  it('records the usual class from domain.md and the seed reading as a variant', () => {
    const byName = new Map(data.entries.map((e) => [e.name, e]));
    expect(byName.get('市営住宅使用料')?.class).toBe('私債権');
    expect(byName.get('小規模下水道使用料')?.class).toBe('非強制徴収公債権');
    expect(byName.get('農業集落排水使用料')?.class).toBe('非強制徴収公債権');
    expect(byName.get('下水道使用料')?.class).toBe('強制徴収公債権');
    expect(byName.get('国民健康保険料')?.limitation.years).toBe(2);
    expect(byName.get('介護保険料')?.limitation.years).toBe(2);
    expect(byName.get('市税')?.limitation).toMatchObject({ years: 5, invocationRequired: false });
    expect(byName.get('水道料金')?.limitation).toMatchObject({ years: 5, invocationRequired: true, formerYears: 2 });
    expect(byName.get('奨学金貸付金')?.limitation).toMatchObject({ invocationRequired: true, formerYears: 10 });
  });

  it('keeps every measure id of the matrix known', () => {
    for (const list of Object.values(data.measuresByClass)) for (const m of list) expect(MEASURES).toContain(m);
    for (const ids of Object.values(data.measureAliases)) for (const m of ids) expect(MEASURES).toContain(m);
  });

  it('rejects data that breaks its own rules', () => {
    const broken = structuredClone(defaults) as { entries: { id: string; class: string; variants: { class: string }[]; family?: string }[] };
    broken.entries[1].id = broken.entries[0].id;
    broken.entries[2].family = '県税';
    broken.entries[3].variants = [{ class: broken.entries[3].class, note: '', source: 'x' } as never];
    const r = CatalogDataSchema.safeParse(broken);
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message).join('\n');
    expect(messages).toMatch(/duplicate id/);
    expect(messages).toMatch(/family 県税 has no root/);
    expect(messages).toMatch(/variant repeats the usual class/);
  });

  it('has no alias that normalizes to nothing', () => {
    for (const e of data.entries) for (const a of e.aliases) expect(normalizeName(a).length).toBeGreaterThan(0);
  });
});

describe('workbook overrides schema', () => {
  const ok = { version: 1, entries: [{ name: '市民農園使用料', class: '非強制徴収公債権', aliases: ['農園使用料'] }] };

  it('accepts a minimal override', () => {
    expect(parseOverrides(ok)).toEqual({ ok: true, value: ok });
    expect(parseOverridesJson(JSON.stringify(ok)).ok).toBe(true);
  });

  it('rejects unknown keys with a readable error', () => {
    const r = parseOverrides({ ...ok, entries: [{ ...ok.entries[0], evil: '<script>' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/Unrecognized key/);
      expect(r.error).toMatch(/evil/);
      expect(r.error).toMatch(/entries\[0\]/);
    }
    expect(parseOverrides({ ...ok, extra: 1 }).ok).toBe(false);
  });

  it('rejects a missing class, an unknown class and a wrong version', () => {
    expect(parseOverrides({ version: 1, entries: [{ name: '何か' }] }).ok).toBe(false);
    expect(parseOverrides({ version: 1, entries: [{ name: '何か', class: '公債権' }] }).ok).toBe(false);
    expect(parseOverrides({ version: 2, entries: [] }).ok).toBe(false);
  });

  it('limits sizes: names of 100 characters, 500 entries, no control characters', () => {
    const long = parseOverrides({ version: 1, entries: [{ name: 'あ'.repeat(101), class: '私債権' }] });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.error).toMatch(/entries\[0\]\.name/);
    expect(parseOverrides({ version: 1, entries: [{ name: 'あ'.repeat(100), class: '私債権' }] }).ok).toBe(true);
    const many = Array.from({ length: OVERRIDE_ENTRIES_MAX + 1 }, (_, i) => ({ name: `債権${i}`, class: '私債権' }));
    const r = parseOverrides({ version: 1, entries: many });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/500/);
    expect(parseOverrides({ version: 1, entries: many.slice(0, OVERRIDE_ENTRIES_MAX) }).ok).toBe(true);
    expect(parseOverrides({ version: 1, entries: [{ name: '債権\u0000名', class: '私債権' }] }).ok).toBe(false);
    expect(parseOverrides({ version: 1, entries: [{ name: '債権', class: '私債権', aliases: ['x'.repeat(101)] }] }).ok).toBe(false);
  });

  it('reports text that is not JSON', () => {
    const r = parseOverridesJson('{"version":1,');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/not JSON/);
  });

  it('makes createCatalog refuse a tampered part', () => {
    expect(() => createCatalog(DEFAULT_CATALOG_DATA, { version: 1, entries: [{ name: 'x', class: '私債権', hack: true }] } as never)).toThrow(/Unrecognized key/);
    expect(WorkbookOverridesSchema.safeParse({ version: 1, entries: [{ name: '', class: '私債権' }] }).success).toBe(false);
  });
});
