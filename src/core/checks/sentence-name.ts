// A 三级 name that is a sentence, a slogan, an activity, a goal or a requirement rather than a measure (seed 004;
// corpus 09 安徽淮北, 17 四川昭化, 18 四川阆中, 22 重庆巴南, 23 重庆科学城, 27 江西浮梁).
//
// A measure is named by its head noun, at the end (DOMAIN §4: 培训人数, 验收合格率, 完成时间). Names that open with a
// task or aim verb, end with a change verb, state a requirement (符合…要求) or list several things (…等) name the work
// or the wish instead, and the reviewer cannot tell what the value counts. The vocabulary sits in one block below:
// each list says why it exists and which tables it comes from. The seeds are the limit of every list: what seed 004
// leaves unflagged ("保障残疾人福利待遇", "提升残疾人就业能力") stays unflagged.
import { classify, nameOf } from '../classify';
import { defineCheck } from '../check';
import { compact, stripEnumeration } from '../text';

// ── Vocabulary ───────────────────────────────────────────────────────────────────────────────────────────────────

/** Clause punctuation; the enumeration comma 、 alone does not make a sentence ("残疾人、残疾人子女助学率"). */
const CLAUSE_PUNCTUATION = /[，,。；;：:！!？?]/u;

/**
 * Head nouns of a measure: a name ending in one says what is counted, timed, rated or paid, whatever verb it opens
 * with ("完成率", "建设项目数", "开展活动场次", "资金使用合规性", "实现利润"). The counted 次 only in its compounds
 * (人次, 批次, 场次): a bare 次 ends sentences with the value inside ("…不少于2次"). 性 heads the graded properties of
 * the 部门整体 templates (合规性, 及时性, 健全性); 长度, 规模, 工期, 周期, 时长 are sizes and spans.
 */
const MEASURE_HEAD =
  /(数|率|度|量|额|金|费|款|面积|时间|比例|占比|情况|水平|指数|里程|时限|期限|质量|成本|收入|产值|利润|税收|收益|效率|补贴|补助|经费|工资|标准|人次|批次|场次|频次|班次|户次|性|长度|规模|工期|周期|时长)$/u;

/**
 * Heads that are quantities themselves: "劳动生产率提高", "农民收入提高" name the change of a quantity, which a value
 * can state. 质量 is a quality, not a quantity ("服务质量明显提升" is a goal).
 */
const QUANTITY_HEAD = /(率|数|(?<!质)量|额|比例|占比|比重|指数|收入|产值|利润|税收|收益)$/u;

/** Openings of an activity description ("对……进行……", "根据……"). */
const ACTIVITY_OPENING = /^(对|根据|按照|通过|为了?)/u;

/**
 * Verbs that open a work task ("开展送戏进万村", 09 安徽淮北; "开展食品安全宣传周…", 15 四川安居): the name says what is
 * done, not what is measured. Verbs that are also nouns (组织, 实施: "组织机构", "实施方案") are left out.
 */
const TASK_VERBS = ['开展', '做好', '抓好', '推进', '落实', '加强', '加快', '深化'];

/**
 * A deadline adverb before a completion verb states a requirement to finish on time ("按期完成投资", 18 四川阆中); the
 * measures are 按期完成率 or 完成时间. Other verbs after 及时 ("及时提高残疾人的康复", seed 004) are not deadlines.
 */
const ON_TIME_ADVERBS = ['按期', '按时', '如期', '及时', '限期'];
const COMPLETION_VERBS = ['完成', '发放', '拨付', '支付', '兑付', '到位', '办结', '竣工', '上报'];

/** Verbs that state an aim, whatever their object ("实现社会稳定和谐发展", 17 四川昭化; "激发为民办事的热情", 22 重庆巴南). */
const AIM_VERBS = ['实现', '促进', '推动', '激发', '营造', '助力', '确保'];

/**
 * Verbs that also name a service when their object is concrete: seed 004 reads "保障残疾人福利待遇" and
 * "提升残疾人就业能力" as measures. With an abstract goal as the object they make a slogan ("保障人民群众基本文化权益",
 * 09 安徽淮北).
 */
const SUPPORT_VERBS = ['保障', '提高', '提升', '改善', '增强', '满足', '维护', '巩固', '丰富', '优化', '完善', '带动'];

/**
 * Abstract goals nobody counts or grades: states of society and attitudes ("…基本文化权益", 09; "…生产生活条件", 22).
 * Benefits and capabilities that are paid or trained (福利, 待遇, 能力) are not here (seed 004).
 */
const GOAL_NOUNS = [
  '权益',
  '权利',
  '发展',
  '稳定',
  '和谐',
  '热情',
  '积极性',
  '主动性',
  '条件',
  '环境',
  '氛围',
  '意识',
  '观念',
  '秩序',
  '福祉',
  '需求',
  '需要',
  '成果',
  '生活',
  '获得感',
  '幸福感',
  '安全感',
  '影响力',
  '凝聚力',
];

/**
 * Change verbs: a name ending in one is a goal phrase ("业务保障能力提升", 23 重庆科学城), unless what changes is a
 * quantity (QUANTITY_HEAD). 完善 is left out: "基础信息完善" (23) is a state checked as done or not.
 */
const CHANGE_VERBS = ['提升', '提高', '改善', '增强', '加强', '优化', '改进'];
/** Degree words between the subject and the change verb ("服务水平明显提升"). */
const DEGREE_WORDS = ['明显', '显著', '有所', '得到', '逐步', '进一步', '不断', '持续', '大幅'];

/**
 * A requirement verb with a requirement noun at the end states a condition ("建设符合验收要求", "交通建设符合环评审批
 * 要求", 18 四川阆中); the measure is 验收合格率 or 达标率. With 的 between them it qualifies a noun ("符合条件的…改造率").
 */
const REQUIREMENT_VERBS = ['符合', '达到', '满足'];
const REQUIREMENT_NOUNS = ['要求', '标准', '规定', '规范'];

/**
 * A target that only says the work gets done ("已完成", 15 四川安居 "食品安全监管人员培训"): the row is a task, and its
 * name, without a measure head, names the task.
 */
const TASK_STATUS = /^(?:已|全部|全面|按时|按期|如期)?完成$/u;

/** 了 after a verb reports what was done ("改善了农民生产生活条件", 22 重庆巴南); 了解 is a verb of its own. */
const COMPLETED_ACTION = /了(?!解)/u;

/**
 * Labels in front of a name that are not part of it: core-indicator stars (11 安徽濉溪 "★★★…"), numbering
 * ("指标1:", "指标2.", 15 四川安居, 16 四川遂宁; "指标1…", 30 宁夏原州) and sub-items ("其中:", 29 宁夏原州).
 */
const LABEL_PREFIX = /^(?:[★☆*]+|指标\d{1,2}[:.、]|指标\d(?=\D)|其中:?)/u;
/** A parenthesised note or unit ("(万亩)", "(按月平均)", "(≥**人)", "(草)"): read the name without it. */
const PARENTHESISED = /\([^()]*\)/gu;

const LONG_NAME = 18;

/**
 * Four characters A?B? with the second and fourth repeated are two verbs on one object, a slogan ("扶残助残", seed 004;
 * "便民利民"), unless the repeated character is a category suffix: then they are two nouns ("林业产业", 27 江西浮梁;
 * "省级市级"). Only a bare name counts: "林业产业(万亩)" gives a unit and declares a quantity.
 */
const CATEGORY_SUFFIX = new Set(['业', '级', '类', '区', '型', '校', '院', '站']);

// ── Rule ────────────────────────────────────────────────────────────────────────────────────────────────────────

const alternatives = (words: string[]) => words.join('|');
const TASK_OPENING = new RegExp(`^(?:(?:${alternatives(ON_TIME_ADVERBS)})(?:${alternatives(COMPLETION_VERBS)})|${alternatives(TASK_VERBS)})`, 'u');
const AIM_OPENING = new RegExp(`^(?:${alternatives(AIM_VERBS)})`, 'u');
const SUPPORT_OPENING = new RegExp(`^(?:${alternatives(SUPPORT_VERBS)})`, 'u');
const GOAL_ENDING = new RegExp(`(?:${alternatives(GOAL_NOUNS)})$`, 'u');
const CHANGE_ENDING = new RegExp(`(?:${alternatives(DEGREE_WORDS)})*(?:${alternatives(CHANGE_VERBS)})$`, 'u');
const REQUIREMENT = new RegExp(`(?:${alternatives(REQUIREMENT_VERBS)})[^的]*(?:${alternatives(REQUIREMENT_NOUNS)})$`, 'u');

/** The name as a measure is read: without labels in front and without parenthesised notes and units. */
function coreOf(name: string): string {
  let core = name.replace(PARENTHESISED, '');
  for (let previous = ''; previous !== core;) {
    previous = core;
    core = stripEnumeration(core.replace(LABEL_PREFIX, ''));
  }
  return core;
}

/** Four characters in parallel, A?B? with the second and fourth repeated, on the name as written (CATEGORY_SUFFIX). */
function isParallelSlogan(name: string): boolean {
  return name.length === 4 && name[1] === name[3] && name[0] !== name[2] && !CATEGORY_SUFFIX.has(name[1]);
}

type Reason = 'sentence' | 'notMeasure' | 'activity' | 'slogan' | 'goal' | 'requirement' | 'enumeration' | 'satisfactionName';

function reasonOf(name: string, target: string, isSatisfaction: boolean): Reason | null {
  const core = coreOf(name);
  if (CLAUSE_PUNCTUATION.test(core)) return 'sentence';
  if (/^按.{1,4}$/u.test(core) && !MEASURE_HEAD.test(core)) return 'notMeasure';
  if (isSatisfaction && !name.includes('满意')) return 'satisfactionName';
  if (REQUIREMENT.test(core)) return 'requirement';
  if (MEASURE_HEAD.test(core)) return null;
  if (ACTIVITY_OPENING.test(core)) return 'activity';
  if (COMPLETED_ACTION.test(core)) return 'sentence';
  if (TASK_OPENING.test(core) || TASK_STATUS.test(target)) return 'activity';
  if (AIM_OPENING.test(core) || (SUPPORT_OPENING.test(core) && GOAL_ENDING.test(core))) return 'slogan';
  const changed = CHANGE_ENDING.exec(core);
  if (changed && changed.index > 0 && !QUANTITY_HEAD.test(core.slice(0, changed.index))) return 'goal';
  if (core.endsWith('等')) return 'enumeration';
  if (core.length >= LONG_NAME) return 'sentence';
  if (isParallelSlogan(name)) return 'slogan';
  return null;
}

export default defineCheck({
  id: 'sentence-name',
  meta: {
    category: 'vague',
    severity: 'warning',
    fix: null,
    description: '三级指标名称是句子、口号、工作内容或要求，而不是可衡量的指标',
    docs: {
      why: '三级指标名称要说明衡量什么（如“培训人数”“验收合格率”）。写成一句话、口号或工作内容，看不出指标值计的是什么，年底无法核对。',
      basis: '绩效指标应细化量化、可衡量（财预〔2015〕88号）。',
      domain: ['§4', '§7 #10'],
    },
    messages: {
      sentence: '三级指标“{{name}}”是一句话而不是指标名称。请提炼为可衡量的名称（如“培训人数”“救助覆盖率”）。',
      activity: '三级指标“{{name}}”描述的是工作内容，不是衡量结果的指标。请改为“××人数”“××率”等可衡量的名称。',
      slogan: '三级指标“{{name}}”是口号，无法衡量。请改为可衡量的指标名称。',
      goal: '三级指标“{{name}}”是工作目标，没有说明用什么衡量。请改为“××达标率”“××增长率”等可衡量的名称。',
      requirement: '三级指标“{{name}}”写的是一项要求，不是可衡量的指标。请改为衡量是否达到要求的名称（如“验收合格率”“××达标率”）。',
      enumeration: '三级指标“{{name}}”列举了几项工作（“……等”），不是一个可衡量的指标。请逐项写成“××数量”“××次数”等可衡量的名称。',
      notMeasure: '三级指标“{{name}}”不是指标名称。请写明衡量什么（如“办证平均时长”“按时完成率”）。',
      satisfactionName: '满意度指标的三级名称“{{name}}”没有说明是谁的满意度。请改为“××满意度”。',
    },
  },
  run({ table, report }) {
    for (const indicator of table.indicators) {
      if (!indicator.level3?.text.trim()) continue;
      const name = nameOf(indicator);
      const target = compact(indicator.target?.text ?? '').replace(/[。.]$/u, '');
      const messageId = reasonOf(name, target, classify(indicator) === 'satisfaction');
      if (messageId) report({ cell: indicator.level3.cell, messageId, data: { name: indicator.level3.text.trim() } });
    }
  },
});
