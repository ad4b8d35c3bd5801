import check from '../../../src/core/checks/unit-spelling';
import { runCheckTests } from '../../support/check-tester';
import { selfEvaluationTable } from '../../support/grid';

runCheckTests(check, {
  valid: [selfEvaluationTable(['产出指标', '成本指标', '项目支出', '≤2万元', '1.5万元'], [null, '数量指标', '受益人数', '≥2万人', '2.1万人'])],
  invalid: [
    {
      name: 'seed 004: 万 on costs (safe), 平方 (safe), km (review)',
      grid: selfEvaluationTable(['产出指标', '成本指标', '残疾人就业扶持补贴', '≤2万', '5.6万'], [null, '数量指标', '改厨改厕面积', '≥400平方', '412平方'], [null, '数量指标', '道路里程', '≥3km', '3.2km']),
      errors: [
        { cell: 'D2', messageId: 'short', data: { suggestion: '≤2万元' } },
        { cell: 'E2', messageId: 'short', data: { suggestion: '5.6万元' } },
        { cell: 'D3', messageId: 'short', data: { suggestion: '≥400平方米' } },
        { cell: 'E3', messageId: 'short' },
        { cell: 'D4', messageId: 'short', data: { suggestion: '≥3公里' } },
        { cell: 'E4', messageId: 'short' },
      ],
      output: { D2: '≤2万元', E2: '5.6万元', D3: '≥400平方米', E3: '412平方米', D4: '≥3公里', E4: '3.2公里' },
    },
  ],
});
