import check from '../../../src/core/checks/malformed-number';
import { runCheckTests } from '../../support/check-tester';
import { targetTable } from '../../support/grid';

runCheckTests(check, {
  valid: [targetTable(['产出指标', '数量指标', '参保人数', '≥69,000人'], [null, '成本指标', '项目支出', '≤1,395,000.00元'])],
  invalid: [
    {
      name: 'trailing 。 (seed 003): info with a safe fix',
      grid: targetTable(['产出指标', '数量指标', '参保人数', '69000人。']),
      errors: [{ cell: 'D2', messageId: 'trailingPunctuation', severity: 'info' }],
      output: { D2: '69000人' },
    },
    {
      name: 'digits that do not form a number',
      grid: targetTable(['产出指标', '数量指标', '参保人数', '≥1,23,4人'], [null, '数量指标', '培训场次', '≥3场 共5期']),
      errors: [{ cell: 'D2', messageId: 'malformed', severity: 'error' }, { cell: 'D3', messageId: 'malformed' }],
    },
  ],
});
