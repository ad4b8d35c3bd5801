// A comma followed by one or two digits, used as a decimal point ("≤2,53万", seed 004 目标7).
import { defineCheck } from '../check';
import { parseValue } from '../value/parse';
import { editOf, houseStyle, problemsOf, ROLE_LABEL } from './helpers';

export default defineCheck({
  id: 'decimal-comma',
  meta: {
    category: 'value-format',
    severity: 'error',
    fix: 'review',
    description: '用逗号代替了小数点',
    messages: {
      decimalComma: '{{role}}“{{text}}”中的逗号后只有{{digits}}位数字，疑似把小数点写成了逗号，应为“{{suggestion}}”。请核实后修改；确认前不参与计算。',
    },
  },
  run({ table, settings, report }) {
    for (const { indicator, role, cell, problem } of problemsOf(table, 'decimal-comma')) {
      const digits = /,(\d+)/u.exec(cell.value.normalised)?.[1].length ?? 0;
      // Written in house style as well (万 → 万元 under 成本), so that accepting it leaves nothing more to fix.
      const read = parseValue(problem.suggestion);
      const suggestion = read.amountText === null ? problem.suggestion : houseStyle(indicator, read, read.operator, settings);
      report({
        cell: cell.cell,
        messageId: 'decimalComma',
        data: { role: ROLE_LABEL[role], text: cell.text.trim(), suggestion, digits: String(digits) },
        fix: editOf(cell, suggestion, false),
      });
    }
  },
});
