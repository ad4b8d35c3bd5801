// The unit and project a table's info block names, as a reviewer's summary lists them.
import type { CellValue } from '../../src/core/grid';
import { findTables } from '../../src/core/layout';
import { grid, TARGET_HEADER } from '../support/grid';
import { checkSeed } from '../support/seed';

const ROW = ['产出指标', '数量指标', '培训人数', '≥200人'];

/** The unit and project of the one table under the given info rows. */
function named(...info: CellValue[][]): [string | null, string | null] {
  const [table] = findTables(grid([...info, TARGET_HEADER, ROW]));
  return [table.unit, table.project];
}

test.each<[string, CellValue[][], [string | null, string | null]]>([
  [
    'label and value side by side',
    [
      ['项目名称', '残疾人社会保障及救助'],
      ['单位名称', '昆明市呈贡区残疾人联合会'],
    ],
    ['昆明市呈贡区残疾人联合会', '残疾人社会保障及救助'],
  ],
  ['label and value in one cell, full-width colon', [['预算单位：东莞市交通运输局']], ['东莞市交通运输局', null]],
  ['a second label after the value in the same cell', [['单位名称:昌宁县供销合作社联合社 填报日期:2023年4月15日']], ['昌宁县供销合作社联合社', null]],
  ['a budget code after, or in brackets before, the name', [['主管部门及代码', '昆明市呈贡区残疾人联合会762601']], ['昆明市呈贡区残疾人联合会', null]],
  ['a bracketed code', [['*实施单位（盖章）', '[155]濉溪县民政局']], ['濉溪县民政局', null]],
  ['河北: a coded unit name on its own line', [['762002秦皇岛市北戴河区残疾人联合会', null, '单位：万元']], ['秦皇岛市北戴河区残疾人联合会', null]],
  ['the implementing unit before its department, whatever the order', [['项目主管部门', '青山区教育局', '项目执行单位', '化工区学校']], ['化工区学校', null]],
  [
    'a label followed by another label has no value',
    [
      ['主管部门', null, '实施单位'],
      ['项目名称', '部门名称:'],
    ],
    [null, null],
  ],
  ['an amount or a year is not a coded unit', [['100000元'], ['2023年度项目支出绩效目标表']], [null, null]],
])('%s', (_, info, expected) => {
  expect(named(...info)).toEqual(expected);
});

test("四川: a 项目名称 column merged down the left names each block's project", () => {
  const sheet = grid([
    ['项目名称', '一级指标', '二级指标', '三级指标', '指标值'],
    ['村组干部补贴', '产出指标', '数量指标', '村组干部人数', '≥230人'],
    ['行政村公用经费', '产出指标', '数量指标', '行政村数量', '＝11个'],
  ]);
  expect(findTables(sheet).map((t) => t.project)).toEqual(['村组干部补贴', '行政村公用经费']);
});

test('groups of one form share the unit written once above the first (seed 004), projects have their own (seed 002)', async () => {
  const [dept] = await checkSeed('004');
  expect(new Set(dept.tables.map((t) => t.unit))).toEqual(new Set(['衡阳市南岳区残疾人联合会']));
  expect(dept.tables.every((t) => t.project === null)).toBe(true);
  const [projects] = await checkSeed('002');
  expect(projects.tables.map((t) => t.project)).toHaveLength(10);
  expect(projects.tables[0]).toMatchObject({ unit: '秦皇岛市北戴河区残疾人联合会', project: '城镇残疾人基本养老保险补贴' });
  expect(projects.tables[9]).toMatchObject({ unit: '秦皇岛市北戴河区残疾人劳动就业服务所', project: '残疾人事业宣传、维权及纪念活动日活动资金' });
});
