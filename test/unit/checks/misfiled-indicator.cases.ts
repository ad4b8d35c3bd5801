import type { CheckCases } from '../../support/check-cases';
import { targetTable } from '../../support/grid';

export default {
  valid: [
    targetTable(
      ['产出指标', '数量指标', '培训人数', '≥200人'],
      [null, '成本指标', '人均培训费用', '≤500元'],
      // A rate of a survey, not a satisfaction: the name's head is 率.
      [null, '质量指标', '满意度调查覆盖率', '≥90%'],
      // Money under 数量 whose name does not say it is spent: left alone.
      [null, '数量指标', '发放补助资金户数', '≥100户'],
      ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%'],
      // Income under an effect is no cost.
      ['效益指标', '经济效益指标', '务工人员年人均增收', '≥8400元'],
    ),
  ],
  invalid: [
    {
      name: '河北 宁晋: a 满意度 under 质量指标; 湖南 岳阳楼: an amount spent under 数量指标',
      grid: targetTable(['产出指标', '质量指标', '资助对象满意度', '≥95%'], [null, '数量指标', '业务工作支出安排金额', '28.8万元']),
      errors: [
        { cell: 'C2', messageId: 'misfiled', data: { level1: '满意度指标', level2: '服务对象满意度指标', written: '质量指标' } },
        { cell: 'C3', messageId: 'misfiled', data: { level1: '产出指标', level2: '成本指标', written: '数量指标' } },
      ],
    },
  ],
} satisfies CheckCases;
