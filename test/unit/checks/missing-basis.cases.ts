import type { CheckCases } from '../../support/check-cases';
import { grid } from '../../support/grid';

const HEADER = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'];

export default {
  valid: [grid([HEADER, ['产出指标', '时效指标', '完成率', '当年补贴发放完成情况', '≥95%', '2019年实际完成率']])],
  invalid: [
    {
      grid: grid([
        HEADER,
        ['产出指标', '时效指标', '完成率', '当年补贴发放完成情况', '≥95%', null],
        ['满意度指标', '服务对象满意度指标', '服务对象满意度', '满意程度', '≥90%', null],
      ]),
      errors: [{ cell: 'F2', messageId: 'empty', data: { count: 2 } }],
    },
  ],
} satisfies CheckCases;
