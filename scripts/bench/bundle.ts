/**
 * The task pane's JavaScript, gzip-compressed (level 9), from dist/ (product.md §10):
 * - "taskpane": what taskpane.html loads directly (its own <script> tags);
 * - "initial": the files the build lists as initial (dist/initial-js.json: the entry and the pane
 *   loaded as soon as office.js is ready), when the build writes that list;
 * - one record per chunk loaded lazily (from the webpack runtime's chunk map).
 * Budget: 350 KB gzip for the initial JavaScript.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleRecord {
  bench: 'bundle';
  file: string;
  gzipBytes: number;
  bytes: number;
  /** The files counted (for "taskpane" and "initial"). */
  files?: string[];
  lazy?: boolean;
}

export const INITIAL_BUDGET_BYTES = 350 * 1024;

const root = resolve(__dirname, '../..');

function gz(dist: string, files: string[]): { gzipBytes: number; bytes: number } {
  let gzipBytes = 0;
  let bytes = 0;
  for (const f of files) {
    const data = readFileSync(join(dist, f));
    bytes += data.length;
    gzipBytes += gzipSync(data, { level: 9 }).length;
  }
  return { gzipBytes, bytes };
}

/** Local scripts taskpane.html loads (not office.js from the CDN). */
export function directScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=("([^"]+)"|'([^']+)'|([^\s>]+))/g)) {
    const src = m[2] ?? m[3] ?? m[4];
    if (!/^(https?:)?\/\//.test(src) && src.endsWith('.js') && !src.startsWith('assets/')) out.push(src.replace(/^\.?\//, ''));
  }
  return out;
}

/**
 * Every chunk file the webpack runtime can load: its chunk-filename function maps ids to names and
 * content hashes, e.g. `(({85:"exceljs"}[e]||e)+"."+{85:"b11188b4",793:"5e4ac722"}[e]+".js")`.
 */
export function runtimeChunks(js: string): string[] {
  const m = /(?:\(\{([^{}]*)\}\[\w+\]\|\|\w+\)|\w+)\+"\."\+\{([^{}]*)\}\[\w+\]\+"\.js"/.exec(js);
  if (!m) return [];
  const pairs = (s: string | undefined) => new Map([...(s ?? '').matchAll(/"?([\w-]+)"?:"([^"]+)"/g)].map((p) => [p[1], p[2]]));
  const names = pairs(m[1]);
  const hashes = pairs(m[2]);
  return [...hashes].map(([id, hash]) => `${names.get(id) ?? id}.${hash}.js`);
}

export function ensureDist(build = false): string {
  const dist = join(root, 'dist');
  if (build || !existsSync(join(dist, 'taskpane.html'))) {
    execFileSync(process.execPath, [join(root, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: root, stdio: 'inherit' });
  }
  return dist;
}

export function benchBundle(opts: { build?: boolean } = {}): BundleRecord[] {
  const dist = ensureDist(opts.build);
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  const direct = directScripts(html);
  const out: BundleRecord[] = [{ bench: 'bundle', file: 'taskpane', ...gz(dist, direct), files: direct }];
  let initial = direct;
  const listed = join(dist, 'initial-js.json');
  if (existsSync(listed)) {
    const files = (JSON.parse(readFileSync(listed, 'utf8')) as { files: string[] }).files.filter((f) => existsSync(join(dist, f)));
    initial = [...new Set([...direct, ...files])];
    out.push({ bench: 'bundle', file: 'initial', ...gz(dist, initial), files: initial });
  }
  const present = new Set(readdirSync(dist));
  const lazy = [...new Set(direct.flatMap((f) => runtimeChunks(readFileSync(join(dist, f), 'utf8'))))].filter((f) => present.has(f) && !initial.includes(f));
  for (const f of lazy.sort()) out.push({ bench: 'bundle', file: f.replace(/\.[0-9a-f]{8}\.js$/, ''), ...gz(dist, [f]), lazy: true });
  return out;
}

export function bundleVerdicts(records: BundleRecord[]): { budget: string; actual: number; limit: number; pass: boolean }[] {
  return records
    .filter((r) => r.file === 'taskpane' || r.file === 'initial')
    .map((r) => ({
      budget: `${r.file === 'taskpane' ? 'taskpane.html scripts' : 'initial JS (entry + pane)'} ≤ 350 KB gzip`,
      actual: Math.round((r.gzipBytes / 1024) * 10) / 10,
      limit: 350,
      pass: r.gzipBytes <= INITIAL_BUDGET_BYTES,
    }));
}
