// Chinese numerals where a number is expected ("每年一次", "一年一次", seed 004).
import { defineCheck } from '../check';
import { editOf, problemsOf, ROLE_LABEL } from './helpers';

export default defineCheck({
  id: 'value-in-words',
  meta: {
    category: 'value-format',
    severity: 'warning',
    fix: 'review',
    description: '用汉字写了数值',
    docs: {
      why: '“每年一次”这样用汉字写的数量无法参与计算，写成“1次/年”意思相同。',
      basis: '指标值用阿拉伯数字填写（本工具的规则）。',
      domain: ['§3.3', '§7 #20'],
    },
    messages: {
      words: '{{role}}“{{text}}”用汉字表示数量，无法计算。建议写为“{{suggestion}}”。',
    },
  },
  run({ table, report }) {
    for (const { role, cell, problem } of problemsOf(table, 'value-in-words')) {
      report({
        cell: cell.cell,
        messageId: 'words',
        data: { role: ROLE_LABEL[role], text: cell.text.trim(), suggestion: problem.suggestion },
        fix: editOf(cell, problem.suggestion, false),
      });
    }
  },
});
