import check from '../../../src/core/checks/satisfaction-format';
import { runCheckTests } from '../../support/check-tester';
import { targetTable } from '../../support/grid';

runCheckTests(check, {
  valid: [
    targetTable(['满意度指标', '服务对象满意度指标', '残疾人满意度', '≥90%'], [null, '服务对象满意度指标', '家属满意度', '≥80%']),
    // Listed under 满意度 but not a satisfaction: a complaint rate of 5% is not a low 满意度 target.
    targetTable(['满意度指标', '服务对象满意度指标', '投诉率', '≤5%'], [null, '服务对象满意度指标', '有效投诉', '≤2次']),
  ],
  invalid: [
    {
      grid: targetTable(['满意度指标', '服务对象满意度指标', '托养残疾人满意度', '好'], [null, '服务对象满意度指标', '家属满意度', '≥60%']),
      errors: [{ cell: 'D2', messageId: 'grade' }, { cell: 'D3', messageId: 'low' }],
    },
  ],
});
