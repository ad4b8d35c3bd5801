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
    docs: {
      why: '“2,53万”可能是2.53万，也可能是少了一位的千分位写法，两种读法相差百倍。本工具不替你猜，确认之前这一项不参与计算。',
      basis: '千分位逗号后必须是三位数字；逗号后只有一两位数字时视为疑似小数点，交由人工确认（本工具的规则：有歧义的值从不自动改正）。',
      domain: ['§0', '§3.3', '§7 #14'],
    },
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
