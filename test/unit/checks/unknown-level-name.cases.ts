import type { CheckCases } from '../../support/check-cases';
import { grid, targetTable } from '../../support/grid';

const TWIN_HEADER = ['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'];

export default {
  valid: [targetTable(['产出指标', '数量指标', '培训人数', '≥200人'], ['效果指标', '社会效益指标', '就业率', '≥90%'])],
  invalid: [
    {
      name: "a 一级 name in the 二级 column of the 年度 block takes the 中期 twin's 二级 (seed 003)",
      grid: grid([TWIN_HEADER, ['效益指标', '社会效益指标', '参保率', '≥95%', '效益指标', '参保率', '≥95%']]),
      errors: [{ cell: 'E2', messageId: 'level1AsLevel2', data: { name: '效益指标' } }],
      output: { E2: '社会效益指标' },
    },
    {
      name: 'a misspelt 二级 gets the nearest allowed name',
      grid: targetTable(['产出指标', '数里指标', '培训人数', '≥200人']),
      errors: [{ cell: 'B2', messageId: 'level2' }],
      output: { B2: '数量指标' },
    },
    {
      name: 'an unknown 一级 with no near name',
      grid: targetTable(['投入指标', '数量指标', '培训人数', '≥200人']),
      errors: [{ cell: 'A2', messageId: 'level1' }],
    },
  ],
} satisfies CheckCases;
