// fix and evaluate that change nothing say so and leave no copy beside the input; a file named with -o is still written.
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEEDS } from '../fixtures/seeds';
import { workbookBuffer } from '../fixtures/spec';
import { runCli as run } from '../support/cli';

let dir: string;
const file = (name: string) => path.join(dir, name);
let clean: Buffer;
let evaluated: Buffer;

beforeAll(async () => {
  // Seed 000 has nothing to fix; seed 004, once evaluated, has nothing more to add.
  clean = await workbookBuffer(SEEDS['000']);
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-unchanged-'));
  await fs.writeFile(path.join(scratch, '自评.xlsx'), await workbookBuffer(SEEDS['004']));
  expect((await run('evaluate', path.join(scratch, '自评.xlsx'))).code).toBe(0);
  evaluated = await fs.readFile(path.join(scratch, '自评.evaluated.xlsx'));
  await fs.rm(scratch, { recursive: true, force: true });
});

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-unchanged-'));
  await fs.writeFile(file('目标.xlsx'), clean);
  await fs.writeFile(file('自评.xlsx'), evaluated);
});

afterEach(() => fs.rm(dir, { recursive: true, force: true }));

const folder = async () => (await fs.readdir(dir)).sort();

test('fix with nothing to fix says so and writes nothing', async () => {
  expect(await run('fix', file('目标.xlsx'))).toEqual({ code: 0, out: `没有可写入的修正，未写入“${file('目标.fixed.xlsx')}”。\n`, err: '' });
  expect(await folder()).toEqual(['目标.xlsx', '自评.xlsx']);
});

test('fix whose every change falls on a formula cell writes nothing either, and says why', async () => {
  // 满意度 "90" wants "≥90%" (a safe fix), but the cell holds a formula: the reader marks it, the plan leaves it.
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('目标表');
  sheet.addRow(['一级指标', '二级指标', '三级指标', '指标值']);
  sheet.addRow(['满意度指标', '服务对象满意度指标', '服务对象满意度', { formula: '45*2', result: 90 }]);
  await fs.writeFile(file('公式.xlsx'), Buffer.from(await book.xlsx.writeBuffer()));
  const { code, out } = await run('fix', file('公式.xlsx'));
  expect(code).toBe(0);
  expect(out.split('\n').slice(0, 3)).toEqual([
    `没有可写入的修正，未写入“${file('公式.fixed.xlsx')}”。`,
    '以下 1 处是公式单元格，没有改写（常量会取代公式；请在 Excel 中修改公式或它引用的单元格）：',
    '  目标表!D2',
  ]);
  expect(await folder()).toEqual(['公式.xlsx', '目标.xlsx', '自评.xlsx']);
});

test('evaluate with nothing to add says so, still gives the scores, and writes nothing', async () => {
  const { code, out, err } = await run('evaluate', file('自评.xlsx'));
  expect({ code, err }).toEqual({ code: 0, err: '' });
  expect(out.split('\n')[0]).toBe(`没有需要新增的单元格，未写入“${file('自评.evaluated.xlsx')}”。`);
  expect(out).toContain('总分 92.33（优）');
  expect(await folder()).toEqual(['目标.xlsx', '自评.xlsx']);
});

test('evaluate --json names no output when nothing was written', async () => {
  const { code, out } = await run('evaluate', file('自评.xlsx'), '--json');
  expect(code).toBe(0);
  expect(JSON.parse(out).files[0].output).toBeNull();
  expect(await folder()).toEqual(['目标.xlsx', '自评.xlsx']);
});

test('an earlier result beside the input does not stop a run with nothing to write, and stays as it was', async () => {
  await fs.writeFile(file('目标.fixed.xlsx'), 'an earlier result');
  const { code, out } = await run('fix', file('目标.xlsx'));
  expect(code).toBe(0);
  expect(out).toContain('没有可写入的修正');
  expect(await fs.readFile(file('目标.fixed.xlsx'), 'utf8')).toBe('an earlier result');
});

test.each([
  ['fix', '目标.xlsx', '修正 0 处'],
  ['evaluate', '自评.xlsx', '新增 0 个单元格'],
])('%s -o writes the named file all the same: the input unchanged', async (command, input, said) => {
  const { code, out } = await run(command, file(input), '-o', file('out.xlsx'));
  expect(code).toBe(0);
  expect(out).toContain(`已写入“${file('out.xlsx')}”：${said}。`);
  expect((await fs.readFile(file('out.xlsx'))).equals(await fs.readFile(file(input)))).toBe(true);
});
