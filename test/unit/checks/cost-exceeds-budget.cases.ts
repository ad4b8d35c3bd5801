import type { CheckCases } from '../../support/check-cases';
import { grid } from '../../support/grid';

const HEADER = ['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'];

/** Seed 004's 部门整体 layout: a 资金情况 block covering one group (目标N) per cost target. */
const department = (budget: number, ...costs: string[]) =>
  grid([
    ['资金情况（万元）', null, '年初预算资金总额：', '实际投入资金额', '产生差异的原因'],
    [null, '合计', budget, budget, null],
    ...costs.flatMap((cost, i) => [
      [`目标${i + 1}`, '一级指标', '二级指标', '三级指标', '指标值', '全年实际完成值'],
      [null, '产出指标', '成本指标', '项目支出', cost, null],
    ]),
  ]);

export default {
  valid: [
    // Seed 000: ≤465000元 equals the annual funding 465,000.00.
    grid([
      ['中期资金来源（元）', 1395000],
      ['年度资金来源（元）', 465000],
      HEADER,
      ['产出指标', '成本指标', '3年项目工作支出金额', '≤1395000元', '成本指标', '项目工作支出金额', '≤465000元'],
    ]),
    // Seed 004: Σ readable costs 52.1万 ≤ 55万; the unresolved "≤2,53万" is skipped.
    department(55, '≤2万', '≥15万', '≥6万', '≥10万', '≥9万', '≤3万', '≤2,53万', '≥4万', '≤0.5万', '≤0.3万', '≤0.3万', '≤2万'),
    // A length under 成本指标 is not money: 12万 + 9万 = 21万 ≤ 25万, the 800公里 is not added as 800,000.
    department(25, '≤12万', '≤9万', '≤800公里'),
  ],
  invalid: [
    {
      name: 'annual costs in 万元 above the 元 funding',
      grid: grid([
        ['中期资金来源（元）', 1395000],
        ['年度资金来源（元）', 465000],
        HEADER,
        ['产出指标', '成本指标', '3年项目支出', '≤1395000元', '成本指标', '项目支出', '≤40万元'],
        [null, '成本指标', '3年设备购置', '≤0元', '成本指标', '设备购置', '≤10万元'],
      ]),
      errors: [{ cell: 'B2', messageId: 'exceeds', data: { period: '年度', total: '500000', funding: '465000' } }],
    },
    {
      name: '河北: 预算数 in 万元 (单位：万元)',
      grid: grid([['单位：万元'], ['预算数', 3.5], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '成本指标', '补贴支出', '≤4万元']]),
      errors: [{ cell: 'B2', messageId: 'exceeds', data: { total: '40000', funding: '35000' } }],
    },
    {
      name: 'a department budget block below the costs of all the groups it covers',
      grid: department(20, '≤12万', '≤9.5万'),
      errors: [{ cell: 'C2', messageId: 'exceeds', data: { total: '215000', funding: '200000', label: '合计' } }],
    },
    {
      name: 'costs in 元, 万 and 万元 added in 元',
      grid: department(20, '≤120000元', '≤5万', '≤3.5万元'),
      errors: [{ cell: 'C2', messageId: 'exceeds', data: { total: '205000', funding: '200000', label: '合计' } }],
    },
  ],
} satisfies CheckCases;
