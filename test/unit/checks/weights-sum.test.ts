import check from '../../../src/core/checks/weights-sum';
import { runCheckTests } from '../../support/check-tester';
import { grid, selfEvaluationTable } from '../../support/grid';

const HEADER = ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '分值'];

runCheckTests(check, {
  valid: [
    // The national split: 预算执行 10 in the budget block, 产出 50, 效益 30, 满意度 10 in the rows.
    grid([
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', 100, 100, 98, 10, '98%', 9.8],
      HEADER,
      ['产出指标', '数量指标', '培训人数', '≥100人', '100人', 50],
      ['效益指标', '社会效益指标', '就业率', '≥60%', '65%', 30],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '92%', 10],
    ]),
    // "50分" and a 权重 of "30%" are read as 50 and 30 points.
    grid([
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', 100, 100, 98, '10分', '98%', 9.8],
      ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '权重'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '100人', '50分'],
      ['效益指标', '社会效益指标', '就业率', '≥60%', '65%', '30%'],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '92%', 10],
    ]),
  ],
  invalid: [
    {
      name: 'no 分值 column: the national split is assumed and said',
      grid: selfEvaluationTable(['产出指标', '数量指标', '培训人数', '≥100人', '100人']),
      errors: [{ cell: 'A1', messageId: 'derived', severity: 'info' }],
    },
    {
      name: 'PE5: "产出指标 (60 分)" over rows of 50, and a total of 90',
      grid: grid([HEADER, ['产出指标 (60 分)', '数量指标', '服务外包在岸(万美元)', '≥20000', 23333.56, 50], ['效益指标 (40 分)', '经济效益指标', '带动出口', '≥5亿元', '5.2亿元', 40]]),
      errors: [
        { cell: 'A1', messageId: 'total', data: { sum: '90' } },
        { cell: 'A2', messageId: 'level1', data: { printed: '60', sum: '50' } },
      ],
    },
    {
      name: 'adds up to 100 with shares other than 50/30/10/10',
      grid: grid([HEADER, ['产出指标', '数量指标', '培训人数', '≥100人', '100人', 60], ['效益指标', '社会效益指标', '就业率', '≥60%', '65%', 40]]),
      errors: [{ cell: 'A1', messageId: 'shares', severity: 'info' }],
    },
    {
      name: 'a blank 分值 and one that is not a number weigh 0, each said at its cell',
      grid: grid([
        HEADER,
        ['产出指标', '数量指标', '培训人数', '≥100人', '100人', 60],
        ['效益指标', '社会效益指标', '就业率', '≥60%', '65%', null],
        ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '92%', '待定'],
      ]),
      errors: [
        { cell: 'A1', messageId: 'total', data: { sum: '60' } },
        { cell: 'F3', messageId: 'missing', data: { name: '就业率' } },
        { cell: 'F4', messageId: 'unreadable', data: { name: '满意度', text: '待定' } },
      ],
    },
    {
      name: 'a table without a 分值 column below one with: its rows weigh 0, said at their names',
      grid: grid([
        HEADER,
        ['产出指标', '数量指标', '培训人数', '≥100人', '100人', 90],
        [],
        ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)'],
        ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '92%'],
      ]),
      errors: [
        { cell: 'A1', messageId: 'total', data: { sum: '90' } },
        { cell: 'C5', messageId: 'missing', data: { name: '满意度' } },
      ],
    },
  ],
});
