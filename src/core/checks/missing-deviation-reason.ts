// A row that needs its deviation explained (missed, over-completed, not 达成, no actual) with an empty reason cell.
import { defineCheck } from '../check';
import type { ReasonRequired } from '../scoring';
import { label } from './helpers';

const WHY: Record<ReasonRequired, string> = {
  missed: '未完成目标',
  'not-achieved': '未完全达成',
  'over-completion': '超出目标较多',
  'no-actual': '没有填写实际完成值',
};

export default defineCheck({
  id: 'missing-deviation-reason',
  meta: {
    category: 'actual',
    severity: 'error',
    fix: null,
    description: '需要说明偏差原因却未填写',
    messages: {
      missing: '“{{name}}”{{why}}，需要填写偏差原因及改进措施。',
    },
  },
  run({ table, evaluation, report }) {
    // A table with no actual at all is not filled in yet: missing-actual says so once.
    if (!evaluation || evaluation.total === null) return;
    for (const row of evaluation.rowsByTable.get(table) ?? []) {
      const reasons = row.evaluation?.reasonsRequired ?? [];
      const { indicator } = row;
      if (reasons.length === 0 || indicator.reason?.text.trim()) continue;
      // Where the table has no reason column, the prompt column of `jixiao evaluate` asks for it next to the actual.
      const cell = indicator.reason?.cell ?? indicator.actual!.cell;
      report({ cell, messageId: 'missing', data: { name: label(indicator), why: reasons.map((r) => WHY[r]).join('、') } });
    }
  },
});
