import type { CheckCases } from '../../support/check-cases';
import { targetTable } from '../../support/grid';

export default {
  valid: [targetTable(['产出指标', '成本指标', '项目支出', '≤50万元']), targetTable(['成本指标', '经济成本指标', '项目支出', '≤50万元'])],
  invalid: [
    {
      name: '经济成本指标 under 产出',
      grid: targetTable(['产出指标', '经济成本指标', '项目支出', '≤50万元']),
      errors: [{ cell: 'B2', messageId: 'mixed' }],
    },
    {
      name: '成本指标 both first-level and second-level',
      grid: targetTable(['产出指标', '成本指标', '培训支出', '≤5万元'], ['成本指标', '经济成本指标', '项目支出', '≤50万元']),
      errors: [{ cell: 'B2', messageId: 'mixed' }],
    },
  ],
} satisfies CheckCases;
