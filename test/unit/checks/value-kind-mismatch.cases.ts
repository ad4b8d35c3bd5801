import type { CheckCases } from '../../support/check-cases';
import { grid, selfEvaluationTable, targetTable } from '../../support/grid';

export default {
  valid: [
    targetTable(['产出指标', '时效指标', '按时完成率', '≥95%'], [null, '时效指标', '办证时限', '≤30日'], [null, '数量指标', '培训人数', '≥200人']),
    targetTable(['产出指标', '成本指标', '人均补助标准', '≤1000元/人'], [null, null, '项目总成本', '≤20万元']),
    {
      name: 'money that is an output, not a spending: investment completed, income brought, a standard per person',
      grid: targetTable(
        ['产出指标', '数量指标', '完成投资额', '≥5000万元'],
        [null, '数量指标', '发放创业担保贷款', '≥800万元'],
        [null, '数量指标', '人均补助标准', '1000元/人'],
        ['效益指标', '经济效益指标', '带动农户增收资金', '≥50万元'],
      ),
    },
    {
      name: 'bare counts that add up to 100 beside a value with a unit are counts, not weights',
      grid: targetTable(['产出指标', '数量指标', '培训人数', '40人'], [null, null, '培训场次', 20], [null, null, '走访户数', 20], [null, null, '发放手册', 20]),
    },
    {
      name: 'bare counts with no unit anywhere that add up to 100, but no row whose number is impossible as a target',
      grid: targetTable(
        ['产出指标', '数量指标', '培训场次', 20],
        [null, null, '发放手册', 30],
        [null, null, '走访户数', 40],
        [null, '质量指标', '新建站点', 10],
      ),
    },
    {
      name: 'bare whole numbers that are not weights: three rows only, one above 50, a total of 99',
      grid: grid([
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '新建村级服务站', 50],
        [null, '数量指标', '培训村干部', 30],
        ['满意度指标', '服务对象满意度指标', '群众满意度', 20],
        [null, null, null, null],
        [null, null, null, null],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '改造农户', 60],
        [null, '数量指标', '新建道路', 20],
        [null, '数量指标', '新建水池', 10],
        ['满意度指标', '服务对象满意度指标', '群众满意度', 10],
        [null, null, null, null],
        [null, null, null, null],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '改造农户', 40],
        [null, '数量指标', '新建道路', 20],
        [null, '数量指标', '新建水池', 20],
        ['满意度指标', '服务对象满意度指标', '群众满意度', 19],
      ]),
    },
    {
      name: 'a table with its own 分值 column: bare 指标值 adding up to 100 there are not its weights',
      grid: grid([
        ['一级指标', '二级指标', '三级指标', '指标值', '分值'],
        ['产出指标', '数量指标', '培训场次', 20, 20],
        [null, '数量指标', '发放手册', 20, 20],
        [null, '数量指标', '走访户数', 30, 30],
        ['满意度指标', '服务对象满意度指标', '群众满意度', 30, 30],
      ]),
    },
  ],
  invalid: [
    {
      name: '可持续影响 valued as a period (抗疫特别国债项目 "2020年1月--2020年11月")',
      grid: targetTable(['效益指标', '可持续影响指标', '保障期限', '2020年1月--2020年11月']),
      errors: [{ cell: 'D2', messageId: 'effectDeadline', data: { level2: '可持续影响指标' } }],
    },
    {
      name: '时效 with a count (seed 004 目标12 "按项 ≥3项")',
      grid: targetTable(['产出指标', '时效指标', '按项', '≥3项']),
      errors: [{ cell: 'D2', messageId: 'timelinessCount' }],
    },
    {
      name: '数量 with a rate (PE2)',
      grid: targetTable(['产出指标', '数量指标', '低保对象覆盖率', '≥95%']),
      errors: [{ cell: 'D2', messageId: 'quantityRate' }],
    },
    {
      name: '湖南 岳阳楼: a spending amount under 数量指标 ("业务工作支出安排金额 28.8萬元"), and subsidy funds paid out',
      grid: targetTable(['產出指標', '數量指標', '業務工作支出安排金額', '28.8萬元'], [null, '数量指标', '发放补助资金', '≥500万元']),
      errors: [
        { cell: 'D2', messageId: 'quantityMoney', data: { name: '业务工作支出安排金额', text: '28.8萬元' } },
        { cell: 'D3', messageId: 'quantityMoney', data: { text: '≥500万元' } },
      ],
    },
    {
      name: '成本 with a rate or a yes/no instead of an amount (湖北 黄石, 宁夏 原州)',
      grid: targetTable(['产出指标', '成本指标', '成本控制率', '100%'], [null, null, '是否超出预算', '否']),
      errors: [
        { cell: 'D2', messageId: 'costNotMoney' },
        { cell: 'D3', messageId: 'costNotMoney' },
      ],
    },
    {
      name: 'a concept with a number (seed 002 table 8)',
      grid: targetTable(['效果指标', '社会效益指标', '社会影响力', 90100]),
      errors: [{ cell: 'D2', messageId: 'conceptNumber' }],
    },
    {
      name: '四川 阆中: every 指标值 a bare whole number, 20 + 20 + 10 + 10 + 10 + 10 + 20 = 100, and no 分值 column',
      grid: selfEvaluationTable(
        [null, '数量指标', '建设普通省道二级公路32.1公里', 20, 20],
        [null, '质量指标', '建设符合验收要求', 20, 20],
        [null, '时效指标', '按期完成投资', 10, 10],
        [null, '成本指标', null, null, null],
        [null, '经济效益指标', '对经济发展的促进作用', 10, 10],
        [null, '社会效益指标', '基本公共服务水平', 10, 10],
        [null, '生态效益指标', '交通建设符合环评审批要求', 10, 10],
        ['满意度指标', '服务对象满意度指标', '改善通行服务水平群众满意度', 20, 20],
      ),
      errors: [
        { cell: 'D2', messageId: 'weightAsTarget', data: { text: '20', total: '100' } },
        { cell: 'D3', messageId: 'weightAsTarget' },
        { cell: 'D4', messageId: 'weightAsTarget' },
        { cell: 'D6', messageId: 'weightAsTarget' },
        { cell: 'D7', messageId: 'weightAsTarget' },
        { cell: 'D8', messageId: 'weightAsTarget' },
        { cell: 'D9', messageId: 'weightAsTarget', data: { name: '改善通行服务水平群众满意度' } },
      ],
    },
    {
      name: 'weights adding up to the 一级 scores printed in the names (50 + 30 + 10 = 90)',
      grid: targetTable(
        ['产出指标(50分)', '数量指标', '新建村级服务站', 20],
        [null, '质量指标', '验收合格', 20],
        [null, '时效指标', '按期完工', 10],
        ['效益指标(30分)', '社会效益指标', '方便群众办事', 30],
        ['满意度指标(10分)', '服务对象满意度指标', '群众满意度', 10],
      ),
      errors: [
        { cell: 'D2', messageId: 'weightAsTarget', data: { total: '90' } },
        { cell: 'D3', messageId: 'weightAsTarget' },
        { cell: 'D4', messageId: 'weightAsTarget' },
        { cell: 'D5', messageId: 'weightAsTarget' },
        { cell: 'D6', messageId: 'weightAsTarget' },
      ],
    },
  ],
} satisfies CheckCases;
