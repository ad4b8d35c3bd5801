import check from '../../../src/core/checks/operator-direction';
import { runCheckTests } from '../../support/check-tester';
import { grid, targetTable } from '../../support/grid';

runCheckTests(check, {
  valid: [
    targetTable(
      ['产出指标', '成本指标', '项目支出', '≤465000元'],
      [null, '数量指标', '培训人数', '≥200人'],
      [null, '质量指标', '残疾人上访率', '≤5%'],
      ['效益指标', '社会效益指标', '返贫致贫人数', '≤1人'],
      [null, '社会效益指标', '行政村数量', '＝11个'],
      // A bad event listed under 满意度 stays a bad event; a satisfaction of petitioners stays a satisfaction.
      ['满意度指标', '服务对象满意度指标', '投诉率', '≤5%'],
      [null, '服务对象满意度指标', '有效投诉次数', '≤2次'],
      [null, '服务对象满意度指标', '上访残疾人满意度', '≥90%'],
    ),
    targetTable(
      // Income under 经济效益 is to be reached, not capped (云南 临翔); damage and disputes are kept low (重庆 梁平, 广东 东莞).
      ['效益指标', '经济效益指标', '务工人员年人均增收', '≥8400元'],
      [null, '生态效益指标', '森林火灾受害率', '≤0.9%'],
      [null, '社会效益指标', '补助款结算争议率', '≤1%'],
      // A rate under 成本指标 is a rate: ≥ is its direction (广东 东莞 年度预算执行率).
      ['产出指标', '成本指标', '年度预算执行率', '≥90%'],
    ),
  ],
  invalid: [
    {
      name: 'seed 004: a cost with ≥ is an error and is written out in 万元; a count with ≤ is a warning',
      grid: targetTable(['产出指标', '成本指标', '根据残疾人需求进行康复或临时康复救济', '≥15万'], [null, '数量指标', '培训人数', '≤50人']),
      errors: [
        { cell: 'D2', messageId: 'cost', severity: 'error', data: { suggestion: '≤15万元' } },
        { cell: 'D3', messageId: 'count', severity: 'warning', data: { suggestion: '≥50人' } },
      ],
      output: { D2: '≤15万元', D3: '≥50人' },
    },
    {
      name: 'a satisfaction with ≤ and a bad event with ≥',
      grid: targetTable(
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≤90%'],
        ['效益指标', '社会效益指标', '投诉次数', '≥2次'],
        ['满意度指标', '服务对象满意度指标', '投诉率', '≥5%'],
        [null, '服务对象满意度指标', '投诉处理满意率', '≤90%'],
      ),
      errors: [
        { cell: 'D2', messageId: 'satisfaction', severity: 'error' },
        { cell: 'D3', messageId: 'badEvent', severity: 'error', data: { suggestion: '≤2次' } },
        { cell: 'D4', messageId: 'badEvent', severity: 'error', data: { suggestion: '≤5%' } },
        { cell: 'D5', messageId: 'satisfaction', severity: 'error' },
      ],
      output: { D2: '≥90%', D3: '≤2次', D4: '≤5%', D5: '≥90%' },
    },
    {
      name: '指标方向性 column (四川 PE4) contradicts the operator',
      grid: grid([
        ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '指标方向性'],
        ['产出指标', '数量指标', '培训人数', null, '≤200人', null, '正向指标'],
      ]),
      errors: [{ cell: 'E2', messageId: 'directionColumn', severity: 'error' }],
      output: { E2: '≥200人' },
    },
  ],
});
