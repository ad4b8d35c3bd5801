// A percentage written as a fraction: "0.8" against "≥80%", "1" for 100% (seed 004).
import { classify } from '../classify';
import { defineCheck } from '../check';
import type { Indicator } from '../layout';
import { HUNDRED } from '../scoring';
import { isPercentUnit } from '../value/parse';
import { editOf, isFractionOfPercent, ROLE_LABEL, VALUE_ROLES } from './helpers';

function isPercentRow(indicator: Indicator): boolean {
  const cls = classify(indicator);
  return cls === 'rate' || cls === 'satisfaction' || isPercentUnit(indicator.target?.value.unit ?? null);
}

export default defineCheck({
  id: 'percent-as-fraction',
  meta: {
    category: 'value-format',
    severity: 'warning',
    fix: 'review',
    description: '百分比写成了小数',
    docs: {
      why: '“0.8”和“≥80%”放在一起，按字面是0.8%，完成率只有百分之一。本工具按80%理解并提示改写；数字单元格只改显示格式，数值不变。',
      basis: '以百分比计的指标中，0到1.5之间不带单位的数视为小数形式的百分比（本工具的规则）。',
      domain: ['§3.5', '§7 #18'],
    },
    messages: {
      fraction: '{{role}}“{{text}}”是小数，本指标以百分比计，按{{percent}}理解。{{advice}}',
    },
  },
  run({ table, report }) {
    for (const indicator of table.indicators) {
      if (!isPercentRow(indicator)) continue;
      for (const role of VALUE_ROLES) {
        const cell = indicator[role];
        if (!cell || !isFractionOfPercent(cell.value, role === 'actual' ? indicator.target?.value : null)) continue;
        const percent = `${cell.value.amount!.times(HUNDRED).toString()}%`;
        // A number shown as 0.8 only needs the 0% format: the value itself stays; a text "0.8" must be retyped.
        const numeric = typeof cell.raw === 'number';
        const advice = numeric ? '建议将单元格设为百分比格式（数值不变）。' : `建议改写为“${percent}”。`;
        report({
          cell: cell.cell,
          messageId: 'fraction',
          data: { role: ROLE_LABEL[role], text: cell.text.trim(), percent, advice },
          fix: numeric ? { ...editOf(cell, percent, true), numberFormat: '0%' } : editOf(cell, percent, false),
        });
      }
    }
  },
});
