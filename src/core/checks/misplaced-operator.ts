// An operator typed into the 三级 name cell instead of the value ("残疾人满意度   =" with value "1", seed 004).
import { defineCheck } from '../check';
import { compact } from '../text';
import { operatorOf } from '../value/parse';
import { editOf, houseStyle } from './helpers';
import { nameEndsWithOperator } from './missing-operator';

export default defineCheck({
  id: 'misplaced-operator',
  meta: {
    category: 'operator',
    severity: 'warning',
    fix: 'review',
    description: '运算符填在了指标名称里',
    docs: {
      why: '运算符写进了指标名称，指标值就成了一个没有方向的数，看不出是下限还是上限，计分也会出错。',
      basis: '运算符属于指标值，对应预算管理一体化系统的“计算符号”（≥、＞、＝、＜、≤）。',
      domain: ['§3.7', '§7 #23'],
    },
    messages: {
      inName: '三级指标“{{name}}”末尾的“{{operator}}”应写在指标值中，而不是指标名称里。请删去名称中的“{{operator}}”，并在指标值前加上运算符。',
    },
  },
  run({ table, settings, report }) {
    for (const indicator of table.indicators) {
      if (!nameEndsWithOperator(indicator)) continue;
      const name = compact(indicator.level3!.text);
      const operatorText = /[≥≤><=≧≦]+$/u.exec(name)![0];
      const operator = operatorOf(operatorText);
      const target = indicator.target;
      const value = target?.value;
      // Moving the operator is offered only where the value is a plain quantity with its unit.
      const movable = value && operator && value.operator === null && value.unit !== null && (value.kind === 'quantity' || value.kind === 'percent');
      const level3 = indicator.level3!;
      const cleanName = level3.text.replace(/\s*[≥≤><=≧≦]+\s*$/u, '');
      report({
        cell: level3.cell,
        messageId: 'inName',
        data: { name: cleanName.trim(), operator: operatorText },
        fix: movable
          ? { ...editOf(target!, houseStyle(indicator, value, operator, settings), false), also: [{ cell: level3.cell, from: level3.text, to: cleanName }] }
          : null,
      });
    }
  },
});
