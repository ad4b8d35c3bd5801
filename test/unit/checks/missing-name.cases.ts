import type { CheckCases } from '../../support/check-cases';
import { grid, targetTable } from '../../support/grid';

export default {
  valid: [
    targetTable(['产出指标', '数量指标', '培训人数', '≥200人']),
    // Nothing to name: a 二级 alone is empty-level2's.
    targetTable(['产出指标', '数量指标', '培训人数', '≥200人'], [null, '质量指标', null, null]),
  ],
  invalid: [
    {
      name: '湖南 宁乡: 指标内容 left empty beside a value',
      grid: grid([
        ['一级指标', '二级指标', '指标内容', '指标值', '备注'],
        ['产出指标', '数量指标', null, '88', '100'],
      ]),
      errors: [{ cell: 'C2', messageId: 'missing', data: { level2: '数量指标', text: '88' } }],
    },
    {
      name: '湖南 岳阳楼: the 2021 二级 name 社会成本指标 written as the 三级',
      grid: targetTable(['成本指标', '经济成本指标', '社会成本指标', '100%']),
      errors: [{ cell: 'C2', messageId: 'levelName', data: { name: '社会成本指标' } }],
    },
    {
      name: '浙江 临海: no 三级 column, 指标名称 holds the 二级',
      grid: grid([
        ['指标类型', '指标名称', '指标值', '指标描述'],
        ['产出指标', '数量指标', '375万平方米', '完成全市375万平方米的绿地养护'],
        [null, '质量指标', '100%', '达到绿化绿地全覆盖'],
      ]),
      errors: [
        { cell: 'B2', messageId: 'noColumn' },
        { cell: 'B3', messageId: 'noColumn' },
      ],
    },
  ],
} satisfies CheckCases;
