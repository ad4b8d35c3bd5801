// An actual copied from the target with its operator ("≥90%" as 实际完成值, seed 004 目标5, 9, 10).
import { defineCheck } from '../check';
import { editOf, withOperator } from './helpers';

export default defineCheck({
  id: 'actual-has-operator',
  meta: {
    category: 'actual',
    severity: 'warning',
    fix: 'review',
    description: '实际完成值带有运算符',
    messages: {
      withOperator: '实际完成值“{{text}}”带有运算符，像是照抄了指标值。请填写实际达到的数值，如“{{suggestion}}”。',
    },
  },
  run({ table, settings, report }) {
    for (const indicator of table.indicators) {
      const actual = indicator.actual;
      const value = actual?.value;
      if (!actual || !value?.operator || value.kind === 'deadline' || value.amountText === null) continue;
      const suggestion = withOperator(value, null, settings);
      report({ cell: actual.cell, messageId: 'withOperator', data: { text: actual.text.trim(), suggestion }, fix: editOf(actual, suggestion, false) });
    }
  },
});
