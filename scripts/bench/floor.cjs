'use strict';
/**
 * The floor for reading a workbook, run as its own process by the end-to-end bench: unzip every part
 * with node's zlib and scan it once — every cell (reference, style, type, value parsed), every shared
 * string (its text decoded), every number format. Nothing any reader can skip; no objects kept per
 * cell. Prints the counts (so the work cannot be optimized away).
 *
 *   node scripts/bench/floor.cjs book.xlsx
 */
const { readFileSync } = require('node:fs');
const { inflateRawSync } = require('node:zlib');

function entries(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    out.push({ name, method, size, local });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function inflate(buf, e) {
  const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
  const raw = buf.subarray(start, start + e.size);
  return e.method === 0 ? raw : inflateRawSync(raw);
}

const decode = (s) => s.replace(/&(lt|gt|amp|quot|apos);/g, (_, x) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[x]);

const buf = readFileSync(process.argv[2]);
let cells = 0;
let numbers = 0;
let sum = 0;
let strings = 0;
let chars = 0;
let formats = 0;
for (const e of entries(buf)) {
  if (!/^xl\/(worksheets\/.*|sharedStrings|styles)\.xml$/.test(e.name)) continue;
  const xml = inflate(buf, e).toString('utf8');
  if (e.name.startsWith('xl/worksheets/')) {
    // Every <c …>: its attributes and its value.
    const re = /<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?(?: t="(\w+)")?\s*(?:\/>|>(?:<f>[^<]*<\/f>)?(?:<v>([^<]*)<\/v>)?)/g;
    for (let m; (m = re.exec(xml)); ) {
      cells++;
      if (m[5] !== undefined && m[4] === undefined) {
        numbers++;
        sum += Number(m[5]);
      }
    }
  } else if (e.name === 'xl/sharedStrings.xml') {
    for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>/g)) {
      strings++;
      chars += decode(m[1].replace(/<rPh[\s\S]*?<\/rPh>/g, '').replace(/<[^>]+>/g, '')).length;
    }
  } else {
    for (const _ of xml.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)) formats++;
  }
}
process.stdout.write(JSON.stringify({ cells, numbers, sum, strings, chars, formats }) + '\n');
