// The cost targets of a period add up to more than that period's funding.
import Decimal from 'decimal.js';
import { classify } from '../classify';
import { defineCheck } from '../check';
import { fundingOf } from '../funding';
import { toBaseUnit } from '../units';

export default defineCheck({
  id: 'cost-exceeds-budget',
  meta: {
    category: 'consistency',
    severity: 'warning',
    fix: null,
    description: '成本指标合计超过了资金安排',
    messages: {
      exceeds: '{{period}}成本指标合计{{total}}元，超过了“{{label}}”{{funding}}元。请核对成本指标或资金安排。',
    },
  },
  run({ table, report }) {
    for (const period of new Set(table.indicators.map((i) => i.period))) {
      const funding = fundingOf(table, period);
      if (!funding) continue;
      let total = new Decimal(0);
      for (const indicator of table.indicators) {
        const value = indicator.target?.value;
        if (indicator.period !== period || classify(indicator) !== 'cost' || !value?.amount || !value.unit) continue;
        // Unreadable or per-unit amounts (元/人) cannot be summed; they are skipped.
        const amount = value.kind === 'quantity' ? toBaseUnit(value.amount, value.unit === '万' ? '万元' : value.unit) : null;
        if (amount) total = total.plus(amount);
      }
      if (total.gt(funding.amount)) {
        const periodName = period === 'midterm' ? '中期' : period === 'annual' ? '年度' : '';
        report({ cell: funding.cell.cell, messageId: 'exceeds', data: { period: periodName, total: total.toString(), label: funding.label, funding: funding.amount.toString() } });
      }
    }
  },
});
