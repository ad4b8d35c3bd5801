// A 三级 name that is a sentence, a slogan or an activity rather than a measure (seed 004).
import { classify, nameOf } from '../classify';
import { defineCheck } from '../check';

/** Clause punctuation; the enumeration comma 、 alone does not make a sentence ("残疾人、残疾人子女助学率"). */
const CLAUSE_PUNCTUATION = /[，,。；;：:！!？?]/u;
/** A name ending in one of these names a measure. */
const MEASURE_HEAD = /(数|率|度|量|额|金|费|款|面积|时间|比例|占比|情况|水平|指数|里程|时限|期限|质量|成本|收入|产值|效率|补贴|补助|经费|工资|标准)$/u;
/** Openings of an activity description ("对……进行……", "根据……"). */
const ACTIVITY_OPENING = /^(对|根据|按照|通过|为了?)/u;
const LONG_NAME = 18;

function reasonOf(name: string, isSatisfaction: boolean): 'sentence' | 'notMeasure' | 'activity' | 'slogan' | 'satisfactionName' | null {
  if (CLAUSE_PUNCTUATION.test(name)) return 'sentence';
  if (/^按.{1,4}$/u.test(name) && !MEASURE_HEAD.test(name)) return 'notMeasure';
  if (isSatisfaction && !name.includes('满意')) return 'satisfactionName';
  if (MEASURE_HEAD.test(name)) return null;
  if (ACTIVITY_OPENING.test(name)) return 'activity';
  if (name.length >= LONG_NAME) return 'sentence';
  // Four characters in parallel, A?B? with a repeated second and fourth character ("扶残助残"): a slogan.
  if (name.length === 4 && name[1] === name[3]) return 'slogan';
  return null;
}

export default defineCheck({
  id: 'sentence-name',
  meta: {
    category: 'vague',
    severity: 'warning',
    fix: null,
    description: '三级指标名称是句子、口号或工作内容，而不是可衡量的指标',
    messages: {
      sentence: '三级指标“{{name}}”是一句话而不是指标名称。请提炼为可衡量的名称（如“培训人数”“救助覆盖率”）。',
      activity: '三级指标“{{name}}”描述的是工作内容，不是衡量结果的指标。请改为“××人数”“××率”等可衡量的名称。',
      slogan: '三级指标“{{name}}”是口号，无法衡量。请改为可衡量的指标名称。',
      notMeasure: '三级指标“{{name}}”不是指标名称。请写明衡量什么（如“办证平均时长”“按时完成率”）。',
      satisfactionName: '满意度指标的三级名称“{{name}}”没有说明是谁的满意度。请改为“××满意度”。',
    },
  },
  run({ table, report }) {
    for (const indicator of table.indicators) {
      if (!indicator.level3?.text.trim()) continue;
      const name = nameOf(indicator);
      const messageId = reasonOf(name, classify(indicator) === 'satisfaction');
      if (messageId) report({ cell: indicator.level3.cell, messageId, data: { name: indicator.level3.text.trim() } });
    }
  },
});
