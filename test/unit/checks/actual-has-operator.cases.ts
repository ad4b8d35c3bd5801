import type { CheckCases } from '../../support/check-cases';
import { selfEvaluationTable } from '../../support/grid';

export default {
  valid: [
    selfEvaluationTable(['产出指标', '质量指标', '改造率', '≥90%', '92%'], [null, '时效指标', '完成时间', '11月底前', '11月20日前']),
    {
      name: 'actuals starting with 2 that are possible as written: a rate that may pass 100%, a count, 200% with no reading',
      grid: selfEvaluationTable(
        ['效益指标', '经济效益指标', '收入增长率', '≥50%', '250%'],
        ['产出指标', '数量指标', '管护面积', '≥8万亩', '28万亩'],
        [null, '质量指标', '验收合格率', '≥95%', '200%'],
        // A negative actual is a number (a fall in a growth rate), not an operator.
        ['效益指标', '经济效益指标', '农药使用量增长率', '≥-3%', '-5%'],
      ),
    },
  ],
  invalid: [
    {
      name: 'seed 004 目标5, 9, 10: "≥90%" copied as the actual',
      grid: selfEvaluationTable(['产出指标', '质量指标', '改造率', '≥90%', '≥90%']),
      errors: [{ cell: 'E2', messageId: 'withOperator', data: { suggestion: '90%' } }],
      output: { E2: '90%' },
    },
    {
      name: '宁夏 原州: the operator copied with the target and read by OCR as 2, 工, ^, 5=',
      grid: selfEvaluationTable(
        ['产出指标', '质量指标', '采购的原原种合格率', '≥90%', '290%'],
        ['效益指标', '经济效益指标', '种薯亩均收入较鲜薯亩均收入', '工5%', '工5%'],
        [null, '社会效益指标', '一级种薯推广面积占总面积比例', '80%', '^80%'],
        [null, '社会效益指标', '群众对脱毒种薯和主食化专用品种的认知度', '250%', '5=50%'],
      ),
      errors: [
        { cell: 'E2', messageId: 'withOcrOperator', data: { glyph: '2', suggestion: '90%' } },
        { cell: 'E3', messageId: 'withOcrOperator', data: { glyph: '工', suggestion: '5%' } },
        { cell: 'E4', messageId: 'withOcrOperator', data: { glyph: '^', suggestion: '80%' } },
        { cell: 'E5', messageId: 'withOcrOperator', data: { glyph: '5=', suggestion: '50%' } },
      ],
      output: { E2: '90%', E3: '5%', E4: '80%', E5: '50%' },
    },
  ],
} satisfies CheckCases;
