// What the workbook keeps of the pane's history: the newest steps within the budget, and nothing it cannot read back.
import type { CellChange } from '../../src/core/plan';
import { EMPTY_HISTORY, fromStored, toStored, type UndoStep } from '../../src/taskpane/history';

const step = (label: string, cells: number): UndoStep => ({
  label,
  sheetId: '{S1}',
  unmerge: [],
  changes: Array.from({ length: cells }, (_, i): CellChange => ({
    sheet: '表1',
    cell: `A${i + 1}`,
    from: '100',
    to: '≥100人',
    fromValue: '100',
    toValue: '≥100人',
    fromFormat: null,
    toFormat: null,
    checks: ['missing-operator'],
  })),
});

test('the newest steps that fit are kept, oldest dropped first; the highlight always', () => {
  const history = {
    // Steps stored before undo kept widths and fonts have neither; a 自评 step has both.
    undo: [
      step('自动修正', 2000),
      step('修正 E23', 1),
      { ...step('自评', 200), widths: [[9, 48]] as [number, number][], fonts: [['H5', 'Calibri', 11]] as [string, string, number][] },
    ],
    highlight: { sheetId: '{S1}', fills: [['E14', '#C6EFCE']] as [string, string | null][] },
  };
  const all = toStored(history, 1_000_000);
  expect(all.kept).toBe(3);
  expect(fromStored(JSON.parse(JSON.stringify(all.stored)))).toEqual(history);
  const small = toStored(history, JSON.stringify(toStored({ ...history, undo: history.undo.slice(1) }).stored).length);
  expect([small.kept, small.stored.undo.map((s) => s.label), small.stored.highlight]).toEqual([2, ['修正 E23', '自评'], history.highlight]);
});

test.each([
  ['nothing stored', null],
  ['another version', { version: 2, undo: [], highlight: null }],
  ['a damaged step', { version: 1, undo: [{ label: '自评' }], highlight: null }],
  ['a step with damaged fonts', { version: 1, undo: [{ label: '自评', sheetId: '{S1}', changes: [], unmerge: [], fonts: 'H5' }], highlight: null }],
  ['not an object', '自动修正'],
])('%s reads as an empty history', (_, stored) => {
  expect(fromStored(stored)).toEqual(EMPTY_HISTORY);
});
