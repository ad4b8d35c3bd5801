// A quantitative value without ≥/≤/＝ (seed 002 "100", seed 003 "212500人", "11月").
import { classify, expectedOperator, hasCeilingAt100, inferUnit, isBoundedRate, operatorAtCeiling } from '../classify';
import { defineCheck, type Settings } from '../check';
import type { Indicator, IndicatorTable } from '../layout';
import { compact } from '../text';
import { operatorText } from '../value/format';
import { isPercentUnit } from '../value/parse';
import type { IndicatorValue } from '../value/types';
import { houseStyle, isFractionOfPercent, label, withOperator } from './helpers';
import { ocrReading } from './ocr-operator';
import { weightRows } from './value-kind-mismatch';

/** The 三级 name ends with an operator typed into it: misplaced-operator's finding, not this one. */
export function nameEndsWithOperator(indicator: Indicator): boolean {
  return /[≥≤><=≧≦]$/u.test(compact(indicator.level3?.text ?? ''));
}

function deadlineText(value: IndicatorValue): string {
  const d = value.deadline!;
  return `${d.every ? '每年' : ''}${d.year ? `${d.year}年` : ''}${d.month}月${d.day ? `${d.day}日前` : '底前'}`;
}

/** The house-style value with the expected operator, and whether writing it is safe (DOMAIN §7 #22). */
function suggestion(indicator: Indicator, table: IndicatorTable, settings: Settings): { to: string; safe: boolean } | null {
  const value = indicator.target!.value;
  const cls = classify(indicator);
  const operator = expectedOperator(indicator);
  if (operator === null) return null;
  if (value.kind === 'deadline') return { to: deadlineText(value), safe: false };
  if (indicator.nature) {
    // Split columns (四川): the operator goes into 指标性质; 指标值 stays a bare number.
    return { to: operatorText(operatorAtCeiling(indicator, operator, value.unit, value.amount)!, settings.operatorStyle), safe: isBoundedRate(indicator) };
  }
  const bounded = isBoundedRate(indicator);
  if (isFractionOfPercent(value) && (cls === 'rate' || cls === 'satisfaction')) {
    const percent = value.amount!.times(100);
    const op = percent.eq(100) && hasCeilingAt100(indicator) ? '=' : operator;
    return { to: withOperator({ ...value, amountText: percent.toString() }, op, settings, '%'), safe: false };
  }
  const inferred = value.unit === null ? inferUnit(indicator, table) : null;
  const unit = value.unit ?? (inferred?.safe ? inferred.unit : null);
  // A bare number above 100 on a rate that cannot pass 100% is no percentage: "≥150%" would be a new error.
  if (value.unit === null && isPercentUnit(unit) && value.amount?.gt(100) && hasCeilingAt100(indicator)) return null;
  return {
    to: houseStyle(indicator, value, operatorAtCeiling(indicator, operator, unit, value.amount), settings, unit),
    safe: bounded && value.amount !== null && value.amount.lte(100),
  };
}

export default defineCheck({
  id: 'missing-operator',
  meta: {
    category: 'operator',
    severity: 'warning',
    fix: 'safe',
    description: '定量指标值缺少≥、≤或＝',
    docs: {
      why: '没有运算符的数值看不出是下限还是上限：“100人”是至少100人，还是最多100人？计分方向由它决定。满意度和不超过100%的比率方向明确，可以自动补上；其他的只作建议。',
      basis: '预算管理一体化系统的计算符号为≥、＞、＝、＜、≤和定性；正向指标用≥，反向指标用≤。',
      domain: ['§3.2', '§4', '§7 #22'],
    },
    messages: {
      missing: '“{{name}}”的指标值“{{text}}”没有运算符，无法判断是下限还是上限。建议写为“{{suggestion}}”。',
      missingNoGuess: '“{{name}}”的指标值“{{text}}”没有运算符。请按指标性质补上≥、≤或＝。',
    },
  },
  run({ table, settings, report }) {
    for (const indicator of table.indicators) {
      const target = indicator.target;
      if (!target || target.value.operator !== null || nameEndsWithOperator(indicator)) continue;
      if (!['quantity', 'percent', 'deadline'].includes(target.value.kind)) continue;
      // A 分值 written where the target belongs has no operator to miss (value-kind-mismatch says what it is); a
      // satisfaction or bounded rate written above 100% is corrupt (percent-ceiling), not short of an operator.
      if (weightRows(table).has(indicator)) continue;
      if (isPercentUnit(target.value.unit) && target.value.amount?.gt(100) && isBoundedRate(indicator)) continue;
      // A leading 2 read as the ≥ it was (ocr-operator): adding another ≥ would write "≥250%" for "≥50%".
      if (ocrReading(indicator, 'target') !== null) continue;
      const data = { name: label(indicator), text: target.text.trim() };
      const fix = suggestion(indicator, table, settings);
      const fixCell = indicator.nature ?? target;
      if (fix)
        report({ cell: target.cell, messageId: 'missing', data: { ...data, suggestion: fix.to }, fix: { cell: fixCell.cell, from: fixCell.text, ...fix } });
      else report({ cell: target.cell, messageId: 'missingNoGuess', data });
    }
  },
});
