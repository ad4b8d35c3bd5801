import check from '../../../src/core/checks/text-in-value';
import { runCheckTests } from '../../support/check-tester';
import { selfEvaluationTable, targetTable } from '../../support/grid';

runCheckTests(check, {
  valid: [targetTable(['效益指标', '社会效益指标', '参保率', '≥95%'], [null, '经济效益指标', '服务外包在岸', '≥20000万美元'])],
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
      name: '"余" after the number in an actual: read as the number, suggested without the word',
      grid: selfEvaluationTable(['产出指标', '数量指标', '受益人数', '≥500人', '500余人']),
      errors: [{ cell: 'E2', messageId: 'wrapped', data: { role: '实际完成值', leading: '余', suggestion: '500人' } }],
      output: { E2: '500人' },
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
});
