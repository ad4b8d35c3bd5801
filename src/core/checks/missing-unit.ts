// A quantitative value without a unit (seed 002 "100", seed 004 "≥1500").
import { classify, inferUnit } from '../classify';
import { defineCheck } from '../check';
import { compact } from '../text';
import { editOf, isFractionOfPercent, label, withOperator } from './helpers';

export default defineCheck({
  id: 'missing-unit',
  meta: {
    category: 'unit',
    severity: 'warning',
    fix: 'safe',
    description: '定量指标值缺少计量单位',
    messages: {
      missing: '“{{name}}”的指标值“{{text}}”没有计量单位。建议写为“{{suggestion}}”。',
      missingNoGuess: '“{{name}}”的指标值“{{text}}”没有计量单位。请补上单位（如人、次、元、%）。',
    },
  },
  run({ table, settings, report }) {
    for (const indicator of table.indicators) {
      const target = indicator.target;
      const value = target?.value;
      if (!target || !value || (value.kind !== 'quantity' && value.kind !== 'range') || value.unit !== null) continue;
      // The unit may stand in its own 度量单位 column, or in parentheses in the name (text-in-value).
      if (indicator.unit?.text.trim() || /[(（][^()（）]{1,6}[)）]$/u.test(compact(indicator.level3?.text ?? ''))) continue;
      const cls = classify(indicator);
      // 0.8 on a rate is a fraction of 100%, percent-as-fraction's finding.
      if ((cls === 'rate' || cls === 'satisfaction') && isFractionOfPercent(value)) continue;
      const data = { name: label(indicator), text: target.text.trim() };
      const inferred = inferUnit(indicator, table);
      if (!inferred || value.kind === 'range') {
        report({ cell: target.cell, messageId: 'missingNoGuess', data });
        continue;
      }
      const safe = inferred.safe && value.amount !== null && value.amount.lte(100);
      // Split columns (四川): the unit goes into the empty 度量单位 cell; 指标值 stays a bare number.
      const fix = indicator.unit
        ? editOf(indicator.unit, inferred.unit, safe)
        : editOf(target, withOperator(value, value.operator, settings, inferred.unit), safe);
      report({ cell: target.cell, messageId: 'missing', data: { ...data, suggestion: fix.to }, fix });
    }
  },
});
