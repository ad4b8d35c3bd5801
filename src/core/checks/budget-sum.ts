// The 其中 rows of the budget block do not add up to its total (seed 004: 273 + 2 ≠ 274).
import Decimal from 'decimal.js';
import { defineCheck } from '../check';
import type { BudgetRow } from '../budget';
import { amountIn } from '../evaluate';

const COLUMNS: [keyof Pick<BudgetRow, 'budget' | 'adjusted' | 'executed'>, string][] = [
  ['budget', '年初预算'],
  ['adjusted', '调整后预算'],
  ['executed', '执行数'],
];

export default defineCheck({
  id: 'budget-sum',
  meta: {
    category: 'consistency',
    severity: 'warning',
    fix: null,
    description: '资金明细之和与合计不符',
    docs: {
      why: '“其中”各项是合计的组成部分，相加应等于合计。不相等说明某一项或合计填错了，据此算出的预算执行率也不可靠。',
      basis: '资金栏目中“其中：财政拨款、其他资金”等各项之和应等于合计（年度资金总额），见财预〔2020〕10号附件自评表的资金栏目。',
      domain: ['§1.3', '§7 #35'],
    },
    messages: {
      sum: '{{column}}：其中各项之和{{sum}}（{{parts}}）与合计{{total}}不符，请核对。',
    },
  },
  run({ table, report }) {
    const block = table.budget;
    if (!block || block.parts.length === 0) return;
    for (const [column, name] of COLUMNS) {
      const total = amountIn(block.total[column]);
      const parts = block.parts.map((row) => amountIn(row[column]));
      if (total === null || parts.every((p) => p === null)) continue;
      const sum = parts.reduce<Decimal>((s, p) => s.plus(p ?? 0), new Decimal(0));
      if (!sum.eq(total)) {
        const written = parts
          .filter((p): p is Decimal => p !== null)
          .map(String)
          .join(' + ');
        report({ cell: block.total[column]!.cell, messageId: 'sum', data: { column: name, sum: sum.toString(), parts: written, total: total.toString() } });
      }
    }
  },
});
