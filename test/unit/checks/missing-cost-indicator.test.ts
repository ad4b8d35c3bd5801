import check from '../../../src/core/checks/missing-cost-indicator';
import { runCheckTests } from '../../support/check-tester';
import { targetTable } from '../../support/grid';

runCheckTests(check, {
  valid: [
    targetTable(['产出指标', '成本指标', '项目支出', '≤50万元']),
    targetTable(['成本指标', '经济成本指标', '项目支出', '≤50万元']),
  ],
  invalid: [
    {
      grid: targetTable(['产出指标', '数量指标', '培训人数', '≥200人'], ['效益指标', '社会效益指标', '就业率', '≥60%']),
      errors: [{ cell: 'A1', messageId: 'noCost' }],
    },
  ],
});
