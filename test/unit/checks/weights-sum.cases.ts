import type { CellValue } from '../../../src/core/grid';
import type { CheckCases } from '../../support/check-cases';
import { grid, selfEvaluationTable } from '../../support/grid';

const HEADER = ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '分值'];

/** 安徽 濉溪 / 萧县: a 资金情况 block (分值 10) above a table whose 分值 comes before the values (D). */
const SUIXI_BUDGET: CellValue[][] = [
  ['资金情况(万元)', null, '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
  [null, '年度资金总额:', 30, 30, 10, '100%', 10],
];
const SUIXI_HEADER = ['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分'];

/** 安徽 濉溪: 产出指标(50分) merged over 5 + 5 + 20 + 10 + 10, 效益指标(30分) over 30, 满意度指标(10分) over 10. */
function suixi(rows: { output?: CellValue[][]; effect?: CellValue[][]; satisfaction?: CellValue[][] } = {}) {
  const output = rows.output ?? [
    ['产出指标(50分)', '数量指标', '农村低保发放人数(按月平均)', 5, '≥21933人', '21980人', 5],
    [null, null, '★★★其中:农村低保对象中建档立卡贫困人口数量', 5, '≥9431人', '9453人', 5],
    [null, null, '扶贫临时救助人数(按月平均)', 20, '≥7人', '7人', 20],
    [null, '质量指标', '★农村低保标准', 10, '≥530元/人·月', '583元/人·月', 10],
    [null, null, '农村特困人员救助供养基本生活标准', 10, '≥570元/人·月', '758元/人·月', 10],
  ];
  const effect = rows.effect ?? [['效益指标(30分)', '社会效益指标', '受益建档立卡贫困人口数', 30, '≥80人', '87人', 30]];
  const satisfaction = rows.satisfaction ?? [['满意度指标(10分)', '服务对象满意度指标', '受助对象满意度', 10, '≥90%', '95%', 10]];
  return grid([...SUIXI_BUDGET, SUIXI_HEADER, ...output, ...effect, ...satisfaction], [`A4:A${3 + output.length}`]);
}

/** The city template (PE5, 云南 昌宁): 预算执行情况(20分) with its 分值 column, then 年度绩效目标(80分) beside the header. */
const CITY_BUDGET: CellValue[][] = [
  ['预算执行情况(20分)', '预算数(A)', '执行数(B)', '分值', '执行率(B/A)', '得分(20分*执行率)'],
  ['年度财政资金总额', 100, 100, 20, '100%', 20],
];
const CITY_HEADER = ['年度绩效目标(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '分值', '得分'];

/** A target table with the 分值 in column E and a caption beside its header (A1). */
function targetWithCaption(caption: string, ...rows: CellValue[][]) {
  return grid([[caption, '一级指标', '二级指标', '三级指标', '指标值', '分值'], ...rows.map((r) => [null, ...r])], [`A1:A${rows.length + 1}`]);
}

/** 内蒙古 乌海: the caption merged down the left of the header names the part's total and each 一级's share. */
const WUHAI_CAPTION = '绩效指标(权重分值90分,其中产出指标权重分值50分,效益指标权重分值30分,满意度指标权重分值10分)';
const WUHAI_HEADER = ['一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '目标值', '计量单位', '分值'];

function wuhai(caption: string, ...rows: CellValue[][]) {
  return grid([[caption, ...WUHAI_HEADER], ...rows.map((r) => [null, ...r])], [`A1:A${rows.length + 1}`]);
}

export default {
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
    {
      name: '安徽 濉溪: every 一级 prints its weight, its rows add up to it (a 其中 row with its own 分值 counts), 50 + 30 + 10 + 10 = 100',
      grid: suixi(),
    },
    {
      name: '安徽 萧县: "产 出 指 标 (50分)" over ★ rows whose 其中 rows share their merged 分值; the page is cut at "满意"',
      grid: grid(
        [
          ['资金情况 (万元)', null, '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
          [null, '年度资金总额:', 9.48, 9.48, 10, '100%', 10],
          ['一级 指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分'],
          ['产 出 指 标 (50分)', '数量指标', '★补助各类瓜果蔬菜种植面积', 20, '29.5亩', '29.5亩', 20],
          [null, null, '其中桃树种植面积', null, '1.5亩', '1.5亩', null],
          [null, null, '其中露天蔬菜', null, '28亩', '28亩', null],
          [null, null, '★补助家畜家禽养殖数量', 20, '192只', '192只', 20],
          [null, '质量指标', '种植作物成活率', 10, '95%', '95%', 10],
          ['效 益 指 标 (30分)', '经济效益 指标', '特色产业带动增加受益农户收入(总收入)', 20, '≥11.376万元', '12万元', 20],
          [null, '社会效益 指标', '受益人口数量', 10, '90人', '90人', 10],
          ['满意'],
        ],
        ['A4:A8', 'B4:B7', 'D4:D6', 'G4:G6', 'A9:A10'],
      ),
    },
    {
      name: "四川 南充: 预算执行情况(10分) agrees with its 权重 10; the page is cut after the first row's 完成值 (no 权重, no 得分 yet)",
      grid: grid(
        [
          ['预算执行情况(10分)', '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'],
          [null, '总额', 5, 5, 5, 1, 10, null],
          ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
          [null, '产出指标', '数量指标', '会议培训举办次数(次)', '≥', '1', '次', '1'],
        ],
        ['A1:A2', 'A3:A4'],
      ),
    },
    {
      name: "四川 excerpt without its header: 4 × 22.5 = 90, the budget's 10 above the cut",
      grid: grid(
        [
          ['产出指标', '数量指标', '足额保障率', '=', '100', '%', null, 22.5],
          [null, null, '科目调整次数', '≤', '10', '次', null, 22.5],
          [null, '时效指标', '按时发放率', '=', '100', '%', null, 22.5],
          ['效益指标', '经济效益指标', '结余率', '≤', '5', '%', null, 22.5],
          ['合计', null, null, null, null, null, null, 100],
        ],
        ['A1:A3', 'B1:B2', 'A5:G5'],
      ),
    },
    {
      name: '重庆 梁平: six rows of 10 and a seventh cut after its name',
      grid: grid(
        [
          ['绩效指标', '指标名称', '计量单位', '指标性质', '指标值', '指标权重(分)', '全年完成值', '指标得分(分)'],
          [null, '天然林和公益林管护当期任务完成率', '%', null, '≥90', 10, '100', 10],
          [null, '国家级公益林管护面积', '万亩', null, '≥8', 10, '8', 10],
          [null, '公益林提供管'],
        ],
        ['A1:A4'],
      ),
    },
    {
      name: '内蒙古 乌海 (target table): 产出指标 on every row, 10 + 10 + 20 + 10 = 50 as the caption says; cut at "效"',
      grid: wuhai(
        WUHAI_CAPTION,
        ['产出指标', '数量指标', '出差人数', '正向', '=', 8, '人', 10],
        ['产出指标', '时效指标', '项目财政资金到位时间', '正向', '=', '2021年12月31日', null, 10],
        ['产出指标', '成本指标', '出差总成本', '反向', '=', 1, '万元', 20],
        ['产出指标', '成本指标', '劳务人员总成本', '反向', '=', 2, '万元', 10],
        ['效'],
      ),
    },
    {
      name: 'target table: 产出指标(50分), 效益指标(30分), 满意度指标(10分) with no budget weight on the sheet: 90 leaves 10 to 预算执行',
      grid: grid([
        ['一级指标', '二级指标', '三级指标', '指标值', '分值'],
        ['产出指标(50分)', '数量指标', '培训人数', '≥100人', 50],
        ['效益指标(30分)', '社会效益指标', '就业率', '≥60%', 30],
        ['满意度指标(10分)', '服务对象满意度指标', '满意度', '≥90%', 10],
      ]),
    },
    {
      name: 'near miss: a permitted range "产出指标(40-60分)" is no weight to add up',
      grid: grid(
        [
          ['一级指标', '二级指标', '三级指标', '指标值', '分值'],
          ['产出指标(40-60分)', '数量指标', '培训人数', '≥100人', 30],
          [null, '质量指标', '合格率', '≥90%', 20],
          ['效益指标', '社会效益指标', '就业率', '≥60%', 30],
          ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', 10],
        ],
        ['A2:A3'],
      ),
    },
    {
      name: 'near miss: a row marked "/" leaves its share out, so 产出 rows short of 50 are not wrong',
      grid: grid(
        [
          ['一级指标', '二级指标', '三级指标', '指标值', '权重'],
          ['产出指标(50分)', '数量指标', '培训人数', '≥100人', 30],
          [null, '成本指标', '人均培训成本', '≤500元', '/'],
          ['效益指标(30分)', '社会效益指标', '就业率', '≥60%', 30],
          ['满意度指标(10分)', '服务对象满意度指标', '满意度', '≥90%', 10],
        ],
        ['A2:A3'],
      ),
    },
    {
      name: 'a 满意度 row under a merged "效益指标(40分)" is counted where the sheet counts it (hierarchy-parent tells of its place)',
      grid: suixi({
        effect: [
          ['效益指标(40分)', '社会效益指标', '受益建档立卡贫困人口数', 30, '≥80人', '87人', 30],
          [null, '服务对象满意度指标', '受助对象满意度', 10, '≥90%', '95%', 10],
        ],
        satisfaction: [],
      }),
    },
    {
      name: 'a 小计 row under 产出指标(50分) is a subtotal, not a weight of its own',
      grid: grid(
        [
          ['一级指标', '二级指标', '三级指标', '指标值', '分值'],
          ['产出指标(50分)', '数量指标', '培训人数', '≥100人', 30],
          [null, '质量指标', '合格率', '≥90%', 20],
          [null, null, '小计', null, 50],
          ['效益指标(30分)', '社会效益指标', '就业率', '≥60%', 30],
          ['满意度指标(10分)', '服务对象满意度指标', '满意度', '≥90%', 10],
        ],
        ['A2:A4'],
      ),
    },
    {
      name: 'near miss: "年度绩效目标(80分)" over rows of 40 + 30 with no 满意度 row: the rest may lie beyond the page',
      grid: targetWithCaption('年度绩效目标(80分)', ['产出指标', '数量指标', '培训人数', '≥100人', 40], ['效益指标', '社会效益指标', '就业率', '≥60%', 30]),
    },
  ],
  invalid: [
    {
      name: 'no 分值 column: the national split is assumed and said',
      grid: selfEvaluationTable(['产出指标', '数量指标', '培训人数', '≥100人', '100人']),
      errors: [{ cell: 'A1', messageId: 'derived', severity: 'info' }],
    },
    {
      name: 'PE5: "产出指标 (60 分)" over rows of 50, and a total of 90',
      grid: grid([
        HEADER,
        ['产出指标 (60 分)', '数量指标', '服务外包在岸(万美元)', '≥20000', 23333.56, 50],
        ['效益指标 (40 分)', '经济效益指标', '带动出口', '≥5亿元', '5.2亿元', 40],
      ]),
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
    {
      name: '安徽 濉溪 with 产出 rows of 5 + 5 + 20 + 10 + 5 under "产出指标(50分)": the 一级 names both figures',
      grid: suixi({
        output: [
          ['产出指标(50分)', '数量指标', '农村低保发放人数(按月平均)', 5, '≥21933人', '21980人', 5],
          [null, null, '★★★其中:农村低保对象中建档立卡贫困人口数量', 5, '≥9431人', '9453人', 5],
          [null, null, '扶贫临时救助人数(按月平均)', 20, '≥7人', '7人', 20],
          [null, '质量指标', '★农村低保标准', 10, '≥530元/人·月', '583元/人·月', 10],
          [null, null, '农村特困人员救助供养基本生活标准', 5, '≥570元/人·月', '758元/人·月', 5],
        ],
      }),
      errors: [
        { cell: 'A3', messageId: 'total', data: { sum: '95' } },
        { cell: 'A4', messageId: 'level1', data: { level1: '产出指标', printed: '50', sum: '45' } },
      ],
    },
    {
      name: '安徽 濉溪 with a 满意度 row of 20 under "满意度指标(10分)": the row is above its 一级\'s whole share',
      grid: suixi({ satisfaction: [['满意度指标(10分)', '服务对象满意度指标', '受助对象满意度', 20, '≥90%', '95%', 20]] }),
      errors: [
        { cell: 'A3', messageId: 'total', data: { sum: '110' } },
        { cell: 'A10', messageId: 'level1', data: { level1: '满意度指标', printed: '10', sum: '20' } },
        { cell: 'D10', messageId: 'row', data: { name: '受助对象满意度', weight: '20', level1: '满意度指标', printed: '10' } },
      ],
    },
    {
      name: "安徽 濉溪 printing 满意度指标(20分) over its row of 20: 50 + 30 + 20 and the budget's 10 make 110",
      grid: suixi({ satisfaction: [['满意度指标(20分)', '服务对象满意度指标', '受助对象满意度', 20, '≥90%', '95%', 20]] }),
      errors: [
        { cell: 'A3', messageId: 'printedTotal', data: { shares: '产出指标50分、效益指标30分、满意度指标20分', budget: '与预算执行10分', sum: '110' } },
        { cell: 'A3', messageId: 'total', data: { sum: '110' } },
      ],
    },
    {
      name: 'PE5: "年度绩效目标(80分)" over "产出指标 (60 分)" and "效益指标 (40 分)"',
      grid: grid(
        [
          ...CITY_BUDGET,
          CITY_HEADER,
          [null, '产出指标 (60 分)', '数量指标', '服务外包在岸', '≥20000万美元', '23333.56万美元', 60, 60],
          [null, '效益指标 (40 分)', '经济效益指标', '带动出口', '≥5亿元', '5.2亿元', 40, 40],
        ],
        ['A3:A5'],
      ),
      errors: [
        { cell: 'A3', messageId: 'printedPart', data: { shares: '产出指标60分、效益指标40分', sum: '100', caption: '年度绩效目标', stated: '80' } },
        { cell: 'A3', messageId: 'total', data: { sum: '120' } },
      ],
    },
    {
      name: '云南 昌宁 with "年度绩效目标(90分)" beside "预算执行情况(万元)(20分)": 110 in all (no 分值 column: weights derived)',
      grid: grid(
        [
          ['预算执行情况(万元)(20分)', null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
          [null, '年度财政资金总额', 50, 10, 20, 4],
          ['年度绩效目标(90分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
          [null, '产出指标(40分)', '数量指标', '公猪舍(≥**平方米)', '22.8', '22.8', 1],
          [null, null, null, '母猪、保育猪舍(≥**平方米)', '180', '180', 3],
        ],
        ['A3:A5', 'B4:B5', 'C4:C5'],
      ),
      errors: [
        { cell: 'A3', messageId: 'captionTotal', data: { caption: '年度绩效目标', stated: '90', budget: '20', sum: '110' } },
        { cell: 'A3', messageId: 'derived', severity: 'info' },
      ],
    },
    {
      name: '四川 南充 with 权重 20 beside "预算执行情况(10分)": 绩效指标(90分) and 20 make 110',
      grid: grid(
        [
          ['预算执行情况(10分)', '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'],
          [null, '总额', 5, 5, 5, 1, 20, null],
          ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
          [null, '产出指标', '数量指标', '会议培训举办次数(次)', '≥', '1', '次', '1'],
        ],
        ['A1:A2', 'A3:A4'],
      ),
      errors: [
        { cell: 'G2', messageId: 'budgetCaption', data: { caption: '预算执行情况', stated: '10', weight: '20' } },
        { cell: 'A3', messageId: 'captionTotal', data: { caption: '绩效指标', stated: '90', budget: '20', sum: '110' } },
      ],
    },
    {
      name: 'a caption whose 其中 shares (40 + 30 + 20) do not make its own 80',
      grid: targetWithCaption(
        '年度绩效目标(80分,其中产出40分、效益30分、满意度20分)',
        ['产出指标', '数量指标', '培训人数', '≥100人', 40],
        ['效益指标', '社会效益指标', '就业率', '≥60%', 30],
        ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', 20],
      ),
      errors: [
        {
          cell: 'A1',
          messageId: 'captionShares',
          data: { caption: '年度绩效目标', stated: '80', shares: '产出指标40分、效益指标30分、满意度指标20分', sum: '90' },
        },
      ],
    },
    {
      name: "a caption's 产出 share against its rows (乌海 style: the names print no weight)",
      grid: targetWithCaption(
        '年度绩效目标(80分,其中产出40分、效益30分、满意度10分)',
        ['产出指标', '数量指标', '培训人数', '≥100人', 30],
        ['产出指标', '质量指标', '合格率', '≥90%', 20],
        ['效益指标', '社会效益指标', '就业率', '≥60%', 30],
        ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', 10],
      ),
      errors: [{ cell: 'A1', messageId: 'captionLevel1', data: { caption: '年度绩效目标', level1: '产出指标', printed: '40', sum: '50' } }],
    },
    {
      name: "a name's printed weight against the caption's share for the same 一级",
      grid: targetWithCaption(
        '年度绩效目标(80分,其中产出40分、效益30分、满意度10分)',
        ['产出指标(50分)', '数量指标', '培训人数', '≥100人', 50],
        ['效益指标', '社会效益指标', '就业率', '≥60%', 30],
        ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', 10],
      ),
      errors: [{ cell: 'B2', messageId: 'conflict', data: { level1: '产出指标', printed: '50', where: '“年度绩效目标”中', other: '40' } }],
    },
    {
      name: 'no 一级 prints its weight: "年度绩效目标(80分)" against rows of 50 + 30 + 10',
      grid: targetWithCaption(
        '年度绩效目标(80分)',
        ['产出指标', '数量指标', '培训人数', '≥100人', 50],
        ['效益指标', '社会效益指标', '就业率', '≥60%', 30],
        ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', 10],
      ),
      errors: [{ cell: 'A1', messageId: 'rowsPart', data: { caption: '年度绩效目标', stated: '80', sum: '90' } }],
    },
    {
      name: '四川 PE4 style (一级 on every row, any order): the same 一级 printed 50 and 40',
      grid: grid([
        ['一级指标', '二级指标', '三级指标', '指标值', '权重'],
        ['产出指标(50分)', '数量指标', '培训人数', '≥100人', 30],
        ['效益指标(30分)', '社会效益指标', '就业率', '≥60%', 30],
        ['产出指标(40分)', '质量指标', '合格率', '≥90%', 20],
        ['满意度指标(10分)', '服务对象满意度指标', '满意度', '≥90%', 10],
      ]),
      errors: [{ cell: 'A4', messageId: 'conflict', data: { level1: '产出指标', printed: '40', where: 'A2处', other: '50' } }],
    },
    {
      name: '安徽 萧县 cut at "满意", with 效益 rows of 20 + 15 under "效 益 指 标 (30分)": too much is wrong however the page ends',
      grid: grid(
        [
          ...SUIXI_BUDGET,
          ['一级 指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分'],
          ['产 出 指 标 (50分)', '数量指标', '★补助各类瓜果蔬菜种植面积', 30, '29.5亩', '29.5亩', 30],
          [null, null, '其中桃树种植面积', null, '1.5亩', '1.5亩', null],
          [null, '质量指标', '种植作物成活率', 20, '95%', '95%', 20],
          ['效 益 指 标 (30分)', '经济效益 指标', '特色产业带动增加受益农户收入(总收入)', 20, '≥11.376万元', '12万元', 20],
          [null, '社会效益 指标', '受益人口数量', 15, '90人', '90人', 15],
          ['满意'],
        ],
        ['A4:A6', 'B4:B5', 'D4:D5', 'G4:G5', 'A7:A8'],
      ),
      errors: [{ cell: 'A7', messageId: 'level1', data: { level1: '效益指标', printed: '30', sum: '35' } }],
    },
    {
      name: "内蒙古 乌海 with 产出 rows of 10 + 10 + 20 + 20: the caption's 产出 50 against 60",
      grid: wuhai(
        WUHAI_CAPTION,
        ['产出指标', '数量指标', '出差人数', '正向', '=', 8, '人', 10],
        ['产出指标', '时效指标', '项目财政资金到位时间', '正向', '=', '2021年12月31日', null, 10],
        ['产出指标', '成本指标', '出差总成本', '反向', '=', 1, '万元', 20],
        ['产出指标', '成本指标', '劳务人员总成本', '反向', '=', 2, '万元', 20],
        ['效'],
      ),
      errors: [{ cell: 'A1', messageId: 'captionLevel1', data: { caption: '绩效指标', level1: '产出指标', printed: '50', sum: '60' } }],
    },
    {
      name: "内蒙古 乌海 with a row of 60 under the caption's 产出 50",
      grid: wuhai(WUHAI_CAPTION, ['产出指标', '数量指标', '出差人数', '正向', '=', 8, '人', 60], ['效']),
      errors: [
        { cell: 'A1', messageId: 'captionLevel1', data: { level1: '产出指标', printed: '50', sum: '60' } },
        { cell: 'I2', messageId: 'row', data: { name: '出差人数', weight: '60', level1: '产出指标', printed: '50' } },
      ],
    },
    {
      name: '内蒙古 乌海 caption whose 其中 shares make 100, not its own 90',
      grid: wuhai(
        '绩效指标(权重分值90分,其中产出指标权重分值60分,效益指标权重分值30分,满意度指标权重分值10分)',
        ['产出指标', '数量指标', '出差人数', '正向', '=', 8, '人', 30],
        ['产出指标', '成本指标', '出差总成本', '反向', '=', 1, '万元', 30],
        ['效'],
      ),
      errors: [{ cell: 'A1', messageId: 'captionShares', data: { caption: '绩效指标', stated: '90', sum: '100' } }],
    },
    {
      name: '内蒙古 乌海 with "产出指标(40分)" in the names against the caption\'s 50',
      grid: wuhai(
        WUHAI_CAPTION,
        ['产出指标(40分)', '数量指标', '出差人数', '正向', '=', 8, '人', 20],
        ['产出指标(40分)', '成本指标', '出差总成本', '反向', '=', 1, '万元', 20],
        ['效'],
      ),
      errors: [{ cell: 'B2', messageId: 'conflict', data: { level1: '产出指标', printed: '40', where: '“绩效指标”中', other: '50' } }],
    },
    {
      name: '宁夏 原州: 指标3 has no 分值 (the 产出 rows still make 40); the page is cut in the 满意度指标(20分) row',
      grid: grid(
        [
          SUIXI_HEADER,
          ['产出指标(40分)', '数量指标', '指标1免费发放原原种', 8, '550万粒', '550万粒', 8],
          [null, null, '指标2企业自行采购', 8, '200万粒', '200万粒', 8],
          [null, null, '指标3一级种薯繁育基地', null, '8000亩', '8535.5亩', null],
          [null, '质量指标', '指标1采购的原原种合格率', 8, '≥90%', '90%', 8],
          [null, '时效指标', '资金支付完成率', 8, '100%', '100%', 8],
          [null, '成本指标', '种薯采购价格不高于市场价', 8, '是', '是', 8],
          ['效益指标(40分)', '经济效益指标', '种薯亩均收入较鲜薯亩均收入增长', 16, '≥5%', '5%', 16],
          [null, '社会效益指标', '一级种薯推广面积占总面积比例', 24, '80%', '80%', 24],
          ['满意度指标(20分)', '服务对象满意度', '种薯繁育企业、种植农户调'],
        ],
        ['A2:A7', 'A8:A9', 'B2:B4'],
      ),
      errors: [{ cell: 'D4', messageId: 'missing', data: { name: '指标3一级种薯繁育基地' } }],
    },
  ],
} satisfies CheckCases;
