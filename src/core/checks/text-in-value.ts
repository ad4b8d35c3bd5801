// Words wrapped around the number ("参保率达100%", seed 003), the unit written in the name ("服务外包在岸(万美元)", PE5),
// or the target written where the name belongs ("满意度95%以上", "20万元").
import { COUNT_UNITS, MONEY_UNITS, operatorAtCeiling } from '../classify';
import { defineCheck } from '../check';
import { compact } from '../text';
import { parseValue } from '../value/parse';
import { editOf, houseStyle, problemsOf, ROLE_LABEL } from './helpers';

/** A unit in parentheses at the end of a 三级 name ("保障在职职工人数(人)", "服务外包在岸(万美元)"). */
const UNIT_IN_NAME = /\s*[(（]\s*([^()（）\d≥≤><=＝*]{1,6})\s*[)）]\s*$/u;

/** Units a target is written in: a name ending in a number with one of these states a target, not a measure. */
const TARGET_UNITS = new Set([...COUNT_UNITS, ...MONEY_UNITS, '%', '万亩', '公顷', '千米']);

/**
 * A target written where the name belongs: the whole name ("20万元", 重庆 巴南 成本指标), or its end ("满意度95%以上",
 * "建设普通省道二级公路32.1公里", 四川 阆中): a number with a unit of measure, and an operator word if any. Numbers
 * inside a name ("3年购买意外伤害险人数", "0-6岁儿童康复救助率") are part of what is measured and stay.
 */
function valueWrittenInName(name: string): string | null {
  const tail = /(?:[≥≤><=≧≦]|不低于|不少于|达到?)?\d+(?:\.\d+)?\s*[^\d\s]{0,4}$/u.exec(name.trim());
  if (!tail) return null;
  const value = parseValue(tail[0]);
  const isTarget = (value.kind === 'quantity' || value.kind === 'percent') && value.unit !== null && TARGET_UNITS.has(value.unit) && value.leadingText === null;
  return isTarget ? tail[0] : null;
}

export default defineCheck({
  id: 'text-in-value',
  meta: {
    category: 'value-format',
    severity: 'info',
    fix: 'review',
    description: '指标值中夹有文字，或单位、目标值写在了指标名称里',
    docs: {
      why: '指标值中夹着文字（如“参保率达100%”），或者单位、目标值写进了指标名称，计算前都要先把数字拆出来；名称写考核什么、指标值只写数值，表格更清楚。',
      basis: '指标名称写考核什么，指标值写运算符、数值和单位（预算管理一体化系统的写法）。',
      domain: ['§3.4', '§3.8', '§7 #21'],
    },
    messages: {
      wrapped: '{{role}}“{{text}}”中夹有文字“{{leading}}”。建议只填写数值，如“{{suggestion}}”。',
      nameIsValue: '三级指标名称“{{name}}”是一个数值，不是指标名称。请写明考核什么（如“项目总成本”），数值写在指标值中。',
      valueInName: '三级指标名称“{{name}}”中写了目标值“{{value}}”。请把目标值写在指标值栏，名称只写考核什么。',
      unitTwice: '单位“{{unit}}”已写在指标值（或度量单位）中，指标名称“{{name}}”不必重复。建议名称改为“{{suggestion}}”。',
      unitInName: '单位“{{unit}}”写在了指标名称“{{name}}”中，指标值“{{text}}”没有单位。建议在指标值后写明单位：“{{suggestion}}”。',
    },
  },
  run({ table, settings, report }) {
    for (const { indicator, role, cell, problem } of problemsOf(table, 'text-in-value')) {
      const { value } = cell;
      if (value.amountText === null) continue;
      const suggestion = houseStyle(indicator, value, operatorAtCeiling(indicator, value.operator, value.unit, value.amount), settings);
      report({
        cell: cell.cell,
        messageId: 'wrapped',
        data: { role: ROLE_LABEL[role], text: cell.text.trim(), leading: problem.leading, suggestion },
        fix: editOf(cell, suggestion, false),
      });
    }
    for (const indicator of table.indicators) {
      const found = valueWrittenInName(indicator.level3?.text ?? '');
      if (found) {
        const name = indicator.level3!.text.trim();
        report({ cell: indicator.level3!.cell, messageId: found === name ? 'nameIsValue' : 'valueInName', data: { name, value: found } });
      }
    }
    for (const indicator of table.indicators) {
      const { target, level3 } = indicator;
      const inName = UNIT_IN_NAME.exec(level3?.text ?? '');
      const unit = inName ? compact(inName[1]) : '';
      if (!level3 || !unit || !target || (target.value.kind !== 'quantity' && target.value.kind !== 'percent')) continue;
      if (target.value.unit === null) {
        const suggestion = houseStyle(indicator, target.value, target.value.operator, settings, unit);
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
