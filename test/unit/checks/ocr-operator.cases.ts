import type { CheckCases } from '../../support/check-cases';
import { grid, selfEvaluationTable, targetTable } from '../../support/grid';

/** 重庆: 计量单位 apart from the value, 分值 and 得分 beside the actual. */
const CHONGQING_HEADER = ['一级指标', '二级指标', '三级指标', '计量单位', '指标值', '分值', '实际完成值', '得分'];

export default {
  valid: [
    targetTable(['产出指标', '质量指标', '合格率', '≥92%'], [null, '数量指标', '服务人次', '2280次']),
    // A growth rate may exceed 100%.
    targetTable(['效益指标', '经济效益指标', '收入增长率', '250%']),
    {
      name: '重庆 梁平 near misses: the author scored the miss, the actual misses even ≥5, the actual meets the number as written',
      grid: grid([
        CHONGQING_HEADER,
        ['产出指标', '数量指标', '国家级公益林管护面积', '万亩', '28', 10, '8', 2.86],
        [null, '数量指标', '森林抚育面积', '万亩', '25', 10, '3', 10],
        [null, '数量指标', '天保工程区森林资源管护面积', '万亩', '250', 10, '260', 10],
      ]),
    },
    {
      name: 'a deviation reason explains the miss of "28万亩" by 8万亩: the author read the number as written',
      grid: grid([
        ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '偏差原因分析及改进措施'],
        ['产出指标', '数量指标', '管护面积', '28万亩', '8万亩', '受林地调整影响，管护面积减少'],
      ]),
    },
    {
      name: '重庆 科学城: "2200篇" is met as written (2859篇), so nothing speaks for a misread ≥',
      grid: grid([CHONGQING_HEADER, ['产出指标', '数量指标', '播发稿件数量', '篇', '2200篇', 10, '2859篇', 10]]),
    },
    {
      name: 'a capped indicator, a zero actual, another unit: the repeated digits are no evidence',
      grid: selfEvaluationTable(
        ['产出指标', '成本指标', '设备购置成本', '25万元', '5万元'],
        [null, '数量指标', '维修次数', '20次', '0次'],
        [null, '数量指标', '培训人数', '25人', '5人次'],
      ),
    },
    {
      name: "an actual above 100% on a rate that may pass it, or without the target's digits after the 2",
      grid: selfEvaluationTable(['产出指标', '质量指标', '任务完成率', '100%', '210%'], ['效益指标', '经济效益指标', '产值增长率', '≥50%', '250%']),
    },
  ],
  invalid: [
    {
      name: 'PE1: "292%" for "≥92%", and the literal 2280次 in the same table is worth a look',
      grid: targetTable(['产出指标', '质量指标', '验收合格率', '292%'], [null, '数量指标', '服务人次', '2280次']),
      errors: [
        { cell: 'D2', messageId: 'leadingTwo', data: { suggestion: '≥92%' } },
        { cell: 'D3', messageId: 'leadingTwoPossible', severity: 'info' },
      ],
      output: { D2: '≥92%' },
    },
    {
      name: '重庆 梁平: 28 / 21 / 250 万亩 against actuals 8, 1, 50, each scored in full: the 2 is a misread ≥',
      grid: grid([
        CHONGQING_HEADER,
        ['产出指标', '数量指标', '国家级公益林管护面积', '万亩', '28', 10, '8', 10],
        [null, '数量指标', '森林抚育(营林)面积', '万亩', '21', 10, '1', 10],
        [null, '数量指标', '天保工程区森林资源管护面积', '万亩', '250', 10, '50', 10],
      ]),
      errors: [
        { cell: 'E2', messageId: 'leadingTwoRepeatScored', severity: 'error', data: { actual: '8', suggestion: '≥8' } },
        { cell: 'E3', messageId: 'leadingTwoRepeatScored', severity: 'error', data: { suggestion: '≥1' } },
        { cell: 'E4', messageId: 'leadingTwoRepeatScored', severity: 'error', data: { suggestion: '≥50' } },
      ],
      output: { E2: '≥8', E3: '≥1', E4: '≥50' },
    },
    {
      name: 'the actual repeats the digits after the 2, with no score to confirm: a warning',
      grid: selfEvaluationTable(['产出指标', '数量指标', '管护面积', '28万亩', '8万亩']),
      errors: [{ cell: 'D2', messageId: 'leadingTwoRepeat', severity: 'warning', data: { suggestion: '≥8万亩' } }],
      output: { D2: '≥8万亩' },
    },
    {
      name: '重庆 科学城: "26次" missed by 12次 yet scored in full is only a hint (info, no fix), and raises no table-wide doubt',
      grid: grid([
        CHONGQING_HEADER,
        ['产出指标', '数量指标', '党性教育培训次数', '次', '26次', 5, '12次', 5],
        [null, '数量指标', '播发稿件数量', '篇', '2200篇', 10, '2859篇', 10],
      ]),
      errors: [{ cell: 'E2', messageId: 'leadingTwoScored', severity: 'info', data: { suggestion: '≥6次' } }],
    },
    {
      name: '宁夏 原州: look-alike glyphs (工, ^, 5=) and a leading 2 in targets and actuals; 200万粒 is read as written',
      grid: selfEvaluationTable(
        ['产出指标', '数量指标', '指标2企业自行采购', '200万粒', '200万粒'],
        [null, '质量指标', '采购的原原种合格率', '≥90%', '290%'],
        ['效益指标', '经济效益指标', '种薯亩均收入较鲜薯亩均收入', '工5%', '工5%'],
        [null, '社会效益指标', '一级种薯推广面积占总面积比例', '80%', '^80%'],
        [null, '社会效益指标', '群众对脱毒种薯和主食化专用品种的认知度', '250%', '5=50%'],
      ),
      errors: [
        { cell: 'E3', messageId: 'leadingTwoActual', severity: 'error', data: { suggestion: '90%' } },
        { cell: 'D4', messageId: 'lookAlikeReading', data: { glyph: '工', suggestion: '≥5%' } },
        { cell: 'E4', messageId: 'lookAlikeActual', data: { glyph: '工', suggestion: '5%' } },
        { cell: 'E5', messageId: 'lookAlikeActual', data: { glyph: '^', suggestion: '80%' } },
        { cell: 'D6', messageId: 'leadingTwo', data: { suggestion: '≥50%' } },
        { cell: 'E6', messageId: 'lookAlikeActual', data: { glyph: '5=', suggestion: '50%' } },
      ],
      output: { D4: '≥5%', D6: '≥50%' },
    },
    {
      name: 'a look-alike glyph before the number, read as ≥ where the row takes ≥',
      grid: targetTable(['产出指标', '质量指标', '合格率', '》90%']),
      errors: [{ cell: 'D2', messageId: 'lookAlikeReading', data: { glyph: '》', suggestion: '≥90%' } }],
      output: { D2: '≥90%' },
    },
    {
      name: 'look-alikes of ≤ and ＝: 《 on a complaint rate, 二 before a compulsory 100%',
      grid: targetTable(['效益指标', '社会效益指标', '群众投诉率', '《5%'], ['产出指标', '质量指标', '资金发放到位率', '二100%']),
      errors: [
        { cell: 'D2', messageId: 'lookAlikeReading', data: { glyph: '《', suggestion: '≤5%' } },
        { cell: 'D3', messageId: 'lookAlikeReading', data: { glyph: '二', suggestion: '＝100%' } },
      ],
      output: { D2: '≤5%', D3: '＝100%' },
    },
    {
      name: "no reading where the glyph is not an operator's look-alike, or the row takes the other bound",
      grid: targetTable(['产出指标', '质量指标', '合格率', '#90%'], ['效益指标', '社会效益指标', '群众投诉率', '^5%']),
      errors: [
        { cell: 'D2', messageId: 'lookAlike', data: { glyph: '#' } },
        { cell: 'D3', messageId: 'lookAlike', data: { glyph: '^' } },
      ],
    },
  ],
} satisfies CheckCases;
