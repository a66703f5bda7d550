/**
 * Text the engine writes into workbooks (sheet headers, labels), Japanese: plans are Japanese
 * documents whatever the reader's display language.
 */
export const CHANGE_LOG_TEXT = {
  header: ['日時', 'シート', 'セル', '変更前の値', '書き込んだ数式'],
};
