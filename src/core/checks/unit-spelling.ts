// A short or non-standard unit: 万 for 万元 on money, 平方 for 平方米, Latin abbreviations.
import { classify } from '../classify';
import { defineCheck } from '../check';
import { editOf, ROLE_LABEL, VALUE_ROLES, withOperator } from './helpers';

const LATIN: Record<string, string> = { m2: '平方米', 'm²': '平方米', km: '公里', kg: '公斤', t: '吨', m: '米' };

export default defineCheck({
  id: 'unit-spelling',
  meta: {
    category: 'unit',
    severity: 'info',
    fix: 'safe',
    description: '计量单位使用了简写',
    messages: {
      short: '{{role}}“{{text}}”的单位“{{unit}}”是简写，建议写为“{{suggestion}}”。',
    },
  },
  run({ table, settings, report }) {
    for (const indicator of table.indicators) {
      const cls = classify(indicator);
      for (const role of VALUE_ROLES) {
        const cell = indicator[role];
        const unit = cell?.value.unit;
        if (!cell || !unit || cell.value.amountText === null) continue;
        let full: string | null = null;
        let safe = false;
        if (unit === '万' && (cls === 'cost' || cls === 'money')) [full, safe] = ['万元', cls === 'cost'];
        else if (unit === '平方') [full, safe] = ['平方米', true];
        else if (LATIN[unit]) full = LATIN[unit];
        if (!full) continue;
        const suggestion = withOperator(cell.value, cell.value.operator, settings, full);
        report({
          cell: cell.cell,
          messageId: 'short',
          data: { role: ROLE_LABEL[role], text: cell.text.trim(), unit, suggestion },
          fix: editOf(cell, suggestion, safe),
        });
      }
    }
  },
});
