/** A SheetSource that records which sheets are read, in order: a command reading a sheet at a time reads each once. */
import type { Sheet, SheetSource } from '../../src/core/workbook';

export function counted(source: SheetSource): { source: SheetSource; reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    source: {
      ...source,
      read: (i: number): Sheet => {
        reads.push(source.sheets[i].name);
        return source.read(i);
      },
    },
  };
}
