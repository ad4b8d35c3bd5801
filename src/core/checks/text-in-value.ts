// Words wrapped around the number ("参保率达100%", seed 003) or the unit written in the name ("服务外包在岸(万美元)", PE5).
import { operatorAtCeiling } from '../classify';
import { defineCheck } from '../check';
import { compact } from '../text';
import { editOf, problemsOf, ROLE_LABEL, withOperator } from './helpers';

/** A unit in parentheses at the end of a 三级 name ("保障在职职工人数(人)", "服务外包在岸(万美元)"). */
const UNIT_IN_NAME = /\s*[(（]\s*([^()（）\d≥≤><=＝*]{1,6})\s*[)）]\s*$/u;

export default defineCheck({
  id: 'text-in-value',
  meta: {
    category: 'value-format',
    severity: 'info',
    fix: 'review',
    description: '指标值中夹有文字，或单位写在了指标名称里',
    messages: {
      wrapped: '{{role}}“{{text}}”中夹有文字“{{leading}}”。建议只填写数值，如“{{suggestion}}”。',
      unitTwice: '单位“{{unit}}”已写在指标值（或度量单位）中，指标名称“{{name}}”不必重复。建议名称改为“{{suggestion}}”。',
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
      const { target, level3 } = indicator;
      const inName = UNIT_IN_NAME.exec(level3?.text ?? '');
      const unit = inName ? compact(inName[1]) : '';
      if (!level3 || !unit || !target || (target.value.kind !== 'quantity' && target.value.kind !== 'percent')) continue;
      if (target.value.unit === null) {
        const suggestion = withOperator(target.value, target.value.operator, settings, unit);
        report({
          cell: target.cell,
          messageId: 'unitInName',
          data: { unit, name: level3.text.trim(), text: target.text.trim(), suggestion },
          fix: editOf(target, suggestion, false),
        });
      } else if (compact(target.value.unit) === unit) {
        // 江西 "保障在职职工人数(人) | = | 116 | 人": the unit is stated where it belongs; the name need not repeat it.
        const name = level3.text.slice(0, inName!.index).trim();
        report({ cell: level3.cell, messageId: 'unitTwice', data: { unit, name: level3.text.trim(), suggestion: name }, fix: editOf(level3, name, false) });
      }
    }
  },
});
