import type { CheckCases } from '../../support/check-cases';
import { selfEvaluationTable } from '../../support/grid';

export default {
  valid: [
    selfEvaluationTable(['产出指标', '质量指标', '合格率', '≥80%', '80%'], [null, '数量指标', '培训人数', '≥2人', 1]),
    // 0.3 beside "≤0.5%" is 0.3%: the target's own scale, not 30%.
    selfEvaluationTable(['产出指标', '质量指标', '差错率', '≤0.5%', 0.3]),
  ],
  invalid: [
    {
      name: 'seed 004: numeric actuals 0.8 and 1, a numeric target 1 (safe: only the number format changes)',
      grid: selfEvaluationTable(['产出指标', '质量指标', '合格率', '≥80%', 0.8], ['满意度指标', '服务对象满意度指标', '残疾人满意度', 1, 1]),
      errors: [
        { cell: 'E2', messageId: 'fraction', data: { percent: '80%' } },
        { cell: 'D3', messageId: 'fraction', data: { percent: '100%' } },
        { cell: 'E3', messageId: 'fraction' },
      ],
      output: { E2: '80%', D3: '100%', E3: '100%' },
    },
    {
      name: 'a fraction typed as text must be retyped (review)',
      grid: selfEvaluationTable(['效益指标', '社会效益指标', '上访率', '≤5%', '0.05']),
      errors: [{ cell: 'E2', messageId: 'fraction', data: { percent: '5%' } }],
      output: { E2: '5%' },
    },
  ],
} satisfies CheckCases;
