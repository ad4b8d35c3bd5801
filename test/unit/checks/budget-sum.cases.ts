import type { CheckCases } from '../../support/check-cases';
import { grid } from '../../support/grid';

const block = (total: number, fiscal: number, other: number | null) =>
  grid([
    ['资金情况（万元）', null, '年初预算资金总额：', '实际投入资金额', '产生差异的原因'],
    [null, '合计', 55, total, null],
    [null, '其中：财政拨款', 55, fiscal, null],
    [null, '其他资金', null, other, '彩票基金'],
    ['一级指标', '二级指标', '三级指标', '指标值', '全年实际完成值'],
    ['产出指标', '数量指标', '培训人数', '≥100人', '100人'],
  ]);

export default {
  valid: [block(275, 273, 2)],
  invalid: [
    {
      name: 'seed 004: 273 + 2 ≠ 274',
      grid: block(274, 273, 2),
      errors: [{ cell: 'D2', messageId: 'sum', data: { column: '执行数', sum: '275', parts: '273 + 2', total: '274' } }],
    },
  ],
} satisfies CheckCases;
