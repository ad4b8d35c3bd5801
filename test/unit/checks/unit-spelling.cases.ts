import type { CheckCases } from '../../support/check-cases';
import { grid, selfEvaluationTable, targetTable } from '../../support/grid';

/** 内蒙古 乌海, 四川: the operator and the unit in columns of their own, then the actual. */
export const SPLIT_HEADER = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '计量单位', '实际完成值'];

export default {
  valid: [
    selfEvaluationTable(['产出指标', '成本指标', '项目支出', '≤2万元', '1.5万元'], [null, '数量指标', '受益人数', '≥2万人', '2.1万人']),
    {
      name: 'per-time and per-year figures stay: 人/次 where the name counts people per session, 次/年 frequencies',
      grid: targetTable(
        ['产出指标', '数量指标', '每次培训人数', '≥30人/次'],
        [null, '数量指标', '巡查频次', '≥1次/年'],
        [null, '数量指标', '入户走访', '≥2户/次'],
        [null, '成本指标', '人均补助标准', '≤1000元/人'],
        [null, '成本指标', '每人每年补助缴费款', '320元/人.年'],
      ),
    },
    {
      name: 'split columns already in full: 人次 and 万元 in 计量单位',
      grid: grid([SPLIT_HEADER, ['产出指标', '数量指标', '出差人次', '=', 24, '人次', 24], [null, '成本指标', '出差总成本', '≤', 1, '万元', 1]]),
    },
  ],
  invalid: [
    {
      name: 'seed 004: 万 on costs (safe), 平方 (safe), km (review)',
      grid: selfEvaluationTable(
        ['产出指标', '成本指标', '残疾人就业扶持补贴', '≤2万', '5.6万'],
        [null, '数量指标', '改厨改厕面积', '≥400平方', '412平方'],
        [null, '数量指标', '道路里程', '≥3km', '3.2km'],
      ),
      errors: [
        { cell: 'D2', messageId: 'short', data: { suggestion: '≤2万元' } },
        { cell: 'E2', messageId: 'short', data: { suggestion: '5.6万元' } },
        { cell: 'D3', messageId: 'short', data: { suggestion: '≥400平方米' } },
        { cell: 'E3', messageId: 'short' },
        { cell: 'D4', messageId: 'short', data: { suggestion: '≥3公里' } },
        { cell: 'E4', messageId: 'short' },
      ],
      output: { D2: '≤2万元', E2: '5.6万元', D3: '≥400平方米', E3: '412平方米', D4: '≥3公里', E4: '3.2公里' },
    },
    {
      name: '镜像站 病媒防治: 万 per month on a cost, "≤620万/月"',
      grid: targetTable(['产出指标', '成本指标', '人工成本', '≤620万/月']),
      errors: [{ cell: 'D2', messageId: 'short', data: { unit: '万/月', suggestion: '≤620万元/月' } }],
      output: { D2: '≤620万元/月' },
    },
    {
      name: '内蒙古 乌海: 人/次 in 计量单位 where the name counts 人次, corrected in 计量单位 (safe), once for target and actual',
      grid: grid([SPLIT_HEADER, ['产出指标', '数量指标', '出差人次', '=', 24, '人/次', 24]]),
      errors: [{ cell: 'F2', messageId: 'perTimeUnit', data: { unit: '人/次', suggestion: '人次', counter: '人次' } }],
      output: { F2: '人次' },
    },
    {
      name: "人/次 in the value: safe where 人次 is the name's head noun, a suggestion where the name only mentions it",
      grid: targetTable(['产出指标', '数量指标', '服务人次', '≥500人/次'], [null, '数量指标', '培训人次达标', '≥300人/次']),
      errors: [
        { cell: 'D2', messageId: 'perTime', data: { suggestion: '≥500人次' } },
        { cell: 'D3', messageId: 'perTime', data: { suggestion: '≥300人次' } },
      ],
      output: { D2: '≥500人次', D3: '≥300人次' },
    },
    {
      name: '安徽 濉溪: "*" for the · of 元/人·月 (safe), in the value and in 计量单位',
      grid: grid([
        SPLIT_HEADER,
        ['产出指标', '质量指标', '★农村低保标准(≥**元/人·月)', '', '>=530元/人*月', '', '583元/人*月'],
        [null, '质量指标', '人均补助标准', '≥', 530, '元/人*月', 583],
      ]),
      errors: [
        { cell: 'E2', messageId: 'asterisk', data: { unit: '元/人*月', suggestion: '≥530元/人·月' } },
        { cell: 'G2', messageId: 'asterisk', data: { suggestion: '583元/人·月' } },
        { cell: 'F3', messageId: 'asteriskUnit', data: { unit: '元/人*月', suggestion: '元/人·月' } },
      ],
      output: { E2: '≥530元/人·月', G2: '583元/人·月', F3: '元/人·月' },
    },
    {
      name: '四川 split columns: 万 in 度量单位 of a cost, corrected where it is written',
      grid: grid([SPLIT_HEADER, ['产出指标', '成本指标', '项目支出', '≤', 5, '万', 4.8]]),
      errors: [{ cell: 'F2', messageId: 'shortUnit', data: { unit: '万', suggestion: '万元' } }],
      output: { F2: '万元' },
    },
  ],
} satisfies CheckCases;
