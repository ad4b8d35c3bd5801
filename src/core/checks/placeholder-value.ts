// A template placeholder left in a value (**, XX, ××, ___).
import { defineCheck } from '../check';
import { problemsOf, ROLE_LABEL } from './helpers';

export default defineCheck({
  id: 'placeholder-value',
  meta: {
    category: 'value-format',
    severity: 'error',
    fix: null,
    description: '指标值中留有模板占位符',
    messages: {
      placeholder: '{{role}}“{{text}}”中留有占位符“{{placeholder}}”。请填写实际数值。',
    },
  },
  run({ table, report }) {
    for (const { role, cell, problem } of problemsOf(table, 'placeholder')) {
      report({ cell: cell.cell, messageId: 'placeholder', data: { role: ROLE_LABEL[role], text: cell.text.trim(), placeholder: problem.placeholder } });
    }
  },
});
