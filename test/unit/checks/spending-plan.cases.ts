import type { CellValue } from '../../../src/core/grid';
import type { CheckCases } from '../../support/check-cases';
import { grid } from '../../support/grid';

function plan(...values: CellValue[]) {
  return grid([
    ['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底'],
    [null, ...values],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '时效指标', '完成率', '≥95%'],
  ]);
}

export default {
  valid: [plan(25, 50, 75, 100), plan(null, null, null, 100)],
  invalid: [
    { name: 'seed 002 tables 1, 2: 100 at 10月底, 12月底 blank', grid: plan(null, null, 100, null), errors: [{ cell: 'E2', messageId: 'notComplete' }] },
    { name: 'seed 002 table 4: a gap mid-way', grid: plan(null, 50, null, 100), errors: [{ cell: 'D2', messageId: 'gap' }] },
    { name: 'a decreasing cumulative share', grid: plan(30, 20, 60, 100), errors: [{ cell: 'C2', messageId: 'decreasing', data: { previous: '30' } }] },
  ],
} satisfies CheckCases;
