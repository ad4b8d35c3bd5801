// Findings grouped under their table, as the command line's text and the pane's list show them.
import { groupByTable } from '../../src/core/by-table';

const tables = [
  { sheet: '表一', bottom: 9 }, // rows 1–10
  { sheet: '表一', bottom: 29 }, // rows 12–30
  { sheet: '表二', bottom: 4 },
];
const at = (sheet: string, cell: string) => ({ sheet, cell });

test.each([
  ['the info block above a table belongs to it', at('表一', 'C2'), 0],
  ['a row inside the first table', at('表一', 'E10'), 0],
  ['the budget lines between two tables belong to the one below', at('表一', 'B11'), 1],
  ['the last row of the second table', at('表一', 'AA30'), 1],
  ['a total row below every table goes to the sheet’s last table, never lost', at('表一', 'H40'), 1],
  ['tables of another sheet are not considered', at('表二', 'D3'), 2],
  ['a sheet without tables', at('表三', 'A1'), -1],
])('%s', (_, finding, expected) => {
  expect([...groupByTable(tables, [finding]).keys()]).toEqual([expected]);
});

test('each table keeps its findings in the order given', () => {
  const findings = [at('表一', 'B3'), at('表一', 'B15'), at('表一', 'C3'), at('表二', 'A1'), at('表一', 'B12')];
  const groups = groupByTable(tables, findings);
  expect(groups.get(0)).toEqual([findings[0], findings[2]]);
  expect(groups.get(1)).toEqual([findings[1], findings[4]]);
  expect(groups.get(2)).toEqual([findings[3]]);
});
