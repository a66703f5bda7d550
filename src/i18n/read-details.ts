/**
 * The detail of a workbook that cannot be read, in both languages: what is wrong with the file,
 * said so that a municipal user can act on it (壊れている / 途中で切れている / 大きすぎる), with
 * the technical pointer kept (the part or stream name, the sector, the byte count) for whoever
 * they forward it to. Part, stream and sheet names and numbers are the same in both languages.
 * The error classes of src/hosts/file carry one of these; `readErrorMessage` (./cli) puts the
 * Japanese detail in the Japanese message and the English one in the English message.
 */
import type { Bilingual } from './index';

export type ReadDetail = Bilingual;

const both = (ja: string, en: string): ReadDetail => ({ ja, en });
/** A size, a part's name with its size, an extension: the same text in both languages. */
export const neutral = (text: string): ReadDetail => both(text, text);

const DAMAGED = '（壊れています）';
const TRUNCATED = '（途中で切れています）';

/** The zip package (src/hosts/file/zip/read.ts): its directory and entries. */
export const zipDetail = {
  valueTooLarge: () => both(`ブックの目次の値が大きすぎます${DAMAGED}`, 'zip64 value too large'),
  tooShort: () => both(`ブックとして短すぎます${TRUNCATED}`, 'not a zip archive'),
  noDirectory: () => both(`ファイルの末尾にあるはずの目次が見つかりません${TRUNCATED}`, 'end of central directory not found'),
  noDirectory64: () => both(`ファイルの末尾にあるはずの目次（大容量形式）が見つかりません${TRUNCATED}`, 'zip64 end of central directory not found'),
  directoryOutOfRange: () => both(`目次がファイルの終わりより先を指しています${TRUNCATED}`, 'central directory out of range'),
  badDirectoryEntry: () => both(`目次の項目が壊れています`, 'bad central directory entry'),
  badLocalHeader: () => both(`ファイル内の部品の見出しが壊れています`, 'bad local header'),
  entryOutOfRange: () => both(`部品のデータがファイルの終わりより先にあります${TRUNCATED}`, 'entry data out of range'),
  encryptedEntry: (part: string) => both(`${part} が暗号化されていて読めません`, `${part}: encrypted entry`),
  /** The inflater's own text is for support: it stays in the English detail only. */
  inflateFailed: (part: string, inner: string) => both(`${part} の圧縮データが壊れています`, `${part}: ${inner}`),
  unsupportedMethod: (part: string, method: number) => both(`${part} は対応していない圧縮方式（${method}）です`, `${part}: unsupported compression method ${method}`),
  damagedEntry: (part: string) => both(`${part} が壊れています（大きさまたは検査値が一致しません）`, `${part}: damaged entry (size or CRC mismatch)`),
  /** Two entries whose names are equal ignoring case: one part twice (ECMA-376 part 2, 9.1.1.1). */
  duplicatePart: (first: string, second: string) =>
    both(
      first === second ? `${first} が二つあります${DAMAGED}` : `${first} と ${second} が同じ部品です（部品名は大文字と小文字を区別しません）${DAMAGED}`,
      first === second ? `two parts named ${first}` : `${first} and ${second} name one part (part names are case-insensitive)`,
    ),
};

/** A part inflated by the reader (src/hosts/file/xlsx/zip.ts) or looked for by the writer. */
export const partDetail = {
  /** too-large: the part and what it inflates to. */
  size: (part: string, mb: number) => neutral(`${part} ${mb} MB`),
  missing: (part: string) => both(`${part} がありません${DAMAGED}`, `${part} is missing`),
  cutShort: (part: string) => both(`${part} が途中で切れています`, `${part} is cut short`),
};

/** A part's XML, as the reader's scanner and the writer's editor follow it. */
export const xmlDetail = {
  tagTooLong: (chars: number) => both(`${chars} 文字を超える長さのタグがあります${DAMAGED}`, `an XML tag longer than ${chars} characters`),
  endsInsideTag: () => both(`タグの途中で終わっています${TRUNCATED}`, 'the XML ends inside a tag'),
  inPart: (part: string, inner: ReadDetail) => both(`${part}: ${inner.ja}`, `${part}: ${inner.en}`),
  unclosed: (element: string) => both(`<${element}> が閉じられていません（壊れているか、途中で切れています）`, `unclosed element <${element}>`),
  noRoot: () => both(`中身がありません${DAMAGED}`, 'no root element'),
  noSheetData: () => both(`シートにセルの領域 <sheetData> がありません${DAMAGED}`, 'worksheet without sheetData'),
  noSheets: (part: string) => both(`${part} にシートの一覧 <sheets> がありません${DAMAGED}`, `${part}: no <sheets>`),
  /** An end tag that is not the one of the element open (a tag lost or mistyped). */
  mismatched: (open: string, close: string) => both(`<${open}> が </${close}> で閉じられています${DAMAGED}`, `element <${open}> closed by </${close}>`),
  strayClose: (close: string) => both(`</${close}> に対応する開始タグがありません${DAMAGED}`, `end tag </${close}> without a start tag`),
  /** The writer's edit of a sheet part whose rows or cells are out of order (put in order first) or repeated. */
  outOfOrder: () => both(`行またはセルの順序が正しくありません${DAMAGED}`, 'rows or cells out of order'),
  rowRepeated: (row: number) => both(`${row} 行目が二度書かれています${DAMAGED}`, `row ${row} is given twice`),
  cellRepeated: (cell: string) => both(`セル ${cell} が二度書かれています${DAMAGED}`, `cell ${cell} is given twice`),
  /** A sheet the workbook lists whose part is not in the package (Excel reports the file damaged). */
  sheetPartMissing: (sheet: string, part: string) => both(`シート「${sheet}」の中身 ${part} がありません${DAMAGED}`, `sheet ${sheet}: its part ${part} is missing`),
  /** A sheet whose r:id names no relationship of the workbook part (`rels`): where its part is cannot be told. */
  sheetRelationshipMissing: (sheet: string, rels: string) =>
    both(`シート「${sheet}」の中身を指す関係（r:id）が ${rels} にありません${DAMAGED}`, `sheet ${sheet}: the relationship its r:id names is not in ${rels}`),
};

/** A cell the reader cannot read; `where` is the sheet and cell (Sheet1!B7). */
export const cellDetail = {
  sharedStringMissing: (where: string, index: string) => both(`${where}: 共有文字列 ${index} がありません${DAMAGED}`, `${where}: shared string ${index} is missing`),
  /** Two `<c>` for one cell: which one holds the figure cannot be told. */
  cellTwice: (where: string) => both(`${where}: 同じセルが二度書かれています${DAMAGED}`, `${where}: the cell is given twice`),
  /** Two `<row>` for one row number; `where` is the sheet and the row (計画!6). */
  rowTwice: (sheet: string, row: number) => both(`シート「${sheet}」: ${row} 行目が二度書かれています${DAMAGED}`, `${sheet}: row ${row} is given twice`),
  /** A number cell whose value is not a number (xsd:double): Excel refuses such a file too. */
  notANumber: (where: string, text: string) => both(`${where}: 数値のセルの値「${text}」が数値ではありません${DAMAGED}`, `${where}: number cell value "${text}" is not a number`),
  /** A date cell (`t="d"`) whose value is not an ISO 8601 date of the calendar. */
  notADate: (where: string, text: string) => both(`${where}: 日付のセルの値「${text}」が日付ではありません${DAMAGED}`, `${where}: date cell value "${text}" is not a date`),
};

/** Sheet names Excel refuses (src/hosts/file/xlsx/sheet-names.ts). */
export const sheetNameDetail = {
  empty: () => both('名前のないシートがあります（Excel はこの名前を認めません）', 'a sheet without a name'),
  reserved: (name: string) => both(`シート名「${name}」は Excel の予約語です`, `sheet name ${name} is reserved by Excel`),
  forbiddenCharacter: (name: string) => both(`シート名「${name}」に Excel が認めない文字（* ? : \\ / [ ] のどれか）があります`, `sheet name ${name} holds one of * ? : \\ / [ ], which Excel refuses`),
  quote: (name: string) => both(`シート名「${name}」の先頭か末尾に引用符（'）があり、Excel が認めません`, `sheet name ${name} starts or ends with a quote, which Excel refuses`),
  twice: (name: string) => both(`シート名「${name}」が重複しています（大文字と小文字は区別されません）`, `sheet name ${name} is used twice`),
};

/** The OLE compound file an encrypted workbook is kept in (src/hosts/file/cfb/read.ts). */
export const cfbDetail = {
  notCompound: () => both('暗号化されたブックの入れ物（複合ファイル）ではありません', 'not a compound file'),
  header: (version: number, shift: number) =>
    both(`複合ファイルの見出しが正しくありません（バージョン ${version}、セクター シフト ${shift}）`, `compound file header: version ${version}, sector shift ${shift}`),
  noRoot: () => both(`複合ファイルにルートの項目がありません${DAMAGED}`, 'compound file: no root entry'),
  sectorBeyondEnd: (n: number) => both(`複合ファイルのセクター ${n} がファイルの終わりより先にあります${TRUNCATED}`, `compound file: sector ${n} beyond the end (truncated)`),
  tooManyFatSectors: (fat: number, count: number) =>
    both(`複合ファイルの割り当て表が ${fat} セクターあり、ファイルの ${count} セクターを超えています${DAMAGED}`, `compound file: ${fat} FAT sectors in a file of ${count}`),
  difatEndsEarly: () => both(`複合ファイルの割り当て表の一覧が途中で終わっています${DAMAGED}`, 'compound file: DIFAT chain ends early'),
  fatSectorsMissing: () => both(`複合ファイルの割り当て表が足りません${DAMAGED}`, 'compound file: FAT sectors missing'),
  badFatSector: () => both(`複合ファイルの割り当て表のセクター番号が正しくありません${DAMAGED}`, 'compound file: bad FAT sector number'),
  entryMissing: (n: number) => both(`複合ファイルの項目 ${n} がありません${DAMAGED}`, `compound file: directory entry ${n} missing`),
  streamTooLong: (stream: string, size: number, length: number) =>
    both(`複合ファイルのストリーム ${stream}（${size} バイト）がファイル（${length} バイト）より大きくなっています${TRUNCATED}`, `compound file: stream ${stream} of ${size} bytes in a file of ${length} (truncated)`),
  miniSectorBeyond: (n: number) => both(`複合ファイルの小セクター ${n} が範囲の外にあります${DAMAGED}`, `compound file: mini sector ${n} beyond the mini stream`),
  /** `table`: which allocation table the chain is in (FAT or miniFAT), kept as it is in English. */
  chainBroken: (table: string, n: number) => both(`複合ファイルのセクターのつながりがセクター ${n} で切れています${DAMAGED}`, `compound file: ${table} chain broken at sector ${n}`),
  chainLoops: (table: string) => both(`複合ファイルのセクターのつながりが輪になっています${DAMAGED}`, `compound file: ${table} chain loops`),
  streamCutShort: (total: number, size: number) =>
    both(`複合ファイルのストリームが途中で切れています（${size} バイトのうち ${total} バイト）`, `compound file: stream cut short (${total} of ${size} bytes; truncated)`),
};

/** The encrypted package inside it (src/hosts/file/crypto, src/hosts/file/read.ts). */
export const decryptDetail = {
  tooShort: () => both(`暗号化されたデータ EncryptedPackage が短すぎます${TRUNCATED}`, 'EncryptedPackage too short'),
  /** too-large: what the package says it decrypts to. */
  size: (mb: number) => neutral(`EncryptedPackage ${mb} MB`),
  cutShort: (have: number, need: number) =>
    both(`暗号化されたデータ EncryptedPackage が途中で切れています（${need} バイトのうち ${have} バイト）`, `EncryptedPackage cut short (${have} of ${need} bytes; truncated)`),
  integrity: () => both(`暗号化されたデータ EncryptedPackage の整合性の検査に失敗しました${DAMAGED}`, 'EncryptedPackage fails its data integrity check (damaged)'),
  packageMissing: () => both('暗号化の情報はありますが、暗号化されたデータ EncryptedPackage がありません', 'EncryptedPackage missing'),
};

/** The writer's edit of a sheet part that failed: the sheet and its part named. */
export const sheetPartDetail = (sheet: string, part: string, inner: ReadDetail): ReadDetail => both(`シート「${sheet}」（${part}）: ${inner.ja}`, `${sheet} (${part}): ${inner.en}`);

/** The reader's part-level failure of a sheet (damaged, cut short, not well-formed): the sheet named before its part. */
export const inSheetDetail = (sheet: string, inner: ReadDetail): ReadDetail => both(`シート「${sheet}」: ${inner.ja}`, `${sheet}: ${inner.en}`);

/** Where in a sheet part the XML broke: the cell being read (the sheet and part are added around it). */
export const atCellDetail = (cell: string, inner: ReadDetail): ReadDetail => both(`セル ${cell}: ${inner.ja}`, `cell ${cell}: ${inner.en}`);

/** An error that is not one of ours: its own text kept for support, labelled as internal. */
/** A file that is no workbook, where what it is can be told: what it is, and what to do. */
export const notWorkbookDetail = {
  empty: () => both('ファイルが空です（0 バイト）。保存し直したブックを指定してください', 'the file is empty (0 bytes); give a workbook saved again'),
  lockFile: () =>
    both('Excel がブックを開いている間に作る一時ファイル（~$ で始まる名前）です。元のブックを指定してください', 'a lock file Excel makes while a workbook is open (its name starts with ~$); give the workbook itself'),
  openDocument: () => both('OpenDocument 形式（.ods）のファイルです。Excel か LibreOffice で .xlsx 形式に保存し直してください', 'an OpenDocument spreadsheet (.ods); save it as .xlsx in Excel or LibreOffice'),
  text: () => both('テキスト（CSV など）のファイルです。Excel で開いて .xlsx 形式に保存し直してください', 'a text file (CSV or the like); open it in Excel and save it as .xlsx'),
};

export const internalDetail = (text: string): ReadDetail => both(`内部エラー: ${text}`, `internal error: ${text}`);
