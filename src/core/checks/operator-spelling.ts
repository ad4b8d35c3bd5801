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
    docs: {
      why: '“以上”“不低于”“>=”等写法意思明确，但计算和系统导入需要规范符号。“以上、以下、以内”包括本数，所以“98%以上”就是“≥98%”，改写不改变含义。',
      basis: '《民法典》第一千二百五十九条：“以上”“以下”“以内”包括本数，“不满”“超过”“以外”不包括本数。符号按预算管理一体化系统的写法。',
      domain: ['§3.2', '§3.8', '§7 #25'],
    },
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
