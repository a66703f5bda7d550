/**
 * A package part as text, streamed into the scanner: UTF-8 by default, UTF-16 by its byte order
 * mark or by the shape of its first "<" (XML 1.0 appendix F), or the encoding its declaration names.
 */
import { XmlScanError, XmlScanner, type XmlHandler } from './scanner';
import type { ZipReader } from './zip';
import { xmlDetail } from '../../../i18n/read-details';

function encodingOf(head: Uint8Array): { label: string; skip: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  if (head[0] === 0x3c && head[1] === 0 && head[2] === 0x3f && head[3] === 0) return { label: 'utf-16le', skip: 0 };
  if (head[0] === 0 && head[1] === 0x3c && head[2] === 0 && head[3] === 0x3f) return { label: 'utf-16be', skip: 0 };
  if (head[0] === 0x3c && head[1] === 0 && head[3] === 0) return { label: 'utf-16le', skip: 0 };
  if (head[0] === 0 && head[1] === 0x3c && head[2] === 0) return { label: 'utf-16be', skip: 0 };
  let decl = '';
  for (let i = 0; i < Math.min(head.length, 256) && head[i] !== 0x3e; i++) decl += String.fromCharCode(head[i]);
  const label = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(decl)?.[1]?.toLowerCase();
  if (label && label !== 'utf-8' && label !== 'utf8') {
    try {
      new TextDecoder(label);
      return { label, skip: 0 };
    } catch {
      // an encoding this platform does not know: read it as UTF-8
    }
  }
  return { label: 'utf-8', skip: 0 };
}

/** Scans one part with a handler; throws what the zip or the scanner throws. */
export function scanPart(zip: ZipReader, name: string, handler: XmlHandler): void {
  const scanner = new XmlScanner(handler);
  let decoder: TextDecoder | null = null;
  let head: Uint8Array | null = new Uint8Array(0);
  try {
    zip.read(name, (bytes, final) => {
    if (head) {
      // Decide the encoding on the first 128 bytes (or the whole part if shorter).
      let joined = bytes;
      if (head.length) {
        joined = new Uint8Array(head.length + bytes.length);
        joined.set(head);
        joined.set(bytes, head.length);
      }
      if (joined.length < 128 && !final) {
        head = joined;
        return;
      }
      head = null;
      const enc = encodingOf(joined);
      decoder = new TextDecoder(enc.label);
      bytes = joined.subarray(enc.skip);
    }
    scanner.feed(decoder!.decode(bytes, { stream: !final }), final);
    });
  } catch (e) {
    if (e instanceof XmlScanError) throw new XmlScanError(xmlDetail.inPart(name, e.detail));
    throw e;
  }
}
