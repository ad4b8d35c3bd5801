import type { CheckCases } from '../../support/check-cases';
import { selfEvaluationTable, targetTable } from '../../support/grid';

export default {
  valid: [
    targetTable(['效益指标', '社会效益指标', '参保率', '≥95%'], [null, '经济效益指标', '服务外包在岸', '≥20000万美元']),
    // Numbers that are part of what is measured.
    targetTable(
      ['产出指标', '数量指标', '3年购买意外伤害险人数', '≥6600人'],
      [null, '质量指标', '0-6岁残疾儿童康复救助率', '≥90%'],
      [null, '时效指标', '每年11月30日前完成率', '≥95%'],
    ),
  ],
  invalid: [
    {
      name: 'seed 003 "参保率达100%" on a bounded rate, and a count with words around it',
      grid: targetTable(['效益指标', '社会效益指标', '参保率', '参保率达100%'], [null, '社会效益指标', '受益人数', '惠及2000人']),
      errors: [
        { cell: 'D2', messageId: 'wrapped', data: { leading: '参保率', suggestion: '＝100%' } },
        { cell: 'D3', messageId: 'wrapped', data: { leading: '惠及', suggestion: '2000人' } },
      ],
      output: { D2: '＝100%', D3: '2000人' },
    },
    {
      name: 'a unit written before the operator: moved behind the number',
      grid: targetTable(['产出指标', '质量指标', '验收合格率', '%≥95'], [null, '成本指标', '项目支出', '万元≤100']),
      errors: [
        { cell: 'D2', messageId: 'wrapped', data: { leading: '%', suggestion: '≥95%' } },
        { cell: 'D3', messageId: 'wrapped', data: { leading: '万元', suggestion: '≤100万元' } },
      ],
      output: { D2: '≥95%', D3: '≤100万元' },
    },
    {
      name: '"余" after the number in an actual: read as the number, suggested without the word',
      grid: selfEvaluationTable(['产出指标', '数量指标', '受益人数', '≥500人', '500余人']),
      errors: [{ cell: 'E2', messageId: 'wrapped', data: { role: '实际完成值', leading: '余', suggestion: '500人' } }],
      output: { E2: '500人' },
    },
    {
      name: '重庆 巴南: the cost written as the name, the satisfaction target in it; 四川 阆中: the target at the end of a name',
      grid: targetTable(
        ['产出指标', '成本指标', '20万元', '100%'],
        ['满意度指标', '服务对象满意度指标', '满意度95%以上', '≧95%'],
        ['产出指标', '数量指标', '建设普通省道二级公路32.1公里', '20'],
      ),
      errors: [
        { cell: 'C2', messageId: 'nameIsValue' },
        { cell: 'C3', messageId: 'valueInName', data: { value: '95%以上' } },
        { cell: 'C4', messageId: 'valueInName', data: { value: '32.1公里' } },
      ],
    },
    {
      name: 'PE5: the unit in the name',
      grid: targetTable(['效益指标', '经济效益指标', '服务外包在岸(万美元)', '≥20000']),
      errors: [{ cell: 'D2', messageId: 'unitInName', data: { unit: '万美元' } }],
      output: { D2: '≥20000万美元' },
    },
    {
      name: '江西 浮梁: the unit in the name and again in the value (or its 度量单位)',
      grid: targetTable(['产出指标', '数量指标', '保障在职职工人数(人)', '＝116人'], [null, null, '服务外包在岸(万美元)', '≥20000万美元']),
      errors: [
        { cell: 'C2', messageId: 'unitTwice', data: { unit: '人', suggestion: '保障在职职工人数' } },
        { cell: 'C3', messageId: 'unitTwice', data: { unit: '万美元' } },
      ],
      output: { C2: '保障在职职工人数', C3: '服务外包在岸' },
    },
  ],
} satisfies CheckCases;
