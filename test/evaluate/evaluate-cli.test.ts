// `jixiao evaluate` on files: a new workbook with the columns, the JSON evaluation, the reverse form, bad flags.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { readWorkbook } from '../../src/xlsx/read';
import { SEEDS } from '../fixtures/seeds';
import { workbookBuffer } from '../fixtures/spec';
import { runCli } from '../support/cli';

let dir: string;
const file = (name: string) => path.join(dir, name);

const run = runCli;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-evaluate-'));
  await fs.writeFile(file('自评.xlsx'), await workbookBuffer(SEEDS['004']));
  await fs.writeFile(file('目标.xlsx'), await workbookBuffer(SEEDS['001']));
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

test('writes 自评.evaluated.xlsx with the new columns and says how it scored', async () => {
  const before = await fs.readFile(file('自评.xlsx'));
  const { code, out } = await run('evaluate', file('自评.xlsx'));
  expect(code).toBe(0);
  expect(out).toContain(`已写入“${file('自评.evaluated.xlsx')}”：新增 191 个单元格。`);
  // Nothing unscored in silence: each row with an actual and no score is named with its reason.
  expect(out).toContain('2 项指标未计分');
  expect(out).toContain('部门整体支出绩效自评表!F63“对培训人员的住宿、就餐补助及学费补助”：指标值无法识别，未计分');
  expect(out).toContain('部门整体支出绩效自评表!F62“按年”：指标值不能确定地读出，但实际完成值与指标值相同');
  expect(out).toContain('总分 92.33（优）');
  expect(out).toContain('预算执行率 498.18%，得分 10.00（无调整后预算，按年初预算计算）');
  expect(out).toContain('反向指标按比例法（A/B）计分。');
  expect((await fs.readFile(file('自评.xlsx'))).equals(before)).toBe(true);
  const [sheet] = await readWorkbook(await fs.readFile(file('自评.evaluated.xlsx')), 'x');
  expect([sheet.values[13][7], sheet.numberFormats![13][7], sheet.text![13][7]]).toEqual([0.3571, '0.00%', '35.71%']);
  expect(sheet.values[106].slice(7, 10)).toEqual(['总分', 92.33, '等级：优']);
  // The opened columns H:J get widths: 完成率 and 得分 narrow, 偏差原因提示 room for its sentence; A:G keep theirs.
  const part = await (await JSZip.loadAsync(await fs.readFile(file('自评.evaluated.xlsx')))).file('xl/worksheets/sheet1.xml')!.async('string');
  const widths = Object.fromEntries(
    [...part.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/gu)].map(([, min, max, width]) => [`${min}-${max}`, Number(width)]),
  );
  expect(widths).toMatchObject({ '1-1': 14, '2-7': 22 });
  for (const narrow of ['8-8', '9-9']) expect(widths[narrow]).toBeGreaterThanOrEqual(8);
  for (const narrow of ['8-8', '9-9']) expect(widths[narrow]).toBeLessThanOrEqual(12);
  expect(widths['10-10']).toBeGreaterThanOrEqual(2 * '未完全达成，请说明原因及改进措施'.length);
});

test('evaluating the evaluated file adds nothing', async () => {
  const { out } = await run('evaluate', file('自评.evaluated.xlsx'), '-o', file('again.xlsx'));
  expect(out).toContain('新增 0 个单元格');
});

test('--json gives each indicator its evaluation and --reverse linear changes reverse rows', async () => {
  const { out } = await run('evaluate', file('自评.xlsx'), '--json', '--reverse', 'linear', '-o', file('linear.xlsx'));
  const doc = JSON.parse(out);
  const [report] = doc.files;
  expect(report.output).toBe(file('linear.xlsx'));
  const row55 = report.tables.flatMap((t: { indicators: { row: number }[] }) => t.indicators).find((i: { row: number }) => i.row === 55);
  expect(row55.evaluation).toMatchObject({ direction: 'reverse', completionRate: '0.7733', score: '0.82', needsReason: true });
});

test('a target table gets the columns to fill in', async () => {
  const { code, out } = await run('evaluate', file('目标.xlsx'));
  expect(code).toBe(0);
  expect(out).toContain('已在右侧加上实际完成值、完成率、得分、偏差原因分析及改进措施列');
});

test.each([[['evaluate', 'a.xlsx', '--reverse', 'sideways']], [['evaluate', 'a.xlsx', 'b.xlsx']], [['evaluate', 'a.xlsx', '--all']]])(
  'exit 2 for %p',
  async (args) => {
    const { code, err } = await run(...args);
    expect(code).toBe(2);
    expect(err).not.toBe('');
  },
);
