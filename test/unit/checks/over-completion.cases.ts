import type { CheckCases } from '../../support/check-cases';
import { selfEvaluationTable } from '../../support/grid';

export default {
  valid: [selfEvaluationTable(['产出指标', '数量指标', '培训人数', '≥100人', '129人'], [null, '成本指标', '项目支出', '≤10万元', '3万元'])],
  invalid: [
    {
      name: 'seed 004 目标1 数量 (r 2.0000) and a cost written with ≥ (scored as written)',
      grid: selfEvaluationTable(
        ['产出指标', '数量指标', '扶持从业人数', '≥2人', '4人'],
        [null, '成本指标', '康复救济', '≥15万', '37.114万'],
        [null, '数量指标', '培训人数', '＝100人', '130人'],
      ),
      errors: [
        { cell: 'E2', messageId: 'over', data: { percent: '200.00' } },
        { cell: 'E3', messageId: 'over', data: { percent: '247.43' } },
        { cell: 'E4', messageId: 'over', data: { percent: '130.00' } },
      ],
    },
  ],
} satisfies CheckCases;
