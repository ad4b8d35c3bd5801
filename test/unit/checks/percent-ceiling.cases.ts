import type { CheckCases } from '../../support/check-cases';
import { targetTable } from '../../support/grid';

export default {
  valid: [
    targetTable(['产出指标', '质量指标', '合格率', '＝100%'], [null, '质量指标', '覆盖率', '≥95%']),
    targetTable(['效益指标', '经济效益指标', '收入增长率', '≥120%'], [null, '经济效益指标', '预算执行率', '≥100%']),
  ],
  invalid: [
    {
      name: 'seed 004: ≥100% on a satisfaction (safe) and on a completion rate (review)',
      grid: targetTable(['产出指标', '时效指标', '完成购买服务率', '≥100%'], ['满意度指标', '服务对象满意度指标', '残疾人满意度', '≥100%']),
      errors: [
        { cell: 'D2', messageId: 'atCeiling', data: { suggestion: '＝100%' } },
        { cell: 'D3', messageId: 'atCeiling' },
      ],
      output: { D2: '＝100%', D3: '＝100%' },
    },
    {
      name: 'ASCII house style',
      grid: targetTable(['产出指标', '质量指标', '合格率', '≥100%']),
      settings: { operatorStyle: 'ascii' },
      errors: [{ cell: 'D2', messageId: 'atCeiling', data: { suggestion: '=100%' } }],
      output: { D2: '=100%' },
    },
    {
      name: 'above 100% is an error',
      grid: targetTable(['产出指标', '质量指标', '合格率', '≥120%']),
      errors: [{ cell: 'D2', messageId: 'aboveCeiling', severity: 'error' }],
    },
  ],
} satisfies CheckCases;
