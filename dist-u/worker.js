"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __name = (target2, value) => __defProp(target2, "name", { value, configurable: true });
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __export = (target2, all) => {
  for (var name in all)
    __defProp(target2, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target2) => (target2 = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target2, "default", { value: mod, enumerable: true }) : target2,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/core/workbook.ts
function sameSheetName(a, b) {
  return a === b || a.toLowerCase() === b.toLowerCase();
}
function freeSheetName(sheets, base, taken = () => false) {
  const used = /* @__PURE__ */ __name((name2) => taken(name2) || sheets.some((s) => sameSheetName(s.name, name2)), "used");
  let name = base;
  for (let n = 1; used(name); n++) name = n === 1 ? `${base} (saiken)` : `${base} (saiken ${n})`;
  return name;
}
function colLetter(c) {
  if (!Number.isInteger(c) || c < 0) throw new RangeError(`no column ${c}`);
  let s = "";
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function colIndex(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
function a1(r, c) {
  return `${colLetter(c)}${r + 1}`;
}
function parseA1(ref2) {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref2.trim());
  if (!m) throw new Error(`not an A1 reference: ${ref2}`);
  return { r: Number(m[2]) - 1, c: colIndex(m[1]) };
}
function areaA1(a) {
  return `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;
}
function parseArea(ref2) {
  const [from, to] = ref2.split(":");
  const p = parseA1(from);
  const q = to ? parseA1(to) : p;
  return { top: Math.min(p.r, q.r), left: Math.min(p.c, q.c), bottom: Math.max(p.r, q.r), right: Math.max(p.c, q.c) };
}
var init_workbook = __esm({
  "src/core/workbook.ts"() {
    "use strict";
    __name(sameSheetName, "sameSheetName");
    __name(freeSheetName, "freeSheetName");
    __name(colLetter, "colLetter");
    __name(colIndex, "colIndex");
    __name(a1, "a1");
    __name(parseA1, "parseA1");
    __name(areaA1, "areaA1");
    __name(parseArea, "parseArea");
  }
});

// src/i18n/findings.ts
function findingMessage(code, params) {
  const t = FINDING_MESSAGES[code];
  if (!t) return { message: code, messageEn: code };
  return { message: t.ja(params), messageEn: t.en(params) };
}
var FINDING_MESSAGES, REJECT_REASONS;
var init_findings = __esm({
  "src/i18n/findings.ts"() {
    "use strict";
    FINDING_MESSAGES = {
      "table-not-recognized": {
        ja: /* @__PURE__ */ __name((p) => `\u8A08\u753B\u8868\u306E\u3088\u3046\u306B\u898B\u3048\u307E\u3059\u304C\u3001\u8AAD\u307F\u53D6\u308C\u307E\u305B\u3093\u3067\u3057\u305F\uFF08${p.reason}\uFF09\u3002\u898B\u51FA\u3057\u884C\uFF08\u50B5\u6A29\u540D\u30FB\u5E74\u5EA6\u306A\u3069\uFF09\u3092\u78BA\u8A8D\u3057\u3066\u304F\u3060\u3055\u3044\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `This looks like a plan table but could not be read (${p.reasonEn}). Check the header row (debt name, fiscal years).`, "en")
      },
      "not-a-number": {
        ja: /* @__PURE__ */ __name((p) => `\u6570\u5024\u304C\u5165\u308B\u3079\u304D\u30BB\u30EB\u306B\u6587\u5B57\u300C${p.text}\u300D\u304C\u3042\u308A\u307E\u3059\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `Text "${p.text}" where a number belongs.`, "en")
      },
      "number-as-text": {
        ja: /* @__PURE__ */ __name((p) => `\u6570\u5024\u300C${p.text}\u300D\u304C\u6587\u5B57\u5217\u3068\u3057\u3066\u5165\u529B\u3055\u308C\u3066\u3044\u307E\u3059\u3002Excel \u306E\u5408\u8A08\uFF08SUM\uFF09\u3084\u5E73\u5747\u306F\u3053\u306E\u30BB\u30EB\u3092\u6570\u3048\u305A\u3001\u8868\u8A08\u7B97\u30BD\u30D5\u30C8\u306B\u3088\u3063\u3066\u306F\u8A08\u7B97\u5F0F\u3067\u30A8\u30E9\u30FC\u306B\u306A\u308B\u305F\u3081\u3001\u518D\u8A08\u7B97\u306F\u3053\u306E\u30BB\u30EB\u3092\u4F7F\u3046\u5408\u8A08\u30FB\u5DEE\u5F15\u3092\u66F8\u304D\u63DB\u3048\u307E\u305B\u3093\u3002\u6570\u5024\u3068\u3057\u3066\u5165\u529B\u3057\u76F4\u3057\u3066\u304F\u3060\u3055\u3044\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The number "${p.text}" is entered as text. Excel's SUM and AVERAGE skip it, and some spreadsheets give an error in formulas over it, so recalculation leaves the totals and differences that use it as they are. Enter it as a number.`, "en")
      },
      "excel-error": {
        ja: /* @__PURE__ */ __name((p) => `\u30BB\u30EB\u304C Excel \u306E\u30A8\u30E9\u30FC\u300C${p.text}\u300D\u3092\u8868\u793A\u3057\u3066\u3044\u307E\u3059\uFF08\u8ABF\u5B9A\u984D\u304C 0 \u306E\u53CE\u7D0D\u7387\u306A\u3069\uFF09\u3002\u5024\u3092\u78BA\u8A8D\u3057\u3066\u304F\u3060\u3055\u3044\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The cell shows the Excel error ${p.text} (a rate over a zero charge, say). Check the figure.`, "en")
      },
      "rate-out-of-range": {
        ja: /* @__PURE__ */ __name((p) => `\u53CE\u7D0D\u7387 ${p.value} \u304C 0\u301C100 \u306E\u7BC4\u56F2\u5916\u3067\u3059\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The rate ${p.value} is outside 0\u2013100.`, "en")
      },
      "negative-amount": {
        ja: /* @__PURE__ */ __name((p) => `${p.item}\u304C\u30DE\u30A4\u30CA\u30B9\uFF08${p.value}\uFF09\u3067\u3059\u3002\u5DEE\u5F15\u306E\u5217\u4EE5\u5916\u3067\u91D1\u984D\u306F\u8CA0\u306B\u306A\u308A\u307E\u305B\u3093\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `A negative amount (${p.value}) outside a delta column.`, "en")
      },
      "delta-mismatch": {
        ja: /* @__PURE__ */ __name((p) => `\u5DEE\u5F15\u304C\u5408\u3044\u307E\u305B\u3093\u3002${p.formula} = ${p.expected} \u3067\u3059\u304C\u3001${p.actual} \u3068\u8A18\u8F09\u3055\u308C\u3066\u3044\u307E\u3059\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The difference does not match: ${p.formula} = ${p.expected}, but ${p.actual} is shown.`, "en")
      },
      "delta-blank-operand": {
        ja: /* @__PURE__ */ __name((p) => `\u6BD4\u8F03\u5143\uFF08${p.operand}\uFF09\u304C\u7A7A\u6B04\u306A\u306E\u306B\u5DEE\u5F15\uFF08${p.minuend}\u2212${p.subtrahend}\uFF09\u304C\u6570\u5024\u3067\u8A18\u8F09\u3055\u308C\u3066\u3044\u307E\u3059\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `A difference (${p.minuend}\u2212${p.subtrahend}) is shown although its operand ${p.operand} is blank.`, "en")
      },
      "total-mismatch": {
        ja: /* @__PURE__ */ __name((p) => `\u5408\u8A08\u304C\u5408\u3044\u307E\u305B\u3093\u3002${p.range} \u306E\u5408\u8A08\u306F ${p.expected} \u3067\u3059\u304C\u3001${p.actual} \u3068\u8A18\u8F09\u3055\u308C\u3066\u3044\u307E\u3059\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The total does not match: the sum of ${p.range} is ${p.expected}, but ${p.actual} is shown.`, "en")
      },
      "division-inconsistent": {
        ja: /* @__PURE__ */ __name((p) => `\u5168\u4F53\u306E\u53CE\u7D0D\u7387 ${p.value} \u304C\u73FE\u5E74\u5EA6\u5206\uFF08${p.current}\uFF09\u3068\u6EDE\u7D0D\u7E70\u8D8A\u5206\uFF08${p.arrears}\uFF09\u306E\u9593\u306B\u3042\u308A\u307E\u305B\u3093\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The overall rate ${p.value} is not between the current-year (${p.current}) and arrears (${p.arrears}) rates.`, "en")
      },
      "ledger-identity": {
        ja: /* @__PURE__ */ __name((p) => `\u53CE\u5165\u672A\u6E08\u984D\u304C \u8ABF\u5B9A\u984D\u2212\u53CE\u5165\u6E08\u984D\u2212\u4E0D\u7D0D\u6B20\u640D\u984D\uFF08+\u9084\u4ED8\u672A\u6E08\u984D\uFF09= ${p.expected} \u3068\u4E00\u81F4\u3057\u307E\u305B\u3093\uFF08\u8A18\u8F09 ${p.actual}\uFF09\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `Uncollected ${p.actual} \u2260 charged \u2212 paid \u2212 written off (+ refunds due) = ${p.expected}.`, "en")
      },
      "rate-mismatch": {
        ja: /* @__PURE__ */ __name((p) => `\u53CE\u7D0D\u7387\u304C \u53CE\u5165\u6E08\u984D\xF7\u8ABF\u5B9A\u984D\uFF08${p.paid}\xF7${p.charged}\uFF09= ${p.expected} \u3068\u4E00\u81F4\u3057\u307E\u305B\u3093\uFF08\u8A18\u8F09 ${p.actual}\uFF09\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The rate ${p.actual} \u2260 paid \xF7 charged (${p.paid} \xF7 ${p.charged}) = ${p.expected}.`, "en")
      },
      "duplicate-debt": {
        ja: /* @__PURE__ */ __name((p) => `\u540C\u3058\u50B5\u6A29\u300C${p.debt}\u300D\u304C\u8868\u306E\u4E2D\u306B\u4E8C\u5EA6\u3042\u308A\u307E\u3059\uFF08\u6700\u521D\u306F ${p.first}\uFF09\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The debt "${p.debt}" appears twice in the table (first at ${p.first}).`, "en")
      },
      "missing-value": {
        ja: /* @__PURE__ */ __name((p) => `${p.year}\u5E74\u5EA6\u306E\u5024\u304C\u7A7A\u6B04\u3067\u3059\uFF08\u524D\u5F8C\u306E\u5E74\u5EA6\u306B\u306F\u5024\u304C\u3042\u308A\u307E\u3059\uFF09\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The value for FY${p.year} is blank although the years around it have values.`, "en")
      },
      "large-change": {
        ja: /* @__PURE__ */ __name((p) => p.rate ? `${p.fromYear}\u5E74\u5EA6\u304B\u3089${p.toYear}\u5E74\u5EA6\u306B ${p.change} \u30DD\u30A4\u30F3\u30C8\u5909\u5316\u3057\u3066\u3044\u307E\u3059\uFF08${p.from} \u2192 ${p.to}\uFF09\u3002` : `${p.fromYear}\u5E74\u5EA6\u304B\u3089${p.toYear}\u5E74\u5EA6\u306B ${p.change}% \u5909\u5316\u3057\u3066\u3044\u307E\u3059\uFF08${p.from} \u2192 ${p.to}\uFF09\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `A change of ${p.change}${p.rate ? " points" : "%"} from FY${p.fromYear} to FY${p.toYear} (${p.from} \u2192 ${p.to}).`, "en")
      },
      "unknown-debt": {
        ja: /* @__PURE__ */ __name((p) => `\u50B5\u6A29\u300C${p.debt}\u300D\u306F\u5206\u985E\u8868\u306B\u3042\u308A\u307E\u305B\u3093\u3002${p.suggestions ? `\u8FD1\u3044\u540D\u79F0: ${p.suggestions}` : ""}`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The debt "${p.debt}" is not in the classification catalog.${p.suggestions ? ` Closest: ${p.suggestions}` : ""}`, "en")
      },
      "classification-conflict": {
        ja: /* @__PURE__ */ __name((p) => `\u300C${p.debt}\u300D\u306F${p.given}\u3068\u3055\u308C\u3066\u3044\u307E\u3059\u304C\u3001\u5206\u985E\u8868\u3067\u306F${p.usual}\u3067\u3059\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `"${p.debt}" is listed as ${p.given}, but the catalog classes it as ${p.usual}.`, "en")
      },
      "classification-variant": {
        ja: /* @__PURE__ */ __name((p) => `\u300C${p.debt}\u300D\u3092${p.given}\u3068\u3059\u308B\u6271\u3044\u306F\u3001\u901A\u5E38\uFF08${p.usual}\uFF09\u3068\u7570\u306A\u308A\u307E\u3059\u304C\u3001\u8A8D\u3081\u3089\u308C\u3066\u3044\u308B\u89E3\u91C8\u3067\u3059\u3002${p.note ?? ""}`, "ja"),
        en: /* @__PURE__ */ __name((p) => `"${p.debt}" as ${p.given} differs from the usual ${p.usual}, but is a recognised local reading.`, "en")
      },
      "measure-not-allowed": {
        ja: /* @__PURE__ */ __name((p) => `\u300C${p.measure}\u300D\u306F${p.cls}\u3067\u3042\u308B\u300C${p.debt}\u300D\u306B\u306F\u4F7F\u3048\u306A\u3044\u63AA\u7F6E\u3067\u3059\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The measure "${p.measure}" is not available for "${p.debt}", a ${p.cls}.`, "en")
      },
      "settings-invalid": {
        ja: /* @__PURE__ */ __name((p) => `\u30D6\u30C3\u30AF\u306B\u4FDD\u5B58\u3055\u308C\u305F saiken \u306E\u8A2D\u5B9A\u304C\u58CA\u308C\u3066\u3044\u308B\u305F\u3081\u7121\u8996\u3057\u3001\u65E2\u5B9A\u5024\u3067\u51E6\u7406\u3057\u307E\u3057\u305F\u3002${p.detail}`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The saiken settings stored in the workbook are damaged; they were ignored and defaults used. ${p.detail}`, "en")
      },
      "era-year-mismatch": {
        ja: /* @__PURE__ */ __name((p) => `\u548C\u66A6\u300C${p.era}\u300D\uFF08${p.eraYear}\u5E74\uFF09\u3068\u897F\u66A6\u300C${p.western}\u5E74\u300D\u304C\u4E00\u81F4\u3057\u307E\u305B\u3093\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The era year "${p.era}" (${p.eraYear}) and the western year ${p.western} disagree.`, "en")
      },
      "rollforward-mismatch": {
        ja: /* @__PURE__ */ __name((p) => `\u5E74\u5EA6\u672B\u306E\u984D\u304C\u5408\u3044\u307E\u305B\u3093\u3002${p.formula} = ${p.expected} \u3067\u3059\u304C\u3001${p.actual} \u3068\u8A18\u8F09\u3055\u308C\u3066\u3044\u307E\u3059\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The year-end balance does not follow from the year's flows: ${p.formulaEn} = ${p.expected}, but ${p.actual} is shown.`, "en")
      },
      "carryover-mismatch": {
        ja: /* @__PURE__ */ __name((p) => `${p.year}\u5E74\u5EA6\u306E\u5E74\u5EA6\u5F53\u521D\u306E\u984D ${p.actual} \u304C\u3001\u524D\u5E74\u5EA6\u306E\u5E74\u5EA6\u672B\u306E\u984D ${p.expected}\uFF08${p.from}\uFF09\u3068\u4E00\u81F4\u3057\u307E\u305B\u3093\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The opening balance of FY${p.year} (${p.actual}) differs from the previous year's closing balance ${p.expected} (${p.from}).`, "en")
      },
      "ratio-mismatch": {
        ja: /* @__PURE__ */ __name((p) => `\u6BD4\u7387\u304C\u5408\u3044\u307E\u305B\u3093\u3002${p.formula} = ${p.expected} \u3067\u3059\u304C\u3001${p.actual} \u3068\u8A18\u8F09\u3055\u308C\u3066\u3044\u307E\u3059\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The ratio does not match: ${p.formula} = ${p.expected}, but ${p.actual} is shown.`, "en")
      },
      "department-variant": {
        ja: /* @__PURE__ */ __name((p) => `\u6240\u7BA1\u8AB2\u540D\u300C${p.name}\u300D\u306F\u300C${p.main}\u300D\uFF08${p.mainAt} \u307B\u304B${p.mainRows}\u884C\uFF09\u306E\u5225\u8868\u8A18\u3068\u307F\u3089\u308C\u307E\u3059\uFF08${p.rows}\u884C\uFF09\u3002\u96C6\u8A08\u3067\u306F\u300C${p.main}\u300D\u306B\u307E\u3068\u3081\u307E\u3059\u3002\u8868\u8A18\u3092\u305D\u308D\u3048\u3066\u304F\u3060\u3055\u3044\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `The department "${p.name}" (${p.rows} rows) looks like another spelling of "${p.main}" (${p.mainAt}, ${p.mainRows} rows); the summary groups it under "${p.main}". Use one spelling.`, "en")
      },
      "validation-kept": {
        ja: /* @__PURE__ */ __name((p) => `${p.range} \u306B\u306F\u5229\u7528\u8005\u304C\u8A2D\u5B9A\u3057\u305F\u5165\u529B\u898F\u5247\u304C\u3042\u308B\u305F\u3081\u3001saiken \u306E\u5165\u529B\u898F\u5247\u306F\u8A2D\u5B9A\u305B\u305A\u3001\u65E2\u5B58\u306E\u898F\u5247\u3092\u305D\u306E\u307E\u307E\u6B8B\u3057\u307E\u3057\u305F\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `${p.range} already has a data validation rule of the user's own: saiken left it as it is and installed none there.`, "en")
      },
      "merged-cell-skipped": {
        ja: /* @__PURE__ */ __name((p) => `${p.cell} \u306F\u7D50\u5408\u30BB\u30EB ${p.area} \u306E\u4E00\u90E8\uFF08\u5DE6\u4E0A\u306F ${p.anchor}\uFF09\u306E\u305F\u3081\u3001\u6570\u5F0F\u3092\u66F8\u304D\u8FBC\u307F\u307E\u305B\u3093\u3067\u3057\u305F\u3002Excel \u306F\u7D50\u5408\u30BB\u30EB\u306E\u5DE6\u4E0A\u4EE5\u5916\u306B\u66F8\u3044\u305F\u5024\u3092\u8868\u793A\u3057\u307E\u305B\u3093\u3002\u7D50\u5408\u3092\u89E3\u9664\u3059\u308B\u3068\u66F8\u304D\u8FBC\u3081\u307E\u3059\u3002`, "ja"),
        en: /* @__PURE__ */ __name((p) => `${p.cell} lies inside the merged cells ${p.area} (top-left ${p.anchor}): saiken wrote no formula there, as Excel shows nothing written to a merged area but its top-left cell. Unmerge the cells to have it written.`, "en")
      }
    };
    REJECT_REASONS = {
      "no-values": { ja: "\u6570\u5024\u306E\u5217\uFF08\u5E74\u5EA6\u30FB\u5B9F\u7E3E\u30FB\u76EE\u6A19\uFF09\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093", en: "no value columns (years, actual, target) found" },
      "no-label": { ja: "\u50B5\u6A29\u540D\u306E\u5217\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093", en: "no debt-name column found" },
      "no-rows": { ja: "\u898B\u51FA\u3057\u306E\u4E0B\u306B\u30C7\u30FC\u30BF\u884C\u304C\u3042\u308A\u307E\u305B\u3093", en: "no data rows below the header" },
      "no-header": { ja: "\u898B\u51FA\u3057\u884C\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093", en: "no header row found" }
    };
    __name(findingMessage, "findingMessage");
  }
});

// src/core/recognize/model.ts
var DEBT_CLASSES, LEDGER_ITEMS, ITEMS;
var init_model = __esm({
  "src/core/recognize/model.ts"() {
    "use strict";
    DEBT_CLASSES = ["\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29", "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29", "\u79C1\u50B5\u6A29"];
    LEDGER_ITEMS = ["\u8ABF\u5B9A\u984D", "\u53CE\u5165\u6E08\u984D", "\u4E0D\u7D0D\u6B20\u640D\u984D", "\u53CE\u5165\u672A\u6E08\u984D", "\u9084\u4ED8\u672A\u6E08\u984D", "\u53CE\u7D0D\u7387"];
    ITEMS = [
      ...LEDGER_ITEMS,
      "\u6EDE\u7D0D\u7E70\u8D8A\u984D",
      "\u5E74\u5EA6\u5F53\u521D",
      "\u56DE\u53CE\u984D",
      "\u57F7\u884C\u505C\u6B62\u984D",
      "\u6642\u52B9\u984D",
      "\u8ABF\u6574\u984D",
      "\u73FE\u5E74\u5EA6\u767A\u751F\u5206",
      "\u5E74\u5EA6\u672B",
      "\u4EF6\u6570",
      "\u91D1\u984D",
      "\u76EE\u6A19\u9032\u6357\u7387",
      "\u6BD4\u7387"
    ];
  }
});

// src/core/catalog/schema.ts
var schema_exports = {};
__export(schema_exports, {
  CatalogDataSchema: () => CatalogDataSchema,
  DEBT_CLASSES: () => DEBT_CLASSES,
  DebtClassSchema: () => DebtClassSchema,
  EntrySchema: () => EntrySchema,
  LimitationSchema: () => LimitationSchema,
  MEASURES: () => MEASURES,
  MeasureSchema: () => MeasureSchema,
  NAME_MAX: () => NAME_MAX,
  OVERRIDE_ENTRIES_MAX: () => OVERRIDE_ENTRIES_MAX,
  OverrideEntrySchema: () => OverrideEntrySchema,
  VariantSchema: () => VariantSchema,
  WorkbookOverridesSchema: () => WorkbookOverridesSchema,
  parseOverrides: () => parseOverrides,
  parseOverridesJson: () => parseOverridesJson
});
function parseOverrides(input) {
  const r = WorkbookOverridesSchema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, error: import_zod.z.prettifyError(r.error) };
}
function parseOverridesJson(json) {
  if (json.length > 2e6) return { ok: false, error: "overrides are larger than 2 MB" };
  let data;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: `overrides are not JSON: ${e.message}` };
  }
  return parseOverrides(data);
}
var import_zod, DebtClassSchema, MEASURES, MeasureSchema, PLAIN, text, note, NAME_MAX, OVERRIDE_ENTRIES_MAX, Name, Slug, Source, VariantSchema, LimitationSchema, EntrySchema, MeasuresByClassSchema, CatalogDataSchema, OverrideEntrySchema, WorkbookOverridesSchema;
var init_schema = __esm({
  "src/core/catalog/schema.ts"() {
    "use strict";
    import_zod = require("zod");
    init_model();
    DebtClassSchema = import_zod.z.enum(DEBT_CLASSES);
    MEASURES = [
      "\u7763\u4FC3",
      "\u5EF6\u6EDE\u91D1",
      "\u9045\u5EF6\u640D\u5BB3\u91D1",
      "\u6EDE\u7D0D\u51E6\u5206",
      "\u57F7\u884C\u505C\u6B62",
      "\u5FB4\u53CE\u7336\u4E88",
      "\u63DB\u4FA1\u306E\u7336\u4E88",
      "\u652F\u6255\u7763\u4FC3",
      "\u8A34\u8A1F",
      "\u5F37\u5236\u57F7\u884C",
      "\u5C11\u984D\u8A34\u8A1F",
      "\u5FB4\u53CE\u505C\u6B62",
      "\u5C65\u884C\u5EF6\u671F",
      "\u514D\u9664",
      "\u50B5\u6A29\u653E\u68C4",
      "\u4E0D\u7D0D\u6B20\u640D"
    ];
    MeasureSchema = import_zod.z.enum(MEASURES);
    PLAIN = /^[^\u0000-\u001f\u007f]*$/;
    text = /* @__PURE__ */ __name((max2) => import_zod.z.string().trim().min(1).max(max2).regex(PLAIN, { message: "control characters are not allowed" }), "text");
    note = /* @__PURE__ */ __name((max2) => import_zod.z.string().trim().max(max2).regex(PLAIN, { message: "control characters are not allowed" }), "note");
    NAME_MAX = 100;
    OVERRIDE_ENTRIES_MAX = 500;
    Name = text(NAME_MAX);
    Slug = import_zod.z.string().max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "an id is a lower-case ascii slug (a-z, 0-9, -)" });
    Source = text(200);
    VariantSchema = import_zod.z.strictObject({
      class: DebtClassSchema,
      note: note(500),
      source: Source,
      /** Allowed measures under this reading, when they differ from the class default. */
      measures: import_zod.z.array(MeasureSchema).max(MEASURES.length).optional()
    });
    LimitationSchema = import_zod.z.strictObject({
      /** Years; null when it varies with the debt's basis or is unknown. */
      years: import_zod.z.number().int().min(1).max(50).nullable(),
      invocationRequired: import_zod.z.boolean(),
      basis: note(500),
      /** The period under the civil code before 2020-04-01 (旧民法), for causes arising before then. */
      formerYears: import_zod.z.number().int().min(1).max(50).nullable().optional()
    });
    EntrySchema = import_zod.z.strictObject({
      id: Slug,
      /** Canonical Japanese name. */
      name: Name,
      /** Spelling variants, abbreviations, older names, the seeds' exact spellings. */
      aliases: import_zod.z.array(Name).max(50).default([]),
      /** A family the entry belongs to (e.g. 市税); the family's root is the entry named so. */
      family: Name.optional(),
      /** The usual (national) class. */
      class: DebtClassSchema,
      /** Recognised local interpretations that differ from the usual class. */
      variants: import_zod.z.array(VariantSchema).max(10).default([]),
      /** The debt is split by legal basis (the seeds' "(一部)"): every variant class is equally right. */
      splitByBasis: import_zod.z.boolean().default(false),
      /** Legal basis. */
      basis: note(500).default(""),
      limitation: LimitationSchema,
      /** Allowed measures under the usual class when they differ from the class default. */
      measures: import_zod.z.array(MeasureSchema).max(MEASURES.length).optional(),
      /** domain.md marks the class UNCONFIRMED, or the catalog inferred it: a soft rule. */
      unconfirmed: import_zod.z.boolean().default(false),
      sources: import_zod.z.array(Source).min(1).max(20),
      note: note(1e3).optional()
    });
    MeasuresByClassSchema = import_zod.z.strictObject({
      \u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29: import_zod.z.array(MeasureSchema),
      \u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29: import_zod.z.array(MeasureSchema),
      \u79C1\u50B5\u6A29: import_zod.z.array(MeasureSchema)
    });
    CatalogDataSchema = import_zod.z.strictObject({
      version: import_zod.z.string().min(1).max(40),
      entries: import_zod.z.array(EntrySchema).min(1),
      /** domain.md §2.3 written once: the measures each class allows by default. */
      measuresByClass: MeasuresByClassSchema,
      /**
       * Words municipalities write in a measures column → measure ids. Several ids: the word may
       * mean either (差押 is 滞納処分 for a 強制徴収公債権, 強制執行 otherwise), so it is allowed
       * when one of them is. An empty list: a known word that is no measure of the matrix
       * (催告, 分納, 財産調査 …), never a finding.
       */
      measureAliases: import_zod.z.record(import_zod.z.string().min(1).max(NAME_MAX), import_zod.z.array(MeasureSchema).max(MEASURES.length)),
      /** Family roots → name endings that still mean a member (… 税 → 市税) when nothing closer matches. */
      familySuffixes: import_zod.z.record(import_zod.z.string().min(1).max(NAME_MAX), import_zod.z.array(import_zod.z.string().min(1).max(10))).optional()
    }).superRefine((data, ctx) => {
      const ids = /* @__PURE__ */ new Set();
      const names = new Set(data.entries.map((e) => e.name));
      data.entries.forEach((e, i2) => {
        if (ids.has(e.id)) ctx.addIssue({ code: "custom", path: ["entries", i2, "id"], message: `duplicate id ${e.id}` });
        ids.add(e.id);
        if (e.family !== void 0 && !names.has(e.family))
          ctx.addIssue({ code: "custom", path: ["entries", i2, "family"], message: `family ${e.family} has no root entry of that name` });
        e.variants.forEach((v, j) => {
          if (v.class === e.class)
            ctx.addIssue({ code: "custom", path: ["entries", i2, "variants", j, "class"], message: `variant repeats the usual class of ${e.name}` });
        });
      });
    });
    OverrideEntrySchema = import_zod.z.strictObject({
      id: Slug.optional(),
      name: Name,
      class: DebtClassSchema,
      aliases: import_zod.z.array(Name).max(50).optional(),
      family: Name.optional(),
      variants: import_zod.z.array(VariantSchema).max(10).optional(),
      splitByBasis: import_zod.z.boolean().optional(),
      basis: note(500).optional(),
      limitation: LimitationSchema.optional(),
      measures: import_zod.z.array(MeasureSchema).max(MEASURES.length).optional(),
      unconfirmed: import_zod.z.boolean().optional(),
      sources: import_zod.z.array(Source).max(20).optional(),
      note: note(1e3).optional()
    });
    WorkbookOverridesSchema = import_zod.z.strictObject({
      version: import_zod.z.literal(1),
      entries: import_zod.z.array(OverrideEntrySchema).max(OVERRIDE_ENTRIES_MAX)
    });
    __name(parseOverrides, "parseOverrides");
    __name(parseOverridesJson, "parseOverridesJson");
  }
});

// src/core/settings.ts
var DEPARTMENTS_MAX, DEPARTMENT_LENGTH, DEFAULT_SETTINGS;
var init_settings = __esm({
  "src/core/settings.ts"() {
    "use strict";
    DEPARTMENTS_MAX = 2e3;
    DEPARTMENT_LENGTH = 100;
    DEFAULT_SETTINGS = { blankAsZero: false, largeChangePoints: 20, largeChangeRatio: 0.5, installDataValidation: false, expectedDepartments: [] };
  }
});

// src/core/settings-schema.ts
var import_zod2, SettingsSchema;
var init_settings_schema = __esm({
  "src/core/settings-schema.ts"() {
    "use strict";
    import_zod2 = require("zod");
    init_settings();
    SettingsSchema = import_zod2.z.object({
      /** The older convention: a blank operand counts as zero in deltas and totals. */
      blankAsZero: import_zod2.z.boolean().default(false),
      /** large-change: a rate moving more than this many points between consecutive years. */
      largeChangePoints: import_zod2.z.number().min(0).max(100).default(20),
      /** large-change: an amount changing by more than this fraction between consecutive years. */
      largeChangeRatio: import_zod2.z.number().min(0).max(100).default(0.5),
      /** Install Excel data validation on recognized tables (Excel host). */
      installDataValidation: import_zod2.z.boolean().default(false),
      /** 取りまとめ: the departments expected to submit; those no file names are listed as 未提出. */
      expectedDepartments: import_zod2.z.array(import_zod2.z.string().trim().min(1).max(DEPARTMENT_LENGTH)).max(DEPARTMENTS_MAX).default([])
    }).strict();
  }
});

// src/core/marks.ts
function isCell(ref2) {
  const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(ref2);
  if (!m) return false;
  const { r, c } = parseA1(ref2);
  return r < MAX_ROW && c < MAX_COL;
}
function isArea(ref2) {
  const [from, to, more] = ref2.split(":");
  return more === void 0 && isCell(from) && (to === void 0 || isCell(to));
}
function entrySlot(e) {
  const a = entryArea(e);
  const { r, c } = parseA1(e.backup);
  return { top: r, left: c, bottom: r + a.bottom - a.top, right: c + a.right - a.left };
}
function entryArea(e) {
  return parseArea(e.area ?? e.cell);
}
var MAX_ROW, MAX_COL, BACKUP_FIRST_COLUMN;
var init_marks = __esm({
  "src/core/marks.ts"() {
    "use strict";
    init_workbook();
    MAX_ROW = 1048576;
    MAX_COL = 16384;
    __name(isCell, "isCell");
    __name(isArea, "isArea");
    BACKUP_FIRST_COLUMN = 2;
    __name(entrySlot, "entrySlot");
    __name(entryArea, "entryArea");
  }
});

// src/core/marks-schema.ts
var import_zod3, CellRef, AreaRef, MarkEntrySchema, MarksRecordSchema;
var init_marks_schema = __esm({
  "src/core/marks-schema.ts"() {
    "use strict";
    import_zod3 = require("zod");
    init_workbook();
    init_marks();
    CellRef = import_zod3.z.string().refine(isCell, "not a cell address inside the grid (A1 \u2026 XFD1048576)");
    AreaRef = import_zod3.z.string().refine(isArea, "not a range address inside the grid");
    MarkEntrySchema = import_zod3.z.object({
      sheet: import_zod3.z.string().min(1).max(31),
      /** The finding's cell (the top-left cell when it is merged). */
      cell: CellRef,
      /** The merged area the cell belongs to, when it is merged: the fill covers it all. */
      area: AreaRef.optional(),
      severity: import_zod3.z.enum(["error", "warning", "info"]),
      /** Top-left cell of the copy of the prior formats, on the data sheet. */
      backup: CellRef.refine((ref2) => parseA1(ref2).c >= BACKUP_FIRST_COLUMN, "backups live from column C on"),
      /** What saiken added to the cell: a comment, a note, or nothing (the cell had its own). */
      annotation: import_zod3.z.enum(["comment", "note"]).nullable()
    }).strict();
    MarksRecordSchema = import_zod3.z.object({
      version: import_zod3.z.literal(1),
      entries: import_zod3.z.array(MarkEntrySchema).max(2e5)
    }).strict().superRefine((rec, ctx) => {
      const cells = /* @__PURE__ */ new Set();
      const slots = [];
      rec.entries.forEach((e, i2) => {
        if (!e || !isCell(e.cell) || !isCell(e.backup) || e.area !== void 0 && !isArea(e.area)) return;
        const key = `${e.sheet}!${e.cell}`;
        if (cells.has(key)) ctx.addIssue({ code: "custom", path: ["entries", i2, "cell"], message: `${key} is recorded twice` });
        cells.add(key);
        if (e.area) {
          const a = parseArea(e.area);
          const { r, c } = parseA1(e.cell);
          if (a.top !== r || a.left !== c) ctx.addIssue({ code: "custom", path: ["entries", i2, "area"], message: `${e.area} does not start at ${e.cell}` });
        }
        const slot = entrySlot(e);
        if (slot.bottom >= MAX_ROW || slot.right >= MAX_COL) ctx.addIssue({ code: "custom", path: ["entries", i2, "backup"], message: "backup outside the grid" });
        slots.push({ top: slot.top, bottom: slot.bottom, i: i2 });
      });
      slots.sort((a, b) => a.top - b.top);
      for (let k = 1; k < slots.length; k++) {
        if (slots[k].top <= slots[k - 1].bottom) ctx.addIssue({ code: "custom", path: ["entries", slots[k].i, "backup"], message: "backups overlap" });
      }
    });
  }
});

// src/core/workbook-data-schema.ts
var workbook_data_schema_exports = {};
__export(workbook_data_schema_exports, {
  ColumnMappingSchema: () => ColumnMappingSchema,
  MappingsSchema: () => MappingsSchema,
  TableMappingSchema: () => TableMappingSchema,
  isStoredDocument: () => isStoredDocument,
  validateStored: () => validateStored
});
function isStoredDocument(json) {
  return StoredSchema.safeParse(json).success;
}
function validateStored(json, out, problem2) {
  const doc = StoredSchema.safeParse(json);
  if (!doc.success) {
    out.findings.push(problem2(import_zod4.z.prettifyError(doc.error)));
    return;
  }
  const stored = doc.data;
  if (stored.mappings !== void 0) {
    const m = MappingsSchema.safeParse(stored.mappings);
    if (m.success) out.mappings = m.data.tables.flatMap((t) => t.columns.map((c) => ({ sheet: t.sheet, anchor: t.anchor, ...c })));
    else out.findings.push(problem2(`mappings: ${import_zod4.z.prettifyError(m.error)}`));
  }
  if (stored.settings !== void 0) {
    const s = SettingsSchema.safeParse(stored.settings);
    if (s.success) out.settings = s.data;
    else out.findings.push(problem2(`settings: ${import_zod4.z.prettifyError(s.error)}`));
  }
  if (stored.catalog !== void 0) {
    const c = WorkbookOverridesSchema.safeParse(stored.catalog);
    if (c.success) out.overrides = c.data;
    else out.findings.push(problem2(`catalog: ${import_zod4.z.prettifyError(c.error)}`));
  }
  if (stored.marks !== void 0) {
    const m = MarksRecordSchema.safeParse(stored.marks);
    if (m.success) out.marks = m.data;
    else out.findings.push(problem2(`marks: ${import_zod4.z.prettifyError(m.error)}`));
  }
}
var import_zod4, StoredSchema, ColumnMappingSchema, TableMappingSchema, MappingsSchema;
var init_workbook_data_schema = __esm({
  "src/core/workbook-data-schema.ts"() {
    "use strict";
    import_zod4 = require("zod");
    init_settings_schema();
    init_schema();
    init_marks_schema();
    init_workbook_data();
    StoredSchema = import_zod4.z.looseObject({ version: import_zod4.z.literal(1) });
    ColumnMappingSchema = import_zod4.z.strictObject({
      column: import_zod4.z.string().regex(/^[A-Z]{1,3}$/),
      role: import_zod4.z.enum(ROLE_NAMES).optional(),
      fiscalYear: import_zod4.z.number().int().min(1900).max(2200).nullable().optional(),
      kind: import_zod4.z.enum(["actual", "target", "forecast"]).nullable().optional()
    });
    TableMappingSchema = import_zod4.z.strictObject({
      sheet: import_zod4.z.string().min(1).max(31),
      anchor: import_zod4.z.string().regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/),
      columns: import_zod4.z.array(ColumnMappingSchema).max(300)
    });
    MappingsSchema = import_zod4.z.strictObject({ version: import_zod4.z.literal(1), tables: import_zod4.z.array(TableMappingSchema).max(500) });
    __name(isStoredDocument, "isStoredDocument");
    __name(validateStored, "validateStored");
  }
});

// src/core/workbook-data.ts
function schemas() {
  return init_workbook_data_schema(), __toCommonJS(workbook_data_schema_exports);
}
function problem(detail, cell = "A2") {
  return { code: "settings-invalid", severity: "warning", sheet: DATA_SHEET, cell, ...findingMessage("settings-invalid", { detail }) };
}
function storedText(sheet) {
  let text2 = "";
  for (let r = 1; r < sheet.rows.length; r++) {
    const v = sheet.rows[r]?.[0]?.value;
    if (typeof v === "string") text2 += v;
  }
  return text2;
}
function readWorkbookData(wb) {
  const out = { mappings: [], settings: DEFAULT_SETTINGS, overrides: null, marks: null, findings: [] };
  const sheet = wb.sheets.find((s) => s.name === DATA_SHEET);
  if (!sheet) return out;
  const text2 = storedText(sheet);
  if (text2 === "") return out;
  if (text2.length > DATA_LIMIT) return { ...out, findings: [problem("2 MB \u3092\u8D85\u3048\u3066\u3044\u307E\u3059 / larger than 2 MB")] };
  let json;
  try {
    json = JSON.parse(text2);
  } catch (e) {
    return { ...out, findings: [problem(`JSON \u3067\u306F\u3042\u308A\u307E\u305B\u3093 / not JSON (${e.message})`)] };
  }
  schemas().validateStored(json, out, problem);
  return out;
}
var DATA_SHEET, DATA_LIMIT, ROLE_NAMES;
var init_workbook_data = __esm({
  "src/core/workbook-data.ts"() {
    "use strict";
    init_settings();
    init_findings();
    DATA_SHEET = "_saiken";
    DATA_LIMIT = 2e6;
    ROLE_NAMES = ["department", "debt", "division", "classification", "value", "delta", "note", "other"];
    __name(schemas, "schemas");
    __name(problem, "problem");
    __name(storedText, "storedText");
    __name(readWorkbookData, "readWorkbookData");
  }
});

// src/cli/worker.ts
var worker_exports = {};
module.exports = __toCommonJS(worker_exports);
var import_node_worker_threads = require("node:worker_threads");

// src/cli/job.ts
var import_promises2 = require("node:fs/promises");
var import_node_path2 = require("node:path");
var import_node_v82 = require("node:v8");

// src/i18n/en.ts
var en = {
  appName: "Receivables Plan add-in",
  commandRecognize: "Recognize",
  commandValidate: "Validate",
  commandRecalc: "Recalculate",
  commandSummary: "Summary & charts",
  commandClearMarks: "Clear marks",
  commandTaskpane: "Task pane",
  paneTitle: "Receivables Plan add-in",
  paneIntro: "Use the Receivables tab on the ribbon to recognize, validate, recalculate and summarize. Results appear in the workbook cells and in this pane.",
  paneComingSoon: "A later version lists the recognized tables and the findings in this pane.",
  workbenchTitle: "saiken Receivables Plan add-in \u2014 browser workbench",
  workbenchWhat: "This page is the task pane of the Receivables Plan add-in, opened outside Excel in a plain browser.",
  workbenchExcelHeading: "Use it in Excel",
  workbenchExcel: "Open a workbook in Excel (Excel 2021 or later, or Microsoft 365) with the add-in sideloaded, and use the Receivables tab on the ribbon.",
  workbenchCliHeading: "Try it from the command line",
  workbenchCli: "Recognizes and validates the bundled sample (Tsuyama city, 2nd plan) and prints the result:",
  workbenchLater: "A later version adds a workbench that opens .xlsx files (including the bundled sample) right in the browser, runs the commands and lets you download the result.",
  outcomeRecognize: "Recognize: {tables} plan tables found ({errors} errors, {warnings} warnings, {infos} infos).",
  outcomeRecognizeNone: "Recognize: no plan table found. Check that the tables have headers (department, debt name, fiscal years).",
  outcomeValidate: "Validate: {tables} plan tables, {errors} errors, {warnings} warnings, {infos} infos. {marked} cells marked.",
  outcomeValidateClean: "Validate: no problem found in {tables} plan tables.",
  outcomeRecalc: "Recalculate: formulas and formats written to {cells} cells ({tables} plan tables; {replaced} replaced values kept on the change-log sheet). {errors} errors and {warnings} warnings remain.",
  outcomeRecalcNothing: "Recalculate: no cell needed rewriting ({tables} plan tables).",
  outcomeSummary: "Summary & charts: {sheets} sheets created or updated, {charts} charts and {cells} cells written.",
  outcomeClearMarks: "Clear marks: {cleared} cells restored to their formatting before they were marked.",
  outcomeClearNothing: "Clear marks: there were no marks to clear.",
  outcomeSettingsSaved: "Settings saved in the workbook.",
  errorCellEdit: "A cell is being edited. Press Enter or Esc to finish editing, then run the command again. The workbook was not changed.",
  errorProtectedSheet: 'The sheet "{sheet}" is protected, so nothing could be written. Unprotect it (Review > Unprotect Sheet) and run the command again. The workbook was not changed.',
  errorProtectedWorkbook: "The workbook structure is protected, so sheets could not be added or changed. Unprotect it (Review > Protect Workbook) and run the command again. The workbook was not changed.",
  errorChanged: "The workbook changed while the command ran ({detail}). To avoid overwriting those changes nothing was written. Run the command again.",
  errorMarksDamaged: 'The record of the marks (hidden sheet "_saiken") is damaged or was edited, so no mark was added or removed. The workbook was not changed. ({detail})',
  errorDataDamaged: 'The stored settings (hidden sheet "_saiken") are damaged, so they were not overwritten. The workbook was not changed. ({detail})',
  errorTooLarge: "The workbook is too large for one exchange with Excel ({detail}). Try splitting the sheets.",
  errorUnsupported: "This version of Excel cannot do this ({feature} is needed). Use Excel 2021 or later, or Microsoft 365.",
  errorBusy: "Another command is running. Run this one again when it has finished.",
  errorNotAvailable: "{command} is not available in this version yet.",
  errorNotInExcel: "This command works only inside Excel.",
  errorSummaryEdited: "The generated sheets ({sheets}) were edited by hand. Confirm in the task pane (Summary & charts) before they are replaced. The workbook was not changed.",
  errorGeneric: "Stopped by an unexpected error ({detail}).",
  legacyTitle: "This add-in needs Excel 2021 or later, or Microsoft 365",
  legacyBody: "Your version of Excel (Office 2019 or older) cannot show this task pane. Open the workbook in Excel 2021 or later, or in Microsoft 365.",
  // The Excel host (issue 13): a cell Excel cannot take, refused before anything is written.
  errorCellLimit: "What would be written to {sheet}!{cell} is over an Excel limit ({detail}). The workbook was not changed.",
  // Undo of the last recalculation from the change log.
  outcomeUndo: "Undo: the {cells} cells the last recalculation rewrote have their former values back.",
  undoNothing: "Undo: there is no recalculation to undo (the change log records none, or it was already undone).",
  undoEdited: "Undo: {sheet}!{cell} was edited after the recalculation (it now holds: {now}). Nothing was changed, so as not to overwrite it.",
  // A write into a merged area other than its top-left cell: Excel would not keep it.
  errorMergedCell: "{sheet}!{cell} lies inside the merged cells {detail}, not at their top-left: Excel would not show what is written there, so the workbook was not changed.",
  undoEditedEmpty: "Undo: {sheet}!{cell} was edited after the recalculation (it is now empty). Nothing was changed, so as not to overwrite it.",
  undoSheetMissing: 'Undo: the sheet "{sheet}" of {sheet}!{cell} in the change log is gone (renamed or deleted). Nothing was changed.',
  undoUnrestorable: 'Undo: the former content of {sheet}!{cell} ({kindEn}: {before}) cannot be written back as it was. Nothing was changed. Re-enter it by hand from row {row} of the change-log sheet "{log}".'
};

// src/i18n/ja.ts
var ja = {
  appName: "\u50B5\u6A29\u7BA1\u7406\u8A08\u753B\u30A2\u30C9\u30A4\u30F3",
  // Ribbon command names, as on the 債権管理 tab (the manifest holds the ribbon's own copy).
  commandRecognize: "\u8A8D\u8B58",
  commandValidate: "\u691C\u8A3C",
  commandRecalc: "\u518D\u8A08\u7B97",
  commandSummary: "\u96C6\u8A08\u30FB\u30B0\u30E9\u30D5",
  commandClearMarks: "\u30DE\u30FC\u30AF\u89E3\u9664",
  commandTaskpane: "\u4F5C\u696D\u30A6\u30A3\u30F3\u30C9\u30A6",
  // The pane inside Excel, until the full pane arrives.
  paneTitle: "\u50B5\u6A29\u7BA1\u7406\u8A08\u753B\u30A2\u30C9\u30A4\u30F3",
  paneIntro: "\u30EA\u30DC\u30F3\u306E\uFF3B\u50B5\u6A29\u7BA1\u7406\uFF3D\u30BF\u30D6\u304B\u3089\u3001\u8A8D\u8B58\u30FB\u691C\u8A3C\u30FB\u518D\u8A08\u7B97\u30FB\u96C6\u8A08\u30FB\u30B0\u30E9\u30D5\u3092\u5B9F\u884C\u3067\u304D\u307E\u3059\u3002\u7D50\u679C\u306F\u30D6\u30C3\u30AF\u306E\u30BB\u30EB\u3068\u3053\u306E\u30A6\u30A3\u30F3\u30C9\u30A6\u306B\u8868\u793A\u3055\u308C\u307E\u3059\u3002",
  paneComingSoon: "\u8A8D\u8B58\u3057\u305F\u8868\u3068\u691C\u8A3C\u7D50\u679C\u306E\u4E00\u89A7\u306F\u3001\u4ECA\u5F8C\u306E\u30D0\u30FC\u30B8\u30E7\u30F3\u3067\u3053\u306E\u30A6\u30A3\u30F3\u30C9\u30A6\u306B\u8868\u793A\u3055\u308C\u307E\u3059\u3002",
  // The same page opened in a plain browser (no Office host).
  workbenchTitle: "saiken \u50B5\u6A29\u7BA1\u7406\u8A08\u753B\u30A2\u30C9\u30A4\u30F3 \u2014 \u30D6\u30E9\u30A6\u30B6\u4F5C\u696D\u53F0",
  workbenchWhat: "\u3053\u306E\u30DA\u30FC\u30B8\u306F\u50B5\u6A29\u7BA1\u7406\u8A08\u753B\u30A2\u30C9\u30A4\u30F3\u306E\u4F5C\u696D\u30A6\u30A3\u30F3\u30C9\u30A6\u3067\u3059\u3002\u3044\u307E\u306F Excel \u306E\u5916\uFF08\u901A\u5E38\u306E\u30D6\u30E9\u30A6\u30B6\uFF09\u3067\u958B\u304B\u308C\u3066\u3044\u307E\u3059\u3002",
  workbenchExcelHeading: "Excel \u3067\u4F7F\u3046",
  workbenchExcel: "\u30A2\u30C9\u30A4\u30F3\u3092\u30B5\u30A4\u30C9\u30ED\u30FC\u30C9\u3057\u305F Excel\uFF08Excel 2021 \u4EE5\u964D\u307E\u305F\u306F Microsoft 365\uFF09\u3067\u30D6\u30C3\u30AF\u3092\u958B\u304D\u3001\u30EA\u30DC\u30F3\u306E\uFF3B\u50B5\u6A29\u7BA1\u7406\uFF3D\u30BF\u30D6\u3092\u4F7F\u3063\u3066\u304F\u3060\u3055\u3044\u3002",
  workbenchCliHeading: "\u30B3\u30DE\u30F3\u30C9\u30E9\u30A4\u30F3\u3067\u8A66\u3059",
  workbenchCli: "\u540C\u68B1\u306E\u30B5\u30F3\u30D7\u30EB\uFF08\u6D25\u5C71\u5E02 \u7B2C2\u6B21\u8A08\u753B\uFF09\u3092\u8A8D\u8B58\u30FB\u691C\u8A3C\u3057\u3066\u7D50\u679C\u3092\u8868\u793A\u3057\u307E\u3059:",
  workbenchLater: "\u30D6\u30E9\u30A6\u30B6\u3060\u3051\u3067 .xlsx \u30D5\u30A1\u30A4\u30EB\uFF08\u540C\u68B1\u30B5\u30F3\u30D7\u30EB\u3092\u542B\u3080\uFF09\u3092\u958B\u3044\u3066\u30B3\u30DE\u30F3\u30C9\u3092\u5B9F\u884C\u3057\u3001\u7D50\u679C\u3092\u30C0\u30A6\u30F3\u30ED\u30FC\u30C9\u3067\u304D\u308B\u4F5C\u696D\u53F0\u306F\u3001\u4ECA\u5F8C\u306E\u30D0\u30FC\u30B8\u30E7\u30F3\u3067\u8FFD\u52A0\u3055\u308C\u307E\u3059\u3002",
  // Ribbon commands: what happened, shown in the pane (or with the pane opened). {name} fills in.
  outcomeRecognize: "\u8A8D\u8B58\uFF1A\u8A08\u753B\u8868 {tables} \u4EF6\u3092\u8A8D\u8B58\u3057\u307E\u3057\u305F\uFF08\u30A8\u30E9\u30FC {errors} \u4EF6\u3001\u8B66\u544A {warnings} \u4EF6\u3001\u60C5\u5831 {infos} \u4EF6\uFF09\u3002",
  outcomeRecognizeNone: "\u8A8D\u8B58\uFF1A\u8A08\u753B\u8868\u306F\u898B\u3064\u304B\u308A\u307E\u305B\u3093\u3067\u3057\u305F\u3002\u898B\u51FA\u3057\uFF08\u6240\u7BA1\u8AB2\u30FB\u50B5\u6A29\u540D\u30FB\u5E74\u5EA6\u306A\u3069\uFF09\u306E\u3042\u308B\u8868\u3092\u78BA\u8A8D\u3057\u3066\u304F\u3060\u3055\u3044\u3002",
  outcomeValidate: "\u691C\u8A3C\uFF1A\u8A08\u753B\u8868 {tables} \u4EF6\u3001\u30A8\u30E9\u30FC {errors} \u4EF6\u3001\u8B66\u544A {warnings} \u4EF6\u3001\u60C5\u5831 {infos} \u4EF6\u3002{marked} \u304B\u6240\u306E\u30BB\u30EB\u306B\u5370\u3092\u4ED8\u3051\u307E\u3057\u305F\u3002",
  outcomeValidateClean: "\u691C\u8A3C\uFF1A\u8A08\u753B\u8868 {tables} \u4EF6\u306B\u554F\u984C\u306F\u898B\u3064\u304B\u308A\u307E\u305B\u3093\u3067\u3057\u305F\u3002",
  outcomeRecalc: "\u518D\u8A08\u7B97\uFF1A{cells} \u30BB\u30EB\u306B\u6570\u5F0F\u3068\u66F8\u5F0F\u3092\u66F8\u304D\u8FBC\u307F\u307E\u3057\u305F\uFF08\u8A08\u753B\u8868 {tables} \u4EF6\u3001\u7F6E\u304D\u63DB\u3048\u305F\u5024 {replaced} \u4EF6\u306F\u5909\u66F4\u5C65\u6B74\u30B7\u30FC\u30C8\u306B\u8A18\u9332\uFF09\u3002\u6B8B\u308B\u30A8\u30E9\u30FC {errors} \u4EF6\u3001\u8B66\u544A {warnings} \u4EF6\u3002",
  outcomeRecalcNothing: "\u518D\u8A08\u7B97\uFF1A\u66F8\u304D\u63DB\u3048\u304C\u5FC5\u8981\u306A\u30BB\u30EB\u306F\u3042\u308A\u307E\u305B\u3093\u3067\u3057\u305F\uFF08\u8A08\u753B\u8868 {tables} \u4EF6\uFF09\u3002",
  outcomeSummary: "\u96C6\u8A08\u30FB\u30B0\u30E9\u30D5\uFF1A{sheets} \u30B7\u30FC\u30C8\u3092\u4F5C\u6210\u30FB\u66F4\u65B0\u3057\u3001\u30B0\u30E9\u30D5 {charts} \u500B\u3068 {cells} \u30BB\u30EB\u3092\u66F8\u304D\u8FBC\u307F\u307E\u3057\u305F\u3002",
  outcomeClearMarks: "\u30DE\u30FC\u30AF\u89E3\u9664\uFF1A{cleared} \u304B\u6240\u306E\u30BB\u30EB\u3092\u5370\u3092\u4ED8\u3051\u308B\u524D\u306E\u66F8\u5F0F\u306B\u623B\u3057\u307E\u3057\u305F\u3002",
  outcomeClearNothing: "\u30DE\u30FC\u30AF\u89E3\u9664\uFF1A\u89E3\u9664\u3059\u308B\u5370\u306F\u3042\u308A\u307E\u305B\u3093\u3067\u3057\u305F\u3002",
  outcomeSettingsSaved: "\u8A2D\u5B9A\u3092\u30D6\u30C3\u30AF\u306B\u4FDD\u5B58\u3057\u307E\u3057\u305F\u3002",
  // Why a command stopped. Each says what to do and whether the workbook changed.
  errorCellEdit: "\u30BB\u30EB\u3092\u7DE8\u96C6\u4E2D\u306E\u305F\u3081\u5B9F\u884C\u3067\u304D\u307E\u305B\u3093\u3067\u3057\u305F\u3002Enter \u30AD\u30FC\u307E\u305F\u306F Esc \u30AD\u30FC\u3067\u30BB\u30EB\u306E\u7DE8\u96C6\u3092\u7D42\u3048\u3066\u304B\u3089\u3001\u3082\u3046\u4E00\u5EA6\u5B9F\u884C\u3057\u3066\u304F\u3060\u3055\u3044\u3002\u30D6\u30C3\u30AF\u306F\u5909\u66F4\u3057\u3066\u3044\u307E\u305B\u3093\u3002",
  errorProtectedSheet: "\u30B7\u30FC\u30C8\u300C{sheet}\u300D\u306F\u4FDD\u8B77\u3055\u308C\u3066\u3044\u308B\u305F\u3081\u66F8\u304D\u8FBC\u3081\u307E\u305B\u3093\u3067\u3057\u305F\u3002\uFF3B\u6821\u95B2\uFF3D\u30BF\u30D6\u306E\uFF3B\u30B7\u30FC\u30C8\u4FDD\u8B77\u306E\u89E3\u9664\uFF3D\u3067\u4FDD\u8B77\u3092\u89E3\u9664\u3057\u3066\u304B\u3089\u3001\u3082\u3046\u4E00\u5EA6\u5B9F\u884C\u3057\u3066\u304F\u3060\u3055\u3044\u3002\u30D6\u30C3\u30AF\u306F\u5909\u66F4\u3057\u3066\u3044\u307E\u305B\u3093\u3002",
  errorProtectedWorkbook: "\u30D6\u30C3\u30AF\u306E\u69CB\u6210\u304C\u4FDD\u8B77\u3055\u308C\u3066\u3044\u308B\u305F\u3081\u3001\u30B7\u30FC\u30C8\u3092\u8FFD\u52A0\u30FB\u5909\u66F4\u3067\u304D\u307E\u305B\u3093\u3067\u3057\u305F\u3002\uFF3B\u6821\u95B2\uFF3D\u30BF\u30D6\u306E\uFF3B\u30D6\u30C3\u30AF\u306E\u4FDD\u8B77\uFF3D\u3092\u89E3\u9664\u3057\u3066\u304B\u3089\u3001\u3082\u3046\u4E00\u5EA6\u5B9F\u884C\u3057\u3066\u304F\u3060\u3055\u3044\u3002\u30D6\u30C3\u30AF\u306F\u5909\u66F4\u3057\u3066\u3044\u307E\u305B\u3093\u3002",
  errorChanged: "\u5B9F\u884C\u4E2D\u306B\u30D6\u30C3\u30AF\u304C\u5909\u66F4\u3055\u308C\u307E\u3057\u305F\uFF08{detail}\uFF09\u3002\u5909\u66F4\u3092\u4E0A\u66F8\u304D\u3057\u306A\u3044\u3088\u3046\u3001\u4F55\u3082\u66F8\u304D\u8FBC\u307E\u305A\u306B\u4E2D\u6B62\u3057\u307E\u3057\u305F\u3002\u3082\u3046\u4E00\u5EA6\u5B9F\u884C\u3057\u3066\u304F\u3060\u3055\u3044\u3002",
  errorMarksDamaged: "\u5370\u306E\u8A18\u9332\uFF08\u975E\u8868\u793A\u30B7\u30FC\u30C8\u300C_saiken\u300D\uFF09\u304C\u58CA\u308C\u3066\u3044\u308B\u304B\u66F8\u304D\u63DB\u3048\u3089\u308C\u3066\u3044\u308B\u305F\u3081\u3001\u5370\u306E\u4ED8\u3051\u5916\u3057\u3092\u884C\u3044\u307E\u305B\u3093\u3067\u3057\u305F\u3002\u30D6\u30C3\u30AF\u306F\u5909\u66F4\u3057\u3066\u3044\u307E\u305B\u3093\u3002\uFF08{detail}\uFF09",
  errorDataDamaged: "\u8A2D\u5B9A\u306E\u8A18\u9332\uFF08\u975E\u8868\u793A\u30B7\u30FC\u30C8\u300C_saiken\u300D\uFF09\u304C\u58CA\u308C\u3066\u3044\u308B\u305F\u3081\u3001\u4E0A\u66F8\u304D\u305B\u305A\u306B\u4E2D\u6B62\u3057\u307E\u3057\u305F\u3002\u30D6\u30C3\u30AF\u306F\u5909\u66F4\u3057\u3066\u3044\u307E\u305B\u3093\u3002\uFF08{detail}\uFF09",
  errorTooLarge: "\u30D6\u30C3\u30AF\u304C\u5927\u304D\u3059\u304E\u3066 Excel \u3068\u306E 1 \u56DE\u306E\u3084\u308A\u53D6\u308A\u306B\u53CE\u307E\u308A\u307E\u305B\u3093\u3067\u3057\u305F\uFF08{detail}\uFF09\u3002\u30B7\u30FC\u30C8\u3092\u5206\u3051\u3066\u304A\u8A66\u3057\u304F\u3060\u3055\u3044\u3002",
  errorUnsupported: "\u304A\u4F7F\u3044\u306E Excel \u3067\u306F\u3053\u306E\u6A5F\u80FD\u3092\u4F7F\u3048\u307E\u305B\u3093\uFF08{feature} \u304C\u5FC5\u8981\u3067\u3059\uFF09\u3002Excel 2021 \u4EE5\u964D\u307E\u305F\u306F Microsoft 365 \u306E Excel \u3092\u304A\u4F7F\u3044\u304F\u3060\u3055\u3044\u3002",
  errorBusy: "\u5225\u306E\u30B3\u30DE\u30F3\u30C9\u3092\u5B9F\u884C\u4E2D\u3067\u3059\u3002\u7D42\u308F\u3063\u3066\u304B\u3089\u3001\u3082\u3046\u4E00\u5EA6\u5B9F\u884C\u3057\u3066\u304F\u3060\u3055\u3044\u3002",
  errorNotAvailable: "\uFF3B{command}\uFF3D\u306F\u3053\u306E\u30D0\u30FC\u30B8\u30E7\u30F3\u3067\u306F\u307E\u3060\u4F7F\u3048\u307E\u305B\u3093\u3002",
  errorNotInExcel: "Excel \u306E\u4E2D\u3067\u958B\u3044\u305F\u3068\u304D\u3060\u3051\u4F7F\u3048\u308B\u30B3\u30DE\u30F3\u30C9\u3067\u3059\u3002",
  errorSummaryEdited: "\u751F\u6210\u3057\u305F\u30B7\u30FC\u30C8\uFF08{sheets}\uFF09\u304C\u624B\u3067\u7DE8\u96C6\u3055\u308C\u3066\u3044\u307E\u3059\u3002\u7F6E\u304D\u63DB\u3048\u308B\u524D\u306B\u3001\u4F5C\u696D\u30A6\u30A3\u30F3\u30C9\u30A6\u306E\uFF3B\u96C6\u8A08\u30FB\u30B0\u30E9\u30D5\uFF3D\u3067\u78BA\u8A8D\u3057\u3066\u304F\u3060\u3055\u3044\u3002\u30D6\u30C3\u30AF\u306F\u5909\u66F4\u3057\u3066\u3044\u307E\u305B\u3093\u3002",
  errorGeneric: "\u4E88\u671F\u3057\u306A\u3044\u30A8\u30E9\u30FC\u3067\u4E2D\u6B62\u3057\u307E\u3057\u305F\uFF08{detail}\uFF09\u3002",
  // Shown without React on Office 2019 and older (Internet Explorer / EdgeHTML webview).
  legacyTitle: "\u3053\u306E\u30A2\u30C9\u30A4\u30F3\u306B\u306F Excel 2021 \u4EE5\u964D\u307E\u305F\u306F Microsoft 365 \u304C\u5FC5\u8981\u3067\u3059",
  legacyBody: "\u304A\u4F7F\u3044\u306E Excel\uFF08Office 2019 \u4EE5\u524D\uFF09\u3067\u306F\u4F5C\u696D\u30A6\u30A3\u30F3\u30C9\u30A6\u3092\u8868\u793A\u3067\u304D\u307E\u305B\u3093\u3002Excel 2021 \u4EE5\u964D\u307E\u305F\u306F Microsoft 365 \u306E Excel \u3067\u958B\u3044\u3066\u304F\u3060\u3055\u3044\u3002",
  // The Excel host (issue 13): a cell Excel cannot take, refused before anything is written.
  errorCellLimit: "{sheet}!{cell} \u306B\u66F8\u304F\u5185\u5BB9\u304C Excel \u306E\u4E0A\u9650\u3092\u8D85\u3048\u3066\u3044\u307E\u3059\uFF08{detail}\uFF09\u3002\u30D6\u30C3\u30AF\u306F\u5909\u66F4\u3057\u3066\u3044\u307E\u305B\u3093\u3002",
  // 元に戻す (undo of the last 再計算 from the change log).
  outcomeUndo: "\u5143\u306B\u623B\u3059\uFF1A\u76F4\u524D\u306E\u518D\u8A08\u7B97\u3067\u66F8\u304D\u63DB\u3048\u305F {cells} \u30BB\u30EB\u3092\u5143\u306E\u5024\u306B\u623B\u3057\u307E\u3057\u305F\u3002",
  undoNothing: "\u5143\u306B\u623B\u3059\uFF1A\u5143\u306B\u623B\u305B\u308B\u518D\u8A08\u7B97\u304C\u3042\u308A\u307E\u305B\u3093\uFF08\u5909\u66F4\u5C65\u6B74\u30B7\u30FC\u30C8\u306B\u8A18\u9332\u304C\u306A\u3044\u304B\u3001\u3059\u3067\u306B\u5143\u306B\u623B\u3057\u3066\u3044\u307E\u3059\uFF09\u3002",
  undoEdited: "\u5143\u306B\u623B\u3059\uFF1A{sheet}!{cell} \u306F\u518D\u8A08\u7B97\u306E\u3042\u3068\u3067\u7DE8\u96C6\u3055\u308C\u3066\u3044\u307E\u3059\uFF08\u4ECA\u306E\u5185\u5BB9: {now}\uFF09\u3002\u4E0A\u66F8\u304D\u3057\u306A\u3044\u3088\u3046\u3001\u4F55\u3082\u5909\u66F4\u3057\u3066\u3044\u307E\u305B\u3093\u3002",
  // A write into a merged area other than its top-left cell: Excel would not keep it.
  errorMergedCell: "{sheet}!{cell} \u306F\u7D50\u5408\u30BB\u30EB {detail} \u306E\u5DE6\u4E0A\u4EE5\u5916\u306E\u30BB\u30EB\u3067\u3059\u3002Excel \u306F\u3053\u3053\u306B\u66F8\u3044\u305F\u5185\u5BB9\u3092\u8868\u793A\u3057\u306A\u3044\u305F\u3081\u3001\u30D6\u30C3\u30AF\u306F\u5909\u66F4\u3057\u3066\u3044\u307E\u305B\u3093\u3002",
  // 元に戻す: a logged cell emptied since the recalculation; a former content no write can give back as it was.
  undoEditedEmpty: "\u5143\u306B\u623B\u3059\uFF1A{sheet}!{cell} \u306F\u518D\u8A08\u7B97\u306E\u3042\u3068\u3067\u7DE8\u96C6\u3055\u308C\u3066\u3044\u307E\u3059\uFF08\u4ECA\u306F\u7A7A\u767D\u3067\u3059\uFF09\u3002\u4E0A\u66F8\u304D\u3057\u306A\u3044\u3088\u3046\u3001\u4F55\u3082\u5909\u66F4\u3057\u3066\u3044\u307E\u305B\u3093\u3002",
  undoSheetMissing: "\u5143\u306B\u623B\u3059\uFF1A\u5909\u66F4\u5C65\u6B74\u306B\u3042\u308B {sheet}!{cell} \u306E\u30B7\u30FC\u30C8\u300C{sheet}\u300D\u304C\u3042\u308A\u307E\u305B\u3093\uFF08\u540D\u524D\u304C\u5909\u308F\u3063\u305F\u304B\u3001\u524A\u9664\u3055\u308C\u3066\u3044\u307E\u3059\uFF09\u3002\u4F55\u3082\u5909\u66F4\u3057\u3066\u3044\u307E\u305B\u3093\u3002",
  undoUnrestorable: "\u5143\u306B\u623B\u3059\uFF1A{sheet}!{cell} \u306E\u5909\u66F4\u524D\u306E\u5185\u5BB9\uFF08{kind}: {before}\uFF09\u306F\u3001\u540C\u3058\u5F62\u3067\u306F\u66F8\u304D\u623B\u305B\u307E\u305B\u3093\u3002\u4F55\u3082\u5909\u66F4\u3057\u3066\u3044\u307E\u305B\u3093\u3002\u5909\u66F4\u5C65\u6B74\u30B7\u30FC\u30C8\u300C{log}\u300D\u306E {row} \u884C\u76EE\u3092\u898B\u3066\u3001\u624B\u3067\u5165\u529B\u3057\u76F4\u3057\u3066\u304F\u3060\u3055\u3044\u3002"
};

// src/i18n/index.ts
var CATALOGS = { ja, en };
function fill(template, params = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => name in params ? String(params[name]) : whole);
}
__name(fill, "fill");
function bilingual(key, params) {
  return { ja: fill(CATALOGS.ja[key], params), en: fill(CATALOGS.en[key], params) };
}
__name(bilingual, "bilingual");

// src/i18n/cli.ts
function readErrorMessage(reason, file, given, place) {
  const d = typeof given === "string" ? { ja: given, en: given } : given;
  const detail = d?.ja;
  const detailEn = d?.en;
  switch (reason) {
    case "encrypted":
      return { ja: `${file}: \u30D1\u30B9\u30EF\u30FC\u30C9\u3067\u4FDD\u8B77\u3055\u308C\u305F\u30D6\u30C3\u30AF\u306F\u8AAD\u3081\u307E\u305B\u3093\u3002\u4FDD\u8B77\u3092\u89E3\u9664\u3057\u3066\u4FDD\u5B58\u3057\u76F4\u3057\u3066\u304F\u3060\u3055\u3044\u3002`, en: `${file}: password-protected workbooks cannot be read; remove the password and save again.` };
    case "legacy-xls":
      return { ja: `${file}: \u65E7\u5F62\u5F0F\uFF08.xls\uFF09\u306E\u30D6\u30C3\u30AF\u3067\u3059\u3002Excel \u3067 .xlsx \u5F62\u5F0F\u306B\u4FDD\u5B58\u3057\u76F4\u3057\u3066\u304F\u3060\u3055\u3044\u3002`, en: `${file}: a legacy .xls workbook; save it as .xlsx in Excel.` };
    case "not-a-workbook":
      return { ja: `${file}: Excel \u30D6\u30C3\u30AF\uFF08.xlsx\uFF09\u3067\u306F\u3042\u308A\u307E\u305B\u3093\u3002`, en: `${file}: not an Excel workbook (.xlsx).` };
    case "too-large":
      return { ja: `${file}: \u5C55\u958B\u3059\u308B\u3068\u5927\u304D\u3059\u304E\u308B\u305F\u3081\u8AAD\u307F\u8FBC\u3081\u307E\u305B\u3093\uFF08${detail ?? ""}\uFF09\u3002\u58CA\u308C\u3066\u3044\u308B\u304B\u3001\u8A08\u753B\u8868\u306E\u30D6\u30C3\u30AF\u3067\u306F\u3042\u308A\u307E\u305B\u3093\u3002`, en: `${file}: too large once uncompressed (${detailEn ?? ""}); damaged, or not a plan workbook.` };
    case "wrong-extension":
      return { ja: `${file}: \u3053\u306E\u30D6\u30C3\u30AF\u306F .${detail} \u5F62\u5F0F\u3067\u3059\uFF08\u30DE\u30AF\u30ED\u30FB\u30C6\u30F3\u30D7\u30EC\u30FC\u30C8\u306E\u7A2E\u985E\uFF09\u3002\u51FA\u529B\u5148\u306E\u62E1\u5F35\u5B50\u3092 .${detail} \u306B\u3057\u3066\u304F\u3060\u3055\u3044\u3002`, en: `${file}: this workbook is a .${detailEn} package (macro or template type); give the output the .${detailEn} extension.` };
    case "not-found":
      return { ja: `${file}: \u30D5\u30A1\u30A4\u30EB\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093\u3002`, en: `${file}: file not found.` };
    case "merged-cell": {
      const m = bilingual("errorMergedCell", { sheet: place?.sheet ?? "", cell: place?.cell ?? "", detail: detail ?? "" });
      const mEn = bilingual("errorMergedCell", { sheet: place?.sheet ?? "", cell: place?.cell ?? "", detail: detailEn ?? "" });
      return { ja: `${file}: ${m.ja}`, en: `${file}: ${mEn.en}` };
    }
    default:
      return { ja: `${file}: \u30D6\u30C3\u30AF\u3092\u8AAD\u307F\u8FBC\u3081\u307E\u305B\u3093\u3067\u3057\u305F\uFF08\u58CA\u308C\u3066\u3044\u308B\u304B\u3001\u9014\u4E2D\u3067\u5207\u308C\u3066\u3044\u307E\u3059\uFF09\u3002${detail ? `\u8A73\u7D30: ${detail}` : ""}`, en: `${file}: the workbook could not be read (damaged or truncated).${detailEn ? ` Detail: ${detailEn}` : ""}` };
  }
}
__name(readErrorMessage, "readErrorMessage");
var ja2 = {
  tables: /* @__PURE__ */ __name((n) => `\u8A08\u753B\u8868 ${n}\u4EF6`, "tables"),
  counts: /* @__PURE__ */ __name((e, w, i2) => `\u30A8\u30E9\u30FC ${e}\u4EF6\u30FB\u8B66\u544A ${w}\u4EF6\u30FB\u60C5\u5831 ${i2}\u4EF6`, "counts"),
  table: "\u8868",
  rows: "\u884C",
  noTables: "\u8A08\u753B\u8868\u304C\u898B\u3064\u304B\u3089\u305A\u3001\u691C\u67FB\u3057\u3066\u3044\u307E\u305B\u3093\u3002",
  noFindings: "\u6307\u6458\u4E8B\u9805\u306F\u3042\u308A\u307E\u305B\u3093\u3002",
  refuseOverwrite: /* @__PURE__ */ __name((f) => `${f}: \u5165\u529B\u30D5\u30A1\u30A4\u30EB\u306F\u4E0A\u66F8\u304D\u3057\u307E\u305B\u3093\u3002\u5225\u306E\u51FA\u529B\u5148\u3092 -o \u3067\u6307\u5B9A\u3059\u308B\u304B\u3001--in-place \u3092\u4ED8\u3051\u3066\u304F\u3060\u3055\u3044\u3002`, "refuseOverwrite"),
  outputNeeded: /* @__PURE__ */ __name((f) => `${f}: \u51FA\u529B\u5148\u3092 -o \u3067\u6307\u5B9A\u3059\u308B\u304B\u3001\u5165\u529B\u30D5\u30A1\u30A4\u30EB\u3092\u4E0A\u66F8\u304D\u3059\u308B\u5834\u5408\u306F --in-place \u3092\u4ED8\u3051\u3066\u304F\u3060\u3055\u3044\u3002`, "outputNeeded"),
  outputReadOnly: /* @__PURE__ */ __name((f) => `${f}: \u51FA\u529B\u5148\u306E\u30D5\u30A1\u30A4\u30EB\u306F\u8AAD\u307F\u53D6\u308A\u5C02\u7528\u3067\u3059\u3002\u4E0A\u66F8\u304D\u3057\u307E\u305B\u3093\u3002\u5225\u306E\u51FA\u529B\u5148\u3092\u6307\u5B9A\u3059\u308B\u304B\u3001\u8AAD\u307F\u53D6\u308A\u5C02\u7528\u3092\u89E3\u9664\u3057\u3066\u304F\u3060\u3055\u3044\u3002`, "outputReadOnly"),
  outputExtension: /* @__PURE__ */ __name((f, allowed) => `${f}: \u51FA\u529B\u5148\u306E\u62E1\u5F35\u5B50\u306F ${allowed.map((x2) => "." + x2).join("\u30FB")} \u306B\u3057\u3066\u304F\u3060\u3055\u3044\uFF08\u66F8\u304D\u51FA\u3059\u306E\u306F Excel \u30D6\u30C3\u30AF\u3067\u3059\u3002.xls\u30FB.csv \u3084\u62E1\u5F35\u5B50\u306E\u306A\u3044\u540D\u524D\u3067\u306F Excel \u3067\u958B\u3051\u307E\u305B\u3093\uFF09\u3002`, "outputExtension"),
  outputIsInput: /* @__PURE__ */ __name((f) => `${f}: \u51FA\u529B\u5148\u304C\u8AAD\u307F\u8FBC\u3080\u30D6\u30C3\u30AF\u306E\u4E00\u3064\u3067\u3059\u3002\u4E0A\u66F8\u304D\u3059\u308B\u3068\u305D\u306E\u5185\u5BB9\u304C\u5931\u308F\u308C\u3001\u96C6\u8A08\u304B\u3089\u3082\u6F0F\u308C\u308B\u305F\u3081\u3001\u66F8\u304D\u8FBC\u307F\u307E\u305B\u3093\u3002\u5225\u306E\u51FA\u529B\u5148\u3092\u6307\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044\u3002`, "outputIsInput"),
  outputInInputFolder: /* @__PURE__ */ __name((f, folder) => `${f}: \u51FA\u529B\u5148\u304C\u8AAD\u307F\u8FBC\u3080\u30D5\u30A9\u30EB\u30C0\u30FC ${folder} \u306E\u4E2D\u306B\u3042\u308A\u307E\u3059\u3002\u6B21\u306B\u5B9F\u884C\u3057\u305F\u3068\u304D\u63D0\u51FA\u30D5\u30A1\u30A4\u30EB\u3068\u3057\u3066\u8AAD\u307F\u8FBC\u307E\u308C\u3066\u3057\u307E\u3046\u305F\u3081\u3001\u30D5\u30A9\u30EB\u30C0\u30FC\u306E\u5916\u3092\u6307\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044\u3002`, "outputInInputFolder"),
  editedGenerated: /* @__PURE__ */ __name((f, sheets) => `${f}: saiken \u304C\u4F5C\u6210\u3057\u305F\u30B7\u30FC\u30C8\uFF08${sheets.join("\u3001")}\uFF09\u304C\u4F5C\u6210\u5F8C\u306B\u624B\u3067\u7DE8\u96C6\u3055\u308C\u3066\u3044\u307E\u3059\u3002\u4F5C\u308A\u76F4\u3059\u3068\u7DE8\u96C6\u5185\u5BB9\u306F\u5931\u308F\u308C\u307E\u3059\u3002\u4F5C\u308A\u76F4\u3059\u5834\u5408\u306F --force \u3092\u4ED8\u3051\u3066\u304F\u3060\u3055\u3044\u3002`, "editedGenerated"),
  generated: /* @__PURE__ */ __name((f, summary, charts, n) => `${f} \u306B\u300C${summary}\u300D\u30B7\u30FC\u30C8\u3068\u300C${charts}\u300D\u30B7\u30FC\u30C8\uFF08\u30B0\u30E9\u30D5 ${n}\u4EF6\uFF09\u3092\u4F5C\u6210\u3057\u307E\u3057\u305F\u3002`, "generated"),
  written: /* @__PURE__ */ __name((f, n) => `${f} \u306B\u66F8\u304D\u8FBC\u307F\u307E\u3057\u305F\uFF08\u5024\u3092\u7F6E\u304D\u63DB\u3048\u305F\u30BB\u30EB ${n}\u4EF6\u3001\u5909\u66F4\u524D\u306E\u5024\u306F\u300Csaiken\u5909\u66F4\u5C65\u6B74\u300D\u30B7\u30FC\u30C8\u306B\u8A18\u9332\uFF09\u3002`, "written"),
  severity: { error: "\u30A8\u30E9\u30FC", warning: "\u8B66\u544A", info: "\u60C5\u5831" },
  measure: { rate: "\u53CE\u7D0D\u7387", amount: "\u91D1\u984D", ledger: "\u8ABF\u5B9A\u30FB\u53CE\u5165", other: "\u305D\u306E\u4ED6" },
  input: /* @__PURE__ */ __name((f, problem2, detail) => ({
    "not-found": `${f}: \u30D5\u30A1\u30A4\u30EB\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093\u3002`,
    "no-access": `${f}: \u30D5\u30A1\u30A4\u30EB\u3092\u8AAD\u3080\u6A29\u9650\u304C\u3042\u308A\u307E\u305B\u3093\u3002\u30D5\u30A1\u30A4\u30EB\u306E\u30A2\u30AF\u30BB\u30B9\u6A29\u3092\u78BA\u8A8D\u3057\u3066\u304F\u3060\u3055\u3044\u3002`,
    "is-folder": `${f}: \u30D5\u30A9\u30EB\u30C0\u30FC\u3067\u3059\u3002\u30D6\u30C3\u30AF\u306E\u30D5\u30A1\u30A4\u30EB\u3092\u6307\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044\u3002`,
    "not-folder": `${f}: \u30D1\u30B9\u306E\u9014\u4E2D\u304C\u30D5\u30A9\u30EB\u30C0\u30FC\u3067\u306F\u3042\u308A\u307E\u305B\u3093\u3002`,
    busy: `${f}: \u30D5\u30A1\u30A4\u30EB\u304C\u307B\u304B\u306E\u30D7\u30ED\u30B0\u30E9\u30E0\u3067\u4F7F\u7528\u4E2D\u306E\u305F\u3081\u8AAD\u3081\u307E\u305B\u3093\u3002`,
    "read-only-fs": `${f}: \u30D5\u30A1\u30A4\u30EB\u3092\u8AAD\u3081\u307E\u305B\u3093\u3067\u3057\u305F\uFF08${detail}\uFF09\u3002`,
    "no-space": `${f}: \u30D5\u30A1\u30A4\u30EB\u3092\u8AAD\u3081\u307E\u305B\u3093\u3067\u3057\u305F\uFF08${detail}\uFF09\u3002`,
    other: `${f}: \u30D5\u30A1\u30A4\u30EB\u3092\u8AAD\u3081\u307E\u305B\u3093\u3067\u3057\u305F\uFF08${detail}\uFF09\u3002`
  })[problem2], "input"),
  output: /* @__PURE__ */ __name((f, problem2, detail) => ({
    "not-found": `${f}: \u51FA\u529B\u5148\u306E\u30D5\u30A9\u30EB\u30C0\u30FC\u304C\u3042\u308A\u307E\u305B\u3093\u3002`,
    "no-access": `${f}: \u51FA\u529B\u5148\u306E\u30D5\u30A9\u30EB\u30C0\u30FC\u306B\u66F8\u304D\u8FBC\u3081\u307E\u305B\u3093\uFF08\u66F8\u304D\u8FBC\u3080\u6A29\u9650\u304C\u3042\u308A\u307E\u305B\u3093\uFF09\u3002`,
    "is-folder": `${f}: \u51FA\u529B\u5148\u304C\u30D5\u30A9\u30EB\u30C0\u30FC\u3067\u3059\u3002\u51FA\u529B\u3059\u308B\u30D5\u30A1\u30A4\u30EB\u306E\u540D\u524D\u3092\u6307\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044\u3002`,
    "not-folder": `${f}: \u51FA\u529B\u5148\u306E\u30D1\u30B9\u306E\u9014\u4E2D\u304C\u30D5\u30A9\u30EB\u30C0\u30FC\u3067\u306F\u3042\u308A\u307E\u305B\u3093\u3002`,
    "read-only-fs": `${f}: \u51FA\u529B\u5148\u306E\u30D5\u30A9\u30EB\u30C0\u30FC\u306B\u66F8\u304D\u8FBC\u3081\u307E\u305B\u3093\uFF08\u8AAD\u307F\u53D6\u308A\u5C02\u7528\u306E\u5834\u6240\u3067\u3059\uFF09\u3002`,
    "no-space": `${f}: \u51FA\u529B\u5148\u306E\u30C7\u30A3\u30B9\u30AF\u306B\u7A7A\u304D\u304C\u3042\u308A\u307E\u305B\u3093\u3002`,
    busy: `${f}: \u51FA\u529B\u5148\u306E\u30D5\u30A1\u30A4\u30EB\u304C\u307B\u304B\u306E\u30D7\u30ED\u30B0\u30E9\u30E0\u3067\u4F7F\u7528\u4E2D\u3067\u3059\uFF08Excel \u3067\u958B\u3044\u3066\u3044\u308C\u3070\u9589\u3058\u3066\u304F\u3060\u3055\u3044\uFF09\u3002`,
    other: `${f}: \u51FA\u529B\u5148\u306B\u66F8\u304D\u8FBC\u3081\u307E\u305B\u3093\u3067\u3057\u305F\uFF08${detail}\uFF09\u3002`
  })[problem2], "output"),
  crashed: /* @__PURE__ */ __name((f, detail) => `${f}: \u3053\u306E\u30D6\u30C3\u30AF\u306E\u51E6\u7406\u4E2D\u306B\u4E88\u671F\u3057\u306A\u3044\u30A8\u30E9\u30FC\u304C\u8D77\u304D\u307E\u3057\u305F\uFF08${detail}\uFF09\u3002`, "crashed"),
  timedOut: /* @__PURE__ */ __name((f, seconds) => `${f}: ${seconds} \u79D2\u4EE5\u5185\u306B\u51E6\u7406\u304C\u7D42\u308F\u3089\u306A\u304B\u3063\u305F\u305F\u3081\u4E2D\u6B62\u3057\u307E\u3057\u305F\uFF08--timeout \u3067\u5909\u66F4\u3067\u304D\u307E\u3059\uFF09\u3002`, "timedOut"),
  outOfMemory: /* @__PURE__ */ __name((f, mb2) => `${f}: \u51E6\u7406\u306B ${mb2} MB \u3092\u8D85\u3048\u308B\u30E1\u30E2\u30EA\u30FC\u304C\u5FC5\u8981\u306B\u306A\u3063\u305F\u305F\u3081\u4E2D\u6B62\u3057\u307E\u3057\u305F\uFF08--max-memory \u3067\u5909\u66F4\u3067\u304D\u307E\u3059\uFF09\u3002`, "outOfMemory"),
  workerFailed: /* @__PURE__ */ __name((f, detail) => `${f}: \u51E6\u7406\u304C\u7570\u5E38\u7D42\u4E86\u3057\u307E\u3057\u305F\uFF08${detail}\uFF09\u3002`, "workerFailed"),
  noInputs: /* @__PURE__ */ __name((f) => `${f}: \u30D5\u30A9\u30EB\u30C0\u30FC\u306B Excel \u30D6\u30C3\u30AF\uFF08.xlsx, .xlsm, .xltx, .xltm\uFF09\u304C\u3042\u308A\u307E\u305B\u3093\u3002`, "noInputs"),
  badLimit: /* @__PURE__ */ __name((flag, value) => `${flag} \u306E\u5024\u300C${value}\u300D\u306F\u6B63\u306E\u6570\u3067\u306F\u3042\u308A\u307E\u305B\u3093\u3002`, "badLimit"),
  // The parser's own errors (commander), by its error code.
  unknownOption: /* @__PURE__ */ __name((opt, hint) => `\u4E0D\u660E\u306A\u30AA\u30D7\u30B7\u30E7\u30F3\u3067\u3059: ${opt}${hint ? `\uFF08${hint} \u306E\u3053\u3068\u3067\u3059\u304B\uFF1F\uFF09` : ""}\u3002saiken --help \u3067\u4F7F\u3044\u65B9\u3092\u78BA\u8A8D\u3067\u304D\u307E\u3059\u3002`, "unknownOption"),
  unknownCommand: /* @__PURE__ */ __name((cmd, names, hint) => `\u4E0D\u660E\u306A\u30B3\u30DE\u30F3\u30C9\u3067\u3059: ${cmd}${hint ? `\uFF08${hint} \u306E\u3053\u3068\u3067\u3059\u304B\uFF1F\uFF09` : ""}\u3002\u30B3\u30DE\u30F3\u30C9\u306F ${names.join(", ")} \u3067\u3059\u3002`, "unknownCommand"),
  missingArgument: /* @__PURE__ */ __name((name) => `\u5F15\u6570 ${name} \u304C\u3042\u308A\u307E\u305B\u3093\u3002`, "missingArgument"),
  missingOptionValue: /* @__PURE__ */ __name((opt) => `\u30AA\u30D7\u30B7\u30E7\u30F3 ${opt} \u306B\u5024\u304C\u3042\u308A\u307E\u305B\u3093\u3002`, "missingOptionValue"),
  missingOption: /* @__PURE__ */ __name((opt) => `\u30AA\u30D7\u30B7\u30E7\u30F3 ${opt} \u3092\u6307\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044\u3002`, "missingOption"),
  excessArguments: /* @__PURE__ */ __name((cmd) => `${cmd} \u306B\u6E21\u3059\u5F15\u6570\u304C\u591A\u3059\u304E\u307E\u3059\uFF08\u30D5\u30A1\u30A4\u30EB\u540D\u306B\u7A7A\u767D\u304C\u3042\u308C\u3070 "" \u3067\u56F2\u3093\u3067\u304F\u3060\u3055\u3044\uFF09\u3002`, "excessArguments"),
  invalidArgument: /* @__PURE__ */ __name((detail) => `\u5F15\u6570\u304C\u6B63\u3057\u304F\u3042\u308A\u307E\u305B\u3093: ${detail}`, "invalidArgument"),
  usageError: /* @__PURE__ */ __name((detail) => `\u4F7F\u3044\u65B9\u304C\u6B63\u3057\u304F\u3042\u308A\u307E\u305B\u3093: ${detail}`, "usageError"),
  // Help
  help: {
    program: "\u50B5\u6A29\u7BA1\u7406\u8A08\u753B\u306E\u8A08\u753B\u8868\u3092\u8A8D\u8B58\u30FB\u691C\u8A3C\u30FB\u518D\u8A08\u7B97\u30FB\u96C6\u8A08\u3057\u307E\u3059\u3002",
    titles: { "Usage:": "\u4F7F\u3044\u65B9:", "Options:": "\u30AA\u30D7\u30B7\u30E7\u30F3:", "Commands:": "\u30B3\u30DE\u30F3\u30C9:", "Arguments:": "\u5F15\u6570:", "Global Options:": "\u5171\u901A\u30AA\u30D7\u30B7\u30E7\u30F3:" },
    usage: { options: "\u30AA\u30D7\u30B7\u30E7\u30F3", command: "\u30B3\u30DE\u30F3\u30C9" },
    helpOption: "\u3053\u306E\u8AAC\u660E\u3092\u8868\u793A",
    helpCommand: "\u30B3\u30DE\u30F3\u30C9\u306E\u8AAC\u660E\u3092\u8868\u793A",
    version: "\u30D0\u30FC\u30B8\u30E7\u30F3\u3092\u8868\u793A",
    inspect: "\u8A8D\u8B58\u3068\u691C\u8A3C\uFF08\u30D6\u30C3\u30AF\u306F\u5909\u66F4\u3057\u307E\u305B\u3093\uFF09\u3002\u8907\u6570\u306E\u30D5\u30A1\u30A4\u30EB\u3084\u30D5\u30A9\u30EB\u30C0\u30FC\u3082\u53EF",
    recalc: "\u8A08\u7B97\u5217\uFF08\u5DEE\u5F15\u30FB\u53CE\u7D0D\u7387\u30FB\u5408\u8A08\uFF09\u3092\u6570\u5F0F\u3067\u66F8\u304D\u8FBC\u3080",
    summary: "\u96C6\u8A08\u30B7\u30FC\u30C8\u3068\u30B0\u30E9\u30D5\u30B7\u30FC\u30C8\u3092\u4F5C\u6210",
    run: "\u518D\u8A08\u7B97\u30FB\u691C\u8A3C\u30FB\u96C6\u8A08\u3092\u307E\u3068\u3081\u3066\u5B9F\u884C",
    books: "\u30D6\u30C3\u30AF\uFF08.xlsx/.xlsm\uFF09\u307E\u305F\u306F\u30D5\u30A9\u30EB\u30C0\u30FC",
    book: "\u30D6\u30C3\u30AF\uFF08.xlsx/.xlsm\uFF09",
    json: "JSON \u306E\u30EC\u30DD\u30FC\u30C8\u3092\u51FA\u529B\uFF08\u8907\u6570\u306A\u30891\u884C\u306B1\u4EF6\uFF09",
    output: "\u51FA\u529B\u5148\u306E\u30D6\u30C3\u30AF",
    inPlace: "\u5165\u529B\u30D5\u30A1\u30A4\u30EB\u3092\u4E0A\u66F8\u304D\u3059\u308B\uFF08-o \u306F\u4E0D\u8981\uFF09",
    force: "\u624B\u3067\u7DE8\u96C6\u3055\u308C\u305F\u96C6\u8A08\u30FB\u30B0\u30E9\u30D5\u30B7\u30FC\u30C8\u3082\u4F5C\u308A\u76F4\u3059",
    timeout: "1\u30D5\u30A1\u30A4\u30EB\u3042\u305F\u308A\u306E\u5236\u9650\u6642\u9593\uFF08\u79D2\u3001\u65E2\u5B9A {0}\u3001\u74B0\u5883\u5909\u6570 SAIKEN_TIMEOUT\uFF09",
    maxMemory: "1\u30D5\u30A1\u30A4\u30EB\u3042\u305F\u308A\u306E\u30E1\u30E2\u30EA\u30FC\u4E0A\u9650\uFF08MB\u3001\u65E2\u5B9A {0}\u3001\u74B0\u5883\u5909\u6570 SAIKEN_MAX_MEMORY\uFF09",
    examples: "\u4F8B:",
    exitCodes: "\u7D42\u4E86\u30B3\u30FC\u30C9: 0 \u30A8\u30E9\u30FC\u306A\u3057 / 1 \u30A8\u30E9\u30FC\u306E\u6307\u6458\u3042\u308A / 2 \u51E6\u7406\u3067\u304D\u306A\u3044\u30D5\u30A1\u30A4\u30EB\u3042\u308A / 3 \u8A08\u753B\u8868\u304C\u898B\u3064\u304B\u3089\u305A\u691C\u67FB\u3057\u3066\u3044\u306A\u3044\n\uFF08\u8907\u6570\u30D5\u30A1\u30A4\u30EB\u3067\u306F\u6700\u3082\u91CD\u3044\u3082\u306E: 2 > 1 > 3 > 0\uFF09"
  }
};
var en2 = {
  tables: /* @__PURE__ */ __name((n) => `${n} plan table${n === 1 ? "" : "s"}`, "tables"),
  counts: /* @__PURE__ */ __name((e, w, i2) => `${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}, ${i2} info`, "counts"),
  table: "table",
  rows: " rows",
  noTables: "No plan table was found; nothing was checked.",
  noFindings: "No findings.",
  refuseOverwrite: /* @__PURE__ */ __name((f) => `${f}: the input is not overwritten. Give another output with -o, or add --in-place.`, "refuseOverwrite"),
  outputNeeded: /* @__PURE__ */ __name((f) => `${f}: give the output with -o, or add --in-place to overwrite the input.`, "outputNeeded"),
  outputReadOnly: /* @__PURE__ */ __name((f) => `${f}: the output file is read-only and is not overwritten. Give another output or make it writable.`, "outputReadOnly"),
  outputExtension: /* @__PURE__ */ __name((f, allowed) => `${f}: give the output the extension ${allowed.map((x2) => "." + x2).join(", ")} (an Excel workbook is written; named .xls, .csv or without an extension, Excel cannot open it).`, "outputExtension"),
  outputIsInput: /* @__PURE__ */ __name((f) => `${f}: the output is one of the workbooks being read; overwriting it would lose its contents and leave it out of the totals, so nothing is written. Give another output.`, "outputIsInput"),
  outputInInputFolder: /* @__PURE__ */ __name((f, folder) => `${f}: the output is inside the folder ${folder} being read; the next run would read it as a submission. Give an output outside that folder.`, "outputInInputFolder"),
  editedGenerated: /* @__PURE__ */ __name((f, sheets) => `${f}: sheets saiken made (${sheets.join(", ")}) were edited by hand since; regenerating them loses those edits. Add --force to regenerate.`, "editedGenerated"),
  generated: /* @__PURE__ */ __name((f, summary, charts, n) => `${f}: added the sheets "${summary}" and "${charts}" (${n} chart${n === 1 ? "" : "s"}).`, "generated"),
  written: /* @__PURE__ */ __name((f, n) => `${f}: written (${n} cell${n === 1 ? "" : "s"} replaced; the values before are in the sheet "saiken\u5909\u66F4\u5C65\u6B74").`, "written"),
  severity: { error: "error", warning: "warning", info: "info" },
  measure: { rate: "rate", amount: "amount", ledger: "ledger", other: "other" },
  input: /* @__PURE__ */ __name((f, problem2, detail) => ({
    "not-found": `${f}: file not found.`,
    "no-access": `${f}: no permission to read the file; check its access rights.`,
    "is-folder": `${f}: a folder; give a workbook file.`,
    "not-folder": `${f}: a part of the path is not a folder.`,
    busy: `${f}: the file is in use by another program.`,
    "read-only-fs": `${f}: the file could not be read (${detail}).`,
    "no-space": `${f}: the file could not be read (${detail}).`,
    other: `${f}: the file could not be read (${detail}).`
  })[problem2], "input"),
  output: /* @__PURE__ */ __name((f, problem2, detail) => ({
    "not-found": `${f}: the output folder does not exist.`,
    "no-access": `${f}: cannot write to the output folder (no permission).`,
    "is-folder": `${f}: the output is a folder; give a file name.`,
    "not-folder": `${f}: a part of the output path is not a folder.`,
    "read-only-fs": `${f}: cannot write to the output folder (a read-only location).`,
    "no-space": `${f}: no space left on the output disk.`,
    busy: `${f}: the output file is in use (close it in Excel).`,
    other: `${f}: the output could not be written (${detail}).`
  })[problem2], "output"),
  crashed: /* @__PURE__ */ __name((f, detail) => `${f}: an unexpected error while processing this workbook (${detail}).`, "crashed"),
  timedOut: /* @__PURE__ */ __name((f, seconds) => `${f}: stopped, not finished within ${seconds} s (change with --timeout).`, "timedOut"),
  outOfMemory: /* @__PURE__ */ __name((f, mb2) => `${f}: stopped, needed more than ${mb2} MB of memory (change with --max-memory).`, "outOfMemory"),
  workerFailed: /* @__PURE__ */ __name((f, detail) => `${f}: processing ended abnormally (${detail}).`, "workerFailed"),
  noInputs: /* @__PURE__ */ __name((f) => `${f}: no Excel workbook (.xlsx, .xlsm, .xltx, .xltm) in the folder.`, "noInputs"),
  badLimit: /* @__PURE__ */ __name((flag, value) => `${flag}: "${value}" is not a positive number.`, "badLimit"),
  unknownOption: /* @__PURE__ */ __name((opt, hint) => `unknown option: ${opt}${hint ? ` (did you mean ${hint}?)` : ""}. See saiken --help.`, "unknownOption"),
  unknownCommand: /* @__PURE__ */ __name((cmd, names, hint) => `unknown command: ${cmd}${hint ? ` (did you mean ${hint}?)` : ""}. The commands are ${names.join(", ")}.`, "unknownCommand"),
  missingArgument: /* @__PURE__ */ __name((name) => `missing argument ${name}.`, "missingArgument"),
  missingOptionValue: /* @__PURE__ */ __name((opt) => `the option ${opt} needs a value.`, "missingOptionValue"),
  missingOption: /* @__PURE__ */ __name((opt) => `give the option ${opt}.`, "missingOption"),
  excessArguments: /* @__PURE__ */ __name((cmd) => `too many arguments for ${cmd} (quote a file name that has spaces).`, "excessArguments"),
  invalidArgument: /* @__PURE__ */ __name((detail) => `invalid argument: ${detail}`, "invalidArgument"),
  usageError: /* @__PURE__ */ __name((detail) => `usage error: ${detail}`, "usageError"),
  help: {
    program: "Recognize, validate, recalculate and summarize receivables management plan tables.",
    titles: {},
    usage: { options: "options", command: "command" },
    helpOption: "show this help",
    helpCommand: "show the help of a command",
    version: "show the version",
    inspect: "recognize and validate, changing nothing; several files or folders allowed",
    recalc: "write the computed columns (deltas, rates, totals) as live formulas",
    summary: "add the summary and chart sheets",
    run: "recalc, validate and summarize in one go",
    books: "workbooks (.xlsx/.xlsm) or folders",
    book: "a workbook (.xlsx/.xlsm)",
    json: "print the JSON report (one per line for several)",
    output: "the output workbook",
    inPlace: "overwrite the input (no -o needed)",
    force: "regenerate summary and chart sheets edited by hand",
    timeout: "time limit per file (seconds, default {0}, env SAIKEN_TIMEOUT)",
    maxMemory: "memory limit per file (MB, default {0}, env SAIKEN_MAX_MEMORY)",
    examples: "Examples:",
    exitCodes: "Exit status: 0 no errors / 1 errors found / 2 a file could not be processed / 3 no plan table, nothing checked\n(for several files the worst: 2 > 1 > 3 > 0)"
  }
};
var CLI_TEXT = { ja: ja2, en: en2 };

// src/i18n/read-details.ts
var both = /* @__PURE__ */ __name((ja3, en3) => ({ ja: ja3, en: en3 }), "both");
var neutral = /* @__PURE__ */ __name((text2) => both(text2, text2), "neutral");
var DAMAGED = "\uFF08\u58CA\u308C\u3066\u3044\u307E\u3059\uFF09";
var TRUNCATED = "\uFF08\u9014\u4E2D\u3067\u5207\u308C\u3066\u3044\u307E\u3059\uFF09";
var zipDetail = {
  valueTooLarge: /* @__PURE__ */ __name(() => both(`\u30D6\u30C3\u30AF\u306E\u76EE\u6B21\u306E\u5024\u304C\u5927\u304D\u3059\u304E\u307E\u3059${DAMAGED}`, "zip64 value too large"), "valueTooLarge"),
  tooShort: /* @__PURE__ */ __name(() => both(`\u30D6\u30C3\u30AF\u3068\u3057\u3066\u77ED\u3059\u304E\u307E\u3059${TRUNCATED}`, "not a zip archive"), "tooShort"),
  noDirectory: /* @__PURE__ */ __name(() => both(`\u30D5\u30A1\u30A4\u30EB\u306E\u672B\u5C3E\u306B\u3042\u308B\u306F\u305A\u306E\u76EE\u6B21\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093${TRUNCATED}`, "end of central directory not found"), "noDirectory"),
  noDirectory64: /* @__PURE__ */ __name(() => both(`\u30D5\u30A1\u30A4\u30EB\u306E\u672B\u5C3E\u306B\u3042\u308B\u306F\u305A\u306E\u76EE\u6B21\uFF08\u5927\u5BB9\u91CF\u5F62\u5F0F\uFF09\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093${TRUNCATED}`, "zip64 end of central directory not found"), "noDirectory64"),
  directoryOutOfRange: /* @__PURE__ */ __name(() => both(`\u76EE\u6B21\u304C\u30D5\u30A1\u30A4\u30EB\u306E\u7D42\u308F\u308A\u3088\u308A\u5148\u3092\u6307\u3057\u3066\u3044\u307E\u3059${TRUNCATED}`, "central directory out of range"), "directoryOutOfRange"),
  badDirectoryEntry: /* @__PURE__ */ __name(() => both(`\u76EE\u6B21\u306E\u9805\u76EE\u304C\u58CA\u308C\u3066\u3044\u307E\u3059`, "bad central directory entry"), "badDirectoryEntry"),
  badLocalHeader: /* @__PURE__ */ __name(() => both(`\u30D5\u30A1\u30A4\u30EB\u5185\u306E\u90E8\u54C1\u306E\u898B\u51FA\u3057\u304C\u58CA\u308C\u3066\u3044\u307E\u3059`, "bad local header"), "badLocalHeader"),
  entryOutOfRange: /* @__PURE__ */ __name(() => both(`\u90E8\u54C1\u306E\u30C7\u30FC\u30BF\u304C\u30D5\u30A1\u30A4\u30EB\u306E\u7D42\u308F\u308A\u3088\u308A\u5148\u306B\u3042\u308A\u307E\u3059${TRUNCATED}`, "entry data out of range"), "entryOutOfRange"),
  encryptedEntry: /* @__PURE__ */ __name((part2) => both(`${part2} \u304C\u6697\u53F7\u5316\u3055\u308C\u3066\u3044\u3066\u8AAD\u3081\u307E\u305B\u3093`, `${part2}: encrypted entry`), "encryptedEntry"),
  /** The inflater's own text is for support: it stays in the English detail only. */
  inflateFailed: /* @__PURE__ */ __name((part2, inner) => both(`${part2} \u306E\u5727\u7E2E\u30C7\u30FC\u30BF\u304C\u58CA\u308C\u3066\u3044\u307E\u3059`, `${part2}: ${inner}`), "inflateFailed"),
  unsupportedMethod: /* @__PURE__ */ __name((part2, method) => both(`${part2} \u306F\u5BFE\u5FDC\u3057\u3066\u3044\u306A\u3044\u5727\u7E2E\u65B9\u5F0F\uFF08${method}\uFF09\u3067\u3059`, `${part2}: unsupported compression method ${method}`), "unsupportedMethod"),
  damagedEntry: /* @__PURE__ */ __name((part2) => both(`${part2} \u304C\u58CA\u308C\u3066\u3044\u307E\u3059\uFF08\u5927\u304D\u3055\u307E\u305F\u306F\u691C\u67FB\u5024\u304C\u4E00\u81F4\u3057\u307E\u305B\u3093\uFF09`, `${part2}: damaged entry (size or CRC mismatch)`), "damagedEntry"),
  /** Two entries whose names are equal ignoring case: one part twice (ECMA-376 part 2, 9.1.1.1). */
  duplicatePart: /* @__PURE__ */ __name((first, second) => both(
    first === second ? `${first} \u304C\u4E8C\u3064\u3042\u308A\u307E\u3059${DAMAGED}` : `${first} \u3068 ${second} \u304C\u540C\u3058\u90E8\u54C1\u3067\u3059\uFF08\u90E8\u54C1\u540D\u306F\u5927\u6587\u5B57\u3068\u5C0F\u6587\u5B57\u3092\u533A\u5225\u3057\u307E\u305B\u3093\uFF09${DAMAGED}`,
    first === second ? `two parts named ${first}` : `${first} and ${second} name one part (part names are case-insensitive)`
  ), "duplicatePart")
};
var partDetail = {
  /** too-large: the part and what it inflates to. */
  size: /* @__PURE__ */ __name((part2, mb2) => neutral(`${part2} ${mb2} MB`), "size"),
  missing: /* @__PURE__ */ __name((part2) => both(`${part2} \u304C\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, `${part2} is missing`), "missing"),
  cutShort: /* @__PURE__ */ __name((part2) => both(`${part2} \u304C\u9014\u4E2D\u3067\u5207\u308C\u3066\u3044\u307E\u3059`, `${part2} is cut short`), "cutShort")
};
var xmlDetail = {
  tagTooLong: /* @__PURE__ */ __name((chars) => both(`${chars} \u6587\u5B57\u3092\u8D85\u3048\u308B\u9577\u3055\u306E\u30BF\u30B0\u304C\u3042\u308A\u307E\u3059${DAMAGED}`, `an XML tag longer than ${chars} characters`), "tagTooLong"),
  endsInsideTag: /* @__PURE__ */ __name(() => both(`\u30BF\u30B0\u306E\u9014\u4E2D\u3067\u7D42\u308F\u3063\u3066\u3044\u307E\u3059${TRUNCATED}`, "the XML ends inside a tag"), "endsInsideTag"),
  inPart: /* @__PURE__ */ __name((part2, inner) => both(`${part2}: ${inner.ja}`, `${part2}: ${inner.en}`), "inPart"),
  unclosed: /* @__PURE__ */ __name((element2) => both(`<${element2}> \u304C\u9589\u3058\u3089\u308C\u3066\u3044\u307E\u305B\u3093\uFF08\u58CA\u308C\u3066\u3044\u308B\u304B\u3001\u9014\u4E2D\u3067\u5207\u308C\u3066\u3044\u307E\u3059\uFF09`, `unclosed element <${element2}>`), "unclosed"),
  noRoot: /* @__PURE__ */ __name(() => both(`\u4E2D\u8EAB\u304C\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, "no root element"), "noRoot"),
  noSheetData: /* @__PURE__ */ __name(() => both(`\u30B7\u30FC\u30C8\u306B\u30BB\u30EB\u306E\u9818\u57DF <sheetData> \u304C\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, "worksheet without sheetData"), "noSheetData"),
  noSheets: /* @__PURE__ */ __name((part2) => both(`${part2} \u306B\u30B7\u30FC\u30C8\u306E\u4E00\u89A7 <sheets> \u304C\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, `${part2}: no <sheets>`), "noSheets"),
  /** An end tag that is not the one of the element open (a tag lost or mistyped). */
  mismatched: /* @__PURE__ */ __name((open, close) => both(`<${open}> \u304C </${close}> \u3067\u9589\u3058\u3089\u308C\u3066\u3044\u307E\u3059${DAMAGED}`, `element <${open}> closed by </${close}>`), "mismatched"),
  strayClose: /* @__PURE__ */ __name((close) => both(`</${close}> \u306B\u5BFE\u5FDC\u3059\u308B\u958B\u59CB\u30BF\u30B0\u304C\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, `end tag </${close}> without a start tag`), "strayClose"),
  /** The writer's edit of a sheet part whose rows or cells are out of order (put in order first) or repeated. */
  outOfOrder: /* @__PURE__ */ __name(() => both(`\u884C\u307E\u305F\u306F\u30BB\u30EB\u306E\u9806\u5E8F\u304C\u6B63\u3057\u304F\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, "rows or cells out of order"), "outOfOrder"),
  rowRepeated: /* @__PURE__ */ __name((row2) => both(`${row2} \u884C\u76EE\u304C\u4E8C\u5EA6\u66F8\u304B\u308C\u3066\u3044\u307E\u3059${DAMAGED}`, `row ${row2} is given twice`), "rowRepeated"),
  cellRepeated: /* @__PURE__ */ __name((cell) => both(`\u30BB\u30EB ${cell} \u304C\u4E8C\u5EA6\u66F8\u304B\u308C\u3066\u3044\u307E\u3059${DAMAGED}`, `cell ${cell} is given twice`), "cellRepeated"),
  /** A sheet the workbook lists whose part is not in the package (Excel reports the file damaged). */
  sheetPartMissing: /* @__PURE__ */ __name((sheet, part2) => both(`\u30B7\u30FC\u30C8\u300C${sheet}\u300D\u306E\u4E2D\u8EAB ${part2} \u304C\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, `sheet ${sheet}: its part ${part2} is missing`), "sheetPartMissing")
};
var cellDetail = {
  sharedStringMissing: /* @__PURE__ */ __name((where, index) => both(`${where}: \u5171\u6709\u6587\u5B57\u5217 ${index} \u304C\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, `${where}: shared string ${index} is missing`), "sharedStringMissing"),
  /** Two `<c>` for one cell: which one holds the figure cannot be told. */
  cellTwice: /* @__PURE__ */ __name((where) => both(`${where}: \u540C\u3058\u30BB\u30EB\u304C\u4E8C\u5EA6\u66F8\u304B\u308C\u3066\u3044\u307E\u3059${DAMAGED}`, `${where}: the cell is given twice`), "cellTwice"),
  /** Two `<row>` for one row number; `where` is the sheet and the row (計画!6). */
  rowTwice: /* @__PURE__ */ __name((sheet, row2) => both(`\u30B7\u30FC\u30C8\u300C${sheet}\u300D: ${row2} \u884C\u76EE\u304C\u4E8C\u5EA6\u66F8\u304B\u308C\u3066\u3044\u307E\u3059${DAMAGED}`, `${sheet}: row ${row2} is given twice`), "rowTwice"),
  /** A number cell whose value is not a number (xsd:double): Excel refuses such a file too. */
  notANumber: /* @__PURE__ */ __name((where, text2) => both(`${where}: \u6570\u5024\u306E\u30BB\u30EB\u306E\u5024\u300C${text2}\u300D\u304C\u6570\u5024\u3067\u306F\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, `${where}: number cell value "${text2}" is not a number`), "notANumber")
};
var sheetNameDetail = {
  empty: /* @__PURE__ */ __name(() => both("\u540D\u524D\u306E\u306A\u3044\u30B7\u30FC\u30C8\u304C\u3042\u308A\u307E\u3059\uFF08Excel \u306F\u3053\u306E\u540D\u524D\u3092\u8A8D\u3081\u307E\u305B\u3093\uFF09", "a sheet without a name"), "empty"),
  reserved: /* @__PURE__ */ __name((name) => both(`\u30B7\u30FC\u30C8\u540D\u300C${name}\u300D\u306F Excel \u306E\u4E88\u7D04\u8A9E\u3067\u3059`, `sheet name ${name} is reserved by Excel`), "reserved"),
  forbiddenCharacter: /* @__PURE__ */ __name((name) => both(`\u30B7\u30FC\u30C8\u540D\u300C${name}\u300D\u306B Excel \u304C\u8A8D\u3081\u306A\u3044\u6587\u5B57\uFF08* ? : \\ / [ ] \u306E\u3069\u308C\u304B\uFF09\u304C\u3042\u308A\u307E\u3059`, `sheet name ${name} holds one of * ? : \\ / [ ], which Excel refuses`), "forbiddenCharacter"),
  quote: /* @__PURE__ */ __name((name) => both(`\u30B7\u30FC\u30C8\u540D\u300C${name}\u300D\u306E\u5148\u982D\u304B\u672B\u5C3E\u306B\u5F15\u7528\u7B26\uFF08'\uFF09\u304C\u3042\u308A\u3001Excel \u304C\u8A8D\u3081\u307E\u305B\u3093`, `sheet name ${name} starts or ends with a quote, which Excel refuses`), "quote"),
  twice: /* @__PURE__ */ __name((name) => both(`\u30B7\u30FC\u30C8\u540D\u300C${name}\u300D\u304C\u91CD\u8907\u3057\u3066\u3044\u307E\u3059\uFF08\u5927\u6587\u5B57\u3068\u5C0F\u6587\u5B57\u306F\u533A\u5225\u3055\u308C\u307E\u305B\u3093\uFF09`, `sheet name ${name} is used twice`), "twice")
};
var cfbDetail = {
  notCompound: /* @__PURE__ */ __name(() => both("\u6697\u53F7\u5316\u3055\u308C\u305F\u30D6\u30C3\u30AF\u306E\u5165\u308C\u7269\uFF08\u8907\u5408\u30D5\u30A1\u30A4\u30EB\uFF09\u3067\u306F\u3042\u308A\u307E\u305B\u3093", "not a compound file"), "notCompound"),
  header: /* @__PURE__ */ __name((version, shift) => both(`\u8907\u5408\u30D5\u30A1\u30A4\u30EB\u306E\u898B\u51FA\u3057\u304C\u6B63\u3057\u304F\u3042\u308A\u307E\u305B\u3093\uFF08\u30D0\u30FC\u30B8\u30E7\u30F3 ${version}\u3001\u30BB\u30AF\u30BF\u30FC \u30B7\u30D5\u30C8 ${shift}\uFF09`, `compound file header: version ${version}, sector shift ${shift}`), "header"),
  noRoot: /* @__PURE__ */ __name(() => both(`\u8907\u5408\u30D5\u30A1\u30A4\u30EB\u306B\u30EB\u30FC\u30C8\u306E\u9805\u76EE\u304C\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, "compound file: no root entry"), "noRoot"),
  sectorBeyondEnd: /* @__PURE__ */ __name((n) => both(`\u8907\u5408\u30D5\u30A1\u30A4\u30EB\u306E\u30BB\u30AF\u30BF\u30FC ${n} \u304C\u30D5\u30A1\u30A4\u30EB\u306E\u7D42\u308F\u308A\u3088\u308A\u5148\u306B\u3042\u308A\u307E\u3059${TRUNCATED}`, `compound file: sector ${n} beyond the end (truncated)`), "sectorBeyondEnd"),
  tooManyFatSectors: /* @__PURE__ */ __name((fat, count) => both(`\u8907\u5408\u30D5\u30A1\u30A4\u30EB\u306E\u5272\u308A\u5F53\u3066\u8868\u304C ${fat} \u30BB\u30AF\u30BF\u30FC\u3042\u308A\u3001\u30D5\u30A1\u30A4\u30EB\u306E ${count} \u30BB\u30AF\u30BF\u30FC\u3092\u8D85\u3048\u3066\u3044\u307E\u3059${DAMAGED}`, `compound file: ${fat} FAT sectors in a file of ${count}`), "tooManyFatSectors"),
  difatEndsEarly: /* @__PURE__ */ __name(() => both(`\u8907\u5408\u30D5\u30A1\u30A4\u30EB\u306E\u5272\u308A\u5F53\u3066\u8868\u306E\u4E00\u89A7\u304C\u9014\u4E2D\u3067\u7D42\u308F\u3063\u3066\u3044\u307E\u3059${DAMAGED}`, "compound file: DIFAT chain ends early"), "difatEndsEarly"),
  fatSectorsMissing: /* @__PURE__ */ __name(() => both(`\u8907\u5408\u30D5\u30A1\u30A4\u30EB\u306E\u5272\u308A\u5F53\u3066\u8868\u304C\u8DB3\u308A\u307E\u305B\u3093${DAMAGED}`, "compound file: FAT sectors missing"), "fatSectorsMissing"),
  badFatSector: /* @__PURE__ */ __name(() => both(`\u8907\u5408\u30D5\u30A1\u30A4\u30EB\u306E\u5272\u308A\u5F53\u3066\u8868\u306E\u30BB\u30AF\u30BF\u30FC\u756A\u53F7\u304C\u6B63\u3057\u304F\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, "compound file: bad FAT sector number"), "badFatSector"),
  entryMissing: /* @__PURE__ */ __name((n) => both(`\u8907\u5408\u30D5\u30A1\u30A4\u30EB\u306E\u9805\u76EE ${n} \u304C\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, `compound file: directory entry ${n} missing`), "entryMissing"),
  streamTooLong: /* @__PURE__ */ __name((stream, size, length) => both(`\u8907\u5408\u30D5\u30A1\u30A4\u30EB\u306E\u30B9\u30C8\u30EA\u30FC\u30E0 ${stream}\uFF08${size} \u30D0\u30A4\u30C8\uFF09\u304C\u30D5\u30A1\u30A4\u30EB\uFF08${length} \u30D0\u30A4\u30C8\uFF09\u3088\u308A\u5927\u304D\u304F\u306A\u3063\u3066\u3044\u307E\u3059${TRUNCATED}`, `compound file: stream ${stream} of ${size} bytes in a file of ${length} (truncated)`), "streamTooLong"),
  miniSectorBeyond: /* @__PURE__ */ __name((n) => both(`\u8907\u5408\u30D5\u30A1\u30A4\u30EB\u306E\u5C0F\u30BB\u30AF\u30BF\u30FC ${n} \u304C\u7BC4\u56F2\u306E\u5916\u306B\u3042\u308A\u307E\u3059${DAMAGED}`, `compound file: mini sector ${n} beyond the mini stream`), "miniSectorBeyond"),
  /** `table`: which allocation table the chain is in (FAT or miniFAT), kept as it is in English. */
  chainBroken: /* @__PURE__ */ __name((table, n) => both(`\u8907\u5408\u30D5\u30A1\u30A4\u30EB\u306E\u30BB\u30AF\u30BF\u30FC\u306E\u3064\u306A\u304C\u308A\u304C\u30BB\u30AF\u30BF\u30FC ${n} \u3067\u5207\u308C\u3066\u3044\u307E\u3059${DAMAGED}`, `compound file: ${table} chain broken at sector ${n}`), "chainBroken"),
  chainLoops: /* @__PURE__ */ __name((table) => both(`\u8907\u5408\u30D5\u30A1\u30A4\u30EB\u306E\u30BB\u30AF\u30BF\u30FC\u306E\u3064\u306A\u304C\u308A\u304C\u8F2A\u306B\u306A\u3063\u3066\u3044\u307E\u3059${DAMAGED}`, `compound file: ${table} chain loops`), "chainLoops"),
  streamCutShort: /* @__PURE__ */ __name((total, size) => both(`\u8907\u5408\u30D5\u30A1\u30A4\u30EB\u306E\u30B9\u30C8\u30EA\u30FC\u30E0\u304C\u9014\u4E2D\u3067\u5207\u308C\u3066\u3044\u307E\u3059\uFF08${size} \u30D0\u30A4\u30C8\u306E\u3046\u3061 ${total} \u30D0\u30A4\u30C8\uFF09`, `compound file: stream cut short (${total} of ${size} bytes; truncated)`), "streamCutShort")
};
var decryptDetail = {
  tooShort: /* @__PURE__ */ __name(() => both(`\u6697\u53F7\u5316\u3055\u308C\u305F\u30C7\u30FC\u30BF EncryptedPackage \u304C\u77ED\u3059\u304E\u307E\u3059${TRUNCATED}`, "EncryptedPackage too short"), "tooShort"),
  /** too-large: what the package says it decrypts to. */
  size: /* @__PURE__ */ __name((mb2) => neutral(`EncryptedPackage ${mb2} MB`), "size"),
  cutShort: /* @__PURE__ */ __name((have, need) => both(`\u6697\u53F7\u5316\u3055\u308C\u305F\u30C7\u30FC\u30BF EncryptedPackage \u304C\u9014\u4E2D\u3067\u5207\u308C\u3066\u3044\u307E\u3059\uFF08${need} \u30D0\u30A4\u30C8\u306E\u3046\u3061 ${have} \u30D0\u30A4\u30C8\uFF09`, `EncryptedPackage cut short (${have} of ${need} bytes; truncated)`), "cutShort"),
  integrity: /* @__PURE__ */ __name(() => both(`\u6697\u53F7\u5316\u3055\u308C\u305F\u30C7\u30FC\u30BF EncryptedPackage \u306E\u6574\u5408\u6027\u306E\u691C\u67FB\u306B\u5931\u6557\u3057\u307E\u3057\u305F${DAMAGED}`, "EncryptedPackage fails its data integrity check (damaged)"), "integrity"),
  packageMissing: /* @__PURE__ */ __name(() => both("\u6697\u53F7\u5316\u306E\u60C5\u5831\u306F\u3042\u308A\u307E\u3059\u304C\u3001\u6697\u53F7\u5316\u3055\u308C\u305F\u30C7\u30FC\u30BF EncryptedPackage \u304C\u3042\u308A\u307E\u305B\u3093", "EncryptedPackage missing"), "packageMissing")
};
var sheetPartDetail = /* @__PURE__ */ __name((sheet, part2, inner) => both(`\u30B7\u30FC\u30C8\u300C${sheet}\u300D\uFF08${part2}\uFF09: ${inner.ja}`, `${sheet} (${part2}): ${inner.en}`), "sheetPartDetail");
var inSheetDetail = /* @__PURE__ */ __name((sheet, inner) => both(`\u30B7\u30FC\u30C8\u300C${sheet}\u300D: ${inner.ja}`, `${sheet}: ${inner.en}`), "inSheetDetail");
var atCellDetail = /* @__PURE__ */ __name((cell, inner) => both(`\u30BB\u30EB ${cell}: ${inner.ja}`, `cell ${cell}: ${inner.en}`), "atCellDetail");
var internalDetail = /* @__PURE__ */ __name((text2) => both(`\u5185\u90E8\u30A8\u30E9\u30FC: ${text2}`, `internal error: ${text2}`), "internalDetail");

// src/hosts/file/errors.ts
var DetailedError = class extends Error {
  constructor(detail) {
    super(detail.en);
    this.detail = detail;
  }
  detail;
  static {
    __name(this, "DetailedError");
  }
};
function detailOf(e) {
  if (e instanceof DetailedError) return e.detail;
  return internalDetail(e instanceof Error ? `${e.name === "Error" ? "" : `${e.name}: `}${e.message}` : String(e));
}
__name(detailOf, "detailOf");
var ReadError = class extends Error {
  constructor(reason, file, detail, place) {
    const d = typeof detail === "string" ? neutral(detail) : detail;
    super(readErrorMessage(reason, file, d, place).ja);
    this.reason = reason;
    this.file = file;
    this.place = place;
    this.detail = d;
  }
  reason;
  file;
  place;
  static {
    __name(this, "ReadError");
  }
  /** What is wrong with the file, in both languages (a plain text is the same in both). */
  detail;
  get messageEn() {
    return readErrorMessage(this.reason, this.file, this.detail, this.place).en;
  }
};

// src/hosts/file/xlsx/scanner.ts
var MAX_TAG = 16 * 1024 * 1024;
var XmlScanError = class extends DetailedError {
  static {
    __name(this, "XmlScanError");
  }
};
var XmlScanner = class {
  constructor(h) {
    this.h = h;
  }
  h;
  static {
    __name(this, "XmlScanner");
  }
  parts = [];
  pending = 0;
  /** Waits for this many pending characters before trying again: linear time on long tokens. */
  retryAt = 0;
  feed(chunk, final = false) {
    if (chunk) {
      this.parts.push(chunk);
      this.pending += chunk.length;
    }
    if (!final && this.pending < this.retryAt) return;
    const buf = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    const used = this.scan(buf, final);
    const rest = used === 0 ? buf : buf.slice(used);
    this.parts = rest ? [rest] : [];
    this.pending = rest.length;
    if (rest.length > MAX_TAG && rest.charCodeAt(0) === 60) throw new XmlScanError(xmlDetail.tagTooLong(MAX_TAG));
    this.retryAt = rest.length > 4096 ? rest.length * 2 : 0;
    if (final && rest) throw new XmlScanError(xmlDetail.endsInsideTag());
  }
  /** Scans as far as complete tokens go; returns how many characters it used. */
  scan(buf, final) {
    const h = this.h;
    const n = buf.length;
    let i2 = 0;
    let declined = -1;
    while (i2 < n) {
      const lt = buf.indexOf("<", i2);
      if (lt < 0) {
        if (!h.wantText) return n;
        if (!final) return i2;
        h.text(decodeText(buf.slice(i2)));
        return n;
      }
      if (lt > i2 && h.wantText) h.text(decodeText(buf.slice(i2, lt)));
      i2 = lt;
      if (h.fast && lt !== declined) {
        const j = h.fast(buf, lt);
        if (j !== lt) {
          i2 = declined = j;
          continue;
        }
      }
      const c = buf.charCodeAt(lt + 1);
      if (c === 47) {
        const gt = buf.indexOf(">", lt + 2);
        if (gt < 0) return i2;
        let e = gt;
        while (e > lt + 2 && isSpace(buf.charCodeAt(e - 1))) e--;
        let from = lt + 2;
        for (let k = from; k < e; k++) if (buf.charCodeAt(k) === 58) from = k + 1;
        h.close(buf.slice(from, e));
        i2 = gt + 1;
      } else if (c === 33) {
        if (buf.startsWith("<!--", lt)) {
          const end = buf.indexOf("-->", lt + 4);
          if (end < 0) return i2;
          i2 = end + 3;
        } else if (buf.startsWith("<![CDATA[", lt)) {
          const end = buf.indexOf("]]>", lt + 9);
          if (end < 0) return i2;
          if (h.wantText) h.text(buf.slice(lt + 9, end));
          i2 = end + 3;
        } else {
          const end = declarationEnd(buf, lt + 2);
          if (end < 0) return i2;
          i2 = end + 1;
        }
      } else if (c === 63) {
        const end = buf.indexOf("?>", lt + 2);
        if (end < 0) return i2;
        i2 = end + 2;
      } else if (c !== c) {
        return i2;
      } else {
        const gt = tagEnd(buf, lt + 1);
        if (gt < 0) return i2;
        const empty = buf.charCodeAt(gt - 1) === 47;
        const end = empty ? gt - 1 : gt;
        let j = lt + 1;
        let from = j;
        for (let c2 = buf.charCodeAt(j); j < end && !isSpace(c2); c2 = buf.charCodeAt(++j)) if (c2 === 58) from = j + 1;
        const name = buf.slice(from, j);
        h.open(name, j < end ? buf.slice(j, end) : "");
        if (empty) h.close(name);
        i2 = gt + 1;
      }
    }
    return i2;
  }
};
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
__name(isSpace, "isSpace");
function tagEnd(buf, from) {
  let quote = 0;
  for (let k = from; k < buf.length; k++) {
    const c = buf.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return k;
  }
  return -1;
}
__name(tagEnd, "tagEnd");
function declarationEnd(buf, from) {
  let depth = 0;
  let quote = 0;
  for (let k = from; k < buf.length; k++) {
    const c = buf.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 91) depth++;
    else if (c === 93) depth--;
    else if (c === 62 && depth <= 0) return k;
  }
  return -1;
}
__name(declarationEnd, "declarationEnd");
function localName(qname) {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}
__name(localName, "localName");
var ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
function attributes(s) {
  const out = {};
  if (!s) return out;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(s); m; m = ATTR.exec(s)) {
    const q = m[1];
    if (q.startsWith("xmlns")) continue;
    out[localName(q)] = decodeAttr(m[2] ?? m[3]);
  }
  return out;
}
__name(attributes, "attributes");
function attribute(s, name) {
  let from = 0;
  for (; ; ) {
    const k = s.indexOf(name, from);
    if (k < 0) return void 0;
    from = k + name.length;
    const before = s.charCodeAt(k - 1);
    if (!(isSpace(before) || before === 58)) continue;
    let j = from;
    while (isSpace(s.charCodeAt(j))) j++;
    if (s.charCodeAt(j) !== 61) continue;
    if (before === 58) {
      const start = s.lastIndexOf(" ", k) + 1;
      if (s.startsWith("xmlns", start)) continue;
    }
    j++;
    while (isSpace(s.charCodeAt(j))) j++;
    const q = s.charCodeAt(j);
    if (q !== 34 && q !== 39) continue;
    const end = s.indexOf(q === 34 ? '"' : "'", j + 1);
    if (end < 0) return void 0;
    return decodeAttr(s.slice(j + 1, end));
  }
}
__name(attribute, "attribute");
var ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
function entity(m, e) {
  switch (e) {
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "amp":
      return "&";
    case "quot":
      return '"';
    case "apos":
      return "'";
  }
  const code = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return code >= 0 && code <= 1114111 ? String.fromCodePoint(code) : m;
}
__name(entity, "entity");
function decodeText(s) {
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  return s.indexOf("&") < 0 ? s : s.replace(ENTITY, entity);
}
__name(decodeText, "decodeText");
function decodeAttr(s) {
  let plain = true;
  for (let i2 = 0; i2 < s.length && plain; i2++) {
    const c = s.charCodeAt(i2);
    plain = c !== 38 && c !== 9 && c !== 10 && c !== 13;
  }
  if (plain) return s;
  if (/[\t\n\r]/.test(s)) s = s.replace(/\r\n|[\t\n\r]/g, " ");
  return s.indexOf("&") < 0 ? s : s.replace(ENTITY, entity);
}
__name(decodeAttr, "decodeAttr");
function detach(s) {
  if (s.length < 13) return s;
  const copy = s.slice(0, 1) + s.slice(1);
  copy.charCodeAt(0);
  return copy;
}
__name(detach, "detach");
function unescapeXstring(s) {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}
__name(unescapeXstring, "unescapeXstring");

// src/hosts/file/xlsx/part.ts
function encodingOf(head) {
  if (head[0] === 239 && head[1] === 187 && head[2] === 191) return { label: "utf-8", skip: 3 };
  if (head[0] === 255 && head[1] === 254) return { label: "utf-16le", skip: 2 };
  if (head[0] === 254 && head[1] === 255) return { label: "utf-16be", skip: 2 };
  if (head[0] === 60 && head[1] === 0 && head[2] === 63 && head[3] === 0) return { label: "utf-16le", skip: 0 };
  if (head[0] === 0 && head[1] === 60 && head[2] === 0 && head[3] === 63) return { label: "utf-16be", skip: 0 };
  if (head[0] === 60 && head[1] === 0 && head[3] === 0) return { label: "utf-16le", skip: 0 };
  if (head[0] === 0 && head[1] === 60 && head[2] === 0) return { label: "utf-16be", skip: 0 };
  let decl = "";
  for (let i2 = 0; i2 < Math.min(head.length, 256) && head[i2] !== 62; i2++) decl += String.fromCharCode(head[i2]);
  const label3 = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(decl)?.[1]?.toLowerCase();
  if (label3 && label3 !== "utf-8" && label3 !== "utf8") {
    try {
      new TextDecoder(label3);
      return { label: label3, skip: 0 };
    } catch {
    }
  }
  return { label: "utf-8", skip: 0 };
}
__name(encodingOf, "encodingOf");
function scanPart(zip, name, handler) {
  const scanner = new XmlScanner(handler);
  let decoder = null;
  let head = new Uint8Array(0);
  try {
    zip.read(name, (bytes2, final) => {
      if (head) {
        let joined2 = bytes2;
        if (head.length) {
          joined2 = new Uint8Array(head.length + bytes2.length);
          joined2.set(head);
          joined2.set(bytes2, head.length);
        }
        if (joined2.length < 128 && !final) {
          head = joined2;
          return;
        }
        head = null;
        const enc = encodingOf(joined2);
        decoder = new TextDecoder(enc.label);
        bytes2 = joined2.subarray(enc.skip);
      }
      scanner.feed(decoder.decode(bytes2, { stream: !final }), final);
    });
  } catch (e) {
    if (e instanceof XmlScanError) throw new XmlScanError(xmlDetail.inPart(name, e.detail));
    throw e;
  }
}
__name(scanPart, "scanPart");

// src/hosts/file/xlsx/shared-strings.ts
var RunText = class {
  static {
    __name(this, "RunText");
  }
  parts = [];
  seen = false;
  inRPh = 0;
  inT = false;
  /** Returns true when the element was one of the run's. */
  open(name) {
    if (name === "rPh") this.inRPh++;
    else if (name === "t" && !this.inRPh) {
      this.inT = true;
      this.seen = true;
    } else return name === "r" || name === "rPr" || name === "phoneticPr";
    return true;
  }
  close(name) {
    if (name === "rPh") this.inRPh--;
    else if (name === "t") this.inT = false;
  }
  get wantText() {
    return this.inT;
  }
  take() {
    const s = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    this.reset();
    return detach(unescapeXstring(s));
  }
  /** `take` without its text: the state of a new container. */
  reset() {
    if (this.parts.length) this.parts = [];
    this.seen = false;
    this.inRPh = 0;
    this.inT = false;
  }
};
function readSharedStrings(zip, part2) {
  const out = [];
  if (!part2) return out;
  const run = new RunText();
  let inSi = false;
  const handler = {
    wantText: false,
    open(name) {
      if (name === "si") {
        inSi = true;
        run.take();
      } else if (inSi) {
        run.open(name);
        this.wantText = run.wantText;
      }
    },
    close(name) {
      if (name === "si") {
        inSi = false;
        const seen = run.seen;
        const text2 = run.take();
        out.push(seen ? text2 : null);
      } else if (inSi) run.close(name);
      this.wantText = run.wantText;
    },
    text(s) {
      run.parts.push(s);
    }
  };
  scanPart(zip, part2, handler);
  return out;
}
__name(readSharedStrings, "readSharedStrings");

// src/hosts/file/xlsx/sheet.ts
init_workbook();

// src/core/dates.ts
function isDateFormat(format) {
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
__name(isDateFormat, "isDateFormat");
function serialToIso(serial, date1904) {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 864e5));
  return Number.isNaN(d.getTime()) ? void 0 : d.toISOString().slice(0, 10);
}
__name(serialToIso, "serialToIso");

// src/hosts/file/xlsx/sheet-cells.ts
var LT = 60;
var GT = 62;
var SLASH = 47;
var QUOTE = 34;
var SPACE = 32;
var EQ = 61;
function matchCells(buf, at2, sink) {
  const n = buf.length;
  let i2 = at2;
  while (i2 + 1 < n && buf.charCodeAt(i2) === LT) {
    const c1 = buf.charCodeAt(i2 + 1);
    let j = -1;
    if (c1 === 99) j = matchCell(buf, i2, sink);
    else if (c1 === 114) j = matchRow(buf, i2, sink);
    else if (c1 === SLASH && i2 + 5 < n && isEndRow(buf, i2)) {
      sink.endRow();
      j = i2 + 6;
    }
    if (j < 0) return i2;
    i2 = j;
  }
  return i2;
}
__name(matchCells, "matchCells");
function isEndRow(buf, i2) {
  return buf.charCodeAt(i2 + 2) === 114 && buf.charCodeAt(i2 + 3) === 111 && buf.charCodeAt(i2 + 4) === 119 && buf.charCodeAt(i2 + 5) === GT;
}
__name(isEndRow, "isEndRow");
function digitsToQuote(buf, k) {
  const end = Math.min(buf.length, k + 10);
  let n = 0;
  const from = k;
  for (; k < end; k++) {
    const c = buf.charCodeAt(k);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
  }
  return k === from || k === end || buf.charCodeAt(k) !== QUOTE ? -1 : n;
}
__name(digitsToQuote, "digitsToQuote");
function digitsEnd(buf, k) {
  for (let c = buf.charCodeAt(k); c >= 48 && c <= 57; c = buf.charCodeAt(++k)) ;
  return k;
}
__name(digitsEnd, "digitsEnd");
function matchRow(buf, i2, sink) {
  if (buf.indexOf(">", i2 + 2) < 0) return -1;
  if (buf.charCodeAt(i2 + 2) !== 111 || buf.charCodeAt(i2 + 3) !== 119 || buf.charCodeAt(i2 + 4) !== SPACE || buf.charCodeAt(i2 + 5) !== 114 || buf.charCodeAt(i2 + 6) !== EQ || buf.charCodeAt(i2 + 7) !== QUOTE) {
    return -1;
  }
  const n = digitsToQuote(buf, i2 + 8);
  if (n < 1) return -1;
  const gt = tagEnd(buf, digitsEnd(buf, i2 + 8) + 1);
  if (gt < 0) return -1;
  sink.row(n, buf.charCodeAt(gt - 1) === SLASH);
  return gt + 1;
}
__name(matchRow, "matchRow");
function matchCell(buf, i2, sink) {
  if (buf.indexOf(">", i2 + 2) < 0) return -1;
  if (buf.charCodeAt(i2 + 2) !== SPACE || buf.charCodeAt(i2 + 3) !== 114 || buf.charCodeAt(i2 + 4) !== EQ || buf.charCodeAt(i2 + 5) !== QUOTE) return -1;
  let k = i2 + 6;
  let col = 0;
  const letters = k;
  for (let c = buf.charCodeAt(k) | 32; c >= 97 && c <= 122; c = buf.charCodeAt(++k) | 32) col = col * 26 + (c - 96);
  if (k === letters || k - letters > 3) return -1;
  const row2 = digitsToQuote(buf, k);
  if (row2 < 0) return -1;
  k = digitsEnd(buf, k) + 1;
  let style = 0;
  if (buf.charCodeAt(k) === SPACE && buf.charCodeAt(k + 1) === 115 && buf.charCodeAt(k + 2) === EQ && buf.charCodeAt(k + 3) === QUOTE) {
    style = digitsToQuote(buf, k + 4);
    if (style < 0) return -1;
    k = digitsEnd(buf, k + 4) + 1;
  }
  let type = 0 /* None */;
  if (buf.charCodeAt(k) === SPACE && buf.charCodeAt(k + 1) === 116 && buf.charCodeAt(k + 2) === EQ && buf.charCodeAt(k + 3) === QUOTE) {
    k += 4;
    const t = buf.charCodeAt(k);
    if (t === 115 && buf.charCodeAt(k + 1) === QUOTE) {
      type = 1 /* S */;
      k += 2;
    } else if (t === 110 && buf.charCodeAt(k + 1) === QUOTE) {
      type = 2 /* N */;
      k += 2;
    } else if (t === 115 && buf.charCodeAt(k + 1) === 116 && buf.charCodeAt(k + 2) === 114 && buf.charCodeAt(k + 3) === QUOTE) {
      type = 3 /* Str */;
      k += 4;
    } else return -1;
  }
  const end = buf.charCodeAt(k);
  if (end === SLASH) {
    if (buf.charCodeAt(k + 1) !== GT) return -1;
    sink.cell(buf, row2 - 1, col - 1, style, type, -1, -1, false, -1, -1);
    return k + 2;
  }
  if (end !== GT) return -1;
  k++;
  const n = buf.length;
  let f0 = -1;
  let f1 = -1;
  let shared3 = false;
  if (k + 2 < n && buf.charCodeAt(k) === LT && buf.charCodeAt(k + 1) === 102) {
    if (buf.charCodeAt(k + 2) === GT) f0 = k + 3;
    else if (buf.startsWith(ACA_FALSE, k + 2)) f0 = k + 2 + ACA_FALSE.length;
    else if (buf.startsWith(ACA_TRUE, k + 2)) f0 = k + 2 + ACA_TRUE.length;
    else if (buf.startsWith(SHARED, k + 2)) {
      f0 = k + 2 + SHARED.length;
      if (digitsToQuote(buf, f0) < 0) return -1;
      f1 = digitsEnd(buf, f0);
      if (f1 + 2 >= n || buf.charCodeAt(f1 + 1) !== SLASH || buf.charCodeAt(f1 + 2) !== GT) return -1;
      shared3 = true;
      k = f1 + 3;
    } else return -1;
    if (!shared3) {
      f1 = buf.indexOf("<", f0);
      if (f1 < 0 || f1 + 3 >= n || !isClose(buf, f1, 102)) return -1;
      k = f1 + 4;
    }
  }
  let v0 = -1;
  let v1 = -1;
  if (k + 2 < n && isOpen(
    buf,
    k,
    118
    /* v */
  )) {
    v0 = k + 3;
    v1 = buf.indexOf("<", v0);
    if (v1 < 0 || v1 + 3 >= n || !isClose(buf, v1, 118)) return -1;
    k = v1 + 4;
  }
  if (k + 3 >= n || !isClose(
    buf,
    k,
    99
    /* c */
  )) return -1;
  sink.cell(buf, row2 - 1, col - 1, style, type, f0, f1, shared3, v0, v1);
  return k + 4;
}
__name(matchCell, "matchCell");
var ACA_FALSE = ' aca="false">';
var ACA_TRUE = ' aca="true">';
var SHARED = ' t="shared" si="';
function isOpen(buf, k, name) {
  return buf.charCodeAt(k) === LT && buf.charCodeAt(k + 1) === name && buf.charCodeAt(k + 2) === GT;
}
__name(isOpen, "isOpen");
function isClose(buf, k, name) {
  return buf.charCodeAt(k) === LT && buf.charCodeAt(k + 1) === SLASH && buf.charCodeAt(k + 2) === name && buf.charCodeAt(k + 3) === GT;
}
__name(isClose, "isClose");
var POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
function plainNumber(buf, from, to) {
  let i2 = from;
  const negative = buf.charCodeAt(i2) === 45;
  if (negative) i2++;
  let m = 0;
  let digits = 0;
  let point = -1;
  for (; i2 < to; i2++) {
    const c = buf.charCodeAt(i2);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
    } else if (c === 46 && point < 0) point = i2;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const n = point < 0 ? m : m / POW10[to - point - 1];
  return negative ? -n : n;
}
__name(plainNumber, "plainNumber");
function plainIndex(buf, from, to) {
  if (to <= from || to - from > 9) return -1;
  let n = 0;
  for (let i2 = from; i2 < to; i2++) {
    const c = buf.charCodeAt(i2);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}
__name(plainIndex, "plainIndex");

// src/hosts/file/xlsx/shared-formula.ts
init_workbook();
var CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
var CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;
function slideFormula(formula, dr, dc) {
  if (dr === 0 && dc === 0) return formula;
  return formula.replace(CANDIDATE, (match, sheet, _s, addr, paren) => {
    if (paren) return match;
    const m = CELL.exec(addr);
    if (!m) return match;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || letters.length === 3 && letters > "XFD") return match;
    let col = colIndex(letters) + 1;
    let row2 = parseInt(m[4], 10);
    if (!m[1]) col += dc;
    if (!m[3]) row2 += dr;
    if (col < 1 || col > 16384) return match;
    return `${sheet || ""}${m[1] || ""}${colLetter(col - 1)}${m[3] || ""}${row2}`;
  });
}
__name(slideFormula, "slideFormula");

// src/hosts/file/xlsx/sheet.ts
var CellReadError = class extends DetailedError {
  static {
    __name(this, "CellReadError");
  }
};
function isoToSerial(s, date1904) {
  const text2 = /[zZ]|[+-]\d\d:?\d\d$/.test(s) || !s.includes("T") ? s : `${s}Z`;
  const ms = Date.parse(text2.length === 10 ? `${text2}T00:00:00Z` : text2);
  return ms / 864e5 + 25569 - (date1904 ? 1462 : 0);
}
__name(isoToSerial, "isoToSerial");
var XSD_NUMBER = /^[ \t\n\r]*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[ \t\n\r]*$/;
function parseBool(v) {
  const t = v.trim();
  if (t === "true") return true;
  if (t === "false") return false;
  return parseInt(t, 10) !== 0;
}
__name(parseBool, "parseBool");
function parseRef(ref2, at2) {
  let col = 0;
  let i2 = 0;
  for (; i2 < ref2.length; i2++) {
    const c = ref2.charCodeAt(i2) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i2 === 0 || i2 > 3) return false;
  let row2 = 0;
  const digits = i2;
  for (; i2 < ref2.length; i2++) {
    const c = ref2.charCodeAt(i2);
    if (c < 48 || c > 57) return false;
    row2 = row2 * 10 + (c - 48);
  }
  at2.row = i2 === digits ? -1 : row2 - 1;
  at2.col = col - 1;
  return true;
}
__name(parseRef, "parseRef");
var TYPE_NAMES = { [0 /* None */]: "", [1 /* S */]: "s", [2 /* N */]: "n", [3 /* Str */]: "str" };
function readSheet(zip, part2, name, ctx, options = {}) {
  const rows = [];
  const merges = [];
  const masters = /* @__PURE__ */ new Map();
  const { format, isDate } = ctx.styles;
  const { strings, date1904 } = ctx;
  let inData = false;
  let row2 = -1;
  let rowFromAttr = true;
  let col = -1;
  let style = 0;
  let type = "";
  let fText;
  let fType = "";
  let fSi;
  let fRef;
  let vText;
  let vPiece = null;
  let vFrom = 0;
  let vTo = 0;
  let capture = 0 /* None */;
  let inIs = false;
  const inline = new RunText();
  const at2 = { row: 0, col: 0 };
  const place = /* @__PURE__ */ __name((c) => {
    const line = rows[row2] ??= [];
    if (col < line.length && line[col] !== void 0) throw new CellReadError(cellDetail.cellTwice(where()));
    line[col] = c;
  }, "place");
  const stack = [];
  let cellDepth = -1;
  let cellRow = 0;
  let cellCol = 0;
  const illFormed = /* @__PURE__ */ __name((detail) => new XmlScanError(cellDepth >= 0 && cellDepth < stack.length ? atCellDetail(`${colName(cellCol)}${cellRow + 1}`, detail) : detail), "illFormed");
  const closed = /* @__PURE__ */ __name((el) => {
    const top = stack[stack.length - 1];
    if (top !== el) throw illFormed(top === void 0 ? xmlDetail.strayClose(el) : xmlDetail.mismatched(top, el));
    stack.pop();
  }, "closed");
  const vTextNow = /* @__PURE__ */ __name(() => {
    if (vPiece !== null) {
      vText = decodeText(vPiece.slice(vFrom, vTo));
      vPiece = null;
    }
    return vText;
  }, "vTextNow");
  const openRow = /* @__PURE__ */ __name((n) => {
    rowFromAttr = n >= 1;
    row2 = rowFromAttr ? n - 1 : row2 + 1;
    if (rows[row2] !== void 0) throw new CellReadError(cellDetail.rowTwice(name, row2 + 1));
    col = -1;
  }, "openRow");
  const endRow = /* @__PURE__ */ __name(() => {
    const line = inData ? rows[row2] : void 0;
    if (line) rows[row2] = line.slice();
  }, "endRow");
  const locate2 = /* @__PURE__ */ __name((refRow, refCol) => {
    if (refCol >= 0) {
      if (!rowFromAttr && refRow >= 0) {
        row2 = refRow;
        rowFromAttr = true;
      }
      col = refCol;
    } else col++;
    if (row2 < 0) row2 = 0;
  }, "locate");
  const number = /* @__PURE__ */ __name((text2, dateStyle) => {
    let n;
    if (type === "d") n = isoToSerial(text2.trim(), ctx.date1904);
    else {
      n = parseFloat(text2);
      if (!XSD_NUMBER.test(text2) || n === Infinity || n === -Infinity) throw new CellReadError(cellDetail.notANumber(where(), text2.length > 40 ? `${text2.slice(0, 40)}\u2026` : text2));
    }
    return dateStyle ? serialToIso(n, ctx.date1904) ?? n : n;
  }, "number");
  const where = /* @__PURE__ */ __name(() => `${name}!${colName(col)}${row2 + 1}`, "where");
  const finishCell = /* @__PURE__ */ __name(() => {
    vTextNow();
    const fmt = format[style];
    const dateStyle = isDate[style] ?? false;
    const isFormula = fText !== void 0 && fText !== "" || fType !== "";
    let formula;
    let value;
    if (isFormula) {
      if (fType === "shared" && fSi !== void 0) {
        if (fRef) masters.set(fSi, { formula: fText, row: row2, col });
        else if (!fText) {
          const m = masters.get(fSi);
          if (m && m.formula) formula = slideFormula(m.formula, row2 - m.row, col - m.col);
        }
      }
      formula ??= fText || void 0;
      if (vText) {
        if (type === "str") value = vText;
        else if (type === "b") value = parseBool(vText);
        else if (type === "e") value = { error: vText };
        else if (type === "inlineStr") value = vText;
        else value = number(vText, dateStyle);
      } else if (inline.seen) value = inline.take();
    } else if (inline.seen) {
      const s = inline.take();
      if (s !== "") value = s;
    } else if (vText !== void 0) {
      switch (type) {
        case "s": {
          const k = parseInt(vText, 10);
          if (!(k >= 0 && k < ctx.strings.length)) throw new CellReadError(cellDetail.sharedStringMissing(where(), vText.trim()));
          const s = ctx.strings[k];
          if (s !== null) place(valueCell(s, fmt));
          return;
        }
        case "str":
        case "inlineStr":
          value = vText;
          break;
        case "b":
          value = parseBool(vText);
          break;
        case "e":
          value = { error: vText };
          break;
        default:
          value = number(vText, dateStyle);
      }
    }
    if (value === void 0 && formula === void 0) return;
    place(makeCell(value ?? null, formula, fmt));
  }, "finishCell");
  const handler = {
    wantText: false,
    // Set while in sheetData between elements (in the literal: the handler keeps one shape).
    fast: null,
    open(el, attrs) {
      stack.push(el);
      if (!inData) {
        if (el === "sheetData") {
          inData = true;
          this.fast = capture === 0 /* None */ ? fast : null;
        } else if (el === "mergeCell") {
          const ref2 = attribute(attrs, "ref");
          if (ref2) {
            try {
              merges.push(parseArea(ref2));
            } catch {
            }
          }
        }
        return;
      }
      switch (el) {
        case "row": {
          const r = attribute(attrs, "r");
          openRow(r === void 0 ? NaN : parseInt(r, 10));
          return;
        }
        case "c": {
          const r = attribute(attrs, "r");
          if (r !== void 0 && parseRef(r, at2)) locate2(at2.row, at2.col);
          else locate2(-1, -1);
          if (cellDepth < 0) {
            cellDepth = stack.length - 1;
            cellRow = row2;
            cellCol = col;
          }
          const s = attribute(attrs, "s");
          style = s === void 0 ? 0 : parseInt(s, 10) || 0;
          type = attribute(attrs, "t") ?? "";
          fText = void 0;
          fType = "";
          fSi = fRef = void 0;
          vText = void 0;
          vPiece = null;
          inIs = false;
          inline.reset();
          return;
        }
        case "v":
          capture = 1 /* V */;
          break;
        case "f":
          fType = attribute(attrs, "t") ?? "";
          fSi = attribute(attrs, "si");
          fRef = attribute(attrs, "ref");
          capture = 2 /* F */;
          break;
        case "is":
          inIs = true;
          break;
        default:
          if (inIs && inline.open(el)) capture = inline.wantText ? 3 /* Inline */ : 0 /* None */;
      }
      this.wantText = capture !== 0 /* None */;
      this.fast = inData && capture === 0 /* None */ ? fast : null;
    },
    close(el) {
      closed(el);
      switch (el) {
        case "sheetData":
          inData = false;
          break;
        case "row":
          endRow();
          break;
        case "c":
          if (stack.length <= cellDepth) cellDepth = -1;
          if (inData) finishCell();
          break;
        case "v":
        case "f":
          capture = 0 /* None */;
          break;
        case "is":
          inIs = false;
          break;
        default:
          if (inIs) {
            inline.close(el);
            capture = inline.wantText ? 3 /* Inline */ : 0 /* None */;
          }
      }
      this.wantText = capture !== 0 /* None */;
      this.fast = inData && capture === 0 /* None */ ? fast : null;
    },
    text(s) {
      if (capture === 1 /* V */) vText = vTextNow() === void 0 ? s : vText + s;
      else if (capture === 2 /* F */) fText = fText === void 0 ? s : fText + s;
      else if (capture === 3 /* Inline */) inline.parts.push(s);
    }
  };
  const sink = {
    row(n, empty) {
      openRow(n);
      if (empty) endRow();
      else stack.push("row");
    },
    endRow() {
      closed("row");
      endRow();
    },
    cell(buf, r, c, s, t, f0, f1, shared3, v0, v1) {
      locate2(r, c);
      style = s;
      type = TYPE_NAMES[t];
      fRef = void 0;
      if (shared3) {
        fText = void 0;
        fType = "shared";
        fSi = buf.slice(f0, f1);
      } else {
        fText = f1 > f0 ? decodeText(buf.slice(f0, f1)) : void 0;
        fType = "";
        fSi = void 0;
      }
      vText = void 0;
      vPiece = null;
      inIs = false;
      inline.reset();
      if (v1 > v0 && !shared3) {
        if (fText !== void 0) {
          if (t === 0 /* None */ || t === 2 /* N */) {
            const n = plainNumber(buf, v0, v1);
            if (n === n) {
              vPiece = buf;
              vFrom = v0;
              vTo = v1;
              place(makeCell(isDate[s] ? serialToIso(n, date1904) ?? n : n, fText, format[s]));
              return;
            }
          }
        } else if (t === 1 /* S */) {
          const k = plainIndex(buf, v0, v1);
          if (k >= 0 && k < strings.length) {
            vPiece = buf;
            vFrom = v0;
            vTo = v1;
            const text2 = strings[k];
            if (text2 !== null) place(valueCell(text2, format[s]));
            return;
          }
        } else if (t !== 3 /* Str */) {
          const n = plainNumber(buf, v0, v1);
          if (n === n) {
            vPiece = buf;
            vFrom = v0;
            vTo = v1;
            place(valueCell(isDate[s] ? serialToIso(n, date1904) ?? n : n, format[s]));
            return;
          }
        }
      }
      if (v1 > v0) vText = decodeText(buf.slice(v0, v1));
      finishCell();
    }
  };
  const fast = options.fast === false ? null : (buf, at3) => matchCells(buf, at3, sink);
  scanPart(zip, part2, handler);
  if (stack.length) throw new XmlScanError(xmlDetail.inPart(part2, illFormed(xmlDetail.unclosed(stack[stack.length - 1])).detail));
  dropMergedCells(rows, merges);
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  return { name, rows, merges };
}
__name(readSheet, "readSheet");
function makeCell(value, formula, fmt) {
  if (typeof value === "string") value = detach(value);
  if (formula === void 0) return valueCell(value, fmt);
  formula = detach(formula);
  return fmt ? { value, formula, numberFormat: fmt } : { value, formula };
}
__name(makeCell, "makeCell");
function valueCell(value, fmt) {
  return fmt ? { value, numberFormat: fmt } : { value };
}
__name(valueCell, "valueCell");
function colName(c) {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s;
  return s;
}
__name(colName, "colName");
function dropMergedCells(rows, merges) {
  if (!merges.length) return;
  const touched = /* @__PURE__ */ new Set();
  for (const m of merges) {
    const last = Math.min(m.bottom, rows.length - 1);
    for (let r = m.top; r <= last; r++) {
      const line = rows[r];
      if (!line) continue;
      const right = Math.min(m.right, line.length - 1);
      for (let c = r === m.top ? m.left + 1 : m.left; c <= right; c++) {
        if (line[c] !== void 0) {
          delete line[c];
          touched.add(r);
        }
      }
    }
  }
  for (const r of touched) {
    const line = rows[r];
    let n2 = line.length;
    while (n2 > 0 && line[n2 - 1] === void 0) n2--;
    line.length = n2;
    if (n2 === 0) delete rows[r];
  }
  let n = rows.length;
  while (n > 0 && !rows[n - 1]) n--;
  rows.length = n;
}
__name(dropMergedCells, "dropMergedCells");

// src/hosts/file/xlsx/sheet-names.ts
function refusedSheetName(name, earlier) {
  if (name === "") return sheetNameDetail.empty();
  if (name === "History") return sheetNameDetail.reserved(name);
  if (/[*?:/\\[\]]/.test(name)) return sheetNameDetail.forbiddenCharacter(name);
  if (/^'|'$/.test(name)) return sheetNameDetail.quote(name);
  if (earlier.has(name.toLowerCase())) return sheetNameDetail.twice(name);
  return null;
}
__name(refusedSheetName, "refusedSheetName");

// src/hosts/file/xlsx/styles.ts
var BUILTIN_FORMATS = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@"
};
function readStyles(zip, part2) {
  const custom = /* @__PURE__ */ new Map();
  const ids = [];
  if (part2) {
    let where = "";
    const handler = {
      wantText: false,
      open(name, attrs) {
        if (name === "numFmts" || name === "cellXfs") where = name;
        else if (name === "numFmt" && where === "numFmts") {
          const id = parseInt(attribute(attrs, "numFmtId") ?? "", 10);
          const code = attribute(attrs, "formatCode");
          if (id === id && code !== void 0) custom.set(id, code);
        } else if (name === "xf" && where === "cellXfs") {
          ids.push(parseInt(attribute(attrs, "numFmtId") ?? "0", 10) || 0);
        }
      },
      close(name) {
        if (name === where) where = "";
      },
      text() {
      }
    };
    scanPart(zip, part2, handler);
  }
  const format = ids.map((id) => {
    if (!id) return void 0;
    const f = custom.get(id) || BUILTIN_FORMATS[id];
    return f && f !== "General" ? f : void 0;
  });
  return { format, isDate: format.map((f) => f ? isDateFormat(f) : false) };
}
__name(readStyles, "readStyles");

// src/hosts/file/xlsx/workbook-part.ts
function resolvePart(source, target2) {
  const t = target2.replace(/\\/g, "/");
  const segments = t.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const s of t.split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") segments.pop();
    else segments.push(s);
  }
  return segments.map((s) => decodeURIComponentSafe(s)).join("/");
}
__name(resolvePart, "resolvePart");
function decodeURIComponentSafe(s) {
  try {
    return s.includes("%") ? decodeURIComponent(s) : s;
  } catch {
    return s;
  }
}
__name(decodeURIComponentSafe, "decodeURIComponentSafe");
function relsPartOf(part2) {
  const slash = part2.lastIndexOf("/");
  return `${part2.slice(0, slash + 1)}_rels/${part2.slice(slash + 1)}.rels`;
}
__name(relsPartOf, "relsPartOf");
function readRels(zip, source) {
  const rels = [];
  const path = source === "" ? "_rels/.rels" : relsPartOf(source);
  if (!zip.has(path)) return rels;
  const handler = {
    wantText: false,
    open(name, attrs) {
      if (name !== "Relationship") return;
      const a = attributes(attrs);
      if (!a.Target) return;
      const external = a.TargetMode === "External";
      rels.push({ id: a.Id ?? "", type: a.Type ?? "", target: external ? a.Target : resolvePart(source, a.Target), external });
    },
    close() {
    },
    text() {
    }
  };
  scanPart(zip, path, handler);
  return rels;
}
__name(readRels, "readRels");
var typeIs = /* @__PURE__ */ __name((r, last) => r.type.endsWith(`/${last}`), "typeIs");
function findWorkbookPart(zip) {
  const doc = readRels(zip, "").find((r) => typeIs(r, "officeDocument") && !r.external && zip.has(r.target));
  if (doc) return doc.target;
  return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
}
__name(findWorkbookPart, "findWorkbookPart");
function readWorkbookPart(zip, part2) {
  const rels = new Map(readRels(zip, part2).map((r) => [r.id, r]));
  const sheets = [];
  const names = {};
  let date1904 = false;
  let root = null;
  let nameKey = null;
  let nameText = "";
  const handler = {
    wantText: false,
    open(name, attrs) {
      root ??= name;
      if (name === "sheet") {
        const a = attributes(attrs);
        const rel = a.id !== void 0 ? rels.get(a.id) : void 0;
        if (!rel || rel.external || !typeIs(rel, "worksheet")) return;
        if (!zip.has(rel.target)) throw new DetailedError(xmlDetail.sheetPartMissing(a.name ?? "", rel.target));
        const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
        sheets.push({ name: a.name ?? "", part: rel.target, state });
      } else if (name === "workbookPr") {
        const v = attributes(attrs).date1904;
        date1904 = v === "1" || v === "true";
      } else if (name === "definedName") {
        nameKey = attributes(attrs).name ?? null;
        nameText = "";
        this.wantText = true;
      }
    },
    close(name) {
      if (name !== "definedName") return;
      this.wantText = false;
      const m = /^"([^]*)"$/.exec(nameText);
      if (nameKey && m) names[nameKey] = m[1];
      nameKey = null;
    },
    text(s) {
      nameText += s;
    }
  };
  scanPart(zip, part2, handler);
  const target2 = /* @__PURE__ */ __name((type) => [...rels.values()].find((r) => !r.external && typeIs(r, type) && zip.has(r.target))?.target, "target");
  const dir = part2.slice(0, part2.lastIndexOf("/") + 1);
  const fallback = /* @__PURE__ */ __name((file) => zip.has(dir + file) ? dir + file : void 0, "fallback");
  return {
    part: part2,
    isWorkbook: root === "workbook",
    sheets,
    date1904,
    names,
    styles: target2("styles") ?? fallback("styles.xml"),
    sharedStrings: target2("sharedStrings") ?? fallback("sharedStrings.xml")
  };
}
__name(readWorkbookPart, "readWorkbookPart");

// node_modules/fflate/esm/index.mjs
var import_module = require("module");
var require2 = (0, import_module.createRequire)("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = /* @__PURE__ */ __name(function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
}, "freb");
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = /* @__PURE__ */ __name((function(cd, mb2, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb2);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb2);
  for (i2 = 1; i2 < mb2; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb2);
    var rvb = 15 - mb2;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb2 - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
}), "hMap");
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flm = /* @__PURE__ */ hMap(flt, 9, 0);
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = /* @__PURE__ */ __name(function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
}, "max");
var bits = /* @__PURE__ */ __name(function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
}, "bits");
var bits16 = /* @__PURE__ */ __name(function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
}, "bits16");
var shft = /* @__PURE__ */ __name(function(p) {
  return (p + 7) / 8 | 0;
}, "shft");
var slc = /* @__PURE__ */ __name(function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
}, "slc");
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = /* @__PURE__ */ __name(function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
}, "err");
var inflt = /* @__PURE__ */ __name(function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = /* @__PURE__ */ __name(function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  }, "cbuf");
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
}, "inflt");
var wbits = /* @__PURE__ */ __name(function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
}, "wbits");
var wbits16 = /* @__PURE__ */ __name(function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
  d[o + 2] |= v >> 16;
}, "wbits16");
var hTree = /* @__PURE__ */ __name(function(d, mb2) {
  var t = [];
  for (var i2 = 0; i2 < d.length; ++i2) {
    if (d[i2])
      t.push({ s: i2, f: d[i2] });
  }
  var s = t.length;
  var t2 = t.slice();
  if (!s)
    return { t: et, l: 0 };
  if (s == 1) {
    var v = new u8(t[0].s + 1);
    v[t[0].s] = 1;
    return { t: v, l: 1 };
  }
  t.sort(function(a, b) {
    return a.f - b.f;
  });
  t.push({ s: -1, f: 25001 });
  var l = t[0], r = t[1], i0 = 0, i1 = 1, i22 = 2;
  t[0] = { s: -1, f: l.f + r.f, l, r };
  while (i1 != s - 1) {
    l = t[t[i0].f < t[i22].f ? i0++ : i22++];
    r = t[i0 != i1 && t[i0].f < t[i22].f ? i0++ : i22++];
    t[i1++] = { s: -1, f: l.f + r.f, l, r };
  }
  var maxSym = t2[0].s;
  for (var i2 = 1; i2 < s; ++i2) {
    if (t2[i2].s > maxSym)
      maxSym = t2[i2].s;
  }
  var tr = new u16(maxSym + 1);
  var mbt = ln(t[i1 - 1], tr, 0);
  if (mbt > mb2) {
    var i2 = 0, dt = 0;
    var lft = mbt - mb2, cst = 1 << lft;
    t2.sort(function(a, b) {
      return tr[b.s] - tr[a.s] || a.f - b.f;
    });
    for (; i2 < s; ++i2) {
      var i2_1 = t2[i2].s;
      if (tr[i2_1] > mb2) {
        dt += cst - (1 << mbt - tr[i2_1]);
        tr[i2_1] = mb2;
      } else
        break;
    }
    dt >>= lft;
    while (dt > 0) {
      var i2_2 = t2[i2].s;
      if (tr[i2_2] < mb2)
        dt -= 1 << mb2 - tr[i2_2]++ - 1;
      else
        ++i2;
    }
    for (; i2 >= 0 && dt; --i2) {
      var i2_3 = t2[i2].s;
      if (tr[i2_3] == mb2) {
        --tr[i2_3];
        ++dt;
      }
    }
    mbt = mb2;
  }
  return { t: new u8(tr), l: mbt };
}, "hTree");
var ln = /* @__PURE__ */ __name(function(n, l, d) {
  return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
}, "ln");
var lc = /* @__PURE__ */ __name(function(c) {
  var s = c.length;
  while (s && !c[--s])
    ;
  var cl = new u16(++s);
  var cli = 0, cln = c[0], cls = 1;
  var w = /* @__PURE__ */ __name(function(v) {
    cl[cli++] = v;
  }, "w");
  for (var i2 = 1; i2 <= s; ++i2) {
    if (c[i2] == cln && i2 != s)
      ++cls;
    else {
      if (!cln && cls > 2) {
        for (; cls > 138; cls -= 138)
          w(32754);
        if (cls > 2) {
          w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
          cls = 0;
        }
      } else if (cls > 3) {
        w(cln), --cls;
        for (; cls > 6; cls -= 6)
          w(8304);
        if (cls > 2)
          w(cls - 3 << 5 | 8208), cls = 0;
      }
      while (cls--)
        w(cln);
      cls = 1;
      cln = c[i2];
    }
  }
  return { c: cl.subarray(0, cli), n: s };
}, "lc");
var clen = /* @__PURE__ */ __name(function(cf, cl) {
  var l = 0;
  for (var i2 = 0; i2 < cl.length; ++i2)
    l += cf[i2] * cl[i2];
  return l;
}, "clen");
var wfblk = /* @__PURE__ */ __name(function(out, pos, dat) {
  var s = dat.length;
  var o = shft(pos + 2);
  out[o] = s & 255;
  out[o + 1] = s >> 8;
  out[o + 2] = out[o] ^ 255;
  out[o + 3] = out[o + 1] ^ 255;
  for (var i2 = 0; i2 < s; ++i2)
    out[o + i2 + 4] = dat[i2];
  return (o + 4 + s) * 8;
}, "wfblk");
var wblk = /* @__PURE__ */ __name(function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
  wbits(out, p++, final);
  ++lf[256];
  var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l;
  var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
  var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
  var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
  var lcfreq = new u16(19);
  for (var i2 = 0; i2 < lclt.length; ++i2)
    ++lcfreq[lclt[i2] & 31];
  for (var i2 = 0; i2 < lcdt.length; ++i2)
    ++lcfreq[lcdt[i2] & 31];
  var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
  var nlcc = 19;
  for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
    ;
  var flen = bl + 5 << 3;
  var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
  var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
  if (bs >= 0 && flen <= ftlen && flen <= dtlen)
    return wfblk(out, p, dat.subarray(bs, bs + bl));
  var lm, ll, dm, dl;
  wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
  if (dtlen < ftlen) {
    lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
    var llm = hMap(lct, mlcb, 0);
    wbits(out, p, nlc - 257);
    wbits(out, p + 5, ndc - 1);
    wbits(out, p + 10, nlcc - 4);
    p += 14;
    for (var i2 = 0; i2 < nlcc; ++i2)
      wbits(out, p + 3 * i2, lct[clim[i2]]);
    p += 3 * nlcc;
    var lcts = [lclt, lcdt];
    for (var it = 0; it < 2; ++it) {
      var clct = lcts[it];
      for (var i2 = 0; i2 < clct.length; ++i2) {
        var len = clct[i2] & 31;
        wbits(out, p, llm[len]), p += lct[len];
        if (len > 15)
          wbits(out, p, clct[i2] >> 5 & 127), p += clct[i2] >> 12;
      }
    }
  } else {
    lm = flm, ll = flt, dm = fdm, dl = fdt;
  }
  for (var i2 = 0; i2 < li; ++i2) {
    var sym = syms[i2];
    if (sym > 255) {
      var len = sym >> 18 & 31;
      wbits16(out, p, lm[len + 257]), p += ll[len + 257];
      if (len > 7)
        wbits(out, p, sym >> 23 & 31), p += fleb[len];
      var dst = sym & 31;
      wbits16(out, p, dm[dst]), p += dl[dst];
      if (dst > 3)
        wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
    } else {
      wbits16(out, p, lm[sym]), p += ll[sym];
    }
  }
  wbits16(out, p, lm[256]);
  return p + ll[256];
}, "wblk");
var deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
var et = /* @__PURE__ */ new u8(0);
var dflt = /* @__PURE__ */ __name(function(dat, lvl, plvl, pre, post, st) {
  var s = st.z || dat.length;
  var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
  var w = o.subarray(pre, o.length - post);
  var lst = st.l;
  var pos = (st.r || 0) & 7;
  if (lvl) {
    if (pos)
      w[0] = st.r >> 3;
    var opt = deo[lvl - 1];
    var n = opt >> 13, c = opt & 8191;
    var msk_1 = (1 << plvl) - 1;
    var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
    var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
    var hsh = /* @__PURE__ */ __name(function(i3) {
      return (dat[i3] ^ dat[i3 + 1] << bs1_1 ^ dat[i3 + 2] << bs2_1) & msk_1;
    }, "hsh");
    var syms = new i32(25e3);
    var lf = new u16(288), df = new u16(32);
    var lc_1 = 0, eb = 0, i2 = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
    for (; i2 + 2 < s; ++i2) {
      var hv = hsh(i2);
      var imod = i2 & 32767, pimod = head[hv];
      prev[imod] = pimod;
      head[hv] = imod;
      if (wi <= i2) {
        var rem = s - i2;
        if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
          pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i2 - bs, pos);
          li = lc_1 = eb = 0, bs = i2;
          for (var j = 0; j < 286; ++j)
            lf[j] = 0;
          for (var j = 0; j < 30; ++j)
            df[j] = 0;
        }
        var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
        if (rem > 2 && hv == hsh(i2 - dif)) {
          var maxn = Math.min(n, rem) - 1;
          var maxd = Math.min(32767, i2);
          var ml = Math.min(258, rem);
          while (dif <= maxd && --ch_1 && imod != pimod) {
            if (dat[i2 + l] == dat[i2 + l - dif]) {
              var nl = 0;
              for (; nl < ml && dat[i2 + nl] == dat[i2 + nl - dif]; ++nl)
                ;
              if (nl > l) {
                l = nl, d = dif;
                if (nl > maxn)
                  break;
                var mmd = Math.min(dif, nl - 2);
                var md = 0;
                for (var j = 0; j < mmd; ++j) {
                  var ti = i2 - dif + j & 32767;
                  var pti = prev[ti];
                  var cd = ti - pti & 32767;
                  if (cd > md)
                    md = cd, pimod = ti;
                }
              }
            }
            imod = pimod, pimod = prev[imod];
            dif += imod - pimod & 32767;
          }
        }
        if (d) {
          syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
          var lin = revfl[l] & 31, din = revfd[d] & 31;
          eb += fleb[lin] + fdeb[din];
          ++lf[257 + lin];
          ++df[din];
          wi = i2 + l;
          ++lc_1;
        } else {
          syms[li++] = dat[i2];
          ++lf[dat[i2]];
        }
      }
    }
    for (i2 = Math.max(i2, wi); i2 < s; ++i2) {
      syms[li++] = dat[i2];
      ++lf[dat[i2]];
    }
    pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i2 - bs, pos);
    if (!lst) {
      st.r = pos & 7 | w[pos / 8 | 0] << 3;
      pos -= 7;
      st.h = head, st.p = prev, st.i = i2, st.w = wi;
    }
  } else {
    for (var i2 = st.w || 0; i2 < s + lst; i2 += 65535) {
      var e = i2 + 65535;
      if (e >= s) {
        w[pos / 8 | 0] = lst;
        e = s;
      }
      pos = wfblk(w, pos + 1, dat.subarray(i2, e));
    }
    st.i = s;
  }
  return slc(o, 0, pre + shft(pos) + post);
}, "dflt");
var dopt = /* @__PURE__ */ __name(function(dat, opt, pre, post, st) {
  if (!st) {
    st = { l: 1 };
    if (opt.dictionary) {
      var dict = opt.dictionary.subarray(-32768);
      var newDat = new u8(dict.length + dat.length);
      newDat.set(dict);
      newDat.set(dat, dict.length);
      dat = newDat;
      st.w = dict.length;
    }
  }
  return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
}, "dopt");
var Deflate = /* @__PURE__ */ (function() {
  function Deflate2(opts, cb) {
    if (typeof opts == "function")
      cb = opts, opts = {};
    this.ondata = cb;
    this.o = opts || {};
    this.s = { l: 0, i: 32768, w: 32768, z: 32768 };
    this.b = new u8(98304);
    if (this.o.dictionary) {
      var dict = this.o.dictionary.subarray(-32768);
      this.b.set(dict, 32768 - dict.length);
      this.s.i = 32768 - dict.length;
    }
  }
  __name(Deflate2, "Deflate");
  Deflate2.prototype.p = function(c, f) {
    this.ondata(dopt(c, this.o, 0, 0, this.s), f);
  };
  Deflate2.prototype.push = function(chunk, final) {
    if (!this.ondata)
      err(5);
    if (this.s.l)
      err(4);
    var endLen = chunk.length + this.s.z;
    if (endLen > this.b.length) {
      if (endLen > 2 * this.b.length - 32768) {
        var newBuf = new u8(endLen & -32768);
        newBuf.set(this.b.subarray(0, this.s.z));
        this.b = newBuf;
      }
      var split = this.b.length - this.s.z;
      this.b.set(chunk.subarray(0, split), this.s.z);
      this.s.z = this.b.length;
      this.p(this.b, false);
      this.b.set(this.b.subarray(-32768));
      this.b.set(chunk.subarray(split), 32768);
      this.s.z = chunk.length - split + 32768;
      this.s.i = 32766, this.s.w = 32768;
    } else {
      this.b.set(chunk, this.s.z);
      this.s.z += chunk.length;
    }
    this.s.l = final & 1;
    if (this.s.z > this.s.w + 8191 || final) {
      this.p(this.b, final || false);
      this.s.w = this.s.i, this.s.i -= 2;
    }
    if (final) {
      this.s = this.o = {};
      this.b = et;
    }
  };
  Deflate2.prototype.flush = function(sync) {
    if (!this.ondata)
      err(5);
    if (this.s.l)
      err(4);
    this.p(this.b, false);
    this.s.w = this.s.i, this.s.i -= 2;
    if (sync) {
      var c = new u8(6);
      c[0] = this.s.r >> 3;
      var ep = wfblk(c, this.s.r, et);
      this.s.r = 0;
      this.ondata(c.subarray(0, ep >> 3), false);
    }
  };
  return Deflate2;
})();
function deflateSync(data, opts) {
  return dopt(data, opts || {}, 0, 0);
}
__name(deflateSync, "deflateSync");
var Inflate = /* @__PURE__ */ (function() {
  function Inflate2(opts, cb) {
    if (typeof opts == "function")
      cb = opts, opts = {};
    this.ondata = cb;
    var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
    this.s = { i: 0, b: dict ? dict.length : 0 };
    this.o = new u8(32768);
    this.p = new u8(0);
    if (dict)
      this.o.set(dict);
  }
  __name(Inflate2, "Inflate");
  Inflate2.prototype.e = function(c) {
    if (!this.ondata)
      err(5);
    if (this.d)
      err(4);
    if (!this.p.length)
      this.p = c;
    else if (c.length) {
      var n = new u8(this.p.length + c.length);
      n.set(this.p), n.set(c, this.p.length), this.p = n;
    }
  };
  Inflate2.prototype.c = function(final) {
    this.s.i = +(this.d = final || false);
    var bts = this.s.b;
    var dt = inflt(this.p, this.s, this.o);
    this.ondata(slc(dt, bts, this.s.b), this.d);
    this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
    this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
  };
  Inflate2.prototype.push = function(chunk, final) {
    this.e(chunk), this.c(final);
  };
  return Inflate2;
})();
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
__name(inflateSync, "inflateSync");
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}

// src/hosts/file/zip/crc32.ts
var TABLES = (() => {
  const t = new Int32Array(256 * 4);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n];
    for (let k = 1; k < 4; k++) {
      c = t[c & 255] ^ c >>> 8;
      t[k * 256 + n] = c;
    }
  }
  return t;
})();
function crc32(data, crc = 0) {
  const t = TABLES;
  let c = ~crc;
  let i2 = 0;
  const n4 = data.length - data.length % 4;
  for (; i2 < n4; i2 += 4) {
    c ^= data[i2] | data[i2 + 1] << 8 | data[i2 + 2] << 16 | data[i2 + 3] << 24;
    c = t[768 + (c & 255)] ^ t[512 + (c >>> 8 & 255)] ^ t[256 + (c >>> 16 & 255)] ^ t[c >>> 24];
  }
  for (; i2 < data.length; i2++) c = t[(c ^ data[i2]) & 255] ^ c >>> 8;
  return ~c >>> 0;
}
__name(crc32, "crc32");

// src/hosts/file/zip/codec.ts
var portableCodec = {
  // Level 1: about three times faster than level 6 for some 10% more bytes on sheet XML.
  deflate: /* @__PURE__ */ __name((data) => deflateSync(data, { level: 1 }), "deflate"),
  inflate: /* @__PURE__ */ __name((data, size) => inflateSync(data, { out: new Uint8Array(size) }), "inflate"),
  deflater: /* @__PURE__ */ __name((out) => {
    const d = new Deflate({ level: 1 }, (deflated) => out(deflated));
    return { push: /* @__PURE__ */ __name((piece, last) => d.push(piece, last), "push") };
  }, "deflater"),
  crc32
};

// src/hosts/file/zip/read.ts
var ZipFormatError = class extends DetailedError {
  static {
    __name(this, "ZipFormatError");
  }
};
var SIG_EOCD = 101010256;
var SIG_EOCD64 = 101075792;
var SIG_LOC64 = 117853008;
var SIG_CEN = 33639248;
var SIG_LOC = 67324752;
var utf8 = new TextDecoder("utf-8");
var latin1 = new TextDecoder("latin1");
function partKey(name) {
  return name.replace(/\\/g, "/").replace(/^\//, "").toLowerCase();
}
__name(partKey, "partKey");
var ZipArchive = class {
  /** `inflated`: parts already inflated (see useInflated). */
  constructor(data, codec = portableCodec, inflated = null) {
    this.data = data;
    this.codec = codec;
    this.inflated = inflated;
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    this.readDirectory();
  }
  data;
  codec;
  inflated;
  static {
    __name(this, "ZipArchive");
  }
  entries = [];
  byName = /* @__PURE__ */ new Map();
  view;
  u16(at2) {
    return this.view.getUint16(at2, true);
  }
  u32(at2) {
    return this.view.getUint32(at2, true);
  }
  u64(at2) {
    const v = this.view.getBigUint64(at2, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError(zipDetail.valueTooLarge());
    return Number(v);
  }
  readDirectory() {
    const d = this.data;
    if (d.length < 22) throw new ZipFormatError(zipDetail.tooShort());
    let eocd = -1;
    for (let i2 = d.length - 22; i2 >= Math.max(0, d.length - 22 - 65535); i2--) {
      if (d[i2] === 80 && d[i2 + 1] === 75 && this.u32(i2) === SIG_EOCD) {
        eocd = i2;
        break;
      }
    }
    if (eocd < 0) throw new ZipFormatError(zipDetail.noDirectory());
    let count = this.u16(eocd + 10);
    let cdSize = this.u32(eocd + 12);
    let cdOffset = this.u32(eocd + 16);
    if ((count === 65535 || cdSize === 4294967295 || cdOffset === 4294967295) && eocd >= 20 && this.u32(eocd - 20) === SIG_LOC64) {
      const at2 = this.u64(eocd - 20 + 8);
      if (at2 + 56 > d.length || this.u32(at2) !== SIG_EOCD64) throw new ZipFormatError(zipDetail.noDirectory64());
      count = this.u64(at2 + 32);
      cdSize = this.u64(at2 + 40);
      cdOffset = this.u64(at2 + 48);
    }
    if (cdOffset + cdSize > d.length) throw new ZipFormatError(zipDetail.directoryOutOfRange());
    let p = cdOffset;
    const folded = /* @__PURE__ */ new Map();
    for (let n = 0; n < count; n++) {
      if (p + 46 > d.length || this.u32(p) !== SIG_CEN) throw new ZipFormatError(zipDetail.badDirectoryEntry());
      const flags = this.u16(p + 8);
      const nameLen = this.u16(p + 28);
      const extraLen = this.u16(p + 30);
      const commentLen = this.u16(p + 32);
      const nameBytes = d.subarray(p + 46, p + 46 + nameLen);
      const extraAll = d.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
      let compressedSize = this.u32(p + 20);
      let size = this.u32(p + 24);
      let localOffset = this.u32(p + 42);
      const kept = [];
      for (let e = 0; e + 4 <= extraAll.length; ) {
        const id = extraAll[e] | extraAll[e + 1] << 8;
        const len = extraAll[e + 2] | extraAll[e + 3] << 8;
        if (id === 1) {
          let q = p + 46 + nameLen + e + 4;
          if (size === 4294967295) size = this.u64(q), q += 8;
          if (compressedSize === 4294967295) compressedSize = this.u64(q), q += 8;
          if (localOffset === 4294967295) localOffset = this.u64(q), q += 8;
        } else kept.push(extraAll.subarray(e, e + 4 + len));
        e += 4 + len;
      }
      const extra = new Uint8Array(kept.reduce((s, k) => s + k.length, 0));
      kept.reduce((at2, k) => (extra.set(k, at2), at2 + k.length), 0);
      if (localOffset + 30 > d.length || this.u32(localOffset) !== SIG_LOC) throw new ZipFormatError(zipDetail.badLocalHeader());
      const dataOffset = localOffset + 30 + this.u16(localOffset + 26) + this.u16(localOffset + 28);
      if (dataOffset + compressedSize > d.length) throw new ZipFormatError(zipDetail.entryOutOfRange());
      const entry = {
        name: (flags & 2048 ? utf8 : latin1).decode(nameBytes),
        rawName: nameBytes,
        method: this.u16(p + 10),
        flags,
        crc: this.u32(p + 16),
        compressedSize,
        size,
        versionMadeBy: this.u16(p + 4),
        versionNeeded: this.u16(p + 6),
        time: this.u16(p + 12),
        date: this.u16(p + 14),
        internalAttrs: this.u16(p + 36),
        externalAttrs: this.u32(p + 38),
        extra,
        comment: d.slice(p + 46 + nameLen + extraLen, p + 46 + nameLen + extraLen + commentLen),
        dataOffset
      };
      if (!entry.name.endsWith("/")) {
        const key = partKey(entry.name);
        const first = folded.get(key);
        if (first !== void 0) throw new ZipFormatError(zipDetail.duplicatePart(first, entry.name));
        folded.set(key, entry.name);
      }
      this.entries.push(entry);
      this.byName.set(entry.name, entry);
      p += 46 + nameLen + extraLen + commentLen;
    }
  }
  /**
   * Parts already inflated, by name (the workbench's, by the platform's stream: inflateAhead), in
   * place of those handed before: each used once, by bytes() or a ZipReader, instead of inflating it.
   */
  useInflated(inflated) {
    this.inflated = inflated;
  }
  /** The entry's bytes if they were handed over already inflated (then let go), else undefined. */
  takeInflated(entry) {
    const bytes2 = this.inflated?.get(entry.name);
    if (bytes2) this.inflated.delete(entry.name);
    return bytes2;
  }
  get(name) {
    return this.byName.get(name);
  }
  /** The entry's bytes as stored (still compressed). */
  raw(entry) {
    return this.data.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  }
  /** The entry's content, inflated and checked against its CRC. */
  bytes(entry) {
    if (entry.flags & 1) throw new ZipFormatError(zipDetail.encryptedEntry(entry.name));
    let out;
    if (entry.method === 0) out = this.raw(entry);
    else if (entry.method === 8) {
      const ahead = this.takeInflated(entry);
      try {
        out = ahead ?? this.codec.inflate(this.raw(entry), entry.size);
      } catch (e) {
        throw new ZipFormatError(zipDetail.inflateFailed(entry.name, e instanceof Error ? e.message : String(e)));
      }
    } else throw new ZipFormatError(zipDetail.unsupportedMethod(entry.name, entry.method));
    if (out.length !== entry.size || this.codec.crc32(out) !== entry.crc) throw new ZipFormatError(zipDetail.damagedEntry(entry.name));
    return out;
  }
};

// src/hosts/file/xlsx/zip.ts
var MAX_TOTAL_BYTES = 512 * 1024 * 1024;
var RATIO_FROM_BYTES = 32 * 1024 * 1024;
var MAX_RATIO = 200;
var ZipError = class extends DetailedError {
  constructor(detail, tooLarge = false) {
    super(detail);
    this.tooLarge = tooLarge;
  }
  tooLarge;
  static {
    __name(this, "ZipError");
  }
};
function checkSizes(entries) {
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size > RATIO_FROM_BYTES && e.size > e.compressedSize * MAX_RATIO) throw new ZipError(partDetail.size(e.name, mb(e.size)), true);
  }
  if (total > MAX_TOTAL_BYTES) {
    const largest2 = entries.reduce((a, b) => b.size > a.size ? b : a);
    throw new ZipError(partDetail.size(largest2.name, mb(largest2.size)), true);
  }
}
__name(checkSizes, "checkSizes");
var mb = /* @__PURE__ */ __name((n) => Math.round(n / 2 ** 20), "mb");
var STEP = 16 * 1024;
var STORED_PIECE = 1024 * 1024;
var WHOLE_PIECE = 64 * 1024;
var WHOLE_PART_BYTES = 64 * 1024 * 1024;
var ZipReader = class {
  /**
   * `codec`: a native inflater for parts up to `wholePartBytes` (see WHOLE_PART_BYTES; tests set a
   * smaller one). Parts the archive was handed already inflated (ZipArchive.useInflated) are
   * handed on as they are.
   */
  constructor(archive, codec, wholePartBytes = WHOLE_PART_BYTES) {
    this.archive = archive;
    this.codec = codec;
    this.wholePartBytes = wholePartBytes;
    this.data = archive.data;
    this.entries = archive.entries;
    for (const e of this.entries) this.byName.set(partKey(e.name), e);
  }
  archive;
  codec;
  wholePartBytes;
  static {
    __name(this, "ZipReader");
  }
  byName = /* @__PURE__ */ new Map();
  data;
  entries;
  inflated = 0;
  has(name) {
    return this.byName.has(partKey(name));
  }
  /** The part's directory entry (names compared as the package's rules say). */
  entry(name) {
    return this.byName.get(partKey(name));
  }
  /**
   * Inflates a part, handing its bytes on in pieces; `final` marks the last. Every byte is checked
   * against the part's CRC-32 before the last piece is handed on: a damaged part is refused, never
   * read as other figures. (Deflate itself has no check: a damaged stream may still inflate, and a
   * stored part has nothing else; Excel and LibreOffice refuse such a file as damaged.)
   */
  read(name, sink) {
    const e = this.byName.get(partKey(name));
    if (!e) throw new ZipError(partDetail.missing(name));
    const d = this.data;
    const start = e.dataOffset;
    const end = start + e.compressedSize;
    let out = 0;
    let crc = 0;
    const crc323 = this.codec?.crc32 ?? crc32;
    const count = /* @__PURE__ */ __name((bytes2, final) => {
      out += bytes2.length;
      this.inflated += bytes2.length;
      if (this.inflated > MAX_TOTAL_BYTES || out > RATIO_FROM_BYTES && out > e.compressedSize * MAX_RATIO) {
        throw new ZipError(partDetail.size(name, mb(out)), true);
      }
      crc = crc323(bytes2, crc);
      if (final && crc !== e.crc) throw new ZipError(zipDetail.damagedEntry(name));
    }, "count");
    if (e.method === 0) {
      for (let i2 = start; i2 < end; i2 += STORED_PIECE) {
        const piece = d.subarray(i2, Math.min(end, i2 + STORED_PIECE));
        count(piece, i2 + STORED_PIECE >= end);
        sink(piece, i2 + STORED_PIECE >= end);
      }
      if (start === end) {
        count(new Uint8Array(0), true);
        sink(new Uint8Array(0), true);
      }
      return;
    }
    if (e.method !== 8) throw new ZipError(zipDetail.unsupportedMethod(name, e.method));
    let whole = this.archive.takeInflated(e) ?? null;
    if (!whole && this.codec && e.size > 0 && e.size <= this.wholePartBytes && this.inflated + e.size <= MAX_TOTAL_BYTES) {
      try {
        whole = this.codec.inflate(d.subarray(start, end), e.size);
      } catch {
        whole = null;
      }
    }
    if (whole && whole.length === e.size) {
      count(whole, true);
      for (let i2 = 0; i2 < whole.length; i2 += WHOLE_PIECE) sink(whole.subarray(i2, Math.min(whole.length, i2 + WHOLE_PIECE)), i2 + WHOLE_PIECE >= whole.length);
      return;
    }
    let done = false;
    const inflate = new Inflate((chunk, final) => {
      count(chunk, final);
      done = final;
      sink(chunk, final);
    });
    try {
      for (let i2 = start; i2 < end; i2 += STEP) inflate.push(d.subarray(i2, Math.min(end, i2 + STEP)), i2 + STEP >= end);
      if (start === end) inflate.push(new Uint8Array(0), true);
    } catch (e2) {
      if (e2 instanceof Error && !(e2 instanceof DetailedError) && typeof e2.code === "number") throw new ZipError(zipDetail.inflateFailed(name, e2.message));
      throw e2;
    }
    if (!done) throw new ZipError(partDetail.cutShort(name));
  }
};
var AHEAD_FROM_BYTES = 64 * 1024;
async function inflateAhead(archive, entries, budget = MAX_TOTAL_BYTES) {
  if (!hasRawInflateStream()) return null;
  const out = /* @__PURE__ */ new Map();
  let total = 0;
  for (const e of new Set(entries)) {
    if (e.method !== 8 || e.flags & 1 || e.size < AHEAD_FROM_BYTES || e.size > WHOLE_PART_BYTES) continue;
    if (total + e.size > budget) continue;
    total += e.size;
    const bytes2 = await inflateRawStream(archive.raw(e), e.size);
    if (bytes2) out.set(e.name, bytes2);
  }
  return out;
}
__name(inflateAhead, "inflateAhead");
var asked;
function hasRawInflateStream() {
  const stream = typeof DecompressionStream === "function" ? DecompressionStream : void 0;
  if (asked && asked.stream === stream) return asked.ok;
  let ok = false;
  try {
    ok = stream !== void 0 && typeof Blob === "function" && Boolean(new stream("deflate-raw"));
  } catch {
    ok = false;
  }
  asked = { stream, ok };
  return ok;
}
__name(hasRawInflateStream, "hasRawInflateStream");
async function inflateRawStream(raw, size) {
  let at2 = 0;
  let out;
  try {
    out = new Uint8Array(size);
    const reader = new Blob([raw]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      if (at2 + value.length > size) {
        await reader.cancel().catch(() => void 0);
        return null;
      }
      out.set(value, at2);
      at2 += value.length;
    }
  } catch {
    return null;
  }
  return at2 === size ? out : null;
}
__name(inflateRawStream, "inflateRawStream");

// src/hosts/file/cfb/read.ts
var CfbError = class extends DetailedError {
  constructor(detail, header = false) {
    super(detail);
    this.header = header;
  }
  header;
  static {
    __name(this, "CfbError");
  }
};
var SIGNATURE = [208, 207, 17, 224, 161, 177, 26, 225];
var MAXREGSECT = 4294967290;
var ENDOFCHAIN = 4294967294;
var NOSTREAM = 4294967295;
var DIR_ENTRY = 128;
var TYPE_STREAM = 2;
var TYPE_ROOT = 5;
function isCompoundFile(data) {
  return data.length >= 8 && SIGNATURE.every((b, i2) => data[i2] === b);
}
__name(isCompoundFile, "isCompoundFile");
var CompoundFile = class {
  constructor(data) {
    this.data = data;
    if (data.length < 512 || !isCompoundFile(data)) throw new CfbError(cfbDetail.notCompound(), true);
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const major = this.u16(26);
    const shift = this.u16(30);
    if (this.u16(28) !== 65534 || !(major === 3 && shift === 9 || major === 4 && shift === 12) || this.u16(32) !== 6) {
      throw new CfbError(cfbDetail.header(major, shift), true);
    }
    this.sectorSize = 1 << shift;
    this.sectorCount = Math.max(0, Math.ceil((data.length - this.sectorSize) / this.sectorSize));
    this.miniCutoff = this.u32(56);
    this.fat = this.readFat(this.u32(44), this.u32(68), this.u32(72));
    this.entries = this.readDirectory(this.u32(48));
    const root = this.entries[0];
    if (root?.type !== TYPE_ROOT) throw new CfbError(cfbDetail.noRoot());
    const miniFatBytes = this.u32(64) ? this.chainBytes(this.u32(60), this.u32(64) * this.sectorSize) : new Uint8Array(0);
    this.miniFat = words(miniFatBytes);
  }
  data;
  static {
    __name(this, "CompoundFile");
  }
  view;
  sectorSize;
  sectorCount;
  fat;
  miniFat;
  miniCutoff;
  entries;
  miniStream = null;
  u16(at2) {
    return this.view.getUint16(at2, true);
  }
  u32(at2) {
    return this.view.getUint32(at2, true);
  }
  /** Sector `n`'s bytes (the last sector of a file may be short: a truncated file). */
  sector(n) {
    if (n >= this.sectorCount) throw new CfbError(cfbDetail.sectorBeyondEnd(n));
    const at2 = (n + 1) * this.sectorSize;
    return this.data.subarray(at2, at2 + this.sectorSize);
  }
  /** The FAT sectors listed in the header's 109 DIFAT slots and then in the DIFAT chain. */
  readFat(fatSectors, difatStart, difatSectors) {
    if (fatSectors > this.sectorCount) throw new CfbError(cfbDetail.tooManyFatSectors(fatSectors, this.sectorCount));
    const list = [];
    for (let i2 = 0; i2 < 109 && list.length < fatSectors; i2++) list.push(this.u32(76 + i2 * 4));
    let next = difatStart;
    const perSector = this.sectorSize / 4 - 1;
    for (let k = 0; k < difatSectors && list.length < fatSectors; k++) {
      if (next > MAXREGSECT) throw new CfbError(cfbDetail.difatEndsEarly());
      const s = words(this.sector(next));
      for (let i2 = 0; i2 < perSector && list.length < fatSectors; i2++) list.push(s[i2]);
      next = s[perSector];
    }
    if (list.length < fatSectors) throw new CfbError(cfbDetail.fatSectorsMissing());
    const fat = new Uint32Array(fatSectors * (this.sectorSize / 4));
    list.forEach((n, i2) => {
      if (n > MAXREGSECT) throw new CfbError(cfbDetail.badFatSector());
      fat.set(words(this.sector(n)), i2 * (this.sectorSize / 4));
    });
    return fat;
  }
  /** A chain of regular sectors from `start`, `size` bytes of it (the whole chain when size is -1). */
  chainBytes(start, size) {
    return follow(start, size, this.fat, (n) => this.sector(n), "FAT");
  }
  readDirectory(start) {
    const bytes2 = this.chainBytes(start, -1);
    const view = new DataView(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength);
    const entries = [];
    for (let at2 = 0; at2 + DIR_ENTRY <= bytes2.length; at2 += DIR_ENTRY) {
      const nameLength = Math.min(view.getUint16(at2 + 64, true), 64);
      const units = [];
      for (let i2 = 0; i2 < nameLength - 2; i2 += 2) units.push(view.getUint16(at2 + i2, true));
      while (units.length && units[units.length - 1] === 0) units.pop();
      entries.push({
        name: String.fromCharCode(...units),
        type: bytes2[at2 + 66],
        left: view.getUint32(at2 + 68, true),
        right: view.getUint32(at2 + 72, true),
        child: view.getUint32(at2 + 76, true),
        start: view.getUint32(at2 + 116, true),
        // Version 3 files may leave garbage in the high word (MS-CFB 2.6.3): sizes stay below 4 GB.
        size: view.getUint32(at2 + 120, true)
      });
    }
    return entries;
  }
  /** A root stream's bytes, or undefined when there is none of that name. */
  stream(name) {
    const upper = name.toUpperCase();
    const seen = /* @__PURE__ */ new Set();
    const stack = [this.entries[0].child];
    while (stack.length) {
      const n = stack.pop();
      if (n === NOSTREAM || seen.has(n)) continue;
      const e = this.entries[n];
      if (!e) throw new CfbError(cfbDetail.entryMissing(n));
      seen.add(n);
      if (e.type === TYPE_STREAM && e.name.toUpperCase() === upper) return this.read(e);
      stack.push(e.left, e.right);
    }
    return void 0;
  }
  read(e) {
    if (e.size > this.data.length) throw new CfbError(cfbDetail.streamTooLong(e.name, e.size, this.data.length));
    if (e.size >= this.miniCutoff) return this.chainBytes(e.start, e.size);
    if (e.size === 0) return new Uint8Array(0);
    const root = this.entries[0];
    this.miniStream ??= this.chainBytes(root.start, root.size);
    const mini = this.miniStream;
    return follow(e.start, e.size, this.miniFat, (n) => {
      if ((n + 1) * 64 > mini.length) throw new CfbError(cfbDetail.miniSectorBeyond(n));
      return mini.subarray(n * 64, (n + 1) * 64);
    }, "mini FAT");
  }
};
function words(bytes2) {
  const out = new Uint32Array(bytes2.length >> 2);
  const view = new DataView(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength);
  for (let i2 = 0; i2 < out.length; i2++) out[i2] = view.getUint32(i2 * 4, true);
  return out;
}
__name(words, "words");
function follow(start, size, table, sector, what) {
  const parts = [];
  const visited = new Uint8Array(table.length);
  let total = 0;
  let n = start;
  while (n !== ENDOFCHAIN && (size < 0 || total < size)) {
    if (n > MAXREGSECT || n >= table.length) throw new CfbError(cfbDetail.chainBroken(what, n));
    if (visited[n]) throw new CfbError(cfbDetail.chainLoops(what));
    visited[n] = 1;
    const s = sector(n);
    parts.push(s);
    total += s.length;
    n = table[n];
  }
  if (size >= 0 && total < size) throw new CfbError(cfbDetail.streamCutShort(total, size));
  const out = new Uint8Array(size < 0 ? total : size);
  let at2 = 0;
  for (const p of parts) {
    const piece = p.subarray(0, Math.min(p.length, out.length - at2));
    out.set(piece, at2);
    at2 += piece.length;
  }
  return out;
}
__name(follow, "follow");

// src/hosts/file/crypto/decrypt.ts
var DEFAULT_PASSWORD = "VelvetSweatshop";
var SEGMENT = 4096;
var BLOCK_VERIFIER_INPUT = Uint8Array.of(254, 167, 210, 118, 59, 75, 158, 121);
var BLOCK_VERIFIER_HASH = Uint8Array.of(215, 170, 15, 109, 48, 97, 52, 78);
var BLOCK_KEY = Uint8Array.of(20, 110, 11, 231, 171, 172, 208, 214);
var BLOCK_HMAC_KEY = Uint8Array.of(95, 178, 173, 1, 12, 185, 225, 246);
var BLOCK_HMAC_VALUE = Uint8Array.of(160, 103, 127, 2, 178, 44, 132, 51);
var STANDARD_SPIN = 5e4;
var DecryptError = class extends DetailedError {
  constructor(detail, tooLarge = false) {
    super(detail);
    this.tooLarge = tooLarge;
  }
  tooLarge;
  static {
    __name(this, "DecryptError");
  }
};
async function decryptPackage(info, encrypted, crypto, options) {
  if (encrypted.length < 8) throw new DecryptError(decryptDetail.tooShort());
  const view = new DataView(encrypted.buffer, encrypted.byteOffset, encrypted.byteLength);
  const size = view.getUint32(0, true) + view.getUint32(4, true) * 2 ** 32;
  if (size > options.maxSize) throw new DecryptError(decryptDetail.size(Math.round(size / 2 ** 20)), true);
  const password = utf16le(options.password ?? DEFAULT_PASSWORD);
  const cipher = encrypted.subarray(8);
  return info.kind === "agile" ? agile(info, password, size, encrypted, crypto) : standard(info, password, size, cipher, crypto);
}
__name(decryptPackage, "decryptPackage");
function isOpenable(info) {
  return info.kind !== "unsupported";
}
__name(isOpenable, "isOpenable");
async function agile(info, password, size, stream, crypto) {
  const k = info.key;
  const hn = await crypto.spin(k.hash, await crypto.digest(k.hash, concat(k.salt, password)), k.spinCount);
  const keyFor = /* @__PURE__ */ __name(async (block) => fit(await crypto.digest(k.hash, concat(hn, block)), k.keyBits / 8), "keyFor");
  const iv = fit(k.salt, k.blockSize);
  const input = (await crypto.decryptCbc(await keyFor(BLOCK_VERIFIER_INPUT), iv, k.verifierInput)).subarray(0, k.salt.length);
  const expected = await crypto.decryptCbc(await keyFor(BLOCK_VERIFIER_HASH), iv, k.verifierHash);
  const actual = await crypto.digest(k.hash, input);
  if (!equal(actual, expected.subarray(0, actual.length))) return null;
  const secret = (await crypto.decryptCbc(await keyFor(BLOCK_KEY), iv, k.keyValue)).subarray(0, k.keyBits / 8);
  const ivFor = /* @__PURE__ */ __name(async (block) => fit(await crypto.digest(info.data.hash, concat(info.data.salt, block)), info.data.blockSize), "ivFor");
  const cipher = stream.subarray(8);
  const segments = Math.ceil(size / SEGMENT);
  const length = segments === 0 ? 0 : (segments - 1) * SEGMENT + roundUp(size - (segments - 1) * SEGMENT, 16);
  if (cipher.length < length) throw new DecryptError(decryptDetail.cutShort(cipher.length, length));
  if (info.integrity) {
    const hashSize = (await crypto.digest(info.data.hash, new Uint8Array(0))).length;
    const key = (await crypto.decryptCbc(secret, await ivFor(BLOCK_HMAC_KEY), info.integrity.key)).subarray(0, hashSize);
    const value = (await crypto.decryptCbc(secret, await ivFor(BLOCK_HMAC_VALUE), info.integrity.value)).subarray(0, hashSize);
    if (!equal(await crypto.hmac(info.data.hash, key, stream), value)) throw new DecryptError(decryptDetail.integrity());
  }
  const c = cipher.subarray(0, length);
  const ivOf = /* @__PURE__ */ __name((i2) => ivFor(le32(i2)), "ivOf");
  const plain = await crypto.decryptCbc(secret, await ivOf(0), c);
  for (let i2 = 1; i2 < segments; i2++) {
    const at2 = i2 * SEGMENT;
    const segmentIv = await ivOf(i2);
    for (let j = 0; j < 16; j++) plain[at2 + j] ^= c[at2 - 16 + j] ^ segmentIv[j];
  }
  return plain.subarray(0, size);
}
__name(agile, "agile");
async function standard(info, password, size, cipher, crypto) {
  const sha1 = /* @__PURE__ */ __name((d) => crypto.digest("SHA-1", d), "sha1");
  const hn = await crypto.spin("SHA-1", await sha1(concat(info.salt, password)), STANDARD_SPIN);
  const hfinal = await sha1(concat(hn, le32(0)));
  const derive = /* @__PURE__ */ __name((fill3) => {
    const b = new Uint8Array(64).fill(fill3);
    for (let i2 = 0; i2 < hfinal.length; i2++) b[i2] ^= hfinal[i2];
    return sha1(b);
  }, "derive");
  const key = concat(await derive(54), await derive(92)).subarray(0, info.keyBits / 8);
  const verifier = await ecb(crypto, key, info.verifier);
  const verifierHash = await ecb(crypto, key, info.verifierHash);
  const actual = await sha1(verifier);
  if (!equal(actual, verifierHash.subarray(0, Math.min(20, info.verifierHashSize)))) return null;
  const length = roundUp(size, 16);
  if (cipher.length < length) throw new DecryptError(decryptDetail.cutShort(cipher.length, length));
  return (await ecb(crypto, key, cipher.subarray(0, length))).subarray(0, size);
}
__name(standard, "standard");
async function ecb(crypto, key, data) {
  const out = await crypto.decryptCbc(key, new Uint8Array(16), data);
  for (let i2 = 16; i2 < out.length; i2++) out[i2] ^= data[i2 - 16];
  return out;
}
__name(ecb, "ecb");
function fit(b, n) {
  if (b.length >= n) return b.slice(0, n);
  const out = new Uint8Array(n).fill(54);
  out.set(b);
  return out;
}
__name(fit, "fit");
function utf16le(s) {
  const out = new Uint8Array(s.length * 2);
  for (let i2 = 0; i2 < s.length; i2++) out[i2 * 2] = s.charCodeAt(i2) & 255, out[i2 * 2 + 1] = s.charCodeAt(i2) >> 8;
  return out;
}
__name(utf16le, "utf16le");
function le32(n) {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
}
__name(le32, "le32");
function concat(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
__name(concat, "concat");
var roundUp = /* @__PURE__ */ __name((n, m) => Math.ceil(n / m) * m, "roundUp");
function equal(a, b) {
  return a.length === b.length && a.every((x2, i2) => x2 === b[i2]);
}
__name(equal, "equal");

// src/hosts/file/crypto/encryption-info.ts
var MAX_SPIN = 1e7;
var HASHES = { SHA1: "SHA-1", "SHA-1": "SHA-1", SHA256: "SHA-256", "SHA-256": "SHA-256", SHA384: "SHA-384", "SHA-384": "SHA-384", SHA512: "SHA-512", "SHA-512": "SHA-512" };
var AES_IDS = { 26126: 128, 26127: 192, 26128: 256 };
function parseEncryptionInfo(info) {
  if (info.length < 8) return { kind: "unsupported", why: "EncryptionInfo too short" };
  const view = new DataView(info.buffer, info.byteOffset, info.byteLength);
  const major = view.getUint16(0, true);
  const minor = view.getUint16(2, true);
  if (major === 4 && minor === 4) return agile2(new TextDecoder("utf-8").decode(info.subarray(8)));
  if ((major === 2 || major === 3 || major === 4) && minor === 2) return standard2(view);
  return { kind: "unsupported", why: `encryption version ${major}.${minor}` };
}
__name(parseEncryptionInfo, "parseEncryptionInfo");
function element(xml, local, within = xml) {
  const m = new RegExp(`<(?:[\\w.-]+:)?${local}\\b([^>]*)>`).exec(within);
  if (!m) return null;
  const out = {};
  for (const a of m[1].matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[a[1]] = a[2] ?? a[3];
  return out;
}
__name(element, "element");
function base64(s) {
  if (s === void 0) return null;
  try {
    const bin = atob(s.replace(/\s+/g, ""));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
__name(base64, "base64");
function agile2(xml) {
  const keyData = element(xml, "keyData");
  const passwordPart = /keyEncryptor\/password"[\s\S]*?<\/(?:[\w.-]+:)?keyEncryptor>/.exec(xml)?.[0];
  const key = passwordPart ? element(xml, "encryptedKey", passwordPart) : null;
  if (!keyData || !key) return { kind: "unsupported", why: "no password key in the agile descriptor" };
  for (const e of [keyData, key]) {
    if (e.cipherAlgorithm !== "AES" || e.cipherChaining !== "ChainingModeCBC") return { kind: "unsupported", why: `cipher ${e.cipherAlgorithm} ${e.cipherChaining}` };
    if (!HASHES[e.hashAlgorithm]) return { kind: "unsupported", why: `hash ${e.hashAlgorithm}` };
  }
  const dataSalt = base64(keyData.saltValue);
  const salt = base64(key.saltValue);
  const verifierInput = base64(key.encryptedVerifierHashInput);
  const verifierHash = base64(key.encryptedVerifierHashValue);
  const keyValue = base64(key.encryptedKeyValue);
  const spinCount = Number(key.spinCount);
  const keyBits = Number(key.keyBits);
  const blockSize = Number(key.blockSize);
  const dataBlock = Number(keyData.blockSize);
  if (!dataSalt || !salt || !verifierInput || !verifierHash || !keyValue) return { kind: "unsupported", why: "agile descriptor incomplete" };
  if (!(Number.isInteger(spinCount) && spinCount >= 0 && spinCount <= MAX_SPIN)) return { kind: "unsupported", why: `spinCount ${key.spinCount}` };
  if (![128, 192, 256].includes(keyBits) || blockSize !== 16 || dataBlock !== 16) return { kind: "unsupported", why: `key ${keyBits} bits, block ${blockSize}` };
  for (const b of [verifierInput, verifierHash, keyValue]) if (b.length === 0 || b.length % 16) return { kind: "unsupported", why: "agile descriptor: ciphertext not whole blocks" };
  const dataIntegrity = element(xml, "dataIntegrity");
  const hmacKey = base64(dataIntegrity?.encryptedHmacKey);
  const hmacValue = base64(dataIntegrity?.encryptedHmacValue);
  const wholeBlocks = /* @__PURE__ */ __name((b) => !!b && b.length > 0 && b.length % 16 === 0, "wholeBlocks");
  return {
    kind: "agile",
    data: { salt: dataSalt, blockSize: dataBlock, hash: HASHES[keyData.hashAlgorithm] },
    integrity: wholeBlocks(hmacKey) && wholeBlocks(hmacValue) ? { key: hmacKey, value: hmacValue } : void 0,
    key: { salt, spinCount, keyBits, blockSize, hash: HASHES[key.hashAlgorithm], verifierInput, verifierHash, keyValue }
  };
}
__name(agile2, "agile");
function standard2(view) {
  const headerSize = view.getUint32(8, true);
  const h = 12;
  const v = h + headerSize;
  if (headerSize < 32 || v + 4 + 16 + 16 + 4 + 32 > view.byteLength) return { kind: "unsupported", why: "standard EncryptionInfo too short" };
  const algId = view.getUint32(h + 8, true);
  const hashId = view.getUint32(h + 12, true);
  const keyBits = view.getUint32(h + 16, true);
  if (AES_IDS[algId] === void 0 || hashId !== 32772 && hashId !== 0 || AES_IDS[algId] !== keyBits) {
    return { kind: "unsupported", why: `standard encryption algorithm 0x${algId.toString(16)}, ${keyBits} bits` };
  }
  const at2 = /* @__PURE__ */ __name((o, n) => new Uint8Array(view.buffer, view.byteOffset + o, n).slice(), "at");
  const saltSize = view.getUint32(v, true);
  if (saltSize !== 16) return { kind: "unsupported", why: `salt of ${saltSize} bytes` };
  return {
    kind: "standard",
    keyBits,
    salt: at2(v + 4, 16),
    verifier: at2(v + 20, 16),
    verifierHashSize: view.getUint32(v + 36, true),
    verifierHash: at2(v + 40, 32)
  };
}
__name(standard2, "standard");

// src/hosts/file/crypto/web.ts
var bytes = /* @__PURE__ */ __name((b) => new Uint8Array(b), "bytes");
var buffer = /* @__PURE__ */ __name((b) => b, "buffer");
function webCrypto(subtle) {
  return {
    digest: /* @__PURE__ */ __name(async (hash, data) => bytes(await subtle.digest(hash, buffer(data))), "digest"),
    async hmac(hash, key, data) {
      const k = await subtle.importKey("raw", buffer(key), { name: "HMAC", hash }, false, ["sign"]);
      return bytes(await subtle.sign("HMAC", k, buffer(data)));
    },
    async spin(hash, h0, count) {
      const buf = new Uint8Array(4 + h0.length);
      const view = new DataView(buf.buffer);
      let h = h0;
      for (let i2 = 0; i2 < count; i2++) {
        view.setUint32(0, i2, true);
        buf.set(h, 4);
        h = bytes(await subtle.digest(hash, buf));
      }
      return h;
    },
    async decryptCbc(key, iv, data) {
      if (data.length === 0) return new Uint8Array(0);
      const k = await subtle.importKey("raw", buffer(key), "AES-CBC", false, ["encrypt", "decrypt"]);
      const last = data.subarray(data.length - 16);
      const pad = bytes(await subtle.encrypt({ name: "AES-CBC", iv: buffer(last.slice()) }, k, new Uint8Array(16).fill(16))).subarray(0, 16);
      const whole = new Uint8Array(data.length + 16);
      whole.set(data);
      whole.set(pad, data.length);
      return bytes(await subtle.decrypt({ name: "AES-CBC", iv: buffer(iv.slice()) }, k, whole));
    }
  };
}
__name(webCrypto, "webCrypto");
function defaultCrypto() {
  const subtle = globalThis.crypto?.subtle;
  return subtle ? webCrypto(subtle) : void 0;
}
__name(defaultCrypto, "defaultCrypto");

// src/hosts/file/read.ts
var ZIP_MAGIC = [80, 75, 3, 4];
function startsWith(buf, magic) {
  return magic.every((b, i2) => buf[i2] === b);
}
__name(startsWith, "startsWith");
async function openWorkbook(data, file = "book.xlsx", options = {}) {
  return (await opened(data, file, options)).source;
}
__name(openWorkbook, "openWorkbook");
async function opened(data, file, options) {
  data = await packageBytes(data, file, options);
  if (!startsWith(data, ZIP_MAGIC)) throw new ReadError("not-a-workbook", file);
  const opened2 = asReadError(file, () => openBook(data, file, options.codec));
  const { zip, archive, book } = opened2;
  const inflate = /* @__PURE__ */ __name(async (parts) => {
    if (!options.codec) archive.useInflated(await inflateAhead(archive, parts.flatMap((p) => p ? zip.entry(p) ?? [] : [])));
  }, "inflate");
  await inflate([book.styles, book.sharedStrings]);
  const source = asReadError(file, () => sheetsOf(opened2, file));
  return { source, ahead: /* @__PURE__ */ __name((i2) => inflate([book.sheets[i2].part]), "ahead") };
}
__name(opened, "opened");
function asReadError(file, f, sheet) {
  try {
    return f();
  } catch (e) {
    if (e instanceof ReadError) throw e;
    if (e instanceof ZipError && e.tooLarge) throw new ReadError("too-large", file, e.detail);
    if (sheet !== void 0 && (e instanceof ZipError || e instanceof XmlScanError)) throw new ReadError("unreadable", file, inSheetDetail(sheet, e.detail));
    throw new ReadError("unreadable", file, detailOf(e));
  }
}
__name(asReadError, "asReadError");
async function packageBytes(data, file, options = {}) {
  if (!isCompoundFile(data)) return data;
  const text2 = /* @__PURE__ */ __name(() => new TextDecoder("utf-16le").decode(data.subarray(0, Math.min(data.length, 1 << 16))), "text");
  let info;
  let encrypted;
  try {
    const cfb = new CompoundFile(data);
    info = cfb.stream("EncryptionInfo");
    encrypted = info && cfb.stream("EncryptedPackage");
  } catch (e) {
    if (!(e instanceof CfbError)) throw e;
    const names = text2();
    if (e.header) throw new ReadError(/EncryptionInfo|EncryptedPackage/.test(names) ? "encrypted" : "legacy-xls", file);
    throw /\b(Workbook|Book)\b/.test(names) ? new ReadError("legacy-xls", file) : new ReadError("unreadable", file, e.detail);
  }
  if (!info || !encrypted) throw new ReadError(info ? "unreadable" : "legacy-xls", file, info ? decryptDetail.packageMissing() : void 0);
  const parsed = parseEncryptionInfo(info);
  const crypto = options.crypto ?? defaultCrypto();
  if (!isOpenable(parsed) || !crypto) throw new ReadError("encrypted", file);
  let plain;
  try {
    plain = await decryptPackage(parsed, encrypted, crypto, { maxSize: MAX_TOTAL_BYTES });
  } catch (e) {
    if (e instanceof DecryptError) throw new ReadError(e.tooLarge ? "too-large" : "unreadable", file, e.detail);
    throw new ReadError("unreadable", file, detailOf(e));
  }
  if (!plain) throw new ReadError("encrypted", file);
  return plain;
}
__name(packageBytes, "packageBytes");
function openBook(data, file, codec) {
  const archive = new ZipArchive(data);
  checkSizes(archive.entries);
  const zip = new ZipReader(archive, codec);
  const part2 = findWorkbookPart(zip);
  if (!part2) throw new ReadError("not-a-workbook", file);
  const book = readWorkbookPart(zip, part2);
  if (!book.isWorkbook) throw new ReadError("not-a-workbook", file);
  const seen = /* @__PURE__ */ new Set();
  for (const s of book.sheets) {
    const refused = refusedSheetName(s.name, seen);
    if (refused) throw new ReadError("unreadable", file, refused);
    seen.add(s.name.toLowerCase());
  }
  return { archive, zip, book };
}
__name(openBook, "openBook");
function sheetsOf({ zip, book }, file) {
  const ctx = { styles: readStyles(zip, book.styles), strings: readSharedStrings(zip, book.sharedStrings), date1904: book.date1904 };
  const sheets = book.sheets.map((s) => ({ name: s.name, hidden: s.state !== "visible" }));
  return {
    names: book.names,
    sheets,
    read: /* @__PURE__ */ __name((i2) => asReadError(file, () => ({ ...readSheet(zip, book.sheets[i2].part, sheets[i2].name, ctx), hidden: sheets[i2].hidden }), sheets[i2].name), "read")
  };
}
__name(sheetsOf, "sheetsOf");

// src/hosts/file/crypto/node.ts
var import_node_crypto = require("node:crypto");
var NODE_HASH = { "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384", "SHA-512": "sha512" };
var nodeCrypto = {
  digest: /* @__PURE__ */ __name(async (hash, data) => (0, import_node_crypto.createHash)(NODE_HASH[hash]).update(data).digest(), "digest"),
  hmac: /* @__PURE__ */ __name(async (hash, key, data) => (0, import_node_crypto.createHmac)(NODE_HASH[hash], key).update(data).digest(), "hmac"),
  async spin(hash, h0, count) {
    const algorithm = NODE_HASH[hash];
    const buf = new Uint8Array(4 + h0.length);
    const view = new DataView(buf.buffer);
    let h = h0;
    for (let i2 = 0; i2 < count; i2++) {
      view.setUint32(0, i2, true);
      buf.set(h, 4);
      h = (0, import_node_crypto.createHash)(algorithm).update(buf).digest();
    }
    return h;
  },
  async decryptCbc(key, iv, data) {
    const d = (0, import_node_crypto.createDecipheriv)(`aes-${key.length * 8}-cbc`, key, iv).setAutoPadding(false);
    const out = Buffer.concat([d.update(data), d.final()]);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }
};

// src/hosts/file/zip/node-codec.ts
var zlib = __toESM(require("node:zlib"));
var nativeCrc32 = zlib.crc32;
var nodeCodec = {
  // Level 1, as the portable codec: about three times faster than zlib's default 6 on sheet XML, for
  // some 10 % more bytes (a million-cell sheet: 0.2 s instead of 0.6).
  deflate: /* @__PURE__ */ __name((data) => zlib.deflateRawSync(data, { level: 1 }), "deflate"),
  // Into one buffer of the declared size (zlib's default output chunks of 16 KB are joined at the
  // end: a second copy of the part, and twice its memory for a moment), no larger than the data
  // could inflate to (deflate's limit is 1032:1), so a directory that lies cannot make it allocate more.
  inflate: /* @__PURE__ */ __name((data, size) => zlib.inflateRawSync(data, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(64, Math.min(size, data.length * 1032) + 1) }), "inflate"),
  // Each piece deflated on its own, ended by a sync flush (its blocks not final, its end on a byte
  // boundary) and the last one finished: deflate blocks may follow one another from separate
  // compressors (RFC 1951 §3.2.3; each piece refers back only within itself), as pigz joins them.
  deflater: /* @__PURE__ */ __name((out) => ({
    push: /* @__PURE__ */ __name((piece, last) => out(zlib.deflateRawSync(piece, { level: 1, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH })), "push")
  }), "deflater"),
  crc32: nativeCrc32 ? (data, crc) => nativeCrc32(data, crc) : crc32
};

// src/cli/heap.ts
var import_node_v8 = require("node:v8");
var import_node_vm = require("node:vm");
var LARGE = 25e4;
var SETTLE_FROM = 2e4;
var gc;
function collect() {
  if (gc === void 0) {
    try {
      (0, import_node_v8.setFlagsFromString)("--expose-gc");
      const fn = (0, import_node_vm.runInNewContext)("gc");
      gc = typeof fn === "function" ? fn : null;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
__name(collect, "collect");
function releasing(source) {
  let read2 = 0;
  let uncollected = 0;
  return {
    source: {
      names: source.names,
      sheets: source.sheets,
      read(index) {
        const sheet = source.read(index);
        let cells = 0;
        for (const row2 of sheet.rows) if (row2) cells += row2.length;
        read2 += cells;
        uncollected += cells;
        return sheet;
      },
      release() {
        if (uncollected < LARGE) return;
        uncollected = 0;
        collect();
      }
    },
    settle: /* @__PURE__ */ __name(() => {
      if (read2 >= SETTLE_FROM) collect();
    }, "settle")
  };
}
__name(releasing, "releasing");

// src/cli/book.ts
async function openBookSheets(bytes2, name) {
  const data = await packageBytes(bytes2, name, { crypto: nodeCrypto });
  return { data, ...releasing(await openWorkbook(data, name, { codec: nodeCodec })) };
}
__name(openBookSheets, "openBookSheets");

// src/core/engine.ts
init_workbook();

// src/core/recognize/index.ts
init_workbook();

// src/core/text/memo.ts
var MAX_ENTRIES = 5e4;
function memoText(answer, maxLength = 200) {
  const answers = /* @__PURE__ */ new Map();
  return (text2) => {
    if (text2.length > maxLength) return answer(text2);
    const known = answers.get(text2);
    if (known !== void 0 || answers.has(text2)) return known;
    const out = answer(text2);
    if (answers.size >= MAX_ENTRIES) answers.clear();
    answers.set(text2, out);
    return out;
  };
}
__name(memoText, "memoText");

// src/core/text/normalize.ts
var CIRCLED = /[\u2460-\u2473]/g;
function nfkc(s) {
  if (!CIRCLED.test(s)) return s.normalize("NFKC");
  CIRCLED.lastIndex = 0;
  let out = "";
  let last = 0;
  for (const m of s.matchAll(CIRCLED)) {
    out += s.slice(last, m.index).normalize("NFKC") + m[0];
    last = m.index + m[0].length;
  }
  return out + s.slice(last).normalize("NFKC");
}
__name(nfkc, "nfkc");
var compact = memoText((s) => nfkc(s).replace(/\s+/g, ""));
function tidy(s) {
  return /\s/.test(s) ? s.replace(/\s+/g, " ").trim() : s;
}
__name(tidy, "tidy");
function clean(s) {
  return nfkc(s).replace(/\s+/g, " ").trim();
}
__name(clean, "clean");
var DASH_CLASS = "\\-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212\\u30FC\\uFF0D\\uFF70";
var NO_VALUE_RE = new RegExp(`^[\\s${DASH_CLASS}\u2026\u2025\u30FB/\uFF0F]*$`);
function isNoValueText(s) {
  return NO_VALUE_RE.test(s);
}
__name(isNoValueText, "isNoValueText");

// src/core/text/number.ts
var NUMBER_RE = new RegExp(
  `^([\u25B3\u25B2${DASH_CLASS}+]?)(\\d{1,3}(?:,\\d{3})+|\\d+)?(\\.\\d+)?(%|\u30D1\u30FC\u30BB\u30F3\u30C8|\u30DD\u30A4\u30F3\u30C8|pt|\u5343\u5186|\u767E\u4E07\u5186|\u5186)?$`
);
function parseNumberText(raw) {
  if (isNoValueText(raw)) return { kind: "blank" };
  const s = nfkc(raw).replace(/\s+/g, "").replace(/^マイナス(?=[\d.])/, "-");
  if (/^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i.test(s)) return { kind: "error", text: s };
  const m = NUMBER_RE.exec(s);
  if (!m || m[2] === void 0 && m[3] === void 0) return worded(s) ?? { kind: "text", text: raw };
  const magnitude = Number(((m[2] ?? "0") + (m[3] ?? "")).replace(/,/g, ""));
  if (!Number.isFinite(magnitude)) return { kind: "text", text: raw };
  const negative = m[1] !== "" && m[1] !== "+";
  return { kind: "number", value: negative ? -magnitude : magnitude };
}
__name(parseNumberText, "parseNumberText");
var FIGURE = `([\u25B3\u25B2${DASH_CLASS}+]?)(\\d{1,3}(?:,\\d{3})+|\\d+)?(\\.\\d+)?`;
var PARENTHESIZED = new RegExp(`^[(\uFF08]${FIGURE}(%|\u30DD\u30A4\u30F3\u30C8|pt)?[)\uFF09]$`);
var CHANGE_WORDS = new RegExp(`^${FIGURE}(%|\u30DD\u30A4\u30F3\u30C8|pt)(\u5897|\u6E1B|\u4E0A\u6607|\u4F4E\u4E0B|\u6539\u5584|\u60AA\u5316|\u5897\u52A0|\u6E1B\u5C11)$`);
var NOTED = new RegExp(`^([^\\d\u25B3\u25B2${DASH_CLASS}+]{1,12}?)${FIGURE}(%|\u30DD\u30A4\u30F3\u30C8|pt)$`);
function figure(sign, int, frac) {
  if (int === void 0 && frac === void 0) return null;
  const magnitude = Number(((int ?? "0") + (frac ?? "")).replace(/,/g, ""));
  if (!Number.isFinite(magnitude)) return null;
  return sign !== "" && sign !== "+" ? -magnitude : magnitude;
}
__name(figure, "figure");
function worded(s) {
  let m = PARENTHESIZED.exec(s);
  if (m) {
    const v = figure(m[1], m[2], m[3]);
    return v === null ? null : { kind: "number", value: v, note: "()" };
  }
  m = CHANGE_WORDS.exec(s);
  if (m) {
    const v = figure(m[1], m[2], m[3]);
    if (v === null) return null;
    const down = /減|低下|悪化/.test(m[5]);
    return { kind: "number", value: down ? -Math.abs(v) : v, note: m[5] };
  }
  m = NOTED.exec(s);
  if (m && !/[年度月日号第]$/.test(m[1])) {
    const v = figure(m[2], m[3], m[4]);
    return v === null ? null : { kind: "number", value: v, note: m[1] };
  }
  return null;
}
__name(worded, "worded");

// src/core/text/format.ts
var GENERAL = { decimals: null, percent: false, text: false };
var read = memoText((format) => {
  const parts = formatSections(format).map(parseSection);
  return { decimals: parts[0].hasDigits ? parts[0].decimals : null, percent: parts.some((p) => p.percent), text: /@/.test(format) };
});
function formatInfo(format) {
  return !format || format === "General" ? GENERAL : read(format);
}
__name(formatInfo, "formatInfo");
function formatSections(format) {
  const out = [];
  let cur = "";
  let quoted2 = false;
  for (let i2 = 0; i2 < format.length; i2++) {
    const ch = format[i2];
    if (ch === '"') quoted2 = !quoted2;
    if (ch === "\\" && !quoted2 && i2 + 1 < format.length) {
      cur += ch + format[++i2];
      continue;
    }
    if (ch === ";" && !quoted2) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
__name(formatSections, "formatSections");
function parseSection(section) {
  let before = "";
  let after = "";
  let digits = "";
  let quoted2 = false;
  let percent = false;
  for (let i2 = 0; i2 < section.length; i2++) {
    const ch = section[i2];
    if (ch === '"') {
      quoted2 = !quoted2;
      continue;
    }
    if (quoted2) {
      if (digits) after += ch;
      else before += ch;
      continue;
    }
    if (ch === "\\" && i2 + 1 < section.length) {
      const lit = section[++i2];
      if (digits) after += lit;
      else before += lit;
      continue;
    }
    if (ch === "[") {
      const end = section.indexOf("]", i2);
      i2 = end < 0 ? section.length : end;
      continue;
    }
    if (ch === "_" || ch === "*") {
      i2++;
      continue;
    }
    if ("0#?,.".includes(ch) && !after) digits += ch;
    else if (ch === "%") {
      after += "%";
      percent = true;
    } else if (digits) after += ch;
    else before += ch;
  }
  const dot = digits.indexOf(".");
  const decimals = dot < 0 ? 0 : digits.slice(dot + 1).replace(/[^0#?]/g, "").length;
  const intPart = dot < 0 ? digits : digits.slice(0, dot);
  return { before, after, decimals, thousands: intPart.includes(","), percent, hasDigits: /[0#?]/.test(digits) };
}
__name(parseSection, "parseSection");

// src/core/recognize/grid.ts
function hasContent(cell) {
  if (!cell) return false;
  const v = cell.value;
  if (typeof v === "number") return true;
  if (cell.formula) return true;
  if (v === null || v === void 0) return false;
  if (typeof v !== "string") return true;
  const first = v.charCodeAt(0);
  if (first > 32 && first < 127 || first > 12288 && first < 65279) return true;
  return v.trim() !== "";
}
__name(hasContent, "hasContent");
var BLANK = Object.freeze({ kind: "blank" });
var NO_COLUMNS = Object.freeze([]);
var parseText = memoText(parseNumberText);
var MASK_COLUMNS = 30;
var SheetGrid = class {
  constructor(sheet) {
    this.sheet = sheet;
    this.rowCount = sheet.rows.length;
    let cols = 0;
    for (let r = 0; r < sheet.rows.length; r++) {
      const row2 = sheet.rows[r];
      if (row2 && row2.length > cols) cols = row2.length;
    }
    this.colCount = cols;
    this.mergesByRow = sheet.merges.length ? new Array(this.rowCount) : [];
    for (const m of sheet.merges) {
      const bottom = Math.min(m.bottom, this.rowCount - 1);
      for (let r = Math.max(0, m.top); r <= bottom; r++) (this.mergesByRow[r] ??= []).push(m);
    }
  }
  sheet;
  static {
    __name(this, "SheetGrid");
  }
  rowCount;
  colCount;
  /** Merged areas by row, for the rows they cover (asked of every cell read: an array, not a map). */
  mergesByRow;
  /** Compact text of long cells (notes), which the per-text memo leaves out, by cell. */
  longTexts = /* @__PURE__ */ new Map();
  /** The columns holding content, by row (asked many times of every row). */
  contentColumns = [];
  /** The columns holding text, by row. */
  textColumnsByRow = [];
  /** One list for the rows with the same columns (a plan's rows have the same few), by bit mask. */
  columnLists = /* @__PURE__ */ new Map();
  cell(r, c) {
    const row2 = this.sheet.rows[r];
    return row2 ? row2[c] : void 0;
  }
  mergeAt(r, c) {
    const list = this.mergesByRow[r];
    if (!list) return void 0;
    for (let i2 = 0; i2 < list.length; i2++) if (c >= list[i2].left && c <= list[i2].right) return list[i2];
    return void 0;
  }
  /** The text a cell shows as written (numbers as digits), '' when empty. Merges are not followed. */
  raw(r, c) {
    const v = this.cell(r, c)?.value;
    if (v === null || v === void 0) return "";
    if (typeof v === "object") return v.error;
    return String(v);
  }
  /** The cell's text in compact form (NFKC, no whitespace). */
  text(r, c) {
    const v = this.cell(r, c)?.value;
    if (v === null || v === void 0) return "";
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    if (typeof v === "object") return compact(v.error);
    if (v.length <= 200) return compact(v);
    const key = r * 16384 + c;
    let s = this.longTexts.get(key);
    if (s === void 0) this.longTexts.set(key, s = compact(v));
    return s;
  }
  /** Compact text, following a merged area to its top-left cell. */
  mergedText(r, c) {
    const m = this.mergeAt(r, c);
    return m ? this.text(m.top, m.left) : this.text(r, c);
  }
  /** The text as the user wrote it (whitespace collapsed), following merges: names are reported so. */
  labelText(r, c) {
    const m = this.mergeAt(r, c);
    return tidy(m ? this.raw(m.top, m.left) : this.raw(r, c));
  }
  /** Is the cell the continuation (not the top-left) of a merged area? */
  isMergeContinuation(r, c) {
    const m = this.mergeAt(r, c);
    return !!m && (m.top !== r || m.left !== c);
  }
  isEmpty(r, c) {
    return !hasContent(this.cell(r, c));
  }
  number(r, c) {
    const cell = this.cell(r, c);
    const v = cell?.value;
    if (v === null || v === void 0) return BLANK;
    if (typeof v === "number") return Number.isFinite(v) ? { kind: "number", value: v } : { kind: "error", text: String(v) };
    if (typeof v === "boolean") return { kind: "text", text: String(v) };
    if (typeof v === "object") return { kind: "error", text: v.error };
    return parseText(v);
  }
  /** The cell's number (typed, or as text such as "△ 628"), or null: number()'s value alone. */
  numberValue(r, c) {
    const p = this.number(r, c);
    return p.kind === "number" ? p.value : null;
  }
  /** Does any merged area cover row r? (Most rows of a plan have none: no cell of theirs need be looked up.) */
  hasMerges(r) {
    return this.mergesByRow[r] !== void 0;
  }
  /** Does the cell hold a number (typed, or as text such as "△ 628")? */
  isNumber(r, c) {
    const v = this.cell(r, c)?.value;
    if (typeof v === "number") return Number.isFinite(v);
    return typeof v === "string" && this.number(r, c).kind === "number";
  }
  /** Is a numeric cell formatted as a percentage (0.962 shown as 96.2%)? */
  isPercentFormatted(r, c) {
    return formatInfo(this.cell(r, c)?.numberFormat).percent;
  }
  /** Columns of the row holding any value, in order. */
  nonEmptyColumns(r, from = 0, to = this.colCount - 1) {
    let all = this.contentColumns[r];
    if (all === void 0) {
      const row2 = this.sheet.rows[r];
      if (!row2 || row2.length === 0) return NO_COLUMNS;
      let n2 = 0;
      let mask = 0;
      let texts = 0;
      let textMask = 0;
      for (let c = 0; c < row2.length; c++) {
        const cell = row2[c];
        if (hasContent(cell)) {
          n2++;
          mask |= 1 << c;
          if (typeof cell.value === "string") {
            texts++;
            textMask |= 1 << c;
          }
        }
      }
      this.contentColumns[r] = all = this.columnList(row2, mask, n2, false);
      this.textColumnsByRow[r] = this.columnList(row2, textMask, texts, true);
    }
    if (from <= 0 && to >= this.colCount - 1) return all;
    let n = 0;
    for (let i2 = 0; i2 < all.length; i2++) if (all[i2] >= from && all[i2] <= to) n++;
    if (n === all.length) return all;
    if (n === 0) return NO_COLUMNS;
    const out = new Array(n);
    for (let i2 = 0, k = 0; i2 < all.length; i2++) if (all[i2] >= from && all[i2] <= to) out[k++] = all[i2];
    return out;
  }
  /** Columns of the row holding text (not numbers), in order: where header words, names and notes are. */
  textColumns(r) {
    const texts = this.textColumnsByRow[r];
    if (texts !== void 0) return texts;
    this.nonEmptyColumns(r);
    return this.textColumnsByRow[r] ?? NO_COLUMNS;
  }
  /**
   * The `n` columns of the row with content (with text, when `texts`), whose bit mask is `mask` (for
   * the first 30): the list already made for the same columns when the row is that narrow, a list of
   * its own otherwise. (No function passed to say which: that was one more object made a row.)
   */
  columnList(row2, mask, n, texts) {
    if (n === 0) return NO_COLUMNS;
    const shared3 = row2.length <= MASK_COLUMNS;
    if (shared3) {
      const known = this.columnLists.get(mask);
      if (known) return known;
    }
    const found = new Array(n);
    for (let c = 0, k = 0; k < n; c++) if (hasContent(row2[c]) && (!texts || typeof row2[c].value === "string")) found[k++] = c;
    if (shared3) this.columnLists.set(mask, Object.freeze(found));
    return found;
  }
};

// src/core/recalc/change-log.ts
init_workbook();

// src/i18n/workbook.ts
var CHANGE_LOG_TEXT = {
  header: ["\u65E5\u6642", "\u30B7\u30FC\u30C8", "\u30BB\u30EB", "\u5909\u66F4\u524D\u306E\u5024", "\u66F8\u304D\u8FBC\u3093\u3060\u6570\u5F0F", "\u5909\u66F4\u524D\u306E\u8868\u793A\u5F62\u5F0F", "\u5B9F\u884C\u756A\u53F7", "\u5909\u66F4\u524D\u306E\u7A2E\u985E"],
  /** The row 元に戻す appends (column E): the run above it has been undone. */
  undone: "\uFF08\u76F4\u524D\u306E\u518D\u8A08\u7B97\u3092\u5143\u306B\u623B\u3057\u307E\u3057\u305F\uFF09",
  title: "saiken \u5909\u66F4\u5C65\u6B74",
  /** One line each, short enough for the printed page. */
  lead: [
    "\u518D\u8A08\u7B97\u3067\u3001\u624B\u5165\u529B\u306E\u5024\u3092\u6570\u5F0F\u306B\u7F6E\u304D\u63DB\u3048\u305F\u30BB\u30EB\u306E\u8A18\u9332\u3067\u3059\u3002",
    "\u5143\u306E\u5024\u306B\u623B\u3059\u3068\u304D\u306F\u300C\u5909\u66F4\u524D\u306E\u5024\u300D\u3092\u305D\u306E\u30BB\u30EB\u306B\u5165\u529B\u3057\u76F4\u3057\u307E\u3059\u3002",
    "\u5370\u5237\u3055\u308C\u308B\u306E\u306F\u3053\u306E\u8AAC\u660E\u3060\u3051\u3067\u3059\u3002\u5168\u4EF6\u3092\u5370\u5237\u3059\u308B\u3068\u304D\u306F\u3001",
    "\u300C\u5370\u5237\u7BC4\u56F2\u306E\u30AF\u30EA\u30A2\u300D\u3092\u3057\u3066\u304B\u3089\u5370\u5237\u3057\u3066\u304F\u3060\u3055\u3044\u3002"
  ],
  count: "\u8A18\u9332\u306E\u4EF6\u6570",
  /** Column H: what the former content was, so that 元に戻す gives back text as text, a formula as a formula. */
  kinds: { formula: "\u6570\u5F0F", text: "\u6587\u5B57\u5217", number: "\u6570\u5024", boolean: "\u8AD6\u7406\u5024", error: "\u30A8\u30E9\u30FC\u5024", empty: "\u7A7A\u767D" },
  /** The same kinds in the English half of a message. */
  kindsEn: { formula: "formula", text: "text", number: "number", boolean: "boolean", error: "error value", empty: "blank" }
};
var SUMMARY_TEXT = {
  title: "\u50B5\u6A29\u7BA1\u7406\u8A08\u753B \u96C6\u8A08",
  lead: "\u3053\u306E\u30B7\u30FC\u30C8\u306F saiken \u304C\u8A08\u753B\u8868\u304B\u3089\u4F5C\u6210\u3057\u307E\u3057\u305F\u3002\u6570\u5024\u306F\u8A08\u753B\u8868\u306E\u30BB\u30EB\u3092\u53C2\u7167\u3059\u308B\u6570\u5F0F\u3067\u3059\uFF08\u8A08\u753B\u8868\u3092\u76F4\u3059\u3068\u81EA\u52D5\u3067\u53CD\u6620\u3055\u308C\u307E\u3059\uFF09\u3002",
  rowHeader: "\u533A\u5206",
  total: "\u5408\u8A08",
  noDepartment: "\uFF08\u6240\u7BA1\u8AB2\u306A\u3057\uFF09",
  unit: /* @__PURE__ */ __name((u) => `\uFF08\u5358\u4F4D\uFF1A${u}\uFF09`, "unit"),
  kind: { actual: "\u5B9F\u7E3E", target: "\u76EE\u6A19", forecast: "\u898B\u8FBC" },
  metric: { rate: "\u53CE\u7D0D\u7387", uncollected: "\u53CE\u5165\u672A\u6E08\u984D", charged: "\u8ABF\u5B9A\u984D", paid: "\u53CE\u5165\u6E08\u984D" },
  met: "\u9054\u6210",
  notMet: "\u672A\u9054\u6210",
  /** Section titles; the sheet numbers them in the order they appear (a section without data is left out). */
  sections: {
    uncollectedByClass: "\u53CE\u5165\u672A\u6E08\u984D\uFF08\u50B5\u6A29\u306E\u533A\u5206\u5225\u30FB\u5E74\u5EA6\u5225\uFF09",
    rateByClass: "\u53CE\u7D0D\u7387\uFF08\u50B5\u6A29\u306E\u533A\u5206\u5225\u30FB\u5E74\u5EA6\u5225\uFF09",
    uncollectedByDepartment: "\u53CE\u5165\u672A\u6E08\u984D\uFF08\u6240\u7BA1\u8AB2\u5225\u30FB\u5E74\u5EA6\u5225\uFF09",
    rateByDepartment: "\u53CE\u7D0D\u7387\uFF08\u6240\u7BA1\u8AB2\u5225\u30FB\u5E74\u5EA6\u5225\uFF09",
    achievement: "\u76EE\u6A19\u306E\u9054\u6210\u72B6\u6CC1\uFF08\u5B9F\u7E3E\u3068\u76EE\u6A19\u304C\u305D\u308D\u3046\u6700\u65B0\u5E74\u5EA6\uFF09",
    reduction: "\u53CE\u5165\u672A\u6E08\u984D\u306E\u7E2E\u6E1B",
    chartData: "\u30B0\u30E9\u30D5\u7528\u30C7\u30FC\u30BF"
  },
  /** How a rate row compares years (never different debts in different years without saying so). */
  rateMethod: {
    weighted: "\u52A0\u91CD\u5E73\u5747\uFF08\u53CE\u5165\u6E08\u984D\u306E\u5408\u8A08\xF7\u8ABF\u5B9A\u984D\u306E\u5408\u8A08\xD7100\uFF09",
    common: "\u3059\u3079\u3066\u306E\u5E74\u5EA6\u306B\u53CE\u7D0D\u7387\u306E\u3042\u308B\u50B5\u6A29\u3060\u3051\u306E\u5358\u7D14\u5E73\u5747\uFF08\u5E74\u5EA6\u3054\u3068\u306B\u5BFE\u8C61\u306E\u50B5\u6A29\u304C\u5909\u308F\u3089\u306A\u3044\u3088\u3046\u306B\u3057\u3066\u3044\u307E\u3059\uFF09",
    heading: /* @__PURE__ */ __name((text2) => `\u7B97\u51FA\u65B9\u6CD5: ${text2}`, "heading"),
    mixed: /* @__PURE__ */ __name((weighted, common) => `\u7B97\u51FA\u65B9\u6CD5: \u52A0\u91CD\u5E73\u5747\uFF08\u53CE\u5165\u6E08\u984D\u306E\u5408\u8A08\xF7\u8ABF\u5B9A\u984D\u306E\u5408\u8A08\uFF09\uFF1D${weighted}\uFF0F\u3059\u3079\u3066\u306E\u5E74\u5EA6\u306B\u53CE\u7D0D\u7387\u306E\u3042\u308B\u50B5\u6A29\u3060\u3051\u306E\u5358\u7D14\u5E73\u5747\uFF1D${common}`, "mixed"),
    blank: /* @__PURE__ */ __name((rows) => `\u203B \u3059\u3079\u3066\u306E\u5E74\u5EA6\u306B\u53CE\u7D0D\u7387\u306E\u3042\u308B\u50B5\u6A29\u304C\u306A\u3044\u305F\u3081\u7A7A\u6B04: ${rows}`, "blank"),
    short: { weighted: "\u52A0\u91CD\u5E73\u5747", common: "\u5168\u5E74\u5EA6\u306B\u5024\u306E\u3042\u308B\u50B5\u6A29\u306E\u5E73\u5747" }
  },
  departmentNote: /* @__PURE__ */ __name((pairs) => `\u203B \u8868\u8A18\u306E\u9055\u3046\u6240\u7BA1\u8AB2\u540D\u3092\u307E\u3068\u3081\u3066\u96C6\u8A08\u3057\u307E\u3057\u305F: ${pairs}`, "departmentNote"),
  omittedCharts: /* @__PURE__ */ __name((list) => `\u4F5C\u6210\u3057\u306A\u304B\u3063\u305F\u30B0\u30E9\u30D5: ${list}`, "omittedCharts"),
  omitted: {
    uncollectedTrend: "\u53CE\u5165\u672A\u6E08\u984D\u306E\u63A8\u79FB\uFF08\u5E74\u5EA6\u304C\u4E00\u3064\u3060\u3051\u306E\u305F\u3081\uFF09",
    rateTrend: "\u53CE\u7D0D\u7387\u306E\u63A8\u79FB\uFF08\u5E74\u5EA6\u304C\u4E00\u3064\u3060\u3051\u306E\u305F\u3081\uFF09",
    top: "\u53CE\u5165\u672A\u6E08\u984D\u306E\u5927\u304D\u3044\u50B5\u6A29\uFF08\u53CE\u5165\u672A\u6E08\u984D\u304C\u306A\u3044\u305F\u3081\uFF09"
  },
  achievementHeader: ["\u50B5\u6A29\u540D", "\u6307\u6A19", "\u5E74\u5EA6", "\u5B9F\u7E3E", "\u76EE\u6A19", "\u5224\u5B9A", "\u6240\u7BA1\u8AB2"],
  reductionHeader: ["\u57FA\u6E96\u5E74\u5EA6\u306E\u5B9F\u7E3E", "\u6700\u7D42\u5E74\u5EA6\u306E\u76EE\u6A19", "\u7E2E\u6E1B\u984D", "\u7E2E\u6E1B\u7387\uFF08%\uFF09"],
  reductionNote: /* @__PURE__ */ __name((base, last) => `\u57FA\u6E96: ${base}\u3001\u76EE\u6A19: ${last}`, "reductionNote"),
  unclassifiedNote: /* @__PURE__ */ __name((names) => `\u203B \u533A\u5206\u304C\u4E0D\u660E\u306E\u305F\u3081\u300C\u305D\u306E\u4ED6\u300D\u306B\u96C6\u8A08\u3057\u305F\u50B5\u6A29: ${names}`, "unclassifiedNote"),
  chart: {
    year: "\u5E74\u5EA6",
    debt: "\u50B5\u6A29\u540D",
    yearAxis: "\u5E74\u5EA6",
    debtAxis: "\u50B5\u6A29\u540D",
    rateAxis: "\u53CE\u7D0D\u7387\uFF08%\uFF09",
    amountAxis: /* @__PURE__ */ __name((unit) => `\u53CE\u5165\u672A\u6E08\u984D\uFF08${unit ?? "\u5186"}\uFF09`, "amountAxis"),
    uncollectedTitle: "\u53CE\u5165\u672A\u6E08\u984D\u306E\u63A8\u79FB\uFF08\u5B9F\u7E3E\u30FB\u76EE\u6A19\uFF09",
    rateTitle: /* @__PURE__ */ __name((method) => `\u50B5\u6A29\u306E\u533A\u5206\u5225 \u53CE\u7D0D\u7387\u306E\u63A8\u79FB\uFF08${method}\uFF09`, "rateTitle"),
    topTitle: /* @__PURE__ */ __name((year, kind) => `\u53CE\u5165\u672A\u6E08\u984D\u306E\u5927\u304D\u3044\u50B5\u6A29\uFF08${year}\u5E74\u5EA6 ${kind}\u3001\u4E0A\u4F4D10\u4EF6\uFF09`, "topTitle")
  }
};

// src/core/recalc/change-log.ts
var CHANGE_LOG_SHEET = "saiken\u5909\u66F4\u5C65\u6B74";
var HEAD_ROWS = 2 + CHANGE_LOG_TEXT.lead.length;
var HEADER_ROW = HEAD_ROWS + 2;
var PRINT = { orientation: "portrait", area: `A1:E${HEAD_ROWS}`, fitToWidth: true };
var COLUMNS = "ABCDEFGH";
var FORMAT_COLUMN = 5;
var RUN_COLUMN = 6;
var KIND_COLUMN = 7;
var kindLabel = /* @__PURE__ */ __name((e) => e.kind === "error" || e.kind === "text" && typeof e.before === "string" && e.before.startsWith("=") ? CHANGE_LOG_TEXT.kinds[e.kind] : null, "kindLabel");
var KIND_OF_LABEL = new Map(Object.entries(CHANGE_LOG_TEXT.kinds).map(([k, label3]) => [label3, k]));
function kindOfColumnD(v) {
  if (v === null || v === "") return "empty";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "boolean";
  return typeof v === "string" && v.startsWith("=") && v.length > 1 ? "formula" : "text";
}
__name(kindOfColumnD, "kindOfColumnD");
var textOf = /* @__PURE__ */ __name((v) => v === null || v === void 0 ? "" : typeof v === "object" ? v.error : String(v), "textOf");
var ADDRESS = /^[A-Z]{1,3}[1-9]\d*$/;
function headerRowOf(sheet) {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_ROW + 2); r++) {
    const row2 = sheet.rows[r];
    if ([0, 1, 2, 3, 4].every((c) => row2?.[c]?.value === CHANGE_LOG_TEXT.header[c])) return r;
  }
  return -1;
}
__name(headerRowOf, "headerRowOf");
function findChangeLog(wb) {
  return wb.sheets.find((s) => isChangeLogName(s.name) && headerRowOf(s) >= 0);
}
__name(findChangeLog, "findChangeLog");
function isChangeLogName(name) {
  const base = CHANGE_LOG_SHEET.toLowerCase();
  const lower = name.toLowerCase();
  return lower.startsWith(base) && /^(?: \(\d+\))?$/.test(lower.slice(base.length));
}
__name(isChangeLogName, "isChangeLogName");
function freeChangeLogName(wb) {
  let name = CHANGE_LOG_SHEET;
  for (let n = 2; wb.sheets.some((s) => sameSheetName(s.name, name)); n++) name = `${CHANGE_LOG_SHEET} (${n})`;
  return name;
}
__name(freeChangeLogName, "freeChangeLogName");
function readChangeLog(sheet) {
  const header = headerRowOf(sheet);
  if (header < 0) return [];
  const out = [];
  for (let r = header + 1; r < sheet.rows.length; r++) {
    const v = /* @__PURE__ */ __name((c) => sheet.rows[r]?.[c]?.value ?? null, "v");
    const time = textOf(v(0));
    if (v(4) === CHANGE_LOG_TEXT.undone) {
      out.push({ row: r + 1, time, undone: true, sheet: "", cell: "", before: null, formula: "", kind: "empty" });
      continue;
    }
    const [name, cell, formula] = [textOf(v(1)), textOf(v(2)), v(4)];
    if (!name || !ADDRESS.test(cell) || typeof formula !== "string" || !formula.startsWith("=")) continue;
    const before = v(3);
    const format = v(FORMAT_COLUMN);
    const run = v(RUN_COLUMN);
    const kind = KIND_OF_LABEL.get(v(KIND_COLUMN)) ?? kindOfColumnD(before);
    out.push({
      row: r + 1,
      time,
      undone: false,
      sheet: name,
      cell,
      before: before !== null && typeof before === "object" ? before.error : before,
      formula,
      ...typeof format === "string" && format !== "" ? { format } : {},
      ...typeof run === "number" && Number.isInteger(run) ? { run } : {},
      kind
    });
  }
  return out;
}
__name(readChangeLog, "readChangeLog");
function replacedFormats(sheet, writes, from, into) {
  for (let i2 = from; i2 < writes.length; i2++) {
    const w = writes[i2];
    if (w.numberFormat === void 0 || w.sheet !== sheet.name) continue;
    const { r, c } = parseA1(w.cell);
    const was = sheet.rows[r]?.[c]?.numberFormat ?? "General";
    if (was !== w.numberFormat) into.set(`${w.sheet}!${w.cell}`, was);
  }
}
__name(replacedFormats, "replacedFormats");
function changeLogWrites(wb, cs, now, formats) {
  const existing = findChangeLog(wb);
  const name = existing?.name ?? freeChangeLogName(wb);
  let row2 = existing ? existing.rows.length + 1 : HEADER_ROW + 1;
  const text2 = /* @__PURE__ */ __name((cell, value, more = {}) => cs.cells.push({ sheet: name, cell, value, ...more }), "text");
  let run = 1;
  if (!existing) {
    cs.sheets.push({ name, mode: "create", state: "visible", columnWidths: [16, 12, 7, 14, 50, 14, 8, 10], print: PRINT, position: "last" });
    text2("A1", CHANGE_LOG_TEXT.title, { bold: true });
    CHANGE_LOG_TEXT.lead.forEach((line, i2) => text2(`A${i2 + 2}`, line));
    text2(`A${HEAD_ROWS}`, CHANGE_LOG_TEXT.count, { bold: true });
    cs.cells.push({ sheet: name, cell: `B${HEAD_ROWS}`, value: cs.log.length, align: "right" });
    CHANGE_LOG_TEXT.header.forEach((h, i2) => text2(`${COLUMNS[i2]}${HEADER_ROW}`, h, { bold: true }));
  } else {
    const header = headerRowOf(existing);
    const rows = readChangeLog(existing);
    for (const r of rows) if (r.run !== void 0 && r.run >= run) run = r.run + 1;
    if (existing.rows[0]?.[0]?.value === CHANGE_LOG_TEXT.title && cs.log.length) cs.cells.push({ sheet: name, cell: `B${HEAD_ROWS}`, value: rows.length + cs.log.length, align: "right" });
    const missing = /* @__PURE__ */ __name((c) => existing.rows[header]?.[c]?.value == null, "missing");
    if (formats.size && missing(FORMAT_COLUMN)) text2(`F${header + 1}`, CHANGE_LOG_TEXT.header[FORMAT_COLUMN], { bold: true });
    for (const c of [RUN_COLUMN, KIND_COLUMN]) if (missing(c)) text2(`${COLUMNS[c]}${header + 1}`, CHANGE_LOG_TEXT.header[c], { bold: true });
    cs.sheets.push({ name, mode: "create", state: existing.hidden ? "hidden" : "visible", position: "last" });
  }
  for (const e of cs.log) {
    const format = formats.get(`${e.sheet}!${e.cell}`);
    const values = [now, e.sheet, e.cell, e.before, e.formula, format ?? null, run, kindLabel(e)];
    values.forEach((v, i2) => {
      if (v !== null) cs.cells.push({ sheet: name, cell: `${COLUMNS[i2]}${row2}`, value: v, ...i2 === 4 ? { wrap: true } : {} });
    });
    row2++;
  }
}
__name(changeLogWrites, "changeLogWrites");

// src/core/text/tokens.ts
function kindOf(h) {
  if (/見込|見通し|推計|予測|予定/.test(h)) return "forecast";
  if (/目標|計画値|計画/.test(h)) return "target";
  if (/実績|決算|確定/.test(h)) return "actual";
  return null;
}
__name(kindOf, "kindOf");
function labelRoleOf(h) {
  if (/備考|摘要|注記|特記事項|コメント|説明|留意/.test(h)) return "note";
  if (/^(No\.?|NO\.?|no\.?|番号|連番|№|#|順)$/.test(h)) return "other";
  if (/債権区分|債権の区分|債権分類|債権の分類|分類|種別|法的性質|性質別|公債権・私債権/.test(h)) return "classification";
  if (/^(区分|年度区分|調定区分|収入区分)$/.test(h)) return "division";
  if (/債権名|債権の名称|債権の種類|債権|科目|費目|名称|項目|種類|内容/.test(h) && !/額|率/.test(h)) return "debt";
  if (/所管|担当|課名|部署|部局|所属|部課|課室|^課$|^部$/.test(h)) return "department";
  if (/措置|取組|対策|手法|手段|徴収方法/.test(h)) return "other";
  return null;
}
__name(labelRoleOf, "labelRoleOf");
function isMeasuresHeader(h) {
  return /措置|手法|手段|徴収方法/.test(h);
}
__name(isMeasuresHeader, "isMeasuresHeader");
function ledgerItemOf(h) {
  if (/還付未済/.test(h)) return "\u9084\u4ED8\u672A\u6E08\u984D";
  if (/不納欠損/.test(h)) return "\u4E0D\u7D0D\u6B20\u640D\u984D";
  if (/収入未済|未済額|未収金|未収額|滞納額|未納額/.test(h)) return "\u53CE\u5165\u672A\u6E08\u984D";
  if (/調定/.test(h)) return "\u8ABF\u5B9A\u984D";
  if (/収入済|収納済|収入額|収納額|徴収額|納付額/.test(h)) return "\u53CE\u5165\u6E08\u984D";
  if (/収納率|徴収率|納付率|回収率|率|%/.test(h)) return "\u53CE\u7D0D\u7387";
  return null;
}
__name(ledgerItemOf, "ledgerItemOf");
function unitOf(h) {
  if (/百万円/.test(h)) return "\u767E\u4E07\u5186";
  if (/千円/.test(h)) return "\u5343\u5186";
  if (/円/.test(h)) return "\u5186";
  if (/%|パーセント/.test(h)) return "%";
  return null;
}
__name(unitOf, "unitOf");
function isUnitLine(h) {
  return /単位/.test(h) && h.length <= 24;
}
__name(isUnitLine, "isUnitLine");
function divisionOf(h) {
  if (/^(現年度分?|現年分|現年|当年度分?)$/.test(h)) return "\u73FE\u5E74\u5EA6\u5206";
  if (/^(滞納繰越分?|滞繰分?|滞納分|過年度分?|過年分|繰越分|前年度以前分?)$/.test(h)) return "\u6EDE\u7D0D\u7E70\u8D8A\u5206";
  if (/^(全体|合計|計|全体計|総計|現年\+滞繰|現年・滞繰計?)$/.test(h)) return "\u5168\u4F53";
  return null;
}
__name(divisionOf, "divisionOf");
function classOf(h) {
  if (/非強制徴収公債権|非強制公債権|強制徴収できない公債権|公債権\(強制徴収できない\)|公債権\(非強制\)|非強制徴収の公債権/.test(h)) return "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29";
  if (/私債権|私法上の債権/.test(h)) return "\u79C1\u50B5\u6A29";
  if (/非強制/.test(h)) return null;
  if (/強制徴収公債権|強制徴収債権|強制公債権|公債権\(強制徴収\)|強制徴収できる公債権/.test(h)) return "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29";
  return null;
}
__name(classOf, "classOf");
function isTotalLabel(h) {
  return /^(合計|総計|小計|計|累計|総合計|全体計|合計額|全債権計?|全税目計?|全体合計|.{0,12}計)$/.test(h) && !/会計|統計|設計|家計|推計/.test(h);
}
__name(isTotalLabel, "isTotalLabel");
function isFootnote(h) {
  return /^(※|\*|＊|\(注|注[0-9:：)）]|注$|注記|備考[:：]|出典|資料[:：])/.test(h);
}
__name(isFootnote, "isFootnote");
function isSectionHeading(h) {
  return /^(\(\d{1,2}\)|\d{1,2}[.．、)]?(?=\D)|[\u2460-\u2473]|第\d+|[IVX]+[.．、]|[ア-ン][ .．、])/.test(h);
}
__name(isSectionHeading, "isSectionHeading");
function tagsIn(h) {
  return h.match(/[\u2460-\u2473]/g) ?? [];
}
__name(tagsIn, "tagsIn");
var DELTA_TAGGED = new RegExp(`([\\u2460-\\u2473])[${DASH_CLASS}]([\\u2460-\\u2473])`);
var DELTA_WORDS = new RegExp(`([\\u2460-\\u2473])(?:\u3068|\u5BFE|vs\\.?)([\\u2460-\\u2473])(?:\u306E)?(?:\u6BD4\u8F03|\u5DEE|\u5897\u6E1B)`);
function taggedDelta(h) {
  const m = DELTA_TAGGED.exec(h) ?? DELTA_WORDS.exec(h);
  return m ? { minuend: m[1], subtrahend: m[2] } : null;
}
__name(taggedDelta, "taggedDelta");
function isDeltaHeader(h) {
  return taggedDelta(h) !== null || /比較|増減|差引|差異|との差|^差$|前年度?比|前年度?差|対前年|^対.+|.+比$|伸び|改善幅/.test(h);
}
__name(isDeltaHeader, "isDeltaHeader");
var PLAN_NAME = /第\d+次[^\s]{0,12}?計画|債権管理計画|計画期間/;
var PLAN_NAMES = new RegExp(PLAN_NAME.source, "g");
function withoutPlanName(t) {
  return t.replace(PLAN_NAMES, "");
}
__name(withoutPlanName, "withoutPlanName");
var DEBT_NAME = /(税|料|金|費|代|賃|債権)([（(].*[）)])?$/;

// src/core/text/years.ts
var ERA_BASE = {
  \u660E\u6CBB: 1867,
  \u5927\u6B63: 1911,
  \u662D\u548C: 1925,
  \u5E73\u6210: 1988,
  \u4EE4\u548C: 2018,
  M: 1867,
  T: 1911,
  S: 1925,
  H: 1988,
  R: 2018
};
var ERA_RE = /(明治|大正|昭和|平成|令和)(元|\d{1,2})(?:年度|年)?|(?<![A-Za-z])([MTSHR])\.?(元|\d{1,2})(?![\d])(?:年度|年)?/g;
var WESTERN_RE = /(?<!\d)(?:FY)?((?:19|20)\d{2})(?!\d)(?:年度|年)?/gi;
var findYears = memoText(scanYears);
function scanYears(text2) {
  if (!/[0-9０-９元]/.test(text2)) return [];
  const s = compact(text2).toUpperCase();
  const found = [];
  for (const m of s.matchAll(ERA_RE)) {
    const era = m[1] ?? m[3];
    const n = (m[2] ?? m[4]) === "\u5143" ? 1 : Number(m[2] ?? m[4]);
    if (n < 1 || n > 64) continue;
    found.push({ year: ERA_BASE[era] + n, notation: "era", text: m[0], index: m.index });
  }
  for (const m of s.matchAll(WESTERN_RE)) {
    const y = Number(m[1]);
    if (y < 1950 || y > 2100) continue;
    found.push({ year: y, notation: "western", text: m[0], index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}
__name(scanYears, "scanYears");

// src/core/recognize/header.ts
var MAX_HEADER_ROWS = 5;
var MAX_SPACER_COLUMNS = 3;
var MAX_TABLE_COLUMNS = 256;
var LABEL_ROLES = /* @__PURE__ */ new Set(["debt", "department", "division", "classification"]);
function isHeaderish(h) {
  if (h === "") return true;
  return findYears(h).length > 0 || kindOf(h) !== null || tagsIn(h).length > 0 || isDeltaHeader(h) || ledgerItemOf(h) !== null && h.length <= 16 || unitOf(h) !== null && /[(（]/.test(h) || labelRoleOf(h) !== null && h.length <= 14 || divisionOf(h) !== null || /^(年度|年|決算|実績|目標|合計|比較|差|増減|金額|備考|率)$/.test(h);
}
__name(isHeaderish, "isHeaderish");
var valueishCache = /* @__PURE__ */ new WeakMap();
var anchorCache = /* @__PURE__ */ new WeakMap();
function valueishCount(g, r) {
  let known = valueishCache.get(g);
  if (!known) valueishCache.set(g, known = new Int32Array(g.rowCount).fill(-1));
  if (!(r >= 0 && r < known.length)) return countValueish(g, r);
  let v = known[r];
  if (v < 0) known[r] = v = countValueish(g, r);
  return v;
}
__name(valueishCount, "valueishCount");
function countValueish(g, r) {
  let n = 0;
  const cols = g.nonEmptyColumns(r);
  for (let i2 = 0; i2 < cols.length; i2++) {
    const c = cols[i2];
    const v = g.cell(r, c)?.value;
    if (typeof v === "number" ? !(Number.isInteger(v) && v >= 1950 && v <= 2100) : typeof v !== "string") continue;
    if (isValueishText(g.text(r, c))) n++;
  }
  return n;
}
__name(countValueish, "countValueish");
var isValueishText = memoText(
  (h) => h.length <= 30 && !!(findYears(h).length || kindOf(h) || tagsIn(h).length || ledgerItemOf(h) && h.length <= 16 || isDeltaHeader(h))
);
var isLabelWord = memoText((h) => h.length <= 14 && isLabelHeader(h) && LABEL_ROLES.has(labelRoleOf(h) ?? "") && findYears(h).length === 0);
function labelHits(g, r) {
  const out = [];
  const texts = g.textColumns(r);
  for (let i2 = 0; i2 < texts.length; i2++) if (isLabelWord(g.text(r, texts[i2]))) out.push(texts[i2]);
  return out;
}
__name(labelHits, "labelHits");
var isLabelWordAsWritten = memoText((text2) => isLabelWord(compact(text2)));
function hasLabelWord(g, r) {
  const texts = g.textColumns(r);
  for (let i2 = 0; i2 < texts.length; i2++) if (isLabelWordAsWritten(g.cell(r, texts[i2]).value)) return true;
  return false;
}
__name(hasLabelWord, "hasLabelWord");
function isLabelHeader(h) {
  const core = h.replace(/[(（【\[].*$/, "");
  return /^(債権名?称?|債権の(名称|種類|区分|分類)|債権(区分|分類|種別)|科目名?|費目|名称|項目|区分|年度区分|分類|種別|所管(課|部署|部局|課名|部|課室)?|担当(課|部署|課名)?|課名|課|部署名?|所属|部局|所管課?・?債権名)$/.test(core);
}
__name(isLabelHeader, "isLabelHeader");
function rowHasPlainNumbers(g, r, left, right) {
  const cols = g.nonEmptyColumns(r, left, right);
  for (let i2 = 0; i2 < cols.length; i2++) {
    const v = g.cell(r, cols[i2])?.value;
    const n = typeof v === "number" ? Number.isFinite(v) ? v : null : g.numberValue(r, cols[i2]);
    if (n !== null && !(Number.isInteger(n) && n >= 1950 && n <= 2100)) return true;
  }
  return false;
}
__name(rowHasPlainNumbers, "rowHasPlainNumbers");
function isAnchor(g, r) {
  const row2 = g.sheet.rows[r];
  if (!row2 || row2.length < 2) return false;
  let known = anchorCache.get(g);
  if (!known) anchorCache.set(g, known = new Int8Array(g.rowCount).fill(-1));
  let v = known[r];
  if (v < 0) known[r] = v = anchorAt(g, r) ? 1 : 0;
  return v === 1;
}
__name(isAnchor, "isAnchor");
function anchorAt(g, r) {
  const cols = g.nonEmptyColumns(r);
  if (cols.length < 2) return false;
  if (computesBlank(g, r, cols)) return false;
  if (hasLabelWord(g, r)) {
    for (let k = r; k < Math.min(g.rowCount, r + MAX_HEADER_ROWS); k++) if (valueishCount(g, k) > 0) return true;
    return false;
  }
  if (rowHasPlainNumbers(g, r, 0, g.colCount - 1) || valueishCount(g, r) < 2) return false;
  const first = cols[0];
  return findYears(g.text(r, first)).length === 0 || first > 0;
}
__name(anchorAt, "anchorAt");
function computesBlank(g, r, cols) {
  for (let i2 = 0; i2 < cols.length; i2++) {
    const cell = g.cell(r, cols[i2]);
    if (cell?.formula && (cell.value === null || cell.value === void 0 || cell.value === "")) return true;
  }
  return false;
}
__name(computesBlank, "computesBlank");
function lineIsContext(g, r) {
  const cols = g.nonEmptyColumns(r);
  if (cols.some((c) => isUnitLine(g.text(r, c)))) return true;
  if (cols.length > 2) return false;
  return cols.some((c) => {
    const h = g.text(r, c);
    return isFootnote(h) || isSectionHeading(h) && tagsIn(h).length < h.length || classOf(h) !== null;
  });
}
__name(lineIsContext, "lineIsContext");
function headerBlock(g, anchor) {
  const anchorCols = g.nonEmptyColumns(anchor);
  const labels = labelHits(g, anchor);
  const lastLabel = labels.length ? Math.max(...labels) : anchorCols[0];
  let top = anchor;
  let bottom = anchor;
  while (bottom + 1 < g.rowCount && bottom - top + 1 < MAX_HEADER_ROWS) {
    const r = bottom + 1;
    const cols = g.nonEmptyColumns(r);
    if (cols.length === 0) {
      if (!rowCoveredByHeaderMerges(g, r, top)) break;
    } else if (rowHasPlainNumbers(g, r, 0, g.colCount - 1) || cols.some((c) => g.cell(r, c)?.formula) || lineIsContext(g, r) || !cols.every((c) => isHeaderish(g.text(r, c))) || cols.some((c) => divisionOf(g.text(r, c)) !== null && c <= lastLabel + 1 && !g.isMergeContinuation(r, c)) || labels.some((c) => !g.isEmpty(r, c) && !g.isMergeContinuation(r, c))) {
      break;
    }
    bottom = r;
  }
  while (top - 1 >= 0 && bottom - top + 1 < MAX_HEADER_ROWS) {
    const r = top - 1;
    const cols = g.nonEmptyColumns(r);
    if (cols.length === 0 || cols.some((c) => c <= lastLabel)) break;
    if (lineIsContext(g, r) || !cols.every((c) => isHeaderish(g.text(r, c)) && g.text(r, c).length <= 20)) break;
    if (cols.length === 1 && isCaptionOver(g, r, cols[0], top, bottom)) break;
    top = r;
  }
  let left = Infinity;
  let right = -Infinity;
  for (let r = top; r <= bottom; r++) {
    for (const c of g.nonEmptyColumns(r)) {
      const h = g.text(r, c);
      if (isUnitLine(h)) continue;
      const m = g.mergeAt(r, c);
      left = Math.min(left, m ? m.left : c);
      right = Math.max(right, m ? Math.min(m.right, g.colCount - 1) : c);
    }
  }
  if (left > right) return null;
  right = Math.min(right, left + MAX_TABLE_COLUMNS - 1);
  return { top, bottom, left, right };
}
__name(headerBlock, "headerBlock");
function splitSideBySide(g, b) {
  const empty = /* @__PURE__ */ __name((c) => {
    for (let r = b.top; r <= b.bottom; r++) if (!g.isEmpty(r, c) || g.mergeAt(r, c)) return false;
    return true;
  }, "empty");
  const labelled = /* @__PURE__ */ __name((from, to) => {
    for (let r = b.top; r <= b.bottom; r++) if (labelHits(g, r).some((c) => c >= from && c <= to)) return true;
    return false;
  }, "labelled");
  const parts = [];
  let start = b.left;
  for (let c = b.left; c <= b.right + 1; c++) {
    if (c <= b.right && !empty(c)) continue;
    if (c > start) {
      const seg = { ...b, left: start, right: c - 1 };
      if (parts.length && !labelled(seg.left, seg.right)) {
        if (seg.left - parts[parts.length - 1].right - 1 <= MAX_SPACER_COLUMNS) parts[parts.length - 1].right = seg.right;
      } else parts.push(seg);
    }
    start = c + 1;
  }
  return parts.length ? parts : [b];
}
__name(splitSideBySide, "splitSideBySide");
function isCaptionOver(g, r, c, top, bottom) {
  const t = g.text(r, c);
  if (PLAN_NAME.test(t)) return true;
  const kind = kindOf(t);
  if (kind === null) return false;
  const m = g.mergeAt(r, c);
  const right = m ? m.right : g.colCount - 1;
  for (let k = m ? m.left : c; k <= right; k++) {
    for (let h = top; h <= bottom; h++) {
      const own = g.isEmpty(h, k) ? null : kindOf(g.text(h, k));
      if (own !== null && own !== kind) return true;
    }
  }
  return false;
}
__name(isCaptionOver, "isCaptionOver");
function rowCoveredByHeaderMerges(g, r, top) {
  const cols = [];
  for (let c = 0; c < g.colCount; c++) {
    const m = g.mergeAt(r, c);
    if (m && m.top >= top && m.top < r) cols.push(c);
  }
  return cols.length > 0;
}
__name(rowCoveredByHeaderMerges, "rowCoveredByHeaderMerges");
function headerColumns(g, b) {
  const out = [];
  for (let c = b.left; c <= b.right; c++) {
    const parts = [];
    const compactParts = [];
    const partCells = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const m = g.mergeAt(r, c);
      let src = null;
      if (m && m.top >= b.top) src = [m.top, m.left];
      else if (!g.isEmpty(r, c)) src = [r, c];
      else if (r < b.bottom) src = spannedFromLeft(g, r, c, b);
      if (!src) continue;
      const text2 = clean(g.raw(src[0], src[1]));
      const ct = g.text(src[0], src[1]);
      if (ct === "" || isUnitLine(ct)) continue;
      if (compactParts[compactParts.length - 1] === ct) continue;
      parts.push(text2);
      compactParts.push(ct);
      partCells.push(src);
    }
    out.push({ c, parts, compactParts, partCells });
  }
  return out;
}
__name(headerColumns, "headerColumns");
function spannedFromLeft(g, r, c, b) {
  if (g.isEmpty(r + 1, c) && !g.mergeAt(r + 1, c)) return null;
  for (let k = c - 1; k >= b.left; k--) {
    if (g.mergeAt(r, k)) return null;
    if (!g.isEmpty(r, k)) {
      const h = g.text(r, k);
      if (labelRoleOf(h) !== null && kindOf(h) === null && ledgerItemOf(h) === null) return null;
      return isHeaderish(h) ? [r, k] : null;
    }
  }
  return null;
}
__name(spannedFromLeft, "spannedFromLeft");

// src/core/recognize/columns.ts
init_workbook();
function columnStats(g, cols, rows) {
  const stats = cols.map(() => ({ numbers: 0, texts: 0, divisions: 0, classes: 0, distinctTexts: 0, percentCells: 0 }));
  const seen = new Array(cols.length);
  for (let i2 = 0; i2 < rows.length; i2++) {
    const { r, groupClass } = rows[i2];
    if (groupClass) continue;
    const row2 = g.sheet.rows[r];
    const merged = g.hasMerges(r);
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k];
      if (merged && g.isMergeContinuation(r, c)) continue;
      const s = stats[k];
      const v = row2 ? row2[c]?.value : void 0;
      if (typeof v === "number" && Number.isFinite(v)) {
        s.numbers++;
        if (Math.abs(v) <= 1.5 && g.isPercentFormatted(r, c)) s.percentCells++;
        continue;
      }
      const p = g.number(r, c);
      if (p.kind === "number") {
        s.numbers++;
        if (typeof g.cell(r, c)?.value === "number" && g.isPercentFormatted(r, c) && Math.abs(p.value) <= 1.5) s.percentCells++;
      } else if (p.kind === "text") {
        s.texts++;
        const t = g.text(r, c);
        const texts = seen[k] ??= /* @__PURE__ */ new Map();
        texts.set(t, (texts.get(t) ?? 0) + 1);
      }
    }
  }
  for (let k = 0; k < cols.length; k++) {
    const texts = seen[k];
    if (!texts) continue;
    const s = stats[k];
    for (const [t, n] of texts) {
      if (divisionOf(t)) s.divisions += n;
      if (classOf(t)) s.classes += n;
    }
    s.distinctTexts = texts.size;
  }
  return stats;
}
__name(columnStats, "columnStats");
function resolveColumns(g, headers, rows, mappings = []) {
  const stats = columnStats(g, headers.map((hc) => hc.c), rows);
  const drafts = headers.map((hc, k) => draft(hc, stats[k]));
  const firstValue = drafts.find((d) => d.role === "value" || d.role === "delta")?.c ?? Infinity;
  const unnamed = drafts.filter((d) => d.textual && d.role === "other" && d.c < firstValue);
  if (!drafts.some((d) => d.role === "debt") && unnamed.length) {
    const debt = unnamed.reduce((best, d) => d.c > best.c ? d : best);
    debt.role = "debt";
  }
  const debtCol = drafts.find((d) => d.role === "debt");
  if (debtCol && !drafts.some((d) => d.role === "department")) {
    const dept = unnamed.filter((d) => d.role === "other" && d.c < debtCol.c).pop();
    if (dept) dept.role = "department";
  }
  for (const m of mappings) {
    const d = drafts.find((x2) => x2.column === m.column);
    if (!d) continue;
    if (m.role) d.role = m.role;
    if (m.fiscalYear !== void 0) d.fiscalYear = m.fiscalYear;
    if (m.kind !== void 0) d.kind = m.kind;
  }
  const values = drafts.filter((d) => d.role === "value");
  for (const d of drafts) if (d.role === "delta") resolveDelta(d, values);
  return drafts.map(({ years: _y, compactHeader: _h, textual: _t, ...col }) => col);
}
__name(resolveColumns, "resolveColumns");
function draft(hc, st) {
  const h = hc.compactParts.join("");
  const years = hc.compactParts.flatMap((p) => findYears(p));
  const label3 = firstNonNull(hc.compactParts.map(labelRoleOf));
  const item = firstNonNull(hc.compactParts.map((p) => p.length <= 16 ? ledgerItemOf(p) : null));
  const kind = kindOf(h);
  const delta = taggedDelta(h) !== null || hc.compactParts.some(isDeltaHeader);
  const describesValue = years.length > 0 || kind !== null || item !== null || tagsIn(h).length > 0;
  const mostlyNumbers = st.numbers >= st.texts;
  const filled = st.numbers + st.texts;
  let role;
  if (label3 === "note") role = "note";
  else if ((label3 === "division" || label3 === "classification") && st.texts > 0 && st.classes / st.texts >= 0.6) role = "classification";
  else if ((label3 === "division" || label3 === "classification") && st.texts > 0 && st.divisions / st.texts >= 0.6) role = "division";
  else if (label3 && label3 !== "other" && !describesValue && !delta) role = label3;
  else if (label3 && label3 !== "other" && st.texts > st.numbers) role = label3;
  else if (delta && (mostlyNumbers || taggedDelta(h) !== null)) role = "delta";
  else if (describesValue && (mostlyNumbers || filled === 0)) role = "value";
  else if (label3 === "other" || isMeasuresHeader(h)) role = "other";
  else if (st.texts && st.divisions / st.texts >= 0.6) role = "division";
  else if (st.texts && st.classes / st.texts >= 0.6) role = "classification";
  else if (st.numbers > st.texts) role = "value";
  else role = "other";
  const col = {
    c: hc.c,
    column: colLetter(hc.c),
    header: hc.parts.join(" "),
    role,
    fiscalYear: null,
    kind: null,
    tag: null,
    minuend: null,
    subtrahend: null,
    minuendColumn: null,
    subtrahendColumn: null,
    item: null,
    yearPair: null,
    percentScaled: role === "value" && st.percentCells > 0 && st.percentCells >= st.numbers / 2,
    years,
    compactHeader: h,
    textual: st.texts > st.numbers
  };
  if (role === "value") {
    col.kind = kind;
    col.item = item;
    col.tag = tagsIn(h)[0] ?? null;
    const era = years.find((y) => y.notation === "era");
    const western = years.find((y) => y.notation === "western");
    col.fiscalYear = (era ?? western)?.year ?? null;
    if (era && western && era.year !== western.year) {
      const i2 = hc.compactParts.findIndex((p) => findYears(p).some((y) => y.notation === "western"));
      const [r, c] = hc.partCells[i2] ?? hc.partCells[0];
      col.yearPair = { era: era.text, eraYear: era.year, western: western.year, cell: a1(r, c) };
    }
  } else if (role === "delta") {
    col.item = item;
  }
  return col;
}
__name(draft, "draft");
function firstNonNull(xs) {
  for (const x2 of xs) if (x2 !== null) return x2;
  return null;
}
__name(firstNonNull, "firstNonNull");
function resolveDelta(d, values) {
  const sameItem = d.item ? values.filter((v) => v.item === d.item || v.item === null) : values;
  const pool = sameItem.length ? sameItem : values;
  const tagged = taggedDelta(d.compactHeader);
  let minuend;
  let subtrahend;
  if (tagged) {
    minuend = pool.find((v) => v.tag === tagged.minuend);
    subtrahend = pool.find((v) => v.tag === tagged.subtrahend);
    d.minuend = tagged.minuend;
    d.subtrahend = tagged.subtrahend;
  } else {
    const left = pool.filter((v) => v.c < d.c).sort((a, b) => b.c - a.c);
    const h = d.compactHeader.replace(/比較|との差|差|増減/g, "");
    const kind = kindOf(h);
    if (/前年/.test(d.compactHeader)) {
      minuend = left[0];
      if (minuend?.fiscalYear != null) subtrahend = pool.find((v) => v.fiscalYear === minuend.fiscalYear - 1 && v.kind === minuend.kind);
      subtrahend ??= left[1];
    } else if (/目標/.test(d.compactHeader) && d.years.length <= 1) {
      const actuals = pool.filter((v) => v.kind === "actual");
      const ofYear = d.years.length ? pool.filter((v) => v.fiscalYear === d.years[0].year && v.kind !== "target") : [];
      minuend = ofYear.find((v) => v.kind === "actual") ?? ofYear.find((v) => v.kind === "forecast") ?? latest(actuals, left);
      subtrahend = pool.find((v) => v.kind === "target" && v.fiscalYear === minuend?.fiscalYear) ?? left.find((v) => v.kind === "target");
    } else if (d.years.length >= 2 && d.years[0].year !== d.years[1].year) {
      subtrahend = byYear(pool, d.years[0].year, kind);
      minuend = byYear(pool, d.years[1].year, kind);
    } else if (d.years.length >= 1) {
      subtrahend = byYear(pool, d.years[0].year, kind ?? "actual");
      minuend = latest(pool.filter((v) => v !== subtrahend && v.kind === (subtrahend?.kind ?? "actual")), left.filter((v) => v !== subtrahend));
    } else {
      minuend = left[0];
      subtrahend = left[1];
      if (minuend?.fiscalYear != null && subtrahend?.fiscalYear != null && subtrahend.fiscalYear > minuend.fiscalYear) [minuend, subtrahend] = [subtrahend, minuend];
    }
    d.minuend = minuend?.tag ?? null;
    d.subtrahend = subtrahend?.tag ?? null;
  }
  d.minuendColumn = minuend?.column ?? null;
  d.subtrahendColumn = subtrahend?.column ?? null;
  d.item ??= minuend?.item ?? subtrahend?.item ?? null;
}
__name(resolveDelta, "resolveDelta");
function byYear(pool, year, kind) {
  const same = pool.filter((v) => v.fiscalYear === year);
  return same.find((v) => kind === null || v.kind === kind) ?? same[0];
}
__name(byYear, "byYear");
function latest(candidates, left) {
  const dated = candidates.filter((v) => v.fiscalYear !== null);
  if (dated.length) return dated.reduce((best, v) => v.fiscalYear > best.fiscalYear || v.fiscalYear === best.fiscalYear && v.c > best.c ? v : best);
  return candidates[0] ?? left[0];
}
__name(latest, "latest");

// src/core/recognize/table.ts
init_workbook();
var CONTEXT_ROWS = 5;
function readTablesAt(g, anchor, contextFloor, mappings = []) {
  const block = headerBlock(g, anchor);
  if (!block) return [];
  const blocks = splitSideBySide(g, block);
  return blocks.map((b, i2) => readTable(g, b, contextFloor, i2 === 0 ? 0 : b.left, mappings));
}
__name(readTablesAt, "readTablesAt");
function readTable(g, block, contextFloor, contextLeft, mappings) {
  const headers = headerColumns(g, block);
  const dataRows = findDataRows(g, block);
  const anchor = a1(block.top, block.left);
  const columns = resolveColumns(g, headers, dataRows, mappings.filter((m) => !m.anchor || m.anchor === anchor));
  const valueCols = columns.filter((c) => c.role === "value" || c.role === "delta");
  const at2 = a1(block.top, block.left);
  if (valueCols.length === 0) return { table: null, rejected: { cell: at2, reason: "no-values" }, end: block.bottom };
  const labelCol = columns.find((c) => c.role === "debt") ?? columns.find((c) => c.role === "department");
  if (!labelCol) return { table: null, rejected: { cell: at2, reason: "no-label" }, end: block.bottom };
  const textFigures = [];
  const rows = readRows(g, columns, dataRows, textFigures);
  if (rows.length === 0) return { table: null, rejected: { cell: at2, reason: "no-rows" }, end: block.bottom };
  const context = readContext(g, block.top, contextFloor, contextLeft, block.right);
  if (context.department && !columns.some((c) => c.role === "department")) {
    for (let i2 = 0; i2 < rows.length; i2++) if (!rows[i2].total) rows[i2].department ??= context.department;
  }
  const bottom = dataRows.length ? dataRows[dataRows.length - 1].r : block.bottom;
  const area = { top: block.top, left: block.left, bottom, right: block.right };
  const { measure, unit } = measureOf(columns, context.unit, context.title);
  backfillItems(columns, measure, context.title);
  inheritTitleKind(columns, context.title);
  const classification = context.classification;
  for (let i2 = 0; i2 < rows.length; i2++) if (rows[i2].classification === null) rows[i2].classification = classification;
  const reasons = headers.filter((h) => h.parts.length).map((h) => `${columns.find((c) => c.c === h.c)?.column}: ${h.parts.join(" ")} \u2192 ${columns.find((c) => c.c === h.c)?.role}`);
  if (context.unitText) reasons.push(`\u5358\u4F4D: ${context.unitText}`);
  if (context.classText) reasons.push(`\u533A\u5206\u898B\u51FA\u3057: ${context.classText}`);
  return {
    table: {
      sheet: g.sheet.name,
      range: areaA1(area),
      area,
      headerTop: block.top,
      headerBottom: block.bottom,
      title: context.title,
      measure,
      unit,
      classification,
      columns,
      rows,
      confidence: confidenceOf(columns, rows, context.unit !== null),
      reasons,
      ...textFigures.length ? { textFigures } : {}
    },
    end: bottom
  };
}
__name(readTable, "readTable");
function firstText(g, r) {
  const cols = g.nonEmptyColumns(r);
  return cols.length ? g.text(r, cols[0]) : "";
}
__name(firstText, "firstText");
function hasNumbers(g, r, left, right) {
  const cols = g.nonEmptyColumns(r);
  for (let i2 = 0; i2 < cols.length; i2++) {
    const c = cols[i2];
    if (c >= left && c <= right && g.isNumber(r, c)) return true;
  }
  return false;
}
__name(hasNumbers, "hasNumbers");
function inSpan(g, r, b) {
  const cols = g.nonEmptyColumns(r);
  for (let i2 = 0; i2 < cols.length; i2++) {
    const c = cols[i2];
    if (c >= b.left && c <= b.right && !g.isMergeContinuation(r, c)) return true;
  }
  return spanCoveredByMerge(g, r, b);
}
__name(inSpan, "inSpan");
function findDataRows(g, b) {
  const rows = [];
  for (let r = b.bottom + 1; r < g.rowCount; r++) {
    if (!inSpan(g, r, b)) {
      const next = r + 1;
      const pageBreak = g.nonEmptyColumns(r).length === 0 && next < g.rowCount && inSpan(g, next, b) && !endsTable(g, next, b) && hasNumbers(g, next, b.left, b.right);
      if (pageBreak) continue;
      break;
    }
    if (endsTable(g, r, b)) {
      const cls2 = groupClassOf(g, r, b);
      if (cls2 && r + 1 < g.rowCount && inSpan(g, r + 1, b) && !endsTable(g, r + 1, b)) {
        rows.push({ r, groupClass: cls2 });
        continue;
      }
      break;
    }
    const cls = groupClassOf(g, r, b);
    rows.push(cls ? { r, groupClass: cls } : { r });
  }
  return rows;
}
__name(findDataRows, "findDataRows");
function spanCoveredByMerge(g, r, b) {
  for (let c = b.left; c <= b.right; c++) {
    const m = g.mergeAt(r, c);
    if (m && m.top < r && m.top > b.top) return true;
  }
  return false;
}
__name(spanCoveredByMerge, "spanCoveredByMerge");
var CONTEXT_START = /^[\s※*＊(（注0-9０-９\u2460-\u2473ア-ンIVXⅠ-Ⅻ第【［\[]/;
function endsTable(g, r, b) {
  const cols = g.nonEmptyColumns(r);
  const first = cols.length ? g.raw(r, cols[0]) : "";
  const t = CONTEXT_START.test(first) ? firstText(g, r) : "";
  if (t !== "" && isFootnote(t) || hasUnitLine(g, r)) return true;
  if (isAnchor(g, r)) return true;
  if (hasNumbers(g, r, b.left, b.right)) return false;
  const text2 = firstText(g, r);
  if (isSectionHeading(t) || classOf(text2) !== null && text2.length > 12) return true;
  return cols.length === 1 && cols[0] <= b.left && text2.length > 24 && !hasNumbers(g, r, 0, g.colCount - 1);
}
__name(endsTable, "endsTable");
function hasUnitLine(g, r) {
  const texts = g.textColumns(r);
  for (let i2 = 0; i2 < texts.length; i2++) if (g.raw(r, texts[i2]).includes("\u5358\u4F4D") && isUnitLine(g.text(r, texts[i2]))) return true;
  return false;
}
__name(hasUnitLine, "hasUnitLine");
function groupClassOf(g, r, b) {
  let only = -1;
  const cols = g.nonEmptyColumns(r);
  for (let i2 = 0; i2 < cols.length; i2++) {
    const c = cols[i2];
    if (g.isMergeContinuation(r, c)) continue;
    if (only >= 0) return void 0;
    only = c;
  }
  if (only < 0 || hasNumbers(g, r, b.left, b.right)) return void 0;
  const t = g.text(r, only).replace(/^(\(\d+\)|\d+[.．、]?|[\u2460-\u2473]|[【\[<〈《])|[】\]>〉》]$/g, "");
  const cls = classOf(t);
  return cls && t.length <= 16 ? cls : void 0;
}
__name(groupClassOf, "groupClassOf");
function readRows(g, columns, dataRows, textFigures) {
  const col = /* @__PURE__ */ __name((role) => columns.find((c) => c.role === role), "col");
  const dept = col("department");
  const debt = col("debt");
  const div = col("division");
  const cls = col("classification");
  const valueCols = columns.filter((c) => c.role === "value" || c.role === "delta");
  const noteCols = columns.filter((c) => c.role === "note" || c.role === "other");
  const firstData = dataRows.length ? dataRows[0].r : 0;
  const labelAt = /* @__PURE__ */ __name((r, c) => {
    if (!c) return "";
    const m = g.mergeAt(r, c.c);
    if (m && m.top < firstData) return "";
    return g.labelText(r, c.c);
  }, "labelAt");
  const shapes = new RowShapes(valueCols, textFigures);
  const rows = [];
  let groupClass = null;
  let carryDept = null;
  let carryDebt = null;
  let carryTotal = false;
  for (let i2 = 0; i2 < dataRows.length; i2++) {
    const d = dataRows[i2];
    if (d.groupClass) {
      groupClass = d.groupClass;
      continue;
    }
    const r = d.r;
    let department = labelAt(r, dept) || null;
    let debtName = labelAt(r, debt) || null;
    const divText = labelAt(r, div);
    const division = divText ? divisionOfText(divText) : null;
    const total = department !== null && isTotalText(department) || debtName !== null && isTotalText(debtName);
    if (total) {
      carryTotal = true;
      carryDebt = debtName ?? department;
      debtName = carryDebt;
      department = null;
      carryDept = null;
    } else if (debtName === null && division !== null && carryDebt !== null) {
      debtName = carryDebt;
      if (department === null) department = carryDept;
    } else {
      if (department === null) department = debtName !== null || division !== null ? carryDept : null;
      carryTotal = false;
      carryDebt = debtName;
    }
    if (department !== null) carryDept = department;
    let notes = NONE;
    for (let k = 0; k < noteCols.length; k++) {
      const oc = noteCols[k];
      const t = labelAt(r, oc);
      if (t) (notes === NONE ? notes = {} : notes)[oc.column] = t;
    }
    const rowClass = cls ? classOfText(labelAt(r, cls)) : null;
    const cells = readRowCells(g, r, valueCols, shapes);
    rows.push({
      row: r + 1,
      department,
      debt: debtName,
      division,
      classification: rowClass ?? groupClass,
      total: total || carryTotal && debtName === carryDebt && division !== null && debtName !== null && isTotalText(debtName),
      values: cells.values,
      texts: cells.texts,
      decimals: cells.decimals,
      formulas: cells.formulas,
      dashes: cells.dashes,
      notes
    });
  }
  return rows;
}
__name(readRows, "readRows");
var isTotalText = memoText((label3) => isTotalLabel(compact(label3)));
var divisionOfText = memoText((label3) => divisionOf(compact(label3)));
var classOfText = memoText((label3) => classOf(compact(label3)));
var RowShapes = class {
  static {
    __name(this, "RowShapes");
  }
  /** Every value column's figure as null, in column order: rows start from this shape. */
  blank;
  last = null;
  lastKeys = [];
  lastShown = [];
  /** The row being read: one record for the table, its lists emptied for each row (not two new lists a row). */
  reading;
  /** `textFigures`: where the value cells whose figure is typed as text are listed (the table's). */
  constructor(valueCols, textFigures = []) {
    this.blank = blankValuesOf(valueCols);
    this.reading = { values: NONE, texts: NONE, formulas: NONE, dashes: NO_DASHES, keys: [], shown: [], found: 0, textFigures };
  }
  /** The reading of a new row: every figure null, no text, formula or dash yet. */
  start() {
    const into = this.reading;
    into.values = { ...this.blank };
    into.texts = NONE;
    into.formulas = NONE;
    into.dashes = NO_DASHES;
    into.found = 0;
    return into;
  }
  /** The row's decimals, by column in the order found: the previous row's record when it is equal. */
  decimals(keys, shown2, n = keys.length) {
    const last = this.last;
    if (last && n === this.lastKeys.length) {
      let same = true;
      for (let i2 = 0; i2 < n && same; i2++) same = keys[i2] === this.lastKeys[i2] && this.lastShown[i2] === shown2[i2];
      if (same) return last;
    }
    const record = {};
    for (let i2 = 0; i2 < n; i2++) record[keys[i2]] = shown2[i2];
    this.lastKeys = keys.slice(0, n);
    this.lastShown = shown2.slice(0, n);
    return this.last = Object.freeze(record);
  }
};
var NONE = Object.freeze({});
var NO_DASHES = Object.freeze([]);
function readRowCells(g, r, valueCols, shapes = new RowShapes(valueCols)) {
  const into = shapes.start();
  const row2 = g.sheet.rows[r];
  for (let i2 = 0; i2 < valueCols.length; i2++) readValueCell(g, r, row2 ? row2[valueCols[i2].c] : void 0, valueCols[i2], into);
  return { values: into.values, texts: into.texts, decimals: shapes.decimals(into.keys, into.shown, into.found), formulas: into.formulas, dashes: into.dashes };
}
__name(readRowCells, "readRowCells");
function blankValuesOf(valueCols) {
  const values = {};
  for (const vc of valueCols) values[vc.column] = null;
  return values;
}
__name(blankValuesOf, "blankValuesOf");
function readValueCell(g, r, cell, vc, into) {
  if (cell?.formula) (into.formulas === NONE ? into.formulas = {} : into.formulas)[vc.column] = cell.formula;
  const typed = cell?.value;
  const p = typeof typed === "number" && Number.isFinite(typed) ? null : g.number(r, vc.c);
  const figure2 = p === null ? typed : p.kind === "number" ? p.value : NaN;
  if (Number.isFinite(figure2 * 100)) {
    const format = cell?.numberFormat;
    const scaled = vc.percentScaled && formatOf(format).percent;
    const v = scaled ? figure2 * 100 : figure2;
    into.values[vc.column] = Number.isInteger(v) ? v === typed ? typed : v : Number(v.toPrecision(15));
    if (typeof typed === "string" && vc.role === "value") into.textFigures.push({ cell: `${vc.column}${r + 1}`, text: typed });
    into.keys[into.found] = vc.column;
    into.shown[into.found++] = shownDecimals(typed, format);
  } else {
    into.values[vc.column] = null;
    if (p && (p.kind === "text" || p.kind === "error")) (into.texts === NONE ? into.texts = {} : into.texts)[vc.column] = p.text;
    else if (!g.isEmpty(r, vc.c)) (into.dashes === NO_DASHES ? into.dashes = [] : into.dashes).push(vc.column);
  }
}
__name(readValueCell, "readValueCell");
var lastFormat;
var lastInfo = formatInfo(void 0);
function formatOf(format) {
  if (format !== lastFormat) {
    lastInfo = formatInfo(format);
    lastFormat = format;
  }
  return lastInfo;
}
__name(formatOf, "formatOf");
function shownDecimals(value, format) {
  if (typeof value === "string") {
    const m = /[.．](\d+)/.exec(value);
    return m ? m[1].length : 0;
  }
  return formatOf(format).decimals ?? typedDecimals(value);
}
__name(shownDecimals, "shownDecimals");
function typedDecimals(value) {
  if (typeof value !== "number") return null;
  let scaled = value;
  for (let d = 0; d < 10; d++, scaled *= 10) if (Math.abs(scaled - Math.round(scaled)) < 1e-7 * Math.max(1, Math.abs(scaled))) return d;
  return 10;
}
__name(typedDecimals, "typedDecimals");
function readContext(g, top, floor, left, right) {
  const ctx = { title: null, department: null, unit: null, unitText: null, classification: null, classText: null };
  for (let r = top - 1; r >= Math.max(floor, top - CONTEXT_ROWS); r--) {
    for (const c of g.nonEmptyColumns(r, left, right)) {
      const t = g.text(r, c);
      const dept = /^(?:所管課|所管部署|所管部局|担当課|担当部署|課名|所属|部署名?)[:：](.+)$/.exec(t);
      if (dept) {
        ctx.department ??= g.labelText(r, c).replace(/^[^:：]*[:：]\s*/, "");
        continue;
      }
      if (isUnitLine(t)) {
        if (ctx.unitText === null) {
          ctx.unitText = clean(g.raw(r, c));
          ctx.unit = unitOf(t);
        }
        continue;
      }
      if (ctx.title === null && t.length > 1) ctx.title = clean(g.raw(r, c));
      const cls = classOf(t);
      if (cls && ctx.classification === null && t.length <= 40) {
        ctx.classification = cls;
        ctx.classText = clean(g.raw(r, c));
      }
    }
  }
  return ctx;
}
__name(readContext, "readContext");
function measureOf(columns, unit, title) {
  const items = new Set(columns.filter((c) => c.role === "value").map((c) => c.item));
  const ledgerAmounts = ["\u8ABF\u5B9A\u984D", "\u53CE\u5165\u6E08\u984D", "\u4E0D\u7D0D\u6B20\u640D\u984D", "\u9084\u4ED8\u672A\u6E08\u984D"].filter((i2) => items.has(i2));
  if (ledgerAmounts.length > 0 && (items.has("\u53CE\u5165\u672A\u6E08\u984D") || ledgerAmounts.length > 1 || items.has("\u53CE\u7D0D\u7387"))) {
    return { measure: "ledger", unit: unit === "%" ? null : unit };
  }
  if (items.has("\u53CE\u7D0D\u7387") && items.has("\u53CE\u5165\u672A\u6E08\u984D")) return { measure: "other", unit: null };
  if (items.has("\u53CE\u7D0D\u7387") || unit === "%") return { measure: "rate", unit: "%" };
  if (items.has("\u53CE\u5165\u672A\u6E08\u984D") || unit === "\u5186" || unit === "\u5343\u5186" || unit === "\u767E\u4E07\u5186") return { measure: "amount", unit };
  if (title && /率/.test(title)) return { measure: "rate", unit: "%" };
  return { measure: "other", unit };
}
__name(measureOf, "measureOf");
function inheritTitleKind(columns, title) {
  const t = (title ?? "").replace(/債権管理計画|計画期間/g, "");
  const kinds = [/見込/.test(t) && "forecast", /目標/.test(t) && "target", /実績|決算/.test(t) && "actual"].filter(Boolean);
  if (kinds.length !== 1) return;
  for (const c of columns) if (c.role === "value" && c.kind === null && c.fiscalYear !== null) c.kind = kinds[0];
}
__name(inheritTitleKind, "inheritTitleKind");
function backfillItems(columns, measure, title) {
  const item = measure === "rate" ? "\u53CE\u7D0D\u7387" : measure === "amount" && /未済|未収|滞納/.test(title ?? "") ? "\u53CE\u5165\u672A\u6E08\u984D" : null;
  if (!item) return;
  for (const c of columns) if ((c.role === "value" || c.role === "delta") && c.item === null) c.item = item;
}
__name(backfillItems, "backfillItems");
function confidenceOf(columns, rows, hasUnit) {
  let score = 0.2;
  if (columns.some((c) => c.role === "debt")) score += 0.25;
  if (columns.some((c) => c.role === "department" || c.role === "division")) score += 0.1;
  const values = columns.filter((c) => c.role === "value");
  if (values.length && values.every((c) => c.fiscalYear !== null)) score += 0.25;
  else if (values.some((c) => c.fiscalYear !== null || c.kind !== null)) score += 0.15;
  if (hasUnit) score += 0.1;
  return Math.min(1, Math.round((score + filledBonus(rows)) * 100) / 100);
}
__name(confidenceOf, "confidenceOf");
function filledBonus(rows) {
  let filled = 0;
  for (let i2 = 0; i2 < rows.length; i2++) {
    const r = rows[i2];
    for (const k in r.values) {
      if (r.values[k] !== null) {
        filled++;
        break;
      }
    }
  }
  return rows.length && filled / rows.length > 0.5 ? 0.1 : 0;
}
__name(filledBonus, "filledBonus");
function confidenceWithRows(t, rows) {
  return Math.min(1, Math.round((t.confidence - filledBonus(t.rows) + filledBonus(rows)) * 100) / 100);
}
__name(confidenceWithRows, "confidenceWithRows");

// src/core/recognize/matrix.ts
init_workbook();

// src/core/text/items.ts
var ITEM_WORDS = [
  // Under 収入歩合 (the yearbooks' collection rate), 対予算 is collection against the budget, 対調定 against the assessed amount.
  ["\u76EE\u6A19\u9032\u6357\u7387", /進捗率|達成率|^対予算額?$/],
  ["\u53CE\u7D0D\u7387", /収納率|徴収率|収入率|納付率|回収率|歩合|^率$|率\(%\)$|^対調定額?$/],
  ["\u4EF6\u6570", /件数|^件$|^人数$|^人$/],
  ["\u6BD4\u7387", /伸び率|伸率|増減率|構成比|割合/],
  // 過誤納額: what was paid in error or too much, owed back (the ledger's 還付未済額).
  ["\u9084\u4ED8\u672A\u6E08\u984D", /還付未済|過誤納/],
  ["\u4E0D\u7D0D\u6B20\u640D\u984D", /不納欠損|欠損/],
  ["\u57F7\u884C\u505C\u6B62\u984D", /執行停止|停止/],
  ["\u6642\u52B9\u984D", /時効/],
  ["\u8ABF\u6574\u984D", /調整|調定減|調定増|更正|増減額/],
  ["\u73FE\u5E74\u5EA6\u767A\u751F\u5206", /新規滞納|新規発生|新たな滞納|発生額|発生分|現年度発生|現年度からの繰越|現年分からの繰越/],
  ["\u5E74\u5EA6\u5F53\u521D", /年度当初|期首|当初残高|当初滞納|前年度末/],
  // A stage table's 当初 is the receivables it starts from.
  ["\u53CE\u5165\u672A\u6E08\u984D", /^当初(\(.*\))?$/],
  ["\u5E74\u5EA6\u672B", /年度末|期末|翌年度へ?の?繰越/],
  // 整理済額: what a year's arrears work disposed of (collected, or written off), the flow's outgoing.
  ["\u56DE\u53CE\u984D", /回収額|^回収$|回収実績|整理額|整理済額/],
  ["\u91D1\u984D", /^実収入未済|^実質/],
  ["\u53CE\u5165\u672A\u6E08\u984D", /収入未済|未済額|未収金|未収額|滞納額|未納額|滞納残高/],
  ["\u6EDE\u7D0D\u7E70\u8D8A\u984D", /滞納繰越額|繰越額/],
  ["\u8ABF\u5B9A\u984D", /調定/],
  ["\u53CE\u5165\u6E08\u984D", /収入済|収納済|収入額|収納額|徴収額|納付額|納付$/],
  ["\u91D1\u984D", /金額|^額$|残高|債権額|^税額$/]
];
function itemOf(h) {
  if (h === "" || /債権$/.test(h)) return null;
  for (const [item, re] of ITEM_WORDS) if (re.test(h)) return item;
  return null;
}
__name(itemOf, "itemOf");
function isRateItem(item) {
  return item === "\u53CE\u7D0D\u7387" || item === "\u76EE\u6A19\u9032\u6357\u7387" || item === "\u6BD4\u7387";
}
__name(isRateItem, "isRateItem");
function flowSign(item, label3) {
  switch (item) {
    case "\u56DE\u53CE\u984D":
    case "\u53CE\u5165\u6E08\u984D":
    case "\u4E0D\u7D0D\u6B20\u640D\u984D":
    case "\u57F7\u884C\u505C\u6B62\u984D":
    case "\u6642\u52B9\u984D":
      return -1;
    case "\u73FE\u5E74\u5EA6\u767A\u751F\u5206":
      return 1;
    case "\u8ABF\u6574\u984D":
      if (/減/.test(label3)) return -1;
      if (/増/.test(label3) && !/増減/.test(label3)) return 1;
      return 0;
    default:
      return null;
  }
}
__name(flowSign, "flowSign");

// src/core/recognize/labels.ts
var GENERIC = /^(区分|種別|項目|年度|年|債権名?|債権の?名称|科目|費目|名称|内訳|区分\/年度|年度\/区分|債権区分|分類|所管課?|担当課?|課名|備考|No\.?|番号)$/;
var FILLER = /[()（）【】\[\]・:：、,]|年度|年|分|額|値|数|率|計画|第\d+次|の|実績|決算|目標|見込|推移|状況|以降|以後|従来|当初|最終|改定|修正|旧|単位.*$/g;
var parseLabel = memoText(scan);
function scan(h) {
  const d = {
    year: null,
    yearNote: null,
    kind: null,
    item: null,
    derived: null,
    division: null,
    classification: null,
    total: false,
    unit: null,
    letter: null,
    ratio: null,
    diff: null,
    name: null,
    category: null,
    bareYear: null,
    settled: false,
    lastYear: false
  };
  if (h === "" || GENERIC.test(h)) return d;
  if (/^元(年度?)?$/.test(h)) return { ...d, bareYear: 1 };
  if (h === "\u516C" || h === "\u79C1") return { ...d, category: h === "\u516C" ? "\u516C\u50B5\u6A29" : "\u79C1\u50B5\u6A29", classification: h === "\u79C1" ? "\u79C1\u50B5\u6A29" : null };
  if (/^[\d+\-−*/×÷()=]+$/.test(h)) {
    const ratio2 = /^(?:(\d)\()?(\d)\/(\d)\)?$/.exec(h);
    const diff2 = /^(?:(\d)\()?(\d)[-−](\d)\)?$/.exec(h);
    if (ratio2) d.ratio = { num: ratio2[2], den: ratio2[3] };
    if (diff2) d.diff = { minuend: diff2[2], subtrahend: diff2[3] };
    d.letter = (ratio2 ?? diff2)?.[1] ?? (/^\d$/.test(h) ? h : null);
    return d;
  }
  const years = /\d年\d{1,2}月/.test(h) ? [] : findYears(h);
  if (years.length) {
    d.year = (years.find((y) => y.notation === "era") ?? years[0]).year;
    if (/以降|以後|から/.test(h)) d.yearNote = "\u4EE5\u964D";
  } else {
    const bare2 = /(?:^|[^\d])(\d{1,2})年度/.exec(h);
    if (bare2) d.bareYear = Number(bare2[1]);
  }
  const ratio = /[【\[(]([A-Z])\/([A-Z])[】\])]/.exec(h) ?? /^([A-Z])\/([A-Z])$/.exec(h);
  const diff = /(?:^|[^A-Za-z+＋])([A-Z])[-−－]([A-Z])(?:[】\])]|$)/.exec(h);
  if (diff) d.diff = { minuend: diff[1], subtrahend: diff[2] };
  if (ratio) d.ratio = { num: ratio[1], den: ratio[2] };
  const letter = /[【\[(]([A-Z])[】\])]/.exec(h) ?? (years.length ? /^(?:[A-Z]?\d{1,4}(?:年度|年)?)([A-Z])$/.exec(h) : null);
  if (letter) d.letter = letter[1];
  const tag = /^([A-Z])(?:[(（][A-Z+＋\-−－]+[)）])?$/.exec(h);
  if (tag) d.letter ??= tag[1];
  d.kind = kindOf(h.replace(/目標(額|値)?(との|に対する)?(差|比較|進捗|達成)|進捗率|達成率|都市計画|計画税/g, ""));
  d.settled = /決算|予算/.test(h);
  d.lastYear = /^対?前年度?比$/.test(h);
  if (d.kind === null && /予算/.test(h)) d.kind = "target";
  d.item = itemOf(h.replace(/[【\[(][A-Z](\/[A-Z])?[】\])]|[(（]単位[:：][^)）]*[)）]/g, ""));
  d.division = divisionOf(h) ?? (/現年(度|課税)?分|^現$/.test(h) ? "\u73FE\u5E74\u5EA6\u5206" : /滞納繰越分|滞納分|過年度分|滞繰分|^滞$|^繰$/.test(h) ? "\u6EDE\u7D0D\u7E70\u8D8A\u5206" : /^合計$|^全体(?!に占める)/.test(h) ? "\u5168\u4F53" : null);
  d.classification = classOf(h);
  d.total = isTotalLabel(h) || /^(全体|総数|総額)$|.+全体$/.test(h);
  if (d.ratio || d.item === "\u76EE\u6A19\u9032\u6357\u7387") d.derived = "ratio";
  else if (d.total) d.derived = "total";
  else if (d.item !== "\u6BD4\u7387" && !/^対調定額?$/.test(h) && (isDeltaHeader(h) || /ポイント(増|減)?$|^増減|増△減/.test(h))) d.derived = "delta";
  const u = /[(（]([^)）]*)[)）]/.exec(h)?.[1] ?? (/^(円|千円|百万円|%|件)$/.test(h) ? h : "");
  d.unit = /件/.test(u) ? "\u4EF6" : unitOf(u);
  if (d.item === "\u4EF6\u6570") d.unit = "\u4EF6";
  const rest = h.replace(/[【\[(]([A-Z])(\/[A-Z])?[】\])]/g, "").replace(d.letter && !/[【\[(]/.test(h) ? /[A-Z]$/ : /$^/, "").replace(years.length ? new RegExp(years.map((y) => escape(y.text)).join("|"), "gi") : /$^/, "");
  const bare = h.replace(/[(（].*$/, "");
  if (/債権$/.test(bare) && d.item === null) d.category = bare;
  const nameless = d.item !== null || d.division !== null || d.total || d.derived === "delta" || d.category !== null || tag !== null;
  const left = rest.replace(/(?:^|[^\d])\d{1,2}年度/, "").replace(FILLER, "").replace(/^[\d.]+$/, "");
  if (!nameless && left !== "") d.name = h.replace(/[※*＊]\d*$/, "");
  else if (d.kind !== null && d.item === null && /処理|整理|回収|縮減/.test(rest)) d.category = h.replace(/[(（].*$/, "");
  return d;
}
__name(scan, "scan");
function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
__name(escape, "escape");

// src/core/recognize/matrix.ts
var MAX_HEADER_ROWS2 = 4;
var GENERIC_ITEMS = /* @__PURE__ */ new Set(["\u91D1\u984D", "\u4EF6\u6570", "\u6BD4\u7387", "\u8ABF\u6574\u984D"]);
var CONTEXT_ROWS2 = 4;
var MAX_BLOCK_ROWS = 400;
function claimsOf(areas) {
  return {
    has: /* @__PURE__ */ __name((r, c) => {
      for (let i2 = 0; i2 < areas.length; i2++) {
        const a = areas[i2];
        if (r >= a.top && r <= a.bottom && c >= a.left && c <= a.right) return true;
      }
      return false;
    }, "has"),
    spans: /* @__PURE__ */ __name((r, left, right) => {
      for (let i2 = 0; i2 < areas.length; i2++) {
        const a = areas[i2];
        if (r >= a.top && r <= a.bottom && left >= a.left && right <= a.right) return true;
      }
      return false;
    }, "spans")
  };
}
__name(claimsOf, "claimsOf");
function isYearNumber(g, r, c) {
  const v = g.cell(r, c)?.value;
  return typeof v === "number" && Number.isInteger(v) && v >= 1950 && v <= 2100;
}
__name(isYearNumber, "isYearNumber");
var NO_FIGURES = Object.freeze([]);
function figureColumns(g, r, claims) {
  const cols = g.nonEmptyColumns(r);
  if (cols.length === 0 || claims.spans(r, cols[0], cols[cols.length - 1])) return NO_FIGURES;
  const out = [];
  for (let i2 = 0; i2 < cols.length; i2++) {
    const c = cols[i2];
    if (!claims.has(r, c) && g.isNumber(r, c)) out.push(c);
  }
  return out;
}
__name(figureColumns, "figureColumns");
function dashColumns(g, r, left, right, claims) {
  let n = 0;
  for (const c of g.nonEmptyColumns(r, left, right)) {
    if (claims.has(r, c)) return false;
    if (g.number(r, c).kind !== "blank") return false;
    n++;
  }
  return n >= 2;
}
__name(dashColumns, "dashColumns");
function readMatrices(g, claims, contextFloor = 0) {
  const tables = [];
  let r = 0;
  let floor = contextFloor;
  let previous = null;
  while (r < g.rowCount) {
    const cells = g.sheet.rows[r];
    if (!cells || cells.length === 0) {
      r++;
      continue;
    }
    const figs = figureColumns(g, r, claims);
    if (figs.length === 0 || allYears(g, r, figs)) {
      r++;
      continue;
    }
    let bottom = r;
    let left = Math.min(...figs);
    let right = Math.max(...figs);
    while (bottom + 1 < g.rowCount && bottom - r < MAX_BLOCK_ROWS) {
      let next = figureColumns(g, bottom + 1, claims);
      if (next.length === 0 && dashColumns(g, bottom + 1, left, right, claims) && bottom + 2 < g.rowCount) next = [];
      if (next.length === 0 && dashColumns(g, bottom + 1, left, right, claims)) {
        bottom++;
        continue;
      }
      if (next.length === 0) {
        const after = bottom + 2 < g.rowCount ? figureColumns(g, bottom + 2, claims) : [];
        const spacer = g.nonEmptyColumns(bottom + 1).length === 0 && after.length > 0 && after.every((c) => c >= left && c <= right);
        if ((labelOnlyRow(g, bottom + 1, left, claims) || spacer) && after.length) {
          bottom++;
          continue;
        }
        const skip = emptyGroupRows(g, bottom + 1, left, right, claims);
        if (skip === 0) break;
        bottom += skip;
        continue;
      }
      if (isFootnoteRow(g, bottom + 1)) break;
      left = Math.min(left, ...next);
      right = Math.max(right, ...next);
      bottom++;
    }
    const read2 = readBlock(g, { top: r, bottom, left, right }, claims, floor, previous);
    if (read2) {
      tables.push(read2.table);
      floor = read2.table.area.bottom + 1;
      previous = read2;
    }
    r = bottom + 1;
  }
  return tables;
}
__name(readMatrices, "readMatrices");
function allYears(g, r, figs) {
  if (figs.length < 2) return false;
  if (figs.every((c) => isYearNumber(g, r, c))) return true;
  return bareYearRow(g, r, figs);
}
__name(allYears, "allYears");
function bareYearRow(g, r, figs) {
  const ns = figs.map((c) => g.cell(r, c)?.value);
  if (!ns.every((n) => typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 64)) return false;
  if (!consecutiveYears(ns)) return false;
  const labels = g.nonEmptyColumns(r).filter((c) => c < figs[0]);
  return labels.every((c) => /^(年度|年|区分|年度区分)$/.test(g.text(r, c)));
}
__name(bareYearRow, "bareYearRow");
function consecutiveYears(ns) {
  const run = /* @__PURE__ */ __name((xs) => xs.length >= 2 && Math.abs(xs[1] - xs[0]) === 1 && xs.every((n, i2) => n === xs[0] + i2 * (xs[1] - xs[0])), "run");
  if (run(ns)) return true;
  for (let len = 2; len * 2 <= ns.length; len++) {
    if (ns.length % len !== 0 || !run(ns.slice(0, len))) continue;
    if (ns.every((n, i2) => n === ns[i2 % len])) return true;
  }
  return false;
}
__name(consecutiveYears, "consecutiveYears");
function emptyGroupRows(g, from, left, right, claims) {
  for (let r = from; r < Math.min(g.rowCount, from + MAX_HEADER_ROWS2); r++) {
    const figs = figureColumns(g, r, claims);
    if (figs.length) return r > from && figs.every((c) => c >= left && c <= right) ? r - from : 0;
    if (!labelOnlyRow(g, r, left, claims)) return 0;
  }
  return 0;
}
__name(emptyGroupRows, "emptyGroupRows");
var OF_WHICH = /^(?:内[\s\u3000]+|うち[\s\u3000]*)(\S.*)$/;
function labelOnlyRow(g, r, left, claims) {
  const cols = g.nonEmptyColumns(r);
  return cols.length > 0 && cols.length <= 2 && cols.every((c) => c < left && !claims.has(r, c)) && !isFootnoteRow(g, r);
}
__name(labelOnlyRow, "labelOnlyRow");
function isFootnoteRow(g, r) {
  const cols = g.nonEmptyColumns(r);
  return cols.length > 0 && isFootnote(g.text(r, cols[0]));
}
__name(isFootnoteRow, "isFootnoteRow");
function readBlock(g, block, claims, floor, previous) {
  let vLeft = block.left;
  const down = { years: null };
  const yearColumn = /* @__PURE__ */ __name((c) => down.years === null && (down.years = bareYearsDown(g, block, c)) !== null, "yearColumn");
  while (vLeft <= block.right && (columnOfYears(g, block, vLeft) || isIndexColumn(g, block, vLeft) || yearColumn(vLeft))) {
    let next = vLeft + 1;
    while (next <= block.right && !columnHasFigure(g, block, next, claims)) next++;
    vLeft = next;
  }
  if (vLeft > block.right) return null;
  const valueCols = [];
  for (let c = vLeft; c <= block.right; c++) {
    for (let r = block.top; r <= block.bottom; r++) {
      if (!g.isEmpty(r, c) && !claims.has(r, c)) {
        valueCols.push(c);
        break;
      }
    }
  }
  const labelCols = [];
  for (let c = vLeft - 1; c >= 0; c--) {
    let any = false;
    for (let r = block.top; r <= block.bottom && !any; r++) any = !g.isEmpty(r, c) || !!g.mergeAt(r, c);
    if (!any) {
      if (labelCols.length) break;
      continue;
    }
    if (claimedColumn(claims, block, c)) break;
    labelCols.unshift(c);
  }
  const headerRows = [];
  const unitTexts = [];
  for (let r = block.top - 1; r >= Math.max(floor, block.top - MAX_HEADER_ROWS2); r--) {
    const cols = g.nonEmptyColumns(r).filter((c) => !claims.has(r, c));
    if (cols.length === 0 && !rowHasMergeOver(g, r, valueCols)) break;
    const unitOnly = /* @__PURE__ */ __name((c) => isUnitLine(g.text(r, c)) && g.text(r, c).replace(/[(（]?単位[:：][^)）]*[)）]?/, "") === "", "unitOnly");
    const inValues = cols.filter((c) => c >= vLeft && c <= block.right && !unitOnly(c));
    for (const c of cols) if (unitOnly(c)) unitTexts.push(g.raw(r, c));
    if (inValues.length === 0 && !rowHasMergeOver(g, r, valueCols)) break;
    if (isCaptionRow(g, r, cols, labelCols, valueCols)) break;
    headerRows.unshift(r);
  }
  const top = headerRows.length ? headerRows[0] : block.top;
  const context = readContext2(g, top, floor, unitTexts, labelCols.length ? labelCols[0] : vLeft, block.right, claims);
  const rowKeys = new Set([...rowTextsOf(g, block, labelCols)].filter(Boolean));
  const sameRows = previous !== null && [...rowKeys].filter((k) => previous.rowKeys.has(k)).length >= 2;
  if (sameRows) {
    context.year ??= previous.context.year;
    context.era ??= previous.context.era;
  }
  const colLabels = /* @__PURE__ */ new Map();
  const colTexts = /* @__PURE__ */ new Map();
  for (const c of valueCols) {
    const parts = headerParts(g, headerRows, c, vLeft);
    colTexts.set(c, parts);
    colLabels.set(c, parts.map(parseLabel));
  }
  const rowLabels = /* @__PURE__ */ new Map();
  const rowTexts = /* @__PURE__ */ new Map();
  const carry = [];
  const indexed = labelCols.length > 1 && isIndexColumn(g, block, labelCols[0]);
  const children2 = /* @__PURE__ */ new Set();
  let parent = null;
  for (let r = block.top; r <= block.bottom; r++) {
    const parts = [];
    labelCols.forEach((c, i2) => {
      let t = g.mergedText(r, c);
      const m = g.mergeAt(r, c);
      if (m && m.top < block.top) t = "";
      if (indexed && i2 === 0) return;
      if (t === "" && i2 < labelCols.length - 1) t = carry[i2] ?? "";
      else {
        if (t !== "" && t !== carry[i2]) carry.length = i2;
        carry[i2] = t;
      }
      if (t !== "") parts.push(t);
    });
    if (indexed) {
      const numbered = g.isNumber(r, labelCols[0]);
      const own2 = parts.map(parseLabel);
      if (numbered) parent = own2.find((l) => l.name)?.name ?? null;
      else if (parent && g.isEmpty(r, labelCols[0]) && own2.length === 1 && own2[0].name && !own2[0].total) {
        parts[0] = `${parent}(${parts[0]})`;
        children2.add(r);
      } else parent = null;
    }
    const own = labelCols.findLast((c) => g.mergedText(r, c) !== "");
    const breakdown = own !== void 0 && parts.length ? OF_WHICH.exec(g.labelText(r, own)) : null;
    if (breakdown) {
      parts[parts.length - 1] = compact(breakdown[1]);
      children2.add(r);
    }
    rowTexts.set(r, parts);
    rowLabels.set(r, parts.map(parseLabel));
  }
  if (down.years) for (const [r, year] of down.years) rowLabels.get(r)?.unshift({ ...parseLabel(""), year });
  if (headerRows.length === 0) return null;
  const anyItem = [...colLabels.values(), ...rowLabels.values()].some((ls) => ls.some((l) => l.item !== null && !GENERIC_ITEMS.has(l.item)));
  const debtNames = [...rowLabels.values(), ...colLabels.values()].filter((ls) => ls.some((l) => l.name && DEBT_NAME.test(l.name))).length;
  if (!anyItem && !sameRows && debtNames < 2 && context.item === null && !/収納率|収入率|徴収率|未済|滞納|未収|債権額|税収|税の|市税|県税|保険料|債権回収|整理計画/.test(context.captions.join(" "))) return null;
  if (valueCols.length * (block.bottom - block.top + 1) < 2) return null;
  const rowItems = [...rowLabels.values()].filter((ls) => ls.some((l) => l.item !== null)).length;
  if (rowItems * 2 > rowLabels.size) {
    for (const [r, ls] of rowLabels) if (!ls.some((l) => l.item !== null || l.total)) rowLabels.set(r, ls.map((l) => ({ ...l, name: null })));
  }
  const tableUnit = context.unit;
  const divisionColumns = [...colLabels.values()].some((ls) => ls.some((l) => l.division === "\u73FE\u5E74\u5EA6\u5206" || l.division === "\u6EDE\u7D0D\u7E70\u8D8A\u5206"));
  const anyQuantity = [...colLabels.values(), ...rowLabels.values()].some((ls) => ls.some((l) => l.item !== null && !GENERIC_ITEMS.has(l.item) && l.derived === null));
  if (anyQuantity) context.item = null;
  const observations = [];
  const texts = [];
  for (let r = block.top; r <= block.bottom; r++) {
    const row2 = merge(rowLabels.get(r));
    for (const c of valueCols) {
      if (claims.has(r, c) || g.isMergeContinuation(r, c)) continue;
      const p = g.number(r, c);
      if (p.kind !== "number" || !Number.isFinite(p.value * 100)) {
        const raw = g.raw(r, c);
        if ((p.kind === "text" || p.kind === "error") && !isNoValueText(raw)) texts.push({ cell: a1(r, c), text: raw });
        continue;
      }
      const col = merge(colLabels.get(c));
      if (col.total && col.division === "\u5168\u4F53" && divisionColumns) col.total = false;
      const o = observation(g, r, c, p.value, p.note ?? null, col, row2, context);
      if (children2.has(r)) o.part = true;
      o.rowKey = rowTexts.get(r).join(" ");
      if (o.derived === "total") o.totalOf = row2.total ? "rows" : "columns";
      if (o.item === "\u8ABF\u6574\u984D") o.label = [...rowTexts.get(r), ...colTexts.get(c)].join(" ");
      observations.push(o);
    }
  }
  if (observations.length === 0) return null;
  const noted = footnoteDivision(g, block.bottom);
  if (noted) for (const o of observations) o.division ??= noted;
  const last = labelCols[labelCols.length - 1];
  const unlabelled = new Set(observations.filter((o) => last === void 0 || g.mergedText(o.r, last) === "").map((o) => o.r));
  supersededRows(observations, unlabelled);
  pathTotals(observations, rowTexts);
  inferSubtotals(observations);
  resolveFlowYears(observations);
  flowCollections(observations);
  divisionsFromSubtotals(observations);
  const left = labelCols.length ? labelCols[0] : vLeft;
  const area = { top, left, bottom: block.bottom, right: block.right };
  const units = new Set(observations.map((o) => o.unit));
  const measure = observations.every((o) => o.unit === "%") ? "rate" : units.has("%") ? "other" : "amount";
  const reasons = [
    ...[...colTexts.entries()].filter(([, t]) => t.length).map(([c, t]) => `${a1(top, c).replace(/\d+$/, "")}: ${t.join(" ")}`),
    `\u884C\u898B\u51FA\u3057: ${[...new Set([...rowTexts.values()].map((t) => t.join(" ")))].filter(Boolean).slice(0, 8).join(" / ")}`
  ];
  if (context.unitText) reasons.push(`\u5358\u4F4D: ${context.unitText}`);
  const table = {
    sheet: g.sheet.name,
    shape: "matrix",
    range: areaA1(area),
    area,
    headerTop: top,
    headerBottom: headerRows.length ? headerRows[headerRows.length - 1] : top - 1,
    title: context.title,
    measure,
    unit: measure === "rate" ? "%" : tableUnit === "%" || tableUnit === "\u4EF6" ? null : tableUnit,
    classification: context.classification,
    columns: [],
    rows: [],
    observations,
    cellTexts: texts,
    confidence: Math.min(1, 0.4 + (anyItem ? 0.3 : 0) + (headerRows.length ? 0.1 : 0) + (context.unit ? 0.1 : 0)),
    reasons
  };
  return { table, context, rowKeys };
}
__name(readBlock, "readBlock");
function rowTextsOf(g, b, labelCols) {
  const out = [];
  for (let r = b.top; r <= b.bottom; r++) out.push(labelCols.map((c) => g.mergedText(r, c)).join(" ").trim());
  return out;
}
__name(rowTextsOf, "rowTextsOf");
function columnOfYears(g, b, c) {
  let years = 0;
  for (let r = b.top; r <= b.bottom; r++) {
    if (g.isEmpty(r, c)) continue;
    if (!isYearNumber(g, r, c)) return false;
    years++;
  }
  return years > 0 && c < b.right;
}
__name(columnOfYears, "columnOfYears");
function bareYearsDown(g, b, c) {
  const seq = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const v = g.cell(r, c)?.value;
    if (v === null || v === void 0 || v === "") continue;
    const n = v === "\u5143" || v === "\u5143\u5E74" || v === "\u5143\u5E74\u5EA6" ? 1 : typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 64 ? v : null;
    if (n !== null) {
      seq.push({ r, n, base: null });
      continue;
    }
    const era2 = typeof v === "string" ? ERA_YEAR_CELL.exec(compact(v)) : null;
    if (!era2) return null;
    seq.push({ r, n: era2[2] === "\u5143" ? 1 : Number(era2[2]), base: ERA_BASE[era2[1]] });
  }
  if (seq.length < 3) return null;
  let wraps = 0;
  for (let i2 = 1; i2 < seq.length; i2++) if (seq[i2].n <= seq[i2 - 1].n && seq[i2].base === null) wraps++;
  if (wraps > 1 || wraps === 1 && !seq.some(({ n, base }, i2) => i2 > 0 && base === null && n === 1 && seq[i2 - 1].n > n)) return null;
  const out = /* @__PURE__ */ new Map();
  let era = seq[0].base ?? (wraps ? 1988 : seq[seq.length - 1].n <= 8 ? 2018 : 1988);
  seq.forEach(({ r, n, base }, i2) => {
    if (base !== null) era = base;
    else if (i2 > 0 && n <= seq[i2 - 1].n) era = 2018;
    out.set(r, era + n);
  });
  return out;
}
__name(bareYearsDown, "bareYearsDown");
var ERA_YEAR_CELL = /^(昭和|平成|令和|S|H|R)\.?(元|\d{1,2})(?:年度|年)?$/;
function columnHasFigure(g, b, c, claims) {
  for (let r = b.top; r <= b.bottom; r++) if (!claims.has(r, c) && g.isNumber(r, c)) return true;
  return false;
}
__name(columnHasFigure, "columnHasFigure");
function isIndexColumn(g, b, c) {
  if (c >= b.right) return false;
  let last = -Infinity;
  let n = 0;
  let texts = 0;
  for (let r = b.top; r <= b.bottom; r++) {
    const v = g.cell(r, c)?.value;
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < 0 || v > 999 || v <= last) return false;
      last = v;
      n++;
    }
    if (typeof g.cell(r, c + 1)?.value === "string") texts++;
  }
  return n >= 2 && texts * 2 >= b.bottom - b.top + 1;
}
__name(isIndexColumn, "isIndexColumn");
function claimedColumn(claims, b, c) {
  for (let r = b.top; r <= b.bottom; r++) if (claims.has(r, c)) return true;
  return false;
}
__name(claimedColumn, "claimedColumn");
function rowHasMergeOver(g, r, cols) {
  return cols.some((c) => {
    const m = g.mergeAt(r, c);
    return !!m && m.top <= r && !g.isEmpty(m.top, m.left);
  });
}
__name(rowHasMergeOver, "rowHasMergeOver");
function isCaptionRow(g, r, cols, labelCols, valueCols) {
  if (cols.length !== 1) return false;
  const m = g.mergeAt(r, cols[0]);
  const spansAll = !!m && m.left <= (labelCols[0] ?? valueCols[0]) && m.right >= valueCols[valueCols.length - 1];
  return spansAll || valueCols.length > 2;
}
__name(isCaptionRow, "isCaptionRow");
function headerParts(g, rows, c, vLeft) {
  const parts = [];
  rows.forEach((r, i2) => {
    let t = g.mergedText(r, c);
    const v = g.cell(r, c)?.value;
    if (typeof v === "number" && Number.isInteger(v)) t = v >= 1950 ? `${v}\u5E74\u5EA6` : v <= 64 ? `${v}\u5E74\u5EA6` : t;
    if (t === "" && i2 < rows.length - 1) {
      for (let k = c - 1; k >= vLeft; k--) {
        if (g.mergeAt(r, k)) break;
        if (!g.isEmpty(r, k)) {
          t = g.text(r, k);
          break;
        }
      }
    }
    if (t !== "" && !(isUnitLine(t) && t.replace(/[(（]?単位[:：][^)）]*[)）]?/, "") === "") && parts[parts.length - 1] !== t) parts.push(t);
  });
  return parts;
}
__name(headerParts, "headerParts");
function readContext2(g, top, floor, unitTexts, left, right, claims) {
  const ctx = { captions: [], title: null, year: null, era: null, debt: null, unit: null, unitText: null, classification: null, kind: null, item: null, division: null };
  for (const u of unitTexts) {
    ctx.unitText ??= clean(u);
    ctx.unit ??= unitOfLine(u);
  }
  for (let r = top - 1; r >= Math.max(floor, top - CONTEXT_ROWS2); r--) {
    for (const c of g.nonEmptyColumns(r, 0, right)) {
      const t = g.text(r, c);
      if (t === "" || g.isNumber(r, c) || claims.has(r, c) || c > left && !g.mergeAt(r, c) && g.nonEmptyColumns(r, 0, left).length > 0) continue;
      if (isUnitLine(t)) {
        ctx.unitText ??= clean(g.raw(r, c));
        ctx.unit ??= unitOfLine(t);
        continue;
      }
      ctx.captions.push(t);
      if (ctx.title === null && t.length > 1 && !isFootnote(t)) {
        ctx.title = clean(g.raw(r, c));
        ctx.era = /平成|H\d/.test(t) ? "H" : /令和|R\d/.test(t) ? "R" : null;
        const l = parseLabel(withoutPlanName(t));
        ctx.kind = captionKind(t);
        ctx.item = l.item ?? collectedIn(t);
        ctx.unit ??= unitOf(t.replace(/^.*[(（]/, "")) ?? null;
        if (/納期内/.test(t)) ctx.division = "\u73FE\u5E74\u5EA6\u5206";
      }
      ctx.classification ??= t.length <= 40 ? classOf(t) : null;
      ctx.debt ??= captionDebt(t);
      if (ctx.year === null && /年度/.test(t) && !/年度(以降|から|まで)|~|～/.test(t)) ctx.year = parseLabel(t).year;
    }
  }
  if (ctx.title === null) ctx.item ??= collectedIn(compact(g.sheet.name));
  return ctx;
}
__name(readContext2, "readContext");
function collectedIn(t) {
  return /決算/.test(t) && /税|料|金/.test(t) ? "\u53CE\u5165\u6E08\u984D" : null;
}
__name(collectedIn, "collectedIn");
var CAPTION_DEBT_ITEM = /^(.+?(?:税|料|金))(?:決算額?|収入済額|収入未済額|滞納額|滞納繰越額|収納率|徴収率|調定額)$/;
function captionDebt(t) {
  const alone = /^(?:[(（]\d{1,2}[)）]|\d{1,2}[.．])([^\d()（）]{2,12})$/.exec(t);
  if (alone) {
    const l2 = parseLabel(alone[1]);
    if (l2.name && l2.item === null && l2.year === null && l2.kind === null && DEBT_NAME.test(alone[1])) return alone[1];
  }
  const m = /^(?:[【\[(（]?[0-9０-９一二三四五六七八九十()（）.．、\-－]*[】\])）]?)?([^の()（）【】]{2,12})の/.exec(t);
  if (!m) return null;
  const named = CAPTION_DEBT_ITEM.exec(m[1])?.[1] ?? m[1];
  const l = parseLabel(named);
  return l.name && l.item === null && l.year === null && l.kind === null && !/\d/.test(named) && DEBT_NAME.test(named) ? named : null;
}
__name(captionDebt, "captionDebt");
function eraYear(n, era) {
  if (n === null) return null;
  if (era === "H") return 1988 + n;
  if (era === "R") return 2018 + n;
  return n <= 8 ? 2018 + n : 1988 + n;
}
__name(eraYear, "eraYear");
function captionKind(t) {
  if (/見込/.test(t)) return "forecast";
  if (/目標|計画値/.test(t) && !/達成状況|進捗状況|目標達成|実績/.test(t)) return "target";
  if (/取組状況|実績|決算|達成状況|進捗状況|推移/.test(t)) return "actual";
  return null;
}
__name(captionKind, "captionKind");
function unitOfLine(t) {
  if (/億円/.test(t)) return null;
  const u = unitOf(t);
  if (u && u !== "%") return u;
  if (/件/.test(t)) return "\u4EF6";
  return u;
}
__name(unitOfLine, "unitOfLine");
function merge(ls) {
  const out = { ...parseLabel(""), names: [] };
  for (const l of ls) {
    out.year ??= l.year;
    out.yearNote ??= l.yearNote;
    out.bareYear ??= l.bareYear;
    out.kind ??= l.kind;
    out.item = moreSpecific(out.item, l.item);
    out.derived ??= l.derived;
    if (out.division === null || out.division === "\u5168\u4F53" && l.division !== null) out.division = l.division;
    out.classification ??= l.classification;
    out.unit ??= l.unit;
    out.letter ??= l.letter;
    out.ratio ??= l.ratio;
    out.category ??= l.category;
    out.diff ??= l.diff;
    out.settled ||= l.settled;
    out.lastYear ||= l.lastYear;
    out.total ||= l.total;
    if (l.total && l.division === "\u5168\u4F53" && out.derived === "total") out.derived = null;
    if (l.name) out.names.push(l.name);
  }
  return out;
}
__name(merge, "merge");
function moreSpecific(a, b) {
  if (a === null) return b;
  if (b === null) return a;
  const ratio = a === "\u6BD4\u7387" || b === "\u6BD4\u7387";
  if (ratio && (a === "\u91D1\u984D" || b === "\u91D1\u984D")) return "\u53CE\u7D0D\u7387";
  if (ratio) return "\u6BD4\u7387";
  if (a === "\u4EF6\u6570" || b === "\u4EF6\u6570") return "\u4EF6\u6570";
  if (a === "\u53CE\u7D0D\u7387" && b === "\u76EE\u6A19\u9032\u6357\u7387" || a === "\u76EE\u6A19\u9032\u6357\u7387" && b === "\u53CE\u7D0D\u7387") return "\u76EE\u6A19\u9032\u6357\u7387";
  if (a === "\u91D1\u984D") return b;
  return a;
}
__name(moreSpecific, "moreSpecific");
function observation(g, r, c, figure2, note2, col, row2, ctx) {
  const tableUnit = ctx.unit;
  const cell = g.cell(r, c);
  const fmt = formatInfo(cell?.numberFormat);
  const typed = typeof cell?.value === "number";
  const value = typed && fmt.percent ? Number((figure2 * 100).toPrecision(15)) : figure2;
  let derived = row2.derived === "delta" || col.derived === "delta" ? "delta" : row2.derived === "ratio" || col.derived === "ratio" ? "ratio" : row2.derived ?? col.derived;
  if (col.diff ?? row2.diff) derived = "delta";
  const percentText = !typed && /[%％]/.test(g.raw(r, c));
  const lettered = col.ratio ?? row2.ratio;
  const named = col.item ?? row2.item;
  let item = lettered && named !== "\u53CE\u7D0D\u7387" && named !== "\u76EE\u6A19\u9032\u6357\u7387" ? "\u6BD4\u7387" : (named === "\u91D1\u984D" ? ctx.item : null) ?? named ?? ctx.item ?? (fmt.percent || percentText || col.unit === "%" || row2.unit === "%" || tableUnit === "%" ? "\u53CE\u7D0D\u7387" : null);
  if (item === "\u4EF6\u6570" && (fmt.percent || percentText)) item = "\u6BD4\u7387";
  if (derived === "ratio" && item === "\u53CE\u7D0D\u7387") derived = null;
  if (lettered && item === "\u6BD4\u7387") derived = "ratio";
  const parenPercent = note2 === "()" && percentText && !isRateItem(item);
  if (parenPercent || (col.lastYear || row2.lastYear) && derived === "delta" && item !== null && !isRateItem(item) && item !== "\u4EF6\u6570") {
    item = "\u6BD4\u7387";
    derived = "ratio";
  }
  const total = row2.total || col.total;
  derived ??= total && item !== "\u6BD4\u7387" ? "total" : null;
  if (item === "\u6BD4\u7387" && derived === "total") derived = null;
  if (item === null && (col.settled || row2.settled) && !percentText && !fmt.percent && tableUnit !== "%") item = "\u53CE\u5165\u6E08\u984D";
  let unit = isRateItem(item) ? "%" : item === "\u4EF6\u6570" ? "\u4EF6" : col.unit ?? row2.unit ?? (tableUnit === "%" ? null : tableUnit);
  if (item === null && unit === "%") unit = null;
  if (item === "\u6BD4\u7387") unit = "%";
  const amount = unit === "\u5186" || unit === "\u5343\u5186" || unit === "\u767E\u4E07\u5186";
  let rowName = row2.names.length ? row2.names[row2.names.length - 1] : null;
  let department = row2.names.slice(0, -1).find((n) => /(課|室|係|センター|事務所)$/.test(n)) ?? null;
  if (ctx.debt && rowName && !DEBT_NAME.test(rowName)) {
    department = rowName;
    rowName = null;
  }
  const colName2 = col.names.length && col.kind === null && !col.category ? col.names.join(" ") : null;
  if (rowName && colName2 && DEBT_NAME.test(colName2) && !DEBT_NAME.test(rowName) && !ctx.debt) {
    department = rowName;
    rowName = null;
  }
  const stage = col.category ?? (rowName && colName2 ? colName2 : null) ?? (col.names.length && !colName2 ? col.names.join(" ") : null);
  const superseded = note2 === "()" && !parenPercent;
  const kind = derived === "delta" || derived === "ratio" || item === "\u6BD4\u7387" ? null : col.kind ?? row2.kind ?? (superseded ? "target" : null) ?? ctx.kind ?? "actual";
  return {
    cell: a1(r, c),
    r,
    c,
    value,
    department,
    debt: total ? null : rowName ?? colName2 ?? ctx.debt,
    division: row2.division ?? col.division ?? ctx.division,
    classification: row2.classification ?? col.classification ?? ctx.classification,
    item: item ?? (amount ? "\u91D1\u984D" : unit === "\u4EF6" ? "\u4EF6\u6570" : null),
    fiscalYear: derived === "ratio" || derived === "delta" ? null : col.year ?? row2.year ?? eraYear(col.bareYear ?? row2.bareYear, ctx.era) ?? ctx.year,
    kind,
    unit,
    derived,
    stage,
    note: superseded ? "\u62EC\u5F27\u66F8\u304D\uFF08\u65E7\u76EE\u6A19\uFF09" : note2 ?? col.yearNote ?? row2.yearNote,
    decimals: typed ? fmt.decimals ?? null : decimalsOfText(g.raw(r, c)),
    ...row2.letter || col.letter ? { letter: col.letter ?? row2.letter ?? void 0 } : {},
    ...row2.ratio || col.ratio ? { ratio: col.ratio ?? row2.ratio ?? void 0 } : {},
    ...row2.diff || col.diff ? { diff: col.diff ?? row2.diff ?? void 0 } : {}
  };
}
__name(observation, "observation");
function decimalsOfText(s) {
  const m = /[.．](\d+)/.exec(s);
  return m ? m[1].length : 0;
}
__name(decimalsOfText, "decimalsOfText");
function resolveFlowYears(obs) {
  for (const along of ["c", "r"]) resolveFlowYearsAlong(obs, along);
}
__name(resolveFlowYears, "resolveFlowYears");
function resolveFlowYearsAlong(obs, along) {
  const lines = /* @__PURE__ */ new Map();
  for (const o of obs) {
    const list = lines.get(o[along]);
    if (list) list.push(o);
    else lines.set(o[along], [o]);
  }
  for (const list of lines.values()) {
    if (along === "r" && !list.some((o) => o.item !== null && flowSign(o.item, o.label ?? "") !== null)) continue;
    const ends = list.filter((o) => o.item === "\u5E74\u5EA6\u672B" && o.fiscalYear !== null);
    const years = new Set(ends.map((o) => o.fiscalYear));
    if (years.size < 2) continue;
    const last = Math.max(...years);
    for (const o of ends) if (o.fiscalYear < last) o.item = "\u5E74\u5EA6\u5F53\u521D";
    for (const o of list) if (o.derived !== "ratio") o.fiscalYear = last;
  }
}
__name(resolveFlowYearsAlong, "resolveFlowYearsAlong");
function flowCollections(obs) {
  if (!obs.some((o) => o.item === "\u5E74\u5EA6\u5F53\u521D" || o.item === "\u5E74\u5EA6\u672B")) return;
  for (const o of obs) if (o.item === "\u53CE\u5165\u6E08\u984D") o.item = "\u56DE\u53CE\u984D";
}
__name(flowCollections, "flowCollections");
function divisionsFromSubtotals(obs) {
  const byColumn = /* @__PURE__ */ new Map();
  for (const o of obs) byColumn.set(o.c, [...byColumn.get(o.c) ?? [], o]);
  for (const list of byColumn.values()) {
    list.sort((a, b) => a.r - b.r);
    let start = 0;
    list.forEach((o, i2) => {
      if (o.derived !== "total" && !(o.derived === "delta" && totalRow(obs, o.r))) return;
      if (o.division && o.division !== "\u5168\u4F53") for (let k = start; k < i2; k++) list[k].division ??= o.division;
      start = i2 + 1;
    });
  }
}
__name(divisionsFromSubtotals, "divisionsFromSubtotals");
function totalRow(obs, r) {
  return obs.some((o) => o.r === r && o.derived === "total");
}
__name(totalRow, "totalRow");
function footnoteDivision(g, bottom) {
  for (let r = bottom + 1; r <= Math.min(g.rowCount - 1, bottom + 2); r++) {
    const cols = g.nonEmptyColumns(r);
    if (!cols.length || !isFootnote(g.text(r, cols[0]))) continue;
    const t = g.text(r, cols[0]);
    if (/現年.{0,6}(及び|と|・).{0,4}滞納繰越/.test(t)) return "\u5168\u4F53";
    if (/現年課税分|現年度分/.test(t) && !/滞納繰越/.test(t)) return "\u73FE\u5E74\u5EA6\u5206";
    if (/滞納繰越分/.test(t) && !/現年/.test(t)) return "\u6EDE\u7D0D\u7E70\u8D8A\u5206";
  }
  return null;
}
__name(footnoteDivision, "footnoteDivision");
function supersededRows(obs, unlabelled) {
  const rows = /* @__PURE__ */ new Map();
  for (const o of obs) rows.set(o.r, [...rows.get(o.r) ?? [], o]);
  for (const [r, list] of rows) {
    if (!list.every((o) => o.note === "\u62EC\u5F27\u66F8\u304D\uFF08\u65E7\u76EE\u6A19\uFF09")) continue;
    const next = unlabelled.has(r) ? rows.get(r - 1) ?? rows.get(r + 1) : rows.get(r + 1) ?? rows.get(r - 1);
    if (!next) continue;
    for (const o of list) {
      const twin = next.find((x2) => x2.c === o.c);
      if (!twin) continue;
      o.division ??= twin.division;
      o.debt ??= twin.debt;
      if (o.item === null || o.item === "\u91D1\u984D") o.item = twin.item;
    }
  }
}
__name(supersededRows, "supersededRows");
function inferSubtotals(obs) {
  const rows = /* @__PURE__ */ new Map();
  for (const o of obs) {
    let m = rows.get(o.r);
    if (!m) rows.set(o.r, m = /* @__PURE__ */ new Map());
    m.set(o.c, o);
  }
  const order = [...rows.keys()].sort((a, b) => a - b);
  const plain = /* @__PURE__ */ __name((r) => [...rows.get(r).values()].every((o) => o.derived === null && !o.part && !isRateItem(o.item)), "plain");
  const covered = /* @__PURE__ */ new Map();
  for (let i2 = order.length - 3; i2 >= 0; i2--) {
    const top = rows.get(order[i2]);
    if (!plain(order[i2]) || top.size < 2) continue;
    for (let k = i2 + 1, sums = /* @__PURE__ */ new Map(), n = 0; k < order.length; ) {
      const r = order[k];
      if (!plain(r) && !covered.has(r) || [...rows.get(r).values()].some((o) => o.item !== [...top.values()][0].item)) break;
      for (const [c, o] of rows.get(r)) sums.set(c, (sums.get(c) ?? 0) + o.value);
      n++;
      const next = covered.get(r) ?? k + 1;
      if (n >= 2 && [...top].every(([c, o]) => Math.abs((sums.get(c) ?? NaN) - o.value) <= 0.5 * 10 ** -(o.decimals ?? 0) * Math.ceil(Math.sqrt(n)) + 1e-9)) {
        for (const o of top.values()) {
          o.derived = "total";
          o.debt = null;
          o.sumsBelow = true;
          o.totalOf = "rows";
        }
        covered.set(order[i2], next);
        break;
      }
      k = next;
    }
  }
}
__name(inferSubtotals, "inferSubtotals");
function pathTotals(obs, rowTexts) {
  const figured = new Set(obs.map((o) => o.r));
  const rows = [...rowTexts].filter(([, parts]) => parts.length > 0).map(([r, parts]) => ({ r, path: parts.slice(0, -1), leafText: parts[parts.length - 1], leaf: parseLabel(parts[parts.length - 1]) }));
  const key = /* @__PURE__ */ __name((p) => p.join(""), "key");
  const totalPath = /* @__PURE__ */ __name((p) => p.some((x2) => parseLabel(x2).total), "totalPath");
  const members = /* @__PURE__ */ new Map();
  for (const x2 of rows) {
    if (!x2.leaf.total || x2.path.length === 0 || totalPath(x2.path)) continue;
    const ms = rows.filter((y) => y.r !== x2.r && figured.has(y.r) && !y.leaf.total && key(y.path) === key(x2.path)).map((y) => y.r);
    if (ms.length) members.set(x2.r, ms);
  }
  const withFigures = rows.filter((x2) => figured.has(x2.r));
  const divisionLeaves = withFigures.length > 0 && withFigures.every((x2) => x2.leaf.division !== null || x2.leaf.total) && withFigures.some((x2) => x2.path.length > 0);
  if (divisionLeaves) {
    for (const x2 of rows) {
      if (members.has(x2.r) || !figured.has(x2.r)) continue;
      let ms;
      if (x2.path.length > 0 && totalPath(x2.path)) {
        ms = withFigures.filter((y) => y.path.length === 1 && !totalPath(y.path) && y.leafText === x2.leafText).map((y) => y.r);
      } else {
        ms = withFigures.filter((y) => y.path.length === x2.path.length + 1 && key(y.path.slice(0, -1)) === key(x2.path) && y.leafText === x2.leafText).map((y) => y.r);
      }
      if (ms.length) members.set(x2.r, ms);
    }
  }
  for (const o of obs) {
    const ms = members.get(o.r);
    if (!ms || o.derived === "delta" || o.derived === "ratio" || o.item === "\u6BD4\u7387") continue;
    o.derived = "total";
    o.totalOf = "rows";
    o.members = ms;
    if (divisionLeaves) o.division ??= "\u5168\u4F53";
  }
}
__name(pathTotals, "pathTotals");

// src/core/recognize/handoff.ts
function headerLeftInRows(t) {
  const first = t.rows[0];
  if (!first || first.debt !== null || first.department !== null) return false;
  const cols = t.columns.filter((c) => c.role === "value" || c.role === "delta");
  if (cols.length < 2 || cols.some((c) => first.values[c.column] !== null)) return false;
  return cols.every((c) => {
    const text2 = first.texts[c.column];
    return text2 !== void 0 && itemOf(compact(text2)) !== null;
  });
}
__name(headerLeftInRows, "headerLeftInRows");
function rowsCarryKinds(t) {
  const values = t.columns.filter((c) => c.role === "value");
  if (values.length === 0 || values.some((c) => c.kind !== null)) return false;
  return t.rows.some((r) => !r.total && r.debt !== null && parseLabel(compact(r.debt)).kind !== null);
}
__name(rowsCarryKinds, "rowsCarryKinds");
function parenthesizedRow(g, t) {
  const cols = t.columns.filter((c) => c.role === "value");
  return t.rows.some((row2) => {
    const r = row2.row - 1;
    let n = 0;
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k];
      const v = g.cell(r, c.c)?.value;
      if (v === null || v === void 0 || v === "") continue;
      if (typeof v !== "string" || !PARENTHESIZED2.test(g.text(r, c.c))) return false;
      n++;
    }
    return n >= 2;
  });
}
__name(parenthesizedRow, "parenthesizedRow");
var PARENTHESIZED2 = /^\([^()]*\d[^()]*\)$/;

// src/core/recognize/index.ts
init_findings();
function eachRecognizedSheet(source, mappings, each) {
  const generated = new Set(Object.entries(source.names ?? {}).filter(([n]) => n.startsWith("_saiken_gen_")).map(([, v]) => v.slice(0, v.lastIndexOf("|"))));
  for (let i2 = 0; i2 < source.sheets.length; i2++) {
    const sheet = source.sheets[i2];
    if (sheet.hidden || generated.has(sheet.name) || isChangeLogName(sheet.name)) continue;
    recognizeAt(source, i2, mappings, each);
    source.release?.();
  }
}
__name(eachRecognizedSheet, "eachRecognizedSheet");
function recognizeAt(source, index, mappings, each) {
  each(recognizedSheet(source.read(index), mappings));
}
__name(recognizeAt, "recognizeAt");
function recognizedSheet(sheet, mappings) {
  return { sheet, ...recognizeSheet(sheet, mappings.filter((m) => m.sheet === sheet.name)) };
}
__name(recognizedSheet, "recognizedSheet");
var PLAN_WORDS = /収納率|徴収率|収入未済額|調定額|債権名/;
function recognizeSheet(sheet, mappings = []) {
  const g = new SheetGrid(sheet);
  const found = [];
  const findings = [];
  let floor = 0;
  let firstRejection = null;
  for (let r = 0; r < g.rowCount; r++) {
    if (!isAnchor(g, r)) continue;
    const attempts = readTablesAt(g, r, floor, mappings);
    const read2 = attempts.filter((a) => a.table);
    if (read2.length) {
      for (const a of read2) found.push(a.table);
      r = Math.max(...read2.map((a) => a.end));
      floor = r + 1;
    } else if (!firstRejection && rowHasPlanWords(g, r)) {
      firstRejection = attempts.find((a) => a.rejected)?.rejected ?? null;
    }
  }
  const rowTables = found.filter((t) => !rowsAreItems(t) && !rowsAreYears(t) && !headerLeftInRows(t) && !rowsCarryKinds(t) && !parenthesizedRow(g, t) && hasPlanEvidence(t));
  const matrices = readMatrices(g, claimsOf(rowTables.map((t) => t.area)));
  const tables = matrices.length ? [...rowTables, ...matrices].sort((a, b) => a.area.top - b.area.top || a.area.left - b.area.left) : rowTables;
  if (tables.length === 0) {
    const hint = firstRejection ?? planWordCell(g);
    if (hint) {
      const reason = REJECT_REASONS[hint.reason];
      findings.push({
        code: "table-not-recognized",
        severity: "warning",
        sheet: sheet.name,
        cell: hint.cell,
        ...findingMessage("table-not-recognized", { reason: reason.ja, reasonEn: reason.en })
      });
    }
  }
  return { tables, findings };
}
__name(recognizeSheet, "recognizeSheet");
var JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
var RECEIVABLE_WORDS = /収納|徴収|収入|未済|未収|滞納|調定|欠損|債権|区分|所管|納付|返還|回収|税|料/;
function hasPlanEvidence(t) {
  const texts = [t.title ?? "", ...t.columns.map((c) => c.header)];
  if (!texts.some((x2) => JAPANESE.test(x2)) && !t.rows.some((r) => JAPANESE.test(r.debt ?? "") || JAPANESE.test(r.department ?? ""))) return false;
  if (texts.some((x2) => RECEIVABLE_WORDS.test(compact(x2)))) return true;
  return t.rows.some((r) => r.department !== null || r.classification !== null || DEBT_NAME.test(compact(r.debt ?? "")));
}
__name(hasPlanEvidence, "hasPlanEvidence");
var rowsAreYears = /* @__PURE__ */ __name((t) => mostNamedRows(t, 3, (debt) => YEAR_ALONE.test(debt)), "rowsAreYears");
var YEAR_ALONE = /^(?:(?:昭和|平成|令和|[SHR])\.?(?:元|\d{1,2})|(?:FY)?(?:19|20)\d{2}|元|\d{1,2})(?:年度|年)?$/i;
var rowsAreItems = /* @__PURE__ */ __name((t) => mostNamedRows(t, 2, (debt) => {
  const l = parseLabel(debt);
  return l.item !== null && l.item !== "\u53CE\u7D0D\u7387" && l.name === null;
}), "rowsAreItems");
function mostNamedRows(t, least, is) {
  let named = 0;
  let hits = 0;
  for (let i2 = 0; i2 < t.rows.length; i2++) {
    const r = t.rows[i2];
    if (r.total || r.debt === null) continue;
    named++;
    if (is(compact(r.debt))) hits++;
  }
  return named >= least && hits * 2 > named;
}
__name(mostNamedRows, "mostNamedRows");
function rowHasPlanWords(g, r) {
  return g.nonEmptyColumns(r).some((c) => PLAN_WORDS.test(g.text(r, c)) || /債権/.test(g.text(r, c)));
}
__name(rowHasPlanWords, "rowHasPlanWords");
function planWordCell(g) {
  let numbers = 0;
  for (let r = 0; r < g.rowCount && numbers < 5; r++) for (const c of g.nonEmptyColumns(r)) if (g.number(r, c).kind === "number") numbers++;
  if (numbers < 5) return null;
  for (let r = 0; r < g.rowCount; r++) {
    for (const c of g.nonEmptyColumns(r)) {
      const t = g.text(r, c);
      if (t.length <= 20 && PLAN_WORDS.test(t)) return { cell: a1(r, c), reason: "no-header" };
    }
  }
  return null;
}
__name(planWordCell, "planWordCell");

// src/core/validate/era-year.ts
init_findings();
var eraYearMismatch = /* @__PURE__ */ __name((table) => {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const col of table.columns) {
    const p = col.yearPair;
    if (!p || seen.has(p.cell)) continue;
    seen.add(p.cell);
    out.push({
      code: "era-year-mismatch",
      severity: "warning",
      sheet: table.sheet,
      cell: p.cell,
      ...findingMessage("era-year-mismatch", { era: p.era, eraYear: p.eraYear, western: p.western }),
      expected: p.eraYear,
      actual: p.western
    });
  }
  return out;
}, "eraYearMismatch");

// src/core/validate/context.ts
init_findings();
function finding(table, code, severity, cell, params, values = {}) {
  const finite = /* @__PURE__ */ __name((v) => typeof v === "number" && !Number.isFinite(v) ? null : v, "finite");
  const out = { code, severity, sheet: table.sheet, cell, ...findingMessage(code, params) };
  if (values.expected !== void 0) out.expected = finite(values.expected);
  if (values.actual !== void 0) out.actual = finite(values.actual);
  return out;
}
__name(finding, "finding");
var cellOf = /* @__PURE__ */ __name((row2, column) => `${column}${row2.row}`, "cellOf");
function halfUnit(decimals) {
  if (decimals === null || decimals === void 0) return 1e-9;
  return (HALF_UNITS[decimals] ?? 0.5 * 10 ** -decimals) + 1e-9;
}
__name(halfUnit, "halfUnit");
var HALF_UNITS = Array.from({ length: 11 }, (_, d) => 0.5 * 10 ** -d);
var POWERS = Array.from({ length: 11 }, (_, d) => 10 ** d);
function hidesPrecision(value, decimals) {
  if (decimals === null || decimals === void 0) return false;
  if (Number.isInteger(value)) return false;
  const f = POWERS[decimals] ?? 10 ** decimals;
  return Math.abs(Math.round(value * f) / f - value) > 1e-9;
}
__name(hidesPrecision, "hidesPrecision");
function tolerance(row2, stated, operands) {
  let tol = halfUnit(row2.decimals[stated]);
  for (const c of operands) {
    const v = row2.values[c];
    if (v !== null && v !== void 0 && !Number.isInteger(v) && hidesPrecision(v, row2.decimals[c])) tol += halfUnit(row2.decimals[c]);
  }
  return tol;
}
__name(tolerance, "tolerance");
function shown(value, decimals) {
  const f = 10 ** (decimals ?? 10);
  return Math.round(value * f) / f;
}
__name(shown, "shown");
var isRateColumn = /* @__PURE__ */ __name((table, col) => col.item === "\u53CE\u7D0D\u7387" || col.item === null && table.measure === "rate", "isRateColumn");
var isAmountColumn = /* @__PURE__ */ __name((table, col) => col.item !== null && col.item !== "\u53CE\u7D0D\u7387" || col.item === null && table.measure === "amount", "isAmountColumn");
var valueColumns = /* @__PURE__ */ __name((table) => table.columns.filter((c) => c.role === "value"), "valueColumns");
var deltaColumns = /* @__PURE__ */ __name((table) => table.columns.filter((c) => c.role === "delta"), "deltaColumns");
var figureCache = /* @__PURE__ */ new WeakMap();
function figures(table, column) {
  let byColumn = figureCache.get(table);
  if (!byColumn) figureCache.set(table, byColumn = figuresOfFigureColumns(table));
  let out = byColumn.get(column);
  if (!out) {
    out = new Array(table.rows.length);
    for (let i2 = 0; i2 < table.rows.length; i2++) out[i2] = table.rows[i2].values[column] ?? null;
    byColumn.set(column, out);
  }
  return out;
}
__name(figures, "figures");
function figuresOfFigureColumns(table) {
  const byColumn = /* @__PURE__ */ new Map();
  const names = [];
  const lists = [];
  for (const c of table.columns) {
    if (c.role !== "value" && c.role !== "delta" || byColumn.has(c.column)) continue;
    const list = new Array(table.rows.length);
    byColumn.set(c.column, list);
    names.push(c.column);
    lists.push(list);
  }
  for (let i2 = 0; i2 < table.rows.length; i2++) {
    const values = table.rows[i2].values;
    for (let k = 0; k < names.length; k++) lists[k][i2] = values[names[k]] ?? null;
  }
  return byColumn;
}
__name(figuresOfFigureColumns, "figuresOfFigureColumns");
function forgetFigures(table) {
  figureCache.delete(table);
}
__name(forgetFigures, "forgetFigures");
function hasTexts(row2) {
  for (const _ in row2.texts) return true;
  return false;
}
__name(hasTexts, "hasTexts");

// src/core/validate/values.ts
var notANumber = /* @__PURE__ */ __name((table) => {
  const out = [];
  const cols = [...valueColumns(table), ...deltaColumns(table)].sort((a, b) => a.c - b.c);
  for (let i2 = 0; i2 < table.rows.length; i2++) {
    const row2 = table.rows[i2];
    if (!hasTexts(row2)) continue;
    for (const col of cols) {
      const text2 = row2.texts[col.column];
      if (text2 === void 0) continue;
      if (col.role === "delta" && [col.minuendColumn, col.subtrahendColumn].some((k) => k && row2.values[k] === null && row2.texts[k] === void 0)) continue;
      if (/^#[A-Z0-9/!?_]+[!?A]$/i.test(text2.trim())) {
        out.push(finding(table, "excel-error", "warning", cellOf(row2, col.column), { text: text2 }, { actual: text2 }));
      } else {
        out.push(finding(table, "not-a-number", "error", cellOf(row2, col.column), { text: text2, header: col.header }, { actual: text2 }));
      }
    }
  }
  return out;
}, "notANumber");
var numberAsText = /* @__PURE__ */ __name((table) => (table.textFigures ?? []).map(({ cell, text: text2 }) => finding(table, "number-as-text", "warning", cell, { text: text2 }, { actual: text2 })), "numberAsText");
var rateOutOfRange = /* @__PURE__ */ __name((table) => {
  const out = [];
  for (const col of valueColumns(table).filter((c) => isRateColumn(table, c))) {
    const vs = figures(table, col.column);
    for (let i2 = 0; i2 < vs.length; i2++) {
      const v = vs[i2];
      if (v === null || v >= 0 && v <= 100) continue;
      out.push(finding(table, "rate-out-of-range", "error", cellOf(table.rows[i2], col.column), { value: v }, { expected: v < 0 ? 0 : 100, actual: v }));
    }
  }
  return out;
}, "rateOutOfRange");
var negativeAmount = /* @__PURE__ */ __name((table) => {
  const out = [];
  for (const col of valueColumns(table).filter((c) => isAmountColumn(table, c))) {
    const vs = figures(table, col.column);
    for (let i2 = 0; i2 < vs.length; i2++) {
      const v = vs[i2];
      if (v === null || v >= 0) continue;
      out.push(finding(table, "negative-amount", "error", cellOf(table.rows[i2], col.column), { value: v, item: col.item ?? "\u91D1\u984D" }, { actual: v }));
    }
  }
  return out;
}, "negativeAmount");

// src/core/validate/delta.ts
var deltaRules = /* @__PURE__ */ __name((table, ctx) => {
  const out = [];
  for (const col of deltaColumns(table)) {
    const { minuendColumn: m, subtrahendColumn: s } = col;
    if (!m || !s) continue;
    const operands = [m, s];
    const [ds, as, bs] = [figures(table, col.column), figures(table, m), figures(table, s)];
    for (let i2 = 0; i2 < ds.length; i2++) {
      const d = ds[i2];
      if (d === null) continue;
      const row2 = table.rows[i2];
      const a = as[i2];
      const b = bs[i2];
      const blank = a === null || b === null;
      if (blank && !ctx.settings.blankAsZero) {
        const which = a === null ? cellOf(row2, m) : cellOf(row2, s);
        out.push(finding(table, "delta-blank-operand", "warning", cellOf(row2, col.column), { operand: which, minuend: col.minuend ?? m, subtrahend: col.subtrahend ?? s }, { actual: d }));
        continue;
      }
      const expected = (a ?? 0) - (b ?? 0);
      if (d !== expected && Math.abs(d - expected) > tolerance(row2, col.column, operands)) {
        const exp = shown(expected, row2.decimals[col.column]);
        out.push(
          finding(table, "delta-mismatch", "error", cellOf(row2, col.column), { expected: exp, actual: d, formula: `${cellOf(row2, m)}-${cellOf(row2, s)}` }, { expected: exp, actual: d })
        );
      }
    }
  }
  return out;
}, "deltaRules");

// src/core/table-structure.ts
function totalBlocks(table) {
  const blocks = [];
  table.rows.forEach((row2, i2) => {
    if (!row2.total) return;
    const last = blocks[blocks.length - 1];
    if (last && last.end === i2 - 1 && compact(last.rows[0].debt ?? "") === compact(row2.debt ?? "")) {
      last.rows.push(row2);
      last.end = i2;
    } else {
      blocks.push({ rows: [row2], sub: /小計/.test(row2.debt ?? ""), start: i2, end: i2 });
    }
  });
  return blocks;
}
__name(totalBlocks, "totalBlocks");
function itemsOf(table, blocks, k) {
  const block = blocks[k];
  const prevEnd = k > 0 ? blocks[k - 1].end : -1;
  if (block.sub) return table.rows.slice(prevEnd + 1, block.start).filter((r) => !r.total);
  const earlier = blocks.slice(0, k);
  const lastGrand = earlier.filter((b) => !b.sub).pop();
  const subsSince = earlier.filter((b) => b.sub && (!lastGrand || b.start > lastGrand.end));
  if (subsSince.length) return subsSince.flatMap((b) => b.rows);
  const before = table.rows.slice((lastGrand?.end ?? -1) + 1, block.start).filter((r) => !r.total);
  if (before.length) return before;
  const next = blocks[k + 1]?.start ?? table.rows.length;
  return table.rows.slice(block.end + 1, next).filter((r) => !r.total);
}
__name(itemsOf, "itemsOf");
function totalGroups(table) {
  const blocks = totalBlocks(table);
  return blocks.flatMap((block, k) => {
    const items = itemsOf(table, blocks, k);
    const hasOverall = items.some((x2) => x2.division === "\u5168\u4F53");
    return block.rows.map((total) => ({
      total,
      items: total.division ? items.filter((r) => r.division === total.division) : items.filter((r) => r.division === null || r.division === "\u5168\u4F53" || !hasOverall)
    }));
  });
}
__name(totalGroups, "totalGroups");
function ledgerGroups(table) {
  const groups = /* @__PURE__ */ new Map();
  for (const c of table.columns) {
    if (c.role !== "value" || !c.item) continue;
    const key = `${c.fiscalYear}|${c.kind}`;
    let g = groups.get(key);
    if (!g) groups.set(key, g = /* @__PURE__ */ new Map());
    if (!g.has(c.item)) g.set(c.item, c);
  }
  return [...groups.values()];
}
__name(ledgerGroups, "ledgerGroups");

// src/core/validate/totals.ts
var totalMismatch = /* @__PURE__ */ __name((table) => {
  const out = [];
  const cols = valueColumns(table).filter((c) => isAmountColumn(table, c));
  if (cols.length === 0) return out;
  const sums = new Array(cols.length);
  const counts = new Array(cols.length);
  const hidden = new Array(cols.length);
  for (const { total, items: group } of totalGroups(table)) {
    sums.fill(0);
    counts.fill(0);
    hidden.fill(false);
    const at2 = placesIn(table.rows, group);
    if (at2) {
      for (let k = 0; k < cols.length; k++) {
        const list = figures(table, cols[k].column);
        for (let i2 = 0; i2 < at2.length; i2++) {
          const v = list[at2[i2]];
          if (v === null) continue;
          sums[k] += v;
          counts[k]++;
          if (!hidden[k] && !Number.isInteger(v) && hidesPrecision(v, group[i2].decimals[cols[k].column])) hidden[k] = true;
        }
      }
    } else {
      for (let i2 = 0; i2 < group.length; i2++) {
        const values = group[i2].values;
        for (let k = 0; k < cols.length; k++) {
          const v = values[cols[k].column];
          if (v === null || v === void 0) continue;
          sums[k] += v;
          counts[k]++;
          if (!hidden[k] && !Number.isInteger(v) && hidesPrecision(v, group[i2].decimals[cols[k].column])) hidden[k] = true;
        }
      }
    }
    for (let k = 0; k < cols.length; k++) {
      const col = cols[k];
      const stated = total.values[col.column];
      if (stated === null || stated === void 0) continue;
      const sum2 = sums[k];
      const figures2 = counts[k];
      if (figures2 === 0) continue;
      let tol = halfUnit(total.decimals[col.column]);
      if (table.unit === "\u5343\u5186" || table.unit === "\u767E\u4E07\u5186") tol += Math.ceil(Math.sqrt(figures2)) * halfUnit(total.decimals[col.column]);
      if (hidden[k]) tol = hiddenHalves(group, col, tol);
      if (Math.abs(sum2 - stated) > tol) {
        const expected = shown(sum2, total.decimals[col.column]);
        const first = group[0]?.row;
        const last = group[group.length - 1]?.row;
        out.push(
          finding(table, "total-mismatch", "error", cellOf(total, col.column), { expected, actual: stated, range: `${col.column}${first}:${col.column}${last}` }, { expected, actual: stated })
        );
      }
    }
  }
  return out;
}, "totalMismatch");
function placesIn(rows, group) {
  const at2 = new Int32Array(group.length);
  let j = 0;
  for (let i2 = 0; i2 < group.length; i2++) {
    while (j < rows.length && rows[j] !== group[i2]) j++;
    if (j === rows.length) return null;
    at2[i2] = j++;
  }
  return at2;
}
__name(placesIn, "placesIn");
function hiddenHalves(group, col, tol) {
  for (let i2 = 0; i2 < group.length; i2++) {
    const r = group[i2];
    const v = r.values[col.column];
    if (v !== null && v !== void 0 && !Number.isInteger(v) && hidesPrecision(v, r.decimals[col.column])) tol += halfUnit(r.decimals[col.column]);
  }
  return tol;
}
__name(hiddenHalves, "hiddenHalves");

// src/core/validate/ledger.ts
var num = /* @__PURE__ */ __name((row2, col) => col ? row2.values[col.column] : void 0, "num");
var ledgerIdentity = /* @__PURE__ */ __name((table) => {
  const out = [];
  for (const g of ledgerGroups(table)) {
    const [A, E, K, U, R] = ["\u8ABF\u5B9A\u984D", "\u53CE\u5165\u6E08\u984D", "\u4E0D\u7D0D\u6B20\u640D\u984D", "\u53CE\u5165\u672A\u6E08\u984D", "\u9084\u4ED8\u672A\u6E08\u984D"].map((i2) => g.get(i2));
    if (!A || !E || !U) continue;
    const operands = [A, E, K, R].filter((c) => !!c).map((c) => c.column);
    for (let i2 = 0; i2 < table.rows.length; i2++) {
      const row2 = table.rows[i2];
      const a = num(row2, A);
      const e = num(row2, E);
      const u = num(row2, U);
      if (a == null || e == null || u == null) continue;
      const expected = a - e - (num(row2, K) ?? 0) + (num(row2, R) ?? 0);
      if (u !== expected && Math.abs(u - expected) > tolerance(row2, U.column, operands)) {
        const exp = shown(expected, row2.decimals[U.column]);
        out.push(finding(table, "ledger-identity", "error", cellOf(row2, U.column), { expected: exp, actual: u }, { expected: exp, actual: u }));
      }
    }
  }
  return out;
}, "ledgerIdentity");
var rateMismatch = /* @__PURE__ */ __name((table) => {
  const out = [];
  for (const g of ledgerGroups(table)) {
    const [A, E, K, P2] = ["\u8ABF\u5B9A\u984D", "\u53CE\u5165\u6E08\u984D", "\u4E0D\u7D0D\u6B20\u640D\u984D", "\u53CE\u7D0D\u7387"].map((i2) => g.get(i2));
    if (!A || !E || !P2) continue;
    for (let i2 = 0; i2 < table.rows.length; i2++) {
      const row2 = table.rows[i2];
      const a = num(row2, A);
      const e = num(row2, E);
      const p = num(row2, P2);
      if (a == null || e == null || p == null || a === 0) continue;
      const d = row2.decimals[P2.column];
      const tol = halfUnit(d);
      const rate = e / a * 100;
      const k = num(row2, K) ?? 0;
      const variants = [rate, a - k > 0 ? e / (a - k) * 100 : rate];
      const f = 10 ** (d ?? 10);
      const ok = variants.some((v) => Math.abs(p - v) <= tol || Math.abs(p - Math.floor(v * f + 1e-9) / f) <= 1e-9);
      if (!ok) {
        const exp = shown(rate, Math.max(d ?? 1, 1));
        out.push(finding(table, "rate-mismatch", "error", cellOf(row2, P2.column), { expected: exp, actual: p, paid: e, charged: a }, { expected: exp, actual: p }));
      }
    }
  }
  return out;
}, "rateMismatch");

// src/core/validate/row-keys.ts
var RowKeys = class {
  static {
    __name(this, "RowKeys");
  }
  /** By department, then debt (names without a `|` only): the third parts met, as a short chain (a debt has one to three). */
  nested = /* @__PURE__ */ new Map();
  joined = null;
  /**
   * The value kept under the key, or, when there is none, `value` kept under it and undefined.
   * A name is looked for a `|` only when the maps do not know it yet.
   */
  firstOr(department, debt, third, value) {
    let byDebt = this.nested.get(department);
    if (!byDebt) {
      if (department.includes("|")) return this.joinedFirstOr(department, debt, third, value);
      this.nested.set(department, byDebt = /* @__PURE__ */ new Map());
    }
    const chain = byDebt.get(debt);
    if (!chain && debt.includes("|")) return this.joinedFirstOr(department, debt, third, value);
    for (let t = chain; t; t = t.next) if (t.third === third) return t.value;
    byDebt.set(debt, { third, value, next: chain ?? null });
    return void 0;
  }
  joinedFirstOr(department, debt, third, value) {
    const key = `${department}|${debt}|${third}`;
    const joined2 = this.joined ??= /* @__PURE__ */ new Map();
    const known = joined2.get(key);
    if (known !== void 0 || joined2.has(key)) return known;
    joined2.set(key, value);
    return void 0;
  }
};

// src/core/validate/rows.ts
var duplicateDebt = /* @__PURE__ */ __name((table) => {
  const out = [];
  const debtCol = table.columns.find((c) => c.role === "debt");
  if (!debtCol) return out;
  const seen = new RowKeys();
  for (let i2 = 0; i2 < table.rows.length; i2++) {
    const row2 = table.rows[i2];
    if (row2.total || !row2.debt) continue;
    const dept = compact(row2.department ?? "");
    const debt = compact(row2.debt);
    const division = row2.division ?? "";
    const first = seen.firstOr(dept, debt, division, row2);
    if (first) out.push(finding(table, "duplicate-debt", "warning", cellOf(row2, debtCol.column), { debt: row2.debt, first: cellOf(first, debtCol.column) }));
  }
  return out;
}, "duplicateDebt");
function yearSequences(table) {
  const groups = /* @__PURE__ */ new Map();
  for (const c of valueColumns(table)) {
    if (c.fiscalYear === null) continue;
    const key = `${c.kind}|${c.item}`;
    groups.set(key, [...groups.get(key) ?? [], c]);
  }
  return [...groups.values()].map((cols) => cols.sort((a, b) => a.fiscalYear - b.fiscalYear || a.c - b.c)).filter((cols) => cols.length > 1);
}
__name(yearSequences, "yearSequences");
var missingValue = /* @__PURE__ */ __name((table) => {
  const out = [];
  for (const seq of yearSequences(table)) {
    const columns = seq.map((c) => figures(table, c.column));
    for (let r = 0; r < table.rows.length; r++) {
      const row2 = table.rows[r];
      let firstFilled = -1;
      let lastFilled = -1;
      for (let i2 = 0; i2 < seq.length; i2++) {
        if (columns[i2][r] === null) continue;
        if (firstFilled < 0) firstFilled = i2;
        lastFilled = i2;
      }
      for (let i2 = firstFilled + 1; i2 < lastFilled; i2++) {
        const col = seq[i2];
        if (columns[i2][r] !== null || row2.texts[col.column] !== void 0 || row2.dashes.includes(col.column)) continue;
        out.push(finding(table, "missing-value", "warning", cellOf(row2, col.column), { year: col.fiscalYear, header: col.header }));
      }
    }
  }
  return out;
}, "missingValue");
var divisionInconsistent = /* @__PURE__ */ __name((table) => {
  const out = [];
  const rateCols = valueColumns(table).filter((c) => isRateColumn(table, c));
  const byDebt = new RowKeys();
  const groups = [];
  for (let i2 = 0; i2 < table.rows.length; i2++) {
    const row2 = table.rows[i2];
    if (!row2.division || !row2.debt) continue;
    const dept = compact(row2.department ?? "");
    const debt = compact(row2.debt);
    const at2 = byDebt.firstOr(dept, debt, "", groups.length);
    if (at2 === void 0) groups.push([row2]);
    else groups[at2].push(row2);
  }
  for (const rows of groups) {
    const cur = rows.find((r) => r.division === "\u73FE\u5E74\u5EA6\u5206");
    const arr = rows.find((r) => r.division === "\u6EDE\u7D0D\u7E70\u8D8A\u5206");
    const all = rows.find((r) => r.division === "\u5168\u4F53");
    if (!cur || !arr || !all) continue;
    for (const col of rateCols) {
      const [c, a, w] = [cur, arr, all].map((r) => r.values[col.column]);
      if (c == null || a == null || w == null) continue;
      const tol = halfUnit(all.decimals[col.column]) + halfUnit(cur.decimals[col.column]);
      if (w < Math.min(c, a) - tol || w > Math.max(c, a) + tol) {
        out.push(finding(table, "division-inconsistent", "warning", cellOf(all, col.column), { value: w, current: c, arrears: a }, { actual: w }));
      }
    }
  }
  return out;
}, "divisionInconsistent");
var largeChange = /* @__PURE__ */ __name((table, ctx) => {
  const out = [];
  const { largeChangePoints, largeChangeRatio } = ctx.settings;
  const rows = table.rows;
  for (const seq of yearSequences(table)) {
    const rate = isRateColumn(table, seq[0]);
    const amount = isAmountColumn(table, seq[0]);
    if (!rate && !amount) continue;
    const columns = seq.map((c) => figures(table, c.column));
    let largest2 = 0;
    if (amount) {
      for (let r = 0; r < rows.length; r++) if (!rows[r].total) for (let k = 0; k < columns.length; k++) largest2 = Math.max(largest2, Math.abs(columns[k][r] ?? 0));
    }
    const floor = largest2 * 0.01;
    for (let r = 0; r < rows.length; r++) {
      const row2 = rows[r];
      if (row2.total) continue;
      let prev = -1;
      for (let i2 = 0; i2 < seq.length; i2++) {
        const v = columns[i2][r];
        if (v === null) continue;
        if (prev >= 0) {
          const p = columns[prev][r];
          const step = Math.abs(v - p);
          const big = rate ? step > largeChangePoints : p > 0 && step >= floor && step / p > largeChangeRatio;
          if (big) {
            const change = rate ? Math.round((v - p) * 10) / 10 : Math.round((v - p) / p * 1e3) / 10;
            const from = seq[prev];
            const col = seq[i2];
            out.push(finding(table, "large-change", "info", cellOf(row2, col.column), { from: p, to: v, fromYear: from.fiscalYear, toYear: col.fiscalYear, change, rate: rate ? 1 : 0 }, { actual: v }));
          }
        }
        prev = i2;
      }
    }
  }
  return out;
}, "largeChange");

// src/core/catalog/lookup.ts
init_model();
var OPEN = /[([{（［｛【〔〈《「『]/g;
var CLOSE = /[)\]}）］｝】〕〉》」』]/g;
var DASHES = /[\u2010-\u2015\u2212\uff0d]/g;
var DOTS = /[\u00b7\u2022\u2027\u30fb\uff65]/g;
var LIST_MARKER = /^\s*(?:\(\d{1,2}\)|（\d{1,2}）|\d{1,2}[.．、)）]|[\u2460-\u2473]|[ア-ンｱ-ﾝ](?=[\s.．、])|[・●○◆■□◇▼▽◎]+)\s*[.．、]?\s*/;
var FOOTNOTE_MARK = /(?:※\d*|\*\d*|注\d+)$/;
function normalizeName(s) {
  return nfkc(s).replace(/\s+/g, "").replace(OPEN, "(").replace(CLOSE, ")").replace(DASHES, "-").replace(DOTS, "\u30FB").toLowerCase();
}
__name(normalizeName, "normalizeName");
var TRAILING_PAREN = /\([^()]*\)$/;
var TRAILING_WORD = /(?:現年度分|現年分|現年課税分|現年度|滞納繰越分|滞繰分|過年度分|過年分|繰越分|全体|一部|等)$/;
function reductions(raw) {
  const first = normalizeName(raw.replace(LIST_MARKER, "")).replace(FOOTNOTE_MARK, "");
  const out = [first];
  let cur = first;
  for (let i2 = 0; i2 < 4; i2++) {
    const next = cur.replace(TRAILING_PAREN, "").replace(TRAILING_WORD, "");
    if (next === cur || next.length < 2) break;
    out.push(next);
    cur = next;
  }
  return out;
}
__name(reductions, "reductions");
var MUNICIPAL_END = /* @__PURE__ */ new Set(["\u5E02", "\u753A", "\u6751", "\u533A"]);
function withoutMunicipality(key) {
  const out = [];
  for (let i2 = 2; i2 <= Math.min(8, key.length - 2); i2++) if (MUNICIPAL_END.has(key[i2 - 1])) out.push(key.slice(i2));
  return out;
}
__name(withoutMunicipality, "withoutMunicipality");
var REWRITES = [
  // The owner word names who runs the housing or facility, not another debt: 区営 (特別区), 町営,
  // 村営, 県営/府営/都営/道営 住宅 are 公営住宅法 housing like 市営 and read the same (domain.md §1.1).
  { rule: "\u8A2D\u7F6E\u8005", re: /^(?:区営|町営|村営|県営|府営|都営|道営)/, to: "\u5E02\u55B6" },
  // The year of the 調定 (過年度/現年度/滞納繰越) splits a debt's figures, never its class; as a
  // trailing word it is already dropped, here it sits inside the name (児童扶養手当過年度返還金).
  { rule: "\u5E74\u5EA6\u533A\u5206", re: /(?:過年度分|現年度分|過年度|現年度|過年分|現年分|滞納繰越分|滞繰分)(?=.{2})/, to: "" },
  // 過誤払 (a benefit paid in error) is what the 返還金 of that benefit recovers: 児童手当過誤払,
  // 児童手当過誤払金 and 児童手当過誤払返還金 are all 児童手当返還金.
  { rule: "\u904E\u8AA4\u6255", re: /(?:過誤払い?|過払い?)(?:金|返還金|返納金)?$/, to: "\u8FD4\u9084\u91D1" },
  // 保育費負担金 is the 保育料 under its 児童福祉法56条 name (費用の徴収 as 負担金).
  { rule: "\u4FDD\u80B2\u8CBB\u8CA0\u62C5\u91D1", re: /保育費(?:負担金|徴収金)$/, to: "\u4FDD\u80B2\u6599" },
  // 育成料 / 育成費(負担金) is the 放課後児童健全育成事業 (児童福祉法6条の3第2項) fee under its
  // program's word 育成: the same 負担金.
  { rule: "\u80B2\u6210\u6599", re: /(?:育成費負担金|育成費|育成料)$/, to: "\u8CA0\u62C5\u91D1" },
  // The club is named after the program (放課後児童), the place (学童/児童クラブ) or the care
  // (学童保育): one 放課後児童健全育成事業, so one fee.
  { rule: "\u653E\u8AB2\u5F8C\u5150\u7AE5\u30AF\u30E9\u30D6", re: /^(?:放課後児童(?:会|クラブ)?|学童(?:クラブ|保育)?|児童クラブ)(?=負担金|利用料|保護者負担金)/, to: "\u653E\u8AB2\u5F8C\u5150\u7AE5\u30AF\u30E9\u30D6" },
  // 徴収金 after a charge names the collecting, not another debt: 学校給食費徴収金 is 学校給食費.
  { rule: "\u5FB4\u53CE\u91D1", re: /(費|料)徴収金$/, to: "$1" },
  // 貸与 and 貸付 are one loan contract (金銭消費貸借); its 返還金/償還金 is the loan repaid.
  { rule: "\u8CB8\u4E0E", re: /貸与金$/, to: "\u8CB8\u4ED8\u91D1" },
  { rule: "\u8CB8\u4ED8\u91D1\u8FD4\u9084\u91D1", re: /貸付金(?:返還金|償還金)$/, to: "\u8CB8\u4ED8\u91D1" },
  // Who may borrow (看護師等, 介護福祉士等) qualifies a 修学資金/奨学金, it does not make another loan.
  { rule: "\u8CB8\u4E0E\u5BFE\u8C61", re: /^[^等]{1,8}等(?=修学資金|奨学金|奨学資金)/, to: "" },
  // 資金等 lists kindred purposes of one loan (高額療養費資金等貸付金).
  { rule: "\u8CC7\u91D1\u7B49", re: /資金等(?=貸付金|償還金)/, to: "\u8CC7\u91D1" },
  // 各種 (various) groups debts of one kind: 各種貸付金 reads as 貸付金.
  { rule: "\u5404\u7A2E", re: /^各種(?=.{2})/, to: "" },
  // 普通財産 is what makes a 貸付料 a private contract (地方自治法238条の5): the catalog's 貸地料.
  { rule: "\u666E\u901A\u8CA1\u7523", re: /^普通財産の?(?=.{2})/, to: "" },
  // A 行政財産's 目的外使用 is a 使用許可 (238条の4第7項) and its charge a 225条 使用料, whatever the
  // list calls the thing used or the charge (…に係る土地貸付料).
  { rule: "\u884C\u653F\u8CA1\u7523\u76EE\u7684\u5916\u4F7F\u7528", re: /^行政財産の?目的外使用(?:に係る|に伴う|の).*料$/, to: "\u884C\u653F\u8CA1\u7523\u76EE\u7684\u5916\u4F7F\u7528\u6599" }
];
function rewritten(key) {
  let forms = [{ form: key, rules: [] }];
  for (const r of REWRITES) {
    const more = [];
    for (const f of forms) {
      const next = f.form.replace(r.re, r.to);
      if (next !== f.form && next.length >= 2 && !forms.some((g) => g.form === next)) more.push({ form: next, rules: [...f.rules, r.rule] });
    }
    forms = forms.concat(more);
  }
  return forms.slice(1);
}
__name(rewritten, "rewritten");
function bigrams(s) {
  const out = new Float64Array(Math.max(s.length - 1, 0));
  for (let i2 = 0; i2 < s.length - 1; i2++) out[i2] = s.charCodeAt(i2) * 65536 + s.charCodeAt(i2 + 1);
  return out.sort();
}
__name(bigrams, "bigrams");
function shared(a, b) {
  let i2 = 0;
  let j = 0;
  let common = 0;
  while (i2 < a.length && j < b.length) {
    if (a[i2] === b[j]) common++, i2++, j++;
    else if (a[i2] < b[j]) i2++;
    else j++;
  }
  return common;
}
__name(shared, "shared");
var row = { prev: new Int32Array(64), cur: new Int32Array(64) };
function levenshtein(a, b) {
  if (a === b) return 0;
  if (row.prev.length <= b.length) row.prev = new Int32Array(b.length * 2 + 1), row.cur = new Int32Array(b.length * 2 + 1);
  let prev = row.prev;
  let cur = row.cur;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i2 = 1; i2 <= a.length; i2++) {
    cur[0] = i2;
    const ca = a.charCodeAt(i2 - 1);
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
__name(levenshtein, "levenshtein");
function similarity(q, qb, k, floor) {
  const qn = Math.max(q.length - 1, 0);
  const kn = Math.max(k.key.length - 1, 0);
  if (qn + kn === 0) return q === k.key ? 1 : 0;
  const common = shared(qb, k.grams);
  const dice = 2 * common / (qn + kn);
  const longest = Math.max(q.length, k.key.length);
  const minEdits = Math.max(Math.abs(q.length - k.key.length), Math.ceil((qn - common) / 2), Math.ceil((kn - common) / 2));
  if ((dice + 1 - minEdits / longest) / 2 < floor) return 0;
  return (dice + 1 - levenshtein(q, k.key) / longest) / 2;
}
__name(similarity, "similarity");
var SUGGEST_MIN = 0.5;
var CONFIDENT_MIN = 0.75;
var CONFIDENT_GAP = 0.08;
var FAMILY_SUFFIX_MAX_FUZZY = 0.7;
var FAMILY_QUALIFIER_MAX = 8;
var CACHE_MAX = 5e3;
var P = "\u79C1\u50B5\u6A29";
var CLASS_SEPARATORS = /[・、,/]|及び|および|並びに|ならびに|又は|または/;
function acceptsClass(entry, cls) {
  const classes = typeof cls === "string" ? [cls] : cls;
  if (classes.includes(entry.class)) return "usual";
  if (entry.variants.some((v) => classes.includes(v.class))) return entry.splitByBasis ? "usual" : "variant";
  return "conflict";
}
__name(acceptsClass, "acceptsClass");
function variantOf(entry, cls) {
  return entry.variants.find((v) => v.class === cls);
}
__name(variantOf, "variantOf");
var MEASURE_TAIL = /(?:の)?(?:実施|強化|徹底|検討|活用|適用|推進|手続き|手続|申立て|申立)$/;
var MEASURE_SEPARATORS = /[、,，・/／;；\n]|及び|および|並びに|ならびに|又は|または/;
function splitMeasureWords(text2) {
  return text2.split(MEASURE_SEPARATORS).map((w) => w.replace(LIST_MARKER, "").trim()).filter((w) => w.length > 0);
}
__name(splitMeasureWords, "splitMeasureWords");
var OVERRIDE_SOURCE = "\u30D6\u30C3\u30AF\u5185\u306E\u4E0A\u66F8\u304D";
function defaultLimitation(cls) {
  return cls === P ? { years: 5, invocationRequired: true, basis: "\u6C11\u6CD5166\u67611\u9805; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09" } : { years: 5, invocationRequired: false, basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09" };
}
__name(defaultLimitation, "defaultLimitation");
function defined(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
__name(defined, "defined");
function applyOverride(base, o) {
  const { id: _id, name: _name, aliases, ...fields } = defined(o);
  const classChanged = o.class !== base.class;
  const names = [base.name, ...base.aliases];
  const merged = {
    ...base,
    ...fields,
    aliases: [.../* @__PURE__ */ new Set([...base.aliases, ...names.includes(o.name) ? [] : [o.name], ...aliases ?? []])],
    variants: (o.variants ?? base.variants).filter((v) => v.class !== o.class),
    // measures tailored to the old class do not carry over to a new one
    measures: o.measures ?? (classChanged ? void 0 : base.measures),
    unconfirmed: o.unconfirmed ?? (classChanged ? false : base.unconfirmed),
    sources: o.sources ?? [...base.sources.filter((s) => s !== OVERRIDE_SOURCE), OVERRIDE_SOURCE]
  };
  if (merged.measures === void 0) delete merged.measures;
  return merged;
}
__name(applyOverride, "applyOverride");
function newEntry(o, id) {
  return {
    id,
    name: o.name,
    aliases: o.aliases ?? [],
    ...o.family !== void 0 ? { family: o.family } : {},
    class: o.class,
    variants: (o.variants ?? []).filter((v) => v.class !== o.class),
    splitByBasis: o.splitByBasis ?? false,
    basis: o.basis ?? "",
    limitation: o.limitation ?? defaultLimitation(o.class),
    ...o.measures !== void 0 ? { measures: o.measures } : {},
    unconfirmed: o.unconfirmed ?? false,
    sources: o.sources && o.sources.length > 0 ? o.sources : [OVERRIDE_SOURCE],
    ...o.note !== void 0 ? { note: o.note } : {}
  };
}
__name(newEntry, "newEntry");
function mergeEntries(defaults, overrides) {
  const entries = defaults.map((e) => ({ ...e }));
  const byKey = /* @__PURE__ */ new Map();
  const index = /* @__PURE__ */ __name((e, i2) => {
    for (const n of [e.name, ...e.aliases]) if (!byKey.has(normalizeName(n))) byKey.set(normalizeName(n), i2);
  }, "index");
  entries.forEach(index);
  const ids = new Set(entries.map((e) => e.id));
  const touched = /* @__PURE__ */ new Set();
  let local = 0;
  for (const o of overrides) {
    const i2 = byKey.get(normalizeName(o.name));
    if (i2 !== void 0) {
      entries[i2] = applyOverride(entries[i2], o);
      touched.add(entries[i2].id);
      for (const n of [entries[i2].name, ...entries[i2].aliases]) byKey.set(normalizeName(n), i2);
    } else {
      let id = o.id && !ids.has(o.id) ? o.id : "";
      while (!id || ids.has(id)) id = `local-${++local}`;
      ids.add(id);
      const e = newEntry(o, id);
      entries.push(e);
      touched.add(id);
      for (const n of [e.name, ...e.aliases]) byKey.set(normalizeName(n), entries.length - 1);
    }
  }
  return { entries: [...entries.filter((e) => touched.has(e.id)), ...entries.filter((e) => !touched.has(e.id))], touched };
}
__name(mergeEntries, "mergeEntries");
function catalogOf(data, ov) {
  const { entries, touched } = mergeEntries(data.entries, ov?.entries ?? []);
  const raw = /* @__PURE__ */ new Map();
  const norm = /* @__PURE__ */ new Map();
  const collisions = [];
  const fuzzyKeys = [];
  entries.forEach((e, i2) => {
    const seen = /* @__PURE__ */ new Set();
    for (const n of [e.name, ...e.aliases]) {
      if (!raw.has(n.trim())) raw.set(n.trim(), i2);
      const k = normalizeName(n);
      const have = norm.get(k);
      if (have === void 0) norm.set(k, i2);
      else if (have !== i2 && !touched.has(entries[have].id)) collisions.push(`${k}: ${entries[have].name} / ${e.name}`);
      for (const r of reductions(n)) {
        if (seen.has(r)) continue;
        seen.add(r);
        fuzzyKeys.push({ key: r, grams: bigrams(r), entry: i2 });
      }
    }
  });
  const byId = new Map(entries.map((e) => [e.id, e]));
  const byName = new Map(entries.map((e) => [e.name, e]));
  const members = /* @__PURE__ */ new Map();
  entries.forEach((e) => {
    if (!e.family) return;
    const list = members.get(e.family) ?? [];
    for (const n of [e.name, ...e.aliases]) list.push(normalizeName(n));
    members.set(e.family, list);
  });
  for (const list of members.values()) list.sort((a, b) => b.length - a.length);
  const familySuffixes = Object.entries(data.familySuffixes ?? {});
  const measureKeys = /* @__PURE__ */ new Map();
  for (const [w, ids] of Object.entries(data.measureAliases)) measureKeys.set(normalizeName(w), ids);
  const cache = /* @__PURE__ */ new Map();
  function normalizedHit(forms) {
    for (const f of forms) {
      const i2 = norm.get(f);
      if (i2 !== void 0) return i2;
    }
    for (const f of forms)
      for (const g of withoutMunicipality(f)) {
        const i2 = norm.get(g);
        if (i2 !== void 0) return i2;
      }
    return void 0;
  }
  __name(normalizedHit, "normalizedHit");
  function rewrittenHit(forms) {
    for (const f of forms)
      for (const r of rewritten(f)) {
        const i2 = normalizedHit(reductions(r.form));
        if (i2 !== void 0) return { entry: entries[i2], rules: r.rules };
      }
    for (const f of forms) {
      const shared3 = sharedEnding(f);
      if (shared3) return { entry: shared3, rules: ["\u5171\u901A\u306E\u8A9E\u5C3E"] };
    }
    return void 0;
  }
  __name(rewrittenHit, "rewrittenHit");
  function sharedEnding(f) {
    const parts = f.split(CLASS_SEPARATORS).filter(Boolean);
    if (parts.length < 2) return void 0;
    const last = parts[parts.length - 1];
    const lastHit = normalizedHit(reductions(last));
    if (lastHit === void 0) return void 0;
    for (let k = 1; k <= last.length - 2; k++) {
      const tail = last.slice(k);
      if (parts.slice(0, -1).some((p) => p.endsWith(tail))) continue;
      const hits = parts.slice(0, -1).map((p) => normalizedHit(reductions(p + tail)));
      if (hits.some((h) => h === void 0)) continue;
      const found = [...hits, lastHit].map((i2) => entries[i2]);
      const sig = /* @__PURE__ */ __name((e) => [e.class, ...e.variants.map((v) => v.class).sort()].join(), "sig");
      return found.every((e) => sig(e) === sig(found[0])) ? found[0] : void 0;
    }
    return void 0;
  }
  __name(sharedEnding, "sharedEnding");
  function familyOf(forms) {
    for (const f of forms) {
      const parts = f.split(CLASS_SEPARATORS).filter(Boolean);
      if (parts.length > 1) {
        const fams = parts.map((p) => {
          const i2 = normalizedHit(reductions(p));
          return i2 === void 0 ? void 0 : entries[i2].family;
        });
        if (fams[0] && fams.every((x2) => x2 === fams[0])) return byName.get(fams[0]);
      }
      for (const [fam, keys] of members) {
        const k = keys.find((m) => f.startsWith(m) && f.length - m.length <= FAMILY_QUALIFIER_MAX);
        if (k) return byName.get(fam);
      }
    }
    return void 0;
  }
  __name(familyOf, "familyOf");
  const keysByGram = /* @__PURE__ */ new Map();
  fuzzyKeys.forEach((k, n) => {
    for (const g of new Set(k.grams)) {
      const list = keysByGram.get(g);
      if (list) list.push(n);
      else keysByGram.set(g, [n]);
    }
  });
  function fuzzy(q) {
    const qb = bigrams(q);
    const candidates = /* @__PURE__ */ new Set();
    for (const g of qb) for (const n of keysByGram.get(g) ?? []) candidates.add(n);
    const best = /* @__PURE__ */ new Map();
    for (const n of candidates) {
      const k = fuzzyKeys[n];
      const have = best.get(k.entry) ?? 0;
      const s = similarity(q, qb, k, Math.max(SUGGEST_MIN, have));
      if (s > have) best.set(k.entry, s);
    }
    return [...best].map(([entry, score]) => ({ entry, score })).sort((a, b) => b.score - a.score || a.entry - b.entry);
  }
  __name(fuzzy, "fuzzy");
  function uncachedLookup(name) {
    const exact = raw.get(name.trim());
    if (exact !== void 0) return { match: "exact", entry: entries[exact], suggestions: [] };
    const forms = reductions(name);
    if (!forms[0]) return { match: "none", suggestions: [] };
    const hit = normalizedHit(forms);
    if (hit !== void 0) return { match: "normalized", entry: entries[hit], suggestions: [] };
    const re = rewrittenHit(forms);
    if (re) return { match: "rewritten", entry: re.entry, rules: re.rules, suggestions: [] };
    const fam = familyOf(forms);
    if (fam) return { match: "family", entry: fam, suggestions: [] };
    const q = forms[forms.length - 1];
    const ranked = fuzzy(q);
    const top = ranked[0];
    const suggestions = ranked.filter((r) => r.score >= SUGGEST_MIN).slice(0, 3).map((r) => entries[r.entry].name);
    if (!top || top.score < FAMILY_SUFFIX_MAX_FUZZY) {
      for (const [fam2, suffixes] of familySuffixes)
        if (suffixes.some((s) => q.endsWith(s)) && byName.has(fam2)) return { match: "family", entry: byName.get(fam2), suggestions: [] };
    }
    if (!top || top.score < SUGGEST_MIN) return { match: "none", suggestions };
    const second = ranked[1]?.score ?? 0;
    const confident = top.score >= CONFIDENT_MIN && top.score - second >= CONFIDENT_GAP;
    return { match: "fuzzy", ...confident ? { entry: entries[top.entry] } : {}, suggestions, score: Math.round(top.score * 1e3) / 1e3 };
  }
  __name(uncachedLookup, "uncachedLookup");
  function lookup(name) {
    const cached = cache.get(name);
    if (cached) return cached;
    const r = uncachedLookup(name);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(name, r);
    return r;
  }
  __name(lookup, "lookup");
  function allowedMeasures(entry, cls = entry.class) {
    if (cls === entry.class) return [...entry.measures ?? data.measuresByClass[cls]];
    const v = variantOf(entry, cls);
    return [...v?.measures ?? data.measuresByClass[cls]];
  }
  __name(allowedMeasures, "allowedMeasures");
  function measureOf2(word) {
    const k = normalizeName(word.replace(LIST_MARKER, ""));
    const ids = measureKeys.get(k) ?? measureKeys.get(k.replace(MEASURE_TAIL, "")) ?? measureKeys.get(k.replace(TRAILING_PAREN, ""));
    return ids ? [...ids] : null;
  }
  __name(measureOf2, "measureOf");
  return {
    version: data.version,
    entries,
    measuresByClass: data.measuresByClass,
    collisions,
    lookup,
    get: /* @__PURE__ */ __name((id) => byId.get(id), "get"),
    isOverridden: /* @__PURE__ */ __name((entry) => touched.has(entry.id), "isOverridden"),
    familyRoot: /* @__PURE__ */ __name((entry) => entry.family ? byName.get(entry.family) : void 0, "familyRoot"),
    acceptsClass,
    allowedMeasures,
    measureOf: measureOf2,
    checkMeasure(entry, cls, word) {
      const ids = measureOf2(word);
      if (ids === null) return "unknown";
      if (ids.length === 0) return "allowed";
      const allowed = allowedMeasures(entry, cls);
      return ids.some((m) => allowed.includes(m)) ? "allowed" : "not-allowed";
    }
  };
}
__name(catalogOf, "catalogOf");

// src/core/validate/classification.ts
function firstRowsOfDebts(table) {
  const seen = new RowKeys();
  const out = [];
  for (let i2 = 0; i2 < table.rows.length; i2++) {
    const r = table.rows[i2];
    if (r.total || !r.debt) continue;
    const dept = compact(r.department ?? "");
    const debt = compact(r.debt);
    const cls = r.classification ?? "";
    if (seen.firstOr(dept, debt, cls, true)) continue;
    out.push(r);
  }
  return out;
}
__name(firstRowsOfDebts, "firstRowsOfDebts");
var classificationRules = /* @__PURE__ */ __name((table, ctx) => {
  const out = [];
  const catalog = ctx.catalog;
  const debtCol = table.columns.find((c) => c.role === "debt");
  if (!catalog || !debtCol) return out;
  const firstRows = firstRowsOfDebts(table);
  for (let i2 = 0; i2 < firstRows.length; i2++) {
    const row2 = firstRows[i2];
    const debt = row2.debt;
    const debtCell = cellOf(row2, debtCol.column);
    const found = catalog.lookup(debt);
    if (!found.entry || found.match === "fuzzy") {
      const suggestions = found.suggestions.length ? found.suggestions : found.entry ? [found.entry.name] : [];
      out.push(finding(table, "unknown-debt", "warning", debtCell, { debt, suggestions: suggestions.join("\u3001") }, { actual: debt, expected: suggestions[0] ?? null }));
      if (!found.entry) continue;
    }
    const cls = row2.classification;
    if (!cls) continue;
    const entry = found.entry;
    const verdict = catalog.acceptsClass(entry, cls);
    if (verdict === "conflict") {
      out.push(finding(table, "classification-conflict", "error", debtCell, { debt, given: cls, usual: entry.class }, { expected: entry.class, actual: cls }));
    } else if (verdict === "variant") {
      out.push(finding(table, "classification-variant", "info", debtCell, { debt, given: cls, usual: entry.class, note: variantOf(entry, cls)?.note }, { expected: entry.class, actual: cls }));
    }
  }
  return out;
}, "classificationRules");
var measureNotAllowed = /* @__PURE__ */ __name((table, ctx) => {
  const out = [];
  const catalog = ctx.catalog;
  if (!catalog) return out;
  const measureCols = table.columns.filter((c) => (c.role === "other" || c.role === "note") && isMeasuresHeader(compact(c.header)));
  if (measureCols.length === 0) return out;
  for (let i2 = 0; i2 < table.rows.length; i2++) {
    const row2 = table.rows[i2];
    if (row2.total || !row2.debt) continue;
    const entry = catalog.lookup(row2.debt).entry;
    const cls = row2.classification ?? entry?.class;
    if (!entry || !cls) continue;
    for (const col of measureCols) {
      const text2 = row2.notes[col.column];
      if (!text2) continue;
      for (const word of splitMeasureWords(text2)) {
        if (catalog.checkMeasure(entry, cls, word) !== "not-allowed") continue;
        out.push(finding(table, "measure-not-allowed", "error", cellOf(row2, col.column), { measure: word, debt: row2.debt, cls }, { actual: word }));
      }
    }
  }
  return out;
}, "measureNotAllowed");

// src/core/validate/observations.ts
init_workbook();
var matrixObservations = /* @__PURE__ */ __name((t) => t.shape === "matrix" ? t.observations ?? [] : [], "matrixObservations");
function drift(t, o, terms) {
  const half = halfUnit(o.decimals ?? 0);
  const rounded = o.unit !== "\u5186" && o.unit !== "\u4EF6" && !(o.unit === null && t.unit === "\u5186");
  return rounded ? half + Math.ceil(Math.sqrt(terms)) * half : half;
}
__name(drift, "drift");
var isAmount = /* @__PURE__ */ __name((o) => !isRateItem(o.item) && o.unit !== "%", "isAmount");
var matrixValues = /* @__PURE__ */ __name((t) => {
  if (t.shape !== "matrix") return [];
  const out = [];
  for (const { cell, text: text2 } of t.cellTexts ?? []) {
    const error = /^#/.test(text2.trim());
    out.push(finding(t, error ? "excel-error" : "not-a-number", error ? "warning" : "error", cell, { text: text2 }, { actual: text2 }));
  }
  for (const o of matrixObservations(t)) {
    if (o.item === "\u53CE\u7D0D\u7387" && o.derived === null && (o.value < 0 || o.value > 100)) {
      out.push(finding(t, "rate-out-of-range", "error", o.cell, { value: o.value }, { actual: o.value }));
    } else if (isAmount(o) && o.derived !== "delta" && o.item !== "\u8ABF\u6574\u984D" && o.value < 0) {
      out.push(finding(t, "negative-amount", "error", o.cell, { value: o.value, item: o.item ?? "\u91D1\u984D" }, { actual: o.value }));
    }
  }
  return out;
}, "matrixValues");
function seriesKey(o, withYear) {
  return [o.debt, o.department, o.division, o.classification, o.kind, o.stage, o.derived, withYear ? o.fiscalYear : ""].join("");
}
__name(seriesKey, "seriesKey");
function groupBy(obs, key) {
  const m = /* @__PURE__ */ new Map();
  for (const o of obs) {
    const k = key(o);
    const list = m.get(k);
    if (list) list.push(o);
    else m.set(k, [o]);
  }
  return m;
}
__name(groupBy, "groupBy");
var rollforwardMismatch = /* @__PURE__ */ __name((t) => {
  const out = [];
  for (const group of groupBy(matrixObservations(t).filter((o) => o.derived === null), (o) => seriesKey(o, true)).values()) {
    const end = group.filter((o) => o.item === "\u5E74\u5EA6\u672B");
    const start = group.filter((o) => o.item === "\u5E74\u5EA6\u5F53\u521D");
    if (end.length !== 1 || start.length !== 1) continue;
    let expected = start[0].value;
    const ja3 = [`\u5E74\u5EA6\u5F53\u521D ${start[0].value}`];
    const en3 = [`opening ${start[0].value}`];
    let terms = 1;
    for (const o of group) {
      const sign = o.item ? flowSign(o.item, o.label ?? "") : null;
      if (sign === null) continue;
      const v = sign === 0 ? o.value : o.item === "\u8ABF\u6574\u984D" ? sign * Math.abs(o.value) : sign * o.value;
      expected += v;
      terms++;
      ja3.push(`${v < 0 ? "\u2212" : "\uFF0B"} ${o.item} ${Math.abs(o.value)}`);
      en3.push(`${v < 0 ? "\u2212" : "+"} ${o.item} ${Math.abs(o.value)}`);
    }
    if (terms < 2) continue;
    const stated = end[0];
    if (textBetween(t, start[0], stated)) continue;
    if (Math.abs(expected - stated.value) > drift(t, stated, terms)) {
      const e = shown(expected, stated.decimals ?? 0);
      out.push(finding(t, "rollforward-mismatch", "error", stated.cell, { formula: ja3.join(" "), formulaEn: en3.join(" "), expected: e, actual: stated.value }, { expected: e, actual: stated.value }));
    }
  }
  return out;
}, "rollforwardMismatch");
function textBetween(t, a, b) {
  if (!t.cellTexts?.length || a.r !== b.r && a.c !== b.c) return false;
  return t.cellTexts.some(({ cell }) => {
    const { r, c } = parseA1(cell);
    return a.r === b.r ? r === a.r && c >= Math.min(a.c, b.c) && c <= Math.max(a.c, b.c) : c === a.c && r >= Math.min(a.r, b.r) && r <= Math.max(a.r, b.r);
  });
}
__name(textBetween, "textBetween");
var carryoverMismatch = /* @__PURE__ */ __name((t) => {
  const out = [];
  const relevant = matrixObservations(t).filter((o) => o.derived === null && o.fiscalYear !== null && (o.item === "\u5E74\u5EA6\u5F53\u521D" || o.item === "\u5E74\u5EA6\u672B"));
  for (const series2 of groupBy(relevant, (o) => seriesKey(o, false)).values()) {
    const ends = new Map(series2.filter((o) => o.item === "\u5E74\u5EA6\u672B").map((o) => [o.fiscalYear, o]));
    for (const start of series2.filter((o) => o.item === "\u5E74\u5EA6\u5F53\u521D")) {
      const prev = ends.get(start.fiscalYear - 1);
      if (!prev) continue;
      if (Math.abs(prev.value - start.value) > halfUnit(start.decimals ?? 0)) {
        out.push(finding(t, "carryover-mismatch", "error", start.cell, { year: start.fiscalYear, expected: prev.value, actual: start.value, from: prev.cell }, { expected: prev.value, actual: start.value }));
      }
    }
  }
  return out;
}, "carryoverMismatch");
var ratioMismatch = /* @__PURE__ */ __name((t, ctx) => {
  const out = [];
  const obs = matrixObservations(t);
  if (!obs.some((o) => o.derived === "ratio")) return out;
  const elsewhere = (ctx.sheetTables ?? []).filter((x2) => x2 !== t && x2.sheet === t.sheet).flatMap(matrixObservations);
  const line = /* @__PURE__ */ __name((o, byRow) => obs.filter((x2) => x2 !== o && (byRow ? x2.r === o.r : x2.c === o.c) && x2.derived !== "ratio"), "line");
  for (const o of obs) {
    if (o.derived !== "ratio") continue;
    const pairs = [];
    for (const byRow of [true, false]) {
      const peers = line(o, byRow);
      if (o.ratio) {
        const same = /* @__PURE__ */ __name((x2) => x2.letter !== void 0 && x2.rowKey === o.rowKey && x2.derived !== "ratio", "same");
        const num2 = peers.find((x2) => x2.letter === o.ratio.num) ?? (byRow ? elsewhere.find((x2) => same(x2) && x2.letter === o.ratio.num) : void 0);
        const den = peers.find((x2) => x2.letter === o.ratio.den) ?? (byRow ? elsewhere.find((x2) => same(x2) && x2.letter === o.ratio.den) : void 0);
        if (num2 && den) pairs.push([num2, den]);
      } else {
        for (const a of peers.filter((x2) => x2.kind === "actual")) {
          const target2 = peers.find((x2) => x2.kind === "target" && x2.item === a.item);
          if (target2) pairs.push([a, target2]);
        }
      }
      if (pairs.length) break;
    }
    const checks = pairs.filter(([, den]) => den.value !== 0).map(([num2, den]) => ({ num: num2, den, expected: num2.value / den.value * 100 }));
    if (!checks.length) continue;
    const scale = checks.every((c2) => Math.abs(c2.expected / 100 - o.value) < Math.abs(c2.expected - o.value)) ? 0.01 : 1;
    const spread = /* @__PURE__ */ __name((c2) => isAmount(c2.num) && c2.num.unit !== "\u5186" && c2.num.unit !== "\u4EF6" && c2.num.decimals !== null ? 100 * scale * (halfUnit(c2.num.decimals) / Math.abs(c2.den.value) + Math.abs(c2.num.value) * halfUnit(c2.den.decimals ?? c2.num.decimals) / c2.den.value ** 2) : 0, "spread");
    const tol = halfUnit(o.decimals ?? 1);
    if (checks.some((c2) => Math.abs(c2.expected * scale - o.value) <= tol + spread(c2) + 1e-9)) continue;
    const c = checks.find((x2) => x2.num.item === "\u91D1\u984D") ?? checks[0];
    const e = shown(c.expected * scale, o.decimals ?? 1);
    out.push(finding(t, "ratio-mismatch", "error", o.cell, { formula: `${c.num.cell}\xF7${c.den.cell}\xD7100`, expected: e, actual: o.value }, { expected: e, actual: o.value }));
  }
  return out;
}, "ratioMismatch");
var matrixTotals = /* @__PURE__ */ __name((t) => {
  const out = [];
  const obs = matrixObservations(t);
  const at2 = new Map(obs.map((o) => [`${o.r}:${o.c}`, o]));
  for (const total of obs) {
    if (total.derived !== "total" || !isAmount(total)) continue;
    const rowTotal = total.totalOf !== "columns";
    const parts = [];
    if (total.members) {
      for (const r of total.members) {
        const x2 = at2.get(`${r}:${total.c}`);
        if (x2 && x2.derived !== "delta" && x2.derived !== "ratio") parts.push(x2);
      }
    } else if (rowTotal) {
      let inSubtotal = false;
      for (let r = total.r - 1; r >= t.area.top && !total.sumsBelow; r--) {
        const x2 = at2.get(`${r}:${total.c}`);
        if (!x2 || x2.part || x2.note === "\u62EC\u5F27\u66F8\u304D\uFF08\u65E7\u76EE\u6A19\uFF09") continue;
        if (x2.derived === "total") {
          parts.push(x2);
          inSubtotal = true;
        } else if (x2.derived === null && !inSubtotal) parts.push(x2);
      }
      if (parts.length === 0) {
        let skipping = false;
        for (let r = total.r + 1; r <= t.area.bottom; r++) {
          const x2 = at2.get(`${r}:${total.c}`);
          if (!x2 || x2.part || x2.note === "\u62EC\u5F27\u66F8\u304D\uFF08\u65E7\u76EE\u6A19\uFF09") continue;
          if (x2.derived === "total") {
            parts.push(x2);
            skipping = true;
          } else if (x2.derived === null && !skipping) parts.push(x2);
        }
      }
    } else {
      for (let c = total.c - 1; c >= t.area.left; c--) {
        const x2 = at2.get(`${total.r}:${c}`);
        if (!x2) continue;
        if (x2.derived === "total") break;
        if (x2.derived === null && x2.item === total.item && x2.kind === total.kind && x2.fiscalYear === total.fiscalYear) parts.push(x2);
      }
    }
    if (parts.length < 1) continue;
    if (parts.some((x2) => textBetween(t, x2, total))) continue;
    const sum2 = parts.reduce((s, x2) => s + x2.value, 0);
    if (Math.abs(sum2 - total.value) > drift(t, total, parts.length)) {
      const e = shown(sum2, total.decimals ?? 0);
      const ends = [parts[parts.length - 1].cell, parts[0].cell];
      out.push(finding(t, "total-mismatch", "error", total.cell, { expected: e, actual: total.value, range: `${ends[0]}:${ends[1]}` }, { expected: e, actual: total.value }));
    }
  }
  return out;
}, "matrixTotals");
var matrixDeltas = /* @__PURE__ */ __name((t) => {
  const out = [];
  const obs = matrixObservations(t);
  const base = obs.filter((o) => (o.derived === null || o.derived === "total") && o.fiscalYear !== null);
  for (const d of obs) {
    if (d.derived !== "delta") continue;
    const pair = operandsOf(d, base);
    if (!pair) continue;
    const [cur, prev] = pair;
    const expected = cur.value - prev.value;
    let tol = halfUnit(d.decimals ?? 1);
    for (const x2 of pair) if (x2.decimals !== null && ((d.decimals ?? 1) < x2.decimals || isAmount(x2) && x2.unit !== "\u5186")) tol += halfUnit(x2.decimals);
    if (Math.abs(expected - d.value) > tol + 1e-9) {
      const e = shown(expected, d.decimals ?? 1);
      out.push(finding(t, "delta-mismatch", "error", d.cell, { formula: `${cur.cell}\u2212${prev.cell}`, expected: e, actual: d.value }, { expected: e, actual: d.value }));
    }
  }
  return out;
}, "matrixDeltas");
function operandsOf(d, base) {
  if (d.diff) {
    for (const byRow of [true, false]) {
      const line = base.filter((x2) => (byRow ? x2.r === d.r : x2.c === d.c) && x2.letter !== void 0);
      const m = line.find((x2) => x2.letter === d.diff.minuend);
      const s = line.find((x2) => x2.letter === d.diff.subtrahend);
      if (m && s) return [m, s];
    }
  }
  const sameItem = /* @__PURE__ */ __name((x2) => d.item === null || x2.item === d.item || d.item === "\u91D1\u984D" && !isRateItem(x2.item), "sameItem");
  for (const byRow of [true, false]) {
    const line = base.filter((x2) => (byRow ? x2.r === d.r && x2.c < d.c : x2.c === d.c && x2.r < d.r) && sameItem(x2));
    const years = [...new Set(line.map((x2) => x2.fiscalYear))].sort((a, b) => b - a);
    if (years.length >= 2 && byRow) {
      const nearest = /* @__PURE__ */ __name((y) => line.filter((x2) => x2.fiscalYear === y).sort((a, b) => byRow ? b.c - a.c : b.r - a.r)[0], "nearest");
      return [nearest(years[0]), nearest(years[1])];
    }
  }
  const rowFigures = base.filter((x2) => x2.r === d.r && x2.c < d.c && sameItem(x2)).sort((a, b) => b.c - a.c);
  const cur = rowFigures[0];
  if (!cur) return null;
  const prev = base.find((x2) => x2.c === cur.c && x2.fiscalYear === cur.fiscalYear - 1 && x2.debt === cur.debt && x2.kind === cur.kind);
  return prev ? [cur, prev] : null;
}
__name(operandsOf, "operandsOf");
var matrixLedger = /* @__PURE__ */ __name((t) => {
  const out = [];
  const obs = matrixObservations(t).filter((o) => o.derived === null || o.derived === "total");
  for (const group of groupBy(obs, (o) => seriesKey(o, true) + (o.derived ?? "")).values()) {
    const one = /* @__PURE__ */ __name((item) => {
      const xs = group.filter((o) => o.item === item);
      return xs.length === 1 ? xs[0] : void 0;
    }, "one");
    const charged = one("\u8ABF\u5B9A\u984D");
    const paid = one("\u53CE\u5165\u6E08\u984D");
    const rate = one("\u53CE\u7D0D\u7387");
    if (charged && paid && rate && charged.value !== 0) {
      const expected = paid.value / charged.value * 100;
      let tol = halfUnit(rate.decimals ?? 1);
      if (charged.unit !== "\u5186" && charged.unit !== "\u4EF6") {
        const hc = 0.5 * 10 ** -(charged.decimals ?? 0);
        const hp = 0.5 * 10 ** -(paid.decimals ?? 0);
        tol += 100 * (hp / Math.abs(charged.value) + Math.abs(paid.value) * hc / charged.value ** 2);
      }
      if (Math.abs(expected - rate.value) > tol + 1e-9) {
        const e = shown(expected, rate.decimals ?? 1);
        out.push(finding(t, "rate-mismatch", "error", rate.cell, { paid: paid.value, charged: charged.value, expected: e, actual: rate.value }, { expected: e, actual: rate.value }));
      }
    }
    const unpaid = one("\u53CE\u5165\u672A\u6E08\u984D");
    const lost = one("\u4E0D\u7D0D\u6B20\u640D\u984D");
    if (charged && paid && unpaid && lost) {
      const refund = one("\u9084\u4ED8\u672A\u6E08\u984D");
      const expected = charged.value - paid.value - lost.value + (refund?.value ?? 0);
      if (Math.abs(expected - unpaid.value) > drift(t, unpaid, refund ? 4 : 3)) {
        const e = shown(expected, unpaid.decimals ?? 0);
        out.push(finding(t, "ledger-identity", "error", unpaid.cell, { expected: e, actual: unpaid.value }, { expected: e, actual: unpaid.value }));
      }
    }
  }
  return out;
}, "matrixLedger");
var OBSERVATION_RULES = [
  matrixLedger,
  matrixValues,
  rollforwardMismatch,
  carryoverMismatch,
  ratioMismatch,
  matrixTotals,
  matrixDeltas
];

// src/core/validate/department-variant.ts
var SAME_WORD = [
  [/子ども|子供|こども|コドモ/g, "\u3053\u3069\u3082"],
  [/障がい|障碍|障害/g, "\u969C\u5BB3"]
];
var departmentKey = memoText((name) => {
  let k = name.normalize("NFKC").replace(/[\s\u3000]+/g, "");
  for (const [re, to] of SAME_WORD) k = k.replace(re, to);
  return k;
});
function spellings(tables) {
  const byKey = /* @__PURE__ */ new Map();
  for (const table of tables) {
    const column = table.columns.find((c) => c.role === "debt")?.column;
    for (let i2 = 0; i2 < table.rows.length; i2++) {
      const row2 = table.rows[i2];
      if (row2.total || !row2.debt || !row2.department) continue;
      const name = row2.department.trim();
      const key = departmentKey(name);
      let list = byKey.get(key);
      if (!list) byKey.set(key, list = []);
      let s;
      for (let k = 0; k < list.length && !s; k++) if (list[k].name === name) s = list[k];
      if (s) s.rows++;
      else list.push({ name, rows: 1, first: { table, cell: column ? `${column}${row2.row}` : `A${row2.row}` } });
    }
  }
  return byKey;
}
__name(spellings, "spellings");
function departmentGroups(tables) {
  const out = /* @__PURE__ */ new Map();
  for (const list of spellings(tables).values()) {
    const main = [...list].sort((a, b) => b.rows - a.rows)[0];
    for (const s of list) out.set(s.name, main.name);
  }
  return out;
}
__name(departmentGroups, "departmentGroups");
function departmentVariant(tables) {
  const out = [];
  for (const list of spellings(tables).values()) {
    if (list.length < 2) continue;
    const main = [...list].sort((a, b) => b.rows - a.rows)[0];
    for (const s of list) {
      if (s === main) continue;
      out.push(
        finding(s.first.table, "department-variant", "warning", s.first.cell, {
          name: s.name,
          main: main.name,
          rows: s.rows,
          mainRows: main.rows,
          mainAt: `${main.first.table.sheet}!${main.first.cell}`
        }, { expected: main.name, actual: s.name })
      );
    }
  }
  return out;
}
__name(departmentVariant, "departmentVariant");

// src/core/validate/index.ts
var RULES = [
  eraYearMismatch,
  classificationRules,
  measureNotAllowed,
  notANumber,
  numberAsText,
  rateOutOfRange,
  negativeAmount,
  deltaRules,
  totalMismatch,
  ledgerIdentity,
  rateMismatch,
  divisionInconsistent,
  duplicateDebt,
  missingValue,
  largeChange,
  ...OBSERVATION_RULES
];
function validateSheetTables(tables, ctx) {
  const withTables = { ...ctx, sheetTables: tables };
  const found = [];
  for (let i2 = 0; i2 < tables.length; i2++) {
    const t = tables[i2];
    for (let k = 0; k < RULES.length; k++) {
      const own = RULES[k](t, withTables);
      for (let j = 0; j < own.length; j++) found.push(own[j]);
    }
    forgetFigures(t);
  }
  return found;
}
__name(validateSheetTables, "validateSheetTables");

// src/core/catalog/defaults.json
var defaults_default = {
  version: "2026.1",
  entries: [
    {
      id: "city-tax",
      name: "\u5E02\u7A0E",
      aliases: ["\u5E02\u753A\u6751\u7A0E", "\u753A\u7A0E", "\u6751\u7A0E", "\u7279\u5225\u533A\u7A0E", "\u753A\u6751\u7A0E"],
      family: "\u5E02\u7A0E",
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u7A0E\u6CD5\uFF08\u5E02\u753A\u6751\u7A0E\u3002\u4F8B: 331\u6761 \u5DEE\u62BC\u3048\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u7A0E\u6CD518\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"],
      note: "\u5BB6\u65CF\u300C\u5E02\u7A0E\u300D\u306E\u4EE3\u8868\u3002\u5E02\u6C11\u7A0E\u30FB\u56FA\u5B9A\u8CC7\u7523\u7A0E\u306A\u3069\u7A0E\u76EE\u3054\u3068\u306E\u540D\u79F0\u3082\u3053\u306E\u5BB6\u65CF\u306B\u5C5E\u3059\u308B\u3002"
    },
    {
      id: "municipal-inhabitant-tax",
      name: "\u5E02\u6C11\u7A0E",
      aliases: ["\u5E02\u753A\u6751\u6C11\u7A0E", "\u753A\u6C11\u7A0E", "\u6751\u6C11\u7A0E", "\u7279\u5225\u533A\u6C11\u7A0E"],
      family: "\u5E02\u7A0E",
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u7A0E\u6CD5294\u6761\u4EE5\u4E0B\uFF08\u5E02\u753A\u6751\u6C11\u7A0E\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u7A0E\u6CD518\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"]
    },
    {
      id: "individual-municipal-tax",
      name: "\u500B\u4EBA\u5E02\u6C11\u7A0E",
      aliases: ["\u5E02\u6C11\u7A0E(\u500B\u4EBA)", "\u500B\u4EBA\u4F4F\u6C11\u7A0E", "\u5E02\u6C11\u7A0E\u500B\u4EBA\u5206", "\u500B\u4EBA\u5E02\u753A\u6751\u6C11\u7A0E", "\u500B\u4EBA\u753A\u6C11\u7A0E"],
      family: "\u5E02\u7A0E",
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u7A0E\u6CD5294\u6761\u4EE5\u4E0B\uFF08\u500B\u4EBA\u306E\u5E02\u753A\u6751\u6C11\u7A0E\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u7A0E\u6CD518\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"]
    },
    {
      id: "corporate-municipal-tax",
      name: "\u6CD5\u4EBA\u5E02\u6C11\u7A0E",
      aliases: ["\u5E02\u6C11\u7A0E(\u6CD5\u4EBA)", "\u6CD5\u4EBA\u4F4F\u6C11\u7A0E", "\u5E02\u6C11\u7A0E\u6CD5\u4EBA\u5206", "\u6CD5\u4EBA\u5E02\u753A\u6751\u6C11\u7A0E", "\u6CD5\u4EBA\u753A\u6C11\u7A0E"],
      family: "\u5E02\u7A0E",
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u7A0E\u6CD5294\u6761\u4EE5\u4E0B\uFF08\u6CD5\u4EBA\u306E\u5E02\u753A\u6751\u6C11\u7A0E\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u7A0E\u6CD518\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"]
    },
    {
      id: "municipal-prefectural-inhabitant-tax",
      name: "\u5E02\u770C\u6C11\u7A0E",
      aliases: ["\u5E02\u6C11\u7A0E\u30FB\u770C\u6C11\u7A0E", "\u5E02\u30FB\u770C\u6C11\u7A0E", "\u500B\u4EBA\u5E02\u770C\u6C11\u7A0E", "\u4F4F\u6C11\u7A0E", "\u5E02\u753A\u6751\u6C11\u7A0E\u30FB\u9053\u5E9C\u770C\u6C11\u7A0E", "\u5E02\u5E9C\u6C11\u7A0E", "\u5E02\u9053\u6C11\u7A0E", "\u753A\u770C\u6C11\u7A0E", "\u753A\u6C11\u7A0E\u30FB\u770C\u6C11\u7A0E"],
      family: "\u5E02\u7A0E",
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u7A0E\u6CD541\u6761\u30FB319\u6761\uFF08\u500B\u4EBA\u306E\u9053\u5E9C\u770C\u6C11\u7A0E\u306F\u5E02\u753A\u6751\u304C\u5E02\u753A\u6751\u6C11\u7A0E\u3068\u4F75\u305B\u3066\u8CE6\u8AB2\u5FB4\u53CE\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u7A0E\u6CD518\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"]
    },
    {
      id: "prefectural-inhabitant-tax",
      name: "\u500B\u4EBA\u770C\u6C11\u7A0E",
      aliases: ["\u770C\u6C11\u7A0E", "\u9053\u6C11\u7A0E", "\u5E9C\u6C11\u7A0E", "\u90FD\u6C11\u7A0E", "\u500B\u4EBA\u9053\u5E9C\u770C\u6C11\u7A0E", "\u9053\u5E9C\u770C\u6C11\u7A0E"],
      family: "\u5E02\u7A0E",
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u7A0E\u6CD541\u6761\uFF08\u5E02\u753A\u6751\u304C\u500B\u4EBA\u306E\u5E02\u753A\u6751\u6C11\u7A0E\u3068\u4F75\u305B\u3066\u8CE6\u8AB2\u5FB4\u53CE\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u7A0E\u6CD518\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09"
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"],
      note: "\u8A08\u753B\u3067\u306F\u5E02\u770C\u6C11\u7A0E\u3068\u3057\u3066\u5E02\u7A0E\u306B\u542B\u3081\u308B\u306E\u304C\u901A\u4F8B\u3002"
    },
    {
      id: "fixed-asset-tax",
      name: "\u56FA\u5B9A\u8CC7\u7523\u7A0E",
      aliases: ["\u56FA\u5B9A\u8CC7\u7523\u7A0E(\u571F\u5730\u30FB\u5BB6\u5C4B)", "\u56FA\u5B9A\u8CC7\u7523\u7A0E(\u511F\u5374\u8CC7\u7523)", "\u56FA\u5B9A\u8CC7\u7523\u7A0E(\u571F\u5730\u5BB6\u5C4B)"],
      family: "\u5E02\u7A0E",
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u7A0E\u6CD5341\u6761\u4EE5\u4E0B",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u7A0E\u6CD518\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"]
    },
    {
      id: "city-planning-tax",
      name: "\u90FD\u5E02\u8A08\u753B\u7A0E",
      aliases: [],
      family: "\u5E02\u7A0E",
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u7A0E\u6CD5702\u6761\u4EE5\u4E0B",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u7A0E\u6CD518\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"]
    },
    {
      id: "light-vehicle-tax",
      name: "\u8EFD\u81EA\u52D5\u8ECA\u7A0E",
      aliases: ["\u8EFD\u81EA\u52D5\u8ECA\u7A0E\u7A2E\u5225\u5272", "\u8EFD\u81EA\u52D5\u8ECA\u7A0E(\u7A2E\u5225\u5272)", "\u8EFD\u81EA\u52D5\u8ECA\u7A0E(\u74B0\u5883\u6027\u80FD\u5272)"],
      family: "\u5E02\u7A0E",
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u7A0E\u6CD5442\u6761\u4EE5\u4E0B",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u7A0E\u6CD518\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"]
    },
    {
      id: "municipal-tobacco-tax",
      name: "\u5E02\u305F\u3070\u3053\u7A0E",
      aliases: ["\u305F\u3070\u3053\u7A0E", "\u5E02\u753A\u6751\u305F\u3070\u3053\u7A0E", "\u753A\u305F\u3070\u3053\u7A0E"],
      family: "\u5E02\u7A0E",
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u7A0E\u6CD5464\u6761\u4EE5\u4E0B",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u7A0E\u6CD518\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"]
    },
    {
      id: "bathing-tax",
      name: "\u5165\u6E6F\u7A0E",
      aliases: [],
      family: "\u5E02\u7A0E",
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u7A0E\u6CD5701\u6761\u4EE5\u4E0B",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u7A0E\u6CD518\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"]
    },
    {
      id: "business-office-tax",
      name: "\u4E8B\u696D\u6240\u7A0E",
      aliases: [],
      family: "\u5E02\u7A0E",
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u7A0E\u6CD5701\u6761\u306E30\u4EE5\u4E0B",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u7A0E\u6CD518\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"]
    },
    {
      id: "special-land-holding-tax",
      name: "\u7279\u5225\u571F\u5730\u4FDD\u6709\u7A0E",
      aliases: [],
      family: "\u5E02\u7A0E",
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u7A0E\u6CD5585\u6761\u4EE5\u4E0B\uFF08\u8AB2\u7A0E\u505C\u6B62\u4E2D\u3001\u6EDE\u7D0D\u5206\u306E\u307F\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u7A0E\u6CD518\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"]
    },
    {
      id: "mineral-product-tax",
      name: "\u9271\u7523\u7A0E",
      aliases: [],
      family: "\u5E02\u7A0E",
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u7A0E\u6CD5519\u6761\u4EE5\u4E0B",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u7A0E\u6CD518\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"]
    },
    {
      id: "forest-environment-tax",
      name: "\u68EE\u6797\u74B0\u5883\u7A0E",
      aliases: ["\u68EE\u6797\u74B0\u5883\u7A0E(\u56FD\u7A0E)"],
      family: "\u5E02\u7A0E",
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u68EE\u6797\u74B0\u5883\u7A0E\u53CA\u3073\u68EE\u6797\u74B0\u5883\u8B72\u4E0E\u7A0E\u306B\u95A2\u3059\u308B\u6CD5\u5F8B\uFF08\u56FD\u7A0E\u3002\u5E02\u753A\u6751\u304C\u500B\u4EBA\u4F4F\u6C11\u7A0E\u3068\u4F75\u305B\u3066\u8CE6\u8AB2\u5FB4\u53CE\uFF09\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u7A0E\u6CD518\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09"
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"],
      note: "\u56FD\u7A0E\u3060\u304C\u5E02\u753A\u6751\u304C\u500B\u4EBA\u4F4F\u6C11\u7A0E\u3068\u4F75\u305B\u3066\u8CE6\u8AB2\u5FB4\u53CE\u3059\u308B\u305F\u3081\u5E02\u7A0E\u306E\u5BB6\u65CF\u306B\u7F6E\u304F\u3002"
    },
    {
      id: "nhi-tax",
      name: "\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u7A0E",
      aliases: ["\u56FD\u4FDD\u7A0E", "\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u7A0E(\u4E00\u822C)", "\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u7A0E(\u9000\u8077)"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u7A0E\u6CD5703\u6761\u306E4\uFF08\u76EE\u7684\u7A0E\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u7A0E\u6CD518\u6761\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "nhi-premium",
      name: "\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u6599",
      aliases: ["\u56FD\u4FDD\u6599", "\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u6599(\u4E00\u822C)", "\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u6599(\u9000\u8077)"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u6CD579\u6761\u306E2 \u2192 \u5730\u65B9\u81EA\u6CBB\u6CD5231\u6761\u306E3\u7B2C3\u9805",
      limitation: {
        years: 2,
        invocationRequired: false,
        basis: "\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u6CD5110\u6761\uFF082\u5E74\uFF09; \u7763\u4FC3\u306F\u6642\u52B9\u66F4\u65B0"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "ltc-premium",
      name: "\u4ECB\u8B77\u4FDD\u967A\u6599",
      aliases: ["\u4ECB\u8B77\u4FDD\u967A\u6599(\u7B2C1\u53F7\u88AB\u4FDD\u967A\u8005)", "\u7B2C1\u53F7\u88AB\u4FDD\u967A\u8005\u4FDD\u967A\u6599", "\u4ECB\u8B77\u4FDD\u967A\u7B2C1\u53F7\u4FDD\u967A\u6599", "\u7B2C1\u53F7\u4ECB\u8B77\u4FDD\u967A\u6599"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u4ECB\u8B77\u4FDD\u967A\u6CD5144\u6761\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09\u2192 \u5730\u65B9\u81EA\u6CBB\u6CD5231\u6761\u306E3\u7B2C3\u9805",
      limitation: {
        years: 2,
        invocationRequired: false,
        basis: "\u4ECB\u8B77\u4FDD\u967A\u6CD5200\u6761\uFF082\u5E74\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "late-elderly-premium",
      name: "\u5F8C\u671F\u9AD8\u9F62\u8005\u533B\u7642\u4FDD\u967A\u6599",
      aliases: ["\u5F8C\u671F\u9AD8\u9F62\u8005\u533B\u7642\u5236\u5EA6\u4FDD\u967A\u6599", "\u5F8C\u671F\u9AD8\u9F62\u8005\u4FDD\u967A\u6599", "\u5F8C\u671F\u9AD8\u9F62\u8005\u533B\u7642\u8CBB\u4FDD\u967A\u6599"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u9AD8\u9F62\u8005\u306E\u533B\u7642\u306E\u78BA\u4FDD\u306B\u95A2\u3059\u308B\u6CD5\u5F8B113\u6761\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 2,
        invocationRequired: false,
        basis: "\u9AD8\u9F62\u8005\u306E\u533B\u7642\u306E\u78BA\u4FDD\u306B\u95A2\u3059\u308B\u6CD5\u5F8B160\u6761\uFF082\u5E74\u3001\u6761\u6587\u672A\u78BA\u8A8D\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "nursery-fee",
      name: "\u4FDD\u80B2\u6240\u4FDD\u80B2\u6599",
      aliases: ["\u4FDD\u80B2\u6599", "\u4FDD\u80B2\u6240\u8CA0\u62C5\u91D1", "\u4FDD\u80B2\u5712\u4FDD\u80B2\u6599", "\u4FDD\u80B2\u6240\u904B\u55B6\u8CBB\u8CA0\u62C5\u91D1", "\u4FDD\u80B2\u6240\u5FB4\u53CE\u91D1", "\u4FDD\u80B2\u6240\u5165\u6240\u8CA0\u62C5\u91D1", "\u4FDD\u80B2\u6240\u5165\u6240\u5150\u7AE5\u4FDD\u8B77\u8005\u8CA0\u62C5\u91D1", "\u4FDD\u80B2\u6240\u5229\u7528\u8005\u8CA0\u62C5\u91D1", "\u4FDD\u80B2\u6240\u5229\u7528\u8005\u8CA0\u62C5\u984D", "\u4FDD\u80B2\u6240\u4FDD\u8B77\u8005\u8CA0\u62C5\u91D1"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5150\u7AE5\u798F\u7949\u6CD556\u6761\uFF08\u5730\u65B9\u7A0E\u306E\u6EDE\u7D0D\u51E6\u5206\u306E\u4F8B; \u73FE\u884C7\u9805\u30FB\u65E710\u9805\u3092\u5F15\u304F\u6761\u4F8B\u3042\u308A\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"],
      note: "\u300C\u4FDD\u80B2\u6599\u300D\u5358\u72EC\u306F\u4FDD\u80B2\u6240\u306E\u4FDD\u80B2\u6599\u3068\u8AAD\u3080\uFF08\u5E7C\u7A1A\u5712\u306E\u4FDD\u80B2\u6599\u306F\u5E7C\u7A1A\u5712\u4F7F\u7528\u6599\uFF09\u3002"
    },
    {
      id: "kindergarten-fee",
      name: "\u5E7C\u7A1A\u5712\u4F7F\u7528\u6599",
      aliases: ["\u5E7C\u7A1A\u5712\u4FDD\u80B2\u6599", "\u5E02\u7ACB\u5E7C\u7A1A\u5712\u4FDD\u80B2\u6599", "\u5E02\u7ACB\u5E7C\u7A1A\u5712\u4F7F\u7528\u6599", "\u5E7C\u7A1A\u5712\u6388\u696D\u6599", "\u5E7C\u7A1A\u5712\u9810\u304B\u308A\u4FDD\u80B2\u6599"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u516C\u306E\u65BD\u8A2D\u306E\u4F7F\u7528\u6599\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5225\u6761\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "after-school-club-fee",
      name: "\u653E\u8AB2\u5F8C\u5150\u7AE5\u30AF\u30E9\u30D6\u8CA0\u62C5\u91D1",
      aliases: ["\u653E\u8AB2\u5F8C\u5150\u7AE5\u30AF\u30E9\u30D6\u5229\u7528\u6599", "\u653E\u8AB2\u5F8C\u5150\u7AE5\u30AF\u30E9\u30D6\u80B2\u6210\u6599", "\u653E\u8AB2\u5F8C\u5150\u7AE5\u30AF\u30E9\u30D6\u4FDD\u8B77\u8005\u8CA0\u62C5\u91D1", "\u5150\u7AE5\u30AF\u30E9\u30D6\u8CA0\u62C5\u91D1", "\u5B66\u7AE5\u4FDD\u80B2\u6599", "\u5B66\u7AE5\u4FDD\u80B2\u8CA0\u62C5\u91D1", "\u5B66\u7AE5\u30AF\u30E9\u30D6\u8CA0\u62C5\u91D1", "\u7559\u5B88\u5BB6\u5EAD\u5150\u7AE5\u4F1A\u8CA0\u62C5\u91D1", "\u7559\u5B88\u5BB6\u5EAD\u5150\u7AE5\u4F1A\u80B2\u6210\u6599", "\u653E\u8AB2\u5F8C\u5150\u7AE5\u5065\u5168\u80B2\u6210\u4E8B\u696D\u8CA0\u62C5\u91D1"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [
        {
          class: "\u79C1\u50B5\u6A29",
          note: "\u5951\u7D04\u306B\u3088\u308B\u5229\u7528\u30FB\u6C11\u9593\u904B\u55B6\u306E\u5834\u5408\u306F\u79C1\u50B5\u6A29\u3068\u3059\u308B\u6271\u3044\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09\u3002\u5EFF\u65E5\u5E02\u5E02\u306F\u7559\u5B88\u5BB6\u5EAD\u5150\u7AE5\u4F1A\u8CA0\u62C5\u91D1\u3092\u79C1\u50B5\u6A29\u306B\u533A\u5206\u3002",
          source: "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B 7(3)"
        }
      ],
      basis: "\u6761\u4F8B\u3067\u5FB4\u53CE\u3059\u308B\u8CA0\u62C5\u91D1\uFF08\u516C\u306E\u65BD\u8A2D\u30FB\u653E\u8AB2\u5F8C\u5150\u7AE5\u5065\u5168\u80B2\u6210\u4E8B\u696D\uFF09\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"],
      note: "\u7559\u5B88\u5BB6\u5EAD\u5150\u7AE5\u4F1A\u306F\u653E\u8AB2\u5F8C\u5150\u7AE5\u30AF\u30E9\u30D6\u306E\u65E7\u79F0\u30FB\u5730\u57DF\u540D\u3068\u3057\u3066\u5225\u540D\u306B\u7F6E\u304F\u3002"
    },
    {
      id: "nursery-lunch-fee",
      name: "\u4FDD\u80B2\u5712\u7D66\u98DF\u8CBB\u4FDD\u8B77\u8005\u8CA0\u62C5\u91D1",
      aliases: ["\u4FDD\u80B2\u5712\u7D66\u98DF\u8CBB", "\u4FDD\u80B2\u6240\u7D66\u98DF\u8CBB", "\u4FDD\u80B2\u6240\u526F\u98DF\u8CBB", "\u4FDD\u80B2\u5712\u526F\u98DF\u8CBB", "\u526F\u98DF\u8CBB", "\u4FDD\u80B2\u6240\u7D66\u98DF\u8CBB\u4FDD\u8B77\u8005\u8CA0\u62C5\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [
        {
          class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "\u4FDD\u80B2\u6240\u306E\u5229\u7528\u306B\u4F34\u3044\u6761\u4F8B\u3067\u5FB4\u53CE\u3059\u308B\u8CA0\u62C5\u91D1\u3068\u6574\u7406\u3059\u308B\u4F8B\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
          source: "\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"
        }
      ],
      basis: "\u7D66\u98DF\u306E\u63D0\u4F9B\u306B\u4FC2\u308B\u5B9F\u8CBB\u5FB4\u53CE\uFF08\u79C1\u6CD5\u4E0A\u306E\u50B5\u6A29\u3068\u3057\u3066\u6271\u3046\uFF09\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5173\u6761 2\u5E74",
        formerYears: 2
      },
      unconfirmed: true,
      sources: ["\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "child-rearing-allowance-refund",
      name: "\u5150\u7AE5\u6276\u990A\u624B\u5F53\u8FD4\u9084\u91D1",
      aliases: ["\u5150\u7AE5\u6276\u990A\u624B\u5F53\u904E\u8AA4\u6255\u8FD4\u9084\u91D1", "\u5150\u7AE5\u6276\u990A\u624B\u5F53\u8FD4\u7D0D\u91D1", "\u5150\u7AE5\u6276\u990A\u624B\u5F53\u4E0D\u6B63\u53D7\u7D66\u8FD4\u9084\u91D1", "\u5150\u7AE5\u6276\u990A\u624B\u5F53\u5FB4\u53CE\u91D1"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [
        {
          class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "\u4E0D\u6B63\u5229\u5F97\u306E\u5FB4\u53CE\uFF08\u5150\u7AE5\u6276\u990A\u624B\u5F53\u6CD523\u6761\u3001\u56FD\u7A0E\u5FB4\u53CE\u306E\u4F8B\uFF09\u3002\u904E\u8AA4\u6255\u8FD4\u9084\u91D1\u306F\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29\u3002",
          source: "\u5150\u7AE5\u6276\u990A\u624B\u5F53\u6CD523\u6761\uFF08\u4E0D\u6B63\u5229\u5F97\u306E\u5FB4\u53CE\uFF09; \u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B \u8A08\u753B\u306E\u5BFE\u8C61\u3068\u3057\u305F\u50B5\u6A29(1)\u300C(\u4E00\u90E8)\u300D"
        }
      ],
      splitByBasis: true,
      basis: "\u904E\u8AA4\u6255: \u5730\u65B9\u81EA\u6CBB\u6CD5231\u6761\u306E3\u7B2C1\u9805\uFF08\u975E\u5F37\u5236\uFF09; \u4E0D\u6B63\u5229\u5F97: \u5150\u7AE5\u6276\u990A\u624B\u5F53\u6CD523\u6761\uFF08\u5F37\u5236\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u6761\uFF085\u5E74\u3001\u6761\u6587\u672A\u78BA\u8A8D\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "child-allowance-refund",
      name: "\u5150\u7AE5\u624B\u5F53\u8FD4\u9084\u91D1",
      aliases: ["\u5150\u7AE5\u624B\u5F53\u904E\u8AA4\u6255\u8FD4\u9084\u91D1", "\u5150\u7AE5\u624B\u5F53\u8FD4\u7D0D\u91D1", "\u5150\u7AE5\u624B\u5F53\u5FB4\u53CE\u91D1"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [
        {
          class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "\u4E0D\u6B63\u53D7\u7D66\u306E\u5FB4\u53CE\u91D1\uFF08\u5150\u7AE5\u624B\u5F53\u6CD514\u6761; \u5730\u65B9\u81EA\u6CBB\u6CD5231\u6761\u306E3\u7B2C3\u9805\u306E\u6B73\u5165\u3068\u3055\u308C\u308B\u3002\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
          source: "\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"
        }
      ],
      splitByBasis: true,
      basis: "\u904E\u8AA4\u6255: \u5730\u65B9\u81EA\u6CBB\u6CD5231\u6761\u306E3\u7B2C1\u9805; \u4E0D\u6B63\u53D7\u7D66: \u5150\u7AE5\u624B\u5F53\u6CD514\u6761",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "welfare-medical-refund",
      name: "\u798F\u7949\u533B\u7642\u8CBB\u8FD4\u9084\u91D1",
      aliases: ["\u798F\u7949\u533B\u7642\u8CBB\u52A9\u6210\u8FD4\u9084\u91D1", "\u5B50\u3069\u3082\u533B\u7642\u8CBB\u8FD4\u9084\u91D1", "\u5B50\u3069\u3082\u533B\u7642\u8CBB\u52A9\u6210\u8FD4\u9084\u91D1", "\u3053\u3069\u3082\u533B\u7642\u8CBB\u8FD4\u9084\u91D1", "\u4E73\u5E7C\u5150\u533B\u7642\u8CBB\u8FD4\u9084\u91D1", "\u3072\u3068\u308A\u89AA\u5BB6\u5EAD\u7B49\u533B\u7642\u8CBB\u8FD4\u9084\u91D1", "\u91CD\u5EA6\u5FC3\u8EAB\u969C\u5BB3\u8005\u533B\u7642\u8CBB\u8FD4\u9084\u91D1", "\u533B\u7642\u8CBB\u52A9\u6210\u8FD4\u9084\u91D1"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [
        {
          class: "\u79C1\u50B5\u6A29",
          note: "\u6761\u4F8B\u306B\u3088\u308B\u52A9\u6210\u306E\u904E\u8AA4\u6255\u3092\u4E0D\u5F53\u5229\u5F97\uFF08\u6C11\u6CD5703\u6761\uFF09\u3068\u3057\u3066\u79C1\u50B5\u6A29\u306B\u6574\u7406\u3059\u308B\u4F8B",
          source: "\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"
        }
      ],
      basis: "\u798F\u7949\u533B\u7642\u8CBB\u52A9\u6210\u6761\u4F8B\u306B\u57FA\u3065\u304F\u8FD4\u9084\uFF08\u516C\u6CD5\u4E0A\u306E\u8FD4\u9084\u91D1\uFF09\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "welfare-refund",
      name: "\u751F\u6D3B\u4FDD\u8B77\u8CBB\u8FD4\u9084\u91D1",
      aliases: ["\u751F\u6D3B\u4FDD\u8B77\u6CD5\u7B2C63\u6761\u8FD4\u9084\u91D1", "\u751F\u6D3B\u4FDD\u8B77\u6CD563\u6761\u8FD4\u9084\u91D1", "63\u6761\u8FD4\u9084\u91D1", "\u751F\u6D3B\u4FDD\u8B77\u8FD4\u9084\u91D1", "\u751F\u6D3B\u4FDD\u8B77\u8CBB\u8FD4\u7D0D\u91D1", "\u4FDD\u8B77\u8CBB\u8FD4\u9084\u91D1", "\u751F\u6D3B\u4FDD\u8B77\u6CD5\u7B2C77\u6761\u306E2\u5FB4\u53CE\u91D1", "\u751F\u6D3B\u4FDD\u8B77\u6CD577\u6761\u306E2\u5FB4\u53CE\u91D1"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [
        {
          class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "2018-10-01\u4EE5\u964D\u306B\u652F\u7D66\u3057\u305F\u4FDD\u8B77\u8CBB\u306B\u4FC2\u308B63\u6761\u8FD4\u9084\u91D1\u306F77\u6761\u306E2\u306B\u3088\u308A\u56FD\u7A0E\u5FB4\u53CE\u306E\u4F8B\uFF08\u7701\u4EE4\u306E\u9664\u5916\u3042\u308A\uFF09\u300278\u6761\u5FB4\u53CE\u91D1\u3092\u542B\u3081\u3066\u8A08\u4E0A\u3059\u308B\u8A08\u753B\u3082\u3042\u308B\u3002\u652F\u7D66\u65E5\u3067\u5206\u3051\u3066\u7BA1\u7406\u3059\u308B\u3002",
          source: "\u751F\u6D3B\u4FDD\u8B77\u6CD577\u6761\u306E2\uFF082018\u5E7410\u67081\u65E5\u65BD\u884C\uFF09; \u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B \u8A08\u753B\u306E\u5BFE\u8C61\u3068\u3057\u305F\u50B5\u6A29(1)\u300C(\u4E00\u90E8)\u300D; \u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B 7(1)\uFF08\u5E73\u621030\u5E749\u6708\u5206\u307E\u3067\u306F\u975E\u5F37\u5236\uFF09"
        }
      ],
      splitByBasis: true,
      basis: "\u751F\u6D3B\u4FDD\u8B77\u6CD563\u6761\uFF08\u8CBB\u7528\u8FD4\u9084\u7FA9\u52D9\uFF09; 2018-10-01\u4EE5\u964D\u306E\u652F\u7D66\u5206\u306F77\u6761\u306E2\uFF08\u56FD\u7A0E\u5FB4\u53CE\u306E\u4F8B\u3001\u9644\u52474\u6761\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "welfare-fraud-levy",
      name: "\u751F\u6D3B\u4FDD\u8B77\u6CD5\u7B2C78\u6761\u5FB4\u53CE\u91D1",
      aliases: ["\u751F\u6D3B\u4FDD\u8B77\u8CBB\u5FB4\u53CE\u91D1", "\u751F\u6D3B\u4FDD\u8B77\u6CD578\u6761\u5FB4\u53CE\u91D1", "78\u6761\u5FB4\u53CE\u91D1", "\u751F\u6D3B\u4FDD\u8B77\u8CBB\u4E0D\u6B63\u53D7\u7D66\u5FB4\u53CE\u91D1", "\u751F\u6D3B\u4FDD\u8B77\u4E0D\u6B63\u53D7\u7D66\u5FB4\u53CE\u91D1", "\u751F\u6D3B\u4FDD\u8B77\u8CBB\u4E0D\u6B63\u53D7\u7D66\u8FD4\u9084\u91D1"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [
        {
          class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "78\u67614\u9805\uFF08\u56FD\u7A0E\u5FB4\u53CE\u306E\u4F8B\uFF09\u306E\u65BD\u884C\u524D\u306E\u5206\u306F\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29\uFF08\u5EFF\u65E5\u5E02\u5E02: \u5E73\u621026\u5E746\u6708\u5206\u307E\u3067\uFF09\u3002",
          source: "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B 7(1)\u6CE8\u30FB9(1)\u30AD"
        }
      ],
      splitByBasis: true,
      basis: "\u751F\u6D3B\u4FDD\u8B77\u6CD578\u6761\uFF08\u4E0D\u6B63\u53D7\u7D66\u306E\u8CBB\u7528\u5FB4\u53CE; 4\u9805 \u56FD\u7A0E\u5FB4\u53CE\u306E\u4F8B\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"],
      note: "\u5F37\u5236\u5FB4\u53CE\u3068\u3057\u305F\u6539\u6B63\u306E\u6642\u671F\uFF082014\u5E74\uFF09\u306F\u6761\u6587\u672A\u78BA\u8A8D\u3002\u5EFF\u65E5\u5E02\u5E02\u306E\u6CE8\u8A18\u306F\u5E73\u621026\u5E746\u6708\u5206\u307E\u3067\u3092\u975E\u5F37\u5236\u3068\u3059\u308B\u3002"
    },
    {
      id: "welfare-other-income",
      name: "\u751F\u6D3B\u4FDD\u8B77\u306E\u305F\u3081\u306E\u305D\u306E\u4ED6\u306E\u53CE\u5165",
      aliases: ["\u751F\u6D3B\u4FDD\u8B77\u8CBB\u305D\u306E\u4ED6\u306E\u53CE\u5165", "\u751F\u6D3B\u4FDD\u8B77\u305D\u306E\u4ED6\u306E\u53CE\u5165"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u751F\u6D3B\u4FDD\u8B77\u6CD5\u306B\u57FA\u3065\u304F\u8CBB\u7528\u306E\u8FD4\u9084\u30FB\u5FB4\u53CE\uFF08\u5185\u5BB9\u306F\u8A08\u753B\u306B\u8A18\u8F09\u306A\u3057\uFF09\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"],
      note: "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B\u304C\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29\u3068\u3057\u3066\u63B2\u3052\u308B\u50B5\u6A29\u3002\u5185\u8A33\uFF0877\u6761\u306E\u6276\u990A\u7FA9\u52D9\u8005\u304B\u3089\u306E\u8CBB\u7528\u5FB4\u53CE\u306A\u3069\uFF09\u306F\u672A\u78BA\u8A8D\u3002"
    },
    {
      id: "vagrant-death-cost",
      name: "\u884C\u65C5\u6B7B\u4EA1\u4EBA\u53D6\u6271\u8CBB",
      aliases: ["\u884C\u65C5\u6B7B\u4EA1\u4EBA\u846C\u796D\u8CBB", "\u884C\u65C5\u6B7B\u4EA1\u4EBA\u53D6\u6271\u8CBB\u7528", "\u884C\u65C5\u6B7B\u4EA1\u4EBA\u846C\u796D\u8CBB\u7528", "\u884C\u65C5\u75C5\u4EBA\u53CA\u884C\u65C5\u6B7B\u4EA1\u4EBA\u53D6\u6271\u8CBB", "\u884C\u65C5\u6B7B\u4EA1\u4EBA\u53D6\u6271\u7D4C\u8CBB", "\u884C\u65C5\u75C5\u4EBA\u6551\u8B77\u8CBB"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [
        {
          class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "\u5EFF\u65E5\u5E02\u5E02\u306F\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29\u306B\u533A\u5206\u3002\u884C\u65C5\u6CD5\u306E\u76F8\u7D9A\u4EBA\u30FB\u6276\u990A\u7FA9\u52D9\u8005\u3078\u306E\u8CBB\u7528\u8ACB\u6C42\u306B\u6EDE\u7D0D\u51E6\u5206\u306E\u4F8B\u306B\u3088\u308B\u898F\u5B9A\u304C\u3042\u308B\u3068\u3059\u308B\u4E8C\u6B21\u8CC7\u6599\u304C\u3042\u308B\u304C\u3001\u6761\u6587\u306F\u672A\u78BA\u8A8D\uFF08\u6761\u6587\u672A\u78BA\u8A8D\u3002\u5F37\u5236\u5FB4\u53CE\u306E\u6839\u62E0\u304C\u306A\u3051\u308C\u3070\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29\u306B\u3068\u3069\u307E\u308B\uFF09\u3002",
          source: "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B 7(1)\u30FB9(1)\u30B1"
        }
      ],
      basis: "\u884C\u65C5\u75C5\u4EBA\u53CA\u884C\u65C5\u6B7B\u4EA1\u4EBA\u53D6\u6271\u6CD5\uFF08\u8CBB\u7528\u306F\u672C\u4EBA\u30FB\u76F8\u7D9A\u4EBA\u30FB\u6276\u990A\u7FA9\u52D9\u8005\u306E\u8CA0\u62C5\uFF09\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u516C\u50B5\u6A29\u3068\u3059\u308C\u3070\u5730\u65B9\u81EA\u6CBB\u6CD5236\u6761\uFF085\u5E74\uFF09\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09"
      },
      unconfirmed: true,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "special-elderly-facility-charge",
      name: "\u7279\u5225\u8001\u4EBA\u65BD\u8A2D\u8CA0\u62C5\u91D1",
      aliases: ["\u8001\u4EBA\u30DB\u30FC\u30E0\u5165\u6240\u8005\u8CA0\u62C5\u91D1", "\u990A\u8B77\u8001\u4EBA\u30DB\u30FC\u30E0\u5165\u6240\u8005\u8CA0\u62C5\u91D1", "\u8001\u4EBA\u798F\u7949\u65BD\u8A2D\u5165\u6240\u8005\u8CA0\u62C5\u91D1", "\u8001\u4EBA\u4FDD\u8B77\u63AA\u7F6E\u8CBB\u8CA0\u62C5\u91D1", "\u8001\u4EBA\u63AA\u7F6E\u8CBB\u8CA0\u62C5\u91D1", "\u8001\u4EBA\u798F\u7949\u65BD\u8A2D\u63AA\u7F6E\u8CBB\u8CA0\u62C5\u91D1"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u8001\u4EBA\u798F\u7949\u6CD528\u6761\uFF08\u63AA\u7F6E\u306B\u8981\u3059\u308B\u8CBB\u7528\u306E\u5FB4\u53CE\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "nhi-overpayment-refund",
      name: "\u4E00\u822C\u88AB\u4FDD\u967A\u8005\u8FD4\u7D0D\u91D1",
      aliases: ["\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u8FD4\u7D0D\u91D1", "\u56FD\u4FDD\u8FD4\u7D0D\u91D1", "\u4E00\u822C\u88AB\u4FDD\u967A\u8005\u8FD4\u9084\u91D1", "\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u4E00\u822C\u88AB\u4FDD\u967A\u8005\u8FD4\u7D0D\u91D1", "\u8CC7\u683C\u55AA\u5931\u5F8C\u53D7\u8A3A\u8FD4\u7D0D\u91D1", "\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u88AB\u4FDD\u967A\u8005\u8FD4\u7D0D\u91D1"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [
        {
          class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "\u507D\u308A\u305D\u306E\u4ED6\u4E0D\u6B63\u306E\u884C\u70BA\u306B\u3088\u308B\u7D66\u4ED8\u306E\u5FB4\u53CE\u91D1\uFF08\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u6CD565\u6761\uFF09\u306F79\u6761\u306E2\u306B\u3088\u308A\u5F37\u5236\u5FB4\u53CE\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
          source: "\u539A\u751F\u52B4\u50CD\u7701\u901A\u77E5\uFF08\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u306E\u8FD4\u7D0D\u91D1\u306E\u53D6\u6271\u3044\uFF09"
        },
        {
          class: "\u79C1\u50B5\u6A29",
          note: "\u5584\u610F\u306E\u8CC7\u683C\u55AA\u5931\u5F8C\u53D7\u8A3A\u306A\u3069\u3092\u4E0D\u5F53\u5229\u5F97\uFF08\u6C11\u6CD5703\u6761\uFF09\u3068\u3057\u3066\u79C1\u50B5\u6A29\u306B\u6574\u7406\u3059\u308B\u4F8B\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
          source: "\u539A\u751F\u52B4\u50CD\u7701\u901A\u77E5\uFF08\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u306E\u8FD4\u7D0D\u91D1\u306E\u53D6\u6271\u3044\uFF09"
        }
      ],
      splitByBasis: true,
      basis: "\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u6CD565\u6761\uFF08\u4E0D\u6B63\u5229\u5F97\uFF09\u307E\u305F\u306F\u6C11\u6CD5703\u6761\uFF08\u4E0D\u5F53\u5229\u5F97\uFF09",
      limitation: {
        years: null,
        invocationRequired: false,
        basis: "\u6839\u62E0\u3067\u7570\u306A\u308B: 65\u6761\u5FB4\u53CE\u91D1\u306F\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u6CD5110\u6761\uFF082\u5E74\uFF09\u3001\u516C\u6CD5\u4E0A\u306E\u8FD4\u9084\u91D1\u306F\u5730\u65B9\u81EA\u6CBB\u6CD5236\u6761\uFF085\u5E74\uFF09\u3001\u4E0D\u5F53\u5229\u5F97\uFF08\u79C1\u50B5\u6A29\uFF09\u306F\u6C11\u6CD5166\u6761\uFF08\u63F4\u7528\u5FC5\u8981\uFF09\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09"
      },
      unconfirmed: true,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "retired-insured-refund",
      name: "\u9000\u8077\u88AB\u4FDD\u967A\u8005\u7B49\u8FD4\u7D0D\u91D1",
      aliases: ["\u9000\u8077\u88AB\u4FDD\u967A\u8005\u8FD4\u7D0D\u91D1", "\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u9000\u8077\u88AB\u4FDD\u967A\u8005\u7B49\u8FD4\u7D0D\u91D1"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [
        {
          class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "\u507D\u308A\u305D\u306E\u4ED6\u4E0D\u6B63\u306E\u884C\u70BA\u306B\u3088\u308B\u7D66\u4ED8\u306E\u5FB4\u53CE\u91D1\uFF08\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u6CD565\u6761\uFF09\u306F79\u6761\u306E2\u306B\u3088\u308A\u5F37\u5236\u5FB4\u53CE\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
          source: "\u539A\u751F\u52B4\u50CD\u7701\u901A\u77E5\uFF08\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u306E\u8FD4\u7D0D\u91D1\u306E\u53D6\u6271\u3044\uFF09"
        },
        {
          class: "\u79C1\u50B5\u6A29",
          note: "\u5584\u610F\u306E\u8CC7\u683C\u55AA\u5931\u5F8C\u53D7\u8A3A\u306A\u3069\u3092\u4E0D\u5F53\u5229\u5F97\uFF08\u6C11\u6CD5703\u6761\uFF09\u3068\u3057\u3066\u79C1\u50B5\u6A29\u306B\u6574\u7406\u3059\u308B\u4F8B\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
          source: "\u539A\u751F\u52B4\u50CD\u7701\u901A\u77E5\uFF08\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u306E\u8FD4\u7D0D\u91D1\u306E\u53D6\u6271\u3044\uFF09"
        }
      ],
      splitByBasis: true,
      basis: "\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u6CD565\u6761\uFF08\u4E0D\u6B63\u5229\u5F97\uFF09\u307E\u305F\u306F\u6C11\u6CD5703\u6761\uFF08\u4E0D\u5F53\u5229\u5F97\uFF09",
      limitation: {
        years: null,
        invocationRequired: false,
        basis: "\u6839\u62E0\u3067\u7570\u306A\u308B: 65\u6761\u5FB4\u53CE\u91D1\u306F\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u6CD5110\u6761\uFF082\u5E74\uFF09\u3001\u516C\u6CD5\u4E0A\u306E\u8FD4\u9084\u91D1\u306F\u5730\u65B9\u81EA\u6CBB\u6CD5236\u6761\uFF085\u5E74\uFF09\u3001\u4E0D\u5F53\u5229\u5F97\uFF08\u79C1\u50B5\u6A29\uFF09\u306F\u6C11\u6CD5166\u6761\uFF08\u63F4\u7528\u5FC5\u8981\uFF09\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09"
      },
      unconfirmed: true,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "third-party-payment",
      name: "\u7B2C\u4E09\u8005\u7D0D\u4ED8\u91D1",
      aliases: ["\u4E00\u822C\u88AB\u4FDD\u967A\u8005\u7B2C\u4E09\u8005\u7D0D\u4ED8\u91D1", "\u9000\u8077\u88AB\u4FDD\u967A\u8005\u7B49\u7B2C\u4E09\u8005\u7D0D\u4ED8\u91D1", "\u7B2C\u4E09\u8005\u884C\u70BA\u7D0D\u4ED8\u91D1", "\u7B2C\u4E09\u8005\u884C\u70BA\u6C42\u511F\u91D1", "\u56FD\u4FDD\u7B2C\u4E09\u8005\u7D0D\u4ED8\u91D1", "\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u7B2C\u4E09\u8005\u7D0D\u4ED8\u91D1", "\u7B2C\u4E09\u8005\u884C\u70BA\u640D\u5BB3\u8CE0\u511F\u91D1", "\u7B2C\u4E09\u8005\u884C\u70BA\u6C42\u511F"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u56FD\u6C11\u5065\u5EB7\u4FDD\u967A\u6CD564\u6761\uFF08\u4EE3\u4F4D\u53D6\u5F97\u3057\u305F\u640D\u5BB3\u8CE0\u511F\u8ACB\u6C42\u6A29\u3001\u7D14\u7136\u305F\u308B\u79C1\u50B5\u6A29\uFF09",
      limitation: {
        years: 3,
        invocationRequired: true,
        basis: "\u6C11\u6CD5724\u6761\uFF08\u640D\u5BB3\u53CA\u3073\u52A0\u5BB3\u8005\u3092\u77E5\u3063\u305F\u6642\u304B\u30893\u5E74\u30FB\u4E0D\u6CD5\u884C\u70BA\u306E\u6642\u304B\u308920\u5E74\u3002\u4EBA\u306E\u751F\u547D\u30FB\u8EAB\u4F53\u306E\u4FB5\u5BB3\u306F5\u5E74: 724\u6761\u306E2\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
        formerYears: 3
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "ltc-third-party-refund",
      name: "\u4ECB\u8B77\u4FDD\u967A\u7B2C\u4E09\u8005\u8FD4\u7D0D\u91D1",
      aliases: ["\u4ECB\u8B77\u4FDD\u967A\u7B2C\u4E09\u8005\u7D0D\u4ED8\u91D1", "\u4ECB\u8B77\u4FDD\u967A\u7B2C\u4E09\u8005\u884C\u70BA\u6C42\u511F\u91D1", "\u4ECB\u8B77\u4FDD\u967A\u7B2C\u4E09\u8005\u884C\u70BA\u7D0D\u4ED8\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u4ECB\u8B77\u4FDD\u967A\u6CD521\u6761\uFF08\u7B2C\u4E09\u8005\u884C\u70BA\u306E\u4EE3\u4F4D\uFF09",
      limitation: {
        years: 3,
        invocationRequired: true,
        basis: "\u6C11\u6CD5724\u6761\uFF08\u640D\u5BB3\u53CA\u3073\u52A0\u5BB3\u8005\u3092\u77E5\u3063\u305F\u6642\u304B\u30893\u5E74\u30FB\u4E0D\u6CD5\u884C\u70BA\u306E\u6642\u304B\u308920\u5E74\u3002\u4EBA\u306E\u751F\u547D\u30FB\u8EAB\u4F53\u306E\u4FB5\u5BB3\u306F5\u5E74: 724\u6761\u306E2\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09",
        formerYears: 3
      },
      unconfirmed: true,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"],
      note: "\u6D25\u5C71\u5E02\u306E\u8868\u306B\u3042\u308B\u304C\u8A08\u753B\u306E\u5BFE\u8C61\u3068\u3057\u305F\u50B5\u6A29\u306E\u4E00\u89A7\u306B\u306A\u3044\u3002\u7B2C\u4E09\u8005\u7D0D\u4ED8\u91D1\u3068\u540C\u3058\u304F\u4EE3\u4F4D\u53D6\u5F97\u3057\u305F\u640D\u5BB3\u8CE0\u511F\u8ACB\u6C42\u6A29\u3068\u63A8\u5B9A\u3002"
    },
    {
      id: "sewer-fee",
      name: "\u4E0B\u6C34\u9053\u4F7F\u7528\u6599",
      aliases: ["\u516C\u5171\u4E0B\u6C34\u9053\u4F7F\u7528\u6599", "\u4E0B\u6C34\u9053\u6599\u91D1", "\u516C\u5171\u4E0B\u6C34\u9053\u6599\u91D1"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u4E0B\u6C34\u9053\u6CD520\u6761 + \u5730\u65B9\u81EA\u6CBB\u6CD5\u9644\u52476\u6761 \u2192 231\u6761\u306E3\u7B2C3\u9805",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u6761\uFF085\u5E74\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "sewer-beneficiary-charge",
      name: "\u4E0B\u6C34\u9053\u53D7\u76CA\u8005\u8CA0\u62C5\u91D1",
      aliases: ["\u516C\u5171\u4E0B\u6C34\u9053\u53D7\u76CA\u8005\u8CA0\u62C5\u91D1", "\u53D7\u76CA\u8005\u8CA0\u62C5\u91D1", "\u4E0B\u6C34\u9053\u4E8B\u696D\u53D7\u76CA\u8005\u8CA0\u62C5\u91D1", "\u90FD\u5E02\u8A08\u753B\u4E0B\u6C34\u9053\u53D7\u76CA\u8005\u8CA0\u62C5\u91D1"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u90FD\u5E02\u8A08\u753B\u6CD575\u67615\u9805\uFF08\u56FD\u7A0E\u6EDE\u7D0D\u51E6\u5206\u306E\u4F8B\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u90FD\u5E02\u8A08\u753B\u6CD575\u67617\u9805\uFF085\u5E74\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "sewer-beneficiary-share",
      name: "\u4E0B\u6C34\u9053\u53D7\u76CA\u8005\u5206\u62C5\u91D1",
      aliases: ["\u516C\u5171\u4E0B\u6C34\u9053\u53D7\u76CA\u8005\u5206\u62C5\u91D1", "\u4E0B\u6C34\u9053\u4E8B\u696D\u53D7\u76CA\u8005\u5206\u62C5\u91D1", "\u4E0B\u6C34\u9053\u5206\u62C5\u91D1"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5224\u6761\uFF08\u5206\u62C5\u91D1\uFF09\u2192 231\u6761\u306E3\u7B2C3\u9805",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "sewer-beneficiary-combined",
      name: "\u4E0B\u6C34\u9053\u53D7\u76CA\u8005\u8CA0\u62C5\u91D1\u30FB\u5206\u62C5\u91D1",
      aliases: ["\u4E0B\u6C34\u9053\u53D7\u76CA\u8005\u8CA0\u62C5\u91D1\u53CA\u3073\u5206\u62C5\u91D1", "\u4E0B\u6C34\u9053\u53D7\u76CA\u8005\u8CA0\u62C5\u91D1\u7B49", "\u4E0B\u6C34\u9053\u53D7\u76CA\u8005\u8CA0\u62C5\u91D1\u5206\u62C5\u91D1"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u90FD\u5E02\u8A08\u753B\u6CD575\u67615\u9805\u30FB\u5730\u65B9\u81EA\u6CBB\u6CD5224\u6761",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"],
      note: "\u6D25\u5C71\u5E02\u306E\u4E00\u89A7\u304C\u8CA0\u62C5\u91D1\u3068\u5206\u62C5\u91D1\u3092\u307E\u3068\u3081\u3066\u66F8\u304F\u540D\u79F0\u3002"
    },
    {
      id: "rural-sewer-beneficiary-share",
      name: "\u8FB2\u696D\u96C6\u843D\u6392\u6C34\u4E8B\u696D\u53D7\u76CA\u8005\u5206\u62C5\u91D1",
      aliases: ["\u8FB2\u696D\u96C6\u843D\u6392\u6C34\u53D7\u76CA\u8005\u5206\u62C5\u91D1", "\u8FB2\u696D\u96C6\u843D\u6392\u6C34\u5206\u62C5\u91D1", "\u8FB2\u696D\u96C6\u843D\u6392\u6C34\u65BD\u8A2D\u53D7\u76CA\u8005\u5206\u62C5\u91D1", "\u8FB2\u696D\u96C6\u843D\u6392\u6C34\u4E8B\u696D\u5206\u62C5\u91D1"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5224\u6761\uFF08\u5206\u62C5\u91D1\uFF09\u2192 231\u6761\u306E3\u7B2C3\u9805",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"]
    },
    {
      id: "beneficiary-share",
      name: "\u53D7\u76CA\u8005\u5206\u62C5\u91D1",
      aliases: ["\u5206\u62C5\u91D1"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5224\u6761\uFF08\u5206\u62C5\u91D1\uFF09\u2192 231\u6761\u306E3\u7B2C3\u9805",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"]
    },
    {
      id: "rural-sewer-fee",
      name: "\u8FB2\u696D\u96C6\u843D\u6392\u6C34\u4F7F\u7528\u6599",
      aliases: ["\u8FB2\u696D\u96C6\u843D\u6392\u6C34\u65BD\u8A2D\u4F7F\u7528\u6599", "\u8FB2\u696D\u96C6\u843D\u6392\u6C34\u51E6\u7406\u65BD\u8A2D\u4F7F\u7528\u6599", "\u8FB2\u96C6\u6392\u4F7F\u7528\u6599", "\u8FB2\u696D\u96C6\u843D\u6392\u6C34\u4E8B\u696D\u4F7F\u7528\u6599", "\u8FB2\u696D\u96C6\u843D\u6392\u6C34\u6599\u91D1"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u516C\u306E\u65BD\u8A2D\u306E\u4F7F\u7528\u6599\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5225\u6761\uFF09; \u4E0B\u6C34\u9053\u6CD5\u306E\u516C\u5171\u4E0B\u6C34\u9053\u3067\u306A\u304F\u9644\u52476\u6761\u306B\u5F53\u305F\u3089\u306A\u3044",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "small-sewer-fee",
      name: "\u5C0F\u898F\u6A21\u4E0B\u6C34\u9053\u4F7F\u7528\u6599",
      aliases: ["\u5C0F\u898F\u6A21\u4E0B\u6C34\u9053\u65BD\u8A2D\u4F7F\u7528\u6599", "\u5C0F\u898F\u6A21\u4E0B\u6C34\u9053\u6599\u91D1"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [
        {
          class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "\u7279\u5B9A\u74B0\u5883\u4FDD\u5168\u516C\u5171\u4E0B\u6C34\u9053\u306A\u3069\u4E0B\u6C34\u9053\u6CD5\u4E0A\u306E\u516C\u5171\u4E0B\u6C34\u9053\u3067\u3042\u308C\u3070\u9644\u52476\u6761\u306B\u3088\u308A\u5F37\u5236\u5FB4\u53CE\uFF08\u65BD\u8A2D\u306E\u6CD5\u7684\u4F4D\u7F6E\u4ED8\u3051\u306B\u3088\u308B\uFF09",
          source: "\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"
        }
      ],
      basis: "\u6761\u4F8B\u306B\u3088\u308B\u516C\u306E\u65BD\u8A2D\u306E\u4F7F\u7528\u6599\uFF08\u4E0B\u6C34\u9053\u6CD5\u306E\u516C\u5171\u4E0B\u6C34\u9053\u3067\u306A\u3051\u308C\u3070\u9644\u52476\u6761\u306B\u5F53\u305F\u3089\u306A\u3044\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: false,
      sources: ["\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B", "\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"],
      note: "\u5EFF\u65E5\u5E02\u5E02\u306F\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29\u306B\u533A\u5206\uFF089(2)\u30AA\u306B\u300C\u6EDE\u7D0D\u51E6\u5206\u3092\u5B9F\u65BD\u300D\u3068\u306E\u8A18\u8FF0\u304C\u3042\u308B\u304C\u533A\u5206\u306B\u5F93\u3046\uFF09\u3002"
    },
    {
      id: "fishery-village-sewer-fee",
      name: "\u6F01\u696D\u96C6\u843D\u6392\u6C34\u4F7F\u7528\u6599",
      aliases: ["\u6F01\u696D\u96C6\u843D\u6392\u6C34\u65BD\u8A2D\u4F7F\u7528\u6599"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u516C\u306E\u65BD\u8A2D\u306E\u4F7F\u7528\u6599\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5225\u6761\uFF09; \u4E0B\u6C34\u9053\u6CD5\u306E\u516C\u5171\u4E0B\u6C34\u9053\u3067\u306A\u3044",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "septic-tank-fee",
      name: "\u6D44\u5316\u69FD\u4F7F\u7528\u6599",
      aliases: ["\u5408\u4F75\u51E6\u7406\u6D44\u5316\u69FD\u4F7F\u7528\u6599", "\u5E02\u753A\u6751\u8A2D\u7F6E\u578B\u6D44\u5316\u69FD\u4F7F\u7528\u6599", "\u6D44\u5316\u69FD\u65BD\u8A2D\u4F7F\u7528\u6599", "\u500B\u5225\u6392\u6C34\u51E6\u7406\u65BD\u8A2D\u4F7F\u7528\u6599", "\u6D44\u5316\u69FD\u7DAD\u6301\u7BA1\u7406\u4F7F\u7528\u6599"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u6761\u4F8B\u306B\u3088\u308B\u516C\u306E\u65BD\u8A2D\u306E\u4F7F\u7528\u6599\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5225\u6761\uFF09; \u4E0B\u6C34\u9053\u6CD5\u306E\u516C\u5171\u4E0B\u6C34\u9053\u3067\u306A\u3044",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "road-occupancy-fee",
      name: "\u9053\u8DEF\u5360\u7528\u6599",
      aliases: ["\u9053\u8DEF\u5360\u7528\u6599\u91D1", "\u5E02\u9053\u5360\u7528\u6599"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u9053\u8DEF\u6CD573\u6761\uFF08\u56FD\u7A0E\u6EDE\u7D0D\u51E6\u5206\u306E\u4F8B\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u6761\uFF085\u5E74; \u9053\u8DEF\u6CD5\u306E\u500B\u5225\u898F\u5B9A\u306F\u6761\u6587\u672A\u78BA\u8A8D\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "river-occupancy-fee",
      name: "\u6CB3\u5DDD\u5360\u7528\u6599",
      aliases: ["\u6CB3\u5DDD\u6577\u5360\u7528\u6599", "\u6D41\u6C34\u5360\u7528\u6599", "\u6E96\u7528\u6CB3\u5DDD\u5360\u7528\u6599"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [
        {
          class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "\u666E\u901A\u6CB3\u5DDD\uFF08\u6CD5\u5B9A\u5916\u516C\u5171\u7269\uFF09\u3092\u6761\u4F8B\u3067\u7BA1\u7406\u3059\u308B\u5834\u5408\u306E\u5360\u7528\u6599\u306F\u975E\u5F37\u5236",
          source: "\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"
        }
      ],
      basis: "\u6CB3\u5DDD\u6CD574\u6761\uFF08\u56FD\u7A0E\u6EDE\u7D0D\u51E6\u5206\u306E\u4F8B; \u6E96\u7528\u6CB3\u5DDD\u306F100\u6761\u3067\u6E96\u7528\uFF09\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "non-statutory-public-property-fee",
      name: "\u6CD5\u5B9A\u5916\u516C\u5171\u7269\u4F7F\u7528\u6599",
      aliases: ["\u6CD5\u5B9A\u5916\u516C\u7269\u4F7F\u7528\u6599", "\u6CD5\u5B9A\u5916\u516C\u5171\u7269\u5360\u7528\u6599", "\u6CD5\u5B9A\u5916\u516C\u5171\u7528\u7269\u4F7F\u7528\u6599", "\u666E\u901A\u6CB3\u5DDD\u7B49\u5360\u7528\u6599"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u6761\u4F8B\u306B\u3088\u308B\u4F7F\u7528\u6599\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5225\u6761\u30FB238\u6761\u306E4\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"],
      note: "\u6D25\u5C71\u5E02\u306F\u88682-1\u30FB3-2\u3067\u300C\u6CD5\u5B9A\u5916\u516C\u7269\u4F7F\u7528\u6599\u300D\u3068\u3082\u66F8\u304F\uFF08\u5225\u540D\uFF09\u3002"
    },
    {
      id: "administrative-property-fee",
      name: "\u884C\u653F\u8CA1\u7523\u4F7F\u7528\u6599",
      aliases: ["\u884C\u653F\u8CA1\u7523\u76EE\u7684\u5916\u4F7F\u7528\u6599", "\u76EE\u7684\u5916\u4F7F\u7528\u6599", "\u884C\u653F\u8CA1\u7523\u4F7F\u7528\u8A31\u53EF\u4F7F\u7528\u6599"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5225\u6761\u30FB238\u6761\u306E4\u7B2C7\u9805\uFF08\u4F7F\u7528\u8A31\u53EF\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "public-facility-fee",
      name: "\u516C\u306E\u65BD\u8A2D\u4F7F\u7528\u6599",
      aliases: ["\u65BD\u8A2D\u4F7F\u7528\u6599", "\u516C\u5171\u65BD\u8A2D\u4F7F\u7528\u6599"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [
        {
          class: "\u79C1\u50B5\u6A29",
          note: "\u6307\u5B9A\u7BA1\u7406\u8005\u306E\u5229\u7528\u6599\u91D1\u5236\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5244\u6761\u306E2\u7B2C8\u9805\uFF09\u3067\u306F\u5E02\u306E\u50B5\u6A29\u3067\u306A\u3044\u3001\u307E\u305F\u306F\u5951\u7D04\u306B\u3088\u308B\u79C1\u50B5\u6A29\u3068\u3059\u308B\u4F8B",
          source: "\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"
        }
      ],
      basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5225\u6761\u30FB244\u6761",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "park-fee",
      name: "\u516C\u5712\u4F7F\u7528\u6599",
      aliases: ["\u90FD\u5E02\u516C\u5712\u4F7F\u7528\u6599", "\u516C\u5712\u5360\u7528\u6599", "\u90FD\u5E02\u516C\u5712\u5360\u7528\u6599"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u90FD\u5E02\u516C\u5712\u6CD5\u30FB\u6761\u4F8B\uFF08\u6EDE\u7D0D\u51E6\u5206\u306E\u898F\u5B9A\u306A\u3057: \u6761\u6587\u672A\u78BA\u8A8D\uFF09; \u5730\u65B9\u81EA\u6CBB\u6CD5225\u6761",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "cemetery-fee",
      name: "\u5893\u5730\u7BA1\u7406\u6599",
      aliases: ["\u970A\u5712\u7BA1\u7406\u6599", "\u5E02\u55B6\u5893\u5730\u7BA1\u7406\u6599", "\u5893\u5730\u4F7F\u7528\u6599", "\u970A\u5712\u4F7F\u7528\u6599", "\u5E02\u55B6\u970A\u5712\u7BA1\u7406\u6599", "\u5893\u5730\u7BA1\u7406\u624B\u6570\u6599"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u516C\u306E\u65BD\u8A2D\u306E\u4F7F\u7528\u6599\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5225\u6761\uFF09\u30FB\u6761\u4F8B",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "parking-fee",
      name: "\u5E02\u55B6\u99D0\u8ECA\u5834\u4F7F\u7528\u6599",
      aliases: ["\u99D0\u8ECA\u5834\u4F7F\u7528\u6599", "\u516C\u5171\u99D0\u8ECA\u5834\u4F7F\u7528\u6599", "\u5E02\u55B6\u99D0\u8ECA\u5834\u6599\u91D1"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [
        {
          class: "\u79C1\u50B5\u6A29",
          note: "\u6708\u6975\u5951\u7D04\u30FB\u5229\u7528\u6599\u91D1\u5236\u306B\u3088\u308B\u99D0\u8ECA\u5834\u3092\u79C1\u50B5\u6A29\u3068\u3059\u308B\u4F8B",
          source: "\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"
        }
      ],
      basis: "\u516C\u306E\u65BD\u8A2D\u306E\u4F7F\u7528\u6599\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5225\u6761\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "fishing-port-boat-storage-fee",
      name: "\u6F01\u6E2F\u8247\u7F6E\u65BD\u8A2D\u4F7F\u7528\u6599",
      aliases: ["\u8247\u7F6E\u65BD\u8A2D\u4F7F\u7528\u6599", "\u6F01\u6E2F\u8247\u7F6E\u5834\u4F7F\u7528\u6599", "\u30D7\u30EC\u30B8\u30E3\u30FC\u30DC\u30FC\u30C8\u8247\u7F6E\u65BD\u8A2D\u4F7F\u7528\u6599", "\u6F01\u6E2F\u65BD\u8A2D\u4F7F\u7528\u6599(\u8247\u7F6E)"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [
        {
          class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "\u5F37\u5236\u5FB4\u53CE\u306E\u6CD5\u5F8B\u4E0A\u306E\u6839\u62E0\u304C\u306A\u3051\u308C\u3070\u516C\u306E\u65BD\u8A2D\u306E\u4F7F\u7528\u6599\u3068\u3057\u3066\u975E\u5F37\u5236\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
          source: "\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"
        }
      ],
      basis: "\u6F01\u6E2F\u53CA\u3073\u6F01\u5834\u306E\u6574\u5099\u7B49\u306B\u95A2\u3059\u308B\u6CD5\u5F8B\u306B\u57FA\u3065\u304F\u6F01\u6E2F\u7BA1\u7406\u6761\u4F8B\uFF08\u5F37\u5236\u5FB4\u53CE\u306E\u6839\u62E0\u6761\u9805\u306F\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"],
      note: "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B 7(1) \u304C\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29\u306B\u533A\u5206\u3002"
    },
    {
      id: "abandoned-bicycle-fee",
      name: "\u653E\u7F6E\u81EA\u8EE2\u8ECA\u4FDD\u7BA1\u6599",
      aliases: ["\u653E\u7F6E\u81EA\u8EE2\u8ECA\u64A4\u53BB\u4FDD\u7BA1\u6599", "\u81EA\u8EE2\u8ECA\u7B49\u64A4\u53BB\u4FDD\u7BA1\u624B\u6570\u6599", "\u653E\u7F6E\u81EA\u8EE2\u8ECA\u7B49\u79FB\u9001\u4FDD\u7BA1\u6599", "\u653E\u7F6E\u81EA\u8EE2\u8ECA\u7B49\u4FDD\u7BA1\u6599"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u81EA\u8EE2\u8ECA\u306E\u5B89\u5168\u5229\u7528\u306E\u4FC3\u9032\u53CA\u3073\u81EA\u8EE2\u8ECA\u7B49\u306E\u99D0\u8ECA\u5BFE\u7B56\u306E\u7DCF\u5408\u7684\u63A8\u9032\u306B\u95A2\u3059\u308B\u6CD5\u5F8B6\u6761\u30FB\u6761\u4F8B",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "housing-rent",
      name: "\u5E02\u55B6\u4F4F\u5B85\u4F7F\u7528\u6599",
      aliases: ["\u4F4F\u5B85\u4F7F\u7528\u6599", "\u5E02\u55B6\u4F4F\u5B85\u5BB6\u8CC3", "\u516C\u55B6\u4F4F\u5B85\u4F7F\u7528\u6599", "\u516C\u55B6\u4F4F\u5B85\u5BB6\u8CC3", "\u5E02\u55B6\u4F4F\u5B85\u8CC3\u6599", "\u5E02\u55B6\u4F4F\u5B85\u4F7F\u7528\u6599(\u5BB6\u8CC3)", "\u5E02\u55B6\u4F4F\u5B85\u5BB6\u8CC3(\u4F7F\u7528\u6599)"],
      class: "\u79C1\u50B5\u6A29",
      variants: [
        {
          class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "\u300C\u4F7F\u7528\u6599\u300D\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5225\u6761\u30FB\u6761\u4F8B\u30FB\u5165\u5C45\u6C7A\u5B9A\uFF09\u3068\u3057\u3066\u516C\u50B5\u6A29\u306E\u975E\u5F37\u5236\u306B\u7F6E\u304F\u30DE\u30CB\u30E5\u30A2\u30EB\u304C\u3042\u308B\u3002\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29\u3068\u3059\u308B\u6839\u62E0\u306F\u306A\u3044\uFF08\u6CD5\u5F8B\u3067\u5B9A\u3081\u308B\u4F7F\u7528\u6599\u3067\u306A\u3044\uFF09\u3002",
          source: "\u5E02\u55B6\u4F4F\u5B85\u4F7F\u7528\u6599\u306E\u5224\u4F8B\uFF08\u6700\u5224\u662D\u548C59\u5E7412\u670813\u65E5\uFF09; \u76F8\u6A21\u539F\u5E02\u306E\u50B5\u6A29\u5206\u985E; \u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B 7(2)"
        }
      ],
      basis: "\u516C\u55B6\u4F4F\u5B85\u6CD5\u30FB\u6C11\u6CD5\u30FB\u501F\u5730\u501F\u5BB6\u6CD5\uFF08\u6700\u5224\u662D\u548C59\u5E7412\u670813\u65E5\u3001\u5E73\u62102\u5E746\u670822\u65E5\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5169\u6761\uFF08\u5B9A\u671F\u7D66\u4ED8\u50B5\u6A29\uFF095\u5E74",
        formerYears: 5
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u5E02\u55B6\u4F4F\u5B85\u4F7F\u7528\u6599\u306E\u5224\u4F8B\uFF08\u6700\u5224\u662D\u548C59\u5E7412\u670813\u65E5\uFF09", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "improved-housing-rent",
      name: "\u6539\u826F\u4F4F\u5B85\u4F7F\u7528\u6599",
      aliases: ["\u6539\u826F\u4F4F\u5B85\u5BB6\u8CC3"],
      class: "\u79C1\u50B5\u6A29",
      variants: [
        {
          class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "\u300C\u4F7F\u7528\u6599\u300D\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5225\u6761\u30FB\u6761\u4F8B\u30FB\u5165\u5C45\u6C7A\u5B9A\uFF09\u3068\u3057\u3066\u516C\u50B5\u6A29\u306E\u975E\u5F37\u5236\u306B\u7F6E\u304F\u30DE\u30CB\u30E5\u30A2\u30EB\u304C\u3042\u308B\u3002\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29\u3068\u3059\u308B\u6839\u62E0\u306F\u306A\u3044\uFF08\u6CD5\u5F8B\u3067\u5B9A\u3081\u308B\u4F7F\u7528\u6599\u3067\u306A\u3044\uFF09\u3002",
          source: "\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"
        }
      ],
      basis: "\u4F4F\u5B85\u5730\u533A\u6539\u826F\u6CD5\u30FB\u6C11\u6CD5\u30FB\u501F\u5730\u501F\u5BB6\u6CD5\uFF08\u5E02\u55B6\u4F4F\u5B85\u4F7F\u7528\u6599\u3068\u540C\u3058\u6027\u8CEA\uFF09\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5169\u6761\uFF08\u5B9A\u671F\u7D66\u4ED8\u50B5\u6A29\uFF095\u5E74",
        formerYears: 5
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "housing-parking-fee",
      name: "\u5E02\u55B6\u4F4F\u5B85\u99D0\u8ECA\u5834\u4F7F\u7528\u6599",
      aliases: ["\u516C\u55B6\u4F4F\u5B85\u99D0\u8ECA\u5834\u4F7F\u7528\u6599", "\u4F4F\u5B85\u99D0\u8ECA\u5834\u4F7F\u7528\u6599", "\u5E02\u55B6\u4F4F\u5B85\u99D0\u8ECA\u5834\u6599"],
      class: "\u79C1\u50B5\u6A29",
      variants: [
        {
          class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "\u300C\u4F7F\u7528\u6599\u300D\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5225\u6761\u30FB\u6761\u4F8B\u30FB\u5165\u5C45\u6C7A\u5B9A\uFF09\u3068\u3057\u3066\u516C\u50B5\u6A29\u306E\u975E\u5F37\u5236\u306B\u7F6E\u304F\u30DE\u30CB\u30E5\u30A2\u30EB\u304C\u3042\u308B\u3002\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29\u3068\u3059\u308B\u6839\u62E0\u306F\u306A\u3044\uFF08\u6CD5\u5F8B\u3067\u5B9A\u3081\u308B\u4F7F\u7528\u6599\u3067\u306A\u3044\uFF09\u3002",
          source: "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B 7(2)"
        }
      ],
      basis: "\u516C\u55B6\u4F4F\u5B85\u6CD5\uFF08\u5171\u540C\u65BD\u8A2D\uFF09\u30FB\u6C11\u6CD5; \u5E02\u55B6\u4F4F\u5B85\u4F7F\u7528\u6599\u3068\u540C\u3058\u6271\u3044\u3068\u63A8\u5B9A\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5169\u6761\uFF08\u5B9A\u671F\u7D66\u4ED8\u50B5\u6A29\uFF095\u5E74",
        formerYears: 5
      },
      unconfirmed: true,
      sources: ["\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "housing-common-fee",
      name: "\u5E02\u55B6\u4F4F\u5B85\u5171\u76CA\u8CBB",
      aliases: ["\u4F4F\u5B85\u5171\u76CA\u8CBB", "\u516C\u55B6\u4F4F\u5B85\u5171\u76CA\u8CBB", "\u5171\u76CA\u8CBB"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u5165\u5C45\u8005\u306E\u5171\u7528\u90E8\u5206\u306E\u8CBB\u7528\u8CA0\u62C5\uFF08\u6C11\u6CD5\uFF09\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5169\u6761\uFF08\u5B9A\u671F\u7D66\u4ED8\u50B5\u6A29\uFF095\u5E74",
        formerYears: 5
      },
      unconfirmed: true,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"],
      note: "\u6D25\u5C71\u5E02\u306E\u8868\u306B\u3042\u308B\u304C\u4E00\u89A7\u306B\u306A\u3044\u3002\u5E02\u55B6\u4F4F\u5B85\u4F7F\u7528\u6599\u3068\u540C\u3058\u304F\u79C1\u50B5\u6A29\u3068\u63A8\u5B9A\u3002"
    },
    {
      id: "housing-damages",
      name: "\u4F4F\u5B85\u4F7F\u7528\u640D\u5BB3\u91D1",
      aliases: ["\u5BB6\u8CC3\u76F8\u5F53\u640D\u5BB3\u91D1", "\u5E02\u55B6\u4F4F\u5B85\u640D\u5BB3\u91D1", "\u5E02\u55B6\u4F4F\u5B85\u660E\u6E21\u3057\u640D\u5BB3\u91D1", "\u4F4F\u5B85\u660E\u6E21\u3057\u640D\u5BB3\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u4E0D\u6CD5\u5360\u6709\u30FB\u660E\u6E21\u3057\u9045\u5EF6\u306B\u3088\u308B\u640D\u5BB3\u8CE0\u511F\uFF08\u6C11\u6CD5\uFF09\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5 167\u6761 10\u5E74\uFF08\u4E0D\u6CD5\u884C\u70BA\u306A\u3089724\u6761 3\u5E74\uFF09",
        formerYears: 5
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "water-charge",
      name: "\u6C34\u9053\u6599\u91D1",
      aliases: ["\u6C34\u9053\u4F7F\u7528\u6599", "\u4E0A\u6C34\u9053\u6599\u91D1", "\u4E0A\u6C34\u9053\u4F7F\u7528\u6599", "\u7D66\u6C34\u6599\u91D1", "\u6C34\u9053\u6599", "\u6C34\u9053\u4F7F\u7528\u6599(\u65E7\u7C21\u6613\u6C34\u9053\u542B)", "\u6C34\u9053\u4F7F\u7528\u6599\uFF08\u65E7\u7C21\u6613\u6C34\u9053\u542B\uFF09", "\u6C34\u9053\u4F7F\u7528\u6599(\u65E7\u7C21\u6613\u6C34\u9053\u5408)", "\u6C34\u9053\u4F7F\u7528\u6599\uFF08\u65E7\u7C21\u6613\u6C34\u9053\u5408\uFF09"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u7D66\u6C34\u5951\u7D04\uFF08\u5E73\u621015\u5E74\u6700\u9AD8\u88C1\u6C7A\u5B9A: \u79C1\u6CD5\u4E0A\u306E\u50B5\u6A29\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5173\u6761 2\u5E74\uFF08\u5B9F\u52D9\u306F\u5206\u304B\u308C\u308B\uFF09",
        formerYears: 2
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"],
      note: "\u6D25\u5C71\u5E02\u306E\u88683-2\u306F\u300C\u6C34\u9053\u4F7F\u7528\u6599(\u65E7\u7C21\u6613\u6C34\u9053\u5408)\u300D\u3068\u8AA4\u8A18\uFF08\u300C\u542B\u300D\uFF09\u3002\u5225\u540D\u306B\u7F6E\u304F\u3002"
    },
    {
      id: "simple-water-charge",
      name: "\u7C21\u6613\u6C34\u9053\u6599\u91D1",
      aliases: ["\u7C21\u6613\u6C34\u9053\u4F7F\u7528\u6599"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u7D66\u6C34\u5951\u7D04\uFF08\u6C34\u9053\u6599\u91D1\u3068\u540C\u3058\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5173\u6761 2\u5E74",
        formerYears: 2
      },
      unconfirmed: false,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "industrial-water-charge",
      name: "\u5DE5\u696D\u7528\u6C34\u9053\u6599\u91D1",
      aliases: ["\u5DE5\u696D\u7528\u6C34\u9053\u4F7F\u7528\u6599", "\u5DE5\u696D\u7528\u6C34\u6599\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u7D66\u6C34\u5951\u7D04",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5173\u6761 2\u5E74\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
        formerYears: 2
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "school-lunch-fee",
      name: "\u5B66\u6821\u7D66\u98DF\u8CBB",
      aliases: ["\u7D66\u98DF\u8CBB", "\u5B66\u6821\u7D66\u98DF\u8CBB\u4FDD\u8B77\u8005\u8CA0\u62C5\u91D1", "\u5C0F\u4E2D\u5B66\u6821\u7D66\u98DF\u8CBB", "\u5B66\u6821\u7D66\u98DF\u8CBB(\u516C\u4F1A\u8A08)"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u5B66\u6821\u7D66\u98DF\u6CD511\u67612\u9805\uFF08\u4FDD\u8B77\u8005\u8CA0\u62C5\uFF09; \u50B5\u6A29\u8005\u30FB\u516C\u4F1A\u8A08\u5316\u306E\u8AD6\u70B9\u3042\u308A",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5173\u6761 2\u5E74",
        formerYears: 2
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"]
    },
    {
      id: "scholarship-loan",
      name: "\u5968\u5B66\u91D1\u8CB8\u4ED8\u91D1",
      aliases: ["\u5968\u5B66\u91D1\u8FD4\u9084\u91D1", "\u5968\u5B66\u91D1\u8CB8\u4ED8\u91D1\u8FD4\u9084\u91D1", "\u5968\u5B66\u8CC7\u91D1\u8CB8\u4ED8\u91D1", "\u5968\u5B66\u8CC7\u91D1\u8FD4\u9084\u91D1", "\u5968\u5B66\u91D1\u8CB8\u4E0E\u91D1", "\u80B2\u82F1\u8CC7\u91D1\u8CB8\u4ED8\u91D1", "\u80B2\u82F1\u8CC7\u91D1\u8FD4\u9084\u91D1", "\u5968\u5B66\u91D1\u511F\u9084\u91D1", "\u6D25\u5C71\u5E02\u5968\u5B66\u91D1\u8FD4\u9084\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u6D88\u8CBB\u8CB8\u501F\u5951\u7D04\uFF08\u6C11\u6CD5587\u6761\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "training-loan",
      name: "\u4FEE\u5B66\u8CC7\u91D1\u8CB8\u4ED8\u91D1",
      aliases: ["\u770B\u8B77\u5E2B\u7B49\u4FEE\u5B66\u8CC7\u91D1\u8CB8\u4ED8\u91D1", "\u4FEE\u5B66\u8CC7\u91D1\u8FD4\u9084\u91D1", "\u770B\u8B77\u5B66\u751F\u4FEE\u5B66\u8CC7\u91D1\u8CB8\u4ED8\u91D1", "\u533B\u5E2B\u4FEE\u5B66\u8CC7\u91D1\u8CB8\u4ED8\u91D1", "\u4FEE\u5B66\u8CC7\u91D1\u511F\u9084\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u6D88\u8CBB\u8CB8\u501F\u5951\u7D04\uFF08\u8FD4\u9084\u514D\u9664\u6761\u4EF6\u4ED8\u304D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "housing-construction-loan",
      name: "\u4F4F\u5B85\u65B0\u7BC9\u8CC7\u91D1\u7B49\u8CB8\u4ED8\u91D1",
      aliases: ["\u4F4F\u5B85\u65B0\u7BC9\u8CC7\u91D1\u7B49\u8CB8\u4ED8\u91D1\u511F\u9084\u91D1", "\u4F4F\u5B85\u65B0\u7BC9\u8CC7\u91D1\u8CB8\u4ED8\u91D1", "\u4F4F\u5B85\u65B0\u7BC9\u8CC7\u91D1\u7B49\u8CB8\u4ED8\u4E8B\u696D\u511F\u9084\u91D1", "\u4F4F\u5B85\u65B0\u7BC9\u8CC7\u91D1\u7B49\u511F\u9084\u91D1", "\u4F4F\u5B85\u65B0\u7BC9\u8CC7\u91D1\u7B49\u8CB8\u4ED8\u4E8B\u696D\u8CB8\u4ED8\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u6D88\u8CBB\u8CB8\u501F\u5951\u7D04\uFF08\u6C11\u6CD5587\u6761\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B", "\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "disaster-relief-loan",
      name: "\u707D\u5BB3\u63F4\u8B77\u8CC7\u91D1\u8CB8\u4ED8\u91D1",
      aliases: ["\u707D\u5BB3\u63F4\u8B77\u8CC7\u91D1\u511F\u9084\u91D1", "\u707D\u5BB3\u63F4\u8B77\u8CC7\u91D1\u8CB8\u4ED8\u91D1\u511F\u9084\u91D1", "\u707D\u5BB3\u63F4\u8B77\u8CC7\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u707D\u5BB3\u5F14\u6170\u91D1\u306E\u652F\u7D66\u7B49\u306B\u95A2\u3059\u308B\u6CD5\u5F8B10\u6761\uFF08\u8CB8\u4ED8\u3051\uFF09\u30FB14\u6761\uFF08\u511F\u9084\u514D\u9664\uFF09; \u6D88\u8CBB\u8CB8\u501F",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: true,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"],
      note: "\u5730\u57DF\u3054\u3068\u306E\u533A\u5206\u306F\u672A\u78BA\u8A8D\u3002"
    },
    {
      id: "disaster-recovery-loan",
      name: "\u707D\u5BB3\u5FA9\u65E7\u8CC7\u91D1\u8CB8\u4ED8\u91D1",
      aliases: ["\u707D\u5BB3\u5FA9\u65E7\u8CC7\u91D1\u511F\u9084\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u6D88\u8CBB\u8CB8\u501F\u5951\u7D04\uFF08\u6C11\u6CD5587\u6761\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: false,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "low-income-livelihood-loan",
      name: "\u4F4E\u6240\u5F97\u8005\u751F\u696D\u8CC7\u91D1\u8CB8\u4ED8\u91D1",
      aliases: ["\u751F\u696D\u8CC7\u91D1\u8CB8\u4ED8\u91D1", "\u4F4E\u6240\u5F97\u8005\u751F\u696D\u8CC7\u91D1\u511F\u9084\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u6D88\u8CBB\u8CB8\u501F\u5951\u7D04\uFF08\u6C11\u6CD5587\u6761\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: false,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "living-improvement-loan",
      name: "\u751F\u6D3B\u6539\u5584\u8CC7\u91D1\u8CB8\u4ED8\u91D1",
      aliases: ["\u751F\u6D3B\u6539\u5584\u8CC7\u91D1\u511F\u9084\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u6D88\u8CBB\u8CB8\u501F\u5951\u7D04\uFF08\u6C11\u6CD5587\u6761\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: false,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "elderly-housing-loan",
      name: "\u9AD8\u9F62\u8005\u4F4F\u5B85\u6574\u5099\u8CC7\u91D1\u8CB8\u4ED8\u91D1",
      aliases: ["\u9AD8\u9F62\u8005\u4F4F\u5B85\u6574\u5099\u8CC7\u91D1", "\u9AD8\u9F62\u8005\u4F4F\u5B85\u6574\u5099\u8CC7\u91D1\u511F\u9084\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u6D88\u8CBB\u8CB8\u501F\u5951\u7D04\uFF08\u6C11\u6CD5587\u6761\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: false,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "flush-toilet-loan",
      name: "\u6C34\u6D17\u4FBF\u6240\u6539\u9020\u8CC7\u91D1\u8CB8\u4ED8\u91D1",
      aliases: ["\u6C34\u6D17\u4FBF\u6240\u6539\u9020\u8CC7\u91D1", "\u6C34\u6D17\u4FBF\u6240\u6539\u9020\u8CC7\u91D1\u511F\u9084\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u6D88\u8CBB\u8CB8\u501F\u5951\u7D04\uFF08\u6C11\u6CD5587\u6761\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: false,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "flush-toilet-loss",
      name: "\u6C34\u6D17\u4FBF\u6240\u6539\u9020\u8CC7\u91D1\u878D\u8CC7\u640D\u5931\u91D1",
      aliases: ["\u6C34\u6D17\u4FBF\u6240\u6539\u9020\u8CC7\u91D1\u878D\u8CC7\u640D\u5931\u88DC\u511F\u91D1", "\u6C34\u6D17\u4FBF\u6240\u6539\u9020\u8CC7\u91D1\u640D\u5931\u88DC\u511F\u6C42\u511F\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u878D\u8CC7\u3042\u3063\u305B\u3093\u306E\u640D\u5931\u88DC\u511F\u3092\u5C65\u884C\u3057\u305F\u5F8C\u306E\u6C42\u511F\uFF08\u6C11\u6CD5\uFF09\u3068\u63A8\u5B9A\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: true,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"],
      note: "\u6D25\u5C71\u5E02\u306E\u8868\u306E\u540D\u79F0\u3002\u4E00\u89A7\u306E\u300C\u6C34\u6D17\u4FBF\u6240\u6539\u9020\u8CC7\u91D1\u8CB8\u4ED8\u91D1\u300D\u3068\u540C\u3058\u4E8B\u696D\u306E\u50B5\u6A29\u3068\u601D\u308F\u308C\u308B\u3002"
    },
    {
      id: "single-parent-welfare-loan",
      name: "\u6BCD\u5B50\u7236\u5B50\u5BE1\u5A66\u798F\u7949\u8CC7\u91D1\u8CB8\u4ED8\u91D1",
      aliases: ["\u6BCD\u5B50\u5BE1\u5A66\u798F\u7949\u8CC7\u91D1\u8CB8\u4ED8\u91D1", "\u6BCD\u5B50\u798F\u7949\u8CC7\u91D1\u8CB8\u4ED8\u91D1", "\u7236\u5B50\u798F\u7949\u8CC7\u91D1\u8CB8\u4ED8\u91D1", "\u5BE1\u5A66\u798F\u7949\u8CC7\u91D1\u8CB8\u4ED8\u91D1", "\u6BCD\u5B50\u7236\u5B50\u5BE1\u5A66\u798F\u7949\u8CC7\u91D1\u511F\u9084\u91D1", "\u6BCD\u5B50\u7236\u5B50\u5BE1\u5A66\u798F\u7949\u8CC7\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u6BCD\u5B50\u53CA\u3073\u7236\u5B50\u4E26\u3073\u306B\u5BE1\u5A66\u798F\u7949\u6CD5\uFF08\u90FD\u9053\u5E9C\u770C\u30FB\u6307\u5B9A\u90FD\u5E02\u30FB\u4E2D\u6838\u5E02\u304C\u8CB8\u4ED8\u3051\uFF09; \u6D88\u8CBB\u8CB8\u501F\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "high-cost-medical-loan",
      name: "\u9AD8\u984D\u7642\u990A\u8CBB\u8CB8\u4ED8\u91D1",
      aliases: ["\u9AD8\u984D\u7642\u990A\u8CBB\u8CC7\u91D1\u8CB8\u4ED8\u91D1", "\u9AD8\u984D\u7642\u990A\u8CBB\u8CB8\u4ED8\u91D1\u511F\u9084\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u6D88\u8CBB\u8CB8\u501F\u5951\u7D04\uFF08\u6C11\u6CD5587\u6761\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "prosthetic-refund",
      name: "\u88DC\u88C5\u5177\u88DC\u52A9\u91D1\u30FB\u969C\u5BB3\u5150\u798F\u7949\u624B\u5F53\u8FD4\u9084\u91D1",
      aliases: ["\u88DC\u88C5\u5177\u88DC\u52A9\u91D1\u30FB\u624B\u5F53\u8FD4\u9084\u91D1", "\u88DC\u88C5\u5177\u88DC\u52A9\u91D1\u53CA\u3073\u969C\u5BB3\u5150\u798F\u7949\u624B\u5F53\u8FD4\u9084\u91D1", "\u88DC\u88C5\u5177\u88DC\u52A9\u91D1\u30FB\u969C\u5BB3\u5150\u798F\u7949\u624B\u5F53\u904E\u8AA4\u6255\u8FD4\u9084\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [
        {
          class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "\u624B\u5F53\u306E\u904E\u8AA4\u6255\u8FD4\u9084\u30FB\u88DC\u52A9\u91D1\u8FD4\u9084\u3092\u516C\u6CD5\u4E0A\u306E\u8FD4\u9084\u91D1\uFF08\u975E\u5F37\u5236\uFF09\u3068\u3059\u308B\u6574\u7406",
          source: "\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"
        }
      ],
      basis: "\u4E0D\u5F53\u5229\u5F97\uFF08\u6C11\u6CD5703\u6761\uFF09\u3068\u3057\u3066\u6271\u3046\uFF08\u6D25\u5C71\u5E02\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: true,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"],
      note: "\u6D25\u5C71\u5E02\u306E\u4E00\u89A7\u306F\u79C1\u50B5\u6A29\u3002\u88682-1\u30FB2-2\u3067\u306F\u300C\u88DC\u88C5\u5177\u88DC\u52A9\u91D1\u30FB\u624B\u5F53\u8FD4\u9084\u91D1\u300D\u3002"
    },
    {
      id: "temporary-welfare-benefit-refund",
      name: "\u81E8\u6642\u798F\u7949\u7D66\u4ED8\u91D1\u8FD4\u9084\u91D1",
      aliases: ["\u81E8\u6642\u798F\u7949\u7D66\u4ED8\u91D1", "\u81E8\u6642\u798F\u7949\u7D66\u4ED8\u91D1\u904E\u8AA4\u6255\u8FD4\u9084\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [
        {
          class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "\u7D66\u4ED8\u6C7A\u5B9A\u3092\u884C\u653F\u51E6\u5206\u3068\u898B\u3066\u516C\u6CD5\u4E0A\u306E\u8FD4\u9084\u91D1\uFF08\u975E\u5F37\u5236\uFF09\u3068\u3059\u308B\u6574\u7406",
          source: "\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"
        }
      ],
      basis: "\u8981\u7DB1\u306B\u57FA\u3065\u304F\u7D66\u4ED8\u306E\u8FD4\u9084\uFF08\u4E0D\u5F53\u5229\u5F97\u30FB\u6C11\u6CD5703\u6761\u3068\u63A8\u5B9A\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: true,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"],
      note: "\u6D25\u5C71\u5E02\u306E\u8868\u3067\u306F\u300C\u81E8\u6642\u798F\u7949\u7D66\u4ED8\u91D1\u300D\uFF08\u8FD4\u9084\u91D1\u3092\u6307\u3059\uFF09\u3002\u4E00\u89A7\u306B\u306A\u3044\u3002"
    },
    {
      id: "special-cash-benefit-refund",
      name: "\u7279\u5225\u5B9A\u984D\u7D66\u4ED8\u91D1\u8FD4\u9084\u91D1",
      aliases: ["\u7279\u5225\u5B9A\u984D\u7D66\u4ED8\u91D1", "\u7279\u5225\u5B9A\u984D\u7D66\u4ED8\u91D1\u904E\u8AA4\u6255\u8FD4\u9084\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [
        {
          class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
          note: "\u7D66\u4ED8\u6C7A\u5B9A\u3092\u884C\u653F\u51E6\u5206\u3068\u898B\u3066\u516C\u6CD5\u4E0A\u306E\u8FD4\u9084\u91D1\uFF08\u975E\u5F37\u5236\uFF09\u3068\u3059\u308B\u6574\u7406",
          source: "\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"
        }
      ],
      basis: "\u8981\u7DB1\u306B\u57FA\u3065\u304F\u7D66\u4ED8\u306E\u8FD4\u9084\uFF08\u4E0D\u5F53\u5229\u5F97\u30FB\u6C11\u6CD5703\u6761\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09",
        formerYears: null
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "subsidy-refund",
      name: "\u88DC\u52A9\u91D1\u8FD4\u9084\u91D1",
      aliases: ["\u88DC\u52A9\u91D1\u7B49\u8FD4\u9084\u91D1", "\u88DC\u52A9\u91D1\u8FD4\u7D0D\u91D1"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [
        {
          class: "\u79C1\u50B5\u6A29",
          note: "\u88DC\u52A9\u91D1\u4EA4\u4ED8\u3092\u8CA0\u62C5\u4ED8\u8D08\u4E0E\u5951\u7D04\u3068\u898B\u3066\u79C1\u50B5\u6A29\u3068\u3059\u308B\u6574\u7406",
          source: "\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"
        }
      ],
      basis: "\u88DC\u52A9\u91D1\u7B49\u4EA4\u4ED8\u898F\u5247\u306B\u57FA\u3065\u304F\u8FD4\u9084\u547D\u4EE4\uFF08\u4EA4\u4ED8\u6C7A\u5B9A\u3092\u884C\u653F\u51E6\u5206\u3068\u3059\u308B\u5834\u5408\uFF09\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "commissioned-staff-pay-refund",
      name: "\u5631\u8A17\u54E1\u5831\u916C\u8FD4\u9084\u91D1",
      aliases: ["\u5631\u8A17\u54E1\u5831\u916C\u904E\u6255\u8FD4\u9084\u91D1", "\u5631\u8A17\u54E1\u5831\u916C\u904E\u8AA4\u6255\u8FD4\u9084\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u904E\u6255\u5831\u916C\u306E\u4E0D\u5F53\u5229\u5F97\u8FD4\u9084\uFF08\u6C11\u6CD5703\u6761\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: true,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "household-waste-fee",
      name: "\u5BB6\u5EAD\u3054\u307F\u51E6\u7406\u624B\u6570\u6599",
      aliases: ["\u3054\u307F\u51E6\u7406\u624B\u6570\u6599", "\u4E00\u822C\u5EC3\u68C4\u7269\u51E6\u7406\u624B\u6570\u6599", "\u5EC3\u68C4\u7269\u51E6\u7406\u624B\u6570\u6599", "\u5BB6\u5EAD\u7CFB\u3054\u307F\u51E6\u7406\u624B\u6570\u6599", "\u3054\u307F\u53CE\u96C6\u624B\u6570\u6599"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u624B\u6570\u6599\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5227\u6761\u30FB\u5EC3\u68C4\u7269\u51E6\u7406\u6CD5\u30FB\u6761\u4F8B\uFF09; 231\u6761\u306E3\u7B2C3\u9805\u306E\u5BFE\u8C61\u5916",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"],
      note: "\u6D25\u5C71\u5E02\u306E\u8868\u306B\u3042\u308B\u304C\u4E00\u89A7\u306B\u306A\u3044\u3002"
    },
    {
      id: "night-soil-fee",
      name: "\u3057\u5C3F\u51E6\u7406\u624B\u6570\u6599",
      aliases: ["\u3057\u5C3F\u304F\u307F\u53D6\u308A\u624B\u6570\u6599", "\u3057\u5C3F\u6C72\u53D6\u624B\u6570\u6599", "\u3057\u5C3F\u53CE\u96C6\u624B\u6570\u6599", "\u3057\u5C3F\u6C72\u307F\u53D6\u308A\u624B\u6570\u6599", "\u3057\u5C3F\u51E6\u7406\u6599"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u624B\u6570\u6599\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5227\u6761\u30FB\u5EC3\u68C4\u7269\u51E6\u7406\u6CD5\u30FB\u6761\u4F8B\uFF09; 231\u6761\u306E3\u7B2C3\u9805\u306E\u5BFE\u8C61\u5916",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "emergency-safety-measure-charge",
      name: "\u7DCA\u6025\u5B89\u5168\u63AA\u7F6E\u8CA0\u62C5\u91D1",
      aliases: ["\u7A7A\u5BB6\u7B49\u7DCA\u6025\u5B89\u5168\u63AA\u7F6E\u8CA0\u62C5\u91D1", "\u7A7A\u304D\u5BB6\u7DCA\u6025\u5B89\u5168\u63AA\u7F6E\u8CA0\u62C5\u91D1", "\u7DCA\u6025\u5B89\u5168\u63AA\u7F6E\u8CBB\u7528"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [
        {
          class: "\u79C1\u50B5\u6A29",
          note: "\u6761\u4F8B\u306B\u3088\u308B\u7DCA\u6025\u5B89\u5168\u63AA\u7F6E\u3092\u4E8B\u52D9\u7BA1\u7406\u3068\u898B\u3066\u8CBB\u7528\u511F\u9084\uFF08\u6C11\u6CD5702\u6761\uFF09\u3092\u79C1\u50B5\u6A29\u3068\u3059\u308B\u6574\u7406",
          source: "\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"
        }
      ],
      basis: "\u7A7A\u5BB6\u7B49\u306E\u9069\u6B63\u7BA1\u7406\u306B\u95A2\u3059\u308B\u6761\u4F8B\u306B\u3088\u308B\u7DCA\u6025\u5B89\u5168\u63AA\u7F6E\u306E\u8CBB\u7528\u8CA0\u62C5\u3068\u63A8\u5B9A\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"],
      note: "\u6D25\u5C71\u5E02\u306E\u8868\u306B\u3042\u308B\u304C\u4E00\u89A7\u306B\u306A\u3044\uFF08\u74B0\u5883\u751F\u6D3B\u8AB2\uFF09\u3002"
    },
    {
      id: "administrative-execution-cost",
      name: "\u884C\u653F\u4EE3\u57F7\u884C\u8CBB\u7528",
      aliases: ["\u4EE3\u57F7\u884C\u8CBB\u7528", "\u7A7A\u5BB6\u7B49\u4EE3\u57F7\u884C\u8CBB\u7528", "\u884C\u653F\u4EE3\u57F7\u884C\u8CBB\u7528\u5FB4\u53CE\u91D1", "\u4EE3\u57F7\u884C\u8CBB\u7528\u5FB4\u53CE\u91D1"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u884C\u653F\u4EE3\u57F7\u884C\u6CD55\u6761\u30FB6\u6761\uFF08\u56FD\u7A0E\u6EDE\u7D0D\u51E6\u5206\u306E\u4F8B\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "administrative-fine",
      name: "\u904E\u6599",
      aliases: ["\u6761\u4F8B\u9055\u53CD\u904E\u6599", "\u904E\u6599(\u6761\u4F8B\u9055\u53CD)"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5231\u6761\u306E3\u7B2C3\u9805\uFF08\u904E\u6599\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599"]
    },
    {
      id: "land-readjustment-settlement",
      name: "\u533A\u753B\u6574\u7406\u6E05\u7B97\u91D1",
      aliases: ["\u571F\u5730\u533A\u753B\u6574\u7406\u6E05\u7B97\u91D1", "\u571F\u5730\u533A\u753B\u6574\u7406\u4E8B\u696D\u6E05\u7B97\u91D1"],
      class: "\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u571F\u5730\u533A\u753B\u6574\u7406\u6CD5110\u6761\uFF08\u6EDE\u7D0D\u51E6\u5206\u306E\u4F8B\uFF09\uFF08\u6761\u6587\u672A\u78BA\u8A8D\uFF09",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "settlement-housing-land-rent",
      name: "\u5B9A\u4F4F\u4FC3\u9032\u56E3\u5730\u8CB8\u5730\u6599",
      aliases: ["\u8CB8\u5730\u6599(\u5B9A\u4F4F\u4FC3\u9032\u56E3\u5730)", "\u8CB8\u5730\u6599\uFF08\u5B9A\u4F4F\u4FC3\u9032\u56E3\u5730\uFF09", "\u5B9A\u4F4F\u4FC3\u9032\u56E3\u5730\u8CB8\u5730\u6599(\u30CF\u30D4\u30CD\u30B9\u56E3\u5730)", "\u5B9A\u4F4F\u4FC3\u9032\u56E3\u5730\u8CB8\u5730\u6599\uFF08\u30CF\u30D4\u30CD\u30B9\u56E3\u5730\uFF09", "\u30CF\u30D4\u30CD\u30B9\u56E3\u5730\u8CB8\u5730\u6599"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u666E\u901A\u8CA1\u7523\u306E\u8CB8\u4ED8\u3051\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5238\u6761\u306E5\uFF09\u30FB\u571F\u5730\u8CC3\u8CB8\u501F\u5951\u7D04",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5169\u6761\uFF08\u5B9A\u671F\u7D66\u4ED8\u50B5\u6A29\uFF095\u5E74",
        formerYears: 5
      },
      unconfirmed: false,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "gorinbara-land-rent",
      name: "\u4E94\u8F2A\u539F\u8FB2\u7528\u5730\u8CB8\u5730\u6599",
      aliases: ["\u8CB8\u5730\u6599(\u4E94\u8F2A\u539F\u8FB2\u7528\u5730)", "\u8CB8\u5730\u6599\uFF08\u4E94\u8F2A\u539F\u8FB2\u7528\u5730\uFF09", "\u8CB8\u5730\u6599(\u4E94\u8F2A\u539F)", "\u8CB8\u5730\u6599\uFF08\u4E94\u8F2A\u539F\uFF09"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u666E\u901A\u8CA1\u7523\u306E\u8CB8\u4ED8\u3051\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5238\u6761\u306E5\uFF09\u30FB\u571F\u5730\u8CC3\u8CB8\u501F\u5951\u7D04",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5169\u6761\uFF08\u5B9A\u671F\u7D66\u4ED8\u50B5\u6A29\uFF095\u5E74",
        formerYears: 5
      },
      unconfirmed: false,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "land-rent",
      name: "\u8CB8\u5730\u6599",
      aliases: ["\u571F\u5730\u8CB8\u4ED8\u6599", "\u666E\u901A\u8CA1\u7523\u8CB8\u4ED8\u6599", "\u5E02\u6709\u5730\u8CB8\u4ED8\u6599", "\u571F\u5730\u8CC3\u8CB8\u6599", "\u5E02\u6709\u5730\u8CC3\u8CB8\u6599", "\u8CA1\u7523\u8CB8\u4ED8\u6599", "\u571F\u5730\u4F7F\u7528\u6599(\u666E\u901A\u8CA1\u7523)"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u666E\u901A\u8CA1\u7523\u306E\u8CB8\u4ED8\u3051\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5238\u6761\u306E5\uFF09\u30FB\u8CC3\u8CB8\u501F\u5951\u7D04",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5169\u6761\uFF08\u5B9A\u671F\u7D66\u4ED8\u50B5\u6A29\uFF095\u5E74",
        formerYears: 5
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "land-sale-proceeds",
      name: "\u571F\u5730\u58F2\u6255\u4EE3\u91D1",
      aliases: ["\u5E02\u6709\u5730\u58F2\u6255\u4EE3\u91D1", "\u8CA1\u7523\u58F2\u6255\u4EE3\u91D1", "\u5E02\u6709\u8CA1\u7523\u58F2\u6255\u4EE3\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u58F2\u8CB7\u5951\u7D04\uFF08\u6C11\u6CD5555\u6761\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "hospital-fee",
      name: "\u75C5\u9662\u8A3A\u7642\u8CBB",
      aliases: ["\u8A3A\u7642\u8CBB", "\u533B\u696D\u672A\u53CE\u91D1", "\u5E02\u6C11\u75C5\u9662\u8A3A\u7642\u8CBB", "\u75C5\u9662\u533B\u696D\u672A\u53CE\u91D1", "\u5165\u9662\u8CBB", "\u5E02\u7ACB\u75C5\u9662\u8A3A\u7642\u8CBB", "\u75C5\u9662\u8A3A\u7642\u5831\u916C"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u8A3A\u7642\u5951\u7D04\uFF08\u6700\u5224\u5E73\u621017\u5E7411\u670821\u65E5: \u516C\u7ACB\u75C5\u9662\u306E\u8A3A\u7642\u50B5\u6A29\u306F\u79C1\u6CD5\u4E0A\u306E\u50B5\u6A29\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5170\u6761 3\u5E74",
        formerYears: 3
      },
      unconfirmed: true,
      sources: ["\u672C\u30AB\u30BF\u30ED\u30B0\u306E\u63A8\u5B9A\uFF08\u4E00\u822C\u7684\u306A\u5206\u985E\uFF09"]
    },
    {
      id: "damages",
      name: "\u640D\u5BB3\u8CE0\u511F\u91D1",
      aliases: ["\u640D\u5BB3\u8CE0\u511F\u8ACB\u6C42\u91D1", "\u640D\u5BB3\u8CE0\u511F\u91D1\u50B5\u6A29", "\u8CE0\u511F\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u6C11\u6CD5709\u6761\uFF08\u4E0D\u6CD5\u884C\u70BA\uFF09\u30FB415\u6761\uFF08\u50B5\u52D9\u4E0D\u5C65\u884C\uFF09",
      limitation: {
        years: 3,
        invocationRequired: true,
        basis: "\u6C11\u6CD5724\u6761\uFF08\u640D\u5BB3\u53CA\u3073\u52A0\u5BB3\u8005\u3092\u77E5\u3063\u305F\u6642\u304B\u30893\u5E74\u30FB\u4E0D\u6CD5\u884C\u70BA\u306E\u6642\u304B\u308920\u5E74\u3002\u4EBA\u306E\u751F\u547D\u30FB\u8EAB\u4F53\u306E\u4FB5\u5BB3\u306F5\u5E74: 724\u6761\u306E2\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09",
        formerYears: 3
      },
      unconfirmed: false,
      sources: ["\u6CD5\u4EE4\u306E\u898F\u5B9A\u3068\u5404\u5E02\u306E\u50B5\u6A29\u5206\u985E\u306E\u516C\u8868\u8CC7\u6599", "\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "cable-facility-damages",
      name: "\u6709\u7DDA\u65BD\u8A2D\u640D\u5BB3\u8CE0\u511F\u91D1",
      aliases: ["\u6709\u7DDA\u65BD\u8A2D\u4FEE\u7E55\u5DE5\u4E8B\u640D\u5BB3\u8CE0\u511F\u91D1", "\u6709\u7DDA\u653E\u9001\u65BD\u8A2D\u640D\u5BB3\u8CE0\u511F\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u6C11\u6CD5709\u6761\uFF08\u4E0D\u6CD5\u884C\u70BA\uFF09",
      limitation: {
        years: 3,
        invocationRequired: true,
        basis: "\u6C11\u6CD5724\u6761\uFF08\u640D\u5BB3\u53CA\u3073\u52A0\u5BB3\u8005\u3092\u77E5\u3063\u305F\u6642\u304B\u30893\u5E74\u30FB\u4E0D\u6CD5\u884C\u70BA\u306E\u6642\u304B\u308920\u5E74\u3002\u4EBA\u306E\u751F\u547D\u30FB\u8EAB\u4F53\u306E\u4FB5\u5BB3\u306F5\u5E74: 724\u6761\u306E2\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09",
        formerYears: 3
      },
      unconfirmed: false,
      sources: ["\u6D25\u5C71\u5E02\u7B2C2\u6B21\u8A08\u753B"]
    },
    {
      id: "wifi-subrogation-settlement",
      name: "Wi-Fi\u5229\u7528\u6599\u91D1\u306B\u4FC2\u308B\u4EE3\u4F4D\u5F01\u6E08\u7CBE\u7B97\u91D1",
      aliases: ["Wi-Fi\u5229\u7528\u6599\u91D1\u4EE3\u4F4D\u5F01\u6E08\u7CBE\u7B97\u91D1", "WiFi\u5229\u7528\u6599\u91D1\u306B\u4FC2\u308B\u4EE3\u4F4D\u5F01\u6E08\u7CBE\u7B97\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u4EE3\u4F4D\u5F01\u6E08\u306B\u3088\u308B\u6C42\u511F\u30FB\u7CBE\u7B97\uFF08\u6C11\u6CD5499\u6761\u30FB500\u6761\uFF09",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: false,
      sources: ["\u5EFF\u65E5\u5E02\u5E02\u7B2C3\u6B21\u8A08\u753B"]
    },
    {
      id: "loan",
      name: "\u8CB8\u4ED8\u91D1",
      aliases: ["\u8CB8\u4ED8\u91D1\u511F\u9084\u91D1", "\u8CB8\u4ED8\u91D1\u8FD4\u9084\u91D1", "\u5E02\u8CB8\u4ED8\u91D1"],
      class: "\u79C1\u50B5\u6A29",
      variants: [],
      basis: "\u6D88\u8CBB\u8CB8\u501F\u5951\u7D04\uFF08\u6C11\u6CD5587\u6761\uFF09: \u540D\u524D\u306E\u306A\u3044\u8CB8\u4ED8\u91D1\u306E\u7DCF\u79F0\u3002\u500B\u5225\u306E\u8CB8\u4ED8\u91D1\uFF08\u5968\u5B66\u91D1\u30FB\u707D\u5BB3\u63F4\u8B77\u8CC7\u91D1\u306A\u3069\uFF09\u306F\u5404\u9805\u76EE\u306B\u3088\u308B",
      limitation: {
        years: 5,
        invocationRequired: true,
        basis: "\u6C11\u6CD5166\u67611\u9805\uFF082020-04-01\u4EE5\u964D\u306E\u539F\u56E0: \u77E5\u3063\u305F\u6642\u304B\u30895\u5E74\u30FB\u884C\u4F7F\u3067\u304D\u308B\u6642\u304B\u308910\u5E74\uFF09; \u63F4\u7528\u5FC5\u8981\uFF08145\u6761\uFF09; \u305D\u308C\u4EE5\u524D\u306E\u539F\u56E0\u306F\u65E7\u6C11\u6CD5167\u6761 10\u5E74",
        formerYears: 10
      },
      unconfirmed: false,
      sources: ["\u4F0A\u8CC0\u5E02 \u50B5\u6A29\u306E\u5206\u985E\u306B\u3064\u3044\u3066", "\u4E94\u5CF6\u5E02\u50B5\u6A29\u7BA1\u7406\u6761\u4F8B\u306E\u5236\u5B9A\u306B\u3064\u3044\u3066", "\u5317\u5CF6\u753A\u79C1\u50B5\u6A29\u7BA1\u7406\u6761\u4F8B"]
    },
    {
      id: "wholesale-market-fee",
      name: "\u5378\u58F2\u5E02\u5834\u4F7F\u7528\u6599",
      aliases: ["\u4E2D\u592E\u5378\u58F2\u5E02\u5834\u4F7F\u7528\u6599", "\u5730\u65B9\u5378\u58F2\u5E02\u5834\u4F7F\u7528\u6599", "\u5E02\u5834\u4F7F\u7528\u6599"],
      class: "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29",
      variants: [],
      basis: "\u516C\u306E\u65BD\u8A2D\u306E\u4F7F\u7528\u6599\uFF08\u5730\u65B9\u81EA\u6CBB\u6CD5225\u6761\uFF09; \u5378\u58F2\u5E02\u5834\u6CD5\u30FB\u5E02\u5834\u696D\u52D9\u6761\u4F8B\u3002\u5F37\u5236\u5FB4\u53CE\u306E\u5B9A\u3081\uFF08231\u6761\u306E3\u7B2C3\u9805\u306E\u6CD5\u5F8B\uFF09\u306F\u306A\u3044",
      limitation: {
        years: 5,
        invocationRequired: false,
        basis: "\u5730\u65B9\u81EA\u6CBB\u6CD5236\u67611\u9805\u30FB2\u9805\uFF085\u5E74\u3001\u63F4\u7528\u4E0D\u8981\u30FB\u5229\u76CA\u306E\u653E\u68C4\u4E0D\u53EF\uFF09"
      },
      unconfirmed: false,
      sources: ["\u5343\u8449\u5E02\u50B5\u6A29\u7BA1\u7406\u306B\u95A2\u3059\u308B\u57FA\u672C\u65B9\u91DD\uFF08\u6848\uFF09"]
    }
  ],
  measuresByClass: {
    \u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29: ["\u7763\u4FC3", "\u5EF6\u6EDE\u91D1", "\u6EDE\u7D0D\u51E6\u5206", "\u57F7\u884C\u505C\u6B62", "\u5FB4\u53CE\u7336\u4E88", "\u63DB\u4FA1\u306E\u7336\u4E88", "\u50B5\u6A29\u653E\u68C4", "\u4E0D\u7D0D\u6B20\u640D"],
    \u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29: ["\u7763\u4FC3", "\u5EF6\u6EDE\u91D1", "\u652F\u6255\u7763\u4FC3", "\u8A34\u8A1F", "\u5F37\u5236\u57F7\u884C", "\u5C11\u984D\u8A34\u8A1F", "\u5FB4\u53CE\u505C\u6B62", "\u5C65\u884C\u5EF6\u671F", "\u514D\u9664", "\u50B5\u6A29\u653E\u68C4", "\u4E0D\u7D0D\u6B20\u640D"],
    \u79C1\u50B5\u6A29: ["\u7763\u4FC3", "\u9045\u5EF6\u640D\u5BB3\u91D1", "\u652F\u6255\u7763\u4FC3", "\u8A34\u8A1F", "\u5F37\u5236\u57F7\u884C", "\u5C11\u984D\u8A34\u8A1F", "\u5FB4\u53CE\u505C\u6B62", "\u5C65\u884C\u5EF6\u671F", "\u514D\u9664", "\u50B5\u6A29\u653E\u68C4", "\u4E0D\u7D0D\u6B20\u640D"]
  },
  measureAliases: {
    \u7763\u4FC3: ["\u7763\u4FC3"],
    \u7763\u4FC3\u72B6: ["\u7763\u4FC3"],
    \u7763\u4FC3\u72B6\u306E\u9001\u4ED8: ["\u7763\u4FC3"],
    \u7763\u4FC3\u72B6\u306E\u767A\u9001: ["\u7763\u4FC3"],
    \u7763\u4FC3\u72B6\u767A\u9001: ["\u7763\u4FC3"],
    \u5EF6\u6EDE\u91D1: ["\u5EF6\u6EDE\u91D1"],
    \u5EF6\u6EDE\u91D1\u306E\u5FB4\u53CE: ["\u5EF6\u6EDE\u91D1"],
    \u9045\u5EF6\u640D\u5BB3\u91D1: ["\u9045\u5EF6\u640D\u5BB3\u91D1"],
    \u9045\u5EF6\u640D\u5BB3\u91D1\u306E\u8ACB\u6C42: ["\u9045\u5EF6\u640D\u5BB3\u91D1"],
    \u6EDE\u7D0D\u51E6\u5206: ["\u6EDE\u7D0D\u51E6\u5206"],
    \u8CA1\u7523\u306E\u5DEE\u62BC: ["\u6EDE\u7D0D\u51E6\u5206"],
    \u53C2\u52A0\u5DEE\u62BC: ["\u6EDE\u7D0D\u51E6\u5206"],
    \u635C\u7D22: ["\u6EDE\u7D0D\u51E6\u5206"],
    \u516C\u58F2: ["\u6EDE\u7D0D\u51E6\u5206"],
    \u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u516C\u58F2: ["\u6EDE\u7D0D\u51E6\u5206"],
    \u63DB\u4FA1: ["\u6EDE\u7D0D\u51E6\u5206"],
    \u5DEE\u62BC: ["\u6EDE\u7D0D\u51E6\u5206", "\u5F37\u5236\u57F7\u884C"],
    \u5DEE\u62BC\u3048: ["\u6EDE\u7D0D\u51E6\u5206", "\u5F37\u5236\u57F7\u884C"],
    \u5DEE\u3057\u62BC\u3055\u3048: ["\u6EDE\u7D0D\u51E6\u5206", "\u5F37\u5236\u57F7\u884C"],
    \u5DEE\u62BC\u3055\u3048: ["\u6EDE\u7D0D\u51E6\u5206", "\u5F37\u5236\u57F7\u884C"],
    \u5DEE\u3057\u62BC\u3048: ["\u6EDE\u7D0D\u51E6\u5206", "\u5F37\u5236\u57F7\u884C"],
    \u5DEE\u62BC\u51E6\u5206: ["\u6EDE\u7D0D\u51E6\u5206"],
    \u57F7\u884C\u505C\u6B62: ["\u57F7\u884C\u505C\u6B62"],
    \u6EDE\u7D0D\u51E6\u5206\u306E\u57F7\u884C\u505C\u6B62: ["\u57F7\u884C\u505C\u6B62"],
    \u6EDE\u7D0D\u51E6\u5206\u306E\u505C\u6B62: ["\u57F7\u884C\u505C\u6B62"],
    \u57F7\u884C\u306E\u505C\u6B62: ["\u57F7\u884C\u505C\u6B62"],
    \u5FB4\u53CE\u7336\u4E88: ["\u5FB4\u53CE\u7336\u4E88"],
    \u5FB4\u53CE\u306E\u7336\u4E88: ["\u5FB4\u53CE\u7336\u4E88"],
    \u7D0D\u7A0E\u306E\u7336\u4E88: ["\u5FB4\u53CE\u7336\u4E88"],
    \u63DB\u4FA1\u306E\u7336\u4E88: ["\u63DB\u4FA1\u306E\u7336\u4E88"],
    \u63DB\u4FA1\u7336\u4E88: ["\u63DB\u4FA1\u306E\u7336\u4E88"],
    \u652F\u6255\u7763\u4FC3: ["\u652F\u6255\u7763\u4FC3"],
    \u652F\u6255\u7763\u4FC3\u306E\u7533\u7ACB: ["\u652F\u6255\u7763\u4FC3"],
    \u652F\u6255\u7763\u4FC3\u306E\u7533\u7ACB\u3066: ["\u652F\u6255\u7763\u4FC3"],
    \u8A34\u8A1F: ["\u8A34\u8A1F"],
    \u8A34\u3048\u306E\u63D0\u8D77: ["\u8A34\u8A1F"],
    \u901A\u5E38\u8A34\u8A1F: ["\u8A34\u8A1F"],
    \u6C11\u4E8B\u8A34\u8A1F: ["\u8A34\u8A1F"],
    \u8A34\u8A1F\u624B\u7D9A: ["\u8A34\u8A1F"],
    \u8A34\u8A1F\u63D0\u8D77: ["\u8A34\u8A1F"],
    \u5F37\u5236\u57F7\u884C: ["\u5F37\u5236\u57F7\u884C"],
    \u50B5\u6A29\u5DEE\u62BC\u547D\u4EE4: ["\u5F37\u5236\u57F7\u884C"],
    \u660E\u6E21\u3057\u57F7\u884C: ["\u5F37\u5236\u57F7\u884C"],
    \u660E\u6E21\u57F7\u884C: ["\u5F37\u5236\u57F7\u884C"],
    \u5C11\u984D\u8A34\u8A1F: ["\u5C11\u984D\u8A34\u8A1F"],
    \u5FB4\u53CE\u505C\u6B62: ["\u5FB4\u53CE\u505C\u6B62"],
    \u5FB4\u53CE\u306E\u505C\u6B62: ["\u5FB4\u53CE\u505C\u6B62"],
    \u5C65\u884C\u5EF6\u671F: ["\u5C65\u884C\u5EF6\u671F"],
    \u5C65\u884C\u5EF6\u671F\u306E\u7279\u7D04: ["\u5C65\u884C\u5EF6\u671F"],
    \u5C65\u884C\u5EF6\u671F\u306E\u51E6\u5206: ["\u5C65\u884C\u5EF6\u671F"],
    \u5C65\u884C\u5EF6\u671F\u306E\u7279\u7D04\u7B49: ["\u5C65\u884C\u5EF6\u671F"],
    \u514D\u9664: ["\u514D\u9664"],
    \u50B5\u52D9\u514D\u9664: ["\u514D\u9664"],
    \u50B5\u6A29\u653E\u68C4: ["\u50B5\u6A29\u653E\u68C4"],
    \u50B5\u6A29\u306E\u653E\u68C4: ["\u50B5\u6A29\u653E\u68C4"],
    \u6A29\u5229\u306E\u653E\u68C4: ["\u50B5\u6A29\u653E\u68C4"],
    \u653E\u68C4: ["\u50B5\u6A29\u653E\u68C4"],
    \u4E0D\u7D0D\u6B20\u640D: ["\u4E0D\u7D0D\u6B20\u640D"],
    \u4E0D\u7D0D\u6B20\u640D\u51E6\u5206: ["\u4E0D\u7D0D\u6B20\u640D"],
    \u50AC\u544A: [],
    \u6587\u66F8\u50AC\u544A: [],
    \u96FB\u8A71\u50AC\u544A: [],
    \u81E8\u6238: [],
    \u81E8\u6238\u8A2A\u554F: [],
    \u8A2A\u554F: [],
    \u8CA1\u7523\u8ABF\u67FB: [],
    \u8ABF\u67FB: [],
    \u5206\u7D0D: [],
    \u5206\u5272\u7D0D\u4ED8: [],
    \u5206\u7D0D\u8A93\u7D04: [],
    \u7D0D\u4ED8\u8A93\u7D04: [],
    \u7D0D\u4ED8\u76F8\u8AC7: [],
    \u7D0D\u4ED8\u6298\u885D: [],
    \u53E3\u5EA7\u632F\u66FF: [],
    \u6642\u52B9\u306E\u63F4\u7528: [],
    \u6CD5\u7684\u63AA\u7F6E: [],
    \u6CD5\u7684\u624B\u7D9A: [],
    \u6E1B\u514D: [],
    \u4EA4\u4ED8\u8981\u6C42: [],
    \u9023\u5E2F\u4FDD\u8A3C\u4EBA\u3078\u306E\u8ACB\u6C42: [],
    \u4FDD\u8A3C\u4EBA\u3078\u306E\u8ACB\u6C42: [],
    \u5F01\u8B77\u58EB: [],
    \u50B5\u6A29\u56DE\u53CE\u4F1A\u793E: [],
    \u30B5\u30FC\u30D3\u30B5\u30FC: []
  },
  familySuffixes: {
    \u5E02\u7A0E: ["\u7A0E"]
  }
};

// src/core/catalog/shipped.ts
function complete(e) {
  return { ...e, aliases: e.aliases ?? [], variants: e.variants ?? [], splitByBasis: e.splitByBasis ?? false, basis: e.basis ?? "", unconfirmed: e.unconfirmed ?? false };
}
__name(complete, "complete");
function shippedCatalogData() {
  const data = defaults_default;
  return { ...data, entries: data.entries.map(complete) };
}
__name(shippedCatalogData, "shippedCatalogData");
var shared2 = null;
function defaultCatalog() {
  return shared2 ??= catalogOf(shippedCatalogData());
}
__name(defaultCatalog, "defaultCatalog");
function catalogWithOverrides(overrides) {
  if (!overrides || overrides.entries.length === 0) return defaultCatalog();
  const { WorkbookOverridesSchema: WorkbookOverridesSchema2 } = (init_schema(), __toCommonJS(schema_exports));
  return catalogOf(shippedCatalogData(), WorkbookOverridesSchema2.parse(overrides));
}
__name(catalogWithOverrides, "catalogWithOverrides");

// src/core/engine.ts
init_workbook_data();

// src/core/recognize/refresh.ts
init_workbook();
function refreshTables(tables, before, after, cs) {
  if (cs.sheets.some((s) => s.name !== CHANGE_LOG_SHEET) || cs.charts.length || cs.marks.length || cs.clearMarks) return null;
  const bySheet = /* @__PURE__ */ new Map();
  for (const t of tables) bySheet.set(t.sheet, [...bySheet.get(t.sheet) ?? [], t]);
  const sheets = new Map(after.sheets.map((s) => [s.name, s]));
  const sheetsBefore = new Map(before.sheets.map((s) => [s.name, s]));
  const grids = /* @__PURE__ */ new Map();
  const written = /* @__PURE__ */ new Map();
  for (const w of cs.cells) {
    if (w.sheet === CHANGE_LOG_SHEET) continue;
    const { r, c } = parseA1(w.cell);
    const hit = locate(bySheet.get(w.sheet) ?? [], r, c);
    const sheet = sheets.get(w.sheet);
    if (!hit || !sheet) return null;
    let g = grids.get(w.sheet);
    if (!g) grids.set(w.sheet, g = new SheetGrid(sheet));
    if (g.mergeAt(r, c) || g.nonEmptyColumns(r)[0] === c) return null;
    if (cellClass(sheetsBefore.get(w.sheet)?.rows[r]?.[c]) !== cellClass(sheet.rows[r]?.[c])) return null;
    written.set(hit.row, g);
  }
  if (written.size === 0) return tables;
  return tables.map((t) => {
    if (!t.rows.some((row2) => written.has(row2))) return t;
    const valueCols = t.columns.filter((col) => col.role === "value" || col.role === "delta");
    const rows = t.rows.map((row2) => {
      const g = written.get(row2);
      return g ? { ...row2, ...readRowCells(g, row2.row - 1, valueCols) } : row2;
    });
    return { ...t, rows, confidence: confidenceWithRows(t, rows) };
  });
}
__name(refreshTables, "refreshTables");
function cellClass(cell) {
  if (!cell) return "";
  const v = cell.value;
  if (v === null || v === void 0) return cell.formula ? "formula" : "";
  if (typeof v === "string") return v.trim() === "" && !cell.formula ? "" : `text:${v}`;
  if (typeof v === "boolean") return `text:${v}`;
  if (typeof v === "object") return `error:${v.error}`;
  if (!Number.isFinite(v)) return `error:${v}`;
  if (Number.isInteger(v) && v >= 1950 && v <= 2100) return `year:${v}`;
  return formatInfo(cell.numberFormat).percent && Math.abs(v) <= 1.5 ? "percent" : "number";
}
__name(cellClass, "cellClass");
var rowIndex = /* @__PURE__ */ new WeakMap();
function locate(tables, r, c) {
  for (const t of tables) {
    const a = t.area;
    if (r < a.top || r > a.bottom || c < a.left || c > a.right) continue;
    let rows = rowIndex.get(t);
    if (!rows) rowIndex.set(t, rows = new Map(t.rows.map((x2) => [x2.row, x2])));
    const column = t.columns.find((col) => col.c === c && (col.role === "value" || col.role === "delta"));
    const row2 = rows.get(r + 1);
    return column && row2 ? { row: row2, column } : null;
  }
  return null;
}
__name(locate, "locate");

// src/core/changes.ts
function emptyChangeSet() {
  return { sheets: [], cells: [], charts: [], marks: [], clearMarks: false, log: [] };
}
__name(emptyChangeSet, "emptyChangeSet");

// src/core/recalc/index.ts
init_workbook();
init_findings();

// src/core/recalc/formulas.ts
var RATE_FORMAT = '0.0;"\u25B3"0.0';
var AMOUNT_FORMAT = '#,##0;"\u25B3"#,##0';
var blankTest = /* @__PURE__ */ __name((refs) => refs.length === 1 ? `${refs[0]}=""` : `OR(${refs.map((r) => `${r}=""`).join(",")})`, "blankTest");
function guarded(required, expr, blankAsZero) {
  return blankAsZero ? expr : `IF(${blankTest(required)},"",${expr})`;
}
__name(guarded, "guarded");
function deltaFormula(minuend, subtrahend, blankAsZero) {
  return guarded([minuend, subtrahend], `${minuend}-${subtrahend}`, blankAsZero);
}
__name(deltaFormula, "deltaFormula");
function rateFormula(paid, charged, percentCell) {
  const ratio = percentCell ? `${paid}/${charged}` : `${paid}/${charged}*100`;
  return `IF(OR(${charged}="",${paid}="",${charged}=0),"",${ratio})`;
}
__name(rateFormula, "rateFormula");
function uncollectedFormula(charged, paid, writtenOff, refunds, blankAsZero) {
  const expr = `${charged}-${paid}${writtenOff ? `-N(${writtenOff})` : ""}${refunds ? `+N(${refunds})` : ""}`;
  return guarded([charged, paid], expr, blankAsZero);
}
__name(uncollectedFormula, "uncollectedFormula");
function sumFormula(column, rows) {
  const runs = [];
  let start = rows[0];
  let prev = rows[0];
  for (let i2 = 1; i2 <= rows.length; i2++) {
    const r = i2 < rows.length ? rows[i2] : Infinity;
    if (r === prev + 1) {
      prev = r;
      continue;
    }
    runs.push(start === prev ? `${column}${start}` : `${column}${start}:${column}${prev}`);
    start = prev = r;
  }
  return nestSum(runs);
}
__name(sumFormula, "sumFormula");
function nestSum(args) {
  if (args.length <= 255) return `SUM(${args.join(",")})`;
  const chunks2 = [];
  for (let i2 = 0; i2 < args.length; i2 += 255) chunks2.push(`SUM(${args.slice(i2, i2 + 255).join(",")})`);
  return nestSum(chunks2);
}
__name(nestSum, "nestSum");
function sameFormula(user, computed) {
  if (!user) return false;
  return user === computed || normFormula(user) === computed;
}
__name(sameFormula, "sameFormula");
var normFormula = /* @__PURE__ */ __name((s) => s.replace(/^=/, "").replace(/[\s$]/g, "").toUpperCase(), "normFormula");

// src/core/merged-writes.ts
init_workbook();
function mergeIndex(merges) {
  const byColumn = /* @__PURE__ */ new Map();
  for (const m of merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    for (let col = m.left; col <= m.right; col++) {
      const list = byColumn.get(col);
      if (list) list.push(m);
      else byColumn.set(col, [m]);
    }
  }
  return byColumn;
}
__name(mergeIndex, "mergeIndex");
function mergedAreaAt(index, r, c) {
  return index.get(c)?.find((m) => m.top <= r && r <= m.bottom && !(r === m.top && c === m.left));
}
__name(mergedAreaAt, "mergedAreaAt");
function areaText(area) {
  return `${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`;
}
__name(areaText, "areaText");
function mergedWrite(cs, wb) {
  const renewed = new Set(cs.sheets.filter((s) => s.mode === "replace").map((s) => s.name));
  const merges = /* @__PURE__ */ new Map();
  for (const s of wb.sheets) if (s.merges.length && !renewed.has(s.name)) merges.set(s.name, s.merges);
  if (!merges.size) return null;
  const indexes = /* @__PURE__ */ new Map();
  for (const w of cs.cells) {
    const list = merges.get(w.sheet);
    if (!list || w.value === void 0 && w.formula === void 0) continue;
    let index = indexes.get(w.sheet);
    if (!index) indexes.set(w.sheet, index = mergeIndex(list));
    const { r, c } = parseA1(w.cell);
    const m = mergedAreaAt(index, r, c);
    if (m) return { sheet: w.sheet, cell: w.cell, area: areaText(m) };
  }
  return null;
}
__name(mergedWrite, "mergedWrite");

// src/core/recalc/index.ts
var operandsOf2 = /* @__PURE__ */ __name((c) => c.operandCells ?? c.operandColumns.map((col) => `${col.column}${c.row.row}`), "operandsOf");
function computeTable(table, settings) {
  const out = /* @__PURE__ */ new Map();
  const order = [];
  const typedAsText = new Set((table.textFigures ?? []).map((t) => t.cell));
  const raw = /* @__PURE__ */ __name((c, r) => {
    const done = out.get(c)?.get(r);
    if (done) return done.value;
    if (r.texts[c.column] !== void 0) return void 0;
    if (typedAsText.size && typedAsText.has(`${c.column}${r.row}`)) return void 0;
    const v = r.values[c.column];
    if (v === null || v === void 0) return "";
    return c.percentScaled ? v / 100 : v;
  }, "raw");
  const put = /* @__PURE__ */ __name((c, r, build, value, format, operands) => {
    if (value === void 0) return;
    let col = out.get(c);
    if (!col) out.set(c, col = /* @__PURE__ */ new Map());
    const named = typeof operands[0] === "string";
    const next = {
      column: c,
      row: r,
      value: typeof value === "number" && !Number.isFinite(value) ? "" : value,
      format,
      operandColumns: named ? null : operands,
      operandCells: named ? operands : null,
      build
    };
    const prev = col.get(r);
    if (prev) Object.assign(prev, next);
    else {
      col.set(r, next);
      order.push(next);
    }
  }, "put");
  const blankZero = settings.blankAsZero;
  const arith = /* @__PURE__ */ __name((vals, f, required) => {
    if (vals.some((v) => v === void 0)) return void 0;
    if (!blankZero && vals.slice(0, required).some((v) => v === "")) return "";
    return f(vals.map((v) => v === "" ? 0 : v));
  }, "arith");
  const groups = ledgerGroups(table);
  const totals = totalGroups(table);
  const totalRows = new Set(totals.map((t) => t.total));
  const dataRows = table.rows.filter((r) => !totalRows.has(r));
  const ledgerRate = /* @__PURE__ */ __name((g, rows) => {
    const [A, E, P2] = [g.get("\u8ABF\u5B9A\u984D"), g.get("\u53CE\u5165\u6E08\u984D"), g.get("\u53CE\u7D0D\u7387")];
    if (!A || !E || !P2) return;
    const build = /* @__PURE__ */ __name(([paid, charged]) => rateFormula(paid, charged, P2.percentScaled), "build");
    const operands = [E, A];
    for (const r of rows) {
      const a = raw(A, r);
      const e = raw(E, r);
      const v = a === void 0 || e === void 0 ? void 0 : a === "" || e === "" || a === 0 ? "" : e / a * (P2.percentScaled ? 1 : 100);
      put(P2, r, build, v, RATE_FORMAT, operands);
    }
  }, "ledgerRate");
  for (const g of groups) {
    const [A, E, K, U, R] = ["\u8ABF\u5B9A\u984D", "\u53CE\u5165\u6E08\u984D", "\u4E0D\u7D0D\u6B20\u640D\u984D", "\u53CE\u5165\u672A\u6E08\u984D", "\u9084\u4ED8\u672A\u6E08\u984D"].map((i2) => g.get(i2));
    if (A && E && U) {
      const build = /* @__PURE__ */ __name((o) => uncollectedFormula(o[0], o[1], K ? o[2] : null, R ? o[K ? 3 : 2] : null, blankZero), "build");
      const ops = [A, E];
      if (K) ops.push(K);
      if (R) ops.push(R);
      for (const r of dataRows) {
        const v = arith([raw(A, r), raw(E, r), K ? raw(K, r) : 0, R ? raw(R, r) : 0], ([a, e, k, x2]) => a - e - k + x2, 2);
        put(U, r, build, v, AMOUNT_FORMAT, ops);
      }
    }
    ledgerRate(g, dataRows);
  }
  const amountCols = table.columns.filter((c) => c.role === "value" && (c.item ? c.item !== "\u53CE\u7D0D\u7387" : table.measure === "amount"));
  for (const { total, items } of totals) {
    if (items.length === 0) continue;
    const rowNumbers = items.map((r) => r.row);
    columns: for (const c of amountCols) {
      let sum2 = 0;
      let figures2 = 0;
      for (const r of items) {
        const v = raw(c, r);
        if (v === void 0) continue columns;
        if (v === "") continue;
        sum2 += v;
        figures2++;
      }
      const value = figures2 ? sum2 : blankZero ? 0 : "";
      const formula = sumFormula(c.column, rowNumbers);
      put(c, total, () => formula, value, AMOUNT_FORMAT, refsOf(formula));
    }
  }
  for (const g of groups) ledgerRate(g, [...totalRows]);
  const byLetter = new Map(table.columns.map((c) => [c.column, c]));
  for (const d of table.columns.filter((c) => c.role === "delta" && c.minuendColumn && c.subtrahendColumn)) {
    const m = byLetter.get(d.minuendColumn);
    const s = byLetter.get(d.subtrahendColumn);
    const isRate = (d.item ?? m.item) === "\u53CE\u7D0D\u7387" || d.item === null && table.measure === "rate";
    const build = /* @__PURE__ */ __name(([mr, sr]) => deltaFormula(mr, sr, blankZero), "build");
    const operands = [m, s];
    for (const r of table.rows) {
      const a = raw(m, r);
      const b = raw(s, r);
      const v = a === void 0 || b === void 0 ? void 0 : !blankZero && (a === "" || b === "") ? "" : (a === "" ? 0 : a) - (b === "" ? 0 : b);
      put(d, r, build, v, isRate ? RATE_FORMAT : AMOUNT_FORMAT, operands);
    }
  }
  return order;
}
__name(computeTable, "computeTable");
function recalcSheet(sheet, tables, settings, cs) {
  const findings = [];
  let merges;
  for (const table of tables) {
    for (const c of computeTable(table, settings)) {
      const cell = `${c.column.column}${c.row.row}`;
      const merged = sheet.merges.length ? mergedAreaAt(merges ??= mergeIndex(sheet.merges), c.row.row - 1, c.column.c) : void 0;
      if (merged) {
        const area = areaText(merged);
        findings.push({ code: "merged-cell-skipped", severity: "warning", sheet: table.sheet, cell, ...findingMessage("merged-cell-skipped", { cell, area, anchor: a1(merged.top, merged.left) }) });
        continue;
      }
      const existing = sheet.rows[c.row.row - 1]?.[c.column.c];
      const value = c.value;
      if (value === "" && !existing?.formula && c.row.texts[c.column.column] !== void 0) continue;
      const keepFormat = !!existing?.numberFormat && !formatInfo(existing.numberFormat).text && formatInfo(existing.numberFormat).decimals === formatInfo(c.format).decimals;
      const operands = operandsOf2(c);
      let built;
      const formulaOf = /* @__PURE__ */ __name(() => built ??= c.build(operands), "formulaOf");
      if (existing?.formula) {
        const refersToOperands = sameFigure(existing.value, c.value) && refersOnlyTo(existing.formula, operands);
        if (refersToOperands ? keepFormat || !sameFormula(existing.formula, formulaOf()) : keepFormat && sameFormula(existing.formula, formulaOf())) continue;
      }
      const formula = formulaOf();
      cs.cells.push({ sheet: table.sheet, cell, formula, value, ...keepFormat ? {} : { numberFormat: c.format } });
      cs.log.push({ sheet: table.sheet, cell, before: existing?.formula ? `=${existing.formula}` : scalarOf(existing?.value), formula: `=${formula}`, kind: kindOf2(existing) });
    }
  }
  return findings;
}
__name(recalcSheet, "recalcSheet");
function kindOf2(cell) {
  if (cell?.formula) return "formula";
  const v = cell?.value;
  if (v === void 0 || v === null || v === "") return "empty";
  if (typeof v === "object") return "error";
  return typeof v === "number" ? "number" : typeof v === "boolean" ? "boolean" : "text";
}
__name(kindOf2, "kindOf");
function scalarOf(v) {
  if (v === void 0 || v === null) return null;
  if (typeof v === "object") return v.error;
  return v;
}
__name(scalarOf, "scalarOf");
function sameFigure(a, b) {
  if (b === "") return a === "" || a === null || a === void 0;
  return typeof a === "number" && Math.abs(a - b) < 1e-9;
}
__name(sameFigure, "sameFigure");
function isOperandAt(formula, from, to, operands) {
  for (const o of operands) if (o.length === to - from && formula.startsWith(o, from)) return true;
  return false;
}
__name(isOperandAt, "isOperandAt");
function refsOf(formula) {
  const code = formula.includes('"') ? formula.replace(/"[^"]*"/g, "") : formula;
  const refs = code.toUpperCase().match(/\$?[A-Z]{1,3}\$?\d+/g) ?? [];
  return code.includes("$") ? refs.map((r) => r.replace(/\$/g, "")) : refs;
}
__name(refsOf, "refsOf");
function refersOnlyTo(formula, operands) {
  if (formula.includes("!") || formula.includes("[")) return false;
  if (/^[A-Z0-9+\-*/()]+$/.test(formula)) {
    for (let i2 = 0; i2 < formula.length; ) {
      const start = i2;
      while (i2 < formula.length && formula.charCodeAt(i2) >= 65 && formula.charCodeAt(i2) <= 90) i2++;
      const letters = i2 - start;
      const digitsFrom = i2;
      while (i2 < formula.length && formula.charCodeAt(i2) >= 48 && formula.charCodeAt(i2) <= 57) i2++;
      if (letters > 0 && i2 > digitsFrom && !isOperandAt(formula, Math.max(start, digitsFrom - 3), i2, operands)) return false;
      if (i2 === start) i2++;
    }
    return true;
  }
  return refsOf(formula).every((r) => operands.includes(r));
}
__name(refersOnlyTo, "refersOnlyTo");

// src/core/apply-snapshot.ts
init_workbook();
function applyToSnapshot(wb, cs) {
  const sheets = new Map(wb.sheets.map((s) => [s.name, { ...s, rows: s.rows }]));
  const order = wb.sheets.map((s) => s.name);
  for (const s of cs.sheets) {
    if (s.mode === "replace" || !sheets.has(s.name)) {
      if (!sheets.has(s.name)) order.push(s.name);
      sheets.set(s.name, { name: s.name, rows: [], merges: [], hidden: s.state !== "visible" });
    }
  }
  const copiedRows = /* @__PURE__ */ new Map();
  for (const w of cs.cells) {
    const sheet = sheets.get(w.sheet);
    if (!sheet) continue;
    let rowsCopied = copiedRows.get(w.sheet);
    if (!rowsCopied) {
      sheet.rows = sheet.rows.slice();
      copiedRows.set(w.sheet, rowsCopied = /* @__PURE__ */ new Set());
    }
    const { r, c } = parseA1(w.cell);
    while (sheet.rows.length <= r) sheet.rows.push([]);
    if (!rowsCopied.has(r)) {
      sheet.rows[r] = sheet.rows[r] ? [...sheet.rows[r]] : [];
      rowsCopied.add(r);
    }
    const old = sheet.rows[r][c];
    const next = { value: old?.value ?? null };
    if (w.formula !== void 0) next.formula = w.formula;
    else if (old?.formula && w.value === void 0) next.formula = old.formula;
    if (w.value !== void 0) next.value = w.value === "" ? null : w.value;
    const given = w.numberFormat ?? old?.numberFormat;
    const format = given === "General" ? void 0 : given;
    if (format) next.numberFormat = format;
    sheet.rows[r][c] = next.value === null && next.formula === void 0 && !format ? void 0 : next;
  }
  const names = { ...wb.names ?? {} };
  for (const s of cs.sheets) if (s.generated) names[`_saiken_gen_${s.generated.kind}`] = `${s.name}|${s.generated.fingerprint}`;
  return { ...wb, sheets: order.map((n) => sheets.get(n)), names };
}
__name(applyToSnapshot, "applyToSnapshot");

// src/core/summary/index.ts
init_workbook();

// src/core/recognize/observations.ts
function figureLetters(t) {
  return t.columns.filter(isFigure).map((c) => c.column);
}
__name(figureLetters, "figureLetters");
var isFigure = /* @__PURE__ */ __name((c) => c.role === "value" || c.role === "delta", "isFigure");
function figuresOfRows(t) {
  const letters = figureLetters(t);
  return (r, k) => t.rows[r].values[letters[k]];
}
__name(figuresOfRows, "figuresOfRows");
function writeObservations(t, out, figure2 = figuresOfRows(t)) {
  if (t.shape === "matrix") {
    for (const o of t.observations ?? []) {
      out.element();
      out.text(JSON.stringify(toReport(o)));
    }
    return;
  }
  const j = JSON.stringify;
  const utf82 = /* @__PURE__ */ __name((s) => UTF8.encode(s), "utf8");
  const value = utf82('","value":');
  const cols = figureColumns2(t).map((c) => {
    const tail = /* @__PURE__ */ __name((derived) => utf82(`,"item":${j(c.item)},"fiscalYear":${j(c.fiscalYear)},"kind":${j(c.kind)},"unit":${j(c.unit)},"derived":${j(derived)},"stage":null,"note":null}`), "tail");
    return { head: utf82(`{"cell":${j(c.column).slice(0, -1)}`), tail: tail(c.delta ? "delta" : null), totalTail: tail(c.delta ? "delta" : "total") };
  });
  for (let r = 0; r < t.rows.length; r++) {
    const row2 = t.rows[r];
    let labels = null;
    for (let k = 0; k < cols.length; k++) {
      const v = figure2(r, k);
      if (v === null || v === void 0) continue;
      const c = cols[k];
      labels ??= utf82(`,"department":${j(row2.total ? null : row2.department)},"debt":${j(row2.total ? null : row2.debt)},"division":${j(row2.division)},"classification":${j(row2.classification)}`);
      out.element();
      out.bytes(c.head);
      out.number(row2.row);
      out.bytes(value);
      out.number(v);
      out.bytes(labels);
      out.bytes(row2.total ? c.totalTail : c.tail);
    }
  }
}
__name(writeObservations, "writeObservations");
var UTF8 = new TextEncoder();
function figureColumns2(t) {
  const unlabelled = /見込|目標|計画値|予算/.test(withoutPlanName(t.title ?? "")) ? null : "actual";
  return t.columns.filter(isFigure).map((c) => {
    const delta = c.role === "delta";
    const item = c.item ?? (t.measure === "rate" ? "\u53CE\u7D0D\u7387" : null);
    return { column: c.column, delta, item, fiscalYear: delta ? null : c.fiscalYear, kind: delta ? null : c.kind ?? unlabelled, unit: item === "\u53CE\u7D0D\u7387" ? "%" : t.unit };
  });
}
__name(figureColumns2, "figureColumns");
function toReport(o) {
  return {
    cell: o.cell,
    value: o.value,
    department: o.department,
    debt: o.debt,
    division: o.division,
    classification: o.classification,
    item: o.item,
    fiscalYear: o.fiscalYear,
    kind: o.kind,
    unit: o.unit,
    derived: o.derived,
    stage: o.stage,
    note: o.note
  };
}
__name(toReport, "toReport");

// src/core/summary/model.ts
var TableFigure = class {
  constructor(r, c, value) {
    this.r = r;
    this.c = c;
    this.value = value;
  }
  r;
  c;
  value;
  static {
    __name(this, "TableFigure");
  }
  get sheet() {
    return this.r.sheet;
  }
  get cell() {
    return `${this.c.column}${this.r.row}`;
  }
  get debt() {
    return this.r.debt;
  }
  get department() {
    return this.r.department;
  }
  get cls() {
    return this.r.cls;
  }
  get year() {
    return this.c.year;
  }
  get kind() {
    return this.c.kind;
  }
  get metric() {
    return this.c.metric;
  }
};
function metricOf(table, item) {
  switch (item) {
    case "\u53CE\u5165\u672A\u6E08\u984D":
      return "uncollected";
    case "\u53CE\u7D0D\u7387":
      return "rate";
    case "\u8ABF\u5B9A\u984D":
      return "charged";
    case "\u53CE\u5165\u6E08\u984D":
      return "paid";
    default:
      return item === null && table.measure === "amount" ? "uncollected" : item === null && table.measure === "rate" ? "rate" : null;
  }
}
__name(metricOf, "metricOf");
function representative(rows) {
  const byDebt = /* @__PURE__ */ new Map();
  const groups = [];
  for (let i2 = 0; i2 < rows.length; i2++) {
    const r = rows[i2];
    if (r.total || !r.debt) continue;
    const list = at(byDebt, compact(r.department ?? ""), compact(r.debt), () => groups[groups.push([]) - 1]);
    list.push(i2);
  }
  const chosen = [];
  for (const rs of groups) {
    const i2 = rs.find((i3) => rows[i3].division === "\u5168\u4F53") ?? rs.find((i3) => rows[i3].division === null) ?? (rs.length === 1 ? rs[0] : void 0);
    if (i2 !== void 0) chosen.push(i2);
  }
  return chosen;
}
__name(representative, "representative");
function at(map, a, b, make) {
  let inner = map.get(a);
  if (!inner) map.set(a, inner = /* @__PURE__ */ new Map());
  let v = inner.get(b);
  if (v === void 0) inner.set(b, v = make());
  return v;
}
__name(at, "at");
function figuresOf(tables, catalog, department = (name) => name) {
  const figures2 = [];
  const unclassified = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Map();
  const covered = /* @__PURE__ */ new Map();
  const covers = /* @__PURE__ */ __name((before, now) => {
    let row2 = covered.get(before);
    if (!row2) covered.set(before, row2 = /* @__PURE__ */ new Map());
    let answer = row2.get(now);
    if (answer === void 0) {
      const keys = new Set(before.map((c) => c.key));
      row2.set(now, answer = now.every((c) => keys.has(c.key)));
    }
    return answer;
  }, "covers");
  for (const summed of tables) {
    const table = summed.table;
    const columns = [];
    const letters = figureLetters(table);
    for (const col of table.columns) {
      if (col.role !== "value" || col.fiscalYear === null || col.kind === null) continue;
      const metric = metricOf(table, col.item);
      if (!metric) continue;
      columns.push({ column: col.column, at: letters.indexOf(col.column), year: col.fiscalYear, kind: col.kind, metric, key: `${col.fiscalYear}|${col.kind}|${metric}` });
    }
    const distinct = new Set(columns.map((c) => c.key)).size === columns.length;
    const asText = table.textFigures?.length ? new Set(table.textFigures.map((t) => t.cell)) : null;
    const figureAt = /* @__PURE__ */ __name((r, row2, col) => asText?.has(`${col.column}${row2.row}`) ? null : summed.figure(r, col.at) ?? null, "figureAt");
    const rows = representative(table.rows);
    for (let r = 0; r < rows.length; r++) {
      const row2 = table.rows[rows[r]];
      const dept = row2.department ? department(row2.department.trim()) : row2.department;
      const cls = table.classification ?? row2.classification ?? catalog?.lookup(row2.debt).entry?.class ?? "\u305D\u306E\u4ED6";
      if (cls === "\u305D\u306E\u4ED6") unclassified.add(row2.debt);
      if (!columns.length) continue;
      const deptKey = compact(dept ?? "");
      const debtKey = compact(row2.debt);
      let debts = seen.get(deptKey);
      if (!debts) seen.set(deptKey, debts = /* @__PURE__ */ new Map());
      const before = debts.get(debtKey);
      if (Array.isArray(before) && covers(before, columns)) continue;
      const shared3 = { sheet: table.sheet, row: row2.row, debt: row2.debt, department: dept, cls };
      if (!before && distinct) {
        for (let i2 = 0; i2 < columns.length; i2++) figures2.push(new TableFigure(shared3, columns[i2], figureAt(rows[r], row2, columns[i2])));
        debts.set(debtKey, columns);
        continue;
      }
      const done = !before ? /* @__PURE__ */ new Set() : Array.isArray(before) ? new Set(before.map((c) => c.key)) : before;
      debts.set(debtKey, done);
      for (const col of columns) {
        if (done.has(col.key)) continue;
        done.add(col.key);
        figures2.push(new TableFigure(shared3, col, figureAt(rows[r], row2, col)));
      }
    }
  }
  return { figures: figures2, unclassified: [...unclassified] };
}
__name(figuresOf, "figuresOf");
var KIND_ORDER = { actual: 0, forecast: 1, target: 2 };
function seriesOf(figures2, metric) {
  const keys = /* @__PURE__ */ new Map();
  for (let i2 = 0; i2 < figures2.length; i2++) {
    const f = figures2[i2];
    if (f.metric !== metric) continue;
    const year = f.year;
    const kind = f.kind;
    const key = year * 4 + KIND_ORDER[kind];
    if (!keys.has(key)) keys.set(key, { year, kind });
  }
  return [...keys.values()].sort((a, b) => a.year - b.year || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}
__name(seriesOf, "seriesOf");

// src/core/summary/sheet.ts
init_workbook();
var FORMULA_LIMIT = 8192;
var quoted = memoText((sheet) => `'${sheet.replace(/'/g, "''")}'!`);
function ref(sheet, cell) {
  return quoted(sheet) + cell;
}
__name(ref, "ref");
var flat = /* @__PURE__ */ __name((...pieces) => pieces.join(""), "flat");
function sumOf(refs) {
  if (refs.length === 0) return "0";
  if (refs.length <= 255) return sumText(refs, 0, refs.length);
  const chunks2 = [];
  for (let i2 = 0; i2 < refs.length; i2 += 255) chunks2.push(sumText(refs, i2, Math.min(refs.length, i2 + 255)));
  return sumOf(chunks2);
}
__name(sumOf, "sumOf");
function sumText(refs, from, to) {
  const pieces = ["SUM("];
  for (let i2 = from; i2 < to; i2++) {
    if (i2 > from) pieces.push(",");
    pieces.push(refs[i2]);
  }
  pieces.push(")");
  return pieces.join("");
}
__name(sumText, "sumText");
function sumOfFitting(n, refAt) {
  const refs = [];
  let flat2 = 4;
  for (let i2 = 0; i2 < n; i2++) {
    const r = refAt(i2);
    flat2 += r.length + 1;
    if (flat2 >= FORMULA_LIMIT) return void 0;
    refs.push(r);
  }
  return sumOf(refs);
}
__name(sumOfFitting, "sumOfFitting");
function textUnits(s) {
  let n = 0;
  for (const ch of s) n += ch.codePointAt(0) > 255 ? 2 : 1;
  return n;
}
__name(textUnits, "textUnits");
var linesIn = /* @__PURE__ */ __name((s, width) => s.split("\n").reduce((n, part2) => n + Math.max(1, Math.ceil(textUnits(part2) / Math.max(1, width - 2))), 0), "linesIn");
var SheetLayout = class {
  constructor(name, widths = [], pageLines = 1e3) {
    this.name = name;
    this.widths = widths;
    this.pageLines = pageLines;
  }
  name;
  widths;
  pageLines;
  static {
    __name(this, "SheetLayout");
  }
  cells = [];
  row = 0;
  /** 1-based rows that begin a new page. */
  breaks = [];
  /** Rows taller than one line: [1-based row, points]. */
  heights = [];
  lines = 0;
  sections = 0;
  current = null;
  /** Places a value or a formula (with its current result) at 0-based (r, c); returns its address. */
  put(r, c, content) {
    return this.write(r, c, content.value, content.formula, content.numberFormat, content.bold, content.align, content.wrap);
  }
  text(r, c, value, bold = false, align, wrap) {
    return this.write(r, c, value, void 0, void 0, bold || void 0, align, wrap || void 0);
  }
  /**
   * The cell write, its fields set one by one: a summary writes hundreds of thousands of cells,
   * where building each from spreads of temporary objects cost more than the rest of laying it out.
   */
  write(r, c, value, formula, numberFormat, bold, align, wrap) {
    const cell = a1(r, c);
    const w = { sheet: this.name, cell };
    const fits = formula === void 0 || formula.length < FORMULA_LIMIT;
    if (value !== void 0 || !fits) w.value = typeof value === "number" && !Number.isFinite(value) ? "" : value ?? "";
    if (fits && formula !== void 0) w.formula = formula;
    if (numberFormat !== void 0) w.numberFormat = numberFormat;
    if (bold !== void 0) w.bold = bold;
    if (align !== void 0) w.align = align;
    if (wrap !== void 0) w.wrap = wrap;
    this.cells.push(w);
    return cell;
  }
  col(c) {
    return colLetter(c);
  }
  width(c) {
    return this.widths[c] ?? 9;
  }
  /** Sections so far. */
  get sectionCount() {
    return this.sections;
  }
  /** A line of text outside tables (title, notes): one row. */
  line(text2, bold = false) {
    this.fit(1);
    this.text(this.row, 0, text2, bold);
    this.advance(1);
  }
  /** Starts section n+1 on a new page (the first shares the sheet title's page). */
  section(title, unit) {
    if (this.sections > 0) this.pageBreak();
    this.sections++;
    const numbered = `${this.sections} ${title}`;
    this.current = { title: numbered, header: null };
    this.writeTitle(numbered, unit);
    return this.sections;
  }
  unit;
  writeTitle(title, unit) {
    this.unit = unit;
    this.text(this.row, 0, title, true);
    if (unit) this.text(this.row, unit.col, unit.text, false, "right");
    this.advance(1);
  }
  /** The header row of a table: written now, and again atop every page the table continues on. */
  header(cells) {
    if (this.current) this.current.header = cells;
    const lines = Math.max(...cells.map((h, i2) => linesIn(h.text, this.width(i2))));
    this.fit(lines + 1);
    this.writeHeader(cells);
  }
  writeHeader(cells) {
    cells.forEach((h, i2) => this.text(this.row, i2, h.text, true, h.align === "left" ? void 0 : h.align, linesIn(h.text, this.width(i2)) > 1));
    this.advance(Math.max(...cells.map((h, i2) => linesIn(h.text, this.width(i2)))));
  }
  /** Room for a row of `lines` lines: else a new page, under the section title and header again. */
  fit(lines) {
    if (this.lines + lines <= this.pageLines || this.lines === 0) return;
    this.pageBreak();
    if (this.current) {
      this.writeTitle(`${this.current.title}${CONTINUED}`, this.unit);
      if (this.current.header) this.writeHeader(this.current.header);
    }
  }
  /** Room for a block that must not be split (a chart's data): a new page when it would not fit. */
  keepTogether(lines) {
    if (this.current) this.current.header = null;
    this.fit(lines);
  }
  /** Lines a row of texts takes, each text in its column (wrapped). */
  rowLines(texts) {
    let lines = 1;
    for (let i2 = 0; i2 < texts.length; i2++) {
      const t = texts[i2];
      if (t) lines = Math.max(lines, this.linesAt(t, i2));
    }
    return lines;
  }
  /** Lines of a text in column c, counted once per text and column (a row label comes back row after row). */
  linesAt(text2, c) {
    return (this.lineMemo[c] ??= memoText((t) => linesIn(t, this.width(c))))(text2);
  }
  lineMemo = [];
  advance(lines = 1) {
    if (lines > 1) this.heights.push([this.row + 1, lines * LINE_POINTS]);
    this.lines += lines;
    this.row++;
  }
  /** An empty row between blocks of a section. */
  gap() {
    this.advance(1);
  }
  pageBreak() {
    if (this.row > 0 && this.breaks[this.breaks.length - 1] !== this.row + 1) this.breaks.push(this.row + 1);
    this.lines = 0;
  }
};
var LINE_POINTS = 15;
var CONTINUED = "\uFF08\u7D9A\u304D\uFF09";
function fnv(parts) {
  let h = FNV_BASIS;
  for (let i2 = 0; i2 < parts.length; i2++) {
    if (i2) h = Math.imul(h ^ 1, FNV_PRIME);
    h = fnvOf(h, parts[i2]);
  }
  return hex(h);
}
__name(fnv, "fnv");
var FNV_BASIS = 2166136261 | 0;
var FNV_PRIME = 16777619;
var hex = /* @__PURE__ */ __name((h) => (h >>> 0).toString(16).padStart(8, "0"), "hex");
function fnvOf(h, s) {
  for (let k = 0; k < s.length; k++) {
    const cp = s.codePointAt(k);
    if (cp > 65535) k++;
    h = Math.imul(h ^ cp, FNV_PRIME);
  }
  return h;
}
__name(fnvOf, "fnvOf");
var part = /* @__PURE__ */ __name((cell, formula, value) => formula !== void 0 ? `${cell}=${formula.charCodeAt(0) === 61 ? formula.slice(1) : formula}` : value === null || value === void 0 || value === "" ? null : `${cell}:${String(value)}`, "part");
function fingerprintOfParts(cells) {
  const parts = cells.map((c) => part(c.cell, c.formula, c.value)).filter((p) => p !== null);
  return fnv(parts.sort());
}
__name(fingerprintOfParts, "fingerprintOfParts");
function addressKey(cell, out) {
  let i2 = 0;
  let letters = 0;
  for (; i2 < cell.length && i2 < 4; i2++) {
    const ch = cell.charCodeAt(i2);
    if (ch < 65 || ch > 90) break;
    letters = letters * 27 + (ch - 64);
  }
  if (i2 === 0 || i2 > 3) return false;
  for (let k = i2; k < 3; k++) letters *= 27;
  const digits = cell.length - i2;
  if (digits < 1 || digits > 7) return false;
  let row2 = 0;
  for (let k = 0; k < 7; k++) {
    if (k < digits) {
      const d = cell.charCodeAt(i2 + k) - 48;
      if (d < 0 || d > 9) return false;
      row2 = row2 * 12 + d + 1;
    } else row2 = row2 * 12 + 11;
  }
  out[0] = letters;
  out[1] = row2;
  return true;
}
__name(addressKey, "addressKey");
function fingerprintOfWrites(cells) {
  const key = new Int32Array(2);
  const columnKey = new Int32Array(cells.length);
  const rowKey = new Int32Array(cells.length);
  let order = new Int32Array(cells.length);
  let count = 0;
  for (let i2 = 0; i2 < cells.length; i2++) {
    const c = cells[i2];
    if (c.formula === void 0 && (c.value === null || c.value === void 0 || c.value === "")) continue;
    if (!addressKey(c.cell, key)) return fingerprintOfParts(cells);
    columnKey[i2] = key[0];
    rowKey[i2] = key[1];
    order[count++] = i2;
  }
  order = order.subarray(0, count);
  let other = new Int32Array(count);
  for (const [keys, shift, bits2] of [[rowKey, 0, 13], [rowKey, 13, 13], [columnKey, 0, 15]]) {
    radixPass(order, other, keys, shift, bits2);
    [order, other] = [other, order];
  }
  let h = FNV_BASIS;
  let first = true;
  const add = /* @__PURE__ */ __name((i2) => {
    if (!first) h = Math.imul(h ^ 1, FNV_PRIME);
    first = false;
    const c = cells[i2];
    h = fnvOf(h, c.cell);
    if (c.formula !== void 0) {
      h = Math.imul(h ^ 61, FNV_PRIME);
      h = fnvOf(h, c.formula.charCodeAt(0) === 61 ? c.formula.slice(1) : c.formula);
    } else {
      h = Math.imul(h ^ 58, FNV_PRIME);
      h = fnvOf(h, String(c.value));
    }
  }, "add");
  for (let j = 0; j < count; ) {
    const i2 = order[j];
    let e = j + 1;
    while (e < count && rowKey[order[e]] === rowKey[i2] && columnKey[order[e]] === columnKey[i2]) e++;
    if (e === j + 1) add(i2);
    else {
      const same = [];
      for (let k = j; k < e; k++) {
        const x2 = order[k];
        same.push({ i: x2, p: part(cells[x2].cell, cells[x2].formula, cells[x2].value) });
      }
      same.sort((a, b) => a.p < b.p ? -1 : a.p > b.p ? 1 : 0);
      for (const s of same) add(s.i);
    }
    j = e;
  }
  return hex(h);
}
__name(fingerprintOfWrites, "fingerprintOfWrites");
function radixPass(from, to, keys, shift, bits2) {
  const mask = (1 << bits2) - 1;
  const starts = new Int32Array(mask + 2);
  for (let k = 0; k < from.length; k++) starts[(keys[from[k]] >>> shift & mask) + 1]++;
  for (let b = 0; b <= mask; b++) starts[b + 1] += starts[b];
  for (let k = 0; k < from.length; k++) {
    const i2 = from[k];
    to[starts[keys[i2] >>> shift & mask]++] = i2;
  }
}
__name(radixPass, "radixPass");
function fingerprintOfSheet(sheet) {
  const parts = [];
  sheet.rows.forEach(
    (row2, r) => row2?.forEach((c, col) => {
      if (!c) return;
      const p = part(a1(r, col), c.formula, c.value);
      if (p) parts.push(p);
    })
  );
  return fnv(parts.sort());
}
__name(fingerprintOfSheet, "fingerprintOfSheet");

// src/core/summary/rates.ts
var amountKey = /* @__PURE__ */ __name((m, f) => `${m}|${f.sheet}|${f.department}|${f.debt}|${f.year}|${f.kind}`, "amountKey");
var seriesKey2 = /* @__PURE__ */ __name((s) => `${s.year}|${s.kind}`, "seriesKey");
var debtOf = /* @__PURE__ */ __name((f) => `${compact(f.department ?? "")}|${compact(f.debt)}`, "debtOf");
var sum = /* @__PURE__ */ __name((ys) => ys.reduce((a, b) => a + b, 0), "sum");
function indexAmounts(figures2) {
  const index = /* @__PURE__ */ new Map();
  for (let i2 = 0; i2 < figures2.length; i2++) {
    const f = figures2[i2];
    if (f.metric === "charged" || f.metric === "paid") index.set(amountKey(f.metric, f), f);
  }
  return index;
}
__name(indexAmounts, "indexAmounts");
function rateRow(bySeries, series2, amounts) {
  const all = series2.flatMap((s) => bySeries.get(seriesKey2(s)) ?? []);
  const has = /* @__PURE__ */ __name((f) => amounts.has(amountKey("charged", f)) && amounts.has(amountKey("paid", f)), "has");
  const cells = /* @__PURE__ */ new Map();
  if (all.length && all.every(has)) {
    for (const s of series2) {
      const fs = bySeries.get(seriesKey2(s)) ?? [];
      if (!fs.length) continue;
      const charged = fs.map((f) => amounts.get(amountKey("charged", f)));
      const paid = fs.map((f) => amounts.get(amountKey("paid", f)));
      const c = sumOf(charged.map((f) => ref(f.sheet, f.cell)));
      const p = sumOf(paid.map((f) => ref(f.sheet, f.cell)));
      const cv = sum(charged.map((f) => f.value ?? 0));
      const pv = sum(paid.map((f) => f.value ?? 0));
      cells.set(seriesKey2(s), { formula: `IF(${c}=0,"",${p}/${c}*100)`, value: cv === 0 ? "" : pv / cv * 100 });
    }
    return { method: "weighted", cells, debts: new Set(all.map(debtOf)).size };
  }
  const filled = /* @__PURE__ */ __name((s) => new Set((bySeries.get(seriesKey2(s)) ?? []).filter((f) => f.value !== null).map(debtOf)), "filled");
  let keep = series2.length ? filled(series2[0]) : /* @__PURE__ */ new Set();
  for (const s of series2.slice(1)) {
    const here = filled(s);
    keep = new Set([...keep].filter((d) => here.has(d)));
  }
  for (const s of series2) {
    const fs = (bySeries.get(seriesKey2(s)) ?? []).filter((f) => keep.has(debtOf(f)));
    if (!fs.length) continue;
    const value = sum(fs.map((f) => f.value ?? 0)) / fs.length;
    cells.set(seriesKey2(s), { formula: `IFERROR(AVERAGE(${fs.map((f) => ref(f.sheet, f.cell)).join(",")}),"")`, value });
  }
  return { method: "common", cells, debts: keep.size };
}
__name(rateRow, "rateRow");

// src/core/summary/charts.ts
var AMOUNT = '#,##0;"\u25B3"#,##0';
var RATE = '0.0;"\u25B3"0.0';
var label = /* @__PURE__ */ __name((s) => `${s.year}\u5E74\u5EA6 ${SUMMARY_TEXT.kind[s.kind]}`, "label");
var CHART_ROWS = 21;
var anchorOf = /* @__PURE__ */ __name((i2) => `A${1 + i2 * CHART_ROWS}`, "anchorOf");
var CHART_SHEET_PRINT = /* @__PURE__ */ __name((charts) => ({
  orientation: "portrait",
  fitToWidth: true,
  rowBreaks: Array.from({ length: Math.max(0, Math.ceil(charts / 2) - 1) }, (_, k) => 1 + (k + 1) * 2 * CHART_ROWS)
}), "CHART_SHEET_PRINT");
function chartData(L, byClass, ratesByClass, amountSeries, rateSeries, classKeys, figures2, chartSheet, unit) {
  const specs = [];
  const omitted = [];
  const s = L.name;
  const range = /* @__PURE__ */ __name((c, r0, r1) => `${ref(s, `$${L.col(c)}$${r0 + 1}`)}:$${L.col(c)}$${r1 + 1}`, "range");
  L.section(SUMMARY_TEXT.sections.chartData);
  const table = /* @__PURE__ */ __name((header, rows) => {
    L.keepTogether(2 + rows.length);
    L.header(header);
    const head = L.row - 1;
    for (const write of rows) {
      L.fit(1);
      write(L.row);
      L.advance(1);
    }
    L.gap();
    return [head, L.row - 2];
  }, "table");
  const amountYears = [...new Set(amountSeries.map((x2) => x2.year))];
  if (byClass && amountYears.length >= 2) {
    const kinds = ["actual", "target"].filter((k) => amountSeries.some((x2) => x2.kind === k));
    const [head, end] = table(
      [{ text: SUMMARY_TEXT.chart.year }, ...kinds.map((k) => ({ text: SUMMARY_TEXT.kind[k], align: "right" }))],
      amountYears.map((y) => (r) => {
        L.text(r, 0, `${y}\u5E74\u5EA6`);
        kinds.forEach((k, i2) => {
          const c = byClass.cells.get(`${SUMMARY_TEXT.total}|${y}|${k}`);
          L.put(r, i2 + 1, c ? { formula: c.cell, value: c.value, numberFormat: AMOUNT } : { value: "" });
        });
      })
    );
    specs.push({
      sheet: chartSheet,
      type: "columnClustered",
      title: SUMMARY_TEXT.chart.uncollectedTitle,
      width: 9,
      height: 20,
      categories: range(0, head + 1, end),
      series: kinds.map((_, i2) => ({ name: ref(s, `$${L.col(i2 + 1)}$${head + 1}`), values: range(i2 + 1, head + 1, end) })),
      xTitle: SUMMARY_TEXT.chart.yearAxis,
      yTitle: SUMMARY_TEXT.chart.amountAxis(unit)
    });
  } else if (amountSeries.length) omitted.push(SUMMARY_TEXT.omitted.uncollectedTrend);
  const rateYears = [...new Set(rateSeries.map((x2) => x2.year))];
  if (ratesByClass && rateYears.length >= 2) {
    const pick = /* @__PURE__ */ __name((k, y) => ratesByClass.cells.get(`${k}|${y}|actual`) ?? ratesByClass.cells.get(`${k}|${y}|forecast`) ?? ratesByClass.cells.get(`${k}|${y}|target`), "pick");
    const shown2 = classKeys.filter((k) => k !== "\u305D\u306E\u4ED6" && rateYears.some((y) => pick(k, y)?.value !== void 0 && pick(k, y)?.value !== ""));
    const methods = [...new Set(shown2.map((k) => ratesByClass.methods.get(k)).filter((m) => !!m))];
    const [head, end] = table(
      [{ text: SUMMARY_TEXT.chart.year }, ...shown2.map((k) => ({ text: k, align: "right" }))],
      rateYears.map((y) => (r) => {
        L.text(r, 0, `${y}\u5E74\u5EA6`);
        shown2.forEach((k, i2) => {
          const c = pick(k, y);
          L.put(r, i2 + 1, c ? { formula: `IF(${c.cell}="",NA(),${c.cell})`, value: c.value, numberFormat: RATE } : { value: "" });
        });
      })
    );
    specs.push({
      sheet: chartSheet,
      type: "line",
      title: SUMMARY_TEXT.chart.rateTitle(methods.map((m) => SUMMARY_TEXT.rateMethod.short[m]).join("\u30FB")),
      width: 9,
      height: 20,
      categories: range(0, head + 1, end),
      series: shown2.map((_, i2) => ({ name: ref(s, `$${L.col(i2 + 1)}$${head + 1}`), values: range(i2 + 1, head + 1, end) })),
      xTitle: SUMMARY_TEXT.chart.yearAxis,
      yTitle: SUMMARY_TEXT.chart.rateAxis
    });
  } else if (rateSeries.length) omitted.push(SUMMARY_TEXT.omitted.rateTrend);
  const year = amountSeries.filter((x2) => x2.kind === "actual").pop() ?? amountSeries.find((x2) => x2.kind === "target") ?? amountSeries[0];
  const top = year ? largest(figures2, year, 10) : [];
  if (year && top.length) {
    const [head, end] = table(
      [{ text: SUMMARY_TEXT.chart.debt }, { text: label(year), align: "right" }],
      [...top].reverse().map((f) => (r) => {
        L.text(r, 0, f.debt);
        L.put(r, 1, { formula: ref(f.sheet, f.cell), value: f.value, numberFormat: AMOUNT });
      })
    );
    specs.push({
      sheet: chartSheet,
      type: "barClustered",
      title: SUMMARY_TEXT.chart.topTitle(year.year, SUMMARY_TEXT.kind[year.kind]),
      width: 9,
      height: 20,
      categories: range(0, head + 1, end),
      series: [{ name: ref(s, `$B$${head + 1}`), values: range(1, head + 1, end) }],
      xTitle: SUMMARY_TEXT.chart.debtAxis,
      yTitle: SUMMARY_TEXT.chart.amountAxis(unit)
    });
  } else omitted.push(SUMMARY_TEXT.omitted.top);
  const cells = [];
  if (omitted.length) {
    const text2 = SUMMARY_TEXT.omittedCharts(omitted.join("\u3001"));
    L.line(text2);
    cells.push({ sheet: chartSheet, cell: `A${1 + specs.length * CHART_ROWS}`, value: text2 });
  }
  return { specs: specs.map((c, i2) => ({ ...c, anchor: anchorOf(i2) })), omitted, cells };
}
__name(chartData, "chartData");
function largest(figures2, year, n) {
  const top = [];
  const values = [];
  for (let i2 = 0; i2 < figures2.length; i2++) {
    const f = figures2[i2];
    if (f.metric !== "uncollected" || f.year !== year.year || f.kind !== year.kind) continue;
    const v = f.value;
    if (v === null) continue;
    if (Number.isNaN(v)) return sortedLargest(figures2, year, n);
    if (top.length === n && !(v > values[n - 1])) continue;
    let at2 = top.length;
    while (at2 > 0 && !(values[at2 - 1] >= v)) at2--;
    top.splice(at2, 0, f);
    values.splice(at2, 0, v);
    if (top.length > n) {
      top.pop();
      values.pop();
    }
  }
  return top;
}
__name(largest, "largest");
function sortedLargest(figures2, year, n) {
  return figures2.filter((f) => f.metric === "uncollected" && f.year === year.year && f.kind === year.kind && f.value !== null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0)).slice(0, n);
}
__name(sortedLargest, "sortedLargest");

// src/core/summary/index.ts
var AMOUNT2 = '#,##0;"\u25B3"#,##0';
var RATE2 = '0.0;"\u25B3"0.0';
var CLASSES = ["\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29", "\u975E\u5F37\u5236\u5FB4\u53CE\u516C\u50B5\u6A29", "\u79C1\u50B5\u6A29", "\u305D\u306E\u4ED6"];
var WIDTHS = [26, ...Array(12).fill(11)];
var MAX_SERIES = 9;
var PAGE_LINES = 28;
var GENERATED_KINDS = { summary: "\u96C6\u8A08", charts: "\u30B0\u30E9\u30D5" };
var markName = /* @__PURE__ */ __name((kind) => `_saiken_gen_${kind}`, "markName");
function placeSheet(wb, kind) {
  const mark = wb.names?.[markName(kind)];
  if (mark) {
    const [name, fingerprint] = [mark.slice(0, mark.lastIndexOf("|")), mark.slice(mark.lastIndexOf("|") + 1)];
    const sheet = wb.sheets.find((s) => s.name === name);
    if (sheet) return { name, exists: true, edited: fingerprintOfSheet(sheet) !== fingerprint };
  }
  return { name: freeSheetName(wb.sheets, GENERATED_KINDS[kind]), exists: false, edited: false };
}
__name(placeSheet, "placeSheet");
var label2 = /* @__PURE__ */ __name((s) => `${s.year}\u5E74\u5EA6 ${SUMMARY_TEXT.kind[s.kind]}`, "label");
var headLabel = /* @__PURE__ */ __name((s) => `${s.year}\u5E74\u5EA6
${SUMMARY_TEXT.kind[s.kind]}`, "headLabel");
var chunks = /* @__PURE__ */ __name((xs, n) => {
  const out = [];
  for (let i2 = 0; i2 < xs.length; i2 += n) out.push(xs.slice(i2, i2 + n));
  return out;
}, "chunks");
function methodLines(rows) {
  const by = /* @__PURE__ */ __name((m) => [...rows].filter(([, r]) => r.method === m && r.cells.size).map(([k]) => k), "by");
  const weighted = by("weighted");
  const common = by("common");
  const lines = [
    !common.length ? SUMMARY_TEXT.rateMethod.heading(SUMMARY_TEXT.rateMethod.weighted) : !weighted.length ? SUMMARY_TEXT.rateMethod.heading(SUMMARY_TEXT.rateMethod.common) : SUMMARY_TEXT.rateMethod.mixed(weighted.join("\u3001"), common.join("\u3001"))
  ];
  const blank = [...rows].filter(([, r]) => !r.cells.size).map(([k]) => k);
  if (blank.length) lines.push(SUMMARY_TEXT.rateMethod.blank(blank.join("\u3001")));
  return lines;
}
__name(methodLines, "methodLines");
var KIND_NUMBER = { actual: 0, forecast: 1, target: 2 };
var seriesNumber = /* @__PURE__ */ __name((year, kind) => year * 4 + KIND_NUMBER[kind], "seriesNumber");
function grid(L, title, unit, rowKeys, series2, keyOf, figures2, metric, totalRow2, amounts, notes = []) {
  const cells = /* @__PURE__ */ new Map();
  const place = /* @__PURE__ */ new Map();
  series2.forEach((s, i2) => place.set(seriesNumber(s.year, s.kind), i2));
  const groups = /* @__PURE__ */ new Map();
  for (let n = 0; n < figures2.length; n++) {
    const f = figures2[n];
    if (f.metric !== metric) continue;
    const at2 = place.get(seriesNumber(f.year, f.kind));
    if (at2 === void 0) continue;
    const key = keyOf(f);
    let row2 = groups.get(key);
    if (!row2) groups.set(key, row2 = []);
    const list = row2[at2];
    if (list) list.push(f);
    else row2[at2] = [f];
  }
  const rates = /* @__PURE__ */ new Map();
  if (metric === "rate") {
    for (const key of rowKeys) rates.set(key, rateRow(new Map(series2.map((s, i2) => [seriesKey2(s), groups.get(key)?.[i2] ?? []])), series2, amounts));
  }
  const parts = chunks(series2, MAX_SERIES);
  parts.forEach((part2, p) => {
    if (p === 0) {
      L.section(title, unit ? { text: unit, col: Math.min(part2.length, MAX_SERIES) } : void 0);
      if (metric === "rate") for (const line of methodLines(rates)) L.line(line);
    } else L.gap();
    L.header([{ text: SUMMARY_TEXT.rowHeader }, ...part2.map((s) => ({ text: headLabel(s), align: "right" }))]);
    const above = part2.map(() => []);
    const sums = part2.map(() => 0);
    const counted = part2.map(() => false);
    const keys = totalRow2 ? [...rowKeys, SUMMARY_TEXT.total] : rowKeys;
    for (const key of keys) {
      const total = totalRow2 && key === SUMMARY_TEXT.total;
      const lines = L.rowLines([key]);
      L.fit(lines);
      L.text(L.row, 0, key, total, void 0, lines > 1);
      const row2 = groups.get(key);
      part2.forEach((s, i2) => {
        const at2 = `${key}|${s.year}|${s.kind}`;
        if (total) {
          const value2 = counted[i2] ? sums[i2] : "";
          const refs = above[i2];
          const cell2 = L.put(L.row, i2 + 1, { formula: sumOfFitting(refs.length, (k) => refs[k]), value: value2 === "" ? 0 : value2, numberFormat: AMOUNT2, bold: true });
          cells.set(at2, { cell: cell2, value: value2 });
          if (typeof value2 === "number") {
            sums[i2] += value2;
            counted[i2] = true;
          }
          return;
        }
        let value;
        let cell;
        if (metric === "rate") {
          const r = rates.get(key).cells.get(seriesKey2(s));
          cell = L.put(L.row, i2 + 1, r?.formula ? { formula: r.formula, value: r.value, numberFormat: RATE2 } : { value: "" });
          value = r?.value ?? "";
        } else {
          const fs = row2?.[p * MAX_SERIES + i2];
          let added = 0;
          let filled = false;
          if (fs) {
            for (let k = 0; k < fs.length; k++) {
              const v = fs[k].value;
              if (v === null) continue;
              added += v;
              filled = true;
            }
          }
          value = filled ? added : "";
          cell = L.put(L.row, i2 + 1, fs ? { formula: sumOfFitting(fs.length, (k) => ref(fs[k].sheet, fs[k].cell)), value: value === "" ? 0 : value, numberFormat: AMOUNT2 } : { value: "" });
        }
        above[i2].push(cell);
        cells.set(at2, { cell, value });
        if (typeof value === "number") {
          sums[i2] += value;
          counted[i2] = true;
        }
      });
      L.advance(lines);
    }
  });
  for (const n of notes) L.line(n);
  return { cells, methods: new Map([...rates].map(([k, r]) => [k, r.method])) };
}
__name(grid, "grid");
function summarizeChanges(wb, tables, catalog) {
  const cs = emptyChangeSet();
  const groups = departmentGroups(tables.map((t) => t.table));
  const { figures: figures2, unclassified } = figuresOf(tables, catalog, (d) => groups.get(d) ?? d);
  const summary = placeSheet(wb, "summary");
  const charts = placeSheet(wb, "charts");
  const L = new SheetLayout(summary.name, WIDTHS, PAGE_LINES);
  const unit = tables.find(({ table: t }) => t.measure === "amount" || t.measure === "ledger")?.table.unit ?? null;
  const unitText = unit ? SUMMARY_TEXT.unit(unit) : null;
  L.line(SUMMARY_TEXT.title, true);
  L.line(SUMMARY_TEXT.lead);
  L.gap();
  const classKeys = CLASSES.filter((c) => c !== "\u305D\u306E\u4ED6" || figures2.some((f) => f.cls === "\u305D\u306E\u4ED6"));
  const departmentSet = /* @__PURE__ */ new Set();
  for (let i2 = 0; i2 < figures2.length; i2++) departmentSet.add(figures2[i2].department ?? SUMMARY_TEXT.noDepartment);
  const departments = [...departmentSet];
  const amountSeries = seriesOf(figures2, "uncollected");
  const rateSeries = seriesOf(figures2, "rate");
  const othersOf = /* @__PURE__ */ new Map();
  for (const main of groups.values()) if (!othersOf.has(main)) othersOf.set(main, []);
  for (const [name, main] of groups) if (name !== main) othersOf.get(main).push(name);
  const merged = [...othersOf].filter(([, others]) => others.length).map(([main, others]) => `${main}\uFF08${others.join("\u3001")}\uFF09`);
  const deptNotes = merged.length ? [SUMMARY_TEXT.departmentNote(merged.join("\u3001"))] : [];
  const classNotes = unclassified.length ? [SUMMARY_TEXT.unclassifiedNote(unclassified.join("\u3001"))] : [];
  let byClass = null;
  let ratesByClass = null;
  const amounts = indexAmounts(figures2);
  const byCls = /* @__PURE__ */ __name((f) => f.cls, "byCls");
  const byDept = /* @__PURE__ */ __name((f) => f.department ?? SUMMARY_TEXT.noDepartment, "byDept");
  if (amountSeries.length) byClass = grid(L, SUMMARY_TEXT.sections.uncollectedByClass, unitText, classKeys, amountSeries, byCls, figures2, "uncollected", true, amounts, classNotes);
  if (rateSeries.length) ratesByClass = grid(L, SUMMARY_TEXT.sections.rateByClass, SUMMARY_TEXT.unit("%"), classKeys, rateSeries, byCls, figures2, "rate", false, amounts, amountSeries.length ? [] : classNotes);
  if (amountSeries.length) grid(L, SUMMARY_TEXT.sections.uncollectedByDepartment, unitText, departments, amountSeries, byDept, figures2, "uncollected", true, amounts, deptNotes);
  if (rateSeries.length) grid(L, SUMMARY_TEXT.sections.rateByDepartment, SUMMARY_TEXT.unit("%"), departments, rateSeries, byDept, figures2, "rate", false, amounts, amountSeries.length ? [] : deptNotes);
  achievement(L, figures2);
  if (byClass) reductionBlock(L, byClass, amountSeries, unitText);
  const drawn = chartData(L, byClass, ratesByClass, amountSeries, rateSeries, classKeys, figures2, charts.name, unit);
  cs.sheets.push({
    name: summary.name,
    mode: summary.exists ? "replace" : "create",
    state: "visible",
    columnWidths: WIDTHS,
    generated: { kind: "summary", fingerprint: fingerprintOfWrites(L.cells) },
    // Scaled to the page width only when the columns need it (fonts differ between readers), never to one page.
    print: { orientation: "landscape", titleRows: "1:1", rowBreaks: L.breaks, fitToWidth: true },
    rowHeights: L.heights
  });
  cs.cells = L.cells;
  cs.sheets.push({
    name: charts.name,
    mode: charts.exists ? "replace" : "create",
    state: "visible",
    generated: { kind: "charts", fingerprint: fingerprintOfWrites(drawn.cells) },
    print: CHART_SHEET_PRINT(drawn.specs.length)
  });
  for (const c of drawn.cells) cs.cells.push(c);
  cs.charts.push(...drawn.specs);
  const log = findChangeLog(wb);
  if (log) cs.sheets.push({ name: log.name, mode: "create", state: log.hidden ? "hidden" : "visible", position: "last" });
  const edited = [summary, charts].filter((s) => s.edited).map((s) => s.name);
  return { changes: cs, edited, unclassified, sheetNames: { summary: summary.name, charts: charts.name }, omittedCharts: drawn.omitted };
}
__name(summarizeChanges, "summarizeChanges");
function achievement(L, figures2) {
  const rows = [];
  for (const metric of ["rate", "uncollected"]) {
    const debts = /* @__PURE__ */ new Map();
    let list;
    let department = null;
    let debt = "";
    for (let i2 = 0; i2 < figures2.length; i2++) {
      const f = figures2[i2];
      if (f.metric !== metric) continue;
      if (list && f.department === department && f.debt === debt) {
        list.push(f);
        continue;
      }
      department = f.department;
      debt = f.debt;
      const key = `${department}|${debt}`;
      list = debts.get(key);
      if (list) list.push(f);
      else debts.set(key, list = [f]);
    }
    for (const fs of debts.values()) {
      let year = -Infinity;
      for (let i2 = 0; i2 < fs.length; i2++) {
        const f = fs[i2];
        if (f.kind !== "actual") continue;
        const y = f.year;
        if (y <= year || f.value === null) continue;
        for (let k = 0; k < fs.length; k++) {
          const t = fs[k];
          if (t.kind === "target" && t.year === y && t.value !== null) {
            year = y;
            break;
          }
        }
      }
      if (year === -Infinity) continue;
      const actual = fs.find((f) => f.kind === "actual" && f.value !== null && f.year === year);
      const target2 = fs.find((f) => f.kind === "target" && f.value !== null && f.year === year);
      rows.push({ debt: actual.debt, department: actual.department, metric, year, actual, target: target2 });
    }
  }
  if (!rows.length) return;
  L.section(SUMMARY_TEXT.sections.achievement);
  L.header(SUMMARY_TEXT.achievementHeader.map((text2, i2) => ({ text: text2, align: i2 === 3 || i2 === 4 ? "right" : i2 === 5 ? "center" : "left" })));
  const years = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const lines = L.rowLines([r.debt]);
    L.fit(lines);
    const n = L.row + 1;
    L.text(L.row, 0, r.debt, false, void 0, lines > 1);
    L.text(L.row, 1, SUMMARY_TEXT.metric[r.metric]);
    let year = years.get(r.year);
    if (year === void 0) years.set(r.year, year = `${r.year}\u5E74\u5EA6`);
    L.put(L.row, 2, { value: year });
    const fmt = r.metric === "rate" ? RATE2 : AMOUNT2;
    const actual = r.actual.value;
    const target2 = r.target.value;
    const a = ref(r.actual.sheet, r.actual.cell);
    const t = ref(r.target.sheet, r.target.cell);
    L.put(L.row, 3, { formula: flat("IF(", a, '="","",', a, ")"), value: actual ?? "", numberFormat: fmt });
    L.put(L.row, 4, { formula: flat("IF(", t, '="","",', t, ")"), value: target2 ?? "", numberFormat: fmt });
    const cmp = r.metric === "rate" ? ">=" : "<=";
    const met = actual !== null && target2 !== null ? (r.metric === "rate" ? actual >= target2 : actual <= target2) ? SUMMARY_TEXT.met : SUMMARY_TEXT.notMet : "";
    const d = `D${n}`;
    const e = `E${n}`;
    L.put(L.row, 5, { formula: flat("IF(OR(", d, '="",', e, '=""),"",IF(', d, cmp, e, ',"', SUMMARY_TEXT.met, '","', SUMMARY_TEXT.notMet, '"))'), value: met, align: "center" });
    L.text(L.row, 6, r.department ?? "");
    L.advance(lines);
  }
}
__name(achievement, "achievement");
function reductionBlock(L, byClass, series2, unitText) {
  const actuals = series2.filter((s) => s.kind === "actual");
  if (!actuals.length) return;
  const base = actuals[actuals.length - 1];
  const targets = series2.filter((s) => s.kind === "target" && s.year > base.year);
  if (!targets.length) return;
  const last = targets[targets.length - 1];
  const b = byClass.cells.get(`${SUMMARY_TEXT.total}|${base.year}|${base.kind}`);
  const l = byClass.cells.get(`${SUMMARY_TEXT.total}|${last.year}|${last.kind}`);
  L.section(SUMMARY_TEXT.sections.reduction, unitText ? { text: unitText, col: 3 } : void 0);
  L.header(SUMMARY_TEXT.reductionHeader.map((text2) => ({ text: text2, align: "right" })));
  const n = L.row + 1;
  const bv = b.value;
  const lv = l.value;
  L.put(L.row, 0, { formula: b.cell, value: bv, numberFormat: AMOUNT2 });
  L.put(L.row, 1, { formula: l.cell, value: lv, numberFormat: AMOUNT2 });
  L.put(L.row, 2, { formula: `IF(OR(A${n}="",B${n}=""),"",A${n}-B${n})`, value: typeof bv === "number" && typeof lv === "number" ? bv - lv : "", numberFormat: AMOUNT2 });
  L.put(L.row, 3, { formula: `IF(OR(A${n}="",A${n}=0,C${n}=""),"",C${n}/A${n}*100)`, value: typeof bv === "number" && typeof lv === "number" && bv !== 0 ? (bv - lv) / bv * 100 : "", numberFormat: RATE2 });
  L.advance(1);
  L.line(SUMMARY_TEXT.reductionNote(label2(base), label2(last)));
}
__name(reductionBlock, "reductionBlock");

// src/core/text/utf8-chunks.ts
var Utf8Chunks = class _Utf8Chunks {
  constructor(write, limit) {
    this.write = write;
    this.limit = limit;
    this.chunk = new Uint8Array(limit);
  }
  write;
  limit;
  static {
    __name(this, "Utf8Chunks");
  }
  static encoder = new TextEncoder();
  chunk;
  at = 0;
  push(s) {
    if (this.at + s.length * 3 > this.chunk.length) {
      this.flush();
      if (s.length * 3 > this.chunk.length) return this.pushLong(s);
    }
    if (s.length <= SHORT) {
      const chunk = this.chunk;
      let at2 = this.at;
      for (let i2 = 0; i2 < s.length; i2++) {
        const u = s.charCodeAt(i2);
        if (u >= 128) {
          at2 = -1;
          break;
        }
        chunk[at2++] = u;
      }
      if (at2 >= 0) {
        this.at = at2;
        return;
      }
    }
    this.at += _Utf8Chunks.encoder.encodeInto(s, this.chunk.subarray(this.at)).written;
  }
  /**
   * A piece longer than a chunk holds (a span of a sheet kept as it was: megabytes), in parts that
   * each fill at most a chunk, never one array of its whole encoding. A part never ends between the
   * two halves of a surrogate pair (each half alone would be written as U+FFFD).
   */
  pushLong(s) {
    const most = Math.floor(this.chunk.length / 3);
    for (let from = 0; from < s.length; ) {
      let to = Math.min(s.length, from + most);
      const last = s.charCodeAt(to - 1);
      if (to < s.length && to - 1 > from && last >= 55296 && last <= 56319) to--;
      this.at += _Utf8Chunks.encoder.encodeInto(s.slice(from, to), this.chunk.subarray(this.at)).written;
      from = to;
      if (from < s.length) this.flush();
    }
  }
  bytes(b) {
    if (!this.room(b.length)) return this.write(b.slice());
    this.chunk.set(b, this.at);
    this.at += b.length;
  }
  ascii(s) {
    if (!this.room(s.length)) return this.write(_Utf8Chunks.encoder.encode(s));
    for (let i2 = 0; i2 < s.length; i2++) this.chunk[this.at++] = s.charCodeAt(i2);
  }
  /**
   * A number as JSON.stringify writes it: an integer below 10^15 digit by digit (no string made: a
   * report writes a million figures), anything else as String gives it, null when not finite.
   */
  number(v) {
    if (!Number.isInteger(v) || v <= -1e15 || v >= 1e15 || !this.room(16)) return this.ascii(Number.isFinite(v) ? String(v) : "null");
    const chunk = this.chunk;
    if (v < 0) {
      chunk[this.at++] = 45;
      v = -v;
    }
    let digits = 1;
    for (let p = 10; p <= v; p *= 10) digits++;
    let at2 = this.at + digits;
    this.at = at2;
    do {
      chunk[--at2] = 48 + v % 10;
      v = Math.floor(v / 10);
    } while (v > 0);
  }
  /** Whether `n` more bytes fit (in a fresh chunk if not in this one). */
  room(n) {
    if (this.at + n <= this.chunk.length) return true;
    this.flush();
    return n <= this.chunk.length;
  }
  flush() {
    if (!this.at) return;
    const chunk = this.chunk.subarray(0, this.at);
    this.chunk = new Uint8Array(this.limit);
    this.at = 0;
    this.write(chunk);
  }
};
var SHORT = 64;

// src/core/report-json.ts
var WHOLE_FROM_DEPTH = 4;
var Chunks = class _Chunks {
  constructor(write, limit) {
    this.write = write;
    this.limit = limit;
  }
  write;
  limit;
  static {
    __name(this, "Chunks");
  }
  parts = [];
  size = 0;
  static decoder = new TextDecoder();
  push(s) {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= this.limit) this.flush();
  }
  bytes(b) {
    this.push(_Chunks.decoder.decode(b));
  }
  number(v) {
    this.push(JSON.stringify(v));
  }
  flush() {
    if (!this.parts.length) return;
    const chunk = this.parts.join("");
    this.parts = [];
    this.size = 0;
    this.write(chunk);
  }
};
var JsonArray = class {
  constructor(write) {
    this.write = write;
  }
  write;
  static {
    __name(this, "JsonArray");
  }
};
var skipped = /* @__PURE__ */ __name((v) => v === void 0 || typeof v === "function" || typeof v === "symbol", "skipped");
function emit(v, depth, indent, out) {
  if (depth >= WHOLE_FROM_DEPTH || v === null || typeof v !== "object" || typeof v.toJSON === "function") {
    out.push(JSON.stringify(v));
    return;
  }
  const inner = indent ? `
${" ".repeat(indent * (depth + 1))}` : "";
  const outer = indent ? `
${" ".repeat(indent * depth)}` : "";
  if (v instanceof JsonArray) {
    let i2 = 0;
    const next = `,${inner}`;
    v.write({ element: /* @__PURE__ */ __name(() => out.push(i2++ ? next : `[${inner}`), "element"), text: /* @__PURE__ */ __name((s) => out.push(s), "text"), bytes: /* @__PURE__ */ __name((b) => out.bytes(b), "bytes"), number: /* @__PURE__ */ __name((v2) => out.number(v2), "number") });
    out.push(i2 ? `${outer}]` : "[]");
    return;
  }
  if (Array.isArray(v) || typeof v[Symbol.iterator] === "function") {
    let i2 = 0;
    for (const x2 of v) {
      out.push(i2++ ? `,${inner}` : `[${inner}`);
      if (skipped(x2)) out.push("null");
      else emit(x2, depth + 1, indent, out);
    }
    out.push(i2 ? `${outer}]` : "[]");
    return;
  }
  const o = v;
  const keys = Object.keys(o).filter((k) => !skipped(o[k]));
  if (!keys.length) return out.push("{}");
  out.push("{");
  keys.forEach((k, i2) => {
    out.push(`${i2 ? "," : ""}${inner}${JSON.stringify(k)}${indent ? ": " : ":"}`);
    emit(o[k], depth + 1, indent, out);
  });
  out.push(`${outer}}`);
}
__name(emit, "emit");
function writeJson(value, indent, write, chunkChars = 1 << 20) {
  const out = new Chunks(write, chunkChars);
  emit(value, 0, indent, out);
  out.flush();
}
__name(writeJson, "writeJson");
function writeJsonBytes(value, indent, write, chunkBytes = 1 << 20) {
  const out = new Utf8Chunks(write, chunkBytes);
  emit(value, 0, indent, out);
  out.flush();
}
__name(writeJsonBytes, "writeJsonBytes");

// src/core/report.ts
function tableHead(t) {
  return {
    sheet: t.sheet,
    shape: t.shape ?? "rows",
    range: t.range,
    title: t.title,
    measure: t.measure,
    unit: t.unit,
    classification: t.classification,
    confidence: t.confidence,
    reasons: t.reasons,
    columns: t.columns.map((c) => ({
      column: c.column,
      header: c.header,
      role: c.role,
      fiscalYear: c.fiscalYear,
      kind: c.kind,
      tag: c.tag,
      minuend: c.minuend,
      subtrahend: c.subtrahend,
      minuendColumn: c.minuendColumn,
      subtrahendColumn: c.subtrahendColumn,
      item: c.item
    }))
  };
}
__name(tableHead, "tableHead");
function rowToReport(r) {
  return { row: r.row, department: r.department, debt: r.debt, division: r.division, classification: r.classification, total: r.total, values: r.values };
}
__name(rowToReport, "rowToReport");
function buildStreamedReport(file, tables, issues) {
  return {
    schemaVersion: 1,
    file,
    tables: tables.map((p) => ({
      ...tableHead(p.table),
      // How many, for the text report, without making them.
      rows: Object.assign(new JsonArray((out) => writeRows(p, out)), { length: p.labels.length }),
      observations: new JsonArray((out) => writeObservations(p.table, out, (r, k) => p.figure(r, k)))
    })),
    issues: issues.map(issueToReport),
    changes: []
  };
}
__name(buildStreamedReport, "buildStreamedReport");
function writeRows(p, out) {
  const j = JSON.stringify;
  const utf82 = /* @__PURE__ */ __name((s) => UTF82.encode(s), "utf8");
  const first = p.letters.map((l) => utf82(`${j(l)}:`));
  const later = p.letters.map((l) => utf82(`,${j(l)}:`));
  const head = utf82('{"row":');
  const nul = utf82("null");
  const end = utf82("}}");
  for (let r = 0; r < p.labels.length; r++) {
    const row2 = p.labels[r];
    out.element();
    const kept = p.kept.get(r);
    if (kept) {
      out.text(j(rowToReport({ ...row2, values: kept })));
      continue;
    }
    out.bytes(head);
    out.number(row2.row);
    out.text(`,"department":${j(row2.department)},"debt":${j(row2.debt)},"division":${j(row2.division)},"classification":${j(row2.classification)},"total":${j(row2.total)},"values":{`);
    let any = false;
    for (let k = 0; k < p.letters.length; k++) {
      const v = p.figure(r, k);
      if (v === void 0) continue;
      out.bytes(any ? later[k] : first[k]);
      any = true;
      if (v === null) out.bytes(nul);
      else out.number(v);
    }
    out.bytes(end);
  }
}
__name(writeRows, "writeRows");
var UTF82 = new TextEncoder();
function issueToReport(f) {
  const out = { code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message, messageEn: f.messageEn };
  if (f.expected !== void 0) out.expected = f.expected;
  if (f.actual !== void 0) out.actual = f.actual;
  return out;
}
__name(issueToReport, "issueToReport");

// src/core/packed-table.ts
var NULL = 1;
var NUMBER = 2;
var NO_TEXTS = Object.freeze({});
var NO_DECIMALS = Object.freeze({});
var NO_DASHES2 = Object.freeze([]);
var PackedTable = class {
  static {
    __name(this, "PackedTable");
  }
  /** The table, its rows as `labels`. */
  table;
  /** Each row with its labels (department, debt, division, classification, total) and no figures. */
  labels;
  /** The column letters a row's `values` may hold, in the order recognition writes them. */
  letters;
  /** Row r, letter k: state at [r·n + k] (absent, null, a number), the number at the same index. */
  states;
  numbers;
  /** Rows whose values do not follow `letters` (none that recognition makes), kept as they were. */
  kept = /* @__PURE__ */ new Map();
  constructor(t) {
    const letters = figureLetters(t);
    const n = letters.length;
    const packable = new Set(letters).size === n;
    this.letters = letters;
    this.states = new Uint8Array(t.rows.length * n);
    this.numbers = new Float64Array(t.rows.length * n);
    this.labels = t.rows.map((row2, r) => {
      if (!packable || !this.pack(row2.values, r * n)) this.kept.set(r, row2.values);
      return { row: row2.row, department: row2.department, debt: row2.debt, division: row2.division, classification: row2.classification, total: row2.total, values: {}, texts: NO_TEXTS, decimals: NO_DECIMALS, notes: NO_TEXTS, dashes: NO_DASHES2, formulas: NO_TEXTS };
    });
    this.table = { ...t, rows: this.labels };
  }
  /** Packs one row's values at `at`; false when its keys are not letters in order. */
  pack(values, at2) {
    let k = 0;
    for (const key of Object.keys(values)) {
      while (k < this.letters.length && this.letters[k] !== key) k++;
      if (k === this.letters.length) return false;
      const v = values[key];
      if (typeof v === "number") {
        this.states[at2 + k] = NUMBER;
        this.numbers[at2 + k] = v;
      } else if (v === null) this.states[at2 + k] = NULL;
      else return false;
      k++;
    }
    return true;
  }
  /** Row r's figure in its k-th value column (of `letters`): a number, null, or undefined where the row has none. */
  figure(r, k) {
    const at2 = r * this.letters.length + k;
    const state = this.states[at2];
    if (state === NUMBER) return this.numbers[at2];
    if (state === NULL) return null;
    return this.kept.size ? this.kept.get(r)?.[this.letters[k]] : void 0;
  }
};

// src/core/dv/install.ts
init_findings();
init_workbook();

// src/core/dv/rules.ts
init_model();
init_workbook();

// src/core/engine.ts
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function append(into, items) {
  for (const x2 of items) into.push(x2);
}
__name(append, "append");
function contextOf(wb) {
  const data = readWorkbookData(wb);
  return { ctx: { settings: data.settings, catalog: catalogWithOverrides(data.overrides) }, findings: data.findings, mappings: data.mappings };
}
__name(contextOf, "contextOf");
function inSheetOrder(sheets, issues) {
  const sheetOrder = new Map(sheets.map((s, i2) => [s.name, i2]));
  return issues.sort(
    (x2, y) => (sheetOrder.get(x2.sheet) ?? 0) - (sheetOrder.get(y.sheet) ?? 0) || SEVERITY_ORDER[x2.severity] - SEVERITY_ORDER[y.severity] || x2.code.localeCompare(y.code)
  );
}
__name(inSheetOrder, "inSheetOrder");
function inspectStreamed(source, file) {
  const { tables, issues } = inspectEach(source);
  return buildStreamedReport(file, tables, issues);
}
__name(inspectStreamed, "inspectStreamed");
function storedContext(source) {
  const data = source.sheets.findIndex((s) => s.name === DATA_SHEET);
  return contextOf({ sheets: data < 0 ? [] : [source.read(data)], names: source.names });
}
__name(storedContext, "storedContext");
function keptWorkbook(source, plans) {
  return { names: source.names, sheets: source.sheets.map((s, i2) => plans.get(s.name) ?? source.read(i2)) };
}
__name(keptWorkbook, "keptWorkbook");
function inspectEach(source) {
  const { ctx, findings: stored, mappings } = storedContext(source);
  const recognized = [];
  const packed = new Packed();
  eachRecognizedSheet(source, mappings, (r) => {
    append(recognized, r.findings);
    packed.add(r.tables, ctx);
  });
  return { tables: packed.tables, issues: packed.issues(source.sheets, [...stored, ...recognized]) };
}
__name(inspectEach, "inspectEach");
var Packed = class {
  static {
    __name(this, "Packed");
  }
  tables = [];
  validated = [];
  add(tables, ctx) {
    append(this.validated, validateSheetTables(tables, ctx));
    for (const t of tables) this.tables.push(new PackedTable(t));
  }
  /** `found` (stored data, recognition…) with the rules' findings, sorted by sheet (the sort is stable). */
  issues(sheets, found) {
    const across = departmentVariant(this.tables.map((p) => p.table));
    return inSheetOrder(sheets, [...found, ...this.validated, ...across]);
  }
};
function localStamp(d = /* @__PURE__ */ new Date()) {
  const p = /* @__PURE__ */ __name((n) => String(n).padStart(2, "0"), "p");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
__name(localStamp, "localStamp");
function recalcSheets(source, file, now = localStamp()) {
  const { r, report } = recalcPacked(source, file, now);
  return { report, changes: r.changes, workbook: r.before };
}
__name(recalcSheets, "recalcSheets");
function recalcPacked(source, file, now) {
  const packed = new Packed();
  const r = recalcEach(source, now, (tables, ctx) => packed.add(tables, ctx));
  return { r, packed, report: { ...buildStreamedReport(file, packed.tables, packed.issues(r.after.sheets, r.findings)), changes: r.changes.log } };
}
__name(recalcPacked, "recalcPacked");
function recalcEach(source, now, keep) {
  const { ctx, findings: stored, mappings } = storedContext(source);
  const changes = emptyChangeSet();
  const recognized = [];
  const skipped2 = [];
  const formats = /* @__PURE__ */ new Map();
  const plans = /* @__PURE__ */ new Map();
  eachRecognizedSheet(source, mappings, (r) => {
    const from2 = changes.cells.length;
    const fromLog = changes.log.length;
    append(skipped2, recalcSheet(r.sheet, r.tables, ctx.settings, changes));
    replacedFormats(r.sheet, changes.cells, from2, formats);
    const own = { ...emptyChangeSet(), cells: changes.cells.slice(from2), log: changes.log.slice(fromLog) };
    const before2 = { names: source.names, sheets: [r.sheet] };
    const after2 = applyToSnapshot(before2, own);
    const refreshed = refreshTables(r.tables, before2, after2, own);
    const again = refreshed ? r : recognizeSheet(after2.sheets[0], mappings.filter((m) => m.sheet === r.sheet.name));
    keep(refreshed ?? again.tables, ctx);
    append(recognized, again.findings);
    plans.set(r.sheet.name, { ...r.sheet, rows: [] });
  });
  const before = keptWorkbook(source, plans);
  const from = changes.cells.length;
  if (changes.log.length) changeLogWrites(before, changes, now, formats);
  const after = applyToSnapshot(before, { ...changes, cells: changes.cells.slice(from) });
  return { ctx, changes, findings: [...stored, ...recognized, ...skipped2], before, after };
}
__name(recalcEach, "recalcEach");
function summarizeSheets(source, file) {
  const { ctx, findings: stored, mappings } = storedContext(source);
  const recognized = [];
  const packed = new Packed();
  const plans = /* @__PURE__ */ new Map();
  eachRecognizedSheet(source, mappings, (r) => {
    append(recognized, r.findings);
    packed.add(r.tables, ctx);
    plans.set(r.sheet.name, { ...r.sheet, rows: [] });
  });
  const workbook = keptWorkbook(source, plans);
  const report = buildStreamedReport(file, packed.tables, packed.issues(workbook.sheets, [...stored, ...recognized]));
  return { ...summaryOf(workbook, packed.tables, ctx), report, workbook };
}
__name(summarizeSheets, "summarizeSheets");
function summaryOf(wb, tables, ctx) {
  const s = summarizeChanges(wb, tables, ctx.catalog);
  return { changes: s.changes, edited: s.edited, sheetNames: s.sheetNames, omittedCharts: s.omittedCharts };
}
__name(summaryOf, "summaryOf");
function runSteps(source, file, now = localStamp()) {
  const { r, packed, report } = recalcPacked(source, file, now);
  const { after, ctx } = r;
  let changes = r.changes;
  return {
    report,
    workbook: r.before,
    // Given once, and not held here after: a million-cell plan's recalculation writes 200,000 cells.
    takeChanges: /* @__PURE__ */ __name(() => {
      const c = changes;
      if (!c) throw new Error("runSteps: the recalculation\u2019s changes were taken already");
      changes = null;
      return c;
    }, "takeChanges"),
    summarize: /* @__PURE__ */ __name(() => summaryOf(after, packed.tables, ctx), "summarize")
  };
}
__name(runSteps, "runSteps");
function exitCodeOf(report) {
  return report.issues.some((i2) => i2.severity === "error") ? 1 : 0;
}
__name(exitCodeOf, "exitCodeOf");

// src/hosts/file/charts-xml.ts
init_workbook();
var esc = /* @__PURE__ */ __name((s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"), "esc");
var PALETTE = ["1F4E79", "C55A11", "548235", "7030A0", "BF9000"];
function rich(text2, size, bold) {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="ja-JP" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${esc(text2)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>`;
}
__name(rich, "rich");
var axisTitle = /* @__PURE__ */ __name((text2) => text2 ? `<c:title>${rich(text2, 1e3, false)}</c:title>` : "", "axisTitle");
function series(spec) {
  return spec.series.map((s, i2) => {
    const color = PALETTE[i2 % PALETTE.length];
    const look = spec.type === "line" ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="6"/></c:marker>` : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
    return `<c:ser><c:idx val="${i2}"/><c:order val="${i2}"/><c:tx><c:strRef><c:f>${esc(s.name)}</c:f></c:strRef></c:tx>${look}<c:cat><c:strRef><c:f>${esc(spec.categories)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${esc(s.values)}</c:f></c:numRef></c:val>` + (spec.type === "line" ? '<c:smooth val="0"/>' : "") + "</c:ser>";
  }).join("");
}
__name(series, "series");
function chartXml(spec) {
  const horizontal = spec.type === "barClustered";
  const plot = spec.type === "line" ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series(spec)}<c:marker val="1"/><c:axId val="5001"/><c:axId val="5002"/></c:lineChart>` : `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series(spec)}<c:gapWidth val="80"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>`;
  const valueFormat = spec.type === "line" ? "0.0" : "#,##0";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:lang val="ja-JP"/><c:roundedCorners val="0"/><c:chart><c:title>${rich(spec.title, 1400, true)}</c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>${axisTitle(spec.xTitle)}<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>${axisTitle(spec.yTitle)}<c:numFmt formatCode="${esc(valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}
__name(chartXml, "chartXml");
function drawingXml(specs) {
  const anchors = specs.map((spec, k) => {
    const { r, c } = parseA1(spec.anchor);
    return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${c + spec.width}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r + spec.height}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="${esc(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart${k + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
  }).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${anchors}</xdr:wsDr>`;
}
__name(drawingXml, "drawingXml");
function drawingRelsXml(chartPaths) {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + chartPaths.map((p, k) => `<Relationship Id="rIdChart${k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/${p.split("/").pop()}"/>`).join("") + "</Relationships>";
}
__name(drawingRelsXml, "drawingRelsXml");

// src/hosts/file/table-xml.ts
var NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
var escape2 = /* @__PURE__ */ __name((s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"), "escape");
function tableXml(spec, id) {
  const cols = spec.columns.map((c, i2) => `<tableColumn id="${i2 + 1}" name="${escape2(c)}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<table xmlns="${NS_MAIN}" id="${id}" name="${escape2(spec.name)}" displayName="${escape2(spec.name)}" ref="${spec.range}" totalsRowShown="0"><autoFilter ref="${spec.range}"/><tableColumns count="${spec.columns.length}">${cols}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
}
__name(tableXml, "tableXml");

// src/hosts/file/sheet-xml.ts
init_workbook();

// src/hosts/file/xml-scan.ts
var isNameChar = /* @__PURE__ */ __name((c) => c > 32 && c !== 62 && c !== 47 && c !== 61, "isNameChar");
function nextTag(s, from) {
  let i2 = s.indexOf("<", from);
  while (i2 >= 0) {
    const c = s.charCodeAt(i2 + 1);
    if (c === 33) {
      const end = s.startsWith("<!--", i2) ? s.indexOf("-->", i2 + 4) + 3 : s.startsWith("<![CDATA[", i2) ? s.indexOf("]]>", i2 + 9) + 3 : s.indexOf(">", i2) + 1;
      if (end <= 2) return null;
      i2 = s.indexOf("<", end);
      continue;
    }
    if (c === 63) {
      const end = s.indexOf("?>", i2 + 2);
      if (end < 0) return null;
      i2 = s.indexOf("<", end + 2);
      continue;
    }
    const close = c === 47;
    let j = close ? i2 + 2 : i2 + 1;
    const nameStart = j;
    while (j < s.length && isNameChar(s.charCodeAt(j))) j++;
    const name = s.slice(nameStart, j);
    let q = 0;
    for (; j < s.length; j++) {
      const ch = s.charCodeAt(j);
      if (q) {
        if (ch === q) q = 0;
      } else if (ch === 34 || ch === 39) q = ch;
      else if (ch === 62) break;
    }
    if (j >= s.length) return null;
    const colon = name.indexOf(":");
    return { start: i2, end: j + 1, kind: close ? "close" : s.charCodeAt(j - 1) === 47 ? "empty" : "open", name, local: colon < 0 ? name : name.slice(colon + 1) };
  }
  return null;
}
__name(nextTag, "nextTag");
function elementEnd(s, open) {
  if (open.kind === "empty") return open.end;
  let depth = 1;
  let t = nextTag(s, open.end);
  while (t) {
    if (t.kind === "open") depth++;
    else if (t.kind === "close" && --depth === 0) return t.end;
    t = nextTag(s, t.end);
  }
  throw new DetailedError(xmlDetail.unclosed(open.name));
}
__name(elementEnd, "elementEnd");
function flatEnd(s, open) {
  if (open.kind === "empty") return open.end;
  const needle = `</${open.name}`;
  let at2 = s.indexOf(needle, open.end);
  while (at2 >= 0 && isNameChar(s.charCodeAt(at2 + needle.length))) at2 = s.indexOf(needle, at2 + needle.length);
  if (at2 < 0) throw new DetailedError(xmlDetail.unclosed(open.name));
  return s.indexOf(">", at2) + 1;
}
__name(flatEnd, "flatEnd");
function rootTag(s) {
  let t = nextTag(s, 0);
  while (t && t.kind !== "open" && t.kind !== "empty") t = nextTag(s, t.end);
  if (!t) throw new DetailedError(xmlDetail.noRoot());
  return t;
}
__name(rootTag, "rootTag");
function children(s, parent) {
  const out = [];
  if (parent.kind === "empty") return out;
  let t = nextTag(s, parent.end);
  while (t && t.kind !== "close") {
    const end = t.local === "sheetData" ? flatEnd(s, t) : elementEnd(s, t);
    let local = t.local;
    if (local === "AlternateContent") {
      const inner = /<(?:[\w.-]+:)?(?:Choice|Fallback)\b[^>]*>\s*<(?:[\w.-]+:)?([\w.-]+)/.exec(s.slice(t.end, end));
      if (inner) local = inner[1];
    }
    out.push({ tag: t, end, local });
    t = nextTag(s, end);
  }
  return out;
}
__name(children, "children");
function findTag(s, local, from = 0) {
  let t = nextTag(s, from);
  while (t) {
    if (t.local === local && t.kind !== "close") return t;
    t = nextTag(s, t.end);
  }
  return null;
}
__name(findTag, "findTag");
var attrRes = /* @__PURE__ */ new Map();
function attrRe(name) {
  let re = attrRes.get(name);
  if (!re) {
    re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrRes.set(name, re);
  }
  return re;
}
__name(attrRe, "attrRe");
function attr(tagText, name) {
  const m = attrRe(name).exec(tagText);
  if (!m) return void 0;
  return unescapeXml(m[1] ?? m[2]);
}
__name(attr, "attr");
function setAttr(tagText, name, value) {
  const re = attrRe(name);
  const v = escapeAttr(value);
  if (re.test(tagText)) return tagText.replace(re, ` ${name}="${v}"`);
  const end = tagText.endsWith("/>") ? tagText.length - 2 : tagText.length - 1;
  return `${tagText.slice(0, end)} ${name}="${v}"${tagText.slice(end)}`;
}
__name(setAttr, "setAttr");
function removeAttr(tagText, name) {
  return tagText.replace(attrRe(name), "");
}
__name(removeAttr, "removeAttr");
function escapeText(s) {
  return s.replace(/[&<>]/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;");
}
__name(escapeText, "escapeText");
function escapeAttr(s) {
  return s.replace(/[&<>"\n\r\t]/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[c] ?? `#${c.charCodeAt(0)}`};`);
}
__name(escapeAttr, "escapeAttr");
function unescapeXml(s) {
  if (s.indexOf("&") < 0) return s;
  return s.replace(
    /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g,
    (_, e) => e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e]
  );
}
__name(unescapeXml, "unescapeXml");
var prefixOf = /* @__PURE__ */ __name((t) => t.name.slice(0, t.name.length - t.local.length), "prefixOf");
function insertInOrder(s, parent, order, local, xml, replace = false) {
  const rank = order.indexOf(local);
  if (rank < 0) throw new Error(`<${local}> has no place in this element`);
  if (parent.kind === "empty") {
    const open = parent.name;
    return `${s.slice(0, parent.end - 2).replace(/\s*$/, "")}>${xml}</${open}>${s.slice(parent.end)}`;
  }
  let kids = children(s, parent);
  if (replace) {
    const same = kids.filter((k) => k.local === local && k.tag.local === local);
    for (let i2 = same.length - 1; i2 >= 0; i2--) s = s.slice(0, same[i2].tag.start) + s.slice(same[i2].end);
    if (same.length) kids = children(s, parent);
  }
  const next = kids.find((k) => {
    const r = order.indexOf(k.local);
    return r > rank;
  });
  let at2;
  if (next) at2 = next.tag.start;
  else {
    const last = kids[kids.length - 1];
    at2 = last ? last.end : parent.end;
  }
  return s.slice(0, at2) + xml + s.slice(at2);
}
__name(insertInOrder, "insertInOrder");

// src/hosts/file/sheet-xml.ts
var REF = /^([A-Z]{1,3})(\d+)$/;
function target(w) {
  const m = REF.exec(w.cell);
  if (!m) throw new Error(`bad cell address ${w.cell}`);
  return { row: Number(m[2]), col: colIndex(m[1]), ref: w.cell, w };
}
__name(target, "target");
var colOfRef = /* @__PURE__ */ __name((ref2) => colIndex(ref2.replace(/\d+$/, "").replace(/^\$/, "")), "colOfRef");
function xstring(s) {
  return escapeText(
    s.replace(
      /_x[0-9A-Fa-f]{4}_|[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g,
      (m) => m.length > 1 ? `_x005F_${m.slice(1)}` : `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
    )
  );
}
__name(xstring, "xstring");
function columnStyles(xml, until) {
  const out = [];
  let t = nextTag(xml, 0);
  while (t && t.start < until && !(t.local === "cols" && t.kind !== "close")) t = nextTag(xml, t.end);
  if (!t || t.start >= until || t.kind === "empty") return out;
  t = nextTag(xml, t.end);
  while (t && t.local === "col") {
    const text2 = xml.slice(t.start, t.end);
    const style = attr(text2, "style");
    if (style) out.push({ min: Number(attr(text2, "min")) - 1, max: Number(attr(text2, "max")) - 1, style: Number(style) });
    t = nextTag(xml, t.kind === "empty" ? t.end : elementEnd(xml, t));
  }
  return out.sort((a, b) => a.min - b.min);
}
__name(columnStyles, "columnStyles");
function styleOfColumn(cols, col) {
  let lo = 0;
  let hi = cols.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (cols[mid].max < col) lo = mid + 1;
    else if (cols[mid].min > col) hi = mid - 1;
    else return cols[mid].style;
  }
  return void 0;
}
__name(styleOfColumn, "styleOfColumn");
function editSheet(xml, writes, opts) {
  const data = findTag(xml, "sheetData");
  if (!data || !rowless(xml, data)) return spliceSheet(xml, writes, opts);
  const pieces = [];
  fill2(xml, data, writes, opts, (s) => pieces.push(s));
  return pieces.join("");
}
__name(editSheet, "editSheet");
function editSheetBytes(xml, writes, opts, encodeHead, out) {
  const chunks2 = new Utf8Chunks(out, 1 << 20);
  let first = true;
  const emit2 = /* @__PURE__ */ __name((s) => {
    if (first) {
      const end = s.startsWith("<?xml") ? s.indexOf("?>") + 2 : 0;
      chunks2.bytes(encodeHead(end > 1 ? s.slice(0, end) : ""));
      chunks2.push(end > 1 ? s.slice(end) : s);
    } else chunks2.push(s);
    first = false;
  }, "emit");
  const data = findTag(xml, "sheetData");
  let changed = true;
  if (data && rowless(xml, data)) fill2(xml, data, writes, opts, emit2);
  else {
    const spliced = splicedPieces(xml, writes, opts);
    for (const piece of spliced.pieces) emit2(piece);
    changed = spliced.changed;
  }
  chunks2.flush();
  return changed;
}
__name(editSheetBytes, "editSheetBytes");
function spliceSheet(xml, writes, opts) {
  return splicedPieces(xml, writes, opts).pieces.join("");
}
__name(spliceSheet, "spliceSheet");
function splicedPieces(xml, writes, opts) {
  try {
    return edit(xml, writes, opts);
  } catch (e) {
    if (!(e instanceof OutOfOrder)) throw e;
    return { pieces: edit(inOrder(xml), writes, opts).pieces, changed: true };
  }
}
__name(splicedPieces, "splicedPieces");
function isRowless(xml) {
  const data = findTag(xml, "sheetData");
  return !!data && rowless(xml, data);
}
__name(isRowless, "isRowless");
function rowless(xml, data) {
  if (data.kind === "empty") return true;
  const t = nextTag(xml, data.end);
  return t !== null && t.kind === "close" && t.local === "sheetData";
}
__name(rowless, "rowless");
function fill2(xml, data, writes, opts, emit2) {
  const n = writes.length;
  const rows = new Int32Array(n);
  const cols = new Int32Array(n);
  const bounds = { c1: Infinity, r1: Infinity, c2: -Infinity, r2: -Infinity };
  let sorted = true;
  const at2 = new Int32Array(2);
  for (let i2 = 0; i2 < n; i2++) {
    if (!parseRef2(writes[i2].cell, at2)) throw new Error(`bad cell address ${writes[i2].cell}`);
    const r = rows[i2] = at2[0];
    const c = cols[i2] = at2[1];
    if (i2 && (r < rows[i2 - 1] || r === rows[i2 - 1] && c < cols[i2 - 1])) sorted = false;
    if (c < bounds.c1) bounds.c1 = c;
    if (c > bounds.c2) bounds.c2 = c;
    if (r < bounds.r1) bounds.r1 = r;
    if (r > bounds.r2) bounds.r2 = r;
  }
  const order = sorted ? null : Array.from({ length: n }, (_, i2) => i2).sort((a, b) => rows[a] - rows[b] || cols[a] - cols[b] || a - b);
  const at3 = /* @__PURE__ */ __name((k) => order ? order[k] : k, "at");
  const P2 = prefixOf(data);
  const { render, cellText, newCellText } = cellWriter(P2, columnStyles(xml, data.start), opts, new Unshare());
  const target2 = /* @__PURE__ */ __name((i2) => ({ row: rows[i2], col: cols[i2], ref: writes[i2].cell, w: writes[i2] }), "target");
  let head;
  let tail;
  if (data.kind === "empty") {
    head = `${xml.slice(0, data.start)}<${data.name}>`;
    tail = `</${data.name}>${xml.slice(data.end)}`;
  } else {
    const close = nextTag(xml, data.end);
    head = xml.slice(0, close.start);
    tail = xml.slice(close.start);
  }
  if (!n) {
    emit2(head + tail);
    return;
  }
  emit2(widenDimensionTo(head, bounds, true));
  const pieces = [];
  let row2 = -1;
  const heights = opts.rowHeights;
  const endRow = /* @__PURE__ */ __name(() => {
    pieces.push(`</${P2}row>`);
    emit2(pieces.join(""));
    pieces.length = 0;
  }, "endRow");
  for (let k = 0; k < n; ) {
    const i2 = at3(k);
    if (rows[i2] !== row2) {
      if (row2 >= 0) endRow();
      row2 = rows[i2];
      const h = heights?.get(row2);
      pieces.push(`<${P2}row r="${row2}"${h !== void 0 ? ` ht="${h}" customHeight="1"` : ""}>`);
    }
    let m = k + 1;
    if (m < n && rows[at3(m)] === row2 && cols[at3(m)] === cols[i2]) {
      let cell = render(null, void 0, target2(i2));
      while (m < n && rows[at3(m)] === row2 && cols[at3(m)] === cols[i2]) cell = render(cell, void 0, target2(at3(m++)));
      pieces.push(cellText(cell));
    } else newCellText(pieces, void 0, cols[i2], writes[i2].cell, writes[i2]);
    k = m;
  }
  endRow();
  emit2(tail);
}
__name(fill2, "fill");
var OutOfOrder = class extends DetailedError {
  static {
    __name(this, "OutOfOrder");
  }
  constructor(detail = xmlDetail.outOfOrder()) {
    super(detail);
  }
};
function edit(xml, writes, opts) {
  const targets = writes.map(target);
  targets.sort((a, b) => a.row - b.row || a.col - b.col);
  let data = findTag(xml, "sheetData");
  if (!data) throw new DetailedError(xmlDetail.noSheetData());
  if (data.kind === "empty") {
    xml = `${xml.slice(0, data.start)}<${data.name}></${data.name}>${xml.slice(data.end)}`;
    data = findTag(xml, "sheetData");
  }
  const P2 = prefixOf(data);
  const cols = columnStyles(xml, data.start);
  const unshare = new Unshare();
  const out = [];
  let copied = 0;
  let changed = false;
  const splice = /* @__PURE__ */ __name((from, to, text2) => {
    if (!changed && text2 !== xml.slice(from, to)) changed = true;
    out.push(xml.slice(copied, from), text2);
    copied = to;
  }, "splice");
  const { render, cellText } = cellWriter(P2, cols, opts, unshare);
  let i2 = 0;
  let t = nextTag(xml, data.end);
  let rowNum = 0;
  let shifted = false;
  let implicitRows = false;
  const skipTo = /* @__PURE__ */ __name((want) => {
    while (t && !(t.kind === "close" && t.local === "sheetData")) {
      if (t.local !== "row") {
        t = nextTag(xml, elementEnd(xml, t));
        continue;
      }
      const open = xml.slice(t.start, t.end);
      const r = attr(open, "r");
      const n = r !== void 0 ? Number(r) : rowNum + 1;
      if (r === void 0) implicitRows = true;
      else if (n <= rowNum) throw new OutOfOrder(n === rowNum ? xmlDetail.rowRepeated(n) : void 0);
      if (n >= want) break;
      if (r === void 0) {
        if (shifted) splice(t.start, t.end, setAttr(open, "r", String(n)));
      }
      rowNum = n;
      t = nextTag(xml, flatEnd(xml, t));
    }
  }, "skipTo");
  while (i2 < targets.length) {
    const want = targets[i2].row;
    skipTo(want);
    let j = i2;
    while (j < targets.length && targets[j].row === want) j++;
    const group = targets.slice(i2, j);
    i2 = j;
    const atEnd = !t || t.kind === "close" && t.local === "sheetData";
    const n = atEnd ? Infinity : Number(attr(xml.slice(t.start, t.end), "r") ?? rowNum + 1);
    if (n !== want) {
      const cells = [];
      for (let k2 = 0; k2 < group.length; ) {
        let cell = render(null, void 0, group[k2]);
        let m = k2 + 1;
        while (m < group.length && group[m].col === group[k2].col) cell = render(cell, void 0, group[m++]);
        cells.push(cellText(cell));
        k2 = m;
      }
      const at2 = atEnd ? t ? t.start : xml.length : t.start;
      out.push(xml.slice(copied, at2), `<${P2}row r="${want}">${cells.join("")}</${P2}row>`);
      copied = at2;
      changed = true;
      shifted = true;
      continue;
    }
    const rowTag = t;
    const rowEnd = flatEnd(xml, rowTag);
    let open = xml.slice(rowTag.start, rowTag.end);
    if (attr(open, "r") === void 0) open = setAttr(open, "r", String(want));
    const rowStyle = attr(open, "customFormat") === "1" || attr(open, "customFormat") === "true" ? Number(attr(open, "s") ?? 0) : void 0;
    const closeStart = rowTag.kind === "empty" ? rowTag.end : xml.lastIndexOf("<", rowEnd - 1);
    const parts = [];
    let p = rowTag.end;
    let col = -1;
    let inserted = [];
    let k = 0;
    let c = rowTag.kind === "empty" ? null : nextTag(xml, p);
    while (c && c.start < closeStart) {
      if (c.local !== "c") {
        const e = elementEnd(xml, c);
        parts.push(xml.slice(p, e));
        p = e;
        c = nextTag(xml, e);
        continue;
      }
      const cOpen = xml.slice(c.start, c.end);
      const r = attr(cOpen, "r");
      const at2 = r !== void 0 ? colOfRef(r) : col + 1;
      if (at2 <= col) throw new OutOfOrder(at2 === col ? xmlDetail.cellRepeated(`${colLetterOf(at2)}${want}`) : void 0);
      const cEnd = flatEnd(xml, c);
      while (k < group.length && group[k].col < at2) {
        let cell = render(null, rowStyle, group[k]);
        let m = k + 1;
        while (m < group.length && group[m].col === group[k].col) cell = render(cell, rowStyle, group[m++]);
        parts.push(xml.slice(p, c.start), cellText(cell));
        inserted.push(group[k].col);
        p = c.start;
        k = m;
      }
      if (k < group.length && group[k].col === at2) {
        const inner = c.kind === "empty" ? "" : xml.slice(c.end, xml.lastIndexOf("<", cEnd - 1));
        let cell = render({ open: r === void 0 ? setAttr(cOpen, "r", `${colLetterOf(at2)}${want}`) : cOpen, inner }, rowStyle, group[k]);
        let m = k + 1;
        while (m < group.length && group[m].col === at2) cell = render(cell, rowStyle, group[m++]);
        parts.push(xml.slice(p, c.start), cellText(cell));
        k = m;
      } else if (r === void 0) {
        parts.push(xml.slice(p, c.start), setAttr(cOpen, "r", `${colLetterOf(at2)}${want}`), xml.slice(c.end, cEnd));
      } else parts.push(xml.slice(p, cEnd));
      p = cEnd;
      col = at2;
      c = nextTag(xml, cEnd);
    }
    const tail = [];
    while (k < group.length) {
      let cell = render(null, rowStyle, group[k]);
      let m = k + 1;
      while (m < group.length && group[m].col === group[k].col) cell = render(cell, rowStyle, group[m++]);
      tail.push(cellText(cell));
      inserted.push(group[k].col);
      k = m;
    }
    if (inserted.length) open = widenSpans(open, inserted);
    inserted = [];
    const rowName = rowTag.name;
    const body = parts.join("") + (rowTag.kind === "empty" ? "" : xml.slice(p, closeStart)) + tail.join("");
    const openText = open.replace(/\s*\/>$/, ">");
    splice(rowTag.start, rowEnd, `${openText}${body}</${rowName}>`);
    rowNum = want;
    t = nextTag(xml, rowEnd);
  }
  if (shifted && implicitRows) skipTo(Infinity);
  out.push(xml.slice(copied));
  if (unshare.groups.size) return { pieces: [widenDimension(unshareFormulas(out.join(""), unshare), targets)], changed: true };
  const head = widenDimension(out[0], targets);
  if (head !== out[0]) changed = true;
  out[0] = head;
  return { pieces: out, changed };
}
__name(edit, "edit");
function cellWriter(P2, cols, opts, unshare) {
  const render = /* @__PURE__ */ __name((old, rowStyle, t) => {
    if (!old) return renderNew(rowStyle, t);
    let open = old.open;
    const own = attr(open, "s");
    const base = own !== void 0 ? Number(own) : rowStyle ?? styleOfColumn(cols, t.col) ?? 0;
    const s = opts.restyle(base, t.w);
    if (old && t.w.formula === void 0 && t.w.value === void 0) {
      return { open: s !== void 0 ? setAttr(old.open, "s", String(s)) : old.open, inner: old.inner };
    }
    open = removeAttr(removeAttr(removeAttr(open, "t"), "vm"), "cm");
    if (attr(open, "r") === void 0) open = setAttr(open, "r", t.ref);
    if (s !== void 0) open = setAttr(open, "s", String(s));
    let kept = "";
    if (old?.inner) {
      let c = nextTag(old.inner, 0);
      while (c) {
        const end = elementEnd(old.inner, c);
        if (c.local === "f") {
          const ft = old.inner.slice(c.start, c.end);
          const si = attr(ft, "t") === "shared" ? attr(ft, "si") : void 0;
          if (si !== void 0 && attr(ft, "ref")) unshare.add(t.row, t.col, si, formulaText(old.inner, c));
        } else if (c.local !== "v" && c.local !== "is") kept += old.inner.slice(c.start, end);
        c = nextTag(old.inner, end);
      }
    }
    const { type, body } = cellBody(t.w);
    if (type) open = setAttr(open, "t", type);
    return { open, inner: body + kept };
  }, "render");
  const newStyle = /* @__PURE__ */ __name((rowStyle, col, w) => {
    const inherited = rowStyle ?? styleOfColumn(cols, col) ?? 0;
    return opts.restyle(inherited, w) ?? (inherited > 0 && inherited < (opts.styleCount ?? 0) ? inherited : void 0);
  }, "newStyle");
  const renderNew = /* @__PURE__ */ __name((rowStyle, t) => {
    const s = newStyle(rowStyle, t.col, t.w);
    const { type, body } = cellBody(t.w);
    return { open: `<${P2}c r="${t.ref}"${s !== void 0 ? ` s="${s}"` : ""}${type ? ` t="${type}"` : ""}>`, inner: body };
  }, "renderNew");
  const newCellText = /* @__PURE__ */ __name((out, rowStyle, col, ref2, w) => {
    const s = newStyle(rowStyle, col, w);
    const value = w.value;
    const formula = w.formula;
    const type = formula !== void 0 ? typeof (value ?? "") === "string" ? "str" : typeof value === "boolean" ? "b" : "" : typeof value === "string" ? value !== "" ? "inlineStr" : "" : typeof value === "boolean" ? "b" : "";
    out.push(`<${P2}c r="`, ref2, s !== void 0 ? `" s="${s}` : "", type ? `" t="${type}` : "");
    if (formula !== void 0) {
      out.push(`"><${P2}f>`, escapeText(formula.charCodeAt(0) === 61 ? formula.slice(1) : formula), `</${P2}f>`);
      const cached = value ?? "";
      if (typeof cached === "string") out.push(`<${P2}v>`, text2(cached), `</${P2}v>`);
      else if (typeof cached === "number") out.push(`<${P2}v>`, String(cached), `</${P2}v>`);
      else if (typeof cached === "boolean") out.push(`<${P2}v>`, cached ? "1" : "0", `</${P2}v>`);
      out.push(`</${P2}c>`);
    } else if (type === "inlineStr") out.push(`"><${P2}is><${P2}t xml:space="preserve">`, text2(value), `</${P2}t></${P2}is></${P2}c>`);
    else if (typeof value === "number") out.push(`"><${P2}v>`, String(value), `</${P2}v></${P2}c>`);
    else if (typeof value === "boolean") out.push(`"><${P2}v>`, value ? "1" : "0", `</${P2}v></${P2}c>`);
    else out.push('"/>');
  }, "newCellText");
  const text2 = memoText(xstring);
  const cellBody = /* @__PURE__ */ __name((w) => {
    const v = /* @__PURE__ */ __name((x2) => typeof x2 === "number" ? { type: "", body: `<${P2}v>${String(x2)}</${P2}v>` } : typeof x2 === "boolean" ? { type: "b", body: `<${P2}v>${x2 ? 1 : 0}</${P2}v>` } : { type: "", body: "" }, "v");
    if (w.formula !== void 0) {
      const f = `<${P2}f>${escapeText(w.formula.replace(/^=/, ""))}</${P2}f>`;
      const cached = w.value ?? "";
      if (typeof cached === "string") return { type: "str", body: `${f}<${P2}v>${xstring(cached)}</${P2}v>` };
      const c = v(cached);
      return { type: c.type, body: f + c.body };
    }
    if (w.value === void 0 || w.value === null || w.value === "") return { type: "", body: "" };
    if (typeof w.value === "string") return { type: "inlineStr", body: `<${P2}is><${P2}t xml:space="preserve">${xstring(w.value)}</${P2}t></${P2}is>` };
    return v(w.value);
  }, "cellBody");
  const cellText = /* @__PURE__ */ __name((c) => c.inner ? `${c.open.replace(/\s*\/>$/, ">")}${c.inner}</${P2}c>` : c.open.endsWith("/>") ? c.open : `${c.open.slice(0, -1)}/>`, "cellText");
  return { render, cellText, newCellText };
}
__name(cellWriter, "cellWriter");
function parseRef2(ref2, out) {
  let col = 0;
  let i2 = 0;
  for (; i2 < ref2.length; i2++) {
    const ch = ref2.charCodeAt(i2);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  if (i2 === 0 || i2 > 3 || i2 === ref2.length) return false;
  let row2 = 0;
  for (let k = i2; k < ref2.length; k++) {
    const d = ref2.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return false;
    row2 = row2 * 10 + d;
  }
  out[0] = ref2.length - i2 > 15 ? Number(ref2.slice(i2)) : row2;
  out[1] = col - 1;
  return true;
}
__name(parseRef2, "parseRef");
function colLetterOf(c) {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s;
  return s;
}
__name(colLetterOf, "colLetterOf");
function widenSpans(open, cols) {
  const spans = attr(open, "spans");
  if (spans === void 0) return open;
  const nums = spans.split(/[\s:]+/).filter(Boolean).map(Number);
  const lo = Math.min(...nums, ...cols.map((c) => c + 1));
  const hi = Math.max(...nums, ...cols.map((c) => c + 1));
  if (nums.length === 2 && nums[0] === lo && nums[1] === hi) return open;
  return setAttr(open, "spans", `${lo}:${hi}`);
}
__name(widenSpans, "widenSpans");
function widenDimension(xml, targets) {
  if (!targets.length) return xml;
  const b = { c1: Infinity, r1: Infinity, c2: -Infinity, r2: -Infinity };
  for (const t of targets) {
    b.c1 = Math.min(b.c1, t.col);
    b.c2 = Math.max(b.c2, t.col);
    b.r1 = Math.min(b.r1, t.row);
    b.r2 = Math.max(b.r2, t.row);
  }
  return widenDimensionTo(xml, b, false);
}
__name(widenDimension, "widenDimension");
function widenDimensionTo(xml, b, head) {
  const d = findTag(xml, "dimension");
  const data = head ? null : findTag(xml, "sheetData");
  if (!d || !head && (!data || d.start > data.start)) return xml;
  const text2 = xml.slice(d.start, d.end);
  const ref2 = attr(text2, "ref");
  const m = ref2 ? /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref2) : null;
  if (!m) return xml;
  let [c1, r1, c2, r2] = [colIndex(m[1]), Number(m[2]), colIndex(m[3] ?? m[1]), Number(m[4] ?? m[2])];
  const before = `${c1},${r1},${c2},${r2}`;
  c1 = Math.min(c1, b.c1);
  c2 = Math.max(c2, b.c2);
  r1 = Math.min(r1, b.r1);
  r2 = Math.max(r2, b.r2);
  if (`${c1},${r1},${c2},${r2}` === before) return xml;
  const next = c1 === c2 && r1 === r2 ? `${colLetterOf(c1)}${r1}` : `${colLetterOf(c1)}${r1}:${colLetterOf(c2)}${r2}`;
  return xml.slice(0, d.start) + setAttr(text2, "ref", next) + xml.slice(d.end);
}
__name(widenDimensionTo, "widenDimensionTo");
var Unshare = class {
  static {
    __name(this, "Unshare");
  }
  byRow = /* @__PURE__ */ new Map();
  groups = /* @__PURE__ */ new Set();
  add(row2, col, si, formula) {
    let cols = this.byRow.get(row2);
    if (!cols) this.byRow.set(row2, cols = /* @__PURE__ */ new Map());
    cols.set(col, { si, formula });
    this.groups.add(si);
  }
  at(row2, col) {
    return this.byRow.get(row2)?.get(col);
  }
};
function formulaText(inner, f) {
  if (f.kind === "empty") return "";
  const end = flatEnd(inner, f);
  const body = inner.slice(f.end, inner.lastIndexOf("<", end - 1));
  return body.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/).map((piece) => piece.startsWith("<![CDATA[") ? piece.slice(9, -3) : decodeText(piece)).join("");
}
__name(formulaText, "formulaText");
function unshareFormulas(xml, rewritten2) {
  const out = [];
  let copied = 0;
  let row2 = 0;
  let col = -1;
  const masters = /* @__PURE__ */ new Map();
  let t = findTag(xml, "sheetData");
  if (!t) return xml;
  t = nextTag(xml, t.end);
  while (t && !(t.kind === "close" && t.local === "sheetData")) {
    if (t.local === "row" && t.kind !== "close") {
      const r = attr(xml.slice(t.start, t.end), "r");
      row2 = r !== void 0 ? Number(r) : row2 + 1;
      col = -1;
      t = nextTag(xml, t.end);
      continue;
    }
    if (t.local === "c" && t.kind !== "close") {
      const open = xml.slice(t.start, t.end);
      const r = attr(open, "r");
      col = r !== void 0 ? colOfRef(r) : col + 1;
      const end = flatEnd(xml, t);
      const was = rewritten2.at(row2, col);
      if (was) masters.set(was.si, { formula: was.formula, row: row2, col });
      else if (t.kind === "open") {
        const inner = xml.slice(t.end, end);
        const f = inner.indexOf("shared") >= 0 ? findTag(inner, "f") : null;
        const ft = f && inner.slice(f.start, f.end);
        const si = ft && attr(ft, "t") === "shared" ? attr(ft, "si") : void 0;
        if (f && si !== void 0) {
          if (attr(ft, "ref")) masters.set(si, { formula: formulaText(inner, f), row: row2, col });
          else if (rewritten2.groups.has(si)) {
            const own = formulaText(inner, f);
            const m = masters.get(si);
            const text2 = own || (m?.formula ? slideFormula(m.formula, row2 - m.row, col - m.col) : "");
            const P2 = prefixOf(f);
            out.push(xml.slice(copied, t.end + f.start), text2 ? `<${P2}f>${escapeText(text2)}</${P2}f>` : "");
            copied = t.end + flatEnd(inner, f);
          }
        }
      }
      t = nextTag(xml, end);
      continue;
    }
    t = nextTag(xml, t.end);
  }
  out.push(xml.slice(copied));
  return out.join("");
}
__name(unshareFormulas, "unshareFormulas");
function inOrder(xml) {
  const data = findTag(xml, "sheetData");
  const rows = [];
  let row2 = 0;
  let t = nextTag(xml, data.end);
  let end = data.end;
  while (t && !(t.kind === "close" && t.local === "sheetData")) {
    const e = t.local === "row" ? flatEnd(xml, t) : elementEnd(xml, t);
    if (t.local === "row") {
      const open = xml.slice(t.start, t.end);
      const r = attr(open, "r");
      row2 = r !== void 0 ? Number(r) : row2 + 1;
      const cells = [];
      let col = -1;
      let inner = "";
      if (t.kind === "open") {
        const closeStart = xml.lastIndexOf("<", e - 1);
        for (let c = nextTag(xml, t.end); c && c.start < closeStart; ) {
          const ce = c.local === "c" ? flatEnd(xml, c) : elementEnd(xml, c);
          if (c.local === "c") {
            const cOpen = xml.slice(c.start, c.end);
            const cr = attr(cOpen, "r");
            col = cr !== void 0 ? colOfRef(cr) : col + 1;
            cells.push({ c: col, text: (cr === void 0 ? setAttr(cOpen, "r", `${colLetterOf(col)}${row2}`) : cOpen) + xml.slice(c.end, ce) });
          } else inner += xml.slice(c.start, ce);
          c = nextTag(xml, ce);
        }
      }
      cells.sort((a, b) => a.c - b.c);
      const head = r === void 0 ? setAttr(open, "r", String(row2)) : open;
      rows.push({ n: row2, text: t.kind === "empty" ? head : `${head}${cells.map((c) => c.text).join("")}${inner}</${t.name}>` });
    }
    end = e;
    t = nextTag(xml, e);
  }
  rows.sort((a, b) => a.n - b.n);
  return xml.slice(0, data.end) + rows.map((r) => r.text).join("") + xml.slice(end);
}
__name(inOrder, "inOrder");

// src/hosts/file/sheet-order.ts
var WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst"
];
var WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "absPath",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst"
];
var STYLESHEET_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
function bound(partXml, xml) {
  const root = rootTag(partXml);
  if (root.name === root.local) return xml;
  const text2 = partXml.slice(root.start, root.end);
  const ns = new RegExp(`xmlns:${root.name.slice(0, -root.local.length - 1)}\\s*=\\s*["']([^"']*)["']`).exec(text2)?.[1];
  if (!ns) return xml;
  return xml.replace(/^(\s*<[\w.-]+)(?=[\s/>])/, `$1 xmlns="${ns}"`);
}
__name(bound, "bound");
function insertSheetElement(sheetXml, elementName, xml, options = {}) {
  return insertInOrder(sheetXml, rootTag(sheetXml), WORKSHEET_ORDER, elementName, bound(sheetXml, xml), options.replace ?? false);
}
__name(insertSheetElement, "insertSheetElement");
function insertWorkbookElement(workbookXml, elementName, xml, options = {}) {
  return insertInOrder(workbookXml, rootTag(workbookXml), WORKBOOK_ORDER, elementName, bound(workbookXml, xml), options.replace ?? false);
}
__name(insertWorkbookElement, "insertWorkbookElement");
function insertStylesElement(stylesXml, elementName, xml, options = {}) {
  return insertInOrder(stylesXml, rootTag(stylesXml), STYLESHEET_ORDER, elementName, bound(stylesXml, xml), options.replace ?? false);
}
__name(insertStylesElement, "insertStylesElement");

// src/hosts/file/print-xml.ts
function pageSetupXml(p) {
  const fit2 = p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
  return `<pageSetup paperSize="9" orientation="${p.orientation ?? "portrait"}"${fit2}/>`;
}
__name(pageSetupXml, "pageSetupXml");
function pageMarginsXml() {
  return '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
}
__name(pageMarginsXml, "pageMarginsXml");
function headerFooterXml() {
  return "<headerFooter><oddFooter>&amp;C- &amp;P -</oddFooter></headerFooter>";
}
__name(headerFooterXml, "headerFooterXml");
function rowBreaksXml(rows) {
  const ids = [...new Set(rows)].filter((r) => r > 1).sort((a, b) => a - b);
  if (!ids.length) return "";
  return `<rowBreaks count="${ids.length}" manualBreakCount="${ids.length}">${ids.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("")}</rowBreaks>`;
}
__name(rowBreaksXml, "rowBreaksXml");
var quoteSheet = /* @__PURE__ */ __name((name) => `'${name.replace(/'/g, "''")}'`, "quoteSheet");
var absCell = /* @__PURE__ */ __name((a12) => a12.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"), "absCell");
function printNames(sheet, p) {
  const out = [];
  if (p.area) {
    const [a, b] = p.area.split(":");
    out.push({ name: "_xlnm.Print_Area", text: `${quoteSheet(sheet)}!${absCell(a)}:${absCell(b)}` });
  }
  if (p.titleRows) {
    const [a, b] = p.titleRows.split(":");
    out.push({ name: "_xlnm.Print_Titles", text: `${quoteSheet(sheet)}!$${a}:$${b}` });
  }
  return out;
}
__name(printNames, "printNames");
function alignedXf(xf, align, wrap) {
  const attrs = `${align ? ` horizontal="${align}"` : ""}${wrap ? ' wrapText="1"' : ""}`;
  const open = /^<((?:[\w.-]+:)?)xf\b([^>]*?)(\/?)>/.exec(xf);
  if (!open) return xf;
  const P2 = open[1];
  const head = `<${P2}xf${open[2].replace(/\s+applyAlignment="[^"]*"/, "")} applyAlignment="1">`;
  const rest = open[3] === "/" ? `</${P2}xf>` : xf.slice(open[0].length).replace(/<(?:[\w.-]+:)?alignment\b[^>]*\/>|<((?:[\w.-]+:)?alignment)\b[^>]*>[\s\S]*?<\/\1>/, "");
  return `${head}<${P2}alignment${attrs}/>${rest}`;
}
__name(alignedXf, "alignedXf");
function sheetElements(wb) {
  const sheets = findTag(wb, "sheets");
  if (!sheets || sheets.kind !== "open") return [];
  return children(wb, sheets).filter((c) => c.tag.local === "sheet").map((c) => ({ start: c.tag.start, end: c.end, name: attr(wb.slice(c.tag.start, c.tag.end), "name") ?? "" }));
}
__name(sheetElements, "sheetElements");
function editTags(xml, locals, edit2) {
  const edits = [];
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
    if (t.kind === "close" || !locals.has(t.local)) continue;
    const text2 = xml.slice(t.start, t.end);
    const next = edit2(text2);
    if (next !== text2) edits.push({ tag: t, text: next });
  }
  return spliceTags(xml, edits);
}
__name(editTags, "editTags");
function moveSheetLast(wb, name) {
  const all = sheetElements(wb);
  const from = all.findIndex((s) => s.name === name);
  if (from < 0 || from === all.length - 1) return wb;
  const last = all.length - 1;
  const remap = /* @__PURE__ */ __name((i2) => i2 === from ? last : i2 > from ? i2 - 1 : i2, "remap");
  const el = all[from];
  const lastEnd = all[last].end;
  wb = wb.slice(0, el.start) + wb.slice(el.end, lastEnd) + wb.slice(el.start, el.end) + wb.slice(lastEnd);
  return editTags(wb, /* @__PURE__ */ new Set(["definedName", "workbookView"]), (tag) => {
    for (const a of ["localSheetId", "activeTab", "firstSheet"]) {
      const v = attr(tag, a);
      if (v !== void 0) tag = setAttr(tag, a, String(remap(Number(v))));
    }
    return tag;
  });
}
__name(moveSheetLast, "moveSheetLast");
function setPrintNames(wb, sheet, p) {
  const index = sheetElements(wb).findIndex((s) => s.name === sheet);
  const names = printNames(sheet, p);
  if (index < 0 || !names.length) return wb;
  const P2 = prefixOf(rootTag(wb));
  const scoped = /* @__PURE__ */ __name((tag) => attr(tag, "localSheetId") === String(index) && names.some((n) => n.name === attr(tag, "name")), "scoped");
  const block = findTag(wb, "definedNames");
  if (block && block.kind === "open") {
    const out = [];
    let copied = block.end;
    out.push(wb.slice(0, block.end));
    const kids = children(wb, block);
    for (const k of kids) {
      if (k.tag.local !== "definedName" || !scoped(wb.slice(k.tag.start, k.tag.end))) continue;
      out.push(wb.slice(copied, k.tag.start));
      copied = k.end;
    }
    const close = wb.indexOf(`</${block.name}`, kids.length ? kids[kids.length - 1].end : block.end);
    out.push(wb.slice(copied, close));
    const Q = prefixOf(block);
    for (const n of names) out.push(`<${Q}definedName name="${escapeAttr(n.name)}" localSheetId="${index}">${escapeText(n.text)}</${Q}definedName>`);
    out.push(wb.slice(close));
    return out.join("");
  }
  const items = names.map((n) => `<definedName name="${escapeAttr(n.name)}" localSheetId="${index}">${escapeText(n.text)}</definedName>`).join("");
  if (block) wb = wb.slice(0, block.start) + wb.slice(block.end);
  return insertWorkbookElement(wb, "definedNames", P2 ? `<${P2}definedNames>${items.replace(/<(\/?)definedName/g, `<$1${P2}definedName`)}</${P2}definedNames>` : `<definedNames>${items}</definedNames>`);
}
__name(setPrintNames, "setPrintNames");
function setFitToPage(xml, on) {
  const root = rootTag(xml);
  const pr = children(xml, root).find((c) => c.tag.local === "sheetPr");
  if (!pr) return on ? insertSheetElement(xml, "sheetPr", '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>') : xml;
  const P2 = prefixOf(pr.tag);
  const setup = children(xml, pr.tag).find((c) => c.tag.local === "pageSetUpPr");
  if (!setup) {
    if (!on) return xml;
    const item = `<${P2}pageSetUpPr fitToPage="1"/>`;
    if (pr.tag.kind === "empty") return `${xml.slice(0, pr.tag.end - 2).replace(/\s*$/, "")}>${item}</${pr.tag.name}>${xml.slice(pr.tag.end)}`;
    const close = xml.lastIndexOf("<", pr.end - 1);
    return xml.slice(0, close) + item + xml.slice(close);
  }
  const tag = xml.slice(setup.tag.start, setup.tag.end);
  const next = on ? setAttr(tag, "fitToPage", "1") : removeAttr(tag, "fitToPage");
  return next === tag ? xml : xml.slice(0, setup.tag.start) + next + xml.slice(setup.tag.end);
}
__name(setFitToPage, "setFitToPage");
function* sheetRows(xml) {
  const data = findTag(xml, "sheetData");
  if (!data || data.kind !== "open") return;
  let row2 = 0;
  for (let t = nextTag(xml, data.end); t && t.kind !== "close"; ) {
    const end = t.local === "row" ? flatEnd(xml, t) : elementEnd(xml, t);
    if (t.local === "row") {
      const r = attr(xml.slice(t.start, t.end), "r");
      row2 = r !== void 0 ? Number(r) : row2 + 1;
      yield { tag: t, row: row2 };
    }
    t = nextTag(xml, end);
  }
}
__name(sheetRows, "sheetRows");
function spliceTags(xml, edits) {
  if (!edits.length) return xml;
  const out = [];
  let copied = 0;
  for (const e of edits) {
    out.push(xml.slice(copied, e.tag.start), e.text);
    copied = e.tag.end;
  }
  out.push(xml.slice(copied));
  return out.join("");
}
__name(spliceTags, "spliceTags");
function setRowHeights(xml, heights) {
  if (!heights.length) return xml;
  const want = new Map(heights);
  const edits = [];
  for (const { tag, row: row2 } of sheetRows(xml)) {
    const points = want.get(row2);
    if (points === void 0) continue;
    let text2 = xml.slice(tag.start, tag.end);
    if (attr(text2, "r") === void 0) text2 = setAttr(text2, "r", String(row2));
    edits.push({ tag, text: setAttr(setAttr(text2, "ht", String(points)), "customHeight", "1") });
  }
  return spliceTags(xml, edits);
}
__name(setRowHeights, "setRowHeights");
function layoutSheet(xml, s) {
  xml = setRowHeights(xml, s.rowHeights ?? []);
  if (!s.print) return xml;
  const data = findTag(xml, "sheetData");
  if (data?.kind !== "open") return printLayout(xml, s.print);
  const close = xml.lastIndexOf("<", flatEnd(xml, data) - 1);
  const laid = printLayout(xml.slice(0, data.end) + xml.slice(close), s.print);
  const at2 = findTag(laid, "sheetData").end;
  return laid.slice(0, at2) + xml.slice(data.end, close) + laid.slice(at2);
}
__name(layoutSheet, "layoutSheet");
function printLayout(xml, print) {
  xml = setFitToPage(xml, !!print.fitToWidth);
  xml = insertSheetElement(xml, "pageMargins", pageMarginsXml(), { replace: true });
  xml = insertSheetElement(xml, "pageSetup", pageSetupXml(print), { replace: true });
  xml = insertSheetElement(xml, "headerFooter", headerFooterXml(), { replace: true });
  return insertSheetElement(xml, "rowBreaks", rowBreaksXml(print.rowBreaks ?? []), { replace: true });
}
__name(printLayout, "printLayout");
function applySheetLayouts(changes, parts, laidOut = /* @__PURE__ */ new Set()) {
  const wanted = changes.sheets.filter((s) => s.position === "last" || s.print || s.rowHeights?.length);
  if (!wanted.length) return;
  const wbBefore = parts.text(parts.workbookPath);
  let wb = wbBefore;
  for (const s of wanted) {
    const path = parts.sheetPath(s.name);
    if (!path) continue;
    if (s.position === "last") wb = moveSheetLast(wb, s.name);
    if (!s.print && !s.rowHeights?.length) continue;
    if (!laidOut.has(s.name)) {
      const before = parts.text(path);
      const after = layoutSheet(before, s);
      if (after !== before) parts.setText(path, after);
    }
    if (s.print) wb = setPrintNames(wb, s.name, s.print);
  }
  if (wb !== wbBefore) parts.setText(parts.workbookPath, wb);
}
__name(applySheetLayouts, "applySheetLayouts");

// src/hosts/file/styles-xml.ts
var BUILTIN = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };
var StylesXml = class {
  constructor(xml) {
    this.xml = xml;
  }
  xml;
  static {
    __name(this, "StylesXml");
  }
  cache = /* @__PURE__ */ new Map();
  boldFonts = /* @__PURE__ */ new Map();
  changed = false;
  root() {
    return rootTag(this.xml);
  }
  /** The section's open tag, created empty at its schema place when missing. */
  section(local) {
    const found = children(this.xml, this.root()).find((c) => c.tag.local === local);
    if (found) return found.tag;
    const P2 = prefixOf(this.root());
    this.xml = insertStylesElement(this.xml, local, P2 ? `<${P2}${local} count="0"></${P2}${local}>` : `<${local} count="0"></${local}>`);
    this.changed = true;
    return children(this.xml, this.root()).find((c) => c.tag.local === local).tag;
  }
  items(section, local) {
    return children(this.xml, section).filter((c) => c.tag.local === local);
  }
  /** The index of an element of a section written exactly as `item`, else a new one appended. */
  findOrAppend(local, item) {
    const section = children(this.xml, this.root()).find((c) => c.tag.local === local);
    if (section) {
      const same = this.items(section.tag, ITEM[local]).findIndex((c) => this.xml.slice(c.tag.start, c.end) === item);
      if (same >= 0) return same;
    }
    return this.append(local, item);
  }
  /** Appends an element to a section and sets its count. */
  append(local, item) {
    let section = this.section(local);
    const count = this.items(section, ITEM[local]).length;
    if (section.kind === "empty") {
      this.xml = `${this.xml.slice(0, section.end - 2).replace(/\s*$/, "")}></${section.name}>${this.xml.slice(section.end)}`;
      section = this.section(local);
    }
    const close = this.xml.indexOf(`</${section.name}`, section.end);
    const open = setAttr(this.xml.slice(section.start, section.end), "count", String(count + 1));
    this.xml = this.xml.slice(0, section.start) + open + this.xml.slice(section.end, close) + item + this.xml.slice(close);
    this.changed = true;
    return count;
  }
  numFmtId(code) {
    if (code in BUILTIN) return BUILTIN[code];
    let max2 = 163;
    const section = children(this.xml, this.root()).find((c) => c.tag.local === "numFmts");
    if (section) {
      for (const f of this.items(section.tag, "numFmt")) {
        const text2 = this.xml.slice(f.tag.start, f.tag.end);
        const id = Number(attr(text2, "numFmtId"));
        if (attr(text2, "formatCode") === code) return id;
        max2 = Math.max(max2, id);
      }
    }
    const P2 = prefixOf(this.root());
    this.append("numFmts", `<${P2}numFmt numFmtId="${max2 + 1}" formatCode="${escapeAttr(code)}"/>`);
    return max2 + 1;
  }
  boldFont(fontId) {
    const known = this.boldFonts.get(fontId);
    if (known) return known;
    const all = this.items(this.section("fonts"), "font");
    const P2 = prefixOf(this.root());
    const src = all[Number(fontId)] ?? all[0];
    let font = src ? this.xml.slice(src.tag.start, src.end) : `<${P2}font/>`;
    const tag = findTag(font, "font");
    if (!children(font, tag).some((c) => c.tag.local === "b")) {
      font = tag.kind === "empty" ? `${font.slice(0, -2).replace(/\s*$/, "")}><${P2}b/></${tag.name}>` : `${font.slice(0, tag.end)}<${P2}b/>${font.slice(tag.end)}`;
    }
    const id = String(this.findOrAppend("fonts", font));
    this.boldFonts.set(fontId, id);
    return id;
  }
  /** The index of a cell format like `base` with the given number format, bold font, alignment and/or wrap. */
  derive(base, opts) {
    const key = `${base}|${opts.numberFormat ?? ""}|${opts.bold ? 1 : 0}|${opts.align ?? ""}|${opts.wrap ? 1 : 0}`;
    const hit = this.cache.get(key);
    if (hit !== void 0) return hit;
    const numFmtId = opts.numberFormat !== void 0 ? this.numFmtId(opts.numberFormat) : void 0;
    const xfs = this.items(this.section("cellXfs"), "xf");
    const P2 = prefixOf(this.root());
    const src = xfs[base] ?? xfs[0];
    let xf = src ? this.xml.slice(src.tag.start, src.end) : `<${P2}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`;
    const tagEnd2 = findTag(xf, "xf").end;
    let open = xf.slice(0, tagEnd2);
    if (numFmtId !== void 0) {
      open = setAttr(setAttr(open, "numFmtId", String(numFmtId)), "applyNumberFormat", "1");
    }
    if (opts.bold) {
      const fontId = this.boldFont(attr(open, "fontId") ?? "0");
      open = setAttr(setAttr(open, "fontId", fontId), "applyFont", "1");
    }
    xf = open + xf.slice(tagEnd2);
    if (opts.align || opts.wrap) xf = alignedXf(xf, opts.align, opts.wrap);
    const index = this.findOrAppend("cellXfs", xf);
    this.cache.set(key, index);
    return index;
  }
};
var ITEM = { numFmts: "numFmt", fonts: "font", cellXfs: "xf" };
function cellXfCount(xml) {
  const root = rootTag(xml);
  const section = children(xml, root).find((c) => c.tag.local === "cellXfs");
  return section ? children(xml, section.tag).filter((c) => c.tag.local === "xf").length : 0;
}
__name(cellXfCount, "cellXfCount");

// src/hosts/file/zip/write.ts
var encoder = new TextEncoder();
var MAX32 = 4294967295;
var DOS_DATE = 0 << 9 | 1 << 5 | 1;
function compress(content, codec = portableCodec) {
  const deflated = content.length > 64 ? codec.deflate(content) : null;
  const stored = !deflated || deflated.length >= content.length;
  return { method: stored ? 0 : 8, crc: codec.crc32(content), size: content.length, data: stored ? content : deflated };
}
__name(compress, "compress");
var PieceCompressor = class {
  constructor(codec = portableCodec) {
    this.codec = codec;
    this.deflater = codec.deflater((d) => this.deflated.push(d));
  }
  codec;
  static {
    __name(this, "PieceCompressor");
  }
  deflated = [];
  deflater;
  crc = 0;
  size = 0;
  push(piece) {
    this.crc = this.codec.crc32(piece, this.crc);
    this.size += piece.length;
    this.deflater.push(piece, false);
  }
  finish() {
    this.deflater.push(new Uint8Array(0), true);
    return { method: 8, crc: this.crc, size: this.size, data: joined(this.deflated) };
  }
};
function joined(chunks2) {
  if (chunks2.length === 1) return chunks2[0];
  let size = 0;
  for (const c of chunks2) size += c.length;
  const all = new Uint8Array(size);
  let at2 = 0;
  for (const c of chunks2) {
    all.set(c, at2);
    at2 += c.length;
  }
  return all;
}
__name(joined, "joined");
var ZipWriter = class {
  constructor(codec = portableCodec) {
    this.codec = codec;
  }
  codec;
  static {
    __name(this, "ZipWriter");
  }
  items = [];
  /** Copies an entry of `from` without inflating it. */
  copy(from, entry) {
    this.items.push({ name: entry.rawName, entry: { ...entry, flags: entry.flags & ~8 }, data: from.raw(entry) });
  }
  /** Adds (or replaces, by adding in its place) an entry with new content, deflated. */
  add(name, content, like) {
    this.addCompressed(name, compress(content, this.codec), like);
  }
  /** Adds an entry compressed beforehand (see compress). */
  addCompressed(name, c, like) {
    this.items.push({
      name: encoder.encode(name),
      entry: {
        method: c.method,
        flags: 2048,
        crc: c.crc,
        compressedSize: c.data.length,
        size: c.size,
        versionMadeBy: like?.versionMadeBy ?? 20,
        versionNeeded: 20,
        time: like?.time ?? 0,
        date: like?.date ?? DOS_DATE,
        internalAttrs: like?.internalAttrs ?? 0,
        externalAttrs: like?.externalAttrs ?? 0,
        extra: like?.extra ?? new Uint8Array(),
        comment: like?.comment ?? new Uint8Array()
      },
      data: c.data
    });
  }
  finish() {
    const chunks2 = [];
    const central = [];
    let offset = 0;
    for (const { name, entry: e, data } of this.items) {
      const big = e.size >= MAX32 || e.compressedSize >= MAX32;
      const local = new Uint8Array(30 + name.length + (big ? 20 : 0) + e.extra.length);
      const lv = new DataView(local.buffer);
      lv.setUint32(0, 67324752, true);
      lv.setUint16(4, big ? 45 : Math.max(e.versionNeeded, 20), true);
      lv.setUint16(6, e.flags, true);
      lv.setUint16(8, e.method, true);
      lv.setUint16(10, e.time, true);
      lv.setUint16(12, e.date, true);
      lv.setUint32(14, e.crc, true);
      lv.setUint32(18, big ? MAX32 : e.compressedSize, true);
      lv.setUint32(22, big ? MAX32 : e.size, true);
      lv.setUint16(26, name.length, true);
      lv.setUint16(28, local.length - 30 - name.length, true);
      local.set(name, 30);
      let q = 30 + name.length;
      if (big) {
        lv.setUint16(q, 1, true);
        lv.setUint16(q + 2, 16, true);
        lv.setBigUint64(q + 4, BigInt(e.size), true);
        lv.setBigUint64(q + 12, BigInt(e.compressedSize), true);
        q += 20;
      }
      local.set(e.extra, q);
      const farOffset = offset >= MAX32;
      const z64 = (big ? 16 : 0) + (farOffset ? 8 : 0);
      const cen = new Uint8Array(46 + name.length + (z64 ? 4 + z64 : 0) + e.extra.length + e.comment.length);
      const cv = new DataView(cen.buffer);
      cv.setUint32(0, 33639248, true);
      cv.setUint16(4, e.versionMadeBy, true);
      cv.setUint16(6, z64 ? 45 : Math.max(e.versionNeeded, 20), true);
      cv.setUint16(8, e.flags, true);
      cv.setUint16(10, e.method, true);
      cv.setUint16(12, e.time, true);
      cv.setUint16(14, e.date, true);
      cv.setUint32(16, e.crc, true);
      cv.setUint32(20, big ? MAX32 : e.compressedSize, true);
      cv.setUint32(24, big ? MAX32 : e.size, true);
      cv.setUint16(28, name.length, true);
      cv.setUint16(30, (z64 ? 4 + z64 : 0) + e.extra.length, true);
      cv.setUint16(32, e.comment.length, true);
      cv.setUint16(36, e.internalAttrs, true);
      cv.setUint32(38, e.externalAttrs, true);
      cv.setUint32(42, farOffset ? MAX32 : offset, true);
      cen.set(name, 46);
      q = 46 + name.length;
      if (z64) {
        cv.setUint16(q, 1, true);
        cv.setUint16(q + 2, z64, true);
        q += 4;
        if (big) {
          cv.setBigUint64(q, BigInt(e.size), true);
          cv.setBigUint64(q + 8, BigInt(e.compressedSize), true);
          q += 16;
        }
        if (farOffset) {
          cv.setBigUint64(q, BigInt(offset), true);
          q += 8;
        }
      }
      cen.set(e.extra, q);
      cen.set(e.comment, q + e.extra.length);
      chunks2.push(local, data);
      central.push(cen);
      offset += local.length + data.length;
    }
    const cdOffset = offset;
    const cdSize = central.reduce((s, c) => s + c.length, 0);
    const count = this.items.length;
    const needs64 = count >= 65535 || cdOffset >= MAX32 || cdSize >= MAX32;
    const tail = new Uint8Array((needs64 ? 56 + 20 : 0) + 22);
    const tv = new DataView(tail.buffer);
    let t = 0;
    if (needs64) {
      tv.setUint32(0, 101075792, true);
      tv.setBigUint64(4, 44n, true);
      tv.setUint16(12, 45, true);
      tv.setUint16(14, 45, true);
      tv.setBigUint64(24, BigInt(count), true);
      tv.setBigUint64(32, BigInt(count), true);
      tv.setBigUint64(40, BigInt(cdSize), true);
      tv.setBigUint64(48, BigInt(cdOffset), true);
      tv.setUint32(56, 117853008, true);
      tv.setBigUint64(64, BigInt(cdOffset + cdSize), true);
      tv.setUint32(72, 1, true);
      t = 76;
    }
    tv.setUint32(t, 101010256, true);
    tv.setUint16(t + 8, Math.min(count, 65535), true);
    tv.setUint16(t + 10, Math.min(count, 65535), true);
    tv.setUint32(t + 12, Math.min(cdSize, MAX32), true);
    tv.setUint32(t + 16, Math.min(cdOffset, MAX32), true);
    const out = new Uint8Array(offset + cdSize + tail.length);
    let at2 = 0;
    for (const c of chunks2) out.set(c, at2), at2 += c.length;
    for (const c of central) out.set(c, at2), at2 += c.length;
    out.set(tail, at2);
    return out;
  }
};

// src/hosts/file/package.ts
var encoder2 = new TextEncoder();
function decodeXml(bytes2) {
  const [a, b] = bytes2;
  const enc = a === 255 && b === 254 ? "utf-16le" : a === 254 && b === 255 ? "utf-16be" : a === 60 && b === 0 ? "utf-16le" : a === 0 && b === 60 ? "utf-16be" : "utf-8";
  return new TextDecoder(enc).decode(bytes2);
}
__name(decodeXml, "decodeXml");
var DECLARED = /^(<\?xml[^>]*\bencoding\s*=\s*)(["'])[^"']*\2/;
function encodeXml(text2) {
  const m = DECLARED.exec(text2);
  if (!m || m[0] === `${m[1]}${m[2]}UTF-8${m[2]}`) return encoder2.encode(text2);
  return encoder2.encode(text2.replace(DECLARED, "$1$2UTF-8$2"));
}
__name(encodeXml, "encodeXml");
var utf8Xml = encodeXml;
var relsPathOf = /* @__PURE__ */ __name((part2) => part2.replace(/([^/]*)$/, "_rels/$1.rels"), "relsPathOf");
function resolveTarget(part2, target2) {
  if (target2.startsWith("/")) return target2.slice(1);
  const parts = part2.split("/").slice(0, -1);
  for (const seg of target2.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}
__name(resolveTarget, "resolveTarget");
var Package = class {
  /** `inflated`: parts already inflated, by name (see ZipArchive). */
  constructor(original, codec = portableCodec, inflated = null) {
    this.original = original;
    this.codec = codec;
    this.zip = new ZipArchive(original, codec, inflated);
  }
  original;
  codec;
  static {
    __name(this, "Package");
  }
  zip;
  /** Open parts: their text, or a part written compressed (setCompressed), in the order they were opened. */
  texts = /* @__PURE__ */ new Map();
  originals = /* @__PURE__ */ new Map();
  /** Edited parts already encoded and compressed, their text let go (a large sheet is held once, compressed). */
  sealed = /* @__PURE__ */ new Map();
  removed = /* @__PURE__ */ new Set();
  has(path) {
    if (this.removed.has(path)) return false;
    return this.texts.has(path) || this.sealed.has(path) || !!this.zip.get(path);
  }
  /** Every part's path: the package's own and the ones added. */
  paths() {
    const all = /* @__PURE__ */ new Set([...this.zip.entries.map((e) => e.name), ...this.texts.keys(), ...this.sealed.keys()]);
    return [...all].filter((p) => !this.removed.has(p));
  }
  entry(path) {
    return this.removed.has(path) ? void 0 : this.zip.get(path);
  }
  text(path) {
    const t = this.texts.get(path);
    if (typeof t === "string") return t;
    if (t !== void 0) {
      const text3 = this.inflated(t);
      this.texts.set(path, text3);
      return text3;
    }
    const sealed = this.sealed.get(path);
    if (sealed) {
      const text3 = this.inflated(sealed);
      this.sealed.delete(path);
      this.texts.set(path, text3);
      return text3;
    }
    const e = this.entry(path);
    if (!e) throw new DetailedError(partDetail.missing(path));
    const text2 = decodeXml(this.zip.bytes(e));
    this.texts.set(path, text2);
    this.originals.set(path, text2);
    return text2;
  }
  inflated(c) {
    return decodeXml(c.method === 8 ? this.codec.inflate(c.data, c.size) : c.data);
  }
  setText(path, text2) {
    this.removed.delete(path);
    this.sealed.delete(path);
    this.texts.set(path, text2);
  }
  /** A compressor for a part's UTF-8 bytes given piece by piece, with the package's codec (see setCompressed). */
  compressor() {
    return new PieceCompressor(this.codec);
  }
  /**
   * A part's new content already compressed (see compressor), its text's UTF-8 bytes never held
   * whole; open, in its place among the open parts, until sealed like a text. Given for an edit:
   * unlike a text, it is not compared with the text the part had (it is written even if the same).
   */
  setCompressed(path, content) {
    this.removed.delete(path);
    this.sealed.delete(path);
    this.originals.delete(path);
    this.texts.set(path, content);
  }
  /**
   * Done with a part: encoded and compressed now (or dropped back to a raw copy when its text
   * came back unchanged), so that only its compressed bytes stay in memory.
   */
  seal(path) {
    const text2 = this.texts.get(path);
    if (text2 === void 0) return;
    this.texts.delete(path);
    const original = this.originals.get(path);
    this.originals.delete(path);
    if (text2 === original) return;
    this.sealed.set(path, typeof text2 === "string" ? compress(encodeXml(text2), this.codec) : text2);
  }
  /** An open part moved behind the other open ones: parts added to the package are written in the order they were opened. */
  requeue(path) {
    const text2 = this.texts.get(path);
    if (text2 === void 0) return;
    this.texts.delete(path);
    this.texts.set(path, text2);
  }
  remove(path) {
    this.texts.delete(path);
    this.sealed.delete(path);
    this.removed.add(path);
  }
  /** The relationships of a part (its .rels), empty when it has none. */
  rels(part2) {
    const path = relsPathOf(part2);
    if (!this.has(path)) return [];
    const xml = this.text(path);
    const out = [];
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
      if (t.local !== "Relationship" || t.kind === "close") continue;
      const tag = xml.slice(t.start, t.end);
      out.push({ id: attr(tag, "Id") ?? "", type: attr(tag, "Type") ?? "", target: attr(tag, "Target") ?? "", external: attr(tag, "TargetMode") === "External" });
    }
    return out;
  }
  /** The workbook part, found as the package's officeDocument relationship (not always xl/workbook.xml). */
  workbookPath() {
    const rel = this.rels("").find((r) => /\/officeDocument$/.test(r.type));
    return rel ? resolveTarget("", rel.target) : "xl/workbook.xml";
  }
  /** Whether anything changed since the package was read. */
  changed(path) {
    const t = this.texts.get(path);
    return t !== void 0 && t !== this.originals.get(path);
  }
  get modified() {
    if (this.removed.size || this.sealed.size) return true;
    for (const p of this.texts.keys()) if (this.changed(p)) return true;
    return false;
  }
  toBytes() {
    for (const p of [...this.texts.keys()]) this.seal(p);
    if (!this.modified) return this.original;
    const w = new ZipWriter(this.codec);
    const seen = /* @__PURE__ */ new Set();
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
  rootNamespace(path) {
    const xml = this.text(path);
    const root = rootTag(xml);
    const tag = xml.slice(root.start, root.end);
    const prefix = root.name === root.local ? "" : root.name.slice(0, root.name.length - root.local.length - 1);
    return attr(tag, prefix ? `xmlns:${prefix}` : "xmlns") ?? "";
  }
};

// src/hosts/file/validation-xml.ts
init_workbook();
var esc2 = /* @__PURE__ */ __name((s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"), "esc");
var cut = /* @__PURE__ */ __name((s, n) => [...s].slice(0, n).join(""), "cut");
function formulas(r) {
  if (r.type === "list") {
    const list = `"${(r.items ?? []).join(",")}"`;
    if (list.length > 257) throw new Error(`a list of ${list.length - 2} characters (Excel takes 255)`);
    return `<formula1>${esc2(list)}</formula1>`;
  }
  return `<formula1>${r.min ?? 0}</formula1>${r.max !== null ? `<formula2>${r.max}</formula2>` : ""}`;
}
__name(formulas, "formulas");
function dataValidationsXml(rules) {
  if (!rules.length) return "";
  const items = rules.map((r) => {
    const sqref = r.area.top === r.area.bottom && r.area.left === r.area.right ? a1(r.area.top, r.area.left) : `${a1(r.area.top, r.area.left)}:${a1(r.area.bottom, r.area.right)}`;
    const operator = r.type !== "list" && r.max === null ? ' operator="greaterThanOrEqual"' : "";
    const attrs = [
      `type="${r.type}"`,
      'errorStyle="stop"',
      'allowBlank="1"',
      'showInputMessage="1"',
      'showErrorMessage="1"',
      `errorTitle="${esc2(cut(r.errorTitle, 32))}"`,
      `error="${esc2(cut(r.error, 225))}"`,
      `promptTitle="${esc2(cut(r.promptTitle, 32))}"`,
      `prompt="${esc2(cut(r.prompt, 255))}"`,
      `sqref="${sqref}"`
    ].join(" ");
    return `<dataValidation ${attrs}${operator}>${formulas(r)}</dataValidation>`;
  });
  return `<dataValidations count="${rules.length}">${items.join("")}</dataValidations>`;
}
__name(dataValidationsXml, "dataValidationsXml");
var SAIKEN_SIGNATURE = "saiken \u306E\u5165\u529B\u898F\u5247";
var isSaikenRule = /* @__PURE__ */ __name((text2) => (attr(text2.slice(0, text2.indexOf(">") + 1), "prompt") ?? "").includes(SAIKEN_SIGNATURE), "isSaikenRule");
function sqrefAreas(sqref) {
  const out = [];
  for (const piece of sqref.replace(/\$/g, "").split(/\s+/)) {
    if (!/^[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?$/i.test(piece)) continue;
    out.push(parseArea(piece.toUpperCase()));
  }
  return out;
}
__name(sqrefAreas, "sqrefAreas");
var sqrefOf = /* @__PURE__ */ __name((a) => a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`, "sqrefOf");
var overlaps = /* @__PURE__ */ __name((a, b) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right, "overlaps");
function sheetValidations(sheetXml) {
  const el = ownElement(sheetXml);
  if (!el || el.kind !== "open") return [];
  return children(sheetXml, el).filter((c) => c.local === "dataValidation").map((c) => {
    const sqref = attr(sheetXml.slice(c.tag.start, c.tag.end), "sqref") ?? "";
    return { text: sheetXml.slice(c.tag.start, c.end), sqref, areas: sqrefAreas(sqref) };
  });
}
__name(sheetValidations, "sheetValidations");
function ownElement(sheetXml) {
  return children(sheetXml, rootTag(sheetXml)).find((c) => c.local === "dataValidations")?.tag ?? null;
}
__name(ownElement, "ownElement");
function extensionAreas(sheetXml) {
  const out = [];
  for (const m of sheetXml.matchAll(/<(?:[\w.-]+:)?dataValidation\b[^>]*>(?:(?!<\/(?:[\w.-]+:)?dataValidation>)[\s\S])*?<(?:[\w.-]+:)?sqref>([^<]*)<\/(?:[\w.-]+:)?sqref>/g)) out.push(...sqrefAreas(m[1]));
  return out;
}
__name(extensionAreas, "extensionAreas");
function mergeDataValidations(sheetXml, rules, ours = isSaikenRule) {
  const existing = sheetValidations(sheetXml);
  const theirs = existing.filter((e) => !ours(e.text));
  const extension = extensionAreas(sheetXml);
  const kept = rules.filter((r) => theirs.some((t) => t.areas.some((a) => overlaps(a, r.area))) || extension.some((a) => overlaps(a, r.area)));
  const mine = rules.filter((r) => !kept.includes(r));
  const total = theirs.length + mine.length;
  const open = ownElement(sheetXml);
  if (!total) {
    if (!open) return { xml: sheetXml, added: [], kept };
    const end = elementEnd(sheetXml, open);
    return { xml: sheetXml.slice(0, open.start) + sheetXml.slice(end), added: [], kept };
  }
  const ownXml = dataValidationsXml(mine);
  const ownItems = ownXml ? ownXml.slice(ownXml.indexOf(">") + 1, ownXml.lastIndexOf("</dataValidations>")) : "";
  let head = "<dataValidations>";
  if (open) {
    const tag = sheetXml.slice(open.start, open.end).replace(/^<[\w.-]*:?dataValidations/, "<dataValidations").replace(/\/>$/, ">");
    head = tag;
  }
  head = setAttr(head, "count", String(total));
  const xml = `${head}${theirs.map((t) => t.text).join("")}${ownItems}</dataValidations>`;
  return { xml: insertSheetElement(sheetXml, "dataValidations", xml, { replace: true }), added: mine.map((r) => sqrefOf(r.area)), kept };
}
__name(mergeDataValidations, "mergeDataValidations");

// src/hosts/file/write.ts
var TRANSITIONAL = {
  strict: false,
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
};
var STRICT = {
  strict: true,
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: "http://purl.oclc.org/ooxml/officeDocument/relationships"
};
var NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
var CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
var CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
var CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
var CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
var CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";
var EXTENSION_OF = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "xlsm",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xltx",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": "xltm",
  "application/vnd.ms-excel.addin.macroEnabled.main+xml": "xlam"
};
function flavored(xml, f) {
  if (!f.strict) return xml;
  return xml.replace(/http:\/\/schemas\.openxmlformats\.org\/drawingml\/2006\//g, "http://purl.oclc.org/ooxml/drawingml/").replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, STRICT.main).replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, STRICT.rel);
}
__name(flavored, "flavored");
var AHEAD_BYTES = 64 * 1024 * 1024;
var Writer = class {
  constructor(pkg) {
    this.pkg = pkg;
    this.wbPath = pkg.workbookPath();
    if (!pkg.has(this.wbPath)) throw new DetailedError(partDetail.missing(this.wbPath));
    this.flavor = pkg.rootNamespace(this.wbPath).startsWith("http://purl.oclc.org/ooxml/") ? STRICT : TRANSITIONAL;
    const targets = new Map(pkg.rels(this.wbPath).map((r) => [r.id, resolveTarget(this.wbPath, r.target)]));
    const xml = pkg.text(this.wbPath);
    const sheets = findTag(xml, "sheets");
    if (sheets && sheets.kind === "open") {
      for (const c of children(xml, sheets)) {
        if (c.tag.local !== "sheet") continue;
        const tag = xml.slice(c.tag.start, c.tag.end);
        const id = Object.entries(attrsWithLocal(tag, "id"))[0]?.[1] ?? "";
        this.sheetPaths.set(attr(tag, "name") ?? "", targets.get(id) ?? "");
      }
    }
  }
  pkg;
  static {
    __name(this, "Writer");
  }
  flavor;
  wbPath;
  sheetPaths = /* @__PURE__ */ new Map();
  sheetPath(name) {
    return this.sheetPaths.get(name);
  }
  stylesAt;
  /** The styles part: the workbook's styles relationship, else where Excel puts it (and the writer, adding one). */
  stylesPath() {
    if (this.stylesAt === void 0) {
      const rel = this.pkg.rels(this.wbPath).find((r) => /\/styles$/.test(r.type));
      this.stylesAt = rel ? resolveTarget(this.wbPath, rel.target) : "xl/styles.xml";
    }
    return this.stylesAt;
  }
  // ---- content types -------------------------------------------------------------------------
  contentTypeOf(path) {
    const xml = this.pkg.text("[Content_Types].xml");
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
      if (t.local === "Override" && t.kind !== "close") {
        const tag = xml.slice(t.start, t.end);
        if (attr(tag, "PartName")?.toLowerCase() === `/${path}`.toLowerCase()) return attr(tag, "ContentType");
      }
    }
    return void 0;
  }
  addContentType(path, type) {
    this.removeContentType(path);
    this.appendChild("[Content_Types].xml", `<Override PartName="/${escapeAttr(path)}" ContentType="${type}"/>`);
  }
  removeContentType(path) {
    this.removeChildren("[Content_Types].xml", "Override", (tag) => attr(tag, "PartName")?.toLowerCase() === `/${path}`.toLowerCase());
  }
  /** .rels parts need a Default for their extension; packages that list them one by one get one. */
  ensureRelsDefault() {
    const xml = this.pkg.text("[Content_Types].xml");
    if (/<(?:[\w.-]+:)?Default\b[^>]*Extension\s*=\s*["']rels["']/i.test(xml)) return;
    this.appendChild("[Content_Types].xml", `<Default Extension="rels" ContentType="${CT_RELS}"/>`);
  }
  // ---- generic child edits -------------------------------------------------------------------
  /** Appends an element (written without prefix) as the root's last child. */
  appendChild(path, xml) {
    const text2 = this.pkg.text(path);
    const root = rootTag(text2);
    const P2 = prefixOf(root);
    const el = P2 ? xml.replace(/^<([\w.-]+)/, `<${P2}$1`) : xml;
    if (root.kind === "empty") {
      this.pkg.setText(path, `${text2.slice(0, root.end - 2).replace(/\s*$/, "")}>${el}</${root.name}>${text2.slice(root.end)}`);
      return;
    }
    const close = text2.lastIndexOf(`</${root.name}`);
    this.pkg.setText(path, text2.slice(0, close) + el + text2.slice(close));
  }
  removeChildren(path, local, match) {
    const text2 = this.pkg.text(path);
    const out = [];
    let copied = 0;
    for (let t = nextTag(text2, 0); t; ) {
      if (t.local === local && t.kind !== "close" && match(text2.slice(t.start, t.end))) {
        const end = t.kind === "empty" ? t.end : text2.indexOf(">", text2.indexOf(`</${t.name}`, t.end)) + 1;
        out.push(text2.slice(copied, t.start));
        copied = end;
        t = nextTag(text2, end);
      } else t = nextTag(text2, t.end);
    }
    if (!copied) return;
    out.push(text2.slice(copied));
    this.pkg.setText(path, out.join(""));
  }
  // ---- relationships -------------------------------------------------------------------------
  addRel(part2, type, target2, idStem = "rId") {
    const path = relsPathOf(part2);
    if (!this.pkg.has(path)) {
      this.pkg.setText(path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${NS_PKG_REL}"></Relationships>`);
      this.ensureRelsDefault();
    }
    const ids = new Set(this.pkg.rels(part2).map((r) => r.id));
    let k = idStem === "rId" ? ids.size + 1 : 1;
    while (ids.has(`${idStem}${k}`)) k++;
    const id = `${idStem}${k}`;
    this.appendChild(path, `<Relationship Id="${id}" Type="${this.flavor.rel}/${type}" Target="${escapeAttr(target2)}"/>`);
    return id;
  }
  // ---- sheets --------------------------------------------------------------------------------
  usedPaths() {
    return new Set(this.sheetPaths.values());
  }
  freePath(dir, stem) {
    const used = this.usedPaths();
    let n = 1;
    while (this.pkg.has(`${dir}/${stem}${n}.xml`) || used.has(`${dir}/${stem}${n}.xml`)) n++;
    return `${dir}/${stem}${n}.xml`;
  }
  /**
   * A new worksheet part. Generated sheets print to the page width (a chart sheet onto one page),
   * so that the summary prints as a document and no chart is cut by a page break.
   */
  newSheetXml(widths, fit2) {
    const cols = widths?.length ? `<cols>${widths.map((w, i2) => `<col min="${i2 + 1}" max="${i2 + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` : "";
    const sheetPr = fit2 === "none" ? "" : '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
    const setup = fit2 === "none" ? "" : `<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="${fit2 === "page" ? 1 : 0}"/>`;
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${this.flavor.main}" xmlns:r="${this.flavor.rel}">${sheetPr}<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${setup}</worksheet>`;
  }
  /** Adds a worksheet part and registers it in the workbook, its relationships and content types. */
  addSheet(s, fit2) {
    const path = this.freePath("xl/worksheets", "sheet");
    this.pkg.setText(path, this.newSheetXml(s.columnWidths, fit2));
    this.addContentType(path, CT_WORKSHEET);
    const id = this.addRel(this.wbPath, "worksheet", relativeTarget(this.wbPath, path));
    let xml = this.pkg.text(this.wbPath);
    const sheets = findTag(xml, "sheets");
    if (!sheets) throw new DetailedError(xmlDetail.noSheets(this.wbPath));
    const ids = children(xml, sheets).filter((c) => c.tag.local === "sheet").map((c) => Number(attr(xml.slice(c.tag.start, c.tag.end), "sheetId") ?? 0));
    const P2 = prefixOf(sheets);
    const r = this.relPrefix(xml);
    const el = `<${P2}sheet name="${escapeAttr(s.name)}" sheetId="${Math.max(0, ...ids) + 1}"${s.state !== "visible" ? ` state="${s.state}"` : ""}${r.declare ? ` xmlns:${r.prefix}="${this.flavor.rel}"` : ""} ${r.prefix}:id="${id}"/>`;
    if (sheets.kind === "empty") xml = `${xml.slice(0, sheets.end - 2).replace(/\s*$/, "")}>${el}</${sheets.name}>${xml.slice(sheets.end)}`;
    else {
      const close = xml.indexOf(`</${sheets.name}`, sheets.end);
      xml = xml.slice(0, close) + el + xml.slice(close);
    }
    this.pkg.setText(this.wbPath, xml);
    this.sheetPaths.set(s.name, path);
  }
  /** The prefix a part binds to the relationships namespace (declared on the element when none). */
  relPrefix(xml) {
    const root = rootTag(xml);
    const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${this.flavor.rel.replace(/[.]/g, "\\.")}["']`).exec(xml.slice(root.start, root.end));
    return m ? { prefix: m[1], declare: false } : { prefix: "r", declare: true };
  }
  /** Removes a part and everything only it refers to (a generated sheet's drawing and charts). */
  removeTree(part2) {
    for (const r of this.pkg.rels(part2)) {
      if (r.external) continue;
      const target2 = resolveTarget(part2, r.target);
      if (/^xl\/(drawings|charts)\//.test(target2) && this.pkg.has(target2)) this.removeTree(target2);
    }
    const rels = relsPathOf(part2);
    if (this.pkg.has(rels)) this.pkg.remove(rels);
    this.pkg.remove(part2);
    this.removeContentType(part2);
  }
  /** Native charts on a sheet: a drawing part, its chart parts, and the sheet's link to them. */
  addCharts(sheetPath, specs) {
    const chartPaths = specs.map((spec) => {
      const path = this.freePath("xl/charts", "chart");
      this.pkg.setText(path, flavored(chartXml(spec), this.flavor));
      this.addContentType(path, CT_CHART);
      return path;
    });
    const drawing = this.freePath("xl/drawings", "drawing");
    this.pkg.setText(drawing, flavored(drawingXml(specs), this.flavor));
    this.pkg.setText(relsPathOf(drawing), flavored(drawingRelsXml(chartPaths), this.flavor));
    this.ensureRelsDefault();
    this.addContentType(drawing, CT_DRAWING);
    const id = this.addRel(sheetPath, "drawing", `../drawings/${drawing.split("/").pop()}`, "rIdDrawing");
    const sheet = this.pkg.text(sheetPath);
    const r = this.relPrefix(sheet);
    this.pkg.setText(sheetPath, insertSheetElement(sheet, "drawing", `<drawing${r.declare ? ` xmlns:r="${this.flavor.rel}"` : ""} ${r.prefix}:id="${id}"/>`));
  }
  /** Excel tables (ListObjects) on a sheet: a table part each, ids unique in the workbook, and the sheet's <tableParts>. */
  addTables(sheetPath, specs) {
    let id = 0;
    for (const path of this.pkg.paths()) {
      if (/^xl\/tables\/[^/]+\.xml$/.test(path)) id = Math.max(id, Number(/<(?:\w+:)?table\b[^>]*\bid="(\d+)"/.exec(this.pkg.text(path))?.[1] ?? 0));
    }
    const sheet = this.pkg.text(sheetPath);
    const r = this.relPrefix(sheet);
    const refs = [];
    for (const spec of specs) {
      const path = this.freePath("xl/tables", "table");
      this.pkg.setText(path, flavored(tableXml(spec, ++id), this.flavor));
      this.addContentType(path, CT_TABLE);
      refs.push(`<tablePart ${r.prefix}:id="${this.addRel(sheetPath, "table", `../tables/${path.split("/").pop()}`, "rIdTable")}"/>`);
    }
    const parts = `<tableParts${r.declare ? ` xmlns:r="${this.flavor.rel}"` : ""} count="${refs.length}">${refs.join("")}</tableParts>`;
    this.pkg.setText(sheetPath, insertSheetElement(this.pkg.text(sheetPath), "tableParts", parts, { replace: true }));
  }
  // ---- workbook ------------------------------------------------------------------------------
  /** The hidden defined name that marks a generated sheet: "<name>|<fingerprint>". */
  setMark(kind, value) {
    const name = `_saiken_gen_${kind}`;
    const wb = this.wbPath;
    this.removeChildren(wb, "definedName", (tag) => attr(tag, "name") === name);
    const P2 = prefixOf(rootTag(this.pkg.text(wb)));
    const d = `<${P2}definedName name="${name}" hidden="1">${escapeText(`"${value.replace(/"/g, '""')}"`)}</${P2}definedName>`;
    const xml = this.pkg.text(wb);
    const names = findTag(xml, "definedNames");
    if (names && names.kind === "open") {
      const close = xml.indexOf(`</${names.name}`, names.end);
      this.pkg.setText(wb, xml.slice(0, close) + d + xml.slice(close));
    } else if (names) {
      this.pkg.setText(wb, `${xml.slice(0, names.start)}<${names.name}>${d}</${names.name}>${xml.slice(names.end)}`);
    } else {
      this.pkg.setText(wb, insertWorkbookElement(xml, "definedNames", P2 ? `<${P2}definedNames>${d}</${P2}definedNames>` : `<definedNames>${d}</definedNames>`));
    }
  }
  /** Formulas changed: Excel rebuilds its calculation chain and recalculates on load. */
  requestRecalculation() {
    for (const r of this.pkg.rels(this.wbPath)) {
      if (!/\/calcChain$/.test(r.type)) continue;
      const path = resolveTarget(this.wbPath, r.target);
      this.pkg.remove(path);
      this.removeContentType(path);
      this.removeChildren(relsPathOf(this.wbPath), "Relationship", (tag) => attr(tag, "Id") === r.id);
    }
    const xml = this.pkg.text(this.wbPath);
    const calcPr = findTag(xml, "calcPr");
    if (calcPr && calcPr.kind !== "close") {
      const tag = xml.slice(calcPr.start, calcPr.end);
      if (attr(tag, "fullCalcOnLoad") === "1" || attr(tag, "fullCalcOnLoad") === "true") return;
      this.pkg.setText(this.wbPath, xml.slice(0, calcPr.start) + setAttr(tag, "fullCalcOnLoad", "1") + xml.slice(calcPr.end));
    } else {
      const P2 = prefixOf(rootTag(xml));
      this.pkg.setText(this.wbPath, insertWorkbookElement(xml, "calcPr", P2 ? `<${P2}calcPr fullCalcOnLoad="1"/>` : '<calcPr fullCalcOnLoad="1"/>'));
    }
  }
  /** The extension the package's workbook content type needs. */
  extension() {
    const type = this.contentTypeOf(this.wbPath);
    return type ? EXTENSION_OF[type] : void 0;
  }
};
function attrsWithLocal(tag, local) {
  const out = {};
  for (const m of tag.matchAll(new RegExp(`\\s([\\w.-]+):${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g"))) if (m[1] !== "xmlns") out[m[1]] = m[2] ?? m[3];
  return out;
}
__name(attrsWithLocal, "attrsWithLocal");
function relativeTarget(from, to) {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i2 = 0;
  while (i2 < a.length && i2 < b.length - 1 && a[i2] === b[i2]) i2++;
  return [...a.slice(i2).map(() => ".."), ...b.slice(i2)].join("/");
}
__name(relativeTarget, "relativeTarget");
var fitOf = /* @__PURE__ */ __name((s, changes) => !s.generated ? "none" : changes.charts.some((c) => c.sheet === s.name) ? "page" : "width", "fitOf");
function openPackage(original, file, options) {
  try {
    return new Package(original, options.codec, options.inflated);
  } catch (e) {
    throw new ReadError("unreadable", file, detailOf(e));
  }
}
__name(openPackage, "openPackage");
function checkExtension(w, outputName) {
  const need = w.extension();
  const ext = /\.([^./\\]+)$/.exec(outputName)?.[1]?.toLowerCase();
  if (need && ext && ext !== need && Object.values(EXTENSION_OF).includes(ext)) throw new ReadError("wrong-extension", outputName, need);
}
__name(checkExtension, "checkExtension");
function writeWorkbook(original, changes, snapshot, file = "book.xlsx", options = {}) {
  return new WorkbookWriter(original, snapshot, file, options).apply(changes).finish();
}
__name(writeWorkbook, "writeWorkbook");
var WorkbookWriter = class {
  constructor(original, snapshot, file = "book.xlsx", options = {}) {
    this.snapshot = snapshot;
    this.file = file;
    const pkg = this.pkg = openPackage(original, file, options);
    this.w = this.guard(() => {
      const w = new Writer(pkg);
      if (options.outputName) checkExtension(w, options.outputName);
      return w;
    });
    this.xfCount = this.guard(() => {
      const path = this.w.stylesPath();
      return pkg.has(path) ? cellXfCount(pkg.text(path)) : 0;
    });
  }
  snapshot;
  file;
  static {
    __name(this, "WorkbookWriter");
  }
  pkg;
  w;
  applied = false;
  counts = { cellsWritten: 0, sheetsCreated: 0, chartsAdded: 0, validationsAdded: 0, validationsKept: [] };
  /** The cell formats the package's styles part held as read (a new cell may keep one it inherits). */
  xfCount;
  apply(changes) {
    if (this.applied && (changes.clearMarks || changes.validations?.length)) throw new Error("data validation and clearMarks belong to the first ChangeSet applied");
    this.applied = true;
    const c = this.guard(() => apply(this.pkg, this.w, changes, this.snapshot, this.file, this.xfCount));
    this.counts.cellsWritten += c.cellsWritten;
    this.counts.sheetsCreated += c.sheetsCreated;
    this.counts.chartsAdded += changes.charts.length;
    this.counts.validationsAdded += c.validationsAdded;
    this.counts.validationsKept.push(...c.validationsKept);
    return this;
  }
  finish() {
    return { data: this.guard(() => this.pkg.toBytes()), ...this.counts };
  }
  /** The package's content (a part missing, a zip entry damaged): the file named, its detail in both languages. */
  guard(f) {
    try {
      return f();
    } catch (e) {
      if (e instanceof DetailedError) throw new ReadError("unreadable", this.file, e.detail);
      throw e;
    }
  }
};
function apply(pkg, w, changes, snapshot, file, xfCount) {
  const merged = mergedWrite(changes, snapshot);
  if (merged) throw new ReadError("merged-cell", file, merged.area, merged);
  let sheetsCreated = 0;
  for (const s of changes.sheets) {
    const path = w.sheetPath(s.name);
    if (!path) {
      w.addSheet(s, fitOf(s, changes));
      sheetsCreated++;
    } else if (s.mode === "replace") {
      w.removeTree(path);
      pkg.setText(path, w.newSheetXml(s.columnWidths, fitOf(s, changes)));
      w.addContentType(path, CT_WORKSHEET);
    }
    if (s.generated) w.setMark(s.generated.kind, `${s.name}|${s.generated.fingerprint}`);
  }
  const chartsBySheet = /* @__PURE__ */ new Map();
  for (const c of changes.charts) chartsBySheet.set(c.sheet, [...chartsBySheet.get(c.sheet) ?? [], c]);
  for (const [name, specs] of chartsBySheet) {
    const path = w.sheetPath(name);
    if (!path) throw new Error(`no sheet named ${name}`);
    w.addCharts(path, specs);
  }
  const tablesBySheet = /* @__PURE__ */ new Map();
  for (const t of changes.tables ?? []) tablesBySheet.set(t.sheet, [...tablesBySheet.get(t.sheet) ?? [], t]);
  for (const [name, specs] of tablesBySheet) {
    const path = w.sheetPath(name);
    if (!path) throw new Error(`no sheet named ${name}`);
    w.addTables(path, specs);
  }
  const bySheet = /* @__PURE__ */ new Map();
  for (let i2 = 0; i2 < changes.cells.length; i2++) {
    const c = changes.cells[i2];
    const list = bySheet.get(c.sheet);
    if (list) list.push(c);
    else bySheet.set(c.sheet, [c]);
  }
  let styles = null;
  let stylesWritten;
  let cellsWritten = 0;
  let formulas2 = false;
  const laidOut = /* @__PURE__ */ new Set();
  const recent = [];
  for (const [name, writes] of bySheet) {
    const path = w.sheetPath(name);
    if (!path) throw new Error(`no sheet named ${name}`);
    const layouts = changes.clearMarks || changes.validations?.some((v) => v.sheet === name) ? [] : changes.sheets.filter((s) => s.name === name && (s.print || s.rowHeights?.length));
    const withHeights = layouts.filter((s) => s.rowHeights?.length);
    let heights;
    let xml;
    let compressed;
    try {
      let text2 = pkg.text(path);
      const rowless2 = isRowless(text2);
      heights = withHeights.length === 1 && rowless2 ? withHeights[0] : void 0;
      const inOnePass = rowless2 && (withHeights.length === 0 || !!heights);
      if (inOnePass) for (const s of layouts) text2 = layoutSheet(text2, s === heights ? { ...s, rowHeights: void 0 } : s);
      const opts = {
        rowHeights: heights && new Map(heights.rowHeights),
        styleCount: xfCount,
        restyle: /* @__PURE__ */ __name((base, cw) => {
          if (cw.numberFormat === void 0 && !cw.bold && !cw.align && !cw.wrap) return void 0;
          for (let k = 0; k < recent.length; k++) {
            const r = recent[k];
            if (r.base === base && r.numberFormat === cw.numberFormat && r.bold === !!cw.bold && r.align === cw.align && r.wrap === !!cw.wrap) return r.s;
          }
          if (cw.numberFormat === void 0 && !cw.bold && !(stylesWritten ??= pkg.has(w.stylesPath()) || changes.cells.some((c) => c.numberFormat !== void 0 || !!c.bold))) return void 0;
          styles ??= new StylesXml(pkg.has(w.stylesPath()) ? pkg.text(w.stylesPath()) : minimalStyles(w.flavor));
          const s = styles.derive(base, { numberFormat: cw.numberFormat, bold: cw.bold, align: cw.align, wrap: cw.wrap });
          recent.unshift({ base, numberFormat: cw.numberFormat, bold: !!cw.bold, align: cw.align, wrap: !!cw.wrap, s });
          if (recent.length > 8) recent.pop();
          return s;
        }, "restyle")
      };
      if (inOnePass || !layouts.length) {
        const c = pkg.compressor();
        if (editSheetBytes(text2, writes, opts, utf8Xml, (piece) => c.push(piece))) compressed = c.finish();
        else xml = text2;
      } else {
        xml = editSheet(text2, writes, opts);
        for (const s of layouts) xml = layoutSheet(xml, s === heights ? { ...s, rowHeights: void 0 } : s);
      }
    } catch (e) {
      if (e instanceof ReadError || e instanceof ZipFormatError) throw e;
      throw new ReadError("unreadable", file, sheetPartDetail(name, path, detailOf(e)));
    }
    if (layouts.length) laidOut.add(name);
    if (compressed) pkg.setCompressed(path, compressed);
    else pkg.setText(path, xml);
    if (!laidOut.has(name)) pkg.seal(path);
    for (let i2 = 0; !formulas2 && i2 < writes.length; i2++) if (writes[i2].formula !== void 0) formulas2 = true;
    cellsWritten += writes.length;
  }
  const st = styles;
  if (st?.changed) {
    const path = w.stylesPath();
    if (!pkg.has(path)) {
      w.addContentType(path, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
      w.addRel(w.wbPath, "styles", relativeTarget(w.wbPath, path));
    }
    pkg.setText(path, st.xml);
  }
  const dv = applyValidations(changes, snapshot, {
    text: /* @__PURE__ */ __name((path) => pkg.text(path), "text"),
    setText: /* @__PURE__ */ __name((path, xml) => pkg.setText(path, xml), "setText"),
    sheetPath: /* @__PURE__ */ __name((name) => w.sheetPath(name), "sheetPath")
  });
  const requeued = /* @__PURE__ */ new Set();
  for (const s of changes.sheets) {
    if (!laidOut.has(s.name) || requeued.has(s.name) || !s.print && !s.rowHeights?.length) continue;
    requeued.add(s.name);
    pkg.requeue(w.sheetPath(s.name));
  }
  applySheetLayouts(changes, {
    text: /* @__PURE__ */ __name((path) => pkg.text(path), "text"),
    setText: /* @__PURE__ */ __name((path, xml) => pkg.setText(path, xml), "setText"),
    sheetPath: /* @__PURE__ */ __name((name) => w.sheetPath(name), "sheetPath"),
    workbookPath: w.wbPath
  }, laidOut);
  if (formulas2) w.requestRecalculation();
  return { cellsWritten, sheetsCreated, validationsAdded: dv.added, validationsKept: dv.kept };
}
__name(apply, "apply");
function applyValidations(changes, snapshot, io) {
  const bySheet = /* @__PURE__ */ new Map();
  for (const v of changes.validations ?? []) bySheet.set(v.sheet, [...bySheet.get(v.sheet) ?? [], v]);
  if (changes.clearMarks) {
    for (const s of snapshot.sheets) if (!bySheet.has(s.name)) bySheet.set(s.name, []);
  }
  const out = { added: 0, kept: [] };
  for (const [name, rules] of bySheet) {
    const path = io.sheetPath(name);
    if (!path) {
      if (rules.length) throw new Error(`no sheet named ${name}`);
      continue;
    }
    const xml = io.text(path);
    if (!rules.length && !xml.includes(SAIKEN_SIGNATURE)) continue;
    const m = mergeDataValidations(xml, rules);
    if (m.xml !== xml) io.setText(path, m.xml);
    out.added += m.added.length;
    for (const k of m.kept) out.kept.push({ sheet: name, range: sqrefOf(k.area) });
  }
  return out;
}
__name(applyValidations, "applyValidations");
function minimalStyles(f) {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${f.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
}
__name(minimalStyles, "minimalStyles");

// src/cli/locale.ts
function cliText(language) {
  return CLI_TEXT[language];
}
__name(cliText, "cliText");

// src/cli/format.ts
function formatReport(report, sheetOrder = [], language = "ja") {
  const t = CLI_TEXT[language];
  const lines = [];
  const count = /* @__PURE__ */ __name((s) => report.issues.filter((i2) => i2.severity === s).length, "count");
  lines.push(`${report.file}: ${t.tables(report.tables.length)}${language === "ja" ? "\u30FB" : ", "}${t.counts(count("error"), count("warning"), count("info"))}`);
  const used = /* @__PURE__ */ new Set([...report.tables.map((x2) => x2.sheet), ...report.issues.map((i2) => i2.sheet)]);
  const sheets = [.../* @__PURE__ */ new Set([...sheetOrder.filter((s) => used.has(s)), ...used])];
  if (report.tables.length === 0) lines.push(`  ${t.noTables}`);
  for (const sheet of sheets) {
    lines.push("", `\u25A0 ${sheet}`);
    for (const table of report.tables.filter((x2) => x2.sheet === sheet)) {
      const cls = table.classification ? `\u30FB${table.classification}` : "";
      const unit = table.unit ? `\uFF08${table.unit}\uFF09` : "";
      lines.push(`  ${t.table} ${table.range}  ${table.title ?? ""}  [${t.measure[table.measure]}${unit}${cls}] ${table.rows.length}${t.rows}`);
    }
    for (const i2 of report.issues.filter((x2) => x2.sheet === sheet)) {
      lines.push(`    ${t.severity[i2.severity]} ${i2.cell}  ${i2.message}  (${i2.code})`);
    }
  }
  if (report.issues.length === 0 && report.tables.length > 0) lines.push("", t.noFindings);
  return lines.join("\n");
}
__name(formatReport, "formatReport");

// src/cli/os-errors.ts
function osProblem(e) {
  const code = e && typeof e === "object" && "code" in e ? String(e.code) : "";
  switch (code) {
    case "ENOENT":
      return "not-found";
    case "EACCES":
    case "EPERM":
      return "no-access";
    case "EISDIR":
      return "is-folder";
    case "ENOTDIR":
      return "not-folder";
    case "EROFS":
      return "read-only-fs";
    case "ENOSPC":
    case "EDQUOT":
      return "no-space";
    case "EBUSY":
    case "ETXTBSY":
      return "busy";
    default:
      return "other";
  }
}
__name(osProblem, "osProblem");
function osDetail(e) {
  const code = e && typeof e === "object" && "code" in e ? String(e.code) : "";
  return code || (e instanceof Error ? e.message : String(e));
}
__name(osDetail, "osDetail");

// src/cli/output.ts
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
var FileMessage = class extends Error {
  static {
    __name(this, "FileMessage");
  }
  /** Checked by name too: undo and consolidate are bundled apart, each with its own copy of this class. */
  fileMessage = true;
};
function isFileMessage(e) {
  return e instanceof FileMessage || e instanceof Error && e.fileMessage === true;
}
__name(isFileMessage, "isFileMessage");
var ANY_WORKBOOK = ["xlsx", "xlsm", "xltx", "xltm"];
async function checkOutput(output, check) {
  const t = cliText(check.language);
  const target2 = (0, import_node_path.resolve)(output);
  const info = await (0, import_promises.stat)(output).catch(() => null);
  const isInput = check.inputs.some((f) => (0, import_node_path.resolve)(f) === target2) || info !== null && await sameFileAs(info, check.inputs);
  if (isInput && !check.inPlace) throw new FileMessage(check.noInPlace ? t.outputIsInput(output) : t.refuseOverwrite(output));
  const folder = check.folders?.find((d) => isInside(target2, (0, import_node_path.resolve)(d)));
  if (folder !== void 0) throw new FileMessage(t.outputInInputFolder(output, folder));
  if (info?.isDirectory()) throw new FileMessage(t.output(output, "is-folder", ""));
  const allowed = check.extensions ?? ANY_WORKBOOK;
  const ext = /\.([^./\\]+)$/.exec((0, import_node_path.basename)(output))?.[1]?.toLowerCase();
  if (!ext || !allowed.includes(ext)) throw new FileMessage(t.outputExtension(output, allowed));
  if (info && (info.mode & 128) === 0) throw new FileMessage(t.outputReadOnly(output));
  if (!info) {
    const parent = await (0, import_promises.stat)((0, import_node_path.dirname)(target2)).catch((e) => Promise.reject(new FileMessage(t.output(output, osProblem(e), osDetail(e)))));
    if (!parent.isDirectory()) throw new FileMessage(t.output(output, "not-folder", ""));
  }
}
__name(checkOutput, "checkOutput");
async function sameFileAs(output, inputs) {
  for (const f of inputs) {
    const info = await (0, import_promises.stat)(f).catch(() => null);
    if (info && info.ino === output.ino && info.dev === output.dev && info.isFile()) return true;
  }
  return false;
}
__name(sameFileAs, "sameFileAs");
function isInside(path, folder) {
  const r = (0, import_node_path.relative)(folder, path);
  return r !== "" && !r.startsWith("..") && !(0, import_node_path.isAbsolute)(r);
}
__name(isInside, "isInside");
async function writeAtomically(path, data, language) {
  const tmp = (0, import_node_path.join)((0, import_node_path.dirname)((0, import_node_path.resolve)(path)), `.${(0, import_node_path.basename)(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await (0, import_promises.writeFile)(tmp, data);
    await (0, import_promises.rename)(tmp, path);
  } catch (e) {
    await (0, import_promises.rm)(tmp, { force: true }).catch(() => void 0);
    throw new FileMessage(cliText(language).output(path, osProblem(e), osDetail(e)));
  }
}
__name(writeAtomically, "writeAtomically");

// src/cli/exit.ts
var RANK = { 0: 0, 3: 1, 1: 2, 2: 3 };
function worst(a, b) {
  return RANK[a] >= RANK[b] ? a : b;
}
__name(worst, "worst");

// src/cli/job.ts
async function runJob(job, emit2) {
  const out = [];
  const err2 = [];
  let emitted = false;
  const tracked = emit2 && ((chunk) => (emitted = true, emit2(chunk)));
  try {
    const code = await perform(job, out, err2, tracked);
    return { out, err: err2, code };
  } catch (e) {
    const t = cliText(job.language);
    if (e instanceof ReadError) err2.push(job.language === "ja" ? e.message : e.messageEn);
    else if (isFileMessage(e)) err2.push(e.message);
    else err2.push(t.crashed(job.file, e instanceof Error ? e.message : String(e)));
    return emitted ? { out, err: err2, code: 2, cut: true } : { out, err: err2, code: 2 };
  }
}
__name(runJob, "runJob");
async function perform(job, out, err2, emit2) {
  const t = cliText(job.language);
  const name = job.name ?? (0, import_node_path2.basename)(job.file);
  const bytes2 = await load(job);
  const print = /* @__PURE__ */ __name((report2, sheets2, extra) => {
    if (job.json) {
      if (emit2) writeJsonBytes(report2, job.compact ? 0 : 2, emit2);
      else {
        const parts = [];
        writeJson(report2, job.compact ? 0 : 2, (c) => parts.push(c));
        out.push(parts.join(""));
      }
    } else out.push(formatReport(report2, sheets2, job.language) + (extra ? "\n" + extra : ""));
    if (job.json && report2.tables.length === 0) err2.push(`${name}: ${t.noTables}`);
  }, "print");
  const codeOf = /* @__PURE__ */ __name((report2) => report2.tables.length === 0 ? worst(exitCodeOf(report2), 3) : exitCodeOf(report2), "codeOf");
  heapGrowth(job.command);
  if (job.command === "inspect") {
    const { source } = await openBookSheets(bytes2, name);
    const report2 = inspectStreamed(source, name);
    print(report2, source.sheets.map((s) => s.name));
    return codeOf(report2);
  }
  const output = job.output;
  const { result, written } = await writeChanges(job, bytes2, name, output);
  await writeAtomically(output, written.data, job.language);
  const { report, sheets } = result;
  if (job.command === "recalc") print(report, sheets, t.written(output, report.changes.length));
  else print(report, sheets, t.generated(output, result.sheetNames.summary, result.sheetNames.charts, written.chartsAdded));
  return codeOf(report);
}
__name(perform, "perform");
function heapGrowth(command) {
  (0, import_node_v82.setFlagsFromString)(`--heap-growing-percent=${command === "inspect" ? 100 : 0}`);
}
__name(heapGrowth, "heapGrowth");
async function writeChanges(job, bytes2, name, output) {
  await checkOutput(output, { inputs: [job.file], inPlace: job.inPlace, language: job.language });
  const { data, source, settle } = await openBookSheets(bytes2, name);
  const options = { outputName: (0, import_node_path2.basename)(output), codec: nodeCodec };
  const refuseEdited = /* @__PURE__ */ __name((edited) => {
    if (edited.length && !job.force) throw new FileMessage(cliText(job.language).editedGenerated(job.file, edited));
  }, "refuseEdited");
  if (job.command === "run") {
    const steps = runSteps(source, name);
    settle();
    const writer = new WorkbookWriter(data, forWriter(steps.workbook), name, options).apply(steps.takeChanges());
    settle();
    const { changes: changes2, ...summary } = steps.summarize();
    refuseEdited(summary.edited);
    settle();
    writer.apply(changes2);
    return { result: { ...summary, report: steps.report, sheets: steps.workbook.sheets.map((s) => s.name) }, written: writer.finish() };
  }
  const done = job.command === "summary" ? summarizeSheets(source, name) : recalcSheets(source, name);
  refuseEdited(done.edited ?? []);
  const { workbook, changes, ...result } = done;
  settle();
  return { result: { ...result, sheets: workbook.sheets.map((s) => s.name) }, written: writeWorkbook(data, changes, forWriter(workbook), name, options) };
}
__name(writeChanges, "writeChanges");
function forWriter(wb) {
  return { ...wb, sheets: wb.sheets.map((s) => ({ ...s, rows: [] })) };
}
__name(forWriter, "forWriter");
async function load(job) {
  try {
    return await (0, import_promises2.readFile)(job.file);
  } catch (e) {
    throw new FileMessage(cliText(job.language).input(job.file, osProblem(e), osDetail(e)));
  }
}
__name(load, "load");

// src/cli/worker.ts
import_node_worker_threads.parentPort.on("message", async ({ id, job, selftest }) => {
  if (selftest === "hang") for (; ; ) ;
  if (selftest === "grow") {
    const hold = [];
    for (; ; ) hold.push(Array.from({ length: 1 << 16 }, (_, i2) => i2 + hold.length));
  }
  const send = /* @__PURE__ */ __name((chunk) => import_node_worker_threads.parentPort.postMessage({ id, chunk }, [chunk.buffer]), "send");
  const emit2 = selftest === "stall" || selftest === "throw" ? (chunk) => {
    let half = chunk.length >> 1;
    while (half > 0 && (chunk[half] & 192) === 128) half--;
    send(chunk.slice(0, half));
    if (selftest === "stall") for (; ; ) ;
    throw new Error("selftest: report cut");
  } : send;
  import_node_worker_threads.parentPort.postMessage({ id, result: await runJob(job, emit2) });
});
import_node_worker_threads.parentPort.postMessage({ ready: true });
