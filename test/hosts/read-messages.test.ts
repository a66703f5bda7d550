/**
 * A workbook that cannot be read gets its whole message in the user's language, detail included:
 * the Japanese message carries the Japanese detail (no English words left once the file, part,
 * stream, element and sheet names are taken out), the English message the English detail. Every
 * refused file of the bad-input corpus, and each kind of damage the reader and the writer meet:
 * a cut zip, a part missing or cut, damaged compressed data, a compound file and an encrypted
 * package damaged in each way the reader checks, a sheet name Excel refuses, a zip bomb, and an
 * error that is not ours (labelled 内部エラー).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { run } from '../../src/cli/main';
import { emptyChangeSet, type ChangeSet } from '../../src/core/changes';
import { nodeCrypto } from '../../src/hosts/file/crypto/node';
import type { OfficeCrypto } from '../../src/hosts/file/crypto/port';
import { detailOf, ReadError } from '../../src/hosts/file/errors';
import { readWorkbook } from '../../src/hosts/file/read';
import { nodeCodec } from '../../src/hosts/file/zip/node-codec';
import { parseA1 } from '../../src/core/workbook';
import { writeWorkbook } from '../../src/hosts/file/write';
import * as details from '../../src/i18n/read-details';
import { compoundFile, CORPUS, REFUSED_SHEET_NAMES } from '../fixtures/bad/build';

const bad = (f: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/bad', f)));
const shapes = (f: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/shapes', f)));
const sample = () => new Uint8Array(readFileSync(join(__dirname, '../../samples/ledger-sample.xlsx')));
const SHEET = 'xl/worksheets/sheet1.xml';
const SHEET_NAME = '令和元年度 収入状況';
const withNode = { crypto: nodeCrypto };

/** Part names (paths ending in a part's extension), element names, stream names, extensions, the programs' and formats' names: kept on purpose. */
const KEPT = [/[\w[\]./-]*\.(?:xml|rels|vml|bin)\b/g, /<\/?\w+\/?>/g, /\b(?:EncryptedPackage|EncryptionInfo)\b/g, /\.(?:xlsx|xlsm|xltx|xltm|xls|ods|csv)\b/g, /\b(?:Excel|LibreOffice|OpenDocument|CSV)\b/g];

/** The runs of 3+ ASCII letters left in a Japanese text once the file, the names kept and `also` are taken out. */
function englishLeft(text: string, file: string, also: readonly string[] = []): string[] {
  let s = file ? text.split(file).join(' ') : text;
  for (const a of also) if (a) s = s.split(a).join(' ');
  for (const k of KEPT) s = s.replace(k, ' ');
  return s.match(/[A-Za-z]{3,}/g) ?? [];
}

/** Japanese characters left in an English text once the file and `also` (sheet names) are taken out. */
function japaneseLeft(text: string, file: string, also: readonly string[] = []): string[] {
  let s = file ? text.split(file).join(' ') : text;
  for (const a of also) if (a) s = s.split(a).join(' ');
  return s.match(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]+/g) ?? [];
}

/** The refusal's messages are each in one language, and each carries the detail in its language. */
function expectBilingual(e: ReadError, file: string, names: readonly string[] = []): void {
  expect(englishLeft(e.message, file, names)).toEqual([]);
  expect(japaneseLeft(e.messageEn, file, names)).toEqual([]);
  if (!e.detail) return;
  expect(e.message).toContain(e.detail.ja);
  expect(e.messageEn).toContain(e.detail.en);
  expect(e.message).not.toContain(e.detail.en === e.detail.ja ? '\u0000' : e.detail.en);
}

async function refusal(data: Uint8Array, file: string, options = {}): Promise<ReadError> {
  const e = await readWorkbook(data, file, options).catch((err: unknown) => err);
  expect(e).toBeInstanceOf(ReadError);
  return e as ReadError;
}

function writeRefusal(data: Uint8Array, file: string, changes: ChangeSet = emptyChangeSet()): ReadError {
  try {
    writeWorkbook(data, changes, { sheets: [] }, file);
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return e as ReadError;
  }
  throw new Error('written without error');
}

const u32 = (d: Uint8Array, at: number) => new DataView(d.buffer, d.byteOffset).getUint32(at, true);
const setU32 = (d: Uint8Array, at: number, v: number) => new DataView(d.buffer, d.byteOffset).setUint32(at, v, true);
const setU16 = (d: Uint8Array, at: number, v: number) => new DataView(d.buffer, d.byteOffset).setUint16(at, v, true);

/** The offset of `name`'s central directory entry in a zip. */
function centralEntry(zip: Uint8Array, name: string): number {
  const want = new TextEncoder().encode(name);
  for (let p = zip.length - 22; p >= 0; p--) {
    if (u32(zip, p) !== 0x02014b50) continue;
    const len = zip[p + 28] | (zip[p + 29] << 8);
    if (len === want.length && want.every((b, i) => zip[p + 46 + i] === b)) return p;
  }
  throw new Error(`no entry ${name}`);
}

/** The sample with its parts changed by `f` (a part set to undefined is left out). */
function changed(f: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(sample());
  f(files);
  for (const k of Object.keys(files)) if (!files[k]) delete files[k];
  return zipSync(files);
}

describe('the bad-input corpus: each refused file in Japanese and in English', () => {
  const refused = CORPUS.filter((c) => c.expect.exit === 2);

  it.each(refused.map((c) => [c.file, c.expect.exit === 2 ? c.expect.reason : '']))('%s (%s)', async (file, reason) => {
    const e = await refusal(bad(file), file);
    expect(e.reason).toBe(reason);
    // (The sheets of the damaged plan workbooks are named too: 計画.)
    expectBilingual(e, file, [...REFUSED_SHEET_NAMES, "計画"]);
  });

  it('truncated.xlsx: the Japanese detail says the file is cut short', async () => {
    const e = await refusal(bad('truncated.xlsx'), 'truncated.xlsx');
    expect(e.message).toBe('truncated.xlsx: ブックを読み込めませんでした（壊れているか、途中で切れています）。詳細: ファイルの末尾にあるはずの目次が見つかりません（途中で切れています）');
    expect(e.messageEn).toBe('truncated.xlsx: the workbook could not be read (damaged or truncated). Detail: end of central directory not found');
  });

  it('sheet-names-excel-refuses.xlsx: the detail names the sheet in both languages', async () => {
    const e = await refusal(bad('sheet-names-excel-refuses.xlsx'), 'sheet-names-excel-refuses.xlsx');
    expect(e.detail?.ja).toMatch(/^シート名「('計画'|\[1\]表)」/);
    expect(e.detail?.en).toMatch(/^sheet name ('計画'|\[1\]表) /);
  });

  it('zip-bomb.xlsx: the part and its size in both messages', async () => {
    const e = await refusal(bad('zip-bomb.xlsx'), 'zip-bomb.xlsx');
    expect(e.message).toBe('zip-bomb.xlsx: 展開すると大きすぎるため読み込めません（xl/sharedStrings.xml 480 MB）。壊れているか、計画表のブックではありません。');
    expect(e.messageEn).toBe('zip-bomb.xlsx: too large once uncompressed (xl/sharedStrings.xml 480 MB); damaged, or not a plan workbook.');
  });

  it.each(refused.flatMap((c) => [[c.file, 'ja'], [c.file, 'en']]))('%s: the CLI prints the reader’s message in its language (%s)', async (file, lang) => {
    const e = await refusal(bad(file), file);
    const err: string[] = [];
    const code = await run(['inspect', join(__dirname, '../fixtures/bad', file)], { out: () => undefined, err: (s) => err.push(s), env: { SAIKEN_LANG: lang } });
    expect(code).toBe(2);
    expect(err.join('\n')).toBe(lang === 'ja' ? e.message : e.messageEn);
  });

  it.each(['ja', 'en'])('the CLI prints the message in its language (%s)', async (lang) => {
    const err: string[] = [];
    const code = await run(['inspect', join(__dirname, '../fixtures/bad/truncated.xlsx')], { out: () => undefined, err: (s) => err.push(s), env: { SAIKEN_LANG: lang } });
    expect(code).toBe(2);
    expect(err.join('\n')).toBe(
      lang === 'ja'
        ? 'truncated.xlsx: ブックを読み込めませんでした（壊れているか、途中で切れています）。詳細: ファイルの末尾にあるはずの目次が見つかりません（途中で切れています）'
        : 'truncated.xlsx: the workbook could not be read (damaged or truncated). Detail: end of central directory not found',
    );
  });
});

describe('a damaged package, read', () => {
  /** The end of central directory record's offset. */
  const eocdOf = (zip: Uint8Array) => {
    for (let p = zip.length - 22; p >= 0; p--) if (u32(zip, p) === 0x06054b50) return p;
    throw new Error('no end of central directory');
  };
  const firstEntry = (zip: Uint8Array) => u32(zip, eocdOf(zip) + 16);
  const ZIP_DAMAGE: [string, (zip: Uint8Array) => Uint8Array, string, string][] = [
    ['its first 20 bytes only', (z) => z.slice(0, 20), 'ブックとして短すぎます（途中で切れています）', 'not a zip archive'],
    ['cut in the middle', (z) => z.slice(0, z.length >> 1), 'ファイルの末尾にあるはずの目次が見つかりません（途中で切れています）', 'end of central directory not found'],
    ['the directory placed past the end', (z) => (setU32(z, eocdOf(z) + 16, z.length), z), '目次がファイルの終わりより先を指しています（途中で切れています）', 'central directory out of range'],
    ['a directory entry overwritten', (z) => (setU32(z, firstEntry(z), 0), z), '目次の項目が壊れています', 'bad central directory entry'],
    ['a part’s header overwritten', (z) => (setU32(z, u32(z, centralEntry(z, SHEET) + 42), 0), z), 'ファイル内の部品の見出しが壊れています', 'bad local header'],
    ['a part’s data past the end', (z) => (setU32(z, centralEntry(z, SHEET) + 20, 0x7fffffff), z), '部品のデータがファイルの終わりより先にあります（途中で切れています）', 'entry data out of range'],
    [
      'a zip64 locator pointing past the end',
      (z) => {
        const e = eocdOf(z);
        setU16(z, e + 10, 0xffff);
        setU32(z, e - 20, 0x07064b50);
        setU32(z, e - 12, z.length);
        setU32(z, e - 8, 0);
        return z;
      },
      'ファイルの末尾にあるはずの目次（大容量形式）が見つかりません（途中で切れています）',
      'zip64 end of central directory not found',
    ],
    [
      'a zip64 locator with an impossible offset',
      (z) => {
        const e = eocdOf(z);
        setU16(z, e + 10, 0xffff);
        setU32(z, e - 20, 0x07064b50);
        setU32(z, e - 12, 0xffffffff);
        setU32(z, e - 8, 0xffffffff);
        return z;
      },
      'ブックの目次の値が大きすぎます（壊れています）',
      'zip64 value too large',
    ],
  ];

  it.each(ZIP_DAMAGE)('a zip with %s', async (_, damage, ja, en) => {
    const e = await refusal(damage(changed(() => undefined)), 'zip.xlsx');
    expect(e.reason).toBe('unreadable');
    expect(e.detail).toEqual({ ja, en });
    expectBilingual(e, 'zip.xlsx');
  });

  it('a sheet part cut inside a tag', async () => {
    const e = await refusal(
      changed((files) => {
        const xml = new TextDecoder().decode(files[SHEET]);
        files[SHEET] = strToU8(xml.slice(0, xml.indexOf('<row') + 8));
      }),
      'cut-part.xlsx',
    );
    expect(e.detail).toEqual({ ja: `シート「${SHEET_NAME}」: ${SHEET}: タグの途中で終わっています（途中で切れています）`, en: `${SHEET_NAME}: ${SHEET}: the XML ends inside a tag` });
    expectBilingual(e, 'cut-part.xlsx', [SHEET_NAME]);
  });

  it('damaged compressed data in a part: the sheet and its part named, the inflater’s text in English only', async () => {
    const zip = changed(() => undefined);
    const at = centralEntry(zip, SHEET);
    const local = u32(zip, at + 42);
    const data = local + 30 + (zip[local + 26] | (zip[local + 27] << 8)) + (zip[local + 28] | (zip[local + 29] << 8));
    // The first block's header: 3 bits; 0b11 as its type is invalid in every deflate stream.
    zip[data] |= 0b110;
    const e = await refusal(zip, 'bits.xlsx');
    expect(e.detail?.ja).toBe(`シート「${SHEET_NAME}」: ${SHEET} の圧縮データが壊れています`);
    expect(e.detail?.en).toBe(`${SHEET_NAME}: ${SHEET}: invalid block type`);
    expectBilingual(e, 'bits.xlsx', [SHEET_NAME]);
  });

  it('a part compressed with a method the reader does not know', async () => {
    const zip = changed(() => undefined);
    setU16(zip, centralEntry(zip, SHEET) + 10, 12);
    const e = await refusal(zip, 'bzip.xlsx');
    expect(e.detail).toEqual({ ja: `シート「${SHEET_NAME}」: ${SHEET} は対応していない圧縮方式（12）です`, en: `${SHEET_NAME}: ${SHEET}: unsupported compression method 12` });
    expectBilingual(e, 'bzip.xlsx', [SHEET_NAME]);
  });

  /** The sample with its first sheet stored (not deflated), and that part's offset of its first `<v>` holding `digits`. */
  const storedSheet = () => {
    const files = unzipSync(sample());
    const zip = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, k === SHEET ? ([v, { level: 0 }] as const) : v])));
    const at = centralEntry(zip, SHEET);
    const local = u32(zip, at + 42);
    const data = local + 30 + (zip[local + 26] | (zip[local + 27] << 8)) + (zip[local + 28] | (zip[local + 29] << 8));
    return { zip, data };
  };

  it('a stored sheet part with one digit changed: refused by its CRC, the sheet named (it was read as another figure)', async () => {
    const { zip, data } = storedSheet();
    const text = new TextDecoder('latin1').decode(zip.subarray(data));
    const v = /<c r="([A-Z]+\d+)"(?: s="\d+")?><v>(\d{2,})<\/v>/.exec(text)!;
    const digit = data + v.index + v[0].length - '</v>'.length - 1;
    const intact = await readWorkbook(zip.slice(), 'stored.xlsx');
    zip[digit] = zip[digit] === 0x31 ? 0x32 : 0x31;
    const e = await refusal(zip, 'stored.xlsx');
    expect(e.reason).toBe('unreadable');
    expect(e.detail).toEqual({ ja: `シート「${SHEET_NAME}」: ${SHEET} が壊れています（大きさまたは検査値が一致しません）`, en: `${SHEET_NAME}: ${SHEET}: damaged entry (size or CRC mismatch)` });
    expectBilingual(e, 'stored.xlsx', [SHEET_NAME]);
    // The intact file reads, and the cell holds the number printed there.
    const { r, c } = parseA1(v[1]);
    expect(intact.sheets[0].rows[r][c]?.value).toBe(Number(v[2]));
  });

  it.each([
    ['deflated, inflated whole by the native codec', { codec: nodeCodec }],
    ['deflated, streamed by the portable inflater', {}],
  ])('a sheet part whose content does not match its CRC, %s: refused, the sheet named', async (_, options) => {
    const zip = changed(() => undefined);
    setU32(zip, centralEntry(zip, SHEET) + 16, u32(zip, centralEntry(zip, SHEET) + 16) ^ 1);
    const e = await refusal(zip, 'crc.xlsx', options);
    expect(e.detail).toEqual({ ja: `シート「${SHEET_NAME}」: ${SHEET} が壊れています（大きさまたは検査値が一致しません）`, en: `${SHEET_NAME}: ${SHEET}: damaged entry (size or CRC mismatch)` });
  });

  it('the shared strings part whose content does not match its CRC: refused, the part named', async () => {
    const zip = changed(() => undefined);
    const strings = 'xl/sharedStrings.xml';
    setU32(zip, centralEntry(zip, strings) + 16, u32(zip, centralEntry(zip, strings) + 16) ^ 1);
    const e = await refusal(zip, 'crc.xlsx');
    expect(e.detail).toEqual({ ja: `${strings} が壊れています（大きさまたは検査値が一致しません）`, en: `${strings}: damaged entry (size or CRC mismatch)` });
  });

  it('a shared string index past the table: the sheet and cell named', async () => {
    const e = await refusal(
      changed((files) => {
        files['xl/sharedStrings.xml'] = strToU8('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>');
      }),
      'strings.xlsx',
    );
    expect(e.detail?.ja).toMatch(new RegExp(`^${SHEET_NAME}!A\\d+: 共有文字列 \\d+ がありません（壊れています）$`));
    expect(e.detail?.en).toMatch(new RegExp(`^${SHEET_NAME}!A\\d+: shared string \\d+ is missing$`));
    expectBilingual(e, 'strings.xlsx', [SHEET_NAME]);
  });

  const STRINGS = 'xl/sharedStrings.xml';
  it.each([
    ['a <t> whose end tag is lost', (x: string) => x.replace('<t>所管課</t>', '<t>所管課'), '<t> が </si> で閉じられています（壊れています）', 'element <t> closed by </si>'],
    ['an end tag mistyped', (x: string) => x.replace('<t>所管課</t>', '<t>所管課</x>'), '<t> が </x> で閉じられています（壊れています）', 'element <t> closed by </x>'],
    ['an <si> whose start tag is lost', (x: string) => x.replace('<si><t>所管課</t></si>', '<t>所管課</t></si>'), '<sst> が </si> で閉じられています（壊れています）', 'element <sst> closed by </si>'],
    ['the part cut after its last string', (x: string) => x.replace('</sst>', ''), '<sst> が閉じられていません（壊れているか、途中で切れています）', 'unclosed element <sst>'],
  ])('shared strings not well-formed (%s): refused, the part named', async (_, change, ja, en) => {
    const e = await refusal(
      changed((files) => {
        files[STRINGS] = strToU8(change(new TextDecoder().decode(files[STRINGS])));
      }),
      'strings.xlsx',
    );
    expect(e.detail).toEqual({ ja: `${STRINGS}: ${ja}`, en: `${STRINGS}: ${en}` });
    expectBilingual(e, 'strings.xlsx');
  });

  it('a sheet without r:id, or every relationship of the workbook part gone: refused, the sheet named', async () => {
    const rels = 'xl/_rels/workbook.xml.rels';
    const detail = { ja: `シート「${SHEET_NAME}」の中身を指す関係（r:id）が ${rels} にありません（壊れています）`, en: `sheet ${SHEET_NAME}: the relationship its r:id names is not in ${rels}` };
    const noId = changed((files) => {
      files['xl/workbook.xml'] = strToU8(new TextDecoder().decode(files['xl/workbook.xml']).replace(/ r:id="rId\d+"/, ''));
    });
    expect((await refusal(noId, 'rels.xlsx')).detail).toEqual(detail);
    const noRels = changed((files) => {
      files[rels] = undefined as unknown as Uint8Array;
    });
    expect((await refusal(noRels, 'rels.xlsx')).detail).toEqual(detail);
  });

  it.each([
    ['History', 'シート名「History」は Excel の予約語です'],
    ['a:b', 'シート名「a:b」に Excel が認めない文字'],
    ["'x", "シート名「'x」の先頭か末尾に引用符"],
    ['', '名前のないシートがあります'],
    ['SHEET1', 'シート名「SHEET1」が重複しています'],
  ])('a sheet named %j', async (name, ja) => {
    const e = await refusal(
      changed((files) => {
        const xml = new TextDecoder().decode(files['xl/workbook.xml']);
        // A second sheet (the same part) named Sheet1 first: SHEET1 is then a name used twice.
        const second = name === 'SHEET1' ? `<sheet sheetId="2" name="Sheet1" r:id="rId4"/>` : '';
        files['xl/workbook.xml'] = strToU8(xml.replace(/<sheet sheetId="1" name="[^"]*"/, `${second}<sheet sheetId="1" name="${name}"`));
      }),
      'names.xlsx',
    );
    expect(e.detail?.ja.startsWith(ja)).toBe(true);
    expectBilingual(e, 'names.xlsx', [name]);
  });
});

describe('a damaged package, written', () => {
  const edit = () => {
    const cs = emptyChangeSet();
    cs.cells.push({ sheet: SHEET_NAME, cell: 'A1', value: 1 });
    return cs;
  };

  it('a zip without the workbook part: named, not an internal error', () => {
    const e = writeRefusal(bad('plain-zip.xlsx'), 'plain-zip.xlsx');
    expect(e.detail).toEqual({ ja: 'xl/workbook.xml がありません（壊れています）', en: 'xl/workbook.xml is missing' });
    expectBilingual(e, 'plain-zip.xlsx');
  });

  it('a sheet part whose size or CRC does not match', () => {
    const zip = changed(() => undefined);
    setU32(zip, centralEntry(zip, SHEET) + 16, 0x12345678);
    const e = writeRefusal(zip, 'crc.xlsx', edit());
    expect(e.detail).toEqual({ ja: `${SHEET} が壊れています（大きさまたは検査値が一致しません）`, en: `${SHEET}: damaged entry (size or CRC mismatch)` });
    expectBilingual(e, 'crc.xlsx');
  });

  it('an encrypted zip entry', () => {
    const zip = changed(() => undefined);
    setU16(zip, centralEntry(zip, SHEET) + 8, 1);
    const e = writeRefusal(zip, 'zipcrypto.xlsx', edit());
    expect(e.detail).toEqual({ ja: `${SHEET} が暗号化されていて読めません`, en: `${SHEET}: encrypted entry` });
    expectBilingual(e, 'zipcrypto.xlsx');
  });

  it('a sheet part that is not well-formed: the sheet, its part and the element named', () => {
    const zip = changed((files) => {
      const xml = new TextDecoder().decode(files[SHEET]);
      files[SHEET] = strToU8(xml.slice(0, xml.indexOf('</row>')));
    });
    const e = writeRefusal(zip, 'open.xlsx', edit());
    expect(e.detail?.ja).toMatch(new RegExp(`^シート「${SHEET_NAME}」（${SHEET}）: <\\w+> が閉じられていません（壊れているか、途中で切れています）$`));
    expect(e.detail?.en).toMatch(new RegExp(`^${SHEET_NAME} \\(${SHEET}\\): unclosed element <\\w+>$`));
    expectBilingual(e, 'open.xlsx', [SHEET_NAME]);
  });
});

describe('a damaged compound file or encrypted package', () => {
  const agile = () => shapes('encrypted-agile.xlsx');
  const packageAt = (d: Uint8Array) => {
    const dirAt = 512 * (1 + u32(d, 48));
    return 512 * (1 + u32(d, dirAt + 2 * 128 + 116));
  };

  it.each([600, 2048, 7000, 13224])('cut after %i bytes', async (n) => {
    const e = await refusal(agile().slice(0, n), 'cut.xlsx', withNode);
    expect(e.reason).toBe('unreadable');
    expect(e.detail?.ja).toMatch(/途中で切れています/);
    expectBilingual(e, 'cut.xlsx');
  });

  it('a sector chain that loops', async () => {
    const d = agile();
    const start = u32(d, 512 * (1 + u32(d, 48)) + 2 * 128 + 116);
    setU32(d, 512 + start * 4, start);
    const e = await refusal(d, 'loop.xlsx', withNode);
    expect(e.detail).toEqual({ ja: '複合ファイルのセクターのつながりが輪になっています（壊れています）', en: 'compound file: FAT chain loops' });
    expectBilingual(e, 'loop.xlsx');
  });

  it('a directory entry pointing nowhere, a FAT sector beyond the file', async () => {
    const d1 = agile();
    setU32(d1, 512 * (1 + u32(d1, 48)) + 76, 99);
    const e1 = await refusal(d1, 'entry.xlsx', withNode);
    expect(e1.detail?.ja).toBe('複合ファイルの項目 99 がありません（壊れています）');
    expectBilingual(e1, 'entry.xlsx');
    const d2 = agile();
    setU32(d2, 76, 5000);
    const e2 = await refusal(d2, 'sector.xlsx', withNode);
    expect(e2.detail?.ja).toBe('複合ファイルのセクター 5000 がファイルの終わりより先にあります（途中で切れています）');
    expectBilingual(e2, 'sector.xlsx');
  });

  it('a package declared larger than the reader accepts: too large, its size in both', async () => {
    const d = agile();
    setU32(d, packageAt(d) + 4, 1);
    const e = await refusal(d, 'huge.xlsx', withNode);
    expect(e.reason).toBe('too-large');
    expect(e.message).toBe('huge.xlsx: 展開すると大きすぎるため読み込めません（EncryptedPackage 4096 MB）。壊れているか、計画表のブックではありません。');
    expectBilingual(e, 'huge.xlsx');
  });

  it('a package cut short inside its stream, with the byte counts', async () => {
    const d = agile();
    const at = packageAt(d);
    setU32(d, at, u32(d, at) + 8192);
    const e = await refusal(d, 'short.xlsx', withNode);
    expect(e.detail?.ja).toMatch(/^暗号化されたデータ EncryptedPackage が途中で切れています（\d+ バイトのうち \d+ バイト）$/);
    expect(e.detail?.en).toMatch(/^EncryptedPackage cut short \(\d+ of \d+ bytes; truncated\)$/);
    expectBilingual(e, 'short.xlsx');
  });

  it('a damaged ciphertext', async () => {
    const d = agile();
    d[packageAt(d) + 8 + 5000] ^= 0x40;
    const e = await refusal(d, 'tampered.xlsx', withNode);
    expect(e.detail?.ja).toBe('暗号化されたデータ EncryptedPackage の整合性の検査に失敗しました（壊れています）');
    expectBilingual(e, 'tampered.xlsx');
  });

  it('encryption information without the encrypted package', async () => {
    const d = compoundFile([{ name: 'EncryptionInfo', data: new Uint8Array(200) }]);
    const e = await refusal(d, 'half.xlsx', withNode);
    expect(e.detail).toEqual({ ja: '暗号化の情報はありますが、暗号化されたデータ EncryptedPackage がありません', en: 'EncryptedPackage missing' });
    expectBilingual(e, 'half.xlsx');
  });
});

describe('an error that is not one of ours', () => {
  it('keeps its text, labelled as an internal error in Japanese', async () => {
    const broken: OfficeCrypto = {
      ...nodeCrypto,
      spin: () => {
        throw new TypeError('spin is not available');
      },
    };
    const e = await refusal(shapes('encrypted-agile.xlsx'), 'odd.xlsx', { crypto: broken });
    expect(e.message).toBe('odd.xlsx: ブックを読み込めませんでした（壊れているか、途中で切れています）。詳細: 内部エラー: TypeError: spin is not available');
    expect(e.messageEn).toBe('odd.xlsx: the workbook could not be read (damaged or truncated). Detail: internal error: TypeError: spin is not available');
  });

  it('a plain Error is labelled without its class name; a thrown non-Error as its text', () => {
    expect(detailOf(new Error('x failed'))).toEqual({ ja: '内部エラー: x failed', en: 'internal error: x failed' });
    expect(detailOf('odd')).toEqual({ ja: '内部エラー: odd', en: 'internal error: odd' });
  });
});

describe('every detail exists in Japanese and in English', () => {
  const INNER = details.zipDetail.tooShort();
  /** Each function called with part-like names, sizes and an inner detail where it takes one. */
  const cases: [string, details.ReadDetail][] = [];
  for (const [group, fns] of Object.entries(details)) {
    if (typeof fns !== 'object') continue;
    for (const [name, fn] of Object.entries(fns as Record<string, (...a: unknown[]) => details.ReadDetail>)) {
      const partFirst = group === 'zipDetail' || group === 'partDetail' || group === 'xmlDetail';
      const args = Array.from({ length: fn.length }, (_, i) => (name === 'inPart' && i === 1 ? INNER : i === 0 && partFirst ? 'xl/a.xml' : 7));
      cases.push([`${group}.${name}`, fn(...args)]);
    }
  }
  cases.push(['sheetPartDetail', details.sheetPartDetail('計画', 'xl/worksheets/sheet2.xml', INNER)]);
  cases.push(['inSheetDetail', details.inSheetDetail('計画', details.zipDetail.damagedEntry('xl/worksheets/sheet2.xml'))]);
  cases.push(['atCellDetail', details.atCellDetail('D6', details.xmlDetail.mismatched('c', 'row'))]);

  it('covers the detail tables', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)('%s', (_, d) => {
    expect(englishLeft(d.ja, '')).toEqual([]);
    expect(japaneseLeft(d.en, '', ['計画'])).toEqual([]);
    // Only a part's name with its size is the same in both (too-large).
    if (d.ja === d.en) expect(d.en).toMatch(/^\S+ \d+ MB$/);
  });
});

describe('a sheet that cannot be read faithfully: refused, the sheet, part and cell named', () => {
  const PLAN = '計画';
  const cases: [string, string, string][] = [
    ['sheet-unclosed-cell.xlsx', 'シート「計画」: xl/worksheets/sheet1.xml: セル E6: <c> が </row> で閉じられています（壊れています）', '計画: xl/worksheets/sheet1.xml: cell E6: element <c> closed by </row>'],
    ['sheet-mismatched-tag.xlsx', 'シート「計画」: xl/worksheets/sheet1.xml: セル E6: <v> が </x> で閉じられています（壊れています）', '計画: xl/worksheets/sheet1.xml: cell E6: element <v> closed by </x>'],
    ['sheet-part-missing.xlsx', 'シート「計画」の中身 xl/worksheets/sheet1.xml がありません（壊れています）', 'sheet 計画: its part xl/worksheets/sheet1.xml is missing'],
    ['duplicate-row.xlsx', 'シート「計画」: 6 行目が二度書かれています（壊れています）', '計画: row 6 is given twice'],
    ['duplicate-cell.xlsx', '計画!D6: 同じセルが二度書かれています（壊れています）', '計画!D6: the cell is given twice'],
    [
      'duplicate-parts-case.xlsx',
      'xl/worksheets/sheet1.xml と XL/worksheets/sheet1.xml が同じ部品です（部品名は大文字と小文字を区別しません）（壊れています）',
      'xl/worksheets/sheet1.xml and XL/worksheets/sheet1.xml name one part (part names are case-insensitive)',
    ],
    ['number-not-a-number.xlsx', '計画!D6: 数値のセルの値「96,2」が数値ではありません（壊れています）', '計画!D6: number cell value "96,2" is not a number'],
    ['shared-strings-unclosed.xlsx', 'xl/sharedStrings.xml: <si> が </sst> で閉じられています（壊れています）', 'xl/sharedStrings.xml: element <si> closed by </sst>'],
    [
      'sheet-relationship-missing.xlsx',
      'シート「計画」の中身を指す関係（r:id）が xl/_rels/workbook.xml.rels にありません（壊れています）',
      'sheet 計画: the relationship its r:id names is not in xl/_rels/workbook.xml.rels',
    ],
    ['date-not-a-date.xlsx', '計画!D6: 日付のセルの値「2024-02-30」が日付ではありません（壊れています）', '計画!D6: date cell value "2024-02-30" is not a date'],
  ];

  it.each(cases)('%s', async (file, ja, en) => {
    const e = await refusal(bad(file), file);
    expect(e.reason).toBe('unreadable');
    expect(e.detail).toEqual({ ja, en });
    expectBilingual(e, file, [PLAN, '96,2']);
  });

  it('the same package twice under one name (exactly): named once', async () => {
    const files = unzipSync(bad('duplicate-parts-case.xlsx'));
    const zip = zipSync(files);
    // The second entry renamed in place to the first's name: two entries named xl/worksheets/sheet1.xml.
    const at = centralEntry(zip, 'XL/worksheets/sheet1.xml');
    zip.set(new TextEncoder().encode('xl'), at + 46);
    const local = u32(zip, at + 42);
    zip.set(new TextEncoder().encode('xl'), local + 30);
    const e = await refusal(zip, 'twice.xlsx');
    expect(e.detail).toEqual({ ja: 'xl/worksheets/sheet1.xml が二つあります（壊れています）', en: 'two parts named xl/worksheets/sheet1.xml' });
  });

  it('the writer refuses a package with a part twice, before it edits either copy', () => {
    const cs = emptyChangeSet();
    cs.cells.push({ sheet: PLAN, cell: 'F6', value: 1 });
    const e = writeRefusal(bad('duplicate-parts-case.xlsx'), 'duplicate-parts-case.xlsx', cs);
    expect(e.detail?.en).toBe('xl/worksheets/sheet1.xml and XL/worksheets/sheet1.xml name one part (part names are case-insensitive)');
    expectBilingual(e, 'duplicate-parts-case.xlsx', [PLAN]);
  });

  it.each([
    ['duplicate-cell.xlsx', 'D6', 'セル D6 が二度書かれています（壊れています）', 'cell D6 is given twice'],
    // (The writer walks the rows up to the last it writes: a write below the second row 6 meets it.)
    ['duplicate-row.xlsx', 'D7', '6 行目が二度書かれています（壊れています）', 'row 6 is given twice'],
  ])('%s, written: the sheet, part and the repeated cell or row named, not an internal error', (file, cell, ja, en) => {
    const cs = emptyChangeSet();
    cs.cells.push({ sheet: PLAN, cell: 'G6', value: 1 }, { sheet: PLAN, cell, value: 1 });
    const e = writeRefusal(bad(file), file, cs);
    expect(e.detail).toEqual({ ja: `シート「${PLAN}」（${SHEET}）: ${ja}`, en: `${PLAN} (${SHEET}): ${en}` });
    expectBilingual(e, file, [PLAN]);
  });
});

describe('a file that is no workbook, whatever its name', () => {
  it('is said to be text where its bytes are (a CSV in UTF-8 or Shift_JIS renamed .xlsx), and nothing more where they are binary', async () => {
    const sjis = new Uint8Array([0x8e, 0x73, 0x90, 0xc5, 0x2c, 0x39, 0x36, 0x2e, 0x32, 0x0d, 0x0a]); // 市税,96.2 in Shift_JIS
    for (const data of [strToU8('債権名,収納率\n市税,96.2\n'), sjis]) {
      const e = await refusal(data, '国保年金課_収納実績.xlsx');
      expect(e.message).toBe('国保年金課_収納実績.xlsx: Excel ブック（.xlsx）ではありません。テキスト（CSV など）のファイルです。Excel で開いて .xlsx 形式に保存し直してください。');
    }
    const binary = await refusal(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00]), 'image.xlsx');
    expect(binary.message).toBe('image.xlsx: Excel ブック（.xlsx）ではありません。');
  });
});
