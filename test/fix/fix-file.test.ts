// `jixiao fix` on real files: a new workbook beside the input, everything not fixed kept, a second run changes nothing.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkWorkbook } from '../../src/core/engine';
import { planWorkbook } from '../../src/core/plan';
import { readWorkbook } from '../../src/xlsx/read';
import { SEEDS } from '../fixtures/seeds';
import { buildWorkbook } from '../fixtures/spec';
import { runCli } from '../support/cli';

let dir: string;
const file = (name: string) => path.join(dir, name);

const run = runCli;

/** Seed 004 with the kind of formatting users add: a bold title, a filled header, a wide column. */
async function styledSeed004(): Promise<Buffer> {
  const workbook = buildWorkbook(SEEDS['004']);
  const sheet = workbook.worksheets[0];
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.getCell('B11').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  sheet.getCell('E14').font = { color: { argb: 'FFFF0000' } };
  sheet.getColumn(4).width = 48;
  workbook.addWorksheet('说明').getCell('A1').value = '本工作簿由单位财务填写';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function load(name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file(name));
  return workbook;
}

/** Every cell's value and style, keyed by sheet!address. */
function cells(workbook: ExcelJS.Workbook): Map<string, { value: unknown; style: string }> {
  const map = new Map<string, { value: unknown; style: string }>();
  workbook.eachSheet((sheet) =>
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => map.set(`${sheet.name}!${cell.address}`, { value: cell.value, style: JSON.stringify(cell.style) })),
    ),
  );
  return map;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-fix-'));
  await fs.writeFile(file('自评表.xlsx'), await styledSeed004());
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

test('writes 自评表.fixed.xlsx beside the input, lists every change, and leaves the input untouched', async () => {
  const before = await fs.readFile(file('自评表.xlsx'));
  const { code, out } = await run('fix', file('自评表.xlsx'));
  expect(code).toBe(0);
  expect(out).toContain(`已写入“${file('自评表.fixed.xlsx')}”：修正 97 处。`);
  expect(out).toContain('部门整体支出绩效自评表!E14：“≤2万” → “≤2万元”（unit-spelling）');
  expect(out).toContain('部门整体支出绩效自评表!F13：“0.8” → “80%”（数字格式改为 0%，数值不变）（percent-as-fraction）');
  expect(out).toContain('另有 35 条建议未应用');
  expect((await fs.readFile(file('自评表.xlsx'))).equals(before)).toBe(true);
});

test('keeps every cell it did not fix, every style, merge, column width and sheet', async () => {
  const original = await load('自评表.xlsx');
  const fixed = await load('自评表.fixed.xlsx');
  const plan = planWorkbook(await readWorkbook(await fs.readFile(file('自评表.xlsx')), '自评表.xlsx'), { all: false });
  const changed = new Set(plan.changes.map((c) => `${c.sheet}!${c.cell}`));
  const before = cells(original);
  const after = cells(fixed);
  for (const [key, cell] of before) {
    if (changed.has(key)) continue;
    expect({ key, ...after.get(key) }).toEqual({ key, ...cell });
  }
  // A fixed cell keeps its style: only the value (or, for fractions, the number format) changes.
  expect(after.get('部门整体支出绩效自评表!E14')).toEqual({ value: '≤2万元', style: before.get('部门整体支出绩效自评表!E14')!.style });
  expect(fixed.worksheets.map((s) => s.name)).toEqual(['部门整体支出绩效自评表', '说明']);
  expect(fixed.worksheets[0].getColumn(4).width).toBe(48);
  expect((fixed.worksheets[0].model as { merges: string[] }).merges.sort()).toEqual((original.worksheets[0].model as { merges: string[] }).merges.sort());
});

test('fixing the fixed file changes nothing: identical values and styles', async () => {
  const { out } = await run('fix', file('自评表.fixed.xlsx'), '-o', file('twice.xlsx'));
  expect(out).toContain('修正 0 处');
  expect(cells(await load('twice.xlsx'))).toEqual(cells(await load('自评表.fixed.xlsx')));
});

test('--all applies the suggestions too: nothing with a fix is left, and the split merges are reported', async () => {
  const { code, out } = await run('fix', file('自评表.xlsx'), '--all', '-o', file('all.xlsx'));
  expect(code).toBe(0);
  expect(out).toContain('部门整体支出绩效自评表!B15:B18：拆分合并单元格');
  const grids = await readWorkbook(await fs.readFile(file('all.xlsx')), 'all.xlsx');
  expect(
    checkWorkbook(grids)
      .flatMap((r) => r.findings)
      .filter((f) => f.fix),
  ).toEqual([]);
});

test('the input is overwritten only when -o names it', async () => {
  await fs.copyFile(file('自评表.xlsx'), file('copy.xlsx'));
  const { code } = await run('fix', file('copy.xlsx'), '-o', file('copy.xlsx'));
  expect(code).toBe(0);
  const grids = await readWorkbook(await fs.readFile(file('copy.xlsx')), 'copy.xlsx');
  expect(grids[0].values[13][4]).toBe('≤2万元');
});

test('a workbook with charts is fixed and keeps its charts: only the fixed cells change', async () => {
  const zip = await JSZip.loadAsync(await fs.readFile(file('自评表.xlsx')));
  const chart = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
  zip.file('xl/charts/chart1.xml', chart);
  await fs.writeFile(file('图表.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
  const { code } = await run('fix', file('图表.xlsx'));
  expect(code).toBe(0);
  const written = await JSZip.loadAsync(await fs.readFile(file('图表.fixed.xlsx')));
  expect(await written.file('xl/charts/chart1.xml')!.async('string')).toBe(chart);
});

test.each([[['fix']], [['fix', 'a.xlsx', 'b.xlsx']], [['fix', 'a.xlsx', '-o']], [['fix', 'a.xlsx', '--json']]])('exit 2 with usage for %p', async (args) => {
  const { code, err } = await run(...args);
  expect(code).toBe(2);
  expect(err).toContain('用法');
});
