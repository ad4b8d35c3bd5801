import check from '../../../src/core/checks/placeholder-value';
import { runCheckTests } from '../../support/check-tester';
import { targetTable } from '../../support/grid';

runCheckTests(check, {
  valid: [targetTable(['产出指标', '质量指标', '合格率', '≥95%'], [null, '数量指标', '改造户数', '≥15户'])],
  invalid: [
    {
      grid: targetTable(['产出指标', '质量指标', '合格率', '≥XX%'], [null, '数量指标', '改造户数', '≥**户'], [null, '时效指标', '完成时限', '___']),
      errors: [
        { cell: 'D2', messageId: 'placeholder', data: { placeholder: 'XX' } },
        { cell: 'D3', messageId: 'placeholder', data: { placeholder: '**' } },
        { cell: 'D4', messageId: 'placeholder' },
      ],
    },
  ],
});
