// The review workbook's rows, mapped from the --json document: conclusions, numbers kept as decimals, the indicator a
// finding belongs to, widths that count CJK characters twice.
import Decimal from 'decimal.js';
import { checkSheet } from '../../src/core/engine';
import { failedFileJson, fileJson, type FileJson, type SheetEvaluationJson } from '../../src/core/report';
import { columnWidths, CONCLUSION, reviewSheets } from '../../src/core/review';
import { grid } from '../support/grid';
import { checkSeed } from '../support/seed';

const TWINS = grid([
  ['一级指标', '二级指标', '三级指标', '中期指标值', '二级指标', '三级指标', '年度指标值'],
  ['产出指标', '数量指标', '3年培训人数', '≥1500人', '数量指标', '培训人数', '≥500人'],
  [null, '质量指标', '3年合格率', '≥90%', '质量指标', '合格率', '≥95%'],
]);

const column = (sheet: ReturnType<typeof reviewSheets>[number], header: string) => sheet.columns.findIndex((c) => c.header === header);

describe('汇总: a row per file', () => {
  let seed004: FileJson;
  beforeAll(async () => {
    seed004 = fileJson('seed-004.xlsx', await checkSeed('004'));
  });

  test('counts, the unit, the total and the budget rate as decimals, and 退回修改 for a file with errors', () => {
    const [summary] = reviewSheets([seed004]);
    const [row] = summary.rows;
    const cell = (header: string) => row.cells[column(summary, header)];
    expect([cell('文件'), cell('单位'), cell('项目名称'), cell('表数'), cell('指标数'), cell('错误'), cell('警告'), cell('提示')]).toEqual([
      'seed-004.xlsx',
      '衡阳市南岳区残疾人联合会',
      null,
      12,
      83,
      26,
      110,
      84,
    ]);
    expect(cell('总分')).toEqual(new Decimal('92.33'));
    expect(cell('等级')).toBe('优');
    expect(cell('预算执行率')).toEqual(new Decimal('4.9818'));
    expect([cell('结论'), row.marked]).toEqual([CONCLUSION.sendBack, true]);
  });

  test('通过 without errors, 无法读取 with the reason, and a workbook with no table is not passed', () => {
    const passed = fileJson('twins.xlsx', [
      checkSheet(
        grid([
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '培训人数', '≥200人'],
        ]),
      ),
    ]);
    const [summary] = reviewSheets([passed, failedFileJson('bad.xlsx', '无法读取“bad.xlsx”：不是 .xlsx 文件。'), fileJson('empty.xlsx', [])]);
    const at = (i: number, header: string) => summary.rows[i].cells[column(summary, header)];
    expect(summary.rows.map((r, i) => [at(i, '结论'), r.marked])).toEqual([
      [CONCLUSION.passed, false],
      [CONCLUSION.unreadable, true],
      [CONCLUSION.noTable, true],
    ]);
    expect(at(1, '说明')).toBe('无法读取“bad.xlsx”：不是 .xlsx 文件。');
    expect([at(0, '总分'), at(0, '等级'), at(0, '预算执行率')]).toEqual([null, null, null]);
  });

  test('several self-evaluated sheets: each total, grade and rate, as text in one cell', () => {
    const evaluation = (sheet: string, total: string, grade: string, rate: string): SheetEvaluationJson => ({
      sheet,
      total,
      grade,
      weightsDerived: false,
      budget: { budget: '10', executed: '9', rate, score: '9.00', weight: '10', usedAdjusted: true },
    });
    const file: FileJson = { ...seed004, evaluations: [evaluation('项目一', '85.50', '良', '0.9'), evaluation('项目二', '92.33', '优', '1')] };
    const [summary] = reviewSheets([file]);
    const cell = (header: string) => summary.rows[0].cells[column(summary, header)];
    expect([cell('总分'), cell('等级'), cell('预算执行率')]).toEqual(['85.50、92.33', '良、优', '90.00%、100.00%']);
  });
});

describe('问题清单: a row per finding', () => {
  test('every finding in order, with its category, severity, message and suggested value in Chinese', async () => {
    const file = fileJson('seed-004.xlsx', await checkSeed('004'));
    const [, findings] = reviewSheets([file]);
    expect(findings.rows).toHaveLength(file.findings.length);
    const e31 = findings.rows.find((r) => r.cells[2] === 'E31' && r.cells[7] === '错误')!;
    expect(e31.cells).toEqual([
      'seed-004.xlsx',
      '部门整体支出绩效自评表',
      'E31',
      '产出指标',
      '成本指标',
      expect.any(String),
      '运算符',
      '错误',
      expect.stringContaining('≥6万'),
      '≤6万元',
    ]);
    expect(e31.marked).toBe(true);
    expect(findings.rows.filter((r) => r.marked)).toHaveLength(26);
  });

  test('a finding on a row of twin blocks belongs to the block its column falls in; one off the rows to no indicator', () => {
    const file = fileJson('twins.xlsx', [checkSheet(TWINS)]);
    file.findings.push({ ...file.findings[0], cell: 'C3' });
    const [, findings] = reviewSheets([file]);
    const levels = (cell: string) => findings.rows.filter((r) => r.cells[2] === cell).map((r) => r.cells.slice(3, 6));
    // The 年度 block begins in E (A, its 一级, is shared); C is the 中期 block's.
    expect(levels('G3')).toEqual([['产出指标', '质量指标', '合格率']]);
    expect(levels('C3')).toEqual([['产出指标', '质量指标', '3年合格率']]);
    // The table's own findings (no 成本指标 …) sit on its header.
    expect(new Set(levels('A1').map((l) => l.join()))).toEqual(new Set([',,']));
  });

  test("findings beyond the sheet's rows are counted in a last row, not dropped in silence", async () => {
    const file = fileJson('seed-004.xlsx', await checkSeed('004'));
    const [, findings] = reviewSheets([file], 10);
    expect(findings.rows).toHaveLength(11);
    expect(findings.rows[10].cells[0]).toBe(`另有 ${file.findings.length - 10} 条问题超出 Excel 工作表的行数上限，未列出；请用 --json 查看全部。`);
  });
});

test('column widths: the widest cell as shown, CJK characters two wide, capped, plus a margin', () => {
  const sheet = reviewSheets([failedFileJson('报表.xlsx', '无法读取')])[0];
  const widths = columnWidths({
    ...sheet,
    rows: [{ cells: ['报表.xlsx', '单'.repeat(100), null, 1, 2, 3, 4, 5, new Decimal('92.333'), null, new Decimal('0.5'), null, null], marked: false }],
  });
  const at = (header: string) => widths[column(sheet, header)];
  // 报表 (4) + .xlsx (5); 单位 capped at 40; 总分 shown as 92.33 (5) is wider than its header (4); 50.00% is narrower
  // than 预算执行率 (10).
  expect([at('文件'), at('单位'), at('总分'), at('预算执行率')]).toEqual([9 + 2, 40 + 2, 5 + 2, 10 + 2]);
});
