// The Office.js adapter against the strict in-memory Excel: one sync to read, one to write, whatever the sheet size.
import { checkSheet } from '../../src/core/engine';
import { planEvaluation } from '../../src/core/evaluation-plan';
import { a1, type SheetGrid } from '../../src/core/grid';
import { planSheet, type CellChange } from '../../src/core/plan';
import { applyEdit, editOfPlan, readColumnsAndFonts, readSheet, readFills, selectCell } from '../../src/excel/adapter';
import type { FakeExcel } from '../../src/workbench/fake-excel';
import { fakeExcelFromGrids } from '../../src/workbench/from-grid';
import { displayText as display } from '../../src/xlsx/display';
import { mergeArea, undoEdit } from '../support/grid';
import { seedGrids } from '../support/seed';

const context = (excel: FakeExcel) => excel.run(async (ctx) => ctx as unknown as Excel.RequestContext);

async function seedExcel(id: '000' | '004'): Promise<{ excel: FakeExcel; grid: SheetGrid }> {
  const [grid] = await seedGrids(id);
  return { excel: fakeExcelFromGrids([grid], display), grid };
}

test('reads the active sheet in one sync into the same grid the file reader gives: same tables, same findings', async () => {
  const { excel, grid } = await seedExcel('004');
  const snapshot = await readSheet(await context(excel), null);
  expect(excel.syncCount).toBe(1);
  expect(snapshot.grid.merges).toHaveLength(grid.merges.length);
  const fromExcel = checkSheet(snapshot.grid).findings.map((f) => `${f.cell} ${f.check}`);
  const fromFile = checkSheet(grid).findings.map((f) => `${f.cell} ${f.check}`);
  expect(fromExcel).toEqual(fromFile);
  expect(snapshot.grid.text?.[12][5]).toBe('0.8');
});

test('the cells holding formulas are read in the same sync, as areas the plans leave alone', async () => {
  const { excel } = await seedExcel('004');
  const sheet = excel.activeSheet;
  for (const cell of ['I12', 'I13', 'E14']) sheet.cells.set(cell, { value: 1, format: null, fill: null, ...sheet.cells.get(cell), formula: '=1' });
  const snapshot = await readSheet(await context(excel), null);
  expect(excel.syncCount).toBe(1);
  expect([...snapshot.grid.formulas!].sort((a, b) => a.top - b.top || a.left - b.left)).toEqual([
    { top: 11, left: 8, bottom: 11, right: 8 },
    { top: 12, left: 8, bottom: 12, right: 8 },
    { top: 13, left: 4, bottom: 13, right: 4 },
  ]);
  expect(planSheet(snapshot.grid, { all: false }).formulaCells?.map((c) => c.cell)).toEqual(['E14']);
});

test('applies a fix plan in one sync, and its undo in one more, restoring every value and format', async () => {
  const { excel, grid } = await seedExcel('004');
  const plan = planSheet(grid, { all: true });
  const ctx = await context(excel);
  expect(await applyEdit(ctx, excel.activeSheet.id, editOfPlan(plan))).toBe(1);
  expect(excel.syncCount).toBe(1);
  const sheet = excel.activeSheet;
  expect(sheet.cells.get('E23')?.value).toBe('≤15万元');
  expect(sheet.cells.get('F13')).toMatchObject({ value: 0.8, format: '0%' });
  expect(sheet.merges.some((m) => a1(m.top, m.left) === 'B15')).toBe(false);

  await applyEdit(ctx, excel.activeSheet.id, undoEdit(plan));
  expect(excel.syncCount).toBe(2);
  const restored = await readSheet(ctx, null);
  expect(checkSheet(restored.grid).findings.map((f) => f.cell)).toEqual(checkSheet(grid).findings.map((f) => f.cell));
  expect(sheet.cells.get('F13')).toMatchObject({ value: 0.8, format: null });
  expect(sheet.cells.get('B18')?.value ?? null).toBeNull();
});

describe('a 5,000-row sheet', () => {
  function bigExcel(): FakeExcel {
    const rows: (string | number | null)[][] = [['一级指标', '二级指标', '三级指标', '指标值', '实际完成值']];
    for (let i = 0; i < 5000; i++) rows.push([i % 50 === 0 ? '产出指标' : null, '数量指标', `培训人数${i}`, '≥100人', `${90 + (i % 20)}人`]);
    return fakeExcelFromGrids([{ name: '自评表', values: rows, merges: [] }], display);
  }

  test('is read in one sync and its evaluation columns written in one', async () => {
    const excel = bigExcel();
    const ctx = await context(excel);
    const { grid } = await readSheet(ctx, null);
    expect(excel.syncCount).toBe(1);
    const changes: CellChange[] = grid.values.slice(1).flatMap((_, i) => [
      { sheet: '自评表', cell: a1(i + 1, 5), from: '', to: '90%', fromValue: null, toValue: 0.9, fromFormat: null, toFormat: '0.00%', checks: ['evaluate'] },
      { sheet: '自评表', cell: a1(i + 1, 6), from: '', to: '9', fromValue: null, toValue: 9, fromFormat: null, toFormat: '0.00', checks: ['evaluate'] },
    ]);
    expect(await applyEdit(ctx, excel.activeSheet.id, { changes })).toBe(1);
    expect(excel.syncCount).toBe(2);
    expect(excel.activeSheet.cells.get('G5001')).toMatchObject({ value: 9, format: '0.00' });
  });

  test("highlighting every flagged cell and clearing it again: reading the user's fills is one sync, each write one", async () => {
    const excel = bigExcel();
    excel.activeSheet.cells.set('D2', { value: '≥100人', format: null, fill: '#C6EFCE' });
    const ctx = await context(excel);
    const cells = Array.from({ length: 5000 }, (_, i) => `D${i + 2}`);
    const before = await readFills(ctx, excel.activeSheet.id, cells);
    expect(excel.syncCount).toBe(1);
    await applyEdit(ctx, excel.activeSheet.id, { fills: [{ cells, color: '#FFE699' }] });
    expect(excel.activeSheet.cells.get('D3')?.fill).toBe('#FFE699');
    const userFilled = [...before].filter(([, colour]) => colour !== null).map(([cell]) => cell);
    expect(userFilled).toEqual(['D2']);
    const unfilled = cells.filter((cell) => !userFilled.includes(cell));
    await applyEdit(ctx, excel.activeSheet.id, {
      fills: [
        { cells: userFilled, color: '#C6EFCE' },
        { cells: unfilled, color: null },
      ],
    });
    expect(excel.activeSheet.cells.get('D2')?.fill).toBe('#C6EFCE');
    expect(excel.activeSheet.cells.get('D3')?.fill).toBeNull();
    expect(excel.syncCount).toBe(3);
  });
});

test("a 5,000-row evaluation's new column: widths and fonts read in one sync, the fonts written as a range per run", async () => {
  const rows: string[][] = [['一级指标', '二级指标', '三级指标', '指标值', '实际完成值']];
  for (let i = 0; i < 5000; i++) rows.push(['产出指标', '数量指标', `培训人数${i}`, '≥100人', '90人']);
  const excel = fakeExcelFromGrids([{ name: '自评表', values: rows, merges: [] }], display);
  const sheet = excel.activeSheet;
  // The table's last column: the first half in 仿宋_GB2312 10, the second in 宋体 12.
  for (let row = 1; row <= 5000; row++)
    sheet.cells.set(a1(row, 4), { ...excel.cell(sheet, a1(row, 4)), font: row <= 2500 ? { name: '仿宋_GB2312', size: 10 } : { name: '宋体', size: 12 } });
  const written = Array.from({ length: 5000 }, (_, i) => a1(i + 1, 5));
  const ctx = await context(excel);

  const { widths, fonts } = await readColumnsAndFonts(ctx, sheet.id, [5], [...written, ...written.map((cell) => `E${cell.slice(1)}`)]);
  expect(excel.syncCount).toBe(1);
  expect([widths.get(5), fonts.get('F2'), fonts.get('E2'), fonts.get('E5001'), fonts.size]).toEqual([
    48,
    { name: 'Calibri', size: 11 },
    { name: '仿宋_GB2312', size: 10 },
    { name: '宋体', size: 12 },
    10000,
  ]);

  await applyEdit(ctx, sheet.id, { fonts: written.map((cell) => ({ cell, ...fonts.get(`E${cell.slice(1)}`)! })) });
  expect(excel.syncCount).toBe(2);
  // Two runs, two ranges: not a range per cell.
  expect(excel.lastPayload).toBeLessThan(1000);
  expect([sheet.cells.get('F2')?.font, sheet.cells.get('F2501')?.font, sheet.cells.get('F2502')?.font, sheet.cells.get('F5001')?.font]).toEqual([
    { name: '仿宋_GB2312', size: 10 },
    { name: '仿宋_GB2312', size: 10 },
    { name: '宋体', size: 12 },
    { name: '宋体', size: 12 },
  ]);
});

test('the fills of 30,000 scattered flagged cells are read in one sync: a range per cell would pass the request limit', async () => {
  const rows: string[][] = Array.from({ length: 22501 }, () => ['产出指标', '数量指标', '培训人数', '100', '90']);
  const excel = fakeExcelFromGrids([{ name: '大表', values: rows, merges: [] }], display);
  // Two value columns of a 22,500-row sheet, every third row clean: runs of two flagged cells, as findings fall.
  const cells = Array.from({ length: 22500 }, (_, i) => i + 2)
    .filter((row) => row % 3 !== 0)
    .flatMap((row) => [`D${row}`, `E${row}`]);
  excel.activeSheet.cells.set('E5', { value: '90', format: null, fill: '#FFC7CE' });
  // Read through as part of a span, but not flagged: not reported, so clearing never touches it.
  excel.activeSheet.cells.set('E6', { value: '90', format: null, fill: '#C6EFCE' });
  const ctx = await context(excel);

  await excel.run(async (c) => {
    for (const cell of cells) c.workbook.worksheets.getActiveWorksheet().getRange(cell).format.fill.load('color');
    await expect(c.sync()).rejects.toThrow('RequestPayloadSizeLimitExceeded');
  });
  const syncsBefore = excel.syncCount;
  const fills = await readFills(ctx, excel.activeSheet.id, cells);
  expect(excel.syncCount - syncsBefore).toBe(1);
  expect(fills.size).toBe(cells.length);
  expect(fills.get('E5')).toBe('#FFC7CE');
  expect(fills.has('E6')).toBe(false);
  expect([...fills.values()].filter((colour) => colour !== null)).toEqual(['#FFC7CE']);
});

test('an edit above the request-size budget is split rather than rejected', async () => {
  const { excel } = await seedExcel('000');
  const long = 'x'.repeat(3000);
  const changes: CellChange[] = Array.from({ length: 2000 }, (_, i) => ({
    sheet: '绩效目标表',
    cell: a1(100 + i * 2, 20),
    from: '',
    to: long,
    fromValue: null,
    toValue: long,
    fromFormat: null,
    toFormat: null,
    checks: ['test'],
  }));
  const syncs = await applyEdit(await context(excel), excel.activeSheet.id, { changes });
  expect(syncs).toBeGreaterThan(1);
  expect(excel.activeSheet.cells.get('U4099')?.value).toBe(long);
});

test("selecting a finding's cell is one sync", async () => {
  const { excel } = await seedExcel('004');
  await selectCell(await context(excel), excel.activeSheet.id, 'E23');
  expect([excel.activeSheet.selected, excel.syncCount]).toEqual(['E23:E23', 1]);
});

describe('the stand-in fails loudly where Excel would', () => {
  test('reading a property before load and sync', async () => {
    const { excel } = await seedExcel('000');
    await excel.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true);
      expect(() => used.values).toThrow('PropertyNotLoaded');
      used.load('values');
      expect(() => used.values).toThrow('context.sync()');
    });
  });

  test('an API the adapter does not use', async () => {
    const { excel } = await seedExcel('000');
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getActiveWorksheet() as unknown as Record<string, unknown>;
      expect(() => sheet.getUsedRange).toThrow('Excel 替身未实现 Worksheet.getUsedRange');
    });
  });

  test('cell properties other than the fill colour and the font name and size', async () => {
    const { excel } = await seedExcel('000');
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getActiveWorksheet().getRange('A1:A2');
      expect(() => range.getCellProperties({ format: { font: { bold: true } } })).toThrow('Excel 替身未实现 Range.getCellProperties()');
      expect(() => range.getCellProperties({ format: { font: { name: false } } })).toThrow('Excel 替身未实现');
      expect(() => range.getCellProperties({ format: { font: { constructor: true } } })).toThrow('Excel 替身未实现');
      expect(() => range.getCellProperties({ format: {} })).toThrow('Excel 替身未实现');
    });
  });

  test('writing a 2-D array of the wrong size', async () => {
    const { excel } = await seedExcel('000');
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getActiveWorksheet().getRange('A1:A2');
      expect(() => {
        range.values = [['a']];
      }).toThrow('InvalidArgument');
    });
  });
});

test('the stand-in keeps fonts as Excel does: Calibri 11 where none was set, read after the sync, set at it', async () => {
  const { excel } = await seedExcel('000');
  const sheet = excel.activeSheet;
  sheet.cells.set('A1', { ...excel.cell(sheet, 'A1'), font: { name: '仿宋_GB2312', size: 10 } });
  await excel.run(async (ctx) => {
    const worksheet = ctx.workbook.worksheets.getActiveWorksheet();
    const answer = worksheet.getRange('A1:A2').getCellProperties({ format: { font: { name: true, size: true } } });
    expect(() => answer.value).toThrow('PropertyNotLoaded');
    const written = worksheet.getRange('A2:A3').format.font;
    written.name = '黑体';
    expect(() => written.name).toThrow('PropertyNotLoaded');
    await ctx.sync();
    // The answer is the sheet as it was when the request ran: the read was queued before the write.
    expect(answer.value).toEqual([[{ format: { font: { name: '仿宋_GB2312', size: 10 } } }], [{ format: { font: { name: 'Calibri', size: 11 } } }]]);
    expect(sheet.cells.get('A3')?.font).toEqual({ name: '黑体', size: 11 });
    const mixed = worksheet.getRange('A1:A3').format.font;
    const same = worksheet.getRange('A2:A3').format.font;
    mixed.load('name,size');
    same.load('name,size');
    await ctx.sync();
    // Excel answers null where the cells of a range differ.
    expect([mixed.name, mixed.size, same.name, same.size]).toEqual([null, null, '黑体', 11]);
  });
});

test('a sheet whose answer exceeds the 5 MB limit is read again in 5,000-row blocks, reporting progress', async () => {
  const rows: (string | number | null)[][] = [['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '备注', '单位', '说明']];
  for (let i = 0; i < 12000; i++)
    rows.push([
      '产出指标',
      '数量指标',
      `第${i}期残疾人实用技术培训班培训人数`,
      '≥100人',
      `${i % 200}人`,
      '按照年度工作计划组织实施的培训项目',
      '人',
      `第${i}行：来源于2020年度培训台账及签到表`,
    ]);
  const excel = fakeExcelFromGrids([{ name: '大表', values: rows, merges: [{ top: 1, left: 0, bottom: 3, right: 0 }] }], display);
  const seen: [number, number][] = [];
  const { grid, cellCount } = await readSheet(await context(excel), null, (done, total) => seen.push([done, total]));
  // One refused sync, one for the dimensions, one for the merges, three blocks.
  expect(excel.syncCount).toBe(6);
  expect(seen).toEqual([
    [5000, 12001],
    [10000, 12001],
    [12001, 12001],
  ]);
  expect([cellCount, grid.values[12000][2], grid.text?.[12000][7], grid.merges]).toEqual([
    96008,
    '第11999期残疾人实用技术培训班培训人数',
    '第11999行：来源于2020年度培训台账及签到表',
    [{ top: 1, left: 0, bottom: 3, right: 0 }],
  ]);
});

test('merged ranges are read after each "!", whatever the sheet is called', async () => {
  const { areasOf } = await import('../../src/excel/adapter');
  expect(areasOf("'目标,表'!A1:B4, '目标,表'!$D$1:$D$4, 'x'!C7")).toEqual([
    { top: 0, left: 0, bottom: 3, right: 1 },
    { top: 0, left: 3, bottom: 3, right: 3 },
    { top: 6, left: 2, bottom: 6, right: 2 },
  ]);
});

test('merges reaching past the values are read whole, and the self-evaluation does not write into an empty one', async () => {
  // A title merged across the print width (A1:H1), which the stand-in used to drop as reaching past the values, and
  // an empty merged 备注 column beside them (F3:F5): Excel answers a range's merges only when their top-left cell is
  // in it, so the used range's answer leaves this one out.
  const sheet: SheetGrid = {
    name: '自评表',
    values: [
      ['2025年度项目支出绩效自评表'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '90人'],
      [null, '质量指标', '合格率', '≥90%', '95%'],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '92%'],
    ],
    merges: [mergeArea('A1:H1'), mergeArea('A3:A4'), mergeArea('F3:F5')],
  };
  const excel = fakeExcelFromGrids([sheet], display);
  const { grid } = await readSheet(await context(excel), null);
  expect(excel.syncCount).toBe(1);
  expect(grid.merges).toEqual(sheet.merges);
  const written = planEvaluation(grid).plan.changes.map((c) => c.cell);
  expect(written).toEqual(expect.arrayContaining(['G2', 'G3', 'H3']));
  expect(written.filter((cell) => cell.startsWith('F'))).toEqual([]);
});

test('a block of long text above the limit is halved until Excel answers it: every row is read', async () => {
  const note = '按照年度工作计划组织实施，'.repeat(150);
  const rows: (string | null)[][] = [['一级指标', '二级指标', '三级指标', '指标值', '备注']];
  for (let i = 0; i < 1000; i++) rows.push(['产出指标', '数量指标', `人数${i}`, '≥1人', `${i}：${note}`]);
  const excel = fakeExcelFromGrids([{ name: '长备注', values: rows, merges: [] }], display);
  const seen: number[] = [];
  const { grid } = await readSheet(await context(excel), null, (done) => seen.push(done));
  expect([grid.values.length, grid.values[1000][4], seen[seen.length - 1]]).toEqual([1001, `999：${note}`, 1001]);
  // Every answer fitted: the blocks were halved, not given up.
  expect(seen.length).toBeGreaterThan(1);
});

test('above 512 merged areas Excel refuses them: they are read in bands of rows, every one of them', async () => {
  const rows: (string | null)[][] = [['一级指标', '二级指标', '三级指标', '指标值']];
  const merges = [];
  for (let i = 0; i < 600; i++) {
    rows.push(['产出指标', '数量指标', `人数${i}`, '≥1人'], [null, '质量指标', `合格率${i}`, '≥90%']);
    merges.push({ top: 1 + i * 2, left: 0, bottom: 2 + i * 2, right: 0 });
  }
  const excel = fakeExcelFromGrids([{ name: '多项目', values: rows, merges }], display);
  const { grid } = await readSheet(await context(excel), null);
  expect([grid.mergesUnknown, grid.values[1200][2]]).toEqual([undefined, '合格率599']);
  expect(grid.merges.sort((x, y) => x.top - y.top)).toEqual(merges);
  // Halving 1,048,576 rows down to bands of at most 512 areas: a few dozen syncs, not one per row.
  expect(excel.syncCount).toBeLessThan(50);
});

test('one row with more than 512 merged areas: the sheet is read, marked as without merge information', async () => {
  const row: string[] = [];
  const merges = [];
  for (let i = 0; i < 600; i++) {
    row.push(`第${i}项`, '');
    merges.push({ top: 0, left: i * 2, bottom: 0, right: i * 2 + 1 });
  }
  const excel = fakeExcelFromGrids([{ name: '宽表', values: [row, ['一级指标', '二级指标', '三级指标', '指标值']], merges }], display);
  const { grid } = await readSheet(await context(excel), null);
  expect([grid.mergesUnknown, grid.merges.length, grid.values[1][3]]).toEqual([true, 0, '指标值']);
});

test("an edit of many separate cells counts each range's own bytes: split before Excel refuses it", async () => {
  // 30,000 single-cell ranges (every other row): small values, but each range adds its object path and address.
  const { excel } = await seedExcel('000');
  const changes: CellChange[] = Array.from({ length: 30000 }, (_, i) => ({
    sheet: '绩效目标表',
    cell: a1(200 + i * 2, 30),
    from: '',
    to: '是',
    fromValue: null,
    toValue: '是',
    fromFormat: null,
    toFormat: null,
    checks: ['test'],
  }));
  const syncs = await applyEdit(await context(excel), excel.activeSheet.id, { changes });
  expect(syncs).toBeGreaterThan(1);
  expect([excel.activeSheet.cells.get(a1(200, 30))?.value, excel.activeSheet.cells.get(a1(200 + 29999 * 2, 30))?.value]).toEqual(['是', '是']);
});

test('a value for a merged cell other than its top-left is not kept, as in Excel; a plan that splits the area first is', async () => {
  const sheet: SheetGrid = { name: '表1', values: [['效益指标'], [null]], merges: [mergeArea('A1:A2')] };
  const write = (cell: string): CellChange => ({
    sheet: '表1',
    cell,
    from: '',
    to: '满意度指标',
    fromValue: null,
    toValue: '满意度指标',
    fromFormat: null,
    toFormat: null,
    checks: ['test'],
  });
  const dropped = fakeExcelFromGrids([sheet], display);
  await applyEdit(await context(dropped), dropped.activeSheet.id, { changes: [write('A2')] });
  expect(dropped.activeSheet.cells.get('A2')?.value ?? null).toBeNull();

  const split = fakeExcelFromGrids([sheet], display);
  await applyEdit(await context(split), split.activeSheet.id, { unmerge: ['A1:A2'], changes: [write('A2')] });
  expect(split.activeSheet.cells.get('A2')?.value).toBe('满意度指标');
});
