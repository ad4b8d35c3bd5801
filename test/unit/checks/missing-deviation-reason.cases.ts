import type { CheckCases } from '../../support/check-cases';
import { grid } from '../../support/grid';

const HEADER = ['一级指标', '二级指标', '三级指标', '指标值', '全年实际完成值', '产生差异的原因及改进措施'];

export default {
  valid: [grid([HEADER, ['产出指标', '数量指标', '培训人数', '≥100人', '90人', '2期培训因疫情取消'], [null, '质量指标', '合格率', '≥90%', '95%', null]])],
  invalid: [
    {
      name: 'missed, over-completed, not 达成, no actual',
      grid: grid([
        HEADER,
        ['产出指标', '数量指标', '托养人数', '≥100人', '90人', null],
        [null, '数量指标', '扶持从业人数', '≥2人', '4人', null],
        ['效益指标', '社会效益指标', '群众认可', '良好', '一般', null],
        [null, '可持续影响指标', '长效机制', '长期', null, null],
      ]),
      errors: [
        { cell: 'F2', messageId: 'missing', data: { why: '未完成目标' } },
        { cell: 'F3', messageId: 'missing', data: { why: '超出目标较多' } },
        { cell: 'F4', messageId: 'missing', data: { why: '未完全达成' } },
        { cell: 'F5', messageId: 'missing', data: { why: '没有填写实际完成值' } },
      ],
    },
  ],
} satisfies CheckCases;
