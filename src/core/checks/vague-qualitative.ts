// A qualitative target that names only a direction, a wish or an unjudged grade, so that nobody can check it at the end
// of the year ("长期", "良好", "稳步提高", "应保尽保"), as against a definite qualitative target ("达标", "按时完成",
// "是" where the name states what is checked), which stays.
//
// The phrase is read by its shape, in this order (the first that applies decides):
//   1. a whole grade ladder written out ("优良中低差")                 → ladder
//   2. a yes/no answer ("是", "否")      → yesNo, unless the name (or, without a name, the description) states the
//                                          condition being answered: 是否… / …与否, a comparison, a definite state
//   3. a hedge before a definite state ("基本完成", "初步建成")       → hedge
//   4. a time word on a 时效 row ("及时", "全年", "按月安排")          → time (a 时效 target must say by when)
//   5. a definite state (DEFINITE: 达标, 合格, 完成, 全覆盖, 无…事故…) → nothing to say
//   6. a comparison with a stated base ("不低于上年")                  → nothing to say: last year's figure is the level
//   7. a grade word ("好", "效果良好", "影响程度明显")                 → grade, unless the name says which assessment
//                                                                        awards the grade ("绩效评价等级", "验收等级")
//   8. a verb of change without its extent ("稳步提高", "明显改善")    → direction
//   9. a time span with no end or a speed with no limit ("长期", "及时") → time
//  10. an adverb of pace or degree alone ("逐步", "得到有效保障")       → direction
//  11. a slogan or an intention ("应保尽保", "弥补…不平衡", "力争…")    → wish
// Anything else (a noun, a state the vocabulary does not know) is left alone: a false flag costs more than a miss.
// A value with a digit in it states a level and is the format checks' matter; an official grade (达成…) and a
// satisfaction row (satisfaction-format) are not this check's either.
import { classify } from '../classify';
import { defineCheck } from '../check';
import type { Indicator } from '../layout';
import { compact } from '../text';
import { label } from './helpers';

type Vagueness = 'direction' | 'time' | 'wish' | 'grade' | 'ladder' | 'yesNo' | 'hedge' | 'size';

/** One entry of the vocabulary: what the shape looks like and why it decides as it does. */
interface Shape {
  pattern: RegExp;
  why: string;
}

// ---------------------------------------------------------------------------------------------------------------
// The vocabulary, in one place. Every pattern is tested against the target compacted (NFKC, simplified, no spaces).
// ---------------------------------------------------------------------------------------------------------------

/** Definite states: each names a level that the evaluation answers yes or no at the end of the year. */
const DEFINITE: readonly Shape[] = [
  {
    pattern: /(完成|办结|建成|竣工|完工|投入使用|交付使用|投用|实施完毕)(任务|工作)?$/u,
    why: 'the task the row names is done or not (issue: 按时完成; 四川 安居 "已完成")',
  },
  {
    pattern: /(达标|合格|(符合|达到|满足)\S*?(要求|标准|规定|规范|条件|规划|设计)|通过\S*?(验收|审计|审核|评审|检查|考核|认证|鉴定|评估))$/u,
    why: 'a standard outside the table decides pass or fail (issue: 达标, 合格); "满足群众需求" has no standard and stays a wish',
  },
  {
    pattern: /(全覆盖|全部覆盖|到位|正常(运转|运行|开展|使用|营业|开放)|(运转|运行)正常|足额(发放|拨付|兑付|支付|缴纳)?)$/u,
    why: 'the level is built into the state: all of it, in full, in place, working',
  },
  {
    pattern: /^(无|零|未发生|不发生|杜绝|没有)/u,
    why: 'the level is zero ("无重大安全事故"): counted at the end of the year',
  },
  {
    pattern: /^(按时|按期|如期|按计划|按进度|按规定|按要求|按合同|按标准|按政策)/u,
    why: 'the plan, contract or rule sets the time or the level (issue: 按时完成); 及时 has no such reference',
  },
  {
    pattern: /^(年内|年底前|年度内|本年度?内|当年度?)/u,
    why: 'the end of the year is the deadline',
  },
  {
    pattern: /^已?(建立|成立|制定|出台|印发|设立|开通|上线|挂牌|组建|配备|签订)/u,
    why: 'a thing set up exists or not at the end of the year ("建立" → actual "已建立", README 文字写成的实际完成值)',
  },
  {
    pattern: /^([A-DＡ-Ｄ]+|[一二三四五六七八九十甲乙丙丁特]+|国家|省|市|县|区)(级|等|星级?)(甲等|乙等)?(及?以上)?$/u,
    why: 'a grade awarded by an outside body ("AAA级", "三级甲等", "省级"): the certificate is checked',
  },
];

/** Words a definite state may open with that add nothing to it ("确保按时完成", "实现全覆盖"). */
const LEADING_AIM = /^(确保|保证|实现|做到|达到|保持)/u;

/** Hedges before a definite state: they leave open how much counts as done. */
const HEDGE: Shape = {
  pattern: /(基本|初步|大体|大致|大部分|力争|争取|尽量|尽力|努力|逐步)(完成|达标|合格|建成|建立|实现|覆盖|满足|符合|到位|落实)/u,
  why: '"基本完成" is how an actual reads when the target was missed (DOMAIN §3.6: 部分达成); as a target it sets no level',
};

/** A comparison with a stated base: the base (last year's value) is a level anyone can check. */
const BASELINE: Shape = {
  pattern:
    /(较|比|同比|高于|低于|不低于|不高于|不少于|不超过|优于|好于|保持|达到)(于)?(上年|去年|上一?年度?|往年|同期|以往)|(上年|去年|上一?年度?|同期)(持平|水平)|不(降低|减少|下降|减弱)/u,
  why: '"不低于上年" or "较上年提高" names its base; only a change with no base and no extent is vague',
};

/** A grade word, optionally after what is graded ("效果良好", "影响程度明显") and a degree adverb ("较高"). */
const GRADE: Shape = {
  pattern:
    /^(?:.{0,20}?(效果|质量|水平|程度|影响|影响力|作用|效益|成效|状况|情况|状态|态势|环境|反响|能力|意识|素养|氛围|秩序|面貌))?(较|很|非常|比较|更|十分|特别|极|最)?(好|良好|优秀|优良|优|良|中等|一般|较差|差|高|低|强|显著|明显|突出|有效|深远|积极)$|^中$/u,
  why:
    'a rung of a ladder (DOMAIN §3.6: 好/较好/一般, 优/良/中/差, 高/中/低, 显著/明显/一般) says nothing about what earns it: ' +
    'the one who writes the actual decides, so it always comes out 达成. Seed 004 "良好"/"好" under slogan names and 重庆 科学城 ' +
    '"管理制度健全性 高" are of this kind',
};

/** Names that say which assessment awards the grade: then the grade is that assessment's result and can be checked. */
const ASSESSMENT_NAME: Shape = {
  pattern: /(等级|等次|级别|评级|星级|档次|(评价|考核|评估|考评|评定|验收|评比|测评|检查|评审)(结果|等级|等次|结论))$/u,
  why: 'issue: "a named grade that the evaluation can check" ("绩效评价等级 优", "工程验收等级 优良")',
};

/**
 * The rungs of the ladders, longest first, for a target that writes out the whole ladder: 四川 德阳 "优良中低差" gives
 * the scale where the rung to reach belongs, so no level is chosen at all.
 */
const LADDER_RUNGS = /不合格|不及格|优秀|良好|较好|较差|优良|一般|合格|及格|显著|明显|优|良|中|差|高|低|好/gu;
/** Between rungs: "好/较好/一般", "合格、不合格". */
const LADDER_SEPARATORS = /[/／、,，;；|\\\-—～~或]/gu;

/** Verbs of change: they say which way, not how far. */
const DIRECTION: Shape = {
  pattern: /提高|提升|改善|增强|增加|增长|增进|扩大|加强|强化|优化|完善|改进|好转|上升|加快|加大|拓展|拓宽|减少|降低|下降|缩小|减轻|缓解|改观/u,
  why: 'issue: a direction with no level (湖北 青山 "稳步提高", 四川 安居 "逐步提高", 广东 "不断提升")',
};

/** Adverbs of pace or degree: how a change goes, never where it ends. */
const TREND: Shape = {
  pattern: /逐步|逐年|逐渐|逐月|不断|稳步|有所|进一步|日益|日趋|越来越|更加|更好|稳中有升|大幅|大力|切实|有效|显著|明显|充分|较大|一定程度/u,
  why: 'issue: 逐步, 不断, 稳步, 有所, 进一步, 明显 …: a pace or degree with no level',
};

/** Time spans with no end: nothing falls due at the end of the year. */
const SPAN: Shape = {
  pattern: /长期|长远|中长期|常年|永久|长久|持久|一直|始终|持续/u,
  why: 'seed 004 "长期", 广东 "持续": how long, with no number of years to check',
};

/** Speed with no limit: 及时 has no schedule behind it, unlike 按时 / 按期 (DEFINITE). */
const SPEED: Shape = {
  pattern: /及时|适时|随时|尽快|尽早|迅速|快速|第一时间|立即|即时/u,
  why: '广东 东莞 "结算款支付及时性 及时": no number of days or deadline',
};

/** How often or how long, which a 时效 row does not ask: it asks by when. */
const CADENCE: Shape = {
  pattern: /全年|全天|全程|按月|按季度?|按年度?|按周|按日|每月|每季度?|每年|每周|每天|每日|定期|不定期|常态化|经常|日常/u,
  why:
    '浙江 临海 时效 "全年", 湖南 岳阳楼 时效 "按月安排": on a 时效 row these name no deadline; elsewhere ' +
    '("按月足额发放" under 质量) they are a rule that is kept or not, and stay',
};

/** A deadline in words ("每年年底前", "每季度末", "按月底前报送"): the time a 时效 row asks for is there. */
const DEADLINE_WORD: Shape = {
  pattern: /前|底|末|截止|以内|之内/u,
  why: 'a cadence with a due point ("每季度末") is a recurring deadline, which the evaluation checks each time',
};

/** Slogans and intentions: what the project is for, not a state reached. */
const WISH: readonly Shape[] = [
  {
    pattern: /应(\p{Script=Han})尽\1/u,
    why:
      '湖南 岳阳楼 "应保尽保": a principle ("all who should be covered are"); it leaves open who should, so nothing ' +
      'can be counted. The checkable form is a coverage rate of a stated group, "＝100%"',
  },
  {
    pattern: /力争|争取|努力|尽力|尽量|希望|期望|力求/u,
    why: 'an intention, not a commitment',
  },
  {
    pattern:
      /^(促进|推动|推进|助力|助推|带动|弥补|营造|维护|发挥|激发|丰富|满足|保障|实现|确保|保证|提供|打造|构建|形成|培育|解决|增进|巩固|夯实|筑牢|传承|弘扬|引导|鼓励|支持|帮助|扶持|关爱|方便|便利|让|为了|服务于|惠及|造福)/u,
    why: '广东 "弥补我省高等教育不平衡": an aim verb opens what the project is for (a definite end, "实现全覆盖", is read first)',
  },
];

/** A yes/no answer: it is checkable only against a condition the row states. */
/** A target that only says the work is done. */
const DONE = /^(已|全部|全面)?完成$/u;
/** Names of work that has a size — how many sessions, people, events — which "done" leaves untold. */
const COUNTABLE_ACTIVITY = /(培训|宣传|宣讲|活动|演练|会议|检查|督查|巡查|调研|讲座|比赛|竞赛|展览|演出|义诊|走访)(周|月)?$/u;

const YES_NO = /^(是|否|有|没有|不是|√|×|✓|✔)$/u;

/** The words that make a name a question. */
const QUESTION = /是否|与否|能否|有无|有否|可否|是不是/u;

/** Conditions a name can state, so that a yes/no answers it (issue: 是否…, …与否, a checkable condition). */
const CONDITION: readonly Shape[] = [
  { pattern: QUESTION, why: 'the name asks the question the answer answers (安徽 淮北, 湖北工程学院)' },
  {
    pattern: /不高于|不低于|不超过|不少于|不大于|不小于|不多于|低于|高于|超过|少于|多于|大于|小于|等于|[≤≥<>=＝]|以内|以下|以上/u,
    why: 'a comparison is a condition ("种薯采购价格不高于市场价", 宁夏 原州)',
  },
  {
    pattern: /(合规|合法|合格|达标|到位|公开|公正|规范|真实|准确|完整|健全)性?$/u,
    why: 'a state the evaluation answers yes or no ("资金使用合规", "制度健全")',
  },
];

// ---------------------------------------------------------------------------------------------------------------

interface Reading {
  kind: Vagueness;
  /** The word that decided, for the message. */
  word: string;
}

/** The first word of the shape in the text (the shapes' patterns are not global, so exec keeps no state). */
function first(shape: Shape, text: string): string | null {
  return shape.pattern.exec(text)?.[0] ?? null;
}

function isDefinite(text: string): boolean {
  const bare = text.replace(LEADING_AIM, '');
  return DEFINITE.some(({ pattern }) => pattern.test(text) || (bare !== text && bare !== '' && pattern.test(bare)));
}

/** The whole ladder, or two rungs with a separator between them ("合格/不合格"). */
function isLadder(text: string): boolean {
  const bare = text.replace(LADDER_SEPARATORS, '');
  const rungs = bare.match(LADDER_RUNGS) ?? [];
  // Without separators two rungs may be one word ("优良" is a grade of its own); three are a scale.
  return rungs.join('') === bare && rungs.length >= (bare === text ? 3 : 2);
}

/** The vague shape a phrase has, ignoring yes/no and the row: direction, time span or speed, wish. */
function vagueShape(text: string): Reading | null {
  const direction = first(DIRECTION, text);
  if (direction) return { kind: 'direction', word: direction };
  const time = first(SPAN, text) ?? first(SPEED, text);
  if (time) return { kind: 'time', word: time };
  const trend = first(TREND, text);
  if (trend) return { kind: 'direction', word: trend };
  for (const shape of WISH) {
    const wish = first(shape, text);
    if (wish) return { kind: 'wish', word: wish };
  }
  return null;
}

/** Whether a name (or description) states a condition a yes/no can answer. */
function statesCondition(text: string): boolean {
  if (text === '') return false;
  // "是否有效提升服务水平": a question about a vague change is as vague as the change.
  if (vagueShape(text.replace(new RegExp(QUESTION.source, 'gu'), '')) !== null) return false;
  return CONDITION.some(({ pattern }) => pattern.test(text)) || isDefinite(text);
}

function isTimeLimitRow(indicator: Indicator): boolean {
  return indicator.level2.canonical === '时效指标' || classify(indicator) === 'deadline';
}

/** How a qualitative target is vague, or null when it states a level (or is not this check's to judge). */
export function readVagueness(indicator: Indicator, targetText: string): Reading | null {
  const text = compact(targetText).replace(/[。；;，,、.]+$/u, '');
  // A digit states a level; the value's format is other checks' matter.
  if (text === '' || /\d/u.test(text)) return null;
  if (isLadder(text)) return { kind: 'ladder', word: text };
  if (YES_NO.test(text)) {
    const name = indicator.name || compact(indicator.description?.text ?? '');
    return statesCondition(name) ? null : { kind: 'yesNo', word: text };
  }
  const hedge = HEDGE.pattern.exec(text);
  if (hedge) return { kind: 'hedge', word: hedge[1] };
  if (isTimeLimitRow(indicator) && !DEADLINE_WORD.pattern.test(text)) {
    const time = first(SPAN, text) ?? first(SPEED, text) ?? first(CADENCE, text);
    if (time) return { kind: 'time', word: time };
  }
  // "已完成" as the whole target of a countable activity says nothing of how much (四川 安居 "食品安全监管人员培训 —
  // 已完成"): done is a definite state for a deadline or a one-off act, not for work that has a size.
  if (DONE.test(text) && COUNTABLE_ACTIVITY.test(indicator.name)) return { kind: 'size', word: text };
  if (isDefinite(text) || BASELINE.pattern.test(text)) return null;
  const grade = GRADE.pattern.exec(text);
  if (grade) return ASSESSMENT_NAME.pattern.test(indicator.name) ? null : { kind: 'grade', word: grade[3] ? (grade[2] ?? '') + grade[3] : grade[0] };
  return vagueShape(text);
}

export default defineCheck({
  id: 'vague-qualitative',
  meta: {
    category: 'vague',
    severity: 'warning',
    fix: null,
    description: '指标值只写了变化方向、时间说法、口号，或未说明评定标准的等级、没有判断条件的是/否，年底无法考核',
    docs: {
      why: '“长期”“良好”“稳步提高”这样的目标没有说明要达到什么水平，年底无法判断是否完成。“达标”“按时完成”等确定的状态不会被标记。',
      basis: '绩效目标应细化量化；难以量化的，定性目标也要可衡量、可核对（财预〔2015〕88号）。',
      domain: ['§3.6', '§7 #29'],
    },
    messages: {
      direction:
        '“{{name}}”的指标值“{{text}}”只写了变化的方向（“{{word}}”），没有写要达到的水平，年底无法考核。请写明目标值（如“≥95%”“≥100人”），或写明比较的基数（如“不低于上年”）。',
      time: '“{{name}}”的指标值“{{text}}”只是时间上的说法（“{{word}}”），没有写明期限，年底无法考核。请写明完成时限（如“12月底前”“≤5个工作日”）或持续年限（如“≥3年”）。',
      wish: '“{{name}}”的指标值“{{text}}”是口号或愿望，不是可以核对的目标。请写明要达到的数值或状态（如“覆盖率＝100%”“≥100人”“通过验收”）。',
      grade:
        '“{{name}}”的指标值“{{text}}”是一个等级（“{{word}}”），但没有说明按什么标准评定，年底无法核对。请改为可衡量的目标（如“≥90%”），或在指标名称中写明评定该等级的评价（如“绩效评价等级”“工程验收等级”）。',
      ladder: '“{{name}}”的指标值“{{text}}”列出了整套等级，没有选定要达到哪一级。请只写要达到的等级，或改为可衡量的目标值。',
      yesNo:
        '“{{name}}”的指标值只写了“{{text}}”，但指标名称没有写明要判断的条件，年底无法核对。请在名称中写明条件（如“采购价格是否不高于市场价”“是否通过验收”），或改为可衡量的目标。',
      size: '“{{name}}”是有数量的工作，指标值只写了“{{text}}”，没有写做多少（几次、多少人）。请写明数量，如“≥2次”“≥100人次”。',
      hedge: '“{{name}}”的指标值“{{text}}”用“{{word}}”留了余地，没有写明做到什么程度才算达到。请写明数值（如“完成率≥95%”），或写“按时完成”“达标”等确定的状态。',
    },
  },
  run({ table, report }) {
    for (const indicator of table.indicators) {
      const target = indicator.target;
      // An official grade is what a qualitative target should be; a satisfaction target in words is satisfaction-format's.
      if (!target || target.value.kind !== 'qualitative' || target.value.grade !== null || classify(indicator) === 'satisfaction') continue;
      const reading = readVagueness(indicator, target.text);
      if (!reading) continue;
      report({ cell: target.cell, messageId: reading.kind, data: { name: label(indicator), text: target.text.trim(), word: reading.word } });
    }
  },
});
