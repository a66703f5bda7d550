"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __name = (target2, value) => __defProp(target2, "name", { value, configurable: true });
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

// src/cli/undo.ts
var undo_exports = {};
__export(undo_exports, {
  registerUndo: () => registerUndo
});
module.exports = __toCommonJS(undo_exports);
var import_node_path3 = require("node:path");

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
function languageOf(tag) {
  if (!tag) return "ja";
  return tag.toLowerCase().startsWith("ja") ? "ja" : "en";
}
__name(languageOf, "languageOf");
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
  input: /* @__PURE__ */ __name((f, problem, detail) => ({
    "not-found": `${f}: \u30D5\u30A1\u30A4\u30EB\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093\u3002`,
    "no-access": `${f}: \u30D5\u30A1\u30A4\u30EB\u3092\u8AAD\u3080\u6A29\u9650\u304C\u3042\u308A\u307E\u305B\u3093\u3002\u30D5\u30A1\u30A4\u30EB\u306E\u30A2\u30AF\u30BB\u30B9\u6A29\u3092\u78BA\u8A8D\u3057\u3066\u304F\u3060\u3055\u3044\u3002`,
    "is-folder": `${f}: \u30D5\u30A9\u30EB\u30C0\u30FC\u3067\u3059\u3002\u30D6\u30C3\u30AF\u306E\u30D5\u30A1\u30A4\u30EB\u3092\u6307\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044\u3002`,
    "not-folder": `${f}: \u30D1\u30B9\u306E\u9014\u4E2D\u304C\u30D5\u30A9\u30EB\u30C0\u30FC\u3067\u306F\u3042\u308A\u307E\u305B\u3093\u3002`,
    busy: `${f}: \u30D5\u30A1\u30A4\u30EB\u304C\u307B\u304B\u306E\u30D7\u30ED\u30B0\u30E9\u30E0\u3067\u4F7F\u7528\u4E2D\u306E\u305F\u3081\u8AAD\u3081\u307E\u305B\u3093\u3002`,
    "read-only-fs": `${f}: \u30D5\u30A1\u30A4\u30EB\u3092\u8AAD\u3081\u307E\u305B\u3093\u3067\u3057\u305F\uFF08${detail}\uFF09\u3002`,
    "no-space": `${f}: \u30D5\u30A1\u30A4\u30EB\u3092\u8AAD\u3081\u307E\u305B\u3093\u3067\u3057\u305F\uFF08${detail}\uFF09\u3002`,
    other: `${f}: \u30D5\u30A1\u30A4\u30EB\u3092\u8AAD\u3081\u307E\u305B\u3093\u3067\u3057\u305F\uFF08${detail}\uFF09\u3002`
  })[problem], "input"),
  output: /* @__PURE__ */ __name((f, problem, detail) => ({
    "not-found": `${f}: \u51FA\u529B\u5148\u306E\u30D5\u30A9\u30EB\u30C0\u30FC\u304C\u3042\u308A\u307E\u305B\u3093\u3002`,
    "no-access": `${f}: \u51FA\u529B\u5148\u306E\u30D5\u30A9\u30EB\u30C0\u30FC\u306B\u66F8\u304D\u8FBC\u3081\u307E\u305B\u3093\uFF08\u66F8\u304D\u8FBC\u3080\u6A29\u9650\u304C\u3042\u308A\u307E\u305B\u3093\uFF09\u3002`,
    "is-folder": `${f}: \u51FA\u529B\u5148\u304C\u30D5\u30A9\u30EB\u30C0\u30FC\u3067\u3059\u3002\u51FA\u529B\u3059\u308B\u30D5\u30A1\u30A4\u30EB\u306E\u540D\u524D\u3092\u6307\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044\u3002`,
    "not-folder": `${f}: \u51FA\u529B\u5148\u306E\u30D1\u30B9\u306E\u9014\u4E2D\u304C\u30D5\u30A9\u30EB\u30C0\u30FC\u3067\u306F\u3042\u308A\u307E\u305B\u3093\u3002`,
    "read-only-fs": `${f}: \u51FA\u529B\u5148\u306E\u30D5\u30A9\u30EB\u30C0\u30FC\u306B\u66F8\u304D\u8FBC\u3081\u307E\u305B\u3093\uFF08\u8AAD\u307F\u53D6\u308A\u5C02\u7528\u306E\u5834\u6240\u3067\u3059\uFF09\u3002`,
    "no-space": `${f}: \u51FA\u529B\u5148\u306E\u30C7\u30A3\u30B9\u30AF\u306B\u7A7A\u304D\u304C\u3042\u308A\u307E\u305B\u3093\u3002`,
    busy: `${f}: \u51FA\u529B\u5148\u306E\u30D5\u30A1\u30A4\u30EB\u304C\u307B\u304B\u306E\u30D7\u30ED\u30B0\u30E9\u30E0\u3067\u4F7F\u7528\u4E2D\u3067\u3059\uFF08Excel \u3067\u958B\u3044\u3066\u3044\u308C\u3070\u9589\u3058\u3066\u304F\u3060\u3055\u3044\uFF09\u3002`,
    other: `${f}: \u51FA\u529B\u5148\u306B\u66F8\u304D\u8FBC\u3081\u307E\u305B\u3093\u3067\u3057\u305F\uFF08${detail}\uFF09\u3002`
  })[problem], "output"),
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
  input: /* @__PURE__ */ __name((f, problem, detail) => ({
    "not-found": `${f}: file not found.`,
    "no-access": `${f}: no permission to read the file; check its access rights.`,
    "is-folder": `${f}: a folder; give a workbook file.`,
    "not-folder": `${f}: a part of the path is not a folder.`,
    busy: `${f}: the file is in use by another program.`,
    "read-only-fs": `${f}: the file could not be read (${detail}).`,
    "no-space": `${f}: the file could not be read (${detail}).`,
    other: `${f}: the file could not be read (${detail}).`
  })[problem], "input"),
  output: /* @__PURE__ */ __name((f, problem, detail) => ({
    "not-found": `${f}: the output folder does not exist.`,
    "no-access": `${f}: cannot write to the output folder (no permission).`,
    "is-folder": `${f}: the output is a folder; give a file name.`,
    "not-folder": `${f}: a part of the output path is not a folder.`,
    "read-only-fs": `${f}: cannot write to the output folder (a read-only location).`,
    "no-space": `${f}: no space left on the output disk.`,
    busy: `${f}: the output file is in use (close it in Excel).`,
    other: `${f}: the output could not be written (${detail}).`
  })[problem], "output"),
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
  encryptedEntry: /* @__PURE__ */ __name((part) => both(`${part} \u304C\u6697\u53F7\u5316\u3055\u308C\u3066\u3044\u3066\u8AAD\u3081\u307E\u305B\u3093`, `${part}: encrypted entry`), "encryptedEntry"),
  /** The inflater's own text is for support: it stays in the English detail only. */
  inflateFailed: /* @__PURE__ */ __name((part, inner) => both(`${part} \u306E\u5727\u7E2E\u30C7\u30FC\u30BF\u304C\u58CA\u308C\u3066\u3044\u307E\u3059`, `${part}: ${inner}`), "inflateFailed"),
  unsupportedMethod: /* @__PURE__ */ __name((part, method) => both(`${part} \u306F\u5BFE\u5FDC\u3057\u3066\u3044\u306A\u3044\u5727\u7E2E\u65B9\u5F0F\uFF08${method}\uFF09\u3067\u3059`, `${part}: unsupported compression method ${method}`), "unsupportedMethod"),
  damagedEntry: /* @__PURE__ */ __name((part) => both(`${part} \u304C\u58CA\u308C\u3066\u3044\u307E\u3059\uFF08\u5927\u304D\u3055\u307E\u305F\u306F\u691C\u67FB\u5024\u304C\u4E00\u81F4\u3057\u307E\u305B\u3093\uFF09`, `${part}: damaged entry (size or CRC mismatch)`), "damagedEntry"),
  /** Two entries whose names are equal ignoring case: one part twice (ECMA-376 part 2, 9.1.1.1). */
  duplicatePart: /* @__PURE__ */ __name((first, second) => both(
    first === second ? `${first} \u304C\u4E8C\u3064\u3042\u308A\u307E\u3059${DAMAGED}` : `${first} \u3068 ${second} \u304C\u540C\u3058\u90E8\u54C1\u3067\u3059\uFF08\u90E8\u54C1\u540D\u306F\u5927\u6587\u5B57\u3068\u5C0F\u6587\u5B57\u3092\u533A\u5225\u3057\u307E\u305B\u3093\uFF09${DAMAGED}`,
    first === second ? `two parts named ${first}` : `${first} and ${second} name one part (part names are case-insensitive)`
  ), "duplicatePart")
};
var partDetail = {
  /** too-large: the part and what it inflates to. */
  size: /* @__PURE__ */ __name((part, mb2) => neutral(`${part} ${mb2} MB`), "size"),
  missing: /* @__PURE__ */ __name((part) => both(`${part} \u304C\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, `${part} is missing`), "missing"),
  cutShort: /* @__PURE__ */ __name((part) => both(`${part} \u304C\u9014\u4E2D\u3067\u5207\u308C\u3066\u3044\u307E\u3059`, `${part} is cut short`), "cutShort")
};
var xmlDetail = {
  tagTooLong: /* @__PURE__ */ __name((chars) => both(`${chars} \u6587\u5B57\u3092\u8D85\u3048\u308B\u9577\u3055\u306E\u30BF\u30B0\u304C\u3042\u308A\u307E\u3059${DAMAGED}`, `an XML tag longer than ${chars} characters`), "tagTooLong"),
  endsInsideTag: /* @__PURE__ */ __name(() => both(`\u30BF\u30B0\u306E\u9014\u4E2D\u3067\u7D42\u308F\u3063\u3066\u3044\u307E\u3059${TRUNCATED}`, "the XML ends inside a tag"), "endsInsideTag"),
  inPart: /* @__PURE__ */ __name((part, inner) => both(`${part}: ${inner.ja}`, `${part}: ${inner.en}`), "inPart"),
  unclosed: /* @__PURE__ */ __name((element2) => both(`<${element2}> \u304C\u9589\u3058\u3089\u308C\u3066\u3044\u307E\u305B\u3093\uFF08\u58CA\u308C\u3066\u3044\u308B\u304B\u3001\u9014\u4E2D\u3067\u5207\u308C\u3066\u3044\u307E\u3059\uFF09`, `unclosed element <${element2}>`), "unclosed"),
  noRoot: /* @__PURE__ */ __name(() => both(`\u4E2D\u8EAB\u304C\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, "no root element"), "noRoot"),
  noSheetData: /* @__PURE__ */ __name(() => both(`\u30B7\u30FC\u30C8\u306B\u30BB\u30EB\u306E\u9818\u57DF <sheetData> \u304C\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, "worksheet without sheetData"), "noSheetData"),
  noSheets: /* @__PURE__ */ __name((part) => both(`${part} \u306B\u30B7\u30FC\u30C8\u306E\u4E00\u89A7 <sheets> \u304C\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, `${part}: no <sheets>`), "noSheets"),
  /** An end tag that is not the one of the element open (a tag lost or mistyped). */
  mismatched: /* @__PURE__ */ __name((open, close) => both(`<${open}> \u304C </${close}> \u3067\u9589\u3058\u3089\u308C\u3066\u3044\u307E\u3059${DAMAGED}`, `element <${open}> closed by </${close}>`), "mismatched"),
  strayClose: /* @__PURE__ */ __name((close) => both(`</${close}> \u306B\u5BFE\u5FDC\u3059\u308B\u958B\u59CB\u30BF\u30B0\u304C\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, `end tag </${close}> without a start tag`), "strayClose"),
  /** The writer's edit of a sheet part whose rows or cells are out of order (put in order first) or repeated. */
  outOfOrder: /* @__PURE__ */ __name(() => both(`\u884C\u307E\u305F\u306F\u30BB\u30EB\u306E\u9806\u5E8F\u304C\u6B63\u3057\u304F\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, "rows or cells out of order"), "outOfOrder"),
  rowRepeated: /* @__PURE__ */ __name((row) => both(`${row} \u884C\u76EE\u304C\u4E8C\u5EA6\u66F8\u304B\u308C\u3066\u3044\u307E\u3059${DAMAGED}`, `row ${row} is given twice`), "rowRepeated"),
  cellRepeated: /* @__PURE__ */ __name((cell) => both(`\u30BB\u30EB ${cell} \u304C\u4E8C\u5EA6\u66F8\u304B\u308C\u3066\u3044\u307E\u3059${DAMAGED}`, `cell ${cell} is given twice`), "cellRepeated"),
  /** A sheet the workbook lists whose part is not in the package (Excel reports the file damaged). */
  sheetPartMissing: /* @__PURE__ */ __name((sheet, part) => both(`\u30B7\u30FC\u30C8\u300C${sheet}\u300D\u306E\u4E2D\u8EAB ${part} \u304C\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, `sheet ${sheet}: its part ${part} is missing`), "sheetPartMissing")
};
var cellDetail = {
  sharedStringMissing: /* @__PURE__ */ __name((where, index) => both(`${where}: \u5171\u6709\u6587\u5B57\u5217 ${index} \u304C\u3042\u308A\u307E\u305B\u3093${DAMAGED}`, `${where}: shared string ${index} is missing`), "sharedStringMissing"),
  /** Two `<c>` for one cell: which one holds the figure cannot be told. */
  cellTwice: /* @__PURE__ */ __name((where) => both(`${where}: \u540C\u3058\u30BB\u30EB\u304C\u4E8C\u5EA6\u66F8\u304B\u308C\u3066\u3044\u307E\u3059${DAMAGED}`, `${where}: the cell is given twice`), "cellTwice"),
  /** Two `<row>` for one row number; `where` is the sheet and the row (計画!6). */
  rowTwice: /* @__PURE__ */ __name((sheet, row) => both(`\u30B7\u30FC\u30C8\u300C${sheet}\u300D: ${row} \u884C\u76EE\u304C\u4E8C\u5EA6\u66F8\u304B\u308C\u3066\u3044\u307E\u3059${DAMAGED}`, `${sheet}: row ${row} is given twice`), "rowTwice"),
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
var sheetPartDetail = /* @__PURE__ */ __name((sheet, part, inner) => both(`\u30B7\u30FC\u30C8\u300C${sheet}\u300D\uFF08${part}\uFF09: ${inner.ja}`, `${sheet} (${part}): ${inner.en}`), "sheetPartDetail");
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
  const label = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(decl)?.[1]?.toLowerCase();
  if (label && label !== "utf-8" && label !== "utf8") {
    try {
      new TextDecoder(label);
      return { label, skip: 0 };
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
function readSharedStrings(zip, part) {
  const out = [];
  if (!part) return out;
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
  scanPart(zip, part, handler);
  return out;
}
__name(readSharedStrings, "readSharedStrings");

// src/core/workbook.ts
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
__name(colLetter, "colLetter");
function colIndex(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
__name(colIndex, "colIndex");
function a1(r, c) {
  return `${colLetter(c)}${r + 1}`;
}
__name(a1, "a1");
function parseA1(ref) {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`not an A1 reference: ${ref}`);
  return { r: Number(m[2]) - 1, c: colIndex(m[1]) };
}
__name(parseA1, "parseA1");
function parseArea(ref) {
  const [from, to] = ref.split(":");
  const p = parseA1(from);
  const q = to ? parseA1(to) : p;
  return { top: Math.min(p.r, q.r), left: Math.min(p.c, q.c), bottom: Math.max(p.r, q.r), right: Math.max(p.c, q.c) };
}
__name(parseArea, "parseArea");

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
function matchCells(buf, at, sink) {
  const n = buf.length;
  let i2 = at;
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
  const row = digitsToQuote(buf, k);
  if (row < 0) return -1;
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
    sink.cell(buf, row - 1, col - 1, style, type, -1, -1, false, -1, -1);
    return k + 2;
  }
  if (end !== GT) return -1;
  k++;
  const n = buf.length;
  let f0 = -1;
  let f1 = -1;
  let shared = false;
  if (k + 2 < n && buf.charCodeAt(k) === LT && buf.charCodeAt(k + 1) === 102) {
    if (buf.charCodeAt(k + 2) === GT) f0 = k + 3;
    else if (buf.startsWith(ACA_FALSE, k + 2)) f0 = k + 2 + ACA_FALSE.length;
    else if (buf.startsWith(ACA_TRUE, k + 2)) f0 = k + 2 + ACA_TRUE.length;
    else if (buf.startsWith(SHARED, k + 2)) {
      f0 = k + 2 + SHARED.length;
      if (digitsToQuote(buf, f0) < 0) return -1;
      f1 = digitsEnd(buf, f0);
      if (f1 + 2 >= n || buf.charCodeAt(f1 + 1) !== SLASH || buf.charCodeAt(f1 + 2) !== GT) return -1;
      shared = true;
      k = f1 + 3;
    } else return -1;
    if (!shared) {
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
  sink.cell(buf, row - 1, col - 1, style, type, f0, f1, shared, v0, v1);
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
    let row = parseInt(m[4], 10);
    if (!m[1]) col += dc;
    if (!m[3]) row += dr;
    if (col < 1 || col > 16384) return match;
    return `${sheet || ""}${m[1] || ""}${colLetter(col - 1)}${m[3] || ""}${row}`;
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
function parseRef(ref, at) {
  let col = 0;
  let i2 = 0;
  for (; i2 < ref.length; i2++) {
    const c = ref.charCodeAt(i2) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i2 === 0 || i2 > 3) return false;
  let row = 0;
  const digits = i2;
  for (; i2 < ref.length; i2++) {
    const c = ref.charCodeAt(i2);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
  }
  at.row = i2 === digits ? -1 : row - 1;
  at.col = col - 1;
  return true;
}
__name(parseRef, "parseRef");
var TYPE_NAMES = { [0 /* None */]: "", [1 /* S */]: "s", [2 /* N */]: "n", [3 /* Str */]: "str" };
function readSheet(zip, part, name, ctx, options = {}) {
  const rows = [];
  const merges = [];
  const masters = /* @__PURE__ */ new Map();
  const { format, isDate } = ctx.styles;
  const { strings, date1904 } = ctx;
  let inData = false;
  let row = -1;
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
  const at = { row: 0, col: 0 };
  const place = /* @__PURE__ */ __name((c) => {
    const line = rows[row] ??= [];
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
    row = rowFromAttr ? n - 1 : row + 1;
    if (rows[row] !== void 0) throw new CellReadError(cellDetail.rowTwice(name, row + 1));
    col = -1;
  }, "openRow");
  const endRow = /* @__PURE__ */ __name(() => {
    const line = inData ? rows[row] : void 0;
    if (line) rows[row] = line.slice();
  }, "endRow");
  const locate = /* @__PURE__ */ __name((refRow, refCol) => {
    if (refCol >= 0) {
      if (!rowFromAttr && refRow >= 0) {
        row = refRow;
        rowFromAttr = true;
      }
      col = refCol;
    } else col++;
    if (row < 0) row = 0;
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
  const where = /* @__PURE__ */ __name(() => `${name}!${colName(col)}${row + 1}`, "where");
  const finishCell = /* @__PURE__ */ __name(() => {
    vTextNow();
    const fmt = format[style];
    const dateStyle = isDate[style] ?? false;
    const isFormula = fText !== void 0 && fText !== "" || fType !== "";
    let formula;
    let value;
    if (isFormula) {
      if (fType === "shared" && fSi !== void 0) {
        if (fRef) masters.set(fSi, { formula: fText, row, col });
        else if (!fText) {
          const m = masters.get(fSi);
          if (m && m.formula) formula = slideFormula(m.formula, row - m.row, col - m.col);
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
          const ref = attribute(attrs, "ref");
          if (ref) {
            try {
              merges.push(parseArea(ref));
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
          if (r !== void 0 && parseRef(r, at)) locate(at.row, at.col);
          else locate(-1, -1);
          if (cellDepth < 0) {
            cellDepth = stack.length - 1;
            cellRow = row;
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
    cell(buf, r, c, s, t, f0, f1, shared, v0, v1) {
      locate(r, c);
      style = s;
      type = TYPE_NAMES[t];
      fRef = void 0;
      if (shared) {
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
      if (v1 > v0 && !shared) {
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
  const fast = options.fast === false ? null : (buf, at2) => matchCells(buf, at2, sink);
  scanPart(zip, part, handler);
  if (stack.length) throw new XmlScanError(xmlDetail.inPart(part, illFormed(xmlDetail.unclosed(stack[stack.length - 1])).detail));
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
function readStyles(zip, part) {
  const custom = /* @__PURE__ */ new Map();
  const ids = [];
  if (part) {
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
    scanPart(zip, part, handler);
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
function relsPartOf(part) {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
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
function readWorkbookPart(zip, part) {
  const rels = new Map(readRels(zip, part).map((r) => [r.id, r]));
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
  scanPart(zip, part, handler);
  const target2 = /* @__PURE__ */ __name((type) => [...rels.values()].find((r) => !r.external && typeIs(r, type) && zip.has(r.target))?.target, "target");
  const dir = part.slice(0, part.lastIndexOf("/") + 1);
  const fallback = /* @__PURE__ */ __name((file) => zip.has(dir + file) ? dir + file : void 0, "fallback");
  return {
    part,
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
  u16(at) {
    return this.view.getUint16(at, true);
  }
  u32(at) {
    return this.view.getUint32(at, true);
  }
  u64(at) {
    const v = this.view.getBigUint64(at, true);
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
      const at = this.u64(eocd - 20 + 8);
      if (at + 56 > d.length || this.u32(at) !== SIG_EOCD64) throw new ZipFormatError(zipDetail.noDirectory64());
      count = this.u64(at + 32);
      cdSize = this.u64(at + 40);
      cdOffset = this.u64(at + 48);
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
      kept.reduce((at, k) => (extra.set(k, at), at + k.length), 0);
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
    const largest = entries.reduce((a, b) => b.size > a.size ? b : a);
    throw new ZipError(partDetail.size(largest.name, mb(largest.size)), true);
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
  let at = 0;
  let out;
  try {
    out = new Uint8Array(size);
    const reader = new Blob([raw]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      if (at + value.length > size) {
        await reader.cancel().catch(() => void 0);
        return null;
      }
      out.set(value, at);
      at += value.length;
    }
  } catch {
    return null;
  }
  return at === size ? out : null;
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
  u16(at) {
    return this.view.getUint16(at, true);
  }
  u32(at) {
    return this.view.getUint32(at, true);
  }
  /** Sector `n`'s bytes (the last sector of a file may be short: a truncated file). */
  sector(n) {
    if (n >= this.sectorCount) throw new CfbError(cfbDetail.sectorBeyondEnd(n));
    const at = (n + 1) * this.sectorSize;
    return this.data.subarray(at, at + this.sectorSize);
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
    for (let at = 0; at + DIR_ENTRY <= bytes2.length; at += DIR_ENTRY) {
      const nameLength = Math.min(view.getUint16(at + 64, true), 64);
      const units = [];
      for (let i2 = 0; i2 < nameLength - 2; i2 += 2) units.push(view.getUint16(at + i2, true));
      while (units.length && units[units.length - 1] === 0) units.pop();
      entries.push({
        name: String.fromCharCode(...units),
        type: bytes2[at + 66],
        left: view.getUint32(at + 68, true),
        right: view.getUint32(at + 72, true),
        child: view.getUint32(at + 76, true),
        start: view.getUint32(at + 116, true),
        // Version 3 files may leave garbage in the high word (MS-CFB 2.6.3): sizes stay below 4 GB.
        size: view.getUint32(at + 120, true)
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
  let at = 0;
  for (const p of parts) {
    const piece = p.subarray(0, Math.min(p.length, out.length - at));
    out.set(piece, at);
    at += piece.length;
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
    const at = i2 * SEGMENT;
    const segmentIv = await ivOf(i2);
    for (let j = 0; j < 16; j++) plain[at + j] ^= c[at - 16 + j] ^ segmentIv[j];
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
  const at = /* @__PURE__ */ __name((o, n) => new Uint8Array(view.buffer, view.byteOffset + o, n).slice(), "at");
  const saltSize = view.getUint32(v, true);
  if (saltSize !== 16) return { kind: "unsupported", why: `salt of ${saltSize} bytes` };
  return {
    kind: "standard",
    keyBits,
    salt: at(v + 4, 16),
    verifier: at(v + 20, 16),
    verifierHashSize: view.getUint32(v + 36, true),
    verifierHash: at(v + 40, 32)
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
async function readWorkbook(data, file = "book.xlsx", options = {}) {
  const { source, ahead } = await opened(data, file, options);
  const sheets = [];
  for (let i2 = 0; i2 < source.sheets.length; i2++) {
    await ahead(i2);
    sheets.push(source.read(i2));
  }
  return { sheets, names: source.names };
}
__name(readWorkbook, "readWorkbook");
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
  const part = findWorkbookPart(zip);
  if (!part) throw new ReadError("not-a-workbook", file);
  const book = readWorkbookPart(zip, part);
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

// src/cli/book.ts
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");

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

// src/cli/book.ts
async function openBook2(bytes2, name) {
  const data = await packageBytes(bytes2, name, { crypto: nodeCrypto });
  return { data, wb: await readWorkbook(data, name, { codec: nodeCodec }) };
}
__name(openBook2, "openBook");
async function readBookFile(path, name = (0, import_node_path.basename)(path)) {
  let bytes2;
  try {
    bytes2 = await (0, import_promises.readFile)(path);
  } catch {
    throw new ReadError("not-found", name);
  }
  return openBook2(bytes2, name);
}
__name(readBookFile, "readBookFile");

// src/hosts/file/charts-xml.ts
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
var escape = /* @__PURE__ */ __name((s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"), "escape");
function tableXml(spec, id) {
  const cols = spec.columns.map((c, i2) => `<tableColumn id="${i2 + 1}" name="${escape(c)}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<table xmlns="${NS_MAIN}" id="${id}" name="${escape(spec.name)}" displayName="${escape(spec.name)}" ref="${spec.range}" totalsRowShown="0"><autoFilter ref="${spec.range}"/><tableColumns count="${spec.columns.length}">${cols}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
}
__name(tableXml, "tableXml");

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
      let at = this.at;
      for (let i2 = 0; i2 < s.length; i2++) {
        const u = s.charCodeAt(i2);
        if (u >= 128) {
          at = -1;
          break;
        }
        chunk[at++] = u;
      }
      if (at >= 0) {
        this.at = at;
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
    let at = this.at + digits;
    this.at = at;
    do {
      chunk[--at] = 48 + v % 10;
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
  let at = s.indexOf(needle, open.end);
  while (at >= 0 && isNameChar(s.charCodeAt(at + needle.length))) at = s.indexOf(needle, at + needle.length);
  if (at < 0) throw new DetailedError(xmlDetail.unclosed(open.name));
  return s.indexOf(">", at) + 1;
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
  let at;
  if (next) at = next.tag.start;
  else {
    const last = kids[kids.length - 1];
    at = last ? last.end : parent.end;
  }
  return s.slice(0, at) + xml + s.slice(at);
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
var colOfRef = /* @__PURE__ */ __name((ref) => colIndex(ref.replace(/\d+$/, "").replace(/^\$/, "")), "colOfRef");
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
  const chunks = new Utf8Chunks(out, 1 << 20);
  let first = true;
  const emit = /* @__PURE__ */ __name((s) => {
    if (first) {
      const end = s.startsWith("<?xml") ? s.indexOf("?>") + 2 : 0;
      chunks.bytes(encodeHead(end > 1 ? s.slice(0, end) : ""));
      chunks.push(end > 1 ? s.slice(end) : s);
    } else chunks.push(s);
    first = false;
  }, "emit");
  const data = findTag(xml, "sheetData");
  let changed = true;
  if (data && rowless(xml, data)) fill2(xml, data, writes, opts, emit);
  else {
    const spliced = splicedPieces(xml, writes, opts);
    for (const piece of spliced.pieces) emit(piece);
    changed = spliced.changed;
  }
  chunks.flush();
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
function fill2(xml, data, writes, opts, emit) {
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
  const at = /* @__PURE__ */ __name((k) => order ? order[k] : k, "at");
  const P = prefixOf(data);
  const { render, cellText, newCellText } = cellWriter(P, columnStyles(xml, data.start), opts, new Unshare());
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
    emit(head + tail);
    return;
  }
  emit(widenDimensionTo(head, bounds, true));
  const pieces = [];
  let row = -1;
  const heights = opts.rowHeights;
  const endRow = /* @__PURE__ */ __name(() => {
    pieces.push(`</${P}row>`);
    emit(pieces.join(""));
    pieces.length = 0;
  }, "endRow");
  for (let k = 0; k < n; ) {
    const i2 = at(k);
    if (rows[i2] !== row) {
      if (row >= 0) endRow();
      row = rows[i2];
      const h = heights?.get(row);
      pieces.push(`<${P}row r="${row}"${h !== void 0 ? ` ht="${h}" customHeight="1"` : ""}>`);
    }
    let m = k + 1;
    if (m < n && rows[at(m)] === row && cols[at(m)] === cols[i2]) {
      let cell = render(null, void 0, target2(i2));
      while (m < n && rows[at(m)] === row && cols[at(m)] === cols[i2]) cell = render(cell, void 0, target2(at(m++)));
      pieces.push(cellText(cell));
    } else newCellText(pieces, void 0, cols[i2], writes[i2].cell, writes[i2]);
    k = m;
  }
  endRow();
  emit(tail);
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
  const P = prefixOf(data);
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
  const { render, cellText } = cellWriter(P, cols, opts, unshare);
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
      const at = atEnd ? t ? t.start : xml.length : t.start;
      out.push(xml.slice(copied, at), `<${P}row r="${want}">${cells.join("")}</${P}row>`);
      copied = at;
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
      const at = r !== void 0 ? colOfRef(r) : col + 1;
      if (at <= col) throw new OutOfOrder(at === col ? xmlDetail.cellRepeated(`${colLetterOf(at)}${want}`) : void 0);
      const cEnd = flatEnd(xml, c);
      while (k < group.length && group[k].col < at) {
        let cell = render(null, rowStyle, group[k]);
        let m = k + 1;
        while (m < group.length && group[m].col === group[k].col) cell = render(cell, rowStyle, group[m++]);
        parts.push(xml.slice(p, c.start), cellText(cell));
        inserted.push(group[k].col);
        p = c.start;
        k = m;
      }
      if (k < group.length && group[k].col === at) {
        const inner = c.kind === "empty" ? "" : xml.slice(c.end, xml.lastIndexOf("<", cEnd - 1));
        let cell = render({ open: r === void 0 ? setAttr(cOpen, "r", `${colLetterOf(at)}${want}`) : cOpen, inner }, rowStyle, group[k]);
        let m = k + 1;
        while (m < group.length && group[m].col === at) cell = render(cell, rowStyle, group[m++]);
        parts.push(xml.slice(p, c.start), cellText(cell));
        k = m;
      } else if (r === void 0) {
        parts.push(xml.slice(p, c.start), setAttr(cOpen, "r", `${colLetterOf(at)}${want}`), xml.slice(c.end, cEnd));
      } else parts.push(xml.slice(p, cEnd));
      p = cEnd;
      col = at;
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
function cellWriter(P, cols, opts, unshare) {
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
    return { open: `<${P}c r="${t.ref}"${s !== void 0 ? ` s="${s}"` : ""}${type ? ` t="${type}"` : ""}>`, inner: body };
  }, "renderNew");
  const newCellText = /* @__PURE__ */ __name((out, rowStyle, col, ref, w) => {
    const s = newStyle(rowStyle, col, w);
    const value = w.value;
    const formula = w.formula;
    const type = formula !== void 0 ? typeof (value ?? "") === "string" ? "str" : typeof value === "boolean" ? "b" : "" : typeof value === "string" ? value !== "" ? "inlineStr" : "" : typeof value === "boolean" ? "b" : "";
    out.push(`<${P}c r="`, ref, s !== void 0 ? `" s="${s}` : "", type ? `" t="${type}` : "");
    if (formula !== void 0) {
      out.push(`"><${P}f>`, escapeText(formula.charCodeAt(0) === 61 ? formula.slice(1) : formula), `</${P}f>`);
      const cached = value ?? "";
      if (typeof cached === "string") out.push(`<${P}v>`, text2(cached), `</${P}v>`);
      else if (typeof cached === "number") out.push(`<${P}v>`, String(cached), `</${P}v>`);
      else if (typeof cached === "boolean") out.push(`<${P}v>`, cached ? "1" : "0", `</${P}v>`);
      out.push(`</${P}c>`);
    } else if (type === "inlineStr") out.push(`"><${P}is><${P}t xml:space="preserve">`, text2(value), `</${P}t></${P}is></${P}c>`);
    else if (typeof value === "number") out.push(`"><${P}v>`, String(value), `</${P}v></${P}c>`);
    else if (typeof value === "boolean") out.push(`"><${P}v>`, value ? "1" : "0", `</${P}v></${P}c>`);
    else out.push('"/>');
  }, "newCellText");
  const text2 = memoText(xstring);
  const cellBody = /* @__PURE__ */ __name((w) => {
    const v = /* @__PURE__ */ __name((x2) => typeof x2 === "number" ? { type: "", body: `<${P}v>${String(x2)}</${P}v>` } : typeof x2 === "boolean" ? { type: "b", body: `<${P}v>${x2 ? 1 : 0}</${P}v>` } : { type: "", body: "" }, "v");
    if (w.formula !== void 0) {
      const f = `<${P}f>${escapeText(w.formula.replace(/^=/, ""))}</${P}f>`;
      const cached = w.value ?? "";
      if (typeof cached === "string") return { type: "str", body: `${f}<${P}v>${xstring(cached)}</${P}v>` };
      const c = v(cached);
      return { type: c.type, body: f + c.body };
    }
    if (w.value === void 0 || w.value === null || w.value === "") return { type: "", body: "" };
    if (typeof w.value === "string") return { type: "inlineStr", body: `<${P}is><${P}t xml:space="preserve">${xstring(w.value)}</${P}t></${P}is>` };
    return v(w.value);
  }, "cellBody");
  const cellText = /* @__PURE__ */ __name((c) => c.inner ? `${c.open.replace(/\s*\/>$/, ">")}${c.inner}</${P}c>` : c.open.endsWith("/>") ? c.open : `${c.open.slice(0, -1)}/>`, "cellText");
  return { render, cellText, newCellText };
}
__name(cellWriter, "cellWriter");
function parseRef2(ref, out) {
  let col = 0;
  let i2 = 0;
  for (; i2 < ref.length; i2++) {
    const ch = ref.charCodeAt(i2);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  if (i2 === 0 || i2 > 3 || i2 === ref.length) return false;
  let row = 0;
  for (let k = i2; k < ref.length; k++) {
    const d = ref.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
  }
  out[0] = ref.length - i2 > 15 ? Number(ref.slice(i2)) : row;
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
  const ref = attr(text2, "ref");
  const m = ref ? /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref) : null;
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
  add(row, col, si, formula) {
    let cols = this.byRow.get(row);
    if (!cols) this.byRow.set(row, cols = /* @__PURE__ */ new Map());
    cols.set(col, { si, formula });
    this.groups.add(si);
  }
  at(row, col) {
    return this.byRow.get(row)?.get(col);
  }
};
function formulaText(inner, f) {
  if (f.kind === "empty") return "";
  const end = flatEnd(inner, f);
  const body = inner.slice(f.end, inner.lastIndexOf("<", end - 1));
  return body.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/).map((piece) => piece.startsWith("<![CDATA[") ? piece.slice(9, -3) : decodeText(piece)).join("");
}
__name(formulaText, "formulaText");
function unshareFormulas(xml, rewritten) {
  const out = [];
  let copied = 0;
  let row = 0;
  let col = -1;
  const masters = /* @__PURE__ */ new Map();
  let t = findTag(xml, "sheetData");
  if (!t) return xml;
  t = nextTag(xml, t.end);
  while (t && !(t.kind === "close" && t.local === "sheetData")) {
    if (t.local === "row" && t.kind !== "close") {
      const r = attr(xml.slice(t.start, t.end), "r");
      row = r !== void 0 ? Number(r) : row + 1;
      col = -1;
      t = nextTag(xml, t.end);
      continue;
    }
    if (t.local === "c" && t.kind !== "close") {
      const open = xml.slice(t.start, t.end);
      const r = attr(open, "r");
      col = r !== void 0 ? colOfRef(r) : col + 1;
      const end = flatEnd(xml, t);
      const was = rewritten.at(row, col);
      if (was) masters.set(was.si, { formula: was.formula, row, col });
      else if (t.kind === "open") {
        const inner = xml.slice(t.end, end);
        const f = inner.indexOf("shared") >= 0 ? findTag(inner, "f") : null;
        const ft = f && inner.slice(f.start, f.end);
        const si = ft && attr(ft, "t") === "shared" ? attr(ft, "si") : void 0;
        if (f && si !== void 0) {
          if (attr(ft, "ref")) masters.set(si, { formula: formulaText(inner, f), row, col });
          else if (rewritten.groups.has(si)) {
            const own = formulaText(inner, f);
            const m = masters.get(si);
            const text2 = own || (m?.formula ? slideFormula(m.formula, row - m.row, col - m.col) : "");
            const P = prefixOf(f);
            out.push(xml.slice(copied, t.end + f.start), text2 ? `<${P}f>${escapeText(text2)}</${P}f>` : "");
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
  let row = 0;
  let t = nextTag(xml, data.end);
  let end = data.end;
  while (t && !(t.kind === "close" && t.local === "sheetData")) {
    const e = t.local === "row" ? flatEnd(xml, t) : elementEnd(xml, t);
    if (t.local === "row") {
      const open = xml.slice(t.start, t.end);
      const r = attr(open, "r");
      row = r !== void 0 ? Number(r) : row + 1;
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
            cells.push({ c: col, text: (cr === void 0 ? setAttr(cOpen, "r", `${colLetterOf(col)}${row}`) : cOpen) + xml.slice(c.end, ce) });
          } else inner += xml.slice(c.start, ce);
          c = nextTag(xml, ce);
        }
      }
      cells.sort((a, b) => a.c - b.c);
      const head = r === void 0 ? setAttr(open, "r", String(row)) : open;
      rows.push({ n: row, text: t.kind === "empty" ? head : `${head}${cells.map((c) => c.text).join("")}${inner}</${t.name}>` });
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
  const P = open[1];
  const head = `<${P}xf${open[2].replace(/\s+applyAlignment="[^"]*"/, "")} applyAlignment="1">`;
  const rest = open[3] === "/" ? `</${P}xf>` : xf.slice(open[0].length).replace(/<(?:[\w.-]+:)?alignment\b[^>]*\/>|<((?:[\w.-]+:)?alignment)\b[^>]*>[\s\S]*?<\/\1>/, "");
  return `${head}<${P}alignment${attrs}/>${rest}`;
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
  const P = prefixOf(rootTag(wb));
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
  return insertWorkbookElement(wb, "definedNames", P ? `<${P}definedNames>${items.replace(/<(\/?)definedName/g, `<$1${P}definedName`)}</${P}definedNames>` : `<definedNames>${items}</definedNames>`);
}
__name(setPrintNames, "setPrintNames");
function setFitToPage(xml, on) {
  const root = rootTag(xml);
  const pr = children(xml, root).find((c) => c.tag.local === "sheetPr");
  if (!pr) return on ? insertSheetElement(xml, "sheetPr", '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>') : xml;
  const P = prefixOf(pr.tag);
  const setup = children(xml, pr.tag).find((c) => c.tag.local === "pageSetUpPr");
  if (!setup) {
    if (!on) return xml;
    const item = `<${P}pageSetUpPr fitToPage="1"/>`;
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
  let row = 0;
  for (let t = nextTag(xml, data.end); t && t.kind !== "close"; ) {
    const end = t.local === "row" ? flatEnd(xml, t) : elementEnd(xml, t);
    if (t.local === "row") {
      const r = attr(xml.slice(t.start, t.end), "r");
      row = r !== void 0 ? Number(r) : row + 1;
      yield { tag: t, row };
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
  for (const { tag, row } of sheetRows(xml)) {
    const points = want.get(row);
    if (points === void 0) continue;
    let text2 = xml.slice(tag.start, tag.end);
    if (attr(text2, "r") === void 0) text2 = setAttr(text2, "r", String(row));
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
  const at = findTag(laid, "sheetData").end;
  return laid.slice(0, at) + xml.slice(data.end, close) + laid.slice(at);
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
    const P = prefixOf(this.root());
    this.xml = insertStylesElement(this.xml, local, P ? `<${P}${local} count="0"></${P}${local}>` : `<${local} count="0"></${local}>`);
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
    const P = prefixOf(this.root());
    this.append("numFmts", `<${P}numFmt numFmtId="${max2 + 1}" formatCode="${escapeAttr(code)}"/>`);
    return max2 + 1;
  }
  boldFont(fontId) {
    const known = this.boldFonts.get(fontId);
    if (known) return known;
    const all = this.items(this.section("fonts"), "font");
    const P = prefixOf(this.root());
    const src = all[Number(fontId)] ?? all[0];
    let font = src ? this.xml.slice(src.tag.start, src.end) : `<${P}font/>`;
    const tag = findTag(font, "font");
    if (!children(font, tag).some((c) => c.tag.local === "b")) {
      font = tag.kind === "empty" ? `${font.slice(0, -2).replace(/\s*$/, "")}><${P}b/></${tag.name}>` : `${font.slice(0, tag.end)}<${P}b/>${font.slice(tag.end)}`;
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
    const P = prefixOf(this.root());
    const src = xfs[base] ?? xfs[0];
    let xf = src ? this.xml.slice(src.tag.start, src.end) : `<${P}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`;
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
function joined(chunks) {
  if (chunks.length === 1) return chunks[0];
  let size = 0;
  for (const c of chunks) size += c.length;
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
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
    const chunks = [];
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
      chunks.push(local, data);
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
    let at = 0;
    for (const c of chunks) out.set(c, at), at += c.length;
    for (const c of central) out.set(c, at), at += c.length;
    out.set(tail, at);
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
var relsPathOf = /* @__PURE__ */ __name((part) => part.replace(/([^/]*)$/, "_rels/$1.rels"), "relsPathOf");
function resolveTarget(part, target2) {
  if (target2.startsWith("/")) return target2.slice(1);
  const parts = part.split("/").slice(0, -1);
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
  rels(part) {
    const path = relsPathOf(part);
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

// src/core/merged-writes.ts
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

// src/hosts/file/validation-xml.ts
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
    const P = prefixOf(root);
    const el = P ? xml.replace(/^<([\w.-]+)/, `<${P}$1`) : xml;
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
  addRel(part, type, target2, idStem = "rId") {
    const path = relsPathOf(part);
    if (!this.pkg.has(path)) {
      this.pkg.setText(path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${NS_PKG_REL}"></Relationships>`);
      this.ensureRelsDefault();
    }
    const ids = new Set(this.pkg.rels(part).map((r) => r.id));
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
    const P = prefixOf(sheets);
    const r = this.relPrefix(xml);
    const el = `<${P}sheet name="${escapeAttr(s.name)}" sheetId="${Math.max(0, ...ids) + 1}"${s.state !== "visible" ? ` state="${s.state}"` : ""}${r.declare ? ` xmlns:${r.prefix}="${this.flavor.rel}"` : ""} ${r.prefix}:id="${id}"/>`;
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
  removeTree(part) {
    for (const r of this.pkg.rels(part)) {
      if (r.external) continue;
      const target2 = resolveTarget(part, r.target);
      if (/^xl\/(drawings|charts)\//.test(target2) && this.pkg.has(target2)) this.removeTree(target2);
    }
    const rels = relsPathOf(part);
    if (this.pkg.has(rels)) this.pkg.remove(rels);
    this.pkg.remove(part);
    this.removeContentType(part);
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
    const P = prefixOf(rootTag(this.pkg.text(wb)));
    const d = `<${P}definedName name="${name}" hidden="1">${escapeText(`"${value.replace(/"/g, '""')}"`)}</${P}definedName>`;
    const xml = this.pkg.text(wb);
    const names = findTag(xml, "definedNames");
    if (names && names.kind === "open") {
      const close = xml.indexOf(`</${names.name}`, names.end);
      this.pkg.setText(wb, xml.slice(0, close) + d + xml.slice(close));
    } else if (names) {
      this.pkg.setText(wb, `${xml.slice(0, names.start)}<${names.name}>${d}</${names.name}>${xml.slice(names.end)}`);
    } else {
      this.pkg.setText(wb, insertWorkbookElement(xml, "definedNames", P ? `<${P}definedNames>${d}</${P}definedNames>` : `<definedNames>${d}</definedNames>`));
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
      const P = prefixOf(rootTag(xml));
      this.pkg.setText(this.wbPath, insertWorkbookElement(xml, "calcPr", P ? `<${P}calcPr fullCalcOnLoad="1"/>` : '<calcPr fullCalcOnLoad="1"/>'));
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

// src/core/changes.ts
function emptyChangeSet() {
  return { sheets: [], cells: [], charts: [], marks: [], clearMarks: false, log: [] };
}
__name(emptyChangeSet, "emptyChangeSet");

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

// src/core/recalc/change-log.ts
var CHANGE_LOG_SHEET = "saiken\u5909\u66F4\u5C65\u6B74";
var HEAD_ROWS = 2 + CHANGE_LOG_TEXT.lead.length;
var HEADER_ROW = HEAD_ROWS + 2;
var PRINT = { orientation: "portrait", area: `A1:E${HEAD_ROWS}`, fitToWidth: true };
var FORMAT_COLUMN = 5;
var RUN_COLUMN = 6;
var KIND_COLUMN = 7;
var KIND_OF_LABEL = new Map(Object.entries(CHANGE_LOG_TEXT.kinds).map(([k, label]) => [label, k]));
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
    const row = sheet.rows[r];
    if ([0, 1, 2, 3, 4].every((c) => row?.[c]?.value === CHANGE_LOG_TEXT.header[c])) return r;
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

// src/core/undo.ts
var text = /* @__PURE__ */ __name((v) => v === null || v === void 0 ? "" : typeof v === "object" ? v.error : String(v), "text");
function lastRun(rows) {
  const last = rows[rows.length - 1];
  if (!last || last.undone) return [];
  const same = last.run !== void 0 ? (r) => r.run === last.run : (r) => r.run === void 0 && r.time === last.time;
  let first = rows.length - 1;
  while (first > 0 && !rows[first - 1].undone && same(rows[first - 1])) first--;
  return rows.slice(first);
}
__name(lastRun, "lastRun");
function undoLastRecalc(wb, now) {
  const log = findChangeLog(wb);
  if (!log) return { ok: false, reason: "nothing" };
  const run = lastRun(readChangeLog(log));
  if (!run.length) return { ok: false, reason: "nothing" };
  const cs = emptyChangeSet();
  const seen = /* @__PURE__ */ new Set();
  for (const e of run) {
    const key = `${e.sheet}!${e.cell}`;
    const sheet = wb.sheets.find((s) => s.name === e.sheet);
    const { r, c } = parseA1(e.cell);
    const current = sheet?.rows[r]?.[c];
    const nowFormula = current?.formula !== void 0 ? `=${current.formula}` : void 0;
    if (!sheet) return { ok: false, reason: "missing-sheet", sheet: e.sheet, cell: e.cell };
    const value = current?.value;
    if (e.kind === "error" && nowFormula === void 0 && typeof value === "object" && value !== null && value.error === text(e.before)) {
      seen.add(key);
      continue;
    }
    if (nowFormula !== e.formula) return { ok: false, reason: "edited", sheet: e.sheet, cell: e.cell, now: nowFormula ?? text(current?.value) };
    if (seen.has(key)) continue;
    seen.add(key);
    const before = e.before;
    const numberFormat = e.format === void 0 ? {} : { numberFormat: e.format };
    const write = { sheet: e.sheet, cell: e.cell, ...numberFormat };
    switch (e.kind) {
      case "error":
        return { ok: false, reason: "unrestorable", sheet: e.sheet, cell: e.cell, before: text(before), kind: "error", log: log.name, row: e.row };
      case "formula":
        cs.cells.push(typeof before === "string" && before.startsWith("=") && before.length > 1 ? { ...write, formula: before.slice(1) } : { ...write, value: before });
        break;
      case "text":
        cs.cells.push({ ...write, value: text(before) });
        break;
      case "number":
      case "boolean":
        cs.cells.push({ ...write, value: before });
        break;
      case "empty":
        cs.cells.push({ ...write, value: null });
        break;
    }
  }
  const next = log.rows.length + 1;
  cs.cells.push({ sheet: log.name, cell: `A${next}`, value: now }, { sheet: log.name, cell: `E${next}`, value: CHANGE_LOG_TEXT.undone });
  const restored = run.map((e) => ({ sheet: e.sheet, cell: e.cell, before: e.before, formula: e.formula, kind: e.kind }));
  return { ok: true, changes: cs, restored };
}
__name(undoLastRecalc, "undoLastRecalc");
function undoRefusalMessage(undo) {
  switch (undo.reason) {
    case "nothing":
      return bilingual("undoNothing");
    case "edited":
      return undo.now === "" ? bilingual("undoEditedEmpty", { sheet: undo.sheet, cell: undo.cell }) : bilingual("undoEdited", { sheet: undo.sheet, cell: undo.cell, now: undo.now });
    case "missing-sheet":
      return bilingual("undoSheetMissing", { sheet: undo.sheet, cell: undo.cell });
    case "unrestorable":
      return bilingual("undoUnrestorable", { sheet: undo.sheet, cell: undo.cell, before: undo.before, kind: CHANGE_LOG_TEXT.kinds[undo.kind], kindEn: CHANGE_LOG_TEXT.kindsEn[undo.kind], log: undo.log, row: undo.row });
  }
}
__name(undoRefusalMessage, "undoRefusalMessage");

// src/cli/locale.ts
function cliLanguage(env = process.env) {
  for (const name of ["SAIKEN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (!value) continue;
    if (/^(C|POSIX)([._@].*)?$/i.test(value)) continue;
    return languageOf(value);
  }
  return "ja";
}
__name(cliLanguage, "cliLanguage");
function cliText(language) {
  return CLI_TEXT[language];
}
__name(cliText, "cliText");

// src/cli/output.ts
var import_promises2 = require("node:fs/promises");
var import_node_path2 = require("node:path");

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
  const target2 = (0, import_node_path2.resolve)(output);
  const info = await (0, import_promises2.stat)(output).catch(() => null);
  const isInput = check.inputs.some((f) => (0, import_node_path2.resolve)(f) === target2) || info !== null && await sameFileAs(info, check.inputs);
  if (isInput && !check.inPlace) throw new FileMessage(check.noInPlace ? t.outputIsInput(output) : t.refuseOverwrite(output));
  const folder = check.folders?.find((d) => isInside(target2, (0, import_node_path2.resolve)(d)));
  if (folder !== void 0) throw new FileMessage(t.outputInInputFolder(output, folder));
  if (info?.isDirectory()) throw new FileMessage(t.output(output, "is-folder", ""));
  const allowed = check.extensions ?? ANY_WORKBOOK;
  const ext = /\.([^./\\]+)$/.exec((0, import_node_path2.basename)(output))?.[1]?.toLowerCase();
  if (!ext || !allowed.includes(ext)) throw new FileMessage(t.outputExtension(output, allowed));
  if (info && (info.mode & 128) === 0) throw new FileMessage(t.outputReadOnly(output));
  if (!info) {
    const parent = await (0, import_promises2.stat)((0, import_node_path2.dirname)(target2)).catch((e) => Promise.reject(new FileMessage(t.output(output, osProblem(e), osDetail(e)))));
    if (!parent.isDirectory()) throw new FileMessage(t.output(output, "not-folder", ""));
  }
}
__name(checkOutput, "checkOutput");
async function sameFileAs(output, inputs) {
  for (const f of inputs) {
    const info = await (0, import_promises2.stat)(f).catch(() => null);
    if (info && info.ino === output.ino && info.dev === output.dev && info.isFile()) return true;
  }
  return false;
}
__name(sameFileAs, "sameFileAs");
function isInside(path, folder) {
  const r = (0, import_node_path2.relative)(folder, path);
  return r !== "" && !r.startsWith("..") && !(0, import_node_path2.isAbsolute)(r);
}
__name(isInside, "isInside");
async function writeAtomically(path, data, language) {
  const tmp = (0, import_node_path2.join)((0, import_node_path2.dirname)((0, import_node_path2.resolve)(path)), `.${(0, import_node_path2.basename)(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await (0, import_promises2.writeFile)(tmp, data);
    await (0, import_promises2.rename)(tmp, path);
  } catch (e) {
    await (0, import_promises2.rm)(tmp, { force: true }).catch(() => void 0);
    throw new FileMessage(cliText(language).output(path, osProblem(e), osDetail(e)));
  }
}
__name(writeAtomically, "writeAtomically");

// src/cli/undo.ts
function localNow() {
  const d = /* @__PURE__ */ new Date();
  const p = /* @__PURE__ */ __name((n) => String(n).padStart(2, "0"), "p");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
__name(localNow, "localNow");
function registerUndo(program, io, exit, now = localNow) {
  program.command("undo").description("\u76F4\u524D\u306E\u518D\u8A08\u7B97\u3092\u5909\u66F4\u5C65\u6B74\u304B\u3089\u5143\u306B\u623B\u3059 / undo the last recalculation from the change log").argument("<book.xlsx>").requiredOption("-o, --output <out.xlsx>", "\u51FA\u529B\u5148 / output workbook").option("--in-place", "\u5165\u529B\u30D5\u30A1\u30A4\u30EB\u3092\u4E0A\u66F8\u304D\u3059\u308B / allow overwriting the input").action(async (file, opts) => {
    const language = cliLanguage(io.env ?? process.env);
    try {
      await checkOutput(opts.output, { inputs: [file], inPlace: opts.inPlace, language });
    } catch (e) {
      if (!isFileMessage(e)) throw e;
      io.err(e.message);
      return exit(2);
    }
    const { data, wb } = await readBookFile(file, (0, import_node_path3.basename)(file)).catch((e) => {
      throw e instanceof ReadError && e.reason === "not-found" ? new ReadError("not-found", file) : e;
    });
    const undo = undoLastRecalc(wb, now());
    if (!undo.ok) {
      const m = undoRefusalMessage(undo);
      io.err(`${file}: ${m.ja}
${m.en}`);
      return exit(2);
    }
    const written = writeWorkbook(data, undo.changes, wb, (0, import_node_path3.basename)(file), { outputName: (0, import_node_path3.basename)(opts.output), codec: nodeCodec });
    try {
      await writeAtomically(opts.output, written.data, language);
    } catch (e) {
      if (!isFileMessage(e)) throw e;
      io.err(e.message);
      return exit(2);
    }
    io.out(bilingual("outcomeUndo", { cells: undo.restored.length }).ja);
    exit(0);
  });
}
__name(registerUndo, "registerUndo");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  registerUndo
});
