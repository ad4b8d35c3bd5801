import type { CheckCases } from '../../support/check-cases';
import { grid, targetTable } from '../../support/grid';

const TWIN_HEADER = ['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'];

export default {
  valid: [targetTable(['产   出   指   标', '数量指标', '培训人数', '≥200人'], ['效益 指标', '社会效益指标', '就业率', '≥90%'])],
  invalid: [
    {
      name: 'short 二级 names (seed 004)',
      grid: targetTable(['效益指标', '社会效益', '就业率', '≥90%'], [null, '可持续影响', '长效机制覆盖率', '≥90%']),
      errors: [
        { cell: 'B2', messageId: 'synonym', data: { canonical: '社会效益指标' } },
        { cell: 'B3', messageId: 'synonym', data: { canonical: '可持续影响指标' } },
      ],
      output: { B2: '社会效益指标', B3: '可持续影响指标' },
    },
    {
      name: '效果指标 (河北) is reported once, without a fix',
      grid: targetTable(['效果指标', '社会效益指标', '补贴发放率', '≥95%']),
      errors: [{ cell: 'A2', messageId: 'variant', data: { canonical: '效益指标' } }],
    },
    {
      // Both blocks read the shared 一级 cell; it is one cell to rename, so one finding.
      name: "a twin table's shared 一级 column is reported once per cell",
      grid: grid([
        TWIN_HEADER,
        ['产出', '数量指标', '3年培训人数', '≥600人', '数量指标', '培训人数', '≥200人'],
        ['效益', '社会效益', '3年就业率', '≥90%', '社会效益指标', '就业率', '≥90%'],
      ]),
      errors: [
        { cell: 'A2', messageId: 'synonym', data: { canonical: '产出指标' } },
        { cell: 'A3', messageId: 'synonym', data: { canonical: '效益指标' } },
        { cell: 'B3', messageId: 'synonym', data: { canonical: '社会效益指标' } },
      ],
      output: { A2: '产出指标', A3: '效益指标', B3: '社会效益指标' },
    },
    {
      name: '满意度指标 used as a 二级 (seed 003)',
      grid: targetTable(['满意度指标', '满意度指标', '群众满意度', '≥90%']),
      errors: [{ cell: 'B2', messageId: 'synonym', data: { canonical: '服务对象满意度指标' } }],
      output: { B2: '服务对象满意度指标' },
    },
  ],
} satisfies CheckCases;
