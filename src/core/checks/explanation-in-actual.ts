// An 实际完成值 with the explanation run into the same cell ("95%,因疫情影响未完成"): the value is read and scored; the
// sentence belongs in the 偏差原因 column, where it answers the question the row may raise.
import { defineCheck, type Fix } from '../check';
import { editOf, problemsOf } from './helpers';

export default defineCheck({
  id: 'explanation-in-actual',
  meta: {
    category: 'actual',
    severity: 'info',
    fix: 'review',
    description: '实际完成值中夹着说明文字',
    docs: {
      why: '完成值栏夹着说明文字，别人和系统都难以读出完成值；说明本来是回答“为什么没完成”的，写在偏差原因栏，评审时才看得到。',
      basis: '自评表单设“偏差原因分析及改进措施”栏（财预〔2020〕10号附件自评表），完成值栏只填完成情况。',
      domain: ['§1.3', '§5.6'],
    },
    messages: {
      toReason: '实际完成值“{{text}}”中夹着说明“{{explanation}}”。完成值按“{{value}}”计分；说明建议移到偏差原因栏。',
      keep: '实际完成值“{{text}}”中夹着说明“{{explanation}}”。完成值按“{{value}}”计分；说明请写在偏差原因栏，完成值栏只填数值。',
    },
  },
  run({ table, report }) {
    for (const { indicator, role, cell, problem } of problemsOf(table, 'explanation')) {
      if (role !== 'actual') continue;
      const data = { text: cell.text.trim(), explanation: problem.explanation, value: problem.value };
      const reason = indicator.reason;
      // Moved only into an empty reason cell: never over what the user wrote there, and never dropped for want of one.
      const fix: Fix | null =
        reason && !reason.text.trim()
          ? { ...editOf(cell, problem.value, false), also: [{ cell: reason.cell, from: reason.text, to: problem.explanation }] }
          : null;
      report({ cell: cell.cell, messageId: fix ? 'toReason' : 'keep', data, fix });
    }
  },
});
