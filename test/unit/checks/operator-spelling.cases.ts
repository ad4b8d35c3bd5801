import type { CheckCases } from '../../support/check-cases';
import { targetTable } from '../../support/grid';

export default {
  valid: [targetTable(['产出指标', '质量指标', '合格率', '≥98%'], [null, '质量指标', '优良率', '>92%'], [null, '时效指标', '完成时限', '11月底前'])],
  invalid: [
    {
      name: 'PE5 "98%以上", ASCII >=, 不低于, 以内',
      grid: targetTable(
        ['产出指标', '质量指标', '合格率', '98%以上'],
        [null, '质量指标', '覆盖率', '>=95%'],
        [null, '数量指标', '培训人数', '不低于200人'],
        [null, '成本指标', '项目支出', '50万元以内'],
      ),
      errors: [
        { cell: 'D2', messageId: 'spelling', data: { spelling: '以上', suggestion: '≥98%' } },
        { cell: 'D3', messageId: 'spelling', data: { spelling: '>=' } },
        { cell: 'D4', messageId: 'spelling', data: { suggestion: '≥200人' } },
        { cell: 'D5', messageId: 'spelling', data: { suggestion: '≤50万元' } },
      ],
      output: { D2: '≥98%', D3: '≥95%', D4: '≥200人', D5: '≤50万元' },
    },
    {
      name: '广东 东莞 "±3%以内": ≤3% on the size of the deviation, a suggestion to confirm',
      grid: targetTable(['产出指标', '质量指标', '补助款结算误差率', '±3%以内']),
      errors: [{ cell: 'D2', messageId: 'spelling', data: { spelling: '±…以内', suggestion: '≤3%' } }],
      output: { D2: '≤3%' },
    },
  ],
} satisfies CheckCases;
