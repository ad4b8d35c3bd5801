// A number that does not parse; a trailing 。 after a value (seed 003 "69000人。") is only info, with a safe fix.
import { defineCheck } from '../check';
import { editOf, problemsOf, ROLE_LABEL } from './helpers';

export default defineCheck({
  id: 'malformed-number',
  meta: {
    category: 'value-format',
    severity: 'error',
    fix: 'safe',
    description: '数值无法识别，或末尾多了标点',
    messages: {
      malformed: '{{role}}“{{text}}”中的数字无法识别。请写成“≥90%”“≤465000元”这样的形式。',
      trailingPunctuation: '{{role}}“{{text}}”末尾多了“{{punctuation}}”。建议删去。',
    },
  },
  run({ table, report }) {
    for (const { role, cell } of problemsOf(table, 'malformed-number')) {
      report({ cell: cell.cell, messageId: 'malformed', data: { role: ROLE_LABEL[role], text: cell.text.trim() } });
    }
    for (const { role, cell, problem } of problemsOf(table, 'trailing-punctuation')) {
      report({
        cell: cell.cell,
        messageId: 'trailingPunctuation',
        severity: 'info',
        data: { role: ROLE_LABEL[role], text: cell.text.trim(), punctuation: problem.punctuation },
        fix: editOf(cell, problem.suggestion, true),
      });
    }
  },
});
