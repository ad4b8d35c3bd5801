// An actual copied from the target with its operator ("≥90%" as 实际完成值, seed 004 目标5, 9, 10), also where OCR
// turned the operator into a look-alike ("290%" on a 合格率, "^80%", "工5%", "5=50%", 宁夏 原州).
import { defineCheck } from '../check';
import { editOf, houseStyle } from './helpers';
import { ocrReading } from './ocr-operator';

export default defineCheck({
  id: 'actual-has-operator',
  meta: {
    category: 'actual',
    severity: 'warning',
    fix: 'review',
    description: '实际完成值带有运算符，或带有被误识别的运算符',
    docs: {
      why: '实际完成值应是实际达到的一个确定结果。带“≥”等运算符的完成值多是照抄了指标值，看不出实际完成了多少，完成率和得分也就无从计算；开头被识别错的符号（如“290%”中的“2”）同样会让数值读错。',
      basis: '自评表的“实际完成值”填写实际完成情况，定量指标按完成值与指标值之比计分（财预〔2020〕10号附件自评表）；运算符只属于指标值。',
      domain: ['§3.7', '§5.2', '§7 #39'],
    },
    messages: {
      withOperator: '实际完成值“{{text}}”带有运算符，像是照抄了指标值。请填写实际达到的数值，如“{{suggestion}}”。',
      withOcrOperator: '实际完成值“{{text}}”开头的“{{glyph}}”像是被误识别的运算符（如“≥”）。实际完成值不带运算符，请填写实际达到的数值，如“{{suggestion}}”。',
    },
  },
  run({ table, settings, report }) {
    for (const indicator of table.indicators) {
      const actual = indicator.actual;
      const value = actual?.value;
      if (!actual || !value) continue;
      if (value.operator) {
        if (value.kind === 'deadline' || value.amountText === null) continue;
        const suggestion = houseStyle(indicator, value, null, settings);
        report({ cell: actual.cell, messageId: 'withOperator', data: { text: actual.text.trim(), suggestion }, fix: editOf(actual, suggestion, false) });
        continue;
      }
      // Read only where the literal value is impossible (ocr-operator says which glyph and why); a suggestion, never safe.
      const reading = ocrReading(indicator, 'actual');
      if (!reading) continue;
      report({
        cell: actual.cell,
        messageId: 'withOcrOperator',
        data: { text: actual.text.trim(), glyph: reading.glyph, suggestion: reading.rest },
        fix: editOf(actual, reading.rest, false),
      });
    }
  },
});
