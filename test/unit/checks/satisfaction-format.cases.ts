import type { CheckCases } from '../../support/check-cases';
import { targetTable, WEIGHTS_AS_TARGETS } from '../../support/grid';

export default {
  valid: [
    targetTable(['满意度指标', '服务对象满意度指标', '残疾人满意度', '≥90%'], [null, '服务对象满意度指标', '家属满意度', '≥80%']),
    // Listed under 满意度 but not a satisfaction: a complaint rate of 5% is not a low 满意度 target.
    targetTable(['满意度指标', '服务对象满意度指标', '投诉率', '≤5%'], [null, '服务对象满意度指标', '有效投诉', '≤2次']),
  ],
  invalid: [
    {
      name: '四川 阆中: a 分值 of 20 written as the 满意度 target is no satisfaction rate',
      grid: WEIGHTS_AS_TARGETS,
      errors: [{ cell: 'D8', messageId: 'grade' }],
    },
    {
      grid: targetTable(['满意度指标', '服务对象满意度指标', '托养残疾人满意度', '好'], [null, '服务对象满意度指标', '家属满意度', '≥60%']),
      errors: [
        { cell: 'D2', messageId: 'grade' },
        { cell: 'D3', messageId: 'low' },
      ],
    },
  ],
} satisfies CheckCases;
