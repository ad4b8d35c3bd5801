import type { CheckCases } from '../../support/check-cases';
import { targetTable } from '../../support/grid';

export default {
  valid: [targetTable(['满意度指标', '服务对象满意度指标', '残疾人满意度', '≥90%'])],
  invalid: [
    {
      name: 'seed 004 目标1: the operator moves into a value that has its unit',
      grid: targetTable(['满意度指标', '服务对象满意度指标', '残疾人满意度                    =', '90%']),
      errors: [{ cell: 'C2', messageId: 'inName', data: { operator: '=', name: '残疾人满意度' } }],
      output: { D2: '＝90%', C2: '残疾人满意度' },
    },
    {
      name: 'no fix where the value is a bare fraction or words',
      grid: targetTable(['满意度指标', '服务对象满意度指标', '残疾人满意度 =', 1], ['效益指标', '可持续影响指标', '提升残疾人就业能力   =', '长期']),
      errors: [
        { cell: 'C2', messageId: 'inName' },
        { cell: 'C3', messageId: 'inName' },
      ],
    },
  ],
} satisfies CheckCases;
