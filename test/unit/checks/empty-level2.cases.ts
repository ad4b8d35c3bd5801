import type { CheckCases } from '../../support/check-cases';
import { targetTable } from '../../support/grid';

export default {
  valid: [targetTable(['产出指标', '数量指标', '培训人数', '≥200人'], [null, '质量指标', '合格率', '≥95%'])],
  invalid: [
    {
      name: 'a 二级 with nothing under it (seed 004 目标8–12)',
      grid: targetTable(['效益指标', '社会效益指标', '就业率', '≥60%'], [null, '可持续影响', null, null]),
      errors: [{ cell: 'B3', messageId: 'emptyLevel2' }],
    },
    {
      name: 'a single blank row inside the table (seed 004 目标1)',
      grid: targetTable(['产出指标', '数量指标', '培训人数', '≥200人'], [], [null, '质量指标', '合格率', '≥95%']),
      errors: [{ cell: 'A3', messageId: 'blankRow', data: { row: 3 } }],
    },
  ],
} satisfies CheckCases;
