import type { CheckCases } from '../../support/check-cases';
import { grid, targetTable, TARGET_HEADER } from '../../support/grid';

export default {
  valid: [
    targetTable(['产出指标', '数量指标', '培训人数', '≥200人'], ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%']),
    // 2021 framework: 成本指标 first-level with its own 二级.
    targetTable(['成本指标', '经济成本指标', '项目支出', '≤50万元'], ['产出指标', '数量指标', '培训人数', '≥200人']),
  ],
  invalid: [
    {
      name: 'satisfaction inheriting 效益 from a blank cell above (safe: the 一级 cell is blank)',
      grid: targetTable(['效益指标', '社会效益指标', '就业率', '≥90%'], [null, '服务对象满意度指标', '残疾人满意度', '≥90%']),
      errors: [{ cell: 'B3', messageId: 'inherited', data: { parent: '满意度指标', source: 'A2' } }],
      output: { A3: '满意度指标' },
    },
    {
      name: 'satisfaction inside a merged 效益 cell (review: the merge must be split)',
      grid: grid([TARGET_HEADER, ['效益指标', '社会效益指标', '就业率', '≥90%'], [null, '服务对象满意度', '残疾人满意度', '≥90%']], ['A2:A3']),
      errors: [{ cell: 'B3', messageId: 'inherited', data: { level1: '效益指标' } }],
      output: { A3: '满意度指标' },
    },
    {
      name: 'a 二级 under its own wrong 一级',
      grid: targetTable(['产出指标', '社会效益指标', '就业率', '≥90%']),
      errors: [{ cell: 'B2', messageId: 'own', data: { parent: '效益指标' } }],
      output: { A2: '效益指标' },
    },
    {
      name: 'without merge information a blank 一级 may be covered by a merge: the fix is a suggestion',
      grid: { ...targetTable(['效益指标', '社会效益指标', '就业率', '≥90%'], [null, '服务对象满意度指标', '残疾人满意度', '≥90%']), mergesUnknown: true },
      errors: [{ cell: 'B3', messageId: 'inherited' }],
      output: { A3: '满意度指标' },
    },
  ],
} satisfies CheckCases;
