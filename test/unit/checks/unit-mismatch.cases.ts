import type { SheetGrid } from '../../../src/core/grid';
import type { CheckCases } from '../../support/check-cases';
import { grid, selfEvaluationTable, targetTable } from '../../support/grid';

const TWIN_HEADER = ['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'];
/** 湖南 岳阳楼, 江西 浮梁, 内蒙古 乌海: the operator and the unit in columns of their own. */
const SPLIT_HEADER = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '计量单位'];

/** 内蒙古 乌海: the date serial 44561 in 目标值 and 计量单位, shown as Excel shows it with "#,##0". */
function wuhaiSerials(): SheetGrid {
  const sheet = grid([SPLIT_HEADER, ['产出指标', '时效指标', '项目财政资金到位时间', '=', 44561, 44561], ['产出指标', '数量指标', '出差人数', '=', 8, 3]]);
  sheet.text = [SPLIT_HEADER, ['产出指标', '时效指标', '项目财政资金到位时间', '=', '44,561', '44,561'], ['产出指标', '数量指标', '出差人数', '=', '8', '3']];
  return sheet;
}

export default {
  valid: [
    selfEvaluationTable(['产出指标', '成本指标', '项目支出', '≤2万', '5.6万元'], [null, '数量指标', '培训人数', '≥260人', 260]),
    grid([TWIN_HEADER, ['产出指标', '成本指标', '3年项目支出', '≤1395000元', '成本指标', '项目支出', '≤46.5万元']]),
    {
      name: 'rates in %, a time limit in days, and ratios that are no percentages (频率, 周转率, 功率)',
      grid: targetTable(
        ['产出指标', '时效指标', '检测及时率', '≥95%'],
        [null, '时效指标', '检测时限', '≤7工作日'],
        [null, '质量指标', '死亡率', '≤3‰'],
        [null, '质量指标', '设备巡检频率', '≥2次'],
        [null, '质量指标', '病床周转率', '≥30次'],
        [null, '质量指标', '水泵功率', '≥5千瓦'],
      ),
    },
    {
      name: '安徽 六安 near misses: 批次 counted in 批次, 批, 次 or 个; 人次 in 人; 车次 in 辆',
      grid: targetTable(
        ['产出指标', '数量指标', '监督抽检批次', '≥100批次'],
        [null, null, '例行监测批次', '≥100批'],
        [null, null, '快检批次数', '≥50次'],
        [null, null, '抽样批次', '≥20个'],
        [null, null, '培训人次', '≥200人'],
        [null, null, '运输车次', '≥100辆'],
      ),
    },
    {
      name: 'values in the unit their name states: a label, a template, another separator, a looser or convertible unit',
      grid: targetTable(
        ['产出指标', '数量指标', '保障在职职工人数(人)', '＝116人'],
        [null, '数量指标', '★★★农村低保发放人数(按月平均)(≥**人)', '>=21933人'],
        [null, '质量指标', '★农村低保标准(≥**元/人·月)', '>=530元/人*月'],
        [null, '数量指标', '巡查次数(次)', '≥12次/年'],
        [null, '成本指标', '项目支出(万元)', '≤50000元'],
        [null, '质量指标', '工程质量达标率(%)', '100%'],
        [null, '数量指标', '新建高校(校区)', '7所'],
      ),
    },
    {
      name: 'a 单位 column that names the office in charge is not compared as a unit',
      grid: grid([SPLIT_HEADER, ['产出指标', '质量指标', '合格率', '≥', '95%', '财务科'], [null, '质量指标', '到位率', '≥', '95%', '办公室']]),
    },
    {
      name: 'split columns where the value and 计量单位 agree: the same unit, another spelling, a convertible or looser one',
      grid: grid([
        SPLIT_HEADER,
        ['产出指标', '质量指标', '合格率', '≥', '95%', '%'],
        [null, '质量指标', '达标率', '≥', '95%', '百分比'],
        [null, '时效指标', '办结时限', '≤', '10个工作日', '天'],
        [null, '成本指标', '项目支出', '≤', '5万元', '元'],
        [null, '数量指标', '巡查次数', '≥', '12次/年', '次'],
        [null, '数量指标', '改造面积', '≥', '3km', '公里'],
      ]),
    },
    {
      name: 'split columns: a bare value beside its unit, a blank or "/" 计量单位, and a 定性 value beside no unit',
      grid: grid([
        SPLIT_HEADER,
        ['产出指标', '数量指标', '保障在职职工人数', '=', 116, '人'],
        [null, '质量指标', '验收情况', '定性', '合格', '/'],
        [null, '质量指标', '工作质量', '定性', '好', ''],
        [null, '质量指标', '制度健全性', '定性', '健全', '是/否'],
      ]),
    },
    {
      name: '重庆 科学城: an OCR-damaged value that carries its own unit ("第O份" | "份") is no 定性 value with a unit',
      grid: grid([SPLIT_HEADER, ['产出指标', '数量指标', '制作宣传品数量', '≥', '第O份', '份']]),
    },
    {
      name: 'a 定性 target beside % whose actual is a number: the unit serves the actual',
      grid: grid([
        [...SPLIT_HEADER, '实际完成值'],
        ['产出指标', '质量指标', '完成情况', '定性', '全部完成', '%', 98],
      ]),
    },
  ],
  invalid: [
    {
      name: 'seed 003: 元/人.年 vs 元/年',
      grid: grid([TWIN_HEADER, ['产出指标', '成本指标', '每人每年补助缴费款', '320元/人.年', '成本指标', '2020年补助缴费款', '280元/年']]),
      errors: [{ cell: 'G2', messageId: 'twin', data: { unit: '元/年', otherUnit: '元/人.年', otherCell: 'D2' } }],
    },
    {
      name: 'target vs actual, and a head count measured in 个 (PE4)',
      grid: selfEvaluationTable(['产出指标', '数量指标', '改造面积', '≥400平方米', '3户'], [null, '数量指标', '村组干部人数', '≥230个', '230个']),
      errors: [
        { cell: 'E2', messageId: 'actual' },
        { cell: 'D3', messageId: 'nameNoun' },
      ],
    },
    {
      name: '安徽 六安: a rate (检测及时率) whose value is a day count, in both twin blocks',
      grid: grid([TWIN_HEADER, ['产出指标', '时效指标', '检测及时率', '≤7工作日', '时效指标', '检测及时率', '≤7工作日']]),
      errors: [
        { cell: 'D2', messageId: 'rateUnit', data: { unit: '工作日', what: '时长' } },
        { cell: 'G2', messageId: 'rateUnit', data: { unit: '工作日' } },
      ],
    },
    {
      name: 'a rate counted in people or in money',
      grid: targetTable(['产出指标', '质量指标', '培训覆盖率', '≥500人'], [null, '时效指标', '资金到位率', '100万元']),
      errors: [
        { cell: 'D2', messageId: 'rateUnit', data: { unit: '人', what: '数量' } },
        { cell: 'D3', messageId: 'rateUnit', data: { unit: '万元', what: '金额' } },
      ],
    },
    {
      name: '安徽 六安: 监督抽检批次 counted in 组; 演出场次 in 项',
      grid: targetTable(['产出指标', '数量指标', '监督抽检批次', '≥100组'], [null, null, '送戏下乡演出场次', '≥12项']),
      errors: [
        { cell: 'D2', messageId: 'nameCounter', data: { counter: '批次', unit: '组' } },
        { cell: 'D3', messageId: 'nameCounter', data: { counter: '场次', unit: '项' } },
      ],
    },
    {
      name: "安徽 濉溪: the name's template asks 元/户·年, the value gives 元/户; a total in 万元 given per person",
      grid: targetTable(
        ['产出指标', '质量指标', '扶贫临时救助标准(<**元/户·年)——一户年最高5300元', '<=5300元/户'],
        [null, '成本指标', '项目支出(万元)', '≤500元/人'],
      ),
      errors: [
        { cell: 'D2', messageId: 'nameUnit', data: { nameUnit: '元/户·年', unit: '元/户' } },
        { cell: 'D3', messageId: 'nameUnit', data: { nameUnit: '万元', unit: '元/人' } },
      ],
    },
    {
      name: '湖南 岳阳楼: 计量单位 % beside 28.8萬元, and % beside the 定性 value 應保盡保',
      grid: grid([
        ['一級指標', '二級指標', '三級指標', '指標值類型', '指標值', '計量單位'],
        ['產出指標', '數量指標', '業務工作支出安排金額', '定量', '28.8萬元', '%'],
        [null, '質量指標', '業務工作支出到位率', '定量', '100', '%'],
        ['效益指標', '社會效益指標', '保證單位正常運轉', '定性', '應保盡保', '%'],
      ]),
      errors: [
        { cell: 'F2', messageId: 'unitColumn', data: { unit: '%', valueUnit: '万元' } },
        { cell: 'F4', messageId: 'qualitativeUnit', data: { unit: '%', text: '應保盡保' } },
      ],
    },
    {
      name: '重庆 科学城: OCR noise in 计量单位 (tot扁) beside 2200篇',
      grid: grid([SPLIT_HEADER, ['产出指标', '数量指标', '播发稿件数量', '≥', '2200篇', 'tot扁']]),
      errors: [{ cell: 'F2', messageId: 'unitColumn', data: { unit: 'tot扁', valueUnit: '篇' } }],
    },
    {
      name: '内蒙古 乌海: the date serial 44,561 copied into 计量单位, and a bare number there',
      grid: wuhaiSerials(),
      errors: [
        { cell: 'F2', messageId: 'dateSerialUnit', data: { unit: '44,561', date: '2021年12月31日' } },
        { cell: 'F3', messageId: 'numberUnit', data: { unit: '3' } },
      ],
    },
  ],
} satisfies CheckCases;
