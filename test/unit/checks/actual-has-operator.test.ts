import check from '../../../src/core/checks/actual-has-operator';
import { runCheckTests } from '../../support/check-tester';
import { selfEvaluationTable } from '../../support/grid';

runCheckTests(check, {
  valid: [selfEvaluationTable(['产出指标', '质量指标', '改造率', '≥90%', '92%'], [null, '时效指标', '完成时间', '11月底前', '11月20日前'])],
  invalid: [
    {
      name: 'seed 004 目标5, 9, 10: "≥90%" copied as the actual',
      grid: selfEvaluationTable(['产出指标', '质量指标', '改造率', '≥90%', '≥90%']),
      errors: [{ cell: 'E2', messageId: 'withOperator', data: { suggestion: '90%' } }],
      output: { E2: '90%' },
    },
  ],
});
