import type { CheckCases } from '../../support/check-cases';
import { targetTable } from '../../support/grid';

export default {
  valid: [
    targetTable(['产出指标', '质量指标', '合格率', '≥95%'], [null, '数量指标', '改造户数', '≥15户']),
    // A unit or a formula in parentheses is no fill-in hint.
    targetTable(['产出指标', '数量指标', '实施营造林总面积(亩)', '80000亩'], [null, '质量指标', '结余率(计算方法为:结余数/预算数)', '≤5%']),
    // An operator typed after the name is misplaced-operator's ("残疾人满意度 =").
    targetTable(['满意度指标', '服务对象满意度指标', '残疾人满意度 =', '1']),
  ],
  invalid: [
    {
      grid: targetTable(['产出指标', '质量指标', '合格率', '≥XX%'], [null, '数量指标', '改造户数', '≥**户'], [null, '时效指标', '完成时限', '___']),
      errors: [
        { cell: 'D2', messageId: 'placeholder', data: { placeholder: 'XX' } },
        { cell: 'D3', messageId: 'placeholder', data: { placeholder: '**' } },
        { cell: 'D4', messageId: 'placeholder' },
      ],
    },
    {
      name: "a placeholder beside the real value: the value is kept, with the hint's unit and the operator the row takes",
      grid: targetTable(
        ['产出指标', '数量指标', '临时救助人数', '(≥**人)4754人'],
        [null, null, '低保人数', '≥**人(实际530人)'],
        [null, '质量指标', '覆盖率', '**%95%'],
        [null, '成本指标', '项目支出', '(≥**万元)60万元'],
      ),
      errors: [
        { cell: 'D2', messageId: 'placeholderBeside', data: { suggestion: '≥4754人' } },
        { cell: 'D3', messageId: 'placeholderBeside', data: { suggestion: '≥530人' } },
        { cell: 'D4', messageId: 'placeholderBeside', data: { suggestion: '≥95%' } },
        { cell: 'D5', messageId: 'placeholderBeside', data: { suggestion: '≤60万元' } },
      ],
      output: { D2: '≥4754人', D3: '≥530人', D4: '≥95%', D5: '≤60万元' },
    },
    {
      name: "fill-in hints left in 三级 names: the value takes the hint's operator and unit where it lacks them",
      grid: targetTable(
        ['产出指标', '数量指标', '临时救助人数(≥**人)', '≥4754人'],
        [null, null, '公猪舍(≥**平方米)', '22.8'],
        [null, null, '排污沟(≥米)', '120'],
        [null, '质量指标', '苗木成活率(≥**%)', '85'],
        [null, null, '困难户人均收入≥**元', '≥5000元'],
        // A cost's hint says ≥ (宁夏 原州): the unit is carried, the operator is missing-operator's to suggest (≤).
        [null, '成本指标', '项目总投入(≥**万元)', '6070'],
        // The hint followed by an explanation (安徽 濉溪).
        [null, '成本指标', '扶贫临时救助标准(<**元/户·年)——一户年最高5300元', '≤5300元/户'],
      ),
      errors: [
        { cell: 'C2', messageId: 'hintInName', data: { hint: '(≥**人)' } },
        { cell: 'C3', messageId: 'hintInName', data: { hint: '(≥**平方米)' } },
        { cell: 'C4', messageId: 'hintInName', data: { hint: '(≥米)' } },
        { cell: 'C5', messageId: 'hintInName' },
        { cell: 'C6', messageId: 'hintInName', data: { hint: '≥**元' } },
        { cell: 'C7', messageId: 'hintInName' },
        { cell: 'C8', messageId: 'hintInName', data: { hint: '(<**元/户·年)' } },
      ],
      output: {
        C2: '临时救助人数',
        C3: '公猪舍',
        D3: '≥22.8平方米',
        C4: '排污沟',
        D4: '≥120米',
        C5: '苗木成活率',
        D5: '≥85%',
        C6: '困难户人均收入',
        C7: '项目总投入',
        D7: '6070万元',
        C8: '扶贫临时救助标准——一户年最高5300元',
      },
    },
  ],
} satisfies CheckCases;
