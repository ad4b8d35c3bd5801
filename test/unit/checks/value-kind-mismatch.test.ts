import check from '../../../src/core/checks/value-kind-mismatch';
import { runCheckTests } from '../../support/check-tester';
import { targetTable } from '../../support/grid';

runCheckTests(check, {
  valid: [
    targetTable(['产出指标', '时效指标', '按时完成率', '≥95%'], [null, '时效指标', '办证时限', '≤30日'], [null, '数量指标', '培训人数', '≥200人']),
    targetTable(['产出指标', '成本指标', '人均补助标准', '≤1000元/人'], [null, null, '项目总成本', '≤20万元']),
  ],
  invalid: [
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
      name: '成本 with a rate or a yes/no instead of an amount (湖北 黄石, 宁夏 原州)',
      grid: targetTable(['产出指标', '成本指标', '成本控制率', '100%'], [null, null, '是否超出预算', '否']),
      errors: [{ cell: 'D2', messageId: 'costNotMoney' }, { cell: 'D3', messageId: 'costNotMoney' }],
    },
    {
      name: 'a concept with a number (seed 002 table 8)',
      grid: targetTable(['效果指标', '社会效益指标', '社会影响力', 90100]),
      errors: [{ cell: 'D2', messageId: 'conceptNumber' }],
    },
  ],
});
