// A quantitative value without a unit (seed 002 "100", seed 004 "≥1500", 广东 "新建高校(校区) 7"). A bracket at the
// end of the name excuses the value only when it names a unit ("保障人数(人)"): a note such as "(校区)" does not, and a
// template left in the name ("苗木成活率(≥**%)", 宁夏 原州) tells what the value should have been: on a rate, "≥85%".
import { classify, hasCeilingAt100, inferUnit, operatorAtCeiling } from '../classify';
import { defineCheck } from '../check';
import type { Indicator } from '../layout';
import { compact } from '../text';
import { isPercentUnit, operatorOf } from '../value/parse';
import type { Operator } from '../value/types';
import { editOf, houseStyle, isFractionOfPercent, label } from './helpers';
import { weightRows } from './value-kind-mismatch';

/** DOMAIN §3.5 reads 0 < x ≤ 1.5 on a rate as a fraction; its negative mirror is as ambiguous. */
const FRACTION_FLOOR = -1.5;

/** A bracket closing the 三级 name: a unit label "(人)", a template left unfilled "(≥**%)", or a note "(校区)". */
const NAME_BRACKET = /[(（]([^()（）]{1,8})[)）]$/u;
/** Marks of a template's instruction: an operator or the ** / XX placeholder. */
const TEMPLATE_MARK = /[≥≤><=*＊]|以上|以下|以内|[Xx×]{2}/u;

/** Units and measure words a bracket may name, optionally with 万 / 亿 / 千 before them and /… after (元/人·月). */
const UNIT_WORD = new RegExp(
  '^[万亿千百十]?(人次|人|户次|户|个工作日|工作日|个月|个百分点|百分点|个|次|项|本|套|座|平方米|平方公里|平方千米|平方|亩|公顷|' +
    '公里|千米|米|立方米|立方|方|名|场|期|届|批次|批|家|所|台|件|篇|册|卷|页|幅|集|吨|公斤|千克|克|斤|升|毫升|元|美元|欧元|' +
    '年|季度|月|旬|周|日|天|小时|分钟|秒|头|只|株|棵|条|辆|艘|架|张|份|组|处|间|栋|块|片|单|宗|笔|部|盏|根|箱|袋|盒|包|瓶|' +
    '门|节|课时|学时|支|队|粒|种|类|位|床|班|轮|千瓦时|千瓦|兆瓦|瓦|度|分|倍|%|‰|百分比|万|亿)$',
  'u',
);
/** Latin units: km, kg, kW, kWh, MW, GB, m², m³ … */
const LATIN_UNIT = /^[A-Za-z]{1,4}[²³23]?$/u;

/** A bracket's text as a unit ("元/人·月" → every part is one), or false. */
function isUnitWord(text: string): boolean {
  return text !== '' && text.split(/[/·.*×]/u).every((part) => UNIT_WORD.test(part) || LATIN_UNIT.test(part));
}

/** Classifiers of the things a name counts, by its head noun: a suggestion to confirm, never safe (DOMAIN §4). */
const COUNT_NOUNS: [RegExp, string][] = [
  [/(学校|高校|院校|大学|学院|中学|小学|幼儿园|医院|卫生院|卫生室|敬老院|养老院|福利院)$/u, '所'],
  [/(企业|公司|合作社|商户|门店|超市|药店|工厂|农家乐)$/u, '家'],
  [/(道路|线路|河道|公路|渠道|管道)$/u, '条'],
  [/(桥梁|水库|泵站|水厂)$/u, '座'],
  [/(车辆|汽车|客车)$/u, '辆'],
  [/(农户|贫困户|住户|家庭)$/u, '户'],
  [/(村|社区|乡镇|校区|项目|基地|站点|网点|平台|示范点)$/u, '个'],
  [/课程$/u, '门'],
  // A name that ends in a counter counts in it: "抽验批次 ≥3" is 3 批次.
  [/批次$/u, '批次'],
  [/场次$/u, '场次'],
];

/** The head noun of a name without its closing bracket or a counting suffix ("新建高校(校区)" → "新建高校"). */
function countNounUnit(name: string): string | null {
  const head = name.replace(NAME_BRACKET, '').replace(/(个数|数量|数)$/u, '');
  return COUNT_NOUNS.find(([noun]) => noun.test(head))?.[1] ?? null;
}

/** Every bracket in a name: a template may stand mid-name ("扶贫临时救助标准(<**元/户·年)——一户年最高5300元"). */
const ANY_BRACKET = /[(（]([^()（）]{1,12})[)）]/gu;
const TEMPLATE_MARKS = /[≥≤><=*＊]|以上|以下|以内|[Xx×]{2}/gu;

/** The operator a template asks for: "≥**%" → ≥, "**%以上" → ≥ (民法典: 以上 includes the number). */
function templateOperator(content: string): Operator | null {
  const symbol = /[≥≤><=]+|以上|以下|以内/u.exec(content)?.[0];
  if (!symbol) return null;
  if (symbol === '以上') return '≥';
  if (symbol === '以下' || symbol === '以内') return '≤';
  return operatorOf(symbol);
}

/** The unit a 三级 name states, and whether it states it in a template left to fill (with the template's operator). */
export interface StatedUnit {
  unit: string;
  template: boolean;
  operator: Operator | null;
}

/**
 * The unit a 三级 name states: a unit label in a bracket closing the name ("保障在职职工人数(人)"), or the unit of a
 * template's bracket anywhere in it ("公猪舍(≥**平方米)", "救助标准(<**元/户·年)——…"); null when it states none
 * ("新建高校(校区)", "(按月平均)").
 */
export function statedUnit(indicator: Indicator): StatedUnit | null {
  const name = compact(indicator.level3?.text ?? '');
  const closing = NAME_BRACKET.exec(name);
  if (closing && !TEMPLATE_MARK.test(closing[1]) && isUnitWord(closing[1])) return { unit: closing[1], template: false, operator: null };
  for (const bracket of name.matchAll(ANY_BRACKET)) {
    const content = bracket[1];
    if (!TEMPLATE_MARK.test(content)) continue;
    const unit = content.replace(TEMPLATE_MARKS, '');
    if (isUnitWord(unit)) return { unit, template: true, operator: templateOperator(content) };
  }
  return null;
}

export default defineCheck({
  id: 'missing-unit',
  meta: {
    category: 'unit',
    severity: 'warning',
    fix: 'safe',
    description: '定量指标值缺少计量单位',
    docs: {
      why: '没有单位的数值无法比较和计算：“100”是100人、100次，还是100%？比率类指标可以确定是%，能自动补上；其他单位只作建议。',
      basis: '预算管理一体化系统要求定量指标填写计量单位，定性指标不填。',
      domain: ['§3.4', '§4', '§7 #26'],
    },
    messages: {
      missing: '“{{name}}”的指标值“{{text}}”没有计量单位。建议写为“{{suggestion}}”。',
      missingNoGuess: '“{{name}}”的指标值“{{text}}”没有计量单位。请补上单位（如人、次、元、%）。',
      template: '“{{name}}”的指标值“{{text}}”没有计量单位，名称中的模板要求写成百分数。建议写为“{{suggestion}}”。',
    },
  },
  run({ table, settings, report }) {
    // 指标值 that are the rows' weights (四川 阆中) want a target, not a unit: value-kind-mismatch says so.
    const weights = weightRows(table);
    for (const indicator of table.indicators) {
      if (weights.has(indicator)) continue;
      const target = indicator.target;
      const value = target?.value;
      if (!target || !value || (value.kind !== 'quantity' && value.kind !== 'range') || value.unit !== null) continue;
      // The unit may stand in its own 度量单位 column, or in the name (text-in-value).
      if (indicator.unit?.text.trim()) continue;
      // A unit the name states excuses the value (text-in-value may say it belongs there), except a template's %: on a
      // rate the value itself must read as a percentage (宁夏 原州 "苗木成活率(≥**%) | 85").
      const stated = statedUnit(indicator);
      const templatePercent = stated !== null && stated.template && isPercentUnit(stated.unit);
      if (stated && !templatePercent) continue;
      const cls = classify(indicator);
      // 0.8 on a rate is a fraction of 100%, percent-as-fraction's finding.
      const percentRow = cls === 'rate' || cls === 'satisfaction' || templatePercent;
      if (percentRow && isFractionOfPercent(value)) continue;
      const data = { name: label(indicator), text: target.text.trim() };
      if (templatePercent && value.kind === 'quantity' && value.amount !== null) {
        // The template's operator comes along when the value has none: one edit makes the value what the template asked.
        const operator = operatorAtCeiling(indicator, value.operator ?? stated.operator, '%', value.amount);
        const safe = value.operator !== null && value.amount.lte(100);
        const fix = editOf(target, houseStyle(indicator, value, operator, settings, '%'), safe);
        report({ cell: target.cell, messageId: 'template', data: { ...data, suggestion: fix.to }, fix });
        continue;
      }
      const inferred = inferUnit(indicator, table) ?? countNounGuess(indicator, value.amountText);
      // -0.3 on a rate may be the fraction form of -30% as well as -0.3%: no suggestion either way.
      const negativeFraction = percentRow && value.amount !== null && value.amount.isNegative() && value.amount.gte(FRACTION_FLOOR);
      // 150 on a rate that cannot pass 100% is no percentage either: "150%" would be percent-ceiling's error.
      const overCeiling = inferred !== null && isPercentUnit(inferred.unit) && value.amount !== null && value.amount.gt(100) && hasCeilingAt100(indicator);
      if (!inferred || value.kind === 'range' || negativeFraction || overCeiling) {
        report({ cell: target.cell, messageId: 'missingNoGuess', data });
        continue;
      }
      const safe = inferred.safe && value.amount !== null && value.amount.lte(100);
      // Split columns (四川): the unit goes into the empty 度量单位 cell; 指标值 stays a bare number.
      const fix = indicator.unit
        ? editOf(indicator.unit, inferred.unit, safe)
        : editOf(target, houseStyle(indicator, value, value.operator, settings, inferred.unit), safe);
      report({ cell: target.cell, messageId: 'missing', data: { ...data, suggestion: fix.to }, fix });
    }
  },
});

/** A whole number of things the name counts ("新建高校 7" → 所): a suggestion to confirm. */
function countNounGuess(indicator: Indicator, amountText: string | null): { unit: string; safe: boolean } | null {
  if (amountText === null || !/^\d+$/u.test(amountText)) return null;
  const unit = countNounUnit(indicator.name);
  return unit ? { unit, safe: false } : null;
}
