/**
 * Answers about a text, kept per distinct text: the same names and header words fill every row
 * of a plan. Only short texts are kept (notes and prose are answered afresh) and the store is
 * emptied when it fills, so whatever a workbook holds, the memo stays small.
 */
const MAX_ENTRIES = 50_000;

export function memoText<T>(answer: (text: string) => T, maxLength = 200): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (text.length > maxLength) return answer(text);
    // One lookup when the answer is known (an answer may be undefined: then a second one tells).
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    const out = answer(text);
    if (answers.size >= MAX_ENTRIES) answers.clear();
    answers.set(text, out);
    return out;
  };
}
