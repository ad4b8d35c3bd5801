// An operator read as a look-alike: "292%" for "≥92%" (PE1), or a stray glyph before the number.
import { classify, hasCeilingAt100 } from '../classify';
import { defineCheck } from '../check';
import type { Indicator } from '../layout';
import { problemsOf, ROLE_LABEL, withOperator } from './helpers';

/** A percent with no operator, starting with 2, whose literal reading breaks the 100% bound. */
function isLeadingTwoForGe(indicator: Indicator): boolean {
  const value = indicator.target?.value;
  if (!value || value.kind !== 'percent' || value.operator !== null || !value.amountText || !value.amount) return false;
  const cls = classify(indicator);
  return (cls === 'rate' || cls === 'satisfaction') && hasCeilingAt100(indicator) && /^2\d/u.test(value.amountText) && value.amount.gt(100);
}

export default defineCheck({
  id: 'ocr-operator',
  meta: {
    category: 'value-format',
    severity: 'error',
    fix: 'review',
    description: '运算符被误识别为数字或其他字符',
    messages: {
      leadingTwo: '指标值“{{text}}”超过了100%，开头的“2”疑似是“≥”被误识别，应为“{{suggestion}}”。请核实后修改。',
      leadingTwoPossible: '指标值“{{text}}”以“2”开头且没有运算符，请确认开头的“2”不是误识别的“≥”。',
      lookAlike: '{{role}}“{{text}}”开头的“{{glyph}}”不是有效的运算符。请改为≥、≤或＝。',
    },
  },
  run({ table, settings, report }) {
    const suspects = table.indicators.filter(isLeadingTwoForGe);
    for (const indicator of suspects) {
      const { cell, text, value } = indicator.target!;
      const suggestion = withOperator({ ...value, amountText: value.amountText!.slice(1) }, '≥', settings);
      report({ cell, messageId: 'leadingTwo', data: { text: text.trim(), suggestion }, fix: { cell, from: text, to: suggestion, safe: false } });
    }
    if (suspects.length > 0) {
      // Once the table shows the corruption, other operator-less values starting with 2 deserve a look.
      for (const indicator of table.indicators) {
        const value = indicator.target?.value;
        if (suspects.includes(indicator) || !value || value.operator !== null || !/^2\d/u.test(value.amountText ?? '')) continue;
        report({ cell: indicator.target!.cell, messageId: 'leadingTwoPossible', severity: 'info', data: { text: indicator.target!.text.trim() } });
      }
    }
    for (const { role, cell, problem } of problemsOf(table, 'look-alike-operator')) {
      report({ cell: cell.cell, messageId: 'lookAlike', data: { role: ROLE_LABEL[role], text: cell.text.trim(), glyph: problem.glyph } });
    }
  },
});
