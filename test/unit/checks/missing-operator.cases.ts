import type { CheckCases } from '../../support/check-cases';
import { grid, targetTable, WEIGHTS_AS_TARGETS } from '../../support/grid';

export default {
  valid: [
    // 分值 written as targets (四川 阆中): value-kind-mismatch says what they are; no operator is missing.
    WEIGHTS_AS_TARGETS,
    targetTable(['产出指标', '数量指标', '培训人数', '≥200人'], [null, '时效指标', '完成时限', '11月底前'], [null, '质量指标', '合格率', '90-100%']),
    // The operator typed into the name is misplaced-operator's finding.
    targetTable(['满意度指标', '服务对象满意度指标', '残疾人满意度   =', '90%']),
  ],
  invalid: [
    {
      name: 'bounded rates and satisfaction are safe; counts, costs and deadlines are suggestions',
      grid: grid([
        ['项目名称', '城乡居民医疗保险个人缴费财政补助经费'],
        ['单位：元'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '补助参保人数', '212500人'],
        [null, '质量指标', '补助覆盖率', '100%'],
        [null, '时效指标', '缴费时间', '每年11月'],
        [null, '成本指标', '每人每年补助缴费款', '320元/人.年'],
        ['满意度指标', '服务对象满意度指标', '残疾人满意度', 90],
      ]),
      errors: [
        { cell: 'D4', messageId: 'missing', data: { suggestion: '≥212500人' } },
        { cell: 'D5', messageId: 'missing', data: { suggestion: '＝100%' } },
        { cell: 'D6', messageId: 'missing', data: { suggestion: '每年11月底前' } },
        { cell: 'D7', messageId: 'missing', data: { suggestion: '≤320元/人.年' } },
        { cell: 'D8', messageId: 'missing', data: { suggestion: '≥90%' } },
      ],
      output: { D4: '≥212500人', D5: '＝100%', D6: '每年11月底前', D7: '≤320元/人.年', D8: '≥90%' },
    },
    {
      name: 'a fraction on a rate is read as a percentage; an unclassifiable row gets no guess',
      grid: targetTable(['产出指标', '时效指标', '按时完成工作率', 1], [null, '时效指标', '改厨改厕按年', '1次/年']),
      errors: [
        { cell: 'D2', messageId: 'missing', data: { suggestion: '＝100%' } },
        { cell: 'D3', messageId: 'missingNoGuess' },
      ],
      output: { D2: '＝100%' },
    },
    {
      name: 'a bare number above 100 on a rate that cannot pass 100% gets no suggestion: "≥150%" would be a new error',
      grid: targetTable(['产出指标', '时效指标', '扶助资金到位率', 150]),
      errors: [{ cell: 'D2', messageId: 'missingNoGuess' }],
    },
    {
      name: 'split columns (四川): the operator goes into the empty 指标性质 cell, 指标值 stays bare',
      grid: grid([
        ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '指标方向性'],
        ['满意度指标', '服务对象满意度指标', '村民满意度', null, 90, '%', null],
        ['产出指标', '成本指标', '人均补贴标准', null, 38000, '元/人', null],
      ]),
      errors: [
        { cell: 'E2', messageId: 'missing', data: { suggestion: '≥' } },
        { cell: 'E3', messageId: 'missing', data: { suggestion: '≤' } },
      ],
      output: { D2: '≥', D3: '≤' },
    },
  ],
} satisfies CheckCases;
