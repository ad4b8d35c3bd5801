// Issue "The add-in in real Excel", item 1: every action after 检查 goes to the sheet that was checked, by its id, and
// never over what the user wrote since. The real Session and adapter on the in-memory Excel, two sheets open.
import { excelPort, memoryStore } from '../../src/taskpane/port';
import { Session, SessionError } from '../../src/taskpane/session';
import { pointsOfWidth } from '../../src/excel/adapter';
import { DEFAULT_COLUMN_POINTS, DEFAULT_FONT, type FakeExcel, type FakeSheet } from '../../src/workbench/fake-excel';
import { fakeExcelFromGrids } from '../../src/workbench/from-grid';
import { displayText } from '../../src/xlsx/display';
import { DEFAULT_SETTINGS } from '../../src/core/check';
import { checkSheet } from '../../src/core/engine';
import { planEvaluationOf } from '../../src/core/evaluation-plan';
import { a1, parseA1 } from '../../src/core/grid';
import { seedGrids } from '../support/seed';

const NOTES = { name: '说明', values: [['填报说明'], ['90'], ['=1次']], merges: [] };

async function twoSheets(): Promise<{ excel: FakeExcel; session: Session; table: FakeSheet; notes: FakeSheet }> {
  const [grid] = await seedGrids('004');
  const excel = fakeExcelFromGrids([grid, NOTES], displayText, 0);
  const port = excelPort((batch) => excel.run((context) => batch(context as unknown as Excel.RequestContext)), memoryStore());
  return { excel, session: new Session(port, DEFAULT_SETTINGS), table: excel.sheets[0], notes: excel.sheets[1] };
}

const snapshot = (sheet: FakeSheet) => JSON.stringify([...sheet.cells].sort(), null, 0) + JSON.stringify(sheet.merges);
const valueOf = (sheet: FakeSheet, cell: string) => sheet.cells.get(cell)?.value ?? null;

test('fixes and their undo go to the checked sheet after the user switched to another one', async () => {
  const { excel, session, table, notes } = await twoSheets();
  const original = snapshot(table);
  const notesBefore = snapshot(notes);
  const { report } = await session.check();
  excel.activate(1);

  expect(await session.applySafeFixes()).toBeGreaterThan(0);
  expect(valueOf(table, 'E14')).toBe('≤2万元');
  const suggestion = report.findings.find((f) => f.fix && !f.fix.safe && f.fix.unmerge === undefined)!;
  await session.applyFix(suggestion);
  expect(snapshot(notes)).toBe(notesBefore);

  await session.undo();
  await session.undo();
  expect(snapshot(table)).toBe(original);
  expect(snapshot(notes)).toBe(notesBefore);
  expect(excel.activeSheet).toBe(notes);
});

test('renaming the checked sheet does not lose it: writes follow its id', async () => {
  const { session, table } = await twoSheets();
  await session.check();
  table.name = '改名后的自评表';
  expect(await session.applySafeFixes()).toBeGreaterThan(0);
  expect(valueOf(table, 'E14')).toBe('≤2万元');
});

test('a suggestion whose cell the user changed after the check is refused, and nothing is written', async () => {
  const { session, table } = await twoSheets();
  const { report } = await session.check();
  const suggestion = report.findings.find((f) => f.fix && !f.fix.also)!;
  table.cells.set(suggestion.fix!.cell, { value: '用户刚改的', format: null, fill: null });
  const before = snapshot(table);
  await expect(session.applyFix(suggestion)).rejects.toThrow(
    new SessionError(`${suggestion.fix!.cell} 现在是“用户刚改的”，检查时是“${suggestion.fix!.from}”：检查之后已有改动，这条修正没有写入。请重新检查。`),
  );
  expect(snapshot(table)).toBe(before);
  expect(session.undoLabel).toBeNull();
});

test('undo keeps what the user wrote after the fix, restores the rest, and says which cells it kept', async () => {
  const { session, table } = await twoSheets();
  await session.check();
  await session.applySafeFixes();
  table.cells.set('E14', { value: '≤1.8万元', format: null, fill: null });
  const undone = await session.undo();
  expect(undone).toEqual({ label: '自动修正', kept: ['E14'] });
  expect(valueOf(table, 'E14')).toBe('≤1.8万元');
  // Another fixed cell is back to what it was: seed 004's "1" for a rate.
  const [seed] = await seedGrids('004');
  expect(valueOf(table, 'F13')).toBe(seed.values[12][5]);
  expect(table.cells.get('F13')?.format ?? null).toBe(seed.numberFormats?.[12]?.[5] ?? null);
});

describe('a fix that split a merge (seed 004 B18, 满意度 placed under 效益指标 in the merged B15:B18)', () => {
  async function splitFix() {
    const sheets = await twoSheets();
    const { report } = await sheets.session.check();
    const finding = report.findings.find((f) => f.check === 'hierarchy-parent' && f.fix?.unmerge === 'B15:B18')!;
    await sheets.session.applyFix(finding);
    const merged = (sheet: FakeSheet) => sheet.merges.some((m) => m.top === 14 && m.left === 1 && m.bottom === 17 && m.right === 1);
    expect(merged(sheets.table)).toBe(false);
    return { ...sheets, merged };
  }

  test('is merged again on undo', async () => {
    const { session, table, merged } = await splitFix();
    const before = snapshot(table);
    expect(await session.undo()).toEqual({ label: '修正 B18', kept: [] });
    expect(merged(table)).toBe(true);
    expect(snapshot(table)).not.toBe(before);
  });

  test('is left split where the user has since written into it: merging would delete what they wrote', async () => {
    const { session, table, merged } = await splitFix();
    table.cells.set('B16', { value: '产出指标', format: null, fill: null });
    expect(await session.undo()).toEqual({ label: '修正 B18', kept: ['B15:B18'] });
    expect(merged(table)).toBe(false);
    expect(valueOf(table, 'B16')).toBe('产出指标');
  });
});

test('the checked sheet deleted before an action: a sentence, nothing written anywhere', async () => {
  const { excel, session, notes } = await twoSheets();
  await session.check();
  excel.sheets.splice(0, 1);
  excel.activate(0);
  const before = snapshot(notes);
  await expect(session.applySafeFixes()).rejects.toThrow('检查过的工作表“部门整体支出绩效自评表”已不存在');
  expect(snapshot(notes)).toBe(before);
});

test('selecting a finding brings the checked sheet to the front; highlights are cleared where they were set', async () => {
  const { excel, session, table, notes } = await twoSheets();
  const { report } = await session.check();
  excel.activate(1);
  await session.highlight(report.findings.map((f) => f.cell));
  expect(table.cells.get('E23')?.fill).toBe('#FFE699');
  expect([...notes.cells.values()].some((cell) => cell.fill !== null)).toBe(false);
  await session.clearHighlight();
  expect([...table.cells.values()].some((cell) => cell.fill !== null)).toBe(false);
  await session.select('E23');
  expect([excel.activeSheet, table.selected]).toEqual([table, 'E23:E23']);
});

test('a write that fails part way is still recorded: undo restores what was written and nothing else', async () => {
  const [grid] = await seedGrids('004');
  const excel = fakeExcelFromGrids([grid], displayText);
  const port = excelPort((batch) => excel.run((context) => batch(context as unknown as Excel.RequestContext)), memoryStore());
  // Once: the first 10 cells reach the sheet, then the connection drops (a large edit goes in several requests).
  let dropped = false;
  const failing = {
    ...port,
    apply: async (sheetId: string, edit: Parameters<typeof port.apply>[1]) => {
      if (dropped) return port.apply(sheetId, edit);
      dropped = true;
      await port.apply(sheetId, { ...edit, changes: edit.changes?.slice(0, 10) });
      throw new Error('GeneralException: 网络中断');
    },
  };
  const session = new Session(failing, DEFAULT_SETTINGS);
  const table = excel.sheets[0];
  const original = snapshot(table);
  await session.check();
  await expect(session.applySafeFixes()).rejects.toThrow('写入没有完成（GeneralException: 网络中断）。已写入的部分可以用“撤销”还原。');
  expect(snapshot(table)).not.toBe(original);
  expect(session.undoLabel).toBe('自动修正（未完成）');
  expect(await session.undo()).toEqual({ label: '自动修正（未完成）', kept: [] });
  expect(snapshot(table)).toBe(original);
});

describe('the history survives the pane: a new session on the same workbook finds it', () => {
  async function reopened() {
    const [grid] = await seedGrids('004');
    const excel = fakeExcelFromGrids([grid], displayText);
    const store = memoryStore();
    const open = () =>
      new Session(
        excelPort((batch) => excel.run((context) => batch(context as unknown as Excel.RequestContext)), store),
        DEFAULT_SETTINGS,
      );
    return { excel, table: excel.sheets[0], open };
  }

  test('fixes applied before the pane was closed can be undone after it is opened again', async () => {
    const { table, open } = await reopened();
    const original = snapshot(table);
    const first = open();
    await first.check();
    await first.applySafeFixes();
    expect(first.undoSteps).toEqual({ count: 1, kept: 1 });

    const second = open();
    expect([second.undoLabel, second.undoSteps]).toEqual(['自动修正', { count: 1, kept: 1 }]);
    await second.undo();
    expect(snapshot(table)).toBe(original);
    expect(open().undoLabel).toBeNull();
  });

  test("a highlight left by a closed pane is cleared by the next one, the user's own fills put back", async () => {
    const { table, open } = await reopened();
    table.cells.set('E14', { ...table.cells.get('E14')!, fill: '#C6EFCE' });
    const first = open();
    const { report } = await first.check();
    await first.highlight(report.findings.map((f) => f.cell));
    expect(table.cells.get('E14')?.fill).toBe('#FFE699');

    const second = open();
    expect(second.isHighlighted).toBe(true);
    await second.clearHighlight();
    expect(table.cells.get('E14')?.fill).toBe('#C6EFCE');
    expect([...table.cells.values()].filter((cell) => cell.fill === '#FFE699')).toEqual([]);
  });
});

test('自评 widens the columns it opens where their text needs it, never narrows one, and undo puts the widths back', async () => {
  const { excel, session, table } = await twoSheets();
  await session.check();
  const [grid] = await seedGrids('004');
  const planned = new Map((planEvaluationOf(grid, checkSheet(grid, DEFAULT_SETTINGS)).plan.widths ?? []).map((w) => [w.column, w.width]));
  const width = (col: number) => table.columnWidths?.get(col) ?? DEFAULT_COLUMN_POINTS;
  const syncs = excel.syncCount;
  await session.evaluate();
  // Read, the opened columns' widths, write: a constant number of syncs whatever the sheet's size.
  expect(excel.syncCount - syncs).toBe(3);
  // H 完成率 and I 得分 hold short text that fits Excel's default width; J 偏差原因提示 holds sentences.
  expect([...planned.keys()]).toEqual([7, 8, 9]);
  expect([width(7), width(8)]).toEqual([DEFAULT_COLUMN_POINTS, DEFAULT_COLUMN_POINTS]);
  expect(width(9)).toBe(pointsOfWidth(planned.get(9)!));
  expect(width(9)).toBeGreaterThan(DEFAULT_COLUMN_POINTS * 3);

  await session.undo();
  expect(width(9)).toBe(DEFAULT_COLUMN_POINTS);

  // A column the user had already made wider keeps its width.
  table.columnWidths = new Map([[9, 400]]);
  await session.check();
  await session.evaluate();
  expect(width(9)).toBe(400);
});

test("自评 gives the cells it writes into new columns the font name and size of the table's cell beside them, row by row, and undo puts the old fonts back", async () => {
  const { excel, session, table } = await twoSheets();
  await session.check();
  const [grid] = await seedGrids('004');
  const { plan } = planEvaluationOf(grid, checkSheet(grid, DEFAULT_SETTINGS));
  const opened = new Set((plan.widths ?? []).map((w) => w.column));
  const written = plan.changes.map((c) => c.cell).filter((cell) => opened.has(parseA1(cell).col));
  const rows = new Set(written.map((cell) => parseA1(cell).row));
  // The table ends in G: its header rows set in 黑体 12, every other row in 仿宋_GB2312 10 (Excel's default elsewhere).
  const headers = new Set(plan.changes.filter((c) => c.toValue === '完成率' || c.toValue === '执行率').map((c) => parseA1(c.cell).row));
  const tableFont = (row: number) => (headers.has(row) ? { name: '黑体', size: 12 } : { name: '仿宋_GB2312', size: 10 });
  for (const row of rows) table.cells.set(a1(row, 6), { ...excel.cell(table, a1(row, 6)), font: tableFont(row) });
  // An empty cell of a new column that already had a font of its own.
  table.cells.set('H12', { ...excel.cell(table, 'H12'), font: { name: '楷体', size: 14 } });
  const fontOf = (cell: string) => table.cells.get(cell)?.font ?? DEFAULT_FONT;
  const fonts = () => new Map([...table.cells.keys()].map((cell) => [cell, fontOf(cell)]));
  const before = fonts();

  const syncs = excel.syncCount;
  await session.evaluate();
  // Read; the opened columns' widths and the fonts beside them, in one; write.
  expect(excel.syncCount - syncs).toBe(3);
  expect([...opened]).toEqual([7, 8, 9]);
  expect(written).toEqual(expect.arrayContaining(['H11', 'I12', 'J17', 'H5', 'I107', 'J107']));
  for (const cell of written) expect([cell, fontOf(cell)]).toEqual([cell, tableFont(parseA1(cell).row)]);
  // Nothing else changed its font.
  const after = fonts();
  expect([...before].filter(([cell, font]) => JSON.stringify(after.get(cell)) !== JSON.stringify(font)).map(([cell]) => cell)).toEqual(['H12']);

  // The user answers one prompt before undoing: that cell keeps what they wrote, in the font it was written in.
  table.cells.set('J17', { ...excel.cell(table, 'J17'), value: '已于次年补充开展' });
  expect(await session.undo()).toEqual({ label: '自评', kept: ['J17'] });
  expect(fontOf('J17')).toEqual({ name: '仿宋_GB2312', size: 10 });
  const undone = [...table.cells.keys()].filter((cell) => cell !== 'J17');
  expect(new Map(undone.map((cell) => [cell, fontOf(cell)]))).toEqual(new Map(undone.map((cell) => [cell, before.get(cell) ?? DEFAULT_FONT])));
  expect(fontOf('H12')).toEqual({ name: '楷体', size: 14 });
});

test('a fix or a self-evaluation never writes over a formula: the cell is left, and the pane says so', async () => {
  const { session, table } = await twoSheets();
  // E14 "≤2万" is the result of a formula here; H14, where 自评 would write the rate, holds a formula showing nothing.
  table.cells.set('E14', { ...table.cells.get('E14')!, formula: '="≤2万"' });
  table.cells.set('H14', { value: null, format: null, fill: null, formula: '=IF(F14="","",F14/2)' });
  const { report } = await session.check();
  const preview = session.previewSafeFixes();
  expect(preview.formulaCells).toEqual([{ sheet: '部门整体支出绩效自评表', cell: 'E14' }]);
  expect(preview.changes.map((c) => c.cell)).not.toContain('E14');
  expect(await session.applySafeFixes(preview)).toBe(preview.changes.length);
  expect(table.cells.get('E14')).toMatchObject({ value: '≤2万', formula: '="≤2万"' });

  const onFormula = report.findings.find((f) => f.fix?.cell === 'E14')!;
  await expect(session.applyFix(onFormula)).rejects.toThrow(
    new SessionError('E14 是公式单元格，这条修正没有写入：常量会取代公式。请在 Excel 中修改公式或它引用的单元格。'),
  );

  await session.evaluate();
  expect(table.cells.get('H14')).toMatchObject({ value: null, formula: '=IF(F14="","",F14/2)' });
  // Column H is not free (its formula), so the new columns open right of it.
  expect(['H11', 'I11', 'I13'].map((cell) => valueOf(table, cell))).toEqual([null, '完成率', 1]);
});
