import type { CheckCases } from '../../support/check-cases';
import { targetTable } from '../../support/grid';

export default {
  valid: [
    targetTable(['产出指标', '数量指标', '培训人数', '≥200人'], ['产出指标', '质量指标', '合格率', '≥95%'], ['效益指标', '社会效益指标', '就业率', '≥60%']),
  ],
  invalid: [
    {
      name: '一级 repeated on every row, out of order (PE4)',
      grid: targetTable(
        ['产出指标', '数量指标', '培训人数', '≥200人'],
        ['效益指标', '社会效益指标', '就业率', '≥60%'],
        ['产出指标', '质量指标', '合格率', '≥95%'],
      ),
      errors: [{ cell: 'A4', messageId: 'split', data: { level1: '产出指标' } }],
    },
  ],
} satisfies CheckCases;
