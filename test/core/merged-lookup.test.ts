/**
 * The merged-area lookup both hosts' write check and 再計算 share: a cell inside a merged area
 * other than its top-left one is found, with the area as messages name it; the top-left cell and
 * cells outside every area are not.
 */
import { mergeIndex, mergedAreaAt, mergedWrite } from '../../src/core/merged-writes';
import { emptyChangeSet } from '../../src/core/changes';
import { areaA1, parseA1, parseArea, type Workbook } from '../../src/core/workbook';

const at = (index: ReturnType<typeof mergeIndex>, cell: string) => {
  const { r, c } = parseA1(cell);
  const m = mergedAreaAt(index, r, c);
  return m ? areaA1(m) : undefined;
};

describe('mergedAreaAt', () => {
  const index = mergeIndex([parseArea('G8:G9'), parseArea('B2:D3'), parseArea('F1:F1')]);

  test('the top-left (anchor) cell of an area is not inside it', () => {
    expect(at(index, 'G8')).toBeUndefined();
    expect(at(index, 'B2')).toBeUndefined();
  });

  test('a cell inside an area off its top-left names that area', () => {
    expect(at(index, 'G9')).toBe('G8:G9');
    expect(at(index, 'C2')).toBe('B2:D3');
    expect(at(index, 'B3')).toBe('B2:D3');
    expect(at(index, 'D3')).toBe('B2:D3');
  });

  test('cells outside every area, and a one-cell area, are not inside', () => {
    for (const cell of ['G7', 'G10', 'H8', 'A2', 'E2', 'C1', 'C4', 'F1']) expect(at(index, cell)).toBeUndefined();
  });

  test('no merges: nothing is inside', () => {
    expect(at(mergeIndex([]), 'A1')).toBeUndefined();
  });
});

describe('mergedWrite through the lookup', () => {
  const wb: Workbook = { sheets: [{ name: 'S', rows: [], merges: [parseArea('B2:D3')], hidden: false }] };

  test('the first write inside an area off its anchor is reported with the area', () => {
    const cs = emptyChangeSet();
    cs.cells.push({ sheet: 'S', cell: 'B2', value: 1 }, { sheet: 'S', cell: 'E5', value: 2 }, { sheet: 'S', cell: 'C3', formula: 'B2' });
    expect(mergedWrite(cs, wb)).toEqual({ sheet: 'S', cell: 'C3', area: 'B2:D3' });
  });

  test('a format-only write inside an area, or a write on a replaced sheet, is not refused', () => {
    const cs = emptyChangeSet();
    cs.cells.push({ sheet: 'S', cell: 'C3', numberFormat: '0' });
    expect(mergedWrite(cs, wb)).toBeNull();
    const replaced = emptyChangeSet();
    replaced.sheets.push({ name: 'S', mode: 'replace', state: 'visible' });
    replaced.cells.push({ sheet: 'S', cell: 'C3', value: 1 });
    expect(mergedWrite(replaced, wb)).toBeNull();
  });
});
