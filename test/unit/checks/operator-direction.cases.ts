import type { CheckCases } from '../../support/check-cases';
import { grid, targetTable } from '../../support/grid';

/** 内蒙古 乌海: 指标性质 holds 正向/反向 and 指标方向 the operator (the reader swaps them back), value and unit split. */
const WUHAI_HEADER = ['一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '目标值', '计量单位'];
/** 四川: 指标性质 holds the operator, 指标值 the bare number, 度量单位 the unit. */
const SICHUAN_HEADER = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'];

export default {
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
    {
      name: '内蒙古 乌海: 正向 rows written ＝ (a count, a compulsory 100%) and a 反向 cost written ≤',
      grid: grid([
        WUHAI_HEADER,
        ['产出指标', '数量指标', '出差人数', '正向', '=', 8, '人'],
        ['产出指标', '质量指标', '工作任务完成率', '正向', '=', 100, '%'],
        ['产出指标', '成本指标', '出差总成本', '反向', '≤', 1, '万元'],
      ]),
    },
    {
      name: '四川 / 江西 浮梁 (2021 template): fixed quantities and a compulsory rate written ＝; a 反向 ＜ is a cap',
      grid: grid([
        [...SICHUAN_HEADER, '指标方向性'],
        ['产出指标', '数量指标', '保障在职职工人数', '=', 116, '人', null],
        ['产出指标', '时效指标', '按时发放率', '=', '100', '%', '正向指标'],
        ['效益指标', '社会效益指标', '安全事故发生率', '＜', '1', '%', '反向指标'],
      ]),
    },
    {
      name: '成本指标 written ＝ where ＝ is right: a fixed standard or unit price, a zero, a rate, not money',
      grid: targetTable(
        ['成本指标', '经济成本指标', '人均补助标准', '＝1000元/人'],
        [null, '经济成本指标', '苗木采购单价', '＝35元'],
        [null, '经济成本指标', '超预算支出', '＝0万元'],
        [null, '经济成本指标', '成本控制率', '＝100%'],
        [null, '社会成本指标', '占用耕地面积', '＝0亩'],
      ),
    },
    {
      name: 'a bad event written ＝0 with no 指标方向性 column: ＝0 and ≤0 score alike',
      grid: targetTable(['效益指标', '社会效益指标', '安全事故发生次数', '＝0次']),
    },
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
    {
      name: '四川 PE4: the operator in 指标性质 contradicts 指标方向性; the flip goes where the operator is written',
      grid: grid([
        [...SICHUAN_HEADER, '指标方向性'],
        ['产出指标', '数量指标', '培训人数', '≤', '200', '人', '正向指标'],
      ]),
      errors: [{ cell: 'D2', messageId: 'directionColumn', severity: 'error', data: { text: '≤200人', suggestion: '≥200人' } }],
      output: { D2: '≥' },
    },
    {
      name: '内蒙古 乌海: 反向 costs written ＝ (warning; ＝0 scores as ≤0, so info), fixed in the operator column',
      grid: grid([
        WUHAI_HEADER,
        ['产出指标', '成本指标', '出差单位成本', '反向', '=', 0, '万元/人'],
        ['产出指标', '成本指标', '出差总成本', '反向', '=', 1, '万元'],
        ['产出指标', '成本指标', '年度预算总成本', '反向', '=', 3, '万元'],
      ]),
      errors: [
        { cell: 'E2', messageId: 'equalZeroReverse', severity: 'info', data: { direction: '反向', suggestion: '≤0万元/人' } },
        { cell: 'E3', messageId: 'equalReverse', severity: 'warning', data: { text: '＝1万元', suggestion: '≤1万元' } },
        { cell: 'E4', messageId: 'equalReverse', severity: 'warning', data: { suggestion: '≤3万元' } },
      ],
      output: { E2: '≤', E3: '≤', E4: '≤' },
    },
    {
      name: '反向指标 written ＝ in the value cell (指标方向性 column, no split operator)',
      grid: grid([
        ['一级指标', '二级指标', '三级指标', '指标值', '指标方向性'],
        ['效益指标', '社会效益指标', '群众投诉率', '＝5%', '反向指标'],
      ]),
      errors: [{ cell: 'D2', messageId: 'equalReverse', severity: 'warning', data: { suggestion: '≤5%' } }],
      output: { D2: '≤5%' },
    },
    {
      name: '四川 (铁路沿线环境整治): cost budgets written ＝ in 指标性质 take ≤; the ＝100% rate beside them stays',
      grid: grid([
        SICHUAN_HEADER,
        ['产出指标', '时效指标', '安全警示标志设置及时率', '=', '100', '%'],
        [null, '成本指标', '安全隐患排查成本预算', '=', '6', '万元'],
        [null, '成本指标', '警示标志设置成本预算', '=', '5', '万元'],
      ]),
      errors: [
        { cell: 'D3', messageId: 'costEqual', severity: 'warning', data: { text: '＝6万元', suggestion: '≤6万元' } },
        { cell: 'D4', messageId: 'costEqual', severity: 'warning', data: { suggestion: '≤5万元' } },
      ],
      output: { D3: '≤', D4: '≤' },
    },
    {
      name: 'a cost budget written ＝ in the value cell',
      grid: targetTable(['产出指标', '成本指标', '设备购置成本', '＝6万元']),
      errors: [{ cell: 'D2', messageId: 'costEqual', severity: 'warning', data: { suggestion: '≤6万元' } }],
      output: { D2: '≤6万元' },
    },
  ],
} satisfies CheckCases;
