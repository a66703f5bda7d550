/**
 * An .xlsx package being edited: parts read from the original zip on demand, edited as text (or
 * given compressed, a large sheet as its pieces were made: setCompressed), added or removed. On
 * output, every part left alone — and every part whose text came back unchanged — is copied still
 * compressed; only edited and new parts are deflated. A package with no change gives back the
 * original bytes.
 */
import { ZipArchive, type ZipEntry } from './zip/read';
import { PieceCompressor, ZipWriter, compress, type Compressed } from './zip/write';
import { portableCodec, type ZipCodec } from './zip/codec';
import { attr, nextTag, rootTag } from './xml-scan';
import { DetailedError } from './errors';
import { partDetail } from '../../i18n/read-details';

const encoder = new TextEncoder();

/** XML parts are UTF-8 or UTF-16 (with or without a byte order mark; ECMA-376 Part 2 §8.1.4). */
export function decodeXml(bytes: Uint8Array): string {
  const [a, b] = bytes;
  const enc = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : a === 0x3c && b === 0 ? 'utf-16le' : a === 0 && b === 0x3c ? 'utf-16be' : 'utf-8';
  return new TextDecoder(enc).decode(bytes);
}

const DECLARED = /^(<\?xml[^>]*\bencoding\s*=\s*)(["'])[^"']*\2/;
/** Written back as UTF-8, its declaration saying so. */
function encodeXml(text: string): Uint8Array {
  const m = DECLARED.exec(text);
  // Already UTF-8 (as every part saiken writes says): encoded as it is, not copied by a replace first.
  if (!m || m[0] === `${m[1]}${m[2]}UTF-8${m[2]}`) return encoder.encode(text);
  return encoder.encode(text.replace(DECLARED, '$1$2UTF-8$2'));
}

/**
 * The UTF-8 bytes of the start of a part (its XML declaration within it), as encodeXml makes
 * them of the whole: the rest of the part is plain UTF-8 after them.
 */
export const utf8Xml = encodeXml;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export const relsPathOf = (part: string) => part.replace(/([^/]*)$/, '_rels/$1.rels');

export function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = part.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

export class Package {
  private readonly zip: ZipArchive;
  /** Open parts: their text, or a part written compressed (setCompressed), in the order they were opened. */
  private readonly texts = new Map<string, string | Compressed>();
  private readonly originals = new Map<string, string>();
  /** Edited parts already encoded and compressed, their text let go (a large sheet is held once, compressed). */
  private readonly sealed = new Map<string, Compressed>();
  private readonly removed = new Set<string>();

  /** `inflated`: parts already inflated, by name (see ZipArchive). */
  constructor(
    readonly original: Uint8Array,
    private readonly codec: ZipCodec = portableCodec,
    inflated: Map<string, Uint8Array> | null = null,
  ) {
    this.zip = new ZipArchive(original, codec, inflated);
  }

  has(path: string): boolean {
    if (this.removed.has(path)) return false;
    return this.texts.has(path) || this.sealed.has(path) || !!this.zip.get(path);
  }

  /** Every part's path: the package's own and the ones added. */
  paths(): string[] {
    const all = new Set([...this.zip.entries.map((e) => e.name), ...this.texts.keys(), ...this.sealed.keys()]);
    return [...all].filter((p) => !this.removed.has(p));
  }

  entry(path: string): ZipEntry | undefined {
    return this.removed.has(path) ? undefined : this.zip.get(path);
  }

  /**
   * The content of a part not opened yet (not given a text, written nor sealed), inflated and
   * checked: for an edit that reads it a piece at a time (editSheetPart). Undefined otherwise.
   * `text(path, bytes)` opens it from these bytes, without inflating it again.
   */
  unopenedBytes(path: string): Uint8Array | undefined {
    if (this.texts.has(path) || this.sealed.has(path)) return undefined;
    const e = this.entry(path);
    return e && this.zip.bytes(e);
  }

  text(path: string, bytes?: Uint8Array): string {
    const t = this.texts.get(path);
    if (typeof t === 'string') return t;
    if (t !== undefined) {
      // Written compressed and read again: its text from now on (its place among the open parts kept).
      const text = this.inflated(t);
      this.texts.set(path, text);
      return text;
    }
    const sealed = this.sealed.get(path);
    if (sealed) {
      const text = this.inflated(sealed);
      this.sealed.delete(path);
      this.texts.set(path, text);
      return text;
    }
    const e = this.entry(path);
    if (!e) throw new DetailedError(partDetail.missing(path));
    const text = decodeXml(bytes ?? this.zip.bytes(e));
    this.texts.set(path, text);
    this.originals.set(path, text);
    return text;
  }

  private inflated(c: Compressed): string {
    return decodeXml(c.method === 8 ? this.codec.inflate(c.data, c.size) : c.data);
  }

  setText(path: string, text: string): void {
    this.removed.delete(path);
    this.sealed.delete(path);
    this.texts.set(path, text);
  }

  /** A compressor for a part's UTF-8 bytes given piece by piece, with the package's codec (see setCompressed). */
  compressor(): PieceCompressor {
    return new PieceCompressor(this.codec);
  }

  /**
   * A part's new content already compressed (see compressor), its text's UTF-8 bytes never held
   * whole; open, in its place among the open parts, until sealed like a text. Given for an edit:
   * unlike a text, it is not compared with the text the part had (it is written even if the same).
   */
  setCompressed(path: string, content: Compressed): void {
    this.removed.delete(path);
    this.sealed.delete(path);
    this.originals.delete(path);
    this.texts.set(path, content);
  }

  /**
   * Done with a part: encoded and compressed now (or dropped back to a raw copy when its text
   * came back unchanged), so that only its compressed bytes stay in memory.
   */
  seal(path: string): void {
    const text = this.texts.get(path);
    if (text === undefined) return;
    this.texts.delete(path);
    const original = this.originals.get(path);
    this.originals.delete(path);
    if (text === original) return;
    this.sealed.set(path, typeof text === 'string' ? compress(encodeXml(text), this.codec) : text);
  }

  /** An open part moved behind the other open ones: parts added to the package are written in the order they were opened. */
  requeue(path: string): void {
    const text = this.texts.get(path);
    if (text === undefined) return;
    this.texts.delete(path);
    this.texts.set(path, text);
  }

  remove(path: string): void {
    this.texts.delete(path);
    this.sealed.delete(path);
    this.removed.add(path);
  }

  /** The relationships of a part (its .rels), empty when it has none. */
  rels(part: string): Relationship[] {
    const path = relsPathOf(part);
    if (!this.has(path)) return [];
    const xml = this.text(path);
    const out: Relationship[] = [];
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
      if (t.local !== 'Relationship' || t.kind === 'close') continue;
      const tag = xml.slice(t.start, t.end);
      out.push({ id: attr(tag, 'Id') ?? '', type: attr(tag, 'Type') ?? '', target: attr(tag, 'Target') ?? '', external: attr(tag, 'TargetMode') === 'External' });
    }
    return out;
  }

  /** The workbook part, found as the package's officeDocument relationship (not always xl/workbook.xml). */
  workbookPath(): string {
    const rel = this.rels('').find((r) => /\/officeDocument$/.test(r.type));
    return rel ? resolveTarget('', rel.target) : 'xl/workbook.xml';
  }

  /** Whether anything changed since the package was read. */
  private changed(path: string): boolean {
    const t = this.texts.get(path);
    return t !== undefined && t !== this.originals.get(path);
  }

  get modified(): boolean {
    if (this.removed.size || this.sealed.size) return true;
    for (const p of this.texts.keys()) if (this.changed(p)) return true;
    return false;
  }

  toBytes(): Uint8Array {
    for (const p of [...this.texts.keys()]) this.seal(p);
    if (!this.modified) return this.original;
    const w = new ZipWriter(this.codec);
    const seen = new Set<string>();
    for (const e of this.zip.entries) {
      seen.add(e.name);
      if (this.removed.has(e.name)) continue;
      const sealed = this.sealed.get(e.name);
      if (sealed) w.addCompressed(e.name, sealed, e);
      else w.copy(this.zip, e);
    }
    for (const [p, c] of this.sealed) if (!seen.has(p)) w.addCompressed(p, c);
    return w.finish();
  }

  /** The namespace URI of a part's root element. */
  rootNamespace(path: string): string {
    const xml = this.text(path);
    const root = rootTag(xml);
    const tag = xml.slice(root.start, root.end);
    const prefix = root.name === root.local ? '' : root.name.slice(0, root.name.length - root.local.length - 1);
    return attr(tag, prefix ? `xmlns:${prefix}` : 'xmlns') ?? '';
  }
}
