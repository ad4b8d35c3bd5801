// The 二级 or the name implies another kind of value: 时效 with a count, 数量 with a rate or a spending amount
// (湖南 岳阳楼 "业务工作支出安排金额 28.8萬元"), 成本 with a rate or a word instead of an amount (成本控制率 100%, 湖北
// 黄石), a concept with a number; and a whole table whose 指标值 are the rows' weights (四川 阆中: 20, 20, 10 … = 100).
import Decimal from 'decimal.js';
import { COUNT_UNITS, isBoundedRate, nameOf } from '../classify';
import { COST_LEVEL2 } from '../framework';
import type { Indicator, IndicatorTable } from '../layout';
import { defineCheck } from '../check';
import { isPercentUnit } from '../value/parse';
import { periodGroups } from './helpers';

/** Names of concepts that cannot be counted ("社会影响力", seed 002 table 8). */
const CONCEPT = /(影响力|影响|意识|氛围|形象|认可度?)$/u;

/** Money for certain: "万" alone may count people, and 元/人 is a unit cost. */
const MONEY = new Set(['元', '万元', '亿元', '美元', '万美元']);
/** Money that is spent: funds arranged, paid out or budgeted. */
const SPENDING_NAME = /支出|经费|费用|资金|预算|成本|金额|补贴|补助|开支|款$/u;
/** Money that is produced or moved: an output or effect measured in money (产值, 收入, 贷款发放, 投资完成额). */
const PRODUCED_NAME = /收入|产值|销售|营业|营收|贷款|融资|投资|募集|招商|税|增收|创收|利润|效益|交易|成交/u;

/** Weights (分值) are a few whole points each; a table of them adds up to 100. */
const HUNDRED = new Decimal(100);
const MOST_POINTS = new Decimal(50);
const FEWEST_WEIGHT_ROWS = 4;
/** No satisfaction or bounded rate is ever aimed this low: such a row's number is no target. */
const NO_RATE_TARGET_BELOW = new Decimal(60);

/**
 * A 成本 二级 as the framework names it. 广东's "预算(或投资规模)控制指标", read as 成本指标, holds execution rates by its
 * own definition: not judged here.
 */
function isCostProper(indicator: Indicator): boolean {
  const { canonical, match } = indicator.level2;
  return canonical !== null && COST_LEVEL2.includes(canonical) && match !== 'variant';
}

/** A bare whole number: no operator, no unit (in the value, a 计量单位 cell or a bracket closing the name). */
function isBarePoints(indicator: Indicator): boolean {
  const value = indicator.target!.value;
  return (
    value.kind === 'quantity' &&
    value.operator === null &&
    value.unit === null &&
    value.amount !== null &&
    /^\d+$/u.test(value.amountText ?? '') &&
    value.amount.gt(0) &&
    value.amount.lte(MOST_POINTS) &&
    !indicator.unit?.text.trim() &&
    !/[)）]$/u.test(indicator.name)
  );
}

/** What the weights would add up to: 100, or the 一级 scores printed in the names ("产出指标(50分)") when every row has one. */
function printedTotal(rows: Indicator[]): Decimal | null {
  const seen = new Map<string, string>();
  for (const { level1 } of rows) {
    if (!level1.printedWeight || !level1.sourceCell) return null;
    seen.set(level1.sourceCell, level1.printedWeight);
  }
  let total = new Decimal(0);
  for (const weight of seen.values()) total = total.plus(weight);
  return total;
}

/** Tables are immutable once read: missing-unit asks too, and must not ask for a unit on a weight. */
const WEIGHT_ROWS = new WeakMap<IndicatorTable, ReadonlyMap<Indicator, string>>();
const NO_WEIGHT_ROWS: ReadonlyMap<Indicator, string> = new Map();

/**
 * The rows, with their total, of a table whose 指标值 are all bare whole numbers of at most 50 that add up to exactly
 * 100 (or the printed 一级 total), in a table with no 分值/权重 column: the weights were written where the targets
 * belong (四川 阆中). A table of counts that happens to add up to 100 has units, operators, or a larger number
 * somewhere, and no row whose number is impossible as its target (a 满意度 or bounded rate below 60).
 */
export function weightRows(table: IndicatorTable): ReadonlyMap<Indicator, string> {
  let rows = WEIGHT_ROWS.get(table);
  if (rows === undefined) {
    rows = findWeightRows(table);
    WEIGHT_ROWS.set(table, rows);
  }
  return rows;
}

function findWeightRows(table: IndicatorTable): ReadonlyMap<Indicator, string> {
  if (table.blocks.some((block) => block.columns.weight !== undefined)) return NO_WEIGHT_ROWS;
  let rows: Map<Indicator, string> | null = null;
  for (const { indicators } of periodGroups(table)) {
    const filled = indicators.filter((i) => i.target && i.target.value.kind !== 'empty');
    if (filled.length < FEWEST_WEIGHT_ROWS || !filled.every(isBarePoints)) continue;
    // At least one number cannot be its row's target (满意度 20): a table of bare counts has no such row.
    if (!filled.some((i) => isBoundedRate(i) && i.target!.value.amount!.lt(NO_RATE_TARGET_BELOW))) continue;
    const sum = filled.reduce((total, i) => total.plus(i.target!.value.amount!), new Decimal(0));
    const printed = printedTotal(filled);
    if (!sum.eq(HUNDRED) && (printed === null || !sum.eq(printed))) continue;
    rows ??= new Map();
    for (const indicator of filled) rows.set(indicator, sum.toString());
  }
  return rows ?? NO_WEIGHT_ROWS;
}

/** 二级 of effects: a date or a period is no effect (抗疫特别国债项目 "2020年1月--2020年11月" as 可持续影响). */
const EFFECT_LEVEL2: ReadonlySet<string> = new Set(['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']);

export default defineCheck({
  id: 'value-kind-mismatch',
  meta: {
    category: 'structure',
    severity: 'warning',
    fix: null,
    description: '指标值的类型与二级指标或指标名称不符，或指标值填的是分值',
    docs: {
      why: '二级指标决定指标值应是什么：时效指标写时限或及时率，数量指标写数量，成本指标写金额。类型不符，说明指标放错了类别或指标值填错了；整张表的指标值都是分值时，目标其实没有填。',
      basis: '财政部指标体系中各二级指标的含义（数量、质量、时效、成本）。',
      domain: ['§2', '§3.1', '§7 #9'],
    },
    messages: {
      timelinessCount: '时效指标“{{name}}”的指标值“{{text}}”是数量。时效指标应写完成时限（如“11月底前”）或及时率（如“≥95%”）。',
      quantityRate: '数量指标“{{name}}”的指标值“{{text}}”是百分比。请改为可计数的数量，或将该指标移到质量指标下。',
      quantityMoney:
        '数量指标“{{name}}”的指标值“{{text}}”是支出金额，不是产出数量。数量指标应写产出的数量（如服务人次、完成项目个数），资金安排或支出金额请列入成本指标，并以“≤”设定上限。',
      costNotMoney: '成本指标“{{name}}”的指标值“{{text}}”不是金额。成本指标应写成本或费用的金额上限（如“≤20万元”），比率请移到质量或时效指标下。',
      effectDeadline: '{{level2}}“{{name}}”的指标值“{{text}}”是时间，不是效益。请写明达到什么效果（如“≥90%”“受益人数≥100人”），时间写在时效指标中。',
      conceptNumber: '“{{name}}”是难以计量的概念，却填写了数值“{{text}}”。请改用可计量的指标（如知晓率、受益人数）或定性描述。',
      weightAsTarget:
        '“{{name}}”的指标值“{{text}}”像是分值而不是考核目标：本表的指标值都是不带单位的整数，合计正好{{total}}，表中却没有分值（权重）列。请在指标值中填写考核目标（如“≥30公里”“≥90%”），分值另列。',
    },
  },
  run({ table, report }) {
    const weights = weightRows(table);
    for (const indicator of table.indicators) {
      const target = indicator.target;
      if (!target || target.value.kind === 'empty') continue;
      const { value } = target;
      const data = { name: nameOf(indicator), text: target.text.trim() };
      const level2 = indicator.level2.canonical;
      const total = weights.get(indicator);
      if (total !== undefined) {
        report({ cell: target.cell, messageId: 'weightAsTarget', data: { ...data, total } });
      } else if (level2 === '时效指标' && value.unit !== null && COUNT_UNITS.has(value.unit)) {
        report({ cell: target.cell, messageId: 'timelinessCount', data });
      } else if (level2 === '数量指标' && isPercentUnit(value.unit)) {
        report({ cell: target.cell, messageId: 'quantityRate', data });
      } else if (level2 === '数量指标' && value.unit !== null && MONEY.has(value.unit) && SPENDING_NAME.test(data.name) && !PRODUCED_NAME.test(data.name)) {
        report({ cell: target.cell, messageId: 'quantityMoney', data });
      } else if (isCostProper(indicator) && (isPercentUnit(value.unit) || value.kind === 'qualitative')) {
        report({ cell: target.cell, messageId: 'costNotMoney', data });
      } else if (CONCEPT.test(data.name) && /\d/u.test(value.normalised)) {
        report({ cell: target.cell, messageId: 'conceptNumber', data });
      } else if (level2 !== null && EFFECT_LEVEL2.has(level2) && value.kind === 'deadline') {
        report({ cell: target.cell, messageId: 'effectDeadline', data: { ...data, level2 } });
      }
    }
  },
});
