import type { CheckCases } from '../../support/check-cases';
import { selfEvaluationTable } from '../../support/grid';

export default {
  valid: [selfEvaluationTable(['产出指标', '时效指标', '培训频次', '1次/年', '1次/年'])],
  invalid: [
    {
      name: 'seed 004 目标5 and 目标7',
      grid: selfEvaluationTable(['产出指标', '时效指标', '改厨改厕频次', '1次/年', '每年一次'], [null, '时效指标', '培训频次', '一年一次', '两次']),
      errors: [
        { cell: 'E2', messageId: 'words', data: { suggestion: '1次/年' } },
        { cell: 'D3', messageId: 'words', data: { suggestion: '1次/年' } },
        { cell: 'E3', messageId: 'words', data: { suggestion: '2次' } },
      ],
      output: { E2: '1次/年', D3: '1次/年', E3: '2次' },
    },
  ],
} satisfies CheckCases;
