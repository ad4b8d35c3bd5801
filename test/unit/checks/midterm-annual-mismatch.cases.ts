import type { CellValue } from '../../../src/core/grid';
import type { CheckCases } from '../../support/check-cases';
import { grid } from '../../support/grid';

const HEADER = ['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'];

/** A 云南 twin table with 项目期 and both funding lines above the header. */
function twin(funding: [number, number], ...rows: CellValue[][]) {
  return grid([['项目期', '经常性项目'], [null, '总投入'], ['中期资金来源（元）', funding[0]], ['年度资金来源（元）', funding[1]], HEADER, ...rows]);
}

export default {
  valid: [
    // Seed 000 and 001: flows three times the year, rates and stocks equal, the typo pair still pairs.
    twin(
      [1395000, 465000],
      ['产出指标', '数量指标', '3年购买意外伤害险人数', '≥6600人', '数量指标', '购买以外伤害险人数', '≥2200人'],
      [null, '数量指标', '专门协会正常运行数', '≥5个', '数量指标', '专门协会正常运行数', '≥5个'],
      [null, '质量指标', '协会活动重点残疾人覆盖率', '≥95%', '质量指标', '协会重点残疾人覆盖率', '≥95%'],
      [null, '时效指标', '缴费时间', '每年11月', '时效指标', '缴费时间', '11月'],
    ),
    // Seed 003: 212500 vs 3 × 69000 = 207000 is +2.66%, inside the 10% tolerance.
    twin([57960000, 19320000], ['产出指标', '数量指标', '补助参保人数', '212500人', '数量指标', '2020年补助参保人数', '69000人。']),
  ],
  invalid: [
    {
      name: '湖南 宁乡: the 年度绩效指标 table stacked under the 长期绩效指标 one, equal row for row',
      grid: grid([
        ['长期绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
        [null, '产出指标', '数量指标', '改造道路里程', '≥30公里'],
        [null, null, '质量指标', '验收合格率', '≥98%'],
        [null, '效益指标', '社会效益指标', '受益群众', '≥5000人'],
        ['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
        [null, '产出指标', '数量指标', '改造道路里程', '≥30公里'],
        [null, null, '质量指标', '验收合格率', '≥98%'],
        [null, '效益指标', '社会效益指标', '受益群众', '≥5000人'],
      ]),
      errors: [{ cell: 'A5', messageId: 'copiedTable', data: { range: 'A1:E4' } }],
    },
    {
      name: '安徽 六安: a 中期 block copied from the 年度 block value for value; its counts are told, rates and funding aside',
      grid: grid([
        ['项目期', '3年'],
        ['项目资金(万元)', '中期资金总额:', 154.05, '年度资金总额:', 51.35],
        HEADER,
        ['产出指标', '数量指标', '购买标准试剂', '≥100个', '数量指标', '购买标准试剂', '≥100个'],
        [null, '数量指标', '监督抽检批次', '≥100批次', '数量指标', '监督抽检批次', '≥100批次'],
        [null, '质量指标', '农产品例行监测合格率', '≥98%', '质量指标', '农产品例行监测合格率', '≥98%'],
      ]),
      errors: [
        { cell: 'D4', messageId: 'copied', data: { name: '购买标准试剂', midterm: '≥100个' } },
        { cell: 'D5', messageId: 'copied' },
      ],
    },
    {
      name: '安徽 六安: 中期资金总额 and 年度资金总额 are the funding lines; 68.5 is not three years of 51.35',
      grid: grid([
        ['项目期', '3年'],
        ['项目资金(万元)', '中期资金总额:', 68.5, '年度资金总额:', 51.35],
        HEADER,
        ['产出指标', '数量指标', '购买标准试剂', '≥300个', '数量指标', '购买标准试剂', '≥100个'],
      ]),
      errors: [{ cell: 'C2', messageId: 'funding' }],
    },
    {
      name: 'seed 003: funding +13.84%, and a unit cost that must be equal',
      grid: twin([65980000, 19320000], ['产出指标', '成本指标', '每人每年补助缴费款', '320元/人.年', '成本指标', '2020年补助缴费款', '280元/年']),
      errors: [
        { cell: 'B3', messageId: 'funding', data: { percent: '13.84', expected: '57960000' } },
        { cell: 'G6', messageId: 'level' },
      ],
    },
    {
      name: 'a flow off by more than 10%, a 中期 below the 年度, deadlines and operators that disagree',
      grid: twin(
        [300000, 100000],
        ['产出指标', '数量指标', '3年培训人数', '≥900人', '数量指标', '培训人数', '≥200人'],
        [null, '数量指标', '3年发放残疾证', '≥30本', '数量指标', '发放残疾证', '≥50本'],
        [null, '时效指标', '完成时间', '10月底前', '时效指标', '完成时间', '11月底前'],
        [null, '成本指标', '项目支出', '≤300000元', '成本指标', '项目支出', '＝100000元'],
      ),
      errors: [
        { cell: 'G6', messageId: 'flow', data: { years: 3, expected: '600', percent: '50.00' } },
        { cell: 'G7', messageId: 'smallerThanAnnual' },
        { cell: 'G8', messageId: 'deadline' },
        { cell: 'G9', messageId: 'operator' },
      ],
    },
  ],
} satisfies CheckCases;
