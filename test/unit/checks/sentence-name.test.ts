import check from '../../../src/core/checks/sentence-name';
import { runCheckTests } from '../../support/check-tester';
import { targetTable } from '../../support/grid';

runCheckTests(check, {
  valid: [
    targetTable(
      ['产出指标', '数量指标', '对贫困残疾人需无障碍改造的进行改厨改厕面积', '≥400平方米'],
      [null, '质量指标', '残疾人、残疾人子女助学率', '≥90%'],
      // 按 + a measure is a measure (重庆 巴南); only 按年, 按项, 按工作日 name none.
      [null, '时效指标', '按时发放率', '＝100%'],
      ['满意度指标', '服务对象满意度指标', '上访残疾人满意度', '≥90%'],
    ),
  ],
  invalid: [
    {
      grid: targetTable(
        ['产出指标', '数量指标', '根据残疾人的需求，举办一期残疾人实用技术培训班', '≥50人'],
        [null, '时效指标', '按工作日', '≤30日'],
        [null, '成本指标', '对符合条件的残疾人', '≤6万元'],
        ['效益指标', '可持续影响指标', '扶残助残', '≥90%'],
        [null, '社会效益指标', '除残疾人事业工作之外政府交办的其他工作', '≥3项'],
        ['满意度指标', '服务对象满意度指标', '残疾人工作专职委员', '≥90%'],
      ),
      errors: [
        { cell: 'C2', messageId: 'sentence' },
        { cell: 'C3', messageId: 'notMeasure' },
        { cell: 'C4', messageId: 'activity' },
        { cell: 'C5', messageId: 'slogan' },
        { cell: 'C6', messageId: 'sentence' },
        { cell: 'C7', messageId: 'satisfactionName' },
      ],
    },
  ],
});
