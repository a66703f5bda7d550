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
    if (answers.has(text)) return answers.get(text) as T;
    const out = answer(text);
    if (answers.size >= MAX_ENTRIES) answers.clear();
    answers.set(text, out);
    return out;
  };
}
