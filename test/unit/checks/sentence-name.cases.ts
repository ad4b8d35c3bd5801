import type { CheckCases } from '../../support/check-cases';
import { targetTable } from '../../support/grid';

export default {
  valid: [
    targetTable(
      ['产出指标', '数量指标', '对贫困残疾人需无障碍改造的进行改厨改厕面积', '≥400平方米'],
      [null, '质量指标', '残疾人、残疾人子女助学率', '≥90%'],
      // 按 + a measure is a measure (重庆 巴南); only 按年, 按项, 按工作日 name none.
      [null, '时效指标', '按时发放率', '＝100%'],
      ['满意度指标', '服务对象满意度指标', '上访残疾人满意度', '≥90%'],
    ),
    {
      name: 'names that open with a task or aim verb but end with a measure head',
      grid: targetTable(
        ['产出指标', '数量指标', '建设项目数', '≥3个'],
        [null, '数量指标', '开展活动场次', '≥12场'],
        [null, '质量指标', '送戏进万村活动完成率', '≥95%'], // 安徽 淮北
        [null, '时效指标', '按期完成率', '＝100%'],
        [null, '时效指标', '项目完成时限', '2025年12月底前'], // 安徽 淮北
        ['效益指标', '社会效益指标', '实现建设总目标控制程度', '≥95%'], // 广东 东莞
        [null, '经济效益指标', '实现利润', '≥20万元'],
        [null, '社会效益指标', '促进就业人数', '≥50人'],
        [null, '社会效益指标', '符合条件的残疾人无障碍改造率', '≥90%'], // seed 004: 符合 qualifies a noun
        ['满意度指标', '服务对象满意度指标', '改善通行服务水平群众满意度', '≥90%'], // 四川 阆中
      ),
    },
    {
      name: 'seed 004 and 001: a verb with a concrete object is read as a measure',
      grid: targetTable(
        ['产出指标', '数量指标', '扶持残疾人集体或个体从业', '≥2人'],
        [null, '数量指标', '按规范制作发放残疾证', '≥50本'],
        ['效益指标', '可持续影响指标', '保障残疾人福利待遇', '长期'],
        [null, '可持续影响指标', '提升残疾人就业能力', '长期'],
        [null, '可持续影响指标', '及时提高残疾人的康复', '长期'],
      ),
    },
    {
      name: 'a change of a quantity, and states that are checked rather than wished for',
      grid: targetTable(
        ['效益指标', '经济效益指标', '劳动生产率提高', '≥5%'],
        [null, '经济效益指标', '农民收入提高', '≥8%'],
        [null, '经济效益指标', '带动农户增收', '≥2000元'],
        ['产出指标', '质量指标', '基础信息完善', '100%'], // 重庆 科学城: a state, done or not
        [null, '质量指标', '资金使用合规性', '好'], // 重庆 科学城
        [null, '时效指标', '结算款支付及时性', '≥95%'], // 广东 东莞
        [null, '时效指标', '资金拨付', '12月底到位'], // 四川 昭化
      ),
    },
    {
      name: '江西 浮梁, 陕西 陈仓, 宁夏 原州: units in parentheses and 其中 do not make a sentence',
      grid: targetTable(
        ['产出指标', '数量指标', '保障在职职工人数(人)', '＝116人'],
        [null, '数量指标', '向各类新闻媒体完成林业新闻信息投稿数(篇)', '＝30篇'],
        [null, '数量指标', '林业微信公众号完成新闻宣传(篇)', '＝50篇'],
        [null, '数量指标', '林业产业(万亩)', '＝0.5万亩'],
        [null, '数量指标', '新一轮退耕还林(草)第二次补助面积(万亩)', '≥1.2万亩'],
        [null, '数量指标', '其中:实施新造林总面积(亩)', '≥30000亩'],
      ),
    },
    {
      name: '四川 安居, 四川 遂宁: numbered names are read without their number',
      grid: targetTable(
        ['产出指标', '质量指标', '指标2:违法案件查办率', '100%'],
        [null, '质量指标', '指标5.药品不良反应每百万人口报告数', '≥150'],
        [null, '时效指标', '指标1:食品监管专项工作整体完成时间', '2021年12月31日前'],
        // A measure whose target only says 已完成 is still a measure (the value is another check's matter).
        [null, '质量指标', '项目验收合格率', '已完成'],
      ),
    },
    {
      name: 'two nouns with a category suffix are no four-character slogan',
      grid: targetTable(['产出指标', '数量指标', '林业产业', '≥0.5万亩']),
    },
  ],
  invalid: [
    {
      grid: targetTable(
        ['产出指标', '数量指标', '根据残疾人的需求，举办一期残疾人实用技术培训班', '≥50人'],
        [null, '时效指标', '按工作日', '≤30日'],
        [null, '成本指标', '对符合条件的残疾人', '≤6万元'],
        ['效益指标', '可持续影响指标', '扶残助残', '≥90%'],
        [null, '社会效益指标', '除残疾人事业工作之外政府交办的其他工作', '≥3项'],
        ['满意度指标', '服务对象满意度指标', '残疾人工作专职委员', '≥90%'],
      ),
      errors: [
        { cell: 'C2', messageId: 'sentence' },
        { cell: 'C3', messageId: 'notMeasure' },
        { cell: 'C4', messageId: 'activity' },
        { cell: 'C5', messageId: 'slogan' },
        { cell: 'C6', messageId: 'sentence' },
        { cell: 'C7', messageId: 'satisfactionName' },
      ],
    },
    {
      name: '安徽 淮北: an activity and a slogan',
      grid: targetTable(['产出指标', '数量指标', '开展送戏进万村', '≥70村'], ['效益指标', '社会效益指标', '保障人民群众基本文化权益', '影响程度明显']),
      errors: [
        { cell: 'C2', messageId: 'activity', data: { name: '开展送戏进万村' } },
        { cell: 'C3', messageId: 'slogan', data: { name: '保障人民群众基本文化权益' } },
      ],
    },
    {
      name: '四川 昭化: an aim verb opens a slogan',
      grid: targetTable(['效益指标', '可持续影响指标', '实现社会稳定和谐发展', '长期']),
      errors: [{ cell: 'C2', messageId: 'slogan' }],
    },
    {
      name: '四川 阆中: requirements and an on-time task',
      grid: targetTable(
        ['产出指标', '质量指标', '建设符合验收要求', '20'],
        [null, '时效指标', '按期完成投资', '10'],
        ['效益指标', '生态效益指标', '交通建设符合环评审批要求', '10'],
      ),
      errors: [
        { cell: 'C2', messageId: 'requirement' },
        { cell: 'C3', messageId: 'activity' },
        { cell: 'C4', messageId: 'requirement' },
      ],
    },
    {
      name: '重庆 巴南: what was done, and a slogan',
      grid: targetTable(['效益指标', '经济效益指标', '改善了农民生产生活条件', '100%'], [null, '社会效益指标', '激发为民办事的热情', '100%']),
      errors: [
        { cell: 'C2', messageId: 'sentence' },
        { cell: 'C3', messageId: 'slogan' },
      ],
    },
    {
      name: '重庆 科学城: a goal phrase ending in a change verb',
      grid: targetTable(['产出指标', '质量指标', '业务保障能力提升', '90%'], [null, '质量指标', '服务质量明显提升', '≥90%']),
      errors: [
        { cell: 'C2', messageId: 'goal' },
        { cell: 'C3', messageId: 'goal' },
      ],
    },
    {
      name: '江西 浮梁: a list of works ending in 等',
      grid: targetTable(['产出指标', '数量指标', '制作宣传横幅、公益宣传牌等(年)', '＝1年']),
      errors: [{ cell: 'C2', messageId: 'enumeration', data: { name: '制作宣传横幅、公益宣传牌等(年)' } }],
    },
    {
      name: '四川 安居: a task whose target only says it is done',
      grid: targetTable(['产出指标', '质量指标', '指标1:食品安全监管人员培训', '已完成'], [null, '质量指标', '指标4:开展食品安全宣传周等科普宣传活', '已完成']),
      errors: [
        { cell: 'C2', messageId: 'activity' },
        { cell: 'C3', messageId: 'activity' },
      ],
    },
    {
      name: 'the same shapes in other words',
      grid: targetTable(
        ['产出指标', '数量指标', '加强队伍建设', '≥2次'],
        [null, '质量指标', '工程质量符合设计要求', '100%'],
        ['效益指标', '社会效益指标', '提高群众获得感', '明显'],
        [null, '社会效益指标', '促进农民增收', '明显'],
      ),
      errors: [
        { cell: 'C2', messageId: 'activity' },
        { cell: 'C3', messageId: 'requirement' },
        { cell: 'C4', messageId: 'slogan' },
        { cell: 'C5', messageId: 'slogan' },
      ],
    },
  ],
} satisfies CheckCases;
