import type { CheckCases } from '../../support/check-cases';
import { grid, selfEvaluationTable } from '../../support/grid';

const HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '偏差原因分析及改进措施'];

export default {
  valid: [
    selfEvaluationTable(['产出指标', '数量指标', '培训人数', '≥100人', '90人']),
    // A note in parentheses stays with the value.
    selfEvaluationTable(['产出指标', '数量指标', '救助人数', '≥4754人', '4604人(因部分对象死亡)']),
  ],
  invalid: [
    {
      name: 'the sentence moves into an empty reason cell; the value stays',
      grid: grid([HEADER, ['产出指标', '质量指标', '验收合格率', '≥98%', '95%,因疫情影响未完成', null]]),
      errors: [{ cell: 'E2', messageId: 'toReason', data: { value: '95%', explanation: '因疫情影响未完成' } }],
      output: { E2: '95%', F2: '因疫情影响未完成' },
    },
    {
      name: 'a reason already written is never written over',
      grid: grid([HEADER, ['产出指标', '数量指标', '受益人数', '≥100人', '90人，部分人员外出务工', '外出务工']]),
      errors: [{ cell: 'E2', messageId: 'keep' }],
    },
    {
      name: 'a table without a reason column: told, not edited (the sentence would have nowhere to go)',
      grid: selfEvaluationTable(['产出指标', '数量指标', '受益人数', '≥100人', '90人，部分人员外出务工']),
      errors: [{ cell: 'E2', messageId: 'keep' }],
    },
  ],
} satisfies CheckCases;
