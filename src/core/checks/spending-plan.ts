// [provincial: 河北] 资金支出计划（%）: cumulative, so it never decreases, has no gap mid-way, and reaches 100 at 12月底.
import Decimal from 'decimal.js';
import { defineCheck } from '../check';
import { parseValue } from '../value/parse';

export default defineCheck({
  id: 'spending-plan',
  meta: {
    category: 'consistency',
    severity: 'info',
    fix: null,
    description: '资金支出计划不是逐月累计到100%',
    docs: {
      why: '资金支出计划是累计比例，应逐期递增，到12月底达到100。中间空着或倒退，说明计划填错了。',
      basis: '河北模板的“资金支出计划（%）”按3月底、6月底、10月底、12月底累计填写。',
      domain: ['§1.2', '§7 #37'],
    },
    messages: {
      decreasing: '资金支出计划是累计比例，“{{label}}”的{{value}}小于前一期的{{previous}}。请核对。',
      gap: '资金支出计划“{{label}}”为空，但前后两期都有数值。累计比例应逐期填写。',
      notComplete: '资金支出计划到“{{label}}”应累计达到100，当前为“{{value}}”。请补全。',
    },
  },
  run({ table, report }) {
    const plan = table.spendingPlan;
    if (!plan) return;
    const amounts = plan.values.map((cell) => parseValue(cell.text).amount);
    let previous: Decimal | null = null;
    amounts.forEach((amount, i) => {
      const label = plan.labels[i].text.trim();
      const cell = plan.values[i].cell;
      if (amount === null) {
        const filledBefore = amounts.slice(0, i).some((a) => a !== null);
        const filledAfter = amounts.slice(i + 1).some((a) => a !== null);
        if (filledBefore && filledAfter) report({ cell, messageId: 'gap', data: { label } });
        return;
      }
      if (previous && amount.lt(previous)) report({ cell, messageId: 'decreasing', data: { label, value: amount.toString(), previous: previous.toString() } });
      previous = amount;
    });
    const last = amounts.length - 1;
    if (last >= 0 && !(amounts[last]?.eq(100) ?? false)) {
      report({
        cell: plan.values[last].cell,
        messageId: 'notComplete',
        data: { label: plan.labels[last].text.trim(), value: plan.values[last].text.trim() || '空' },
      });
    }
  },
});
