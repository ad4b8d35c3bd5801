import type { CheckCases } from '../../support/check-cases';
import { targetTable } from '../../support/grid';

export default {
  valid: [
    targetTable(
      ['产出指标', '数量指标', '培训人数', '≥200人'],
      ['效益指标', '社会效益指标', '就业率', '≥60%'],
      // A satisfaction row misplaced under 效益 still counts as the 满意度 group (hierarchy-parent reports the placement).
      [null, '服务对象满意度指标', '学员满意度', '≥90%'],
    ),
  ],
  invalid: [
    {
      name: '产出 without 数量, and no 满意度 (seed 002 has the first)',
      grid: targetTable(['产出指标', '时效指标', '完成率', '100'], ['效益指标', '社会效益指标', '补贴发放率', '100']),
      errors: [
        { cell: 'A1', messageId: 'noQuantity' },
        { cell: 'A1', messageId: 'noSatisfaction' },
      ],
    },
    {
      name: 'no 产出, no 效益',
      grid: targetTable(['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%']),
      errors: [
        { cell: 'A1', messageId: 'noEffect' },
        { cell: 'A1', messageId: 'noOutput' },
      ],
    },
  ],
} satisfies CheckCases;
