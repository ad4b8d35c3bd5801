import type { CheckCases } from '../../support/check-cases';
import { grid, targetTable } from '../../support/grid';

export default {
  valid: [
    // Done is definite for a one-off act or a deadline: "按时完成", "完成" of a 验收.
    targetTable(['产出指标', '时效指标', '项目完成时间', '按时完成'], [null, '质量指标', '项目竣工验收', '完成']),
    targetTable(['效益指标', '社会效益指标', '就业率', '≥60%'], [null, '可持续影响指标', '长效机制', '达成年度指标']),
    // A satisfaction grade is satisfaction-format's finding, not this check's.
    targetTable(['满意度指标', '服务对象满意度指标', '残疾人满意度', '良好']),
    {
      name: 'definite states: the standard met, the level built in (issue: 达标, 合格, 按时完成)',
      grid: targetTable(
        ['产出指标', '质量指标', '工程质量', '达标'],
        [null, '质量指标', '设备验收', '合格'],
        [null, '质量指标', '项目验收', '通过竣工验收'],
        [null, '质量指标', '水质', '符合国家饮用水卫生标准'],
        [null, '时效指标', '项目完成时间', '按时完成'],
        [null, '时效指标', '资金拨付', '确保按期拨付'],
        [null, '时效指标', '项目建设', '年内完成'],
        [null, '质量指标', '补贴发放', '按月足额发放'], // a cadence is a rule kept or not, outside 时效
        [null, '质量指标', '补贴发放', '及时足额发放'], // the definite part (足额) is what is checked outside 时效
        ['效益指标', '社会效益指标', '农村饮水安全', '实现全覆盖'],
        [null, '社会效益指标', '单位运转', '保持正常运转'],
        [null, '社会效益指标', '安全生产', '无重大安全事故'],
        [null, '可持续影响指标', '管理制度', '建立健全长效管理机制'],
      ),
    },
    {
      name: "a change against a stated base: last year's figure is the level",
      grid: targetTable(
        ['效益指标', '经济效益指标', '村集体经济收入', '不低于上年'],
        [null, '社会效益指标', '群众文化活动参与', '较上年有所提高'],
        [null, '生态效益指标', '森林覆盖', '与上年持平'],
        [null, '生态效益指标', '水环境质量', '不降低'],
      ),
    },
    {
      name: 'a grade that an assessment named in the 三级 awards, or an outside body (issue: a named grade the evaluation can check)',
      grid: targetTable(
        ['产出指标', '质量指标', '工程验收等级', '优良'],
        [null, '质量指标', '年度绩效评价结果', '良好'],
        [null, '质量指标', '景区等级', 'AAAA级'],
        [null, '质量指标', '医院评审', '三级甲等'],
        [null, '质量指标', '示范基地', '省级'],
      ),
    },
    {
      name: 'yes/no where the 三级 states the condition (是否…, …与否, a comparison, a definite state)',
      grid: targetTable(
        ['产出指标', '质量指标', '评审程序是否公正', '是'], // 湖北工程学院
        [null, '成本指标', '指标1种薯采购价格不高于市场价', '是'], // 宁夏 原州
        ['效益指标', '经济效益指标', '项目实施是否产生经济价值', '否'], // 安徽 淮北
        [null, '生态效益指标', '是否对当地生态环境造成影响', '否'], // 安徽 淮北
        [null, '社会效益指标', '应急预案建立与否', '是'],
        [null, '社会效益指标', '资金使用合规性', '是'],
      ),
    },
    {
      name: 'yes/no with no 三级: the description states the condition',
      grid: grid([
        ['一级指标', '二级指标', '三级指标', '指标值', '指标描述'],
        ['效益指标', '生态效益指标', null, '否', '项目实施是否对周边环境造成污染'],
      ]),
    },
    {
      name: "not this check's: a level written with digits, a corrupted value, an official grade",
      grid: targetTable(
        ['产出指标', '数量指标', '制作宣传品数量', '第O份'], // 重庆 科学城: value-format's matter
        [null, '质量指标', '群众知晓率', '较上年提高5个百分点'],
        ['效益指标', '社会效益指标', '残疾人生活改善', '部分达成年度指标'],
      ),
    },
    {
      name: 'a 时效 row with a deadline or a schedule',
      grid: targetTable(
        ['产出指标', '时效指标', '项目完成时限', '按计划完成'],
        [null, '时效指标', '资金拨付', '年底前拨付到位'],
        [null, '时效指标', '信息报送时间', '每季度末'], // a cadence with a due point is a recurring deadline
        [null, '时效指标', '补贴发放时间', '每月月底前'],
      ),
    },
  ],
  invalid: [
    {
      name: '四川 安居: "已完成" as the target of a training or a drill says nothing of how much',
      grid: targetTable(['产出指标', '质量指标', '指标1:食品安全监管人员培训', '已完成'], [null, null, '进口冷链食品应急处置示范演练', '已完成']),
      errors: [
        { cell: 'D2', messageId: 'size' },
        { cell: 'D3', messageId: 'size' },
      ],
    },
    {
      name: 'seed 004: 良好 under a slogan name, 长期 under 可持续影响',
      grid: targetTable(
        ['效益指标', '社会效益指标', '恢复残疾人的机能，提高残疾人参与社会的竞争力', '良好'],
        [null, '可持续影响指标', '保障残疾人福利待遇', '长期'],
      ),
      errors: [
        { cell: 'D2', messageId: 'grade', data: { text: '良好', word: '良好' } },
        { cell: 'D3', messageId: 'time', data: { text: '长期', word: '长期' } },
      ],
    },
    {
      name: 'a direction with no level: 湖北 青山 稳步提高, 四川 安居 逐步提高, 广东 不断提升',
      grid: targetTable(
        ['效益指标', '可持续影响指标', '义务教育优质均衡发展情况', '稳步提高'],
        [null, '社会效益指标', '指标2:辖区内公众食品安全科普知识素养', '逐步提高'],
        [null, '社会效益指标', '办学水平', '不断提升'],
        [null, '社会效益指标', '群众生活条件', '明显改善'],
        [null, '社会效益指标', '服务能力', '进一步增强'],
        [null, '可持续影响指标', '村容村貌', '逐步'],
        [null, '社会效益指标', '群众权益', '得到有效保障'],
      ),
      errors: [
        { cell: 'D2', messageId: 'direction', data: { word: '提高' } },
        { cell: 'D3', messageId: 'direction' },
        { cell: 'D4', messageId: 'direction' },
        { cell: 'D5', messageId: 'direction', data: { word: '改善' } },
        { cell: 'D6', messageId: 'direction', data: { word: '增强' } },
        { cell: 'D7', messageId: 'direction', data: { word: '逐步' } },
        { cell: 'D8', messageId: 'direction', data: { word: '有效' } },
      ],
    },
    {
      name: 'time words: 广东 持续 and 安徽 淮北 长期 anywhere; 及时, 全年, 按月 on a 时效 row (广东 东莞, 浙江 临海, 湖南 岳阳楼)',
      grid: targetTable(
        ['效益指标', '可持续影响指标', '对满足人民群众日益提高的文化需求的可持续影响', '长期'],
        [null, '可持续影响指标', '项目效益', '持续'],
        ['产出指标', '时效指标', '结算款支付及时性', '及时'],
        [null, '时效指标', '工作完成时间', '全年'],
        [null, '时效指标', '工作安排时间', '按月安排'],
        [null, '时效指标', '补贴发放时间', '及时足额发放'],
      ),
      errors: [
        { cell: 'D2', messageId: 'time', data: { word: '长期' } },
        { cell: 'D3', messageId: 'time', data: { word: '持续' } },
        { cell: 'D4', messageId: 'time', data: { word: '及时' } },
        { cell: 'D5', messageId: 'time', data: { word: '全年' } },
        { cell: 'D6', messageId: 'time', data: { word: '按月' } },
        { cell: 'D7', messageId: 'time', data: { word: '及时' } },
      ],
    },
    {
      name: 'slogans and intentions: 湖南 岳阳楼 應保盡保 (a principle, not a count), 广东 弥补…不平衡, 力争',
      grid: targetTable(
        ['效益指标', '社会效益指标', '保證單位正常運(yùn)轉(zhuǎn)', '應(yīng)保盡保'],
        [null, '社会效益指标', '高等教育布局', '弥补我省高等教\n育不平衡'],
        [null, '经济效益指标', '农民收入', '促进农民增收致富'],
        [null, '社会效益指标', '示范创建', '力争创先'],
      ),
      errors: [
        { cell: 'D2', messageId: 'wish', data: { text: '應(yīng)保盡保' } },
        { cell: 'D3', messageId: 'wish', data: { word: '弥补' } },
        { cell: 'D4', messageId: 'wish', data: { word: '促进' } },
        { cell: 'D5', messageId: 'wish', data: { word: '力争' } },
      ],
    },
    {
      name: 'a grade nobody defines: 重庆 科学城 高 / 好, 安徽 淮北 影响程度明显; the whole ladder: 四川 德阳 优良中低差',
      grid: targetTable(
        ['产出指标', '质量指标', '管理制度健全性', '高'],
        [null, '质量指标', '资金使用合规性', '好'],
        ['效益指标', '社会效益指标', '保障人民群众基本文化权益', '影响程度明显'],
        [null, '社会效益指标', '社会效益', '效果显著'],
        [null, '可持续影响指标', '铁路沿线环境及安全整治管理机制健全性', '优良中低差'],
        [null, '可持续影响指标', '项目质量', '合格/不合格'],
      ),
      errors: [
        { cell: 'D2', messageId: 'grade', data: { word: '高' } },
        { cell: 'D3', messageId: 'grade', data: { word: '好' } },
        { cell: 'D4', messageId: 'grade', data: { word: '明显' } },
        { cell: 'D5', messageId: 'grade', data: { word: '显著' } },
        { cell: 'D6', messageId: 'ladder' },
        { cell: 'D7', messageId: 'ladder' },
      ],
    },
    {
      name: 'yes/no with no condition stated: 宁夏 原州 是 under a slogan, a bare noun, 浙江 临海 是 without a 三级 or with a wish as description',
      grid: targetTable(
        ['效益指标', '可持续影响指标', '持续完善马铃薯种薯繁育体系,保障脱毒马铃薯种薯供应,促进主食化产业衔接', '是'],
        [null, '社会效益指标', '档案管理', '是'],
        [null, '社会效益指标', '是否有效提升服务水平', '是'],
        [null, '生态效益指标', null, '是'],
      ),
      errors: [
        { cell: 'D2', messageId: 'yesNo', data: { text: '是' } },
        { cell: 'D3', messageId: 'yesNo' },
        { cell: 'D4', messageId: 'yesNo' },
        { cell: 'D5', messageId: 'yesNo' },
      ],
    },
    {
      name: '浙江 临海: the description under 指标描述 states a wish, not a condition',
      grid: grid([
        ['一级指标', '二级指标', '三级指标', '指标值', '指标描述'],
        ['效益指标', '社会效益指标', null, '是', '满足市民生存环境的需求'],
      ]),
      errors: [{ cell: 'D2', messageId: 'yesNo' }],
    },
    {
      name: 'a hedge before a definite state sets no level',
      grid: targetTable(['产出指标', '质量指标', '项目建设', '基本完成'], [null, '质量指标', '信息平台', '初步建成']),
      errors: [
        { cell: 'D2', messageId: 'hedge', data: { word: '基本' } },
        { cell: 'D3', messageId: 'hedge', data: { word: '初步' } },
      ],
    },
  ],
} satisfies CheckCases;
