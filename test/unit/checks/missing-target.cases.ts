import type { CheckCases } from '../../support/check-cases';
import { grid, targetTable } from '../../support/grid';

export default {
  valid: [
    targetTable(['产出指标', '数量指标', '培训人数', '≥200人']),
    // A 二级 with no 三级 is empty-level2's, not a missing target.
    targetTable(['产出指标', '数量指标', '培训人数', '≥200人'], [null, '质量指标', null, null]),
    {
      name: 'twin table whose 长期 block is left empty throughout (DOMAIN §1.2)',
      grid: grid([
        ['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '培训人数', null, '数量指标', '培训人数', '≥200人'],
      ]),
    },
  ],
  invalid: [
    {
      name: '河北 宁晋: a named row with its 目标值 empty',
      grid: targetTable(['产出指标', '数量指标', '享受资助人数', 2100], [null, null, '规章制度', null]),
      errors: [{ cell: 'D3', messageId: 'missing', data: { name: '规章制度' } }],
    },
    {
      name: '陕西 陈仓: every 指标值 empty, each is told',
      grid: targetTable(['产出指标', '数量指标', '完成造林面积(亩)', null], [null, null, '补助人数(人)', null]),
      errors: [
        { cell: 'D2', messageId: 'missing' },
        { cell: 'D3', messageId: 'missing' },
      ],
    },
  ],
} satisfies CheckCases;
