import check from '../../../src/core/checks/missing-unit';
import { runCheckTests } from '../../support/check-tester';
import { grid, targetTable } from '../../support/grid';

runCheckTests(check, {
  valid: [
    targetTable(['产出指标', '数量指标', '培训人数', '≥200人'], [null, '质量指标', '合格率', 1]),
    // 四川 split columns: the unit is in 度量单位.
    grid([['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'], ['产出指标', '数量指标', '培训人数', '≥', 200, '人']]),
  ],
  invalid: [
    {
      name: 'seed 002 "100" on rates (safe %), seed 004 "≥1500" with the measure word in the name (review)',
      grid: targetTable(['产出指标', '时效指标', '完成率', 100], ['满意度指标', '服务对象满意度指标', '服务对象满意度', '100'], ['产出指标', '数量指标', '对全区大约1500名残疾人缴纳意外伤害险', '≥1500']),
      errors: [
        { cell: 'D2', messageId: 'missing', data: { suggestion: '100%' } },
        { cell: 'D3', messageId: 'missing', data: { suggestion: '100%' } },
        { cell: 'D4', messageId: 'missing', data: { suggestion: '≥1500人' } },
      ],
      output: { D2: '100%', D3: '100%', D4: '≥1500人' },
    },
    {
      name: 'nothing to infer from',
      grid: targetTable(['产出指标', '数量指标', '改厨改厕', '≥400']),
      errors: [{ cell: 'D2', messageId: 'missingNoGuess' }],
    },
  ],
});
