import type { CheckCases } from '../../support/check-cases';
import { grid, targetTable } from '../../support/grid';

export default {
  valid: [
    targetTable(['产出指标', '数量指标', '培训人数', '≥200人'], [null, '质量指标', '合格率', '≥95%']),
    {
      name: '湖北 黄石: the label written at the centre of its group names the rows above it',
      grid: targetTable([null, '数量指标', '主体班培训人次', '≥280人次'], [null, null, '开设课程数量', '≥220门'], ['产出指标', null, '培训完成率', '＝100%']),
    },
  ],
  invalid: [
    {
      name: '四川 遂宁经开区: no 产出指标 beside its groups; the first row takes it and the rows below inherit',
      grid: targetTable(
        [null, '数量指标', '抽检批次', '≥124批次'],
        [null, '质量指标', '不合格产品处置率', '＝100%'],
        ['效益指标', '社会效益指标', '群众安全感', '≥90%'],
      ),
      errors: [{ cell: 'A2', messageId: 'missing', severity: 'warning', data: { level1: '产出指标', count: 2 } }],
      output: { A2: '产出指标' },
    },
    {
      name: 'a blank 一级 merged over the group: its top-left cell takes the name for every row',
      grid: grid(
        [
          ['一级指标', '二级指标', '三级指标', '指标值'],
          [null, '数量指标', '抽检批次', '≥124批次'],
          [null, '数量指标', '抽检人数', '≥20人'],
        ],
        ['A2:A3'],
      ),
      errors: [{ cell: 'A2', messageId: 'missing' }],
      output: { A2: '产出指标' },
    },
  ],
} satisfies CheckCases;
