/**
 * Offline checks of manifest.xml: what Microsoft's validator (npm run validate, online) and Excel
 * would reject, plus the contract between the ribbon and src/commands.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { COMMAND_IDS, registerCommands } from '../src/commands/register';

const ROOT = join(__dirname, '..');
const DEV_BASE = 'https://localhost:3000/';

type Node = string | { [key: string]: unknown };
interface Element {
  tag: string;
  node: Node;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
});
const doc = parser.parse(readFileSync(join(ROOT, 'manifest.xml'), 'utf8')) as { OfficeApp: Record<string, unknown> };
const app = doc.OfficeApp;
const overrides = app.VersionOverrides as Record<string, unknown>;
const resources = overrides.Resources as Record<string, Record<string, unknown>>;

/** Every element under `node`, depth first; repeated tags arrive from the parser as arrays. */
function elements(node: unknown, tag = ''): Element[] {
  if (Array.isArray(node)) return node.flatMap((n) => elements(n, tag));
  const out: Element[] = tag ? [{ tag, node: node as Node }] : [];
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (!key.startsWith('@_') && key !== '#text') out.push(...elements(value, key));
    }
  }
  return out;
}

const attr = (n: Node, name: string): string | undefined =>
  typeof n === 'object' ? (n[`@_${name}`] as string | undefined) : undefined;
const text = (n: Node): string => (typeof n === 'string' ? n : String(n['#text'] ?? '')).trim();
const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

interface Resource {
  id: string;
  value: string;
  overrides: { locale: string; value: string }[];
}
function resourceList(group: string, tag: string): Resource[] {
  return asList(resources[group]?.[tag] as Node | Node[]).map((n) => ({
    id: attr(n, 'id') ?? '',
    value: attr(n, 'DefaultValue') ?? '',
    overrides: asList((n as Record<string, unknown>).Override as Node | Node[]).map((o) => ({
      locale: attr(o, 'Locale') ?? '',
      value: attr(o, 'Value') ?? '',
    })),
  }));
}

const images = resourceList('Images', 'Image');
const urls = resourceList('Urls', 'Url');
const shortStrings = resourceList('ShortStrings', 'String');
const longStrings = resourceList('LongStrings', 'String');
const allResources = [...images, ...urls, ...shortStrings, ...longStrings];

/** Every resid reference outside <Resources>, with the element that holds it. */
const references = elements({ ...overrides, Resources: undefined })
  .map((e) => ({ tag: e.tag, resid: attr(e.node, 'resid'), size: attr(e.node, 'size') }))
  .filter((r): r is { tag: string; resid: string; size: string | undefined } => r.resid !== undefined);

/** Which resource kind each referencing element must point to. */
const KIND_OF_TAG: Record<string, Resource[]> = {
  Image: images,
  Label: shortStrings,
  Title: shortStrings,
  Description: longStrings,
  FunctionFile: urls,
  Runtime: urls,
  SourceLocation: urls,
  LearnMoreUrl: urls,
};

function fileOf(url: string): string {
  expect(url.startsWith(DEV_BASE)).toBe(true);
  return join(ROOT, url.slice(DEV_BASE.length));
}

function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('manifest.xml resources', () => {
  test('the manifest has the resources this test relies on', () => {
    expect(images.length).toBeGreaterThanOrEqual(8 + 6 * 3);
    expect(shortStrings.length).toBeGreaterThan(6);
    expect(longStrings.length).toBeGreaterThan(5);
    expect(urls.map((u) => u.id)).toContain('Taskpane.Url');
  });

  test('resource ids are unique and at most 32 characters', () => {
    const ids = allResources.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => id.length === 0 || id.length > 32)).toEqual([]);
  });

  test('control, group and tab ids are unique', () => {
    const ids = elements(overrides.Hosts)
      .filter((e) => ['CustomTab', 'Group', 'Control'].includes(e.tag))
      .map((e) => attr(e.node, 'id') ?? '');
    expect(ids.length).toBe(1 + 3 + 6);
    expect(ids.filter((id, i) => !id || ids.indexOf(id) !== i)).toEqual([]);
  });

  test('every resid is at most 32 characters and defined as a resource of the right kind', () => {
    expect(references.length).toBeGreaterThan(20);
    for (const ref of references) {
      expect(ref.resid.length).toBeLessThanOrEqual(32);
      const kind = KIND_OF_TAG[ref.tag];
      if (!kind) throw new Error(`unexpected resid on <${ref.tag}>`);
      expect({ tag: ref.tag, resid: ref.resid, defined: kind.some((r) => r.id === ref.resid) }).toEqual({
        tag: ref.tag,
        resid: ref.resid,
        defined: true,
      });
    }
  });

  test('every resource is used', () => {
    const used = new Set(references.map((r) => r.resid));
    expect(allResources.map((r) => r.id).filter((id) => !used.has(id))).toEqual([]);
  });

  test('ShortStrings fit 125 characters and LongStrings 250, overrides included', () => {
    const tooLong = (list: Resource[], max: number) =>
      list.flatMap((r) => [r.value, ...r.overrides.map((o) => o.value)]).filter((s) => s.length > max);
    expect(tooLong(shortStrings, 125)).toEqual([]);
    expect(tooLong(longStrings, 250)).toEqual([]);
    expect(allResources.filter((r) => r.value.trim() === '').map((r) => r.id)).toEqual([]);
  });
});

describe('manifest.xml icons', () => {
  test('every referenced image exists and has the size it is declared at', () => {
    const imageRefs = references.filter((r) => r.tag === 'Image');
    expect(imageRefs.length).toBeGreaterThan(0);
    for (const ref of imageRefs) {
      const url = images.find((i) => i.id === ref.resid)!.value;
      const file = fileOf(url);
      expect({ url, exists: existsSync(file) }).toEqual({ url, exists: true });
      const size = Number(ref.size);
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });

  test('every image resource and top-level icon matches the size in its name', () => {
    const named = [
      ...images.map((i) => ({ url: i.value, expected: Number(/(\d+)$/.exec(i.id)?.[1]) })),
      { url: attr(app.IconUrl as Node, 'DefaultValue') ?? '', expected: 32 },
      { url: attr(app.HighResolutionIconUrl as Node, 'DefaultValue') ?? '', expected: 64 },
    ];
    for (const { url, expected } of named) {
      expect(Number(/-(\d+)\.png$/.exec(url)?.[1])).toBe(expected);
      const file = fileOf(url);
      expect({ url, exists: existsSync(file) }).toEqual({ url, exists: true });
      expect({ url, ...pngSize(file) }).toEqual({ url, width: expected, height: expected });
    }
  });

  test('each button has its own icon', () => {
    const controls = elements(overrides.Hosts).filter((e) => e.tag === 'Control');
    const firstIcon = controls.map((c) => elements(c.node).find((e) => e.tag === 'Image'));
    const files = firstIcon.map((i) => images.find((r) => r.id === attr(i!.node, 'resid'))!.value);
    expect(new Set(files).size).toBe(controls.length);
  });
});

describe('manifest.xml commands', () => {
  const functionNames = elements(overrides.Hosts)
    .filter((e) => e.tag === 'FunctionName')
    .map((e) => text(e.node));

  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test('the ribbon has the five command buttons', () => {
    expect([...functionNames].sort()).toEqual([...COMMAND_IDS].sort());
  });

  test('every FunctionName is in COMMAND_IDS', () => {
    expect(functionNames.filter((f) => !(COMMAND_IDS as readonly string[]).includes(f))).toEqual([]);
  });

  test('registerCommands associates every FunctionName with a function', () => {
    const associated = new Map<string, unknown>();
    (globalThis as { Office?: unknown }).Office = {
      actions: { associate: (id: string, fn: unknown) => associated.set(id, fn) },
    };
    registerCommands();
    for (const name of functionNames) {
      expect({ name, registered: typeof associated.get(name) }).toEqual({ name, registered: 'function' });
    }
  });

  test('the pane button shows the shared-runtime page', () => {
    const actions = elements(overrides.Hosts).filter((e) => e.tag === 'Action');
    const panes = actions.filter((a) => attr(a.node, 'type') === 'ShowTaskpane');
    expect(panes).toHaveLength(1);
    const source = elements(panes[0].node).find((e) => e.tag === 'SourceLocation');
    expect(attr(source!.node, 'resid')).toBe('Taskpane.Url');
    expect(actions.filter((a) => attr(a.node, 'type') === 'ExecuteFunction')).toHaveLength(COMMAND_IDS.length);
  });
});

describe('manifest.xml runtime, URLs and locales', () => {
  test('shared runtime: the Runtime and the FunctionFile are the same page, lifetime long', () => {
    const hostElements = elements(overrides.Hosts);
    const runtimes = hostElements.filter((e) => e.tag === 'Runtime');
    const functionFile = hostElements.find((e) => e.tag === 'FunctionFile');
    expect(runtimes).toHaveLength(1);
    expect(attr(runtimes[0].node, 'lifetime')).toBe('long');
    expect(attr(runtimes[0].node, 'resid')).toBe(attr(functionFile!.node, 'resid'));
    const sets = elements(overrides.Requirements).filter((e) => e.tag === 'Set');
    expect(sets.map((s) => [attr(s.node, 'Name'), attr(s.node, 'MinVersion')])).toEqual([['SharedRuntime', '1.1']]);
  });

  test('requires ExcelApi 1.12 or later at install', () => {
    const sets = elements(app.Requirements).filter((e) => e.tag === 'Set');
    const excel = sets.find((s) => attr(s.node, 'Name') === 'ExcelApi');
    expect(Number(attr(excel!.node, 'MinVersion'))).toBeGreaterThanOrEqual(1.12);
  });

  test('every URL is https', () => {
    const values: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(collect);
      if (typeof node === 'string') return void values.push(node);
      if (node && typeof node === 'object') Object.values(node).forEach(collect);
    };
    collect(app);
    const found = values.map((v) => v.trim()).filter((v) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v));
    expect(found.length).toBeGreaterThan(30);
    expect(found.filter((v) => !v.startsWith('https://'))).toEqual([]);
    const appDomains = asList((app.AppDomains as Record<string, unknown>).AppDomain as string | string[]);
    expect(appDomains.filter((d) => !d.startsWith('https://'))).toEqual([]);
  });

  test('the id is a fixed GUID and the provider is saiken', () => {
    expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app.ProviderName).toBe('saiken');
  });

  test('Japanese by default, with en-US overrides for the name, the description and every string', () => {
    expect(app.DefaultLocale).toBe('ja-JP');
    for (const key of ['DisplayName', 'Description']) {
      const node = app[key] as Node;
      const override = asList((node as Record<string, unknown>).Override as Node | Node[]);
      expect(override.map((o) => attr(o, 'Locale'))).toEqual(['en-US']);
      expect(attr(override[0], 'Value')!.length).toBeGreaterThan(0);
    }
    expect(attr(app.DisplayName as Node, 'DefaultValue')!.length).toBeLessThanOrEqual(125);
    expect(attr(app.Description as Node, 'DefaultValue')!.length).toBeLessThanOrEqual(250);
    const missing = [...shortStrings, ...longStrings]
      .filter((r) => !r.overrides.some((o) => o.locale === 'en-US' && o.value.trim() !== ''))
      .map((r) => r.id);
    expect(missing).toEqual([]);
  });

  test('the tab is labelled 債権管理 (Receivables)', () => {
    const tab = elements(overrides.Hosts).find((e) => e.tag === 'CustomTab')!;
    const label = (tab.node as Record<string, unknown>).Label as Node;
    const resource = shortStrings.find((s) => s.id === attr(label, 'resid'))!;
    expect(resource.value).toBe('債権管理');
    expect(resource.overrides).toEqual([{ locale: 'en-US', value: 'Receivables' }]);
  });

  test('the tab names no place among the built-in ones: InsertAfter and InsertBefore work in PowerPoint on the web only, in Excel the tab is added at the end (learn.microsoft.com/office/dev/add-ins/design/custom-tab-placement)', () => {
    const tab = elements(overrides.Hosts).find((e) => e.tag === 'CustomTab')!.node as Record<string, unknown>;
    expect(tab.InsertAfter).toBeUndefined();
    expect(tab.InsertBefore).toBeUndefined();
  });
});
