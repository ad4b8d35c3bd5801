import check from '../../../src/core/checks/ocr-operator';
import { runCheckTests } from '../../support/check-tester';
import { targetTable } from '../../support/grid';

runCheckTests(check, {
  valid: [
    targetTable(['产出指标', '质量指标', '合格率', '≥92%'], [null, '数量指标', '服务人次', '2280次']),
    // A growth rate may exceed 100%.
    targetTable(['效益指标', '经济效益指标', '收入增长率', '250%']),
  ],
  invalid: [
    {
      name: 'PE1: "292%" for "≥92%", and the literal 2280次 in the same table is worth a look',
      grid: targetTable(['产出指标', '质量指标', '验收合格率', '292%'], [null, '数量指标', '服务人次', '2280次']),
      errors: [
        { cell: 'D2', messageId: 'leadingTwo', data: { suggestion: '≥92%' } },
        { cell: 'D3', messageId: 'leadingTwoPossible', severity: 'info' },
      ],
      output: { D2: '≥92%' },
    },
    {
      name: 'a look-alike glyph before the number',
      grid: targetTable(['产出指标', '质量指标', '合格率', '》90%']),
      errors: [{ cell: 'D2', messageId: 'lookAlike', data: { glyph: '》' } }],
    },
  ],
});
