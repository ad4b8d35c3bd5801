import type { CheckCases } from '../../support/check-cases';
import { grid, targetTable } from '../../support/grid';

export default {
  valid: [
    targetTable(['产出指标', '数量指标', '参保人数', '≥69,000人'], [null, '成本指标', '项目支出', '≤1,395,000.00元']),
    // A computed ratio is no artefact; a count that happens to be large is no date outside a time row.
    targetTable(['产出指标', '质量指标', '完成率', 0.923076923076923], [null, '数量指标', '受益人数', 44561]),
    // Scores as numbers, "10分", or "/" for a row that does not apply.
    grid([
      ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '参保人数', '≥100人', '100人', 10, 10],
      [null, null, '培训人数', '≥20人', '20人', '10分', '10分'],
      [null, null, '宣传场次', '≥2场', '2场', '/', '/'],
    ]),
  ],
  invalid: [
    {
      name: 'trailing 。 (seed 003): info with a safe fix',
      grid: targetTable(['产出指标', '数量指标', '参保人数', '69000人。']),
      errors: [{ cell: 'D2', messageId: 'trailingPunctuation', severity: 'info' }],
      output: { D2: '69000人' },
    },
    {
      name: 'digits that do not form a number',
      grid: targetTable(['产出指标', '数量指标', '参保人数', '≥1,23,4人'], [null, '数量指标', '培训场次', '≥3场 共5期']),
      errors: [
        { cell: 'D2', messageId: 'malformed', severity: 'error' },
        { cell: 'D3', messageId: 'malformed' },
      ],
    },
    {
      name: '部门预算管理考核: numbers stored with binary noise; 内蒙古 乌海: a date kept as its Excel serial',
      grid: grid([
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '质量指标', '结转结余率', 0.0900000762939453],
        [null, null, '结转结余变动率', -0.300000152587891],
        [null, '时效指标', '项目财政资金到位时间', 44561],
      ]),
      errors: [
        { cell: 'D2', messageId: 'floatArtefact', data: { suggestion: '0.09' } },
        { cell: 'D3', messageId: 'floatArtefact', data: { suggestion: '-0.3' } },
        { cell: 'D4', messageId: 'dateSerial', data: { date: '2021年12月31日' } },
      ],
    },
    {
      name: "cells run together in a flattened row: split into the row's blank cells where the split is certain",
      grid: grid([
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '得分'],
        ['产出指标', '质量指标', '验收合格率', '≥95%98%10', null, null],
        // Not where the cells to the right are filled: which value goes where is no longer certain.
        [null, '数量指标', '资助人数', '2100人10', '2100人', null],
        [null, null, '培训人数', '≥2人 4人', '4人', 10],
      ]),
      errors: [
        { cell: 'D2', messageId: 'glued', data: { parts: '“≥95%”、“98%”、“10”' } },
        { cell: 'D3', messageId: 'glued' },
        { cell: 'D4', messageId: 'glued' },
      ],
      output: { D2: '≥95%', E2: '98%', F2: '10' },
    },
    {
      name: 'a run of values whose break cannot be told is flagged with the reason',
      grid: targetTable(['产出指标', '数量指标', '资助人数', '2,100人10,5']),
      errors: [{ cell: 'D2', messageId: 'malformed' }],
    },
    {
      name: '湖北工程学院: a printed 得分 whose digits were lost, an explanation glued on',
      grid: grid([
        ['一级指标', '二级指标', '三级指标', '年初目标值', '实际完成值', '得分'],
        ['产出指标', '数量', '国家奖学金人数', '≥10人', '10人', '分(因全校总人数减少,总指标数减少)'],
      ]),
      errors: [{ cell: 'F2', messageId: 'points' }],
    },
  ],
} satisfies CheckCases;
