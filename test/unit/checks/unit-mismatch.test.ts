import check from '../../../src/core/checks/unit-mismatch';
import { runCheckTests } from '../../support/check-tester';
import { grid, selfEvaluationTable } from '../../support/grid';

const TWIN_HEADER = ['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'];

runCheckTests(check, {
  valid: [
    selfEvaluationTable(['产出指标', '成本指标', '项目支出', '≤2万', '5.6万元'], [null, '数量指标', '培训人数', '≥260人', 260]),
    grid([TWIN_HEADER, ['产出指标', '成本指标', '3年项目支出', '≤1395000元', '成本指标', '项目支出', '≤46.5万元']]),
  ],
  invalid: [
    {
      name: 'seed 003: 元/人.年 vs 元/年',
      grid: grid([TWIN_HEADER, ['产出指标', '成本指标', '每人每年补助缴费款', '320元/人.年', '成本指标', '2020年补助缴费款', '280元/年']]),
      errors: [{ cell: 'G2', messageId: 'twin', data: { unit: '元/年', otherUnit: '元/人.年', otherCell: 'D2' } }],
    },
    {
      name: 'target vs actual, and a head count measured in 个 (PE4)',
      grid: selfEvaluationTable(['产出指标', '数量指标', '改造面积', '≥400平方米', '3户'], [null, '数量指标', '村组干部人数', '≥230个', '230个']),
      errors: [{ cell: 'E2', messageId: 'actual' }, { cell: 'D3', messageId: 'nameNoun' }],
    },
  ],
});
