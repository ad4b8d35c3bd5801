import type { CheckCases } from '../../support/check-cases';
import { selfEvaluationTable } from '../../support/grid';

export default {
  valid: [selfEvaluationTable(['效益指标', '社会效益指标', '社会和谐', '达成年度指标', '达成'], [null, '社会效益指标', '群众认可', '良好', '部分达成'])],
  invalid: [
    {
      name: 'seed 004: same text as the target → 达成; a ladder word → its grade; anything else is unmapped',
      grid: selfEvaluationTable(
        ['效益指标', '社会效益指标', '社会和谐', '良好', '良好'],
        [null, '可持续影响指标', '长效机制', '长期', '一般'],
        [null, '社会效益指标', '群众认可', '好', '有待加强'],
      ),
      errors: [
        { cell: 'E2', messageId: 'mapped', data: { grade: '达成' } },
        { cell: 'E3', messageId: 'mapped', data: { grade: '部分达成' } },
        { cell: 'E4', messageId: 'unmapped' },
      ],
    },
    {
      name: 'the target with 已 or 基本 before it; a word where a number was due is graded too',
      grid: selfEvaluationTable(
        ['效益指标', '可持续影响指标', '长效机制', '建立', '已建立'],
        [null, '可持续影响指标', '管理制度', '健全', '基本健全'],
        ['产出指标', '质量指标', '验收合格率', '＝100%', '已完成'],
        [null, '时效指标', '完成时间', '12月底前', '已按时完成'],
      ),
      errors: [
        { cell: 'E2', messageId: 'mapped', data: { grade: '达成' } },
        { cell: 'E3', messageId: 'mapped', data: { grade: '部分达成' } },
        { cell: 'E4', messageId: 'mapped', data: { grade: '达成' } },
        { cell: 'E5', messageId: 'mapped', data: { grade: '达成' } },
      ],
    },
  ],
} satisfies CheckCases;
