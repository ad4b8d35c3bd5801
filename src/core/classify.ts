// Direction and unit inference (DOMAIN §4): what an indicator measures, which operator it expects, which unit.
import { COST_LEVEL2, placedLevel1, type FrameworkId } from './framework';
import type { CellRef } from './grid';
import type { Indicator, IndicatorTable } from './layout';
import { HUNDRED } from './scoring';
import { compact } from './text';
import { isPercentUnit } from './value/parse';
import type Decimal from 'decimal.js';
import type { IndicatorValue, Operator } from './value/types';

export type IndicatorClass = 'cost' | 'bad-event' | 'satisfaction' | 'rate' | 'deadline' | 'count' | 'money' | 'unknown';

// Things to keep low: complaints, accidents and errors, and (林业, 市场监管 tables) damage, disasters, pests, disputes.
const BAD_EVENT =
  /上访|投诉|事故|差错|失误|违规|违法|返贫|致贫|超支|结余率|调整次数|调整率|损失|发生率|伤亡|死亡|受害率|成灾率|火灾|病虫害|不合格率|误差率|争议率|案件/u;
const SATISFACTION = /满意度|满意率/u;
const SATISFACTION_HEAD = /(满意度|满意率)$/u;
const RATE_HEAD = /(率|度|比例|占比|比重)$/u;
const DURATION_NAME = /工作日|天数|完成时间|时限|期限|时间$/u;
const DURATION_UNITS = new Set(['日', '天', '个工作日', '工作日', '月', '个月', '小时']);
const COUNT_NAME = /数$|人数|次数|数量|面积|里程|产值|收入|增收|创收|收益|利润|税收|年限|户数|个数|人次/u;
export const COUNT_UNITS = new Set([
  '人',
  '人次',
  '户',
  '个',
  '本',
  '套',
  '次',
  '项',
  '座',
  '平方',
  '平方米',
  '亩',
  '公里',
  '米',
  '名',
  '场',
  '期',
  '批',
  '家',
  '所',
  '台',
  '件',
  '篇',
  '册',
  '吨',
  '公斤',
  '万人',
  '万人次',
]);
const MONEY_NAME = /经费|费用|费$|支出|资金|补贴|补助|款$|金额|成本/u;
export const MONEY_UNITS = new Set(['元', '万元', '亿元', '万', '万美元', '美元']);

/** Rates that cannot exceed 100% (DOMAIN §3.5); "≥100%" on them means ＝100%. */
const BOUNDED_RATE = /满意度|满意率|合格率|覆盖率|及时率|到位率|发放率|参保率|保障率/u;
/** Rates that may exceed 100%. */
const UNBOUNDED_RATE = /增长|增幅|执行率|产值|产量|收入|回报|利润/u;

/** The 三级 name without whitespace and without an operator typed at its end ("残疾人满意度 =" → "残疾人满意度"). */
export function nameOfLevel3(level3: CellRef | null): string {
  return compact(level3?.text ?? '').replace(/[≥≤><=≧≦]+$/u, '');
}

/** The indicator's 三级 name as nameOfLevel3 gives it, read once with the sheet. */
export function nameOf(indicator: Indicator): string {
  return indicator.name;
}

function isMoney(value: IndicatorValue | undefined): boolean {
  return value !== undefined && value.unit !== null && (MONEY_UNITS.has(value.unit) || /^(万)?元\//u.test(value.unit));
}

/** [provincial: 四川] the 指标方向性 column: 正向 → ≥, 反向 → ≤; null when the table has none. */
export function declaredDirection(indicator: Indicator): Operator | null {
  if (!indicator.direction) return null;
  const direction = compact(indicator.direction.text);
  if (/^正向/u.test(direction)) return '≥';
  if (/^反向/u.test(direction)) return '≤';
  return null;
}

/** What an indicator measures: decided once, when the sheet is read (classifyIndicator). */
export function classify(indicator: Indicator): IndicatorClass {
  return indicator.class;
}

/** What an indicator measures, in DOMAIN §4 order after 指标方向性: 二级, head noun, keywords. For the reader. */
export function classifyIndicator(indicator: Indicator): IndicatorClass {
  const level2 = indicator.level2.canonical;
  const value = indicator.target?.value;
  const name = nameOf(indicator);
  // DOMAIN §4: a cost is a 成本 二级 with an amount of money; a rate there (成本控制率, 预算执行率) is a rate.
  const isRate = RATE_HEAD.test(name) || (value !== undefined && isPercentUnit(value.unit));
  if (level2 !== null && COST_LEVEL2.includes(level2) && !isRate) return 'cost';
  // The head noun outranks keywords: "上访残疾人满意度" is a satisfaction, not a bad event. The 满意度 二级 outranks
  // them too, except for a bad event named without 满意: "投诉率 ≤5%" is often listed there, and ≥5% would invert it.
  if (SATISFACTION_HEAD.test(name)) return 'satisfaction';
  if (BAD_EVENT.test(name) && (level2 !== '服务对象满意度指标' || !SATISFACTION.test(name))) return 'bad-event';
  if (level2 === '服务对象满意度指标') return 'satisfaction';
  if (SATISFACTION.test(name)) return 'satisfaction';
  if (value?.kind === 'deadline' || (value?.unit && DURATION_UNITS.has(value.unit)) || DURATION_NAME.test(name)) return 'deadline';
  if (isRate) return 'rate';
  if (COUNT_NAME.test(name) || (value?.unit && COUNT_UNITS.has(value.unit))) return 'count';
  if (MONEY_NAME.test(name) || isMoney(value)) return 'money';
  return 'unknown';
}

/** The operator an indicator is written with: its declared 指标方向性, else its class's; null when nothing can be said. */
export function expectedOperator(indicator: Indicator): Operator | null {
  const declared = declaredDirection(indicator);
  if (declared) return declared;
  switch (classify(indicator)) {
    case 'cost':
    case 'bad-event':
    case 'deadline':
    case 'money':
      return '≤';
    case 'satisfaction':
    case 'rate':
    case 'count':
      return '≥';
    default:
      return null;
  }
}

export function isBoundedRate(indicator: Indicator): boolean {
  return classify(indicator) === 'satisfaction' || BOUNDED_RATE.test(nameOf(indicator));
}

/** Whether 100% is the most this indicator can reach (everything measured in % but growth, execution and output rates). */
export function hasCeilingAt100(indicator: Indicator): boolean {
  return !UNBOUNDED_RATE.test(nameOf(indicator));
}

/** The operator to write for `amount unit`: "≥100%" on an indicator that cannot exceed 100% means ＝100% (DOMAIN §3.5). */
export function operatorAtCeiling(indicator: Indicator, operator: Operator | null, unit: string | null, amount: Decimal | null): Operator | null {
  return operator === '≥' && isPercentUnit(unit) && amount?.eq(HUNDRED) && hasCeilingAt100(indicator) ? '=' : operator;
}

/** The unit a unit-less quantity should carry, and whether adding it is safe (DOMAIN §4, "Unit to infer"). */
export function inferUnit(indicator: Indicator, table: IndicatorTable): { unit: string; safe: boolean } | null {
  const cls = classify(indicator);
  const name = nameOf(indicator);
  if (cls === 'satisfaction' || cls === 'rate') return { unit: '%', safe: true };
  if (cls === 'cost' || cls === 'money') return table.currency ? { unit: table.currency, safe: false } : null;
  const measureWord = /\d+(名|人次|人|户|个|次|项|本|套|座|场|期|批|家|所|台|件)/u.exec(name);
  if (measureWord) return { unit: measureWord[1] === '名' ? '人' : measureWord[1], safe: false };
  if (/人次/u.test(name)) return { unit: '人次', safe: false };
  if (/人数|受益人口/u.test(name)) return { unit: '人', safe: false };
  if (/户数/u.test(name)) return { unit: '户', safe: false };
  if (/次数|场次/u.test(name)) return { unit: '次', safe: false };
  if (/年限/u.test(name)) return { unit: '年', safe: false };
  if (/里程|长度/u.test(name)) return { unit: '公里', safe: false };
  if (/面积/u.test(name)) return { unit: '平方米', safe: false };
  return null;
}

/** Words of a 三级 name that say it measures an amount spent (DOMAIN §4 cost), when its value is money. */
const COST_NAME = /成本|费用|经费|单价|补助标准|补贴标准|支出|金额/u;
const OUTPUT_LEVEL2: ReadonlySet<string> = new Set(['数量指标', '质量指标', '时效指标']);

export interface Placement {
  level1: string | null;
  level2: string | null;
  /** The 二级 the row's name says it belongs under, when that is not the one written (or inherited) for it. */
  level2ByMeaning: string | null;
}

/**
 * Where a row belongs. Its 二级 is the one written or inherited unless its name says plainly that it measures
 * something else: a …满意度 / …满意率 under 质量指标 (河北 宁晋 资助对象满意度) is a 服务对象满意度指标; an amount of
 * 成本 / 费用 / 支出 in money under 数量 / 质量 / 时效 (湖南 岳阳楼 业务工作支出安排金额 28.8万元) is a cost. Names that
 * do not say it plainly keep their 二级. The 一级 is the one that 二级 allows, when the framework allows only one
 * (a 服务对象满意度指标 under an inherited 效益指标 is a 满意度 row), else the one written or inherited.
 */
export function placementOf(framework: FrameworkId, indicator: Indicator): Placement {
  const written = indicator.level2.canonical;
  // "救助对象对救助工作满意度(%)": a unit in parentheses after the name does not change what it measures.
  const name = nameOf(indicator).replace(/[(（][^()（）]*[)）]$/u, '');
  let byMeaning: string | null = null;
  // A row with no 二级 at all (河北 tables have no 二级 column) is placed by its name as well.
  if (written !== '服务对象满意度指标' && SATISFACTION_HEAD.test(name)) byMeaning = '服务对象满意度指标';
  else if (written !== null && OUTPUT_LEVEL2.has(written) && COST_NAME.test(name) && isMoney(indicator.target?.value)) {
    byMeaning = framework === '2021' ? '经济成本指标' : '成本指标';
  }
  const level2 = byMeaning ?? written;
  return { level1: placedLevel1(framework, indicator.level1.canonical, level2), level2, level2ByMeaning: byMeaning };
}

// The standard spelling of a unit on a row (DOMAIN §3.4, §3.8): 万 for 万元 on money, 平方 for 平方米, Latin
// abbreviations, * for the · of a compound, 人/次 for 人次. unit-spelling reports it; every fix that writes a whole
// value writes the unit this way when the respelling is safe (houseStyle, checks/helpers.ts), so that no second fix
// is needed.
const LATIN: Record<string, string> = { m2: '平方米', 'm²': '平方米', km: '公里', kg: '公斤', t: '吨', m: '米' };

/** "人/次" (so many people per time) for 人次 (person-times), and the same for other counters written with a slash. */
const PER_TIME = /^([人户车架批场])\/次$/u;

/** An asterisk between two unit characters of a compound ("元/人*月"). */
const ASTERISK = /(?<=\p{Script=Han})[*＊](?=\p{Script=Han})/u;
const ASTERISK_ALL = /(?<=\p{Script=Han})[*＊](?=\p{Script=Han})/gu;

interface Respelling {
  full: string;
  safe: boolean;
  messageId: 'short' | 'perTime' | 'asterisk';
}

/** The standard spelling of a unit on this row, or null when it is already standard. */
export function respell(unit: string, indicator: Indicator): Respelling | null {
  const cls = classify(indicator);
  const money = cls === 'cost' || cls === 'money';
  // The amount under a 成本 二级 is money for certain; elsewhere 万 may count people ("2万人" is written in full).
  if (unit === '万' && money) return { full: '万元', safe: cls === 'cost', messageId: 'short' };
  const perMoney = /^万\/(.+)$/u.exec(unit);
  if (perMoney && money) return { full: `万元/${perMoney[1]}`, safe: cls === 'cost', messageId: 'short' };
  if (unit === '平方') return { full: '平方米', safe: true, messageId: 'short' };
  if (LATIN[unit]) return { full: LATIN[unit], safe: false, messageId: 'short' };
  // "元/人*月" (安徽 濉溪): the asterisk stands in for the multiplication dot of 元/人·月. Only between characters, never
  // the "." of "元/人.年" (seed 003), which DOMAIN §3.4 lists as written.
  if (ASTERISK.test(unit)) return { full: unit.replace(ASTERISK_ALL, '·'), safe: true, messageId: 'asterisk' };
  const perTime = PER_TIME.exec(unit);
  if (perTime) {
    // Only where the name says what is counted: "每次培训人数 ≥30人/次" is a true per-time figure and stays.
    const counter = `${perTime[1]}次`;
    const name = nameOf(indicator);
    if (!name.includes(counter)) return null;
    // The name's head noun is the counter ("出差人次", "服务人次数"): writing it as the name does keeps the meaning.
    const safe = new RegExp(`${counter}(数|数量)?$`, 'u').test(name);
    return { full: counter, safe, messageId: 'perTime' };
  }
  return null;
}
