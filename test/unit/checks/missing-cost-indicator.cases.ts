import type { CheckCases } from '../../support/check-cases';
import { targetTable } from '../../support/grid';

export default {
  valid: [targetTable(['产出指标', '成本指标', '项目支出', '≤50万元']), targetTable(['成本指标', '经济成本指标', '项目支出', '≤50万元'])],
  invalid: [
    {
      grid: targetTable(['产出指标', '数量指标', '培训人数', '≥200人'], ['效益指标', '社会效益指标', '就业率', '≥60%']),
      errors: [{ cell: 'A1', messageId: 'noCost' }],
    },
  ],
} satisfies CheckCases;
