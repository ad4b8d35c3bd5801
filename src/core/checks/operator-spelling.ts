// An operator written in words or ASCII pairs (>=, 以上, 不低于 …); 以上/以下/以内 include the number (民法典 第一千二百五十九条).
// A tolerance "±3%以内" is ≤3% on the size of the deviation, suggested for confirmation.
import { defineCheck } from '../check';
import { formatValue } from '../value/format';
import { editOf, houseStyle, problemsOf, ROLE_LABEL } from './helpers';

export default defineCheck({
  id: 'operator-spelling',
  meta: {
    category: 'operator',
    severity: 'info',
    fix: 'safe',
    description: '运算符使用了文字或非规范写法',
    messages: {
      spelling: '{{role}}“{{text}}”中的“{{spelling}}”建议写成规范符号：“{{suggestion}}”。',
    },
  },
  run({ table, settings, report }) {
    for (const { indicator, role, cell, problem } of problemsOf(table, 'operator-spelling')) {
      const { value } = cell;
      const whole = (value.kind === 'quantity' || value.kind === 'percent') && value.amountText !== null;
      const suggestion = whole ? houseStyle(indicator, value, value.operator, settings) : formatValue(value, settings.operatorStyle);
      report({
        cell: cell.cell,
        messageId: 'spelling',
        data: { role: ROLE_LABEL[role], text: cell.text.trim(), spelling: problem.spelling, suggestion },
        // "±3%以内" → "≤3%" drops the sign of the deviation: right for an error rate, to be confirmed.
        fix: editOf(cell, suggestion, !problem.spelling.startsWith('±')),
      });
    }
  },
});
