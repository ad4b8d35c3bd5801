import type { CheckCases } from '../../support/check-cases';
import { grid, selfEvaluationTable, targetTable } from '../../support/grid';

/** 广东 新建高校: no 一级 or 二级 survives, only the 三级 and the two target columns. */
export const GUANGDONG = grid([
  ['三级指标', '年度目标值', '实施周期目标值'],
  ['新建高校(校区)', '7', '7'],
  ['工程质量达标率(%)', '100%', '100%'],
]);

/** 四川 阆中: the 指标值 are the rows' weights (20 + 20 + 10 + 10 + 10 + 10 + 20 = 100) and the actuals their scores. */
const LANGZHONG = selfEvaluationTable(
  [null, '数量指标', '建设普通省道二级公路32.1公里', 20, 20],
  [null, '质量指标', '建设符合验收要求', 20, 20],
  [null, '时效指标', '按期完成投资', 10, 10],
  [null, '经济效益指标', '对经济发展的促进作用', 10, 10],
  [null, '社会效益指标', '基本公共服务水平', 10, 10],
  [null, '生态效益指标', '交通建设符合环评审批要求', 10, 10],
  ['满意度指标', '服务对象满意度指标', '改善通行服务水平群众满意度', 20, 20],
);

export default {
  valid: [
    targetTable(['产出指标', '数量指标', '培训人数', '≥200人'], [null, '质量指标', '合格率', 1]),
    // 四川 split columns: the unit is in 度量单位.
    grid([
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
      ['产出指标', '数量指标', '培训人数', '≥', 200, '人'],
    ]),
    {
      name: 'a unit in the name\'s bracket (江西 浮梁 "(人)", 安徽 濉溪 "(元/人·月)"), or named by a template (云南 昌宁 "(≥**平方米)")',
      grid: targetTable(
        ['产出指标', '数量指标', '保障在职职工人数(人)', 116],
        [null, '数量指标', '湿地保有量(公顷)', 4900],
        [null, '质量指标', '农村低保标准(元/人·月)', 530],
        [null, '数量指标', '公猪舍(≥**平方米)', 22.8],
        [null, '数量指标', '消毒机(≥台)', 1],
        [null, '数量指标', '光伏装机容量(千瓦)', 500],
        [null, '数量指标', '储能容量(kWh)', 200],
        [null, '数量指标', '带动就业(万)', 1.2],
        [null, '数量指标', '巡查频次(次/年)', 12],
      ),
    },
    { name: '四川 阆中: weights written as 指标值 want a target, not a unit (value-kind-mismatch)', grid: LANGZHONG },
    {
      name: "a fraction under a template asking for % is percent-as-fraction's",
      grid: targetTable(['产出指标', '质量指标', '苗木成活率(≥**%)', 0.85]),
    },
  ],
  invalid: [
    {
      name: 'seed 002 "100" on rates (safe %), seed 004 "≥1500" with the measure word in the name (review)',
      grid: targetTable(
        ['产出指标', '时效指标', '完成率', 100],
        ['满意度指标', '服务对象满意度指标', '服务对象满意度', '100'],
        ['产出指标', '数量指标', '对全区大约1500名残疾人缴纳意外伤害险', '≥1500'],
      ),
      errors: [
        { cell: 'D2', messageId: 'missing', data: { suggestion: '100%' } },
        { cell: 'D3', messageId: 'missing', data: { suggestion: '100%' } },
        { cell: 'D4', messageId: 'missing', data: { suggestion: '≥1500人' } },
      ],
      output: { D2: '100%', D3: '100%', D4: '≥1500人' },
    },
    {
      name: 'nothing to infer from',
      grid: targetTable(['产出指标', '数量指标', '改厨改厕', '≥400']),
      errors: [{ cell: 'D2', messageId: 'missingNoGuess' }],
    },
    {
      name: 'a bare number above 100 on a rate that cannot pass 100% is no percentage: no "%" is suggested',
      grid: targetTable(['产出指标', '时效指标', '扶助资金到位率', 150], [null, '质量指标', '验收合格率', 95]),
      errors: [
        { cell: 'D2', messageId: 'missingNoGuess' },
        { cell: 'D3', messageId: 'missing', data: { suggestion: '95%' } },
      ],
      output: { D3: '95%' },
    },
    {
      name: '广东 新建高校: "(校区)" is a note, not a unit; the counted 高校 suggests 所 (review), in both target columns',
      grid: GUANGDONG,
      errors: [
        { cell: 'B2', messageId: 'missing', data: { suggestion: '7所' } },
        { cell: 'C2', messageId: 'missing', data: { suggestion: '7所' } },
      ],
      output: { B2: '7所', C2: '7所' },
    },
    {
      name: 'a bracket that is no unit: a year or a note',
      grid: targetTable(['产出指标', '数量指标', '培训人数(2021年)', 200], [null, '数量指标', '新建幼儿园(含改扩建)', 3]),
      errors: [
        { cell: 'D2', messageId: 'missing', data: { suggestion: '200人' } },
        { cell: 'D3', messageId: 'missing', data: { suggestion: '3所' } },
      ],
      output: { D2: '200人', D3: '3所' },
    },
    {
      name: 'counted nouns and counters in the name (广东 东莞 项目数, 四川 遂宁 抽验批次, 企业数); a decimal count gets no guess',
      grid: targetTable(
        ['产出指标', '数量指标', '镇街补助款完成结算项目数', 3],
        [null, '数量指标', '化妆品抽验批次', '≥3'],
        [null, '数量指标', '药品监管企业数', '≥124'],
        [null, '数量指标', '新建学校', 2.5],
      ),
      errors: [
        { cell: 'D2', messageId: 'missing', data: { suggestion: '3个' } },
        { cell: 'D3', messageId: 'missing', data: { suggestion: '≥3批次' } },
        { cell: 'D4', messageId: 'missing', data: { suggestion: '≥124家' } },
        { cell: 'D5', messageId: 'missingNoGuess' },
      ],
      output: { D2: '3个', D3: '≥3批次', D4: '≥124家' },
    },
    {
      name: '宁夏 原州 "苗木成活率(≥**%) | 85" and 安徽 濉溪 "受助对象满意度(≥**%) | >=9": the template asks for ≥…%',
      grid: targetTable(['产出指标', '质量指标', '苗木成活率(≥**%)', 85], ['满意度指标', '服务对象满意度指标', '★受助对象满意度(≥**%)', '>=9']),
      errors: [
        { cell: 'D2', messageId: 'template', data: { suggestion: '≥85%' } },
        { cell: 'D3', messageId: 'template', data: { suggestion: '≥9%' } },
      ],
      output: { D2: '≥85%', D3: '≥9%' },
    },
    {
      name: 'a negative rate near zero (-0.3) may be -30% or -0.3%: no suggestion; -5 on a rate is -5%',
      grid: targetTable(['效益指标', '经济效益指标', '结转结余变动率', -0.3], [null, '经济效益指标', '产值增长率', -5]),
      errors: [
        { cell: 'D2', messageId: 'missingNoGuess' },
        { cell: 'D3', messageId: 'missing', data: { suggestion: '-5%' } },
      ],
      output: { D3: '-5%' },
    },
  ],
} satisfies CheckCases;
