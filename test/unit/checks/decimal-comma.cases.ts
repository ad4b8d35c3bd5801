import type { CheckCases } from '../../support/check-cases';
import { selfEvaluationTable } from '../../support/grid';

export default {
  valid: [selfEvaluationTable(['产出指标', '成本指标', '培训补助', '≤2.53万元', '2,530元'])],
  invalid: [
    {
      name: 'seed 004 目标7 "≤2,53万", and an actual with one decimal digit: 万 under 成本 written out in the same fix',
      grid: selfEvaluationTable(['产出指标', '成本指标', '培训补助', '≤2,53万', '2,5万']),
      errors: [
        { cell: 'D2', messageId: 'decimalComma', data: { suggestion: '≤2.53万元', digits: 2 } },
        { cell: 'E2', messageId: 'decimalComma', data: { suggestion: '2.5万元' } },
      ],
      output: { D2: '≤2.53万元', E2: '2.5万元' },
    },
  ],
} satisfies CheckCases;
