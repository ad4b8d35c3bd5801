import type { CheckCases } from '../../support/check-cases';
import { targetTable } from '../../support/grid';

export default {
  valid: [
    targetTable(['产出指标', '数量指标', '服务人次', '≥90100人次'], [null, '质量指标', '合格率', '90-100'], [null, '质量指标', '到位率', '≥95%']),
    // Only 50–99 as the lower bound makes a plausible range.
    targetTable(['产出指标', '质量指标', '覆盖率', 12100]),
  ],
  invalid: [
    {
      name: 'seed 002: numbers 90100 and 85100',
      grid: targetTable(['产出指标', '时效指标', '完成率', 90100], ['满意度指标', '服务对象满意度指标', '残疾人满意度', '85100']),
      errors: [
        { cell: 'D2', messageId: 'lostSeparator', data: { lower: '90', suggestion: '≥90%' } },
        { cell: 'D3', messageId: 'lostSeparator', data: { suggestion: '≥85%' } },
      ],
      output: { D2: '≥90%', D3: '≥85%' },
    },
  ],
} satisfies CheckCases;
