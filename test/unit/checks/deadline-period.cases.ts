import type { CheckCases } from '../../support/check-cases';
import { grid, TARGET_HEADER } from '../../support/grid';

const withPeriod = (period: string, ...rows: (string | null)[][]) => grid([['项目期', period], TARGET_HEADER, ...rows]);

export default {
  valid: [
    withPeriod('2022年3月-2023年11月', ['产出指标', '时效指标', '项目完成时间', '2023年11月底前'], [null, null, '资金拨付时间', '2022年6月前']),
    // A deadline without a year is the table's own year; a period written as "1月-12月" of one year.
    withPeriod('2021年1月-12月', ['产出指标', '时效指标', '补助发放时间', '11月底前'], [null, null, '项目完成时间', '2021年12月31日前']),
    // No period stated: nothing to compare.
    grid([TARGET_HEADER, ['产出指标', '时效指标', '项目完成时间', '2019年12月底前']]),
  ],
  invalid: [
    {
      name: '宁夏 原州: 项目完成时间 2023年底 after a 项目期 ending 2023年11月; a deadline before the period begins',
      grid: withPeriod('2022年3月-2023年11月', ['产出指标', '时效指标', '项目完成时间', '2023年底'], [null, null, '资金支付时间', '2021年11月30日前']),
      errors: [
        { cell: 'D3', messageId: 'outside', data: { period: '2022年3月-2023年11月' } },
        { cell: 'D4', messageId: 'outside' },
      ],
    },
  ],
} satisfies CheckCases;
