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
    docs: {
      why: '目标没有完成、完成得远超目标、定性指标未达成或完成值空着时，评审要看原因和改进措施；这一栏空着，自评就不完整。',
      basis: '自评表设“偏差原因分析及改进措施”栏（财预〔2020〕10号附件）；广西等地规定完成值达到指标值130%及以上时必须填写偏差原因。',
      domain: ['§5.6', '§7 #42'],
    },
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
