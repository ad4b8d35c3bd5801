// Words wrapped around the number ("参保率达100%", seed 003) or the unit written in the name ("服务外包在岸(万美元)", PE5).
import { operatorAtCeiling } from '../classify';
import { defineCheck } from '../check';
import { compact } from '../text';
import { editOf, problemsOf, ROLE_LABEL, withOperator } from './helpers';

export default defineCheck({
  id: 'text-in-value',
  meta: {
    category: 'value-format',
    severity: 'info',
    fix: 'review',
    description: '指标值中夹有文字，或单位写在了指标名称里',
    messages: {
      wrapped: '{{role}}“{{text}}”中夹有文字“{{leading}}”。建议只填写数值，如“{{suggestion}}”。',
      unitInName: '单位“{{unit}}”写在了指标名称“{{name}}”中，指标值“{{text}}”没有单位。建议在指标值后写明单位：“{{suggestion}}”。',
    },
  },
  run({ table, settings, report }) {
    for (const { indicator, role, cell, problem } of problemsOf(table, 'text-in-value')) {
      const { value } = cell;
      if (value.amountText === null) continue;
      const suggestion = withOperator(value, operatorAtCeiling(indicator, value.operator, value.unit, value.amount), settings);
      report({
        cell: cell.cell,
        messageId: 'wrapped',
        data: { role: ROLE_LABEL[role], text: cell.text.trim(), leading: problem.leading, suggestion },
        fix: editOf(cell, suggestion, false),
      });
    }
    for (const indicator of table.indicators) {
      const target = indicator.target;
      const unit = /[(（]([^()（）]{1,6})[)）]$/u.exec(compact(indicator.level3?.text ?? ''))?.[1];
      if (!unit || !target || target.value.kind !== 'quantity' || target.value.unit !== null) continue;
      const suggestion = withOperator(target.value, target.value.operator, settings, unit);
      report({
        cell: target.cell,
        messageId: 'unitInName',
        data: { unit, name: indicator.level3!.text.trim(), text: target.text.trim(), suggestion },
        fix: editOf(target, suggestion, false),
      });
    }
  },
});
