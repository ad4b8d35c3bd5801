// Table finding on the layouts of DOMAIN §1 beyond the seeds (PE1–PE5 forms, merged headers, 2021 framework).
import { DEFAULT_SETTINGS } from '../../src/core/check';
import { checkSheet } from '../../src/core/engine';
import { evaluateSheet } from '../../src/core/evaluate';
import { findTables } from '../../src/core/layout';
import { grid } from '../support/grid';

describe('四川 split columns, several projects under one header (PE4)', () => {
  const sheet = grid(
    [
      ['金额单位：元'],
      ['项目名称', '预算数', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重', '指标方向性'],
      ['村组干部补贴', '8,827,620.53', '产出指标', '数量指标', '村组干部人数', '≥', 230, '人', 20, '正向指标'],
      [null, null, '效益指标', '社会效益指标', '村级组织运转保障率', '＝', 100, '%', 20, '正向指标'],
      [null, null, '产出指标', '成本指标', '人均补贴标准', '≤', 38000, '元/人', 20, '反向指标'],
      [null, null, '满意度指标', '服务对象满意度指标', '村组干部满意度', '≥', 90, null, 10, '正向指标'],
      ['行政村公用经费', '1,100,000.00', '产出指标', '数量指标', '行政村数量', '＝', 11, '个', 40, '正向指标'],
      [null, null, '效益指标', '社会效益指标', '村级组织正常运转率', '≥', 95, '%', 30, '正向指标'],
    ],
    ['A3:A6', 'B3:B6', 'A7:A8', 'B7:B8'],
  );

  test('each project merged down the left is its own table, named by the project', () => {
    const tables = findTables(sheet);
    expect(tables.map((t) => [t.group, t.range, t.indicators.length])).toEqual([
      ['村组干部补贴', 'A2:J6', 4],
      ['行政村公用经费', 'A7:J8', 2],
    ]);
    expect(tables[0].currency).toBe('元');
  });

  test('the operator comes from 指标性质 and the unit from 度量单位', () => {
    const [first] = findTables(sheet);
    const target = first.indicators[0].target!.value;
    expect([target.operator, target.amount?.toString(), target.unit, target.kind]).toEqual(['≥', '230', '人', 'quantity']);
    expect(first.indicators[1].target!.value.kind).toBe('percent');
  });

  test('findings: 一级 out of order, a missing 度量单位 fixed in its own column, table-level findings on the project row', () => {
    const { findings } = checkSheet(sheet);
    expect(findings.map((f) => [f.cell, f.check])).toEqual([
      ['C5', 'level-order'],
      ['G6', 'missing-unit'],
      // The second project has neither: reported on its own first row, not on the shared header.
      ['A7', 'missing-cost-indicator'],
      ['A7', 'missing-group'],
    ]);
    expect(findings[1].fix).toEqual({ cell: 'H6', from: '', to: '%', safe: true });
  });
});

test('a header spanning two rows: 一级/二级/三级 under a caption merged across, 指标值 merged down beside them', () => {
  const sheet = grid(
    [
      ['绩效指标', null, null, '指标值'],
      ['一级指标', '二级指标', '三级指标', null],
      ['产出指标', '数量指标', '培训人数', '≥200人'],
    ],
    ['A1:C1', 'D1:D2'],
  );
  const [table] = findTables(sheet);
  expect([table.headerRow, table.headerLastRow]).toEqual([0, 1]);
  expect(table.indicators[0].target?.cell).toBe('D3');
});

test('自评表 columns (PE2): 完成值, 权重, 得分, 未完成原因分析', () => {
  const [table] = findTables(
    grid([
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
      ['产出指标', '数量指标', '补贴发放人数', '≥', 120, '人', 118, 30, 29.5, '2人迁出'],
    ]),
  );
  expect(table.kind).toBe('self-evaluation');
  const [row] = table.indicators;
  expect([row.actual?.cell, row.weight?.text, row.score?.text, row.reason?.text]).toEqual(['G2', '30', '29.5', '2人迁出']);
});

test('度量单位 "%" beside a bare 完成值: 97 is 97%, 0.97 the fraction form of 97%, 0.3 beside a target of 0.5 is 0.3%', () => {
  // 0.97 took the "%" and was scored as 0.97% of 95%: 0.10 of its 10 points.
  const [table] = findTables(
    grid([
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重'],
      ['产出指标', '时效指标', '发放及时率', '≥', 95, '%', 97, 10],
      [null, '时效指标', '办结及时率', '≥', 95, '%', '0.97', 10],
      [null, '质量指标', '差错率', '≤', 0.5, '%', 0.3, 10],
    ]),
  );
  expect(table.indicators.map((i) => [i.actual?.value.amount?.toString(), i.actual?.value.unit])).toEqual([
    ['97', '%'],
    ['0.97', null],
    ['0.3', '%'],
  ]);
  const evaluation = evaluateSheet([table], DEFAULT_SETTINGS)!;
  expect(evaluation.rows.map((r) => r.evaluation?.completionRate?.toFixed(4))).toEqual(['1.0211', '1.0211', '1.0000']);
});

test('PE5: 年初目标值(A), 实际完成值(B), and a 一级 carrying its weight "产出指标 (60 分)"', () => {
  const [table] = findTables(
    grid([
      ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
      ['产出指标 (60 分)', '数量指标', '服务外包在岸(万美元)', 20000, 23333.56, 10],
    ]),
  );
  const [row] = table.indicators;
  expect([row.level1.canonical, row.level1.printedWeight, row.target?.cell, row.actual?.cell]).toEqual(['产出指标', '60', 'D2', 'E2']);
});

test('PE3: a 二级 wrapped over two lines is one name', () => {
  const [table] = findTables(
    grid([
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['效益指标', '经济效益\n指标', '亩均增收', '≥1600元/亩'],
    ]),
  );
  expect(table.indicators[0].level2).toMatchObject({ canonical: '经济效益指标', match: 'exact' });
});

test('framework detection: 2021 when 成本指标 is a 一级, mixed when both appear', () => {
  const header = ['一级指标', '二级指标', '三级指标', '指标值'];
  const frameworkOf = (...rows: (string | null)[][]) => findTables(grid([header, ...rows]))[0].framework;
  expect(frameworkOf(['成本指标', '经济成本指标', '项目支出', '≤50万元'])).toBe('2021');
  expect(frameworkOf(['产出指标', '成本指标', '项目支出', '≤50万元'])).toBe('2020');
  expect(frameworkOf(['产出指标', '经济成本指标', '项目支出', '≤50万元'])).toBe('mixed');
});

test('twin blocks headed 中期指标值 / 年度指标值: both blocks have targets, and the twins are compared', () => {
  // 中期指标值 was not a header word: the 中期 block had no target, and no 中期 vs 年度 check ran.
  const sheet = grid([
    ['一级指标', '二级指标', '三级指标', '中期指标值', '二级指标', '三级指标', '年度指标值'],
    ['产出指标', '数量指标', '3年培训人数', '≥1500人', '数量指标', '培训人数', '≥500人'],
    [null, '质量指标', '合格率', '≥90%', '质量指标', '合格率', '≥95%'],
  ]);
  const [table] = findTables(sheet);
  expect(table.blocks.map((b) => [b.period, b.columns.target])).toEqual([
    ['midterm', 3],
    ['annual', 6],
  ]);
  expect(
    checkSheet(sheet)
      .findings.filter((f) => f.check === 'midterm-annual-mismatch')
      .map((f) => f.cell),
  ).toEqual(['G3']);
});

test('prose with indicator words but no header row is not a table', () => {
  const sheet = grid([['第一部分 部门整体绩效目标'], ['绩效指标包括产出指标和效果指标，指标值应可衡量。'], ['三级指标应细化量化。']]);
  expect(findTables(sheet)).toEqual([]);
});

test.each([
  ['一级指标', 'level1'],
  ['二级指标', 'level2'],
  ['三级指标', 'level3'],
  ['指标值', 'target'],
  ['年度指标值', 'target'],
  ['中期指标值', 'target'],
  ['长期目标值', 'target'],
  ['目标值', 'target'],
  ['年初目标值(A)', 'target'],
  ['当年预期实现值', 'target'],
  ['指标性质', 'nature'],
  ['度量单位', 'unit'],
  ['计量单位', 'unit'],
  ['实际完成值', 'actual'],
  ['全年实际完成值', 'actual'],
  ['完成值', 'actual'],
  ['实际完成值(B)', 'actual'],
  ['分值', 'weight'],
  ['权重', 'weight'],
  ['得分', 'score'],
  ['完成率', 'rate'],
  ['偏差原因分析及改进措施', 'reason'],
  ['产生差异的原因及改进措施', 'reason'],
  ['未完成原因分析', 'reason'],
  ['偏差大或目标未完成原因分析', 'reason'],
  ['偏差原因提示', 'prompt'],
  ['绩效指标描述', 'description'],
  ['指标值确定依据', 'basis'],
  ['指标解释', 'carried'],
  ['评(扣)分标准', 'carried'],
  ['绩效标准', 'carried'],
  ['指标方向性', 'direction'],
  ['三 级 指 标', 'level3'],
  ['指　标　值', 'target'],
])('the header word %s is read as %s', async (label, role) => {
  const { roleOf } = await import('../../src/core/read/header');
  expect(roleOf(label)).toBe(role);
});

test('内蒙古 乌海: 正向/反向 under 指标性质 and the operator under 指标方向 are read by what they hold', () => {
  const sheet = grid([
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '目标值', '计量单位'],
    ['产出指标', '质量指标', '工作任务完成率', '正向', '=', '100', '%'],
    ['产出指标', '成本指标', '出差总成本', '反向', '=', '1', '万元'],
  ]);
  const [table] = findTables(sheet);
  expect(table.indicators.map((i) => [i.target?.value.operator, i.target?.value.unit, i.direction?.text, i.nature?.cell])).toEqual([
    ['=', '%', '正向', 'E2'],
    ['=', '万元', '反向', 'E3'],
  ]);
});

test('重庆 科学城: a value label whose characters OCR scrambled ("年成值全完值") is still the actual column', () => {
  const sheet = grid([
    ['指标名称', '计量单位', '指标性质', '年初指标值', '年成值全完值', '指标权重(分)', '指标得分(分)'],
    ['预算完成率', '%', '定量指标', '70%', '76%', 2, 2],
  ]);
  const [table] = findTables(sheet);
  expect([table.kind, table.indicators[0].actual?.cell]).toEqual(['self-evaluation', 'E2']);
});

describe('a table without its header row (an excerpt from the middle of a 四川 form)', () => {
  const excerpt = grid([
    [null, null, '安全警示标志设置及时率', '=', '100', '%', '100', 5],
    [null, '成本指标', '安全隐患排查成本预算', '=', '6', '万元', '6', 5],
    ['效益指标', '社会效益指标', '环境治理亮化美化率', '≥', '90', '%', '93', 10],
    [null, '可持续影响指标', '管理机制健全性', '定性', '优良中低差', null, '优', 10],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥', '95', '%', '96', 10],
    ['合计', null, null, null, null, null, null, 100],
    ['评价结论', '预算编制质量较高,完成预算目标,总体评价良好。'],
  ]);

  test('its columns are read by what they hold, and it is scored but never written to', () => {
    const [table] = findTables(excerpt);
    expect(table.headerless).toBe(true);
    expect(table.blocks[0].columns).toMatchObject({ level1: 0, level2: 1, level3: 2, nature: 3, target: 4, unit: 5, actual: 6, weight: 7 });
    expect(table.indicators.map((i) => i.target?.text)).toEqual(['100', '6', '90', '优良中低差', '95']);
    expect(table.indicators[2].target?.value.operator).toBe('≥');
    expect(table.range).toBe('A1:H5');
  });

  test('a sheet that names its levels in a header of another kind (a score sheet) is not read as one', () => {
    const scoresheet = grid([
      ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分'],
      ['产出', '产出数量', '培训人数完成率', 10, '全部完成得满分', null],
      ['效益', '产出质量', '合格率', 10, '≥90%得满分', null],
    ]);
    expect(findTables(scoresheet)).toEqual([]);
  });
});
