import type { CellValue } from '../../../src/core/grid';
import type { CheckCases } from '../../support/check-cases';
import { grid } from '../../support/grid';

/** The 10号 annex block: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分, then an indicator table. */
function annex(total: CellValue[], header = ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '原因']) {
  return grid([
    header,
    ['年度资金总额', ...total],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
    ['产出指标', '数量指标', '培训人数', '≥100人', '100人'],
  ]);
}

export default {
  valid: [
    // PE2: 251.89 / 251.89 = 100.00%, 得分 10.
    annex([251.89, 251.89, 251.89, 10, '100.00%', 10, null]),
    annex([200, 180, 171, 10, 0.95, 9.5, null]),
  ],
  invalid: [
    {
      name: "云南 临翔: the 其中 row repeats the total's printed 97.80%, where 31.69 / 32.4 is 97.81%",
      grid: grid([
        ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '原因'],
        ['年度资金总额', null, 32.4, 31.69, 10, '97.81%', 9.78, null],
        ['其中：当年财政拨款', null, 32.4, 31.69, 10, '97.80%', 9, null],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
        ['产出指标', '数量指标', '培训人数', '≥100人', '100人'],
      ]),
      errors: [{ cell: 'F3', messageId: 'rateMismatch', data: { rate: '97.81%', printed: '97.80%' } }],
    },
    {
      name: 'seed 004: 498.18% against the 年初预算 only (no adjusted column)',
      grid: grid([
        ['资金情况（万元）', null, '年初预算资金总额：', '实际投入资金额', '产生差异的原因'],
        [null, '合计', 55, 274, '全区性项目未纳入预算'],
        ['一级指标', '二级指标', '三级指标', '指标值', '全年实际完成值'],
        ['产出指标', '数量指标', '培训人数', '≥100人', '100人'],
      ]),
      errors: [
        { cell: 'C2', messageId: 'noAdjusted', severity: 'info', data: { budget: '55' } },
        { cell: 'D2', messageId: 'over', data: { rate: '498.18%' } },
      ],
    },
    {
      name: 'below 90% without a reason; printed rate and score off the formula',
      grid: annex([200, 200, 150, 10, '80%', 8, null]),
      errors: [
        { cell: 'F2', messageId: 'rateMismatch', data: { rate: '75.00%' } },
        { cell: 'G2', messageId: 'scoreMismatch', data: { score: '7.50' } },
        { cell: 'H2', messageId: 'low' },
      ],
    },
    {
      // Found by the messy-sheet property test: -3 / 274 was scored as a negative rate that lowered the total.
      name: 'a negative budget: one error on the budget cell, and no rate to judge (the scoring test shows it is not scored)',
      grid: grid([
        ['资金情况（万元）', null, '年初预算资金总额', '实际投入资金额', '产生差异的原因'],
        [null, '合计', -3, 274, null],
        ['一级指标', '二级指标', '三级指标', '指标值', '全年实际完成值'],
        ['产出指标', '数量指标', '培训人数', '≥100人', '100人'],
      ]),
      errors: [{ cell: 'C2', messageId: 'negative', severity: 'error', data: { budget: '-3', executed: '274' } }],
    },
    {
      name: 'negative spending against the adjusted budget: the error is on the 执行数 cell',
      grid: annex([200, 180, -5, 10, null, null, null]),
      errors: [{ cell: 'D2', messageId: 'negative', data: { budget: '180', executed: '-5' } }],
    },
    {
      name: 'a blank 得分 is filled from the formula (safe)',
      grid: annex([100, 100, 95, 10, '95%', null, null]),
      errors: [{ cell: 'G2', messageId: 'scoreBlank', data: { score: '9.50' } }],
      output: { G2: '9.50' },
    },
  ],
} satisfies CheckCases;
