// A range whose separator was lost ("90100" for 90-100, seed 002).
import { defineCheck } from '../check';
import { editOf, problemsOf, ROLE_LABEL } from './helpers';

export default defineCheck({
  id: 'lost-range-separator',
  meta: {
    category: 'value-format',
    severity: 'error',
    fix: 'review',
    description: '区间值丢失了分隔符（如“90100”应为“90-100”）',
    docs: {
      why: '“90100”多半是区间“90-100”丢了连接号，照字面读却是九万零一百。确认之前这一项不参与计算，以免算出荒唐的完成率。',
      basis: '区间按下限考核（“90-100”视为“≥90%”）；五位数、后三位为100、前两位在50至99之间时，视为区间丢失了分隔符（本工具的规则）。',
      domain: ['§3.5', '§7 #15'],
    },
    messages: {
      lostSeparator: '{{role}}“{{text}}”疑似区间“{{lower}}-100”丢失了分隔符，按区间下限应写为“{{suggestion}}”。请核实后修改；确认前不参与计算。',
    },
  },
  run({ table, report }) {
    for (const { role, cell, problem } of problemsOf(table, 'lost-range-separator')) {
      report({
        cell: cell.cell,
        messageId: 'lostSeparator',
        data: { role: ROLE_LABEL[role], text: cell.text.trim(), lower: problem.lower, suggestion: problem.suggestion },
        fix: editOf(cell, problem.suggestion, false),
      });
    }
  },
});
