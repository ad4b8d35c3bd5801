// A positive or equal target reached at 130% or more: the reason must be explained (DOMAIN §5.6; 广西 rule).
import { defineCheck } from '../check';
import { label } from './helpers';

export default defineCheck({
  id: 'over-completion',
  meta: {
    category: 'actual',
    severity: 'warning',
    fix: null,
    description: '实际完成值远超目标（达到目标的130%及以上）',
    docs: {
      why: '完成值远超目标，说明目标可能定得过低，或者完成值有误。评价时要分析原因，得分也可能被调低；本工具不会自动扣分。',
      basis: '财预〔2020〕10号要求对完成值高于指标值较多的分析原因；广西等地规定达到指标值130%及以上的必须填写偏差原因。',
      domain: ['§5.2', '§5.6', '§7 #41'],
    },
    messages: {
      over: '“{{name}}”实际完成{{actual}}，是目标“{{target}}”的{{percent}}%，超过130%。请在偏差原因中说明，并考虑目标是否定得过低。',
    },
  },
  run({ table, evaluation, report }) {
    for (const row of evaluation?.rowsByTable.get(table) ?? []) {
      if (!row.evaluation?.reasonsRequired.includes('over-completion')) continue;
      const { indicator } = row;
      const percent = row.evaluation.completionRate!.times(100).toFixed(2);
      report({
        cell: indicator.actual!.cell,
        messageId: 'over',
        data: { name: label(indicator), actual: indicator.actual!.text.trim(), target: indicator.target!.text.trim(), percent },
      });
    }
  },
});
