/**
 * The shared strings table: each `<si>` as plain text, rich-text runs joined, phonetic runs
 * (`<rPh>`, the furigana Excel keeps for Japanese text) left out.
 */
import { scanPart } from './part';
import { detach, endTag, leftOpen, unescapeXstring, XmlScanError, type XmlHandler } from './scanner';
import { xmlDetail } from '../../../i18n/read-details';
import type { ZipReader } from './zip';

/** Collects the text of `<t>` elements under a container, skipping those inside `<rPh>`. */
export class RunText {
  parts: string[] = [];
  seen = false;
  private inRPh = 0;
  private inT = false;

  /** Returns true when the element was one of the run's. */
  open(name: string): boolean {
    if (name === 'rPh') this.inRPh++;
    else if (name === 't' && !this.inRPh) {
      this.inT = true;
      this.seen = true;
    } else return name === 'r' || name === 'rPr' || name === 'phoneticPr';
    return true;
  }

  close(name: string): void {
    if (name === 'rPh') this.inRPh--;
    else if (name === 't') this.inT = false;
  }

  get wantText(): boolean {
    return this.inT;
  }

  take(): string {
    const s = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.reset();
    return detach(unescapeXstring(s));
  }

  /** `take` without its text: the state of a new container. */
  reset(): void {
    if (this.parts.length) this.parts = [];
    this.seen = false;
    this.inRPh = 0;
    this.inT = false;
  }
}

/**
 * An `<si>` without any `<t>` is null: no text at all, so its cells read as empty. A part that is
 * not well-formed is refused: an `<si>` whose end tag is lost would merge into the next, and every
 * later string would be read for the cells of the one before it.
 */
export function readSharedStrings(zip: ZipReader, part: string | undefined): (string | null)[] {
  const out: (string | null)[] = [];
  if (!part) return out;
  const run = new RunText();
  let inSi = false;
  const stack: string[] = [];
  const handler: XmlHandler = {
    wantText: false,
    open(name) {
      stack.push(name);
      if (name === 'si') {
        inSi = true;
        run.take();
      } else if (inSi) {
        run.open(name);
        this.wantText = run.wantText;
      }
    },
    close(name) {
      const wrong = endTag(stack, name);
      if (wrong) throw new XmlScanError(wrong);
      if (name === 'si') {
        inSi = false;
        const seen = run.seen;
        const text = run.take();
        out.push(seen ? text : null);
      } else if (inSi) run.close(name);
      this.wantText = run.wantText;
    },
    text(s) {
      run.parts.push(s);
    },
  };
  scanPart(zip, part, handler);
  const open = leftOpen(stack);
  if (open) throw new XmlScanError(xmlDetail.inPart(part, open));
  return out;
}
