// The cost targets of a period add up to more than that period's funding: 中期/年度资金来源 (云南), 预算数 (河北),
// or a 部门 budget block covering the groups below it (seed 004 资金情况).
import type Decimal from 'decimal.js';
import { classify } from '../classify';
import { defineCheck } from '../check';
import { amountIn } from '../evaluate';
import { fundingOf } from '../funding';
import type { Indicator } from '../layout';
import { ZERO } from '../scoring';
import { toBaseUnit, unitFamily } from '../units';
import { periodGroups } from './helpers';

/**
 * Σ of readable money cost targets in 元; unreadable (2,53万), per-unit (元/人) and non-money (a 成本指标 row in 公里)
 * amounts are skipped. Each unit's amounts are added first and converted once: a department sheet has thousands.
 */
function costTotal(indicators: Indicator[]): Decimal {
  const byUnit = new Map<string, Decimal>();
  for (const indicator of indicators) {
    const value = indicator.target?.value;
    if (classify(indicator) !== 'cost' || value?.kind !== 'quantity' || !value.amount || !value.unit || unitFamily(value.unit) !== 'money') continue;
    byUnit.set(value.unit, (byUnit.get(value.unit) ?? ZERO).plus(value.amount));
  }
  let total = ZERO;
  for (const [unit, amount] of byUnit) total = total.plus(toBaseUnit(amount, unit)!);
  return total;
}

export default defineCheck({
  id: 'cost-exceeds-budget',
  meta: {
    category: 'consistency',
    severity: 'warning',
    fix: null,
    description: '成本指标合计超过了资金安排',
    docs: {
      why: '成本指标是花钱的上限，一个时期各项成本合计不应超过这一时期安排的资金。超过了，要么成本定高了，要么资金填少了。',
      basis: '绩效目标应与预算安排的资金量相匹配（财预〔2015〕88号）。中期、年度的成本指标分别与中期、年度资金来源比较（本工具的规则）。',
      domain: ['§6', '§7 #36'],
    },
    messages: {
      exceeds: '{{period}}成本指标合计{{total}}元，超过了“{{label}}”{{funding}}元。请核对成本指标或资金安排。',
    },
  },
  run({ table, tables, report }) {
    for (const { period, indicators } of periodGroups(table)) {
      const funding = fundingOf(table, period);
      if (!funding) continue;
      const total = costTotal(indicators);
      if (total.gt(funding.amount)) {
        const periodName = period === 'midterm' ? '中期' : period === 'annual' ? '年度' : '';
        report({
          cell: funding.cell.cell,
          messageId: 'exceeds',
          data: { period: periodName, total: total.toString(), label: funding.label, funding: funding.amount.toString() },
        });
      }
    }
    // A budget block covers its own table and the groups below it up to the next block.
    const block = table.budget;
    const budget = block && (amountIn(block.total.adjusted) ?? amountIn(block.total.budget));
    const inYuan = budget && table.currency ? toBaseUnit(budget, table.currency) : null;
    if (!block || !inYuan) return;
    const after = tables.slice(tables.indexOf(table) + 1);
    const next = after.findIndex((t) => t.budget !== null);
    const covered = [table, ...(next < 0 ? after : after.slice(0, next))];
    const total = costTotal(covered.flatMap((t) => t.indicators));
    if (total.gt(inYuan)) {
      const cell = (block.total.adjusted ?? block.total.budget)!;
      report({
        cell: cell.cell,
        messageId: 'exceeds',
        data: { period: '', total: total.toString(), label: block.total.label.text.trim(), funding: inYuan.toString() },
      });
    }
  },
});
