// 预算执行率 (DOMAIN §5.4): above 100%, below 90% without a reason, a negative budget or spending, printed 执行率/得分
// off the formula, blank 得分.
import type Decimal from 'decimal.js';
import { defineCheck } from '../check';
import { amountIn, pointsIn } from '../evaluate';
import { percentText } from '../value/format';
import { isPercentUnit, parseValue } from '../value/parse';
import { editOf } from './helpers';

/** A printed rate as a fraction: "100.00%" → 1, 0.95 → 0.95. */
function rateIn(text: string): Decimal | null {
  const value = parseValue(text);
  if (!value.amount) return null;
  return isPercentUnit(value.unit) ? value.amount.div(100) : value.unit === null ? value.amount : null;
}

export default defineCheck({
  id: 'budget-execution',
  meta: {
    category: 'consistency',
    severity: 'warning',
    fix: 'safe',
    description: '预算执行率超出100%、低于90%未说明原因，预算数或执行数为负，或执行率、得分与公式不符',
    docs: {
      why: '预算执行率是自评的一项计分内容（国家建议占10分）。执行率超过100%往往是预算数或执行数填错了；填写的执行率、得分与公式不符，总分也会跟着错；执行率偏低则需要说明原因。',
      basis:
        '预算执行率＝全年执行数÷全年预算数（有调整后预算时用调整后预算），得分＝分值×执行率，最高为分值（财预〔2020〕10号附件自评表；四川等地模板）。四川模板要求预算执行率未达到90%的说明原因。',
      domain: ['§5.4', '§7 #34'],
    },
    messages: {
      over: '预算执行率为{{rate}}（执行{{executed}}，预算{{budget}}），超过100%。请核对预算数与执行数，并说明原因。',
      low: '预算执行率为{{rate}}，未达到90%，需要说明原因。',
      noAdjusted: '表中没有调整后预算（全年预算数），执行率按年初预算{{budget}}计算。',
      rateMismatch: '填写的执行率“{{printed}}”与计算值{{rate}}不符，请核对。',
      scoreMismatch: '填写的预算执行得分“{{printed}}”与计算值{{score}}不符（{{weight}}分 × 执行率，最高{{weight}}分），请核对。',
      scoreBlank: '预算执行得分未填写，按公式应为{{score}}。',
      negative: '预算数{{budget}}、执行数{{executed}}中有负数，无法计算预算执行率，预算执行不计分。请核对后重新填写。',
    },
  },
  run({ table, evaluation, report }) {
    const budget = evaluation?.budget;
    if (!budget || table.budget !== budget.block) return;
    const { total } = budget.block;
    if (budget.budget.isNegative() || budget.executed.isNegative()) {
      const budgetCell = budget.usedAdjusted ? total.adjusted : total.budget;
      const cell = budget.budget.isNegative() && budgetCell ? budgetCell.cell : total.executed.cell;
      report({ cell, messageId: 'negative', severity: 'error', data: { budget: budget.budget.toString(), executed: budget.executed.toString() } });
      return;
    }
    if (budget.rate === null) return;
    const data = {
      rate: percentText(budget.rate),
      executed: budget.executed.toString(),
      budget: budget.budget.toString(),
      score: budget.score!.toFixed(2),
      weight: budget.weight.toString(),
    };
    if (budget.rate.gt(1)) report({ cell: total.executed.cell, messageId: 'over', data });
    if (budget.rate.lt('0.9') && !total.reason?.text.trim()) report({ cell: total.reason?.cell ?? total.executed.cell, messageId: 'low', data });
    if (!budget.usedAdjusted) report({ cell: (total.budget ?? total.executed).cell, messageId: 'noAdjusted', severity: 'info', data });
    if (total.rate?.text.trim()) {
      const printed = rateIn(total.rate.text);
      if (!printed || !printed.toDecimalPlaces(4).eq(budget.rate.toDecimalPlaces(4))) {
        report({ cell: total.rate.cell, messageId: 'rateMismatch', data: { ...data, printed: total.rate.text.trim() } });
      }
    }
    // The 其中 rows' own printed rates (云南 临翔 repeats the total's 97.80% where 31.69 / 32.4 is 97.81%).
    for (const part of budget.block.parts) {
      const base = amountIn(budget.usedAdjusted ? part.adjusted : part.budget);
      const executed = amountIn(part.executed);
      const printed = part.rate?.text.trim() ? rateIn(part.rate.text) : null;
      if (!part.rate || !printed || !base?.gt(0) || executed === null) continue;
      const rate = executed.div(base);
      if (!printed.toDecimalPlaces(4).eq(rate.toDecimalPlaces(4))) {
        report({ cell: part.rate.cell, messageId: 'rateMismatch', data: { ...data, rate: percentText(rate), printed: part.rate.text.trim() } });
      }
    }
    if (total.score) {
      const printed = pointsIn(total.score);
      if (!total.score.text.trim()) report({ cell: total.score.cell, messageId: 'scoreBlank', data, fix: editOf(total.score, data.score, true) });
      else if (!printed || !printed.toDecimalPlaces(2).eq(budget.score!))
        report({ cell: total.score.cell, messageId: 'scoreMismatch', data: { ...data, printed: total.score.text.trim() } });
    }
  },
});
