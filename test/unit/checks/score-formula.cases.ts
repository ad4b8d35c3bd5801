import type { CheckCases } from '../../support/check-cases';
import { grid } from '../../support/grid';

const HEADER = ['一级指标', '二级指标', '三级指标', '指标值', '完成值', '权重', '得分'];

export default {
  valid: [
    grid([HEADER, ['产出指标', '数量指标', '培训人数', '≥120人', '118人', 30, 29.5], ['效益指标', '社会效益指标', '群众认可', '良好', '良好', 10, 9]]),
    // PE5: 20000 → 23333.56 scores the full 10.
    grid([HEADER, ['产出指标', '数量指标', '服务外包在岸(万美元)', '≥20000万美元', '23333.56万美元', 10, 10]]),
  ],
  invalid: [
    {
      grid: grid([
        HEADER,
        ['产出指标', '数量指标', '培训人数', '≥120人', '118人', 30, 31],
        [null, '数量指标', '发放人数', '≥100人', '80人', 10, 9],
        ['效益指标', '社会效益指标', '群众认可', '良好', '一般', 10, 9],
        [null, '社会效益指标', '宣传次数', '≥4次', '4次', 10, -1],
      ]),
      errors: [
        { cell: 'G2', messageId: 'aboveWeight', severity: 'error' },
        { cell: 'G3', messageId: 'differs', data: { computed: '8.00' } },
        { cell: 'G4', messageId: 'outOfBand', data: { grade: '部分达成', low: '6', high: '8' } },
        { cell: 'G5', messageId: 'negative' },
      ],
    },
    {
      name: 'points written with 分 are read as points: "35分" over a 权重 of "30分"',
      grid: grid([HEADER, ['产出指标', '数量指标', '培训人数', '≥120人', '120人', '30分', '35分']]),
      errors: [{ cell: 'G2', messageId: 'aboveWeight', severity: 'error', data: { printed: '35', weight: '30' } }],
    },
  ],
} satisfies CheckCases;
