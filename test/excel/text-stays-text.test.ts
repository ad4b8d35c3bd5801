// Issue "The add-in in real Excel", item 2: whatever the pane writes arrives in Excel as the text that was meant. The
// stand-in stores strings as Excel does (a string is read as if typed), so these fail if the adapter writes raw text.
import type { CellValue } from '../../src/core/grid';
import type { CellChange } from '../../src/core/plan';
import { applyEdit, asTyped, readSheet } from '../../src/excel/adapter';
import { storedInput } from '../../src/workbench/excel-input';
import { fakeExcelFromGrids } from '../../src/workbench/from-grid';
import { displayText } from '../../src/xlsx/display';

describe('the stand-in stores typed text as Excel does', () => {
  // typed, the value stored, the number format typing sets, whether the cell then holds a formula
  test.each([
    ['=100%', 1, undefined, true],
    ['=1次', '#NAME?', undefined, true],
    ['@总分', '#NAME?', undefined, true],
    ['-', '-', undefined, false],
    ['-偏差', '#NAME?', undefined, true],
    ['90', 90, undefined, false],
    ['１００', 100, undefined, false],
    ['-1,250.5', -1250.5, undefined, false],
    ['90%', 0.9, '0%', false],
    ['¥1200', 1200, '¥#,##0.00', false],
    ['2026-12-31', 46387, 'yyyy/m/d', false],
    ['2026年12月31日', 46387, 'yyyy/m/d', false],
    ['TRUE', true, undefined, false],
    ["'=100%", '=100%', undefined, false],
    ['≥90%', '≥90%', undefined, false],
    ['＝100%', 1, undefined, true],
    ['2026年12月31日前', '2026年12月31日前', undefined, false],
    ['90100', 90100, undefined, false],
    ['', null, undefined, false],
  ])('%p is stored as %p', (typed, value, format, isFormula) => {
    const { formula, ...stored } = storedInput(typed, 2026);
    expect(stored).toEqual(format === undefined ? { value } : { value, format });
    expect(formula !== undefined).toBe(isFormula);
  });
});

describe('the adapter writes text that Excel would read as something else with an apostrophe', () => {
  test.each([
    ['=100%', "'=100%"],
    ['=1次', "'=1次"],
    ['90', "'90"],
    ['≥90%', "'≥90%"],
    ['2026-12-31', "'2026-12-31"],
    ['偏差原因提示', '偏差原因提示'],
    ['未完全达成，请说明原因', '未完全达成，请说明原因'],
    [0.9, 0.9],
    ['', ''],
    [null, null],
  ])('%p → %p', (value, written) => {
    expect(asTyped(value)).toBe(written);
  });

  const change = (cell: string, fromValue: CellValue, toValue: CellValue): CellChange => ({
    sheet: '表1',
    cell,
    from: String(fromValue ?? ''),
    to: String(toValue ?? ''),
    fromValue,
    toValue,
    fromFormat: null,
    toFormat: null,
    checks: ['test'],
  });

  test('fixes with the half-width operators and their undo read back exactly as written', async () => {
    // The user's own text "90" (a text cell) and "-" must come back as text after an undo, not as a number or formula.
    const excel = fakeExcelFromGrids([{ name: '表1', values: [['90', '-', '1次/年', '2026-12-31']], merges: [] }], displayText);
    const context = await excel.run(async (ctx) => ctx as unknown as Excel.RequestContext);
    const changes = [change('A1', '90', '=90%'), change('B1', '-', '=1次'), change('C1', '1次/年', '+1次/年'), change('D1', '2026-12-31', '≤2026-12-31')];
    await applyEdit(context, excel.activeSheet.id, { changes });
    expect((await readSheet(context, null)).grid.values[0]).toEqual(['=90%', '=1次', '+1次/年', '≤2026-12-31']);
    await applyEdit(context, excel.activeSheet.id, { changes: changes.map((c) => change(c.cell, c.toValue, c.fromValue)) });
    expect((await readSheet(context, null)).grid.values[0]).toEqual(['90', '-', '1次/年', '2026-12-31']);
  });
});
