import type { CheckCases } from '../../support/check-cases';
import { selfEvaluationTable, targetTable } from '../../support/grid';

export default {
  valid: [
    selfEvaluationTable(['产出指标', '数量指标', '培训人数', '≥2人', '4人'], [null, '可持续影响指标', null, null, null]),
    // A target table has no actuals to miss.
    targetTable(['产出指标', '数量指标', '培训人数', '≥2人']),
  ],
  invalid: [
    {
      name: 'seed 004 目标8 and 目标10',
      grid: selfEvaluationTable(['产出指标', '数量指标', '误工补贴人数', '≤28人', null], [null, '质量指标', '工资发放率', '100%', 1]),
      errors: [{ cell: 'E2', messageId: 'missing', severity: 'error' }],
    },
    {
      name: 'a named row whose target is blank too (digits lost in the capture, 湖北工程学院)',
      grid: selfEvaluationTable(['产出指标', '数量指标', '国家助学金人数', null, null], [null, '质量指标', '评审程序是否公正', '是', '是']),
      errors: [{ cell: 'E2', messageId: 'blank', data: { name: '国家助学金人数' } }],
    },
    {
      name: 'every actual blank: one warning for the table',
      grid: selfEvaluationTable(['产出指标', '数量指标', '培训人数', '≥2人', null], [null, '质量指标', '合格率', '≥90%', null]),
      errors: [{ cell: 'E2', messageId: 'allBlank', severity: 'warning', data: { count: 2 } }],
    },
  ],
} satisfies CheckCases;
