import check from '../../../src/core/checks/vague-qualitative';
import { runCheckTests } from '../../support/check-tester';
import { targetTable } from '../../support/grid';

runCheckTests(check, {
  valid: [
    targetTable(['效益指标', '社会效益指标', '就业率', '≥60%'], [null, '可持续影响指标', '长效机制', '达成年度指标']),
    // A satisfaction grade is satisfaction-format's finding, not this check's.
    targetTable(['满意度指标', '服务对象满意度指标', '残疾人满意度', '良好']),
  ],
  invalid: [
    {
      grid: targetTable(['效益指标', '社会效益指标', '残疾人生活改善', '良好'], [null, '可持续影响指标', '保障残疾人福利', '长期']),
      errors: [{ cell: 'D2', messageId: 'vague' }, { cell: 'D3', messageId: 'vague', data: { text: '长期' } }],
    },
  ],
});
