// "≥100%" on a rate that cannot exceed 100% means ＝100% (seed 004, PE3); above 100% is a corrupted value.
import { hasCeilingAt100, isBoundedRate } from '../classify';
import { defineCheck } from '../check';
import { editOf, houseStyle, label } from './helpers';

export default defineCheck({
  id: 'percent-ceiling',
  meta: {
    category: 'value-format',
    severity: 'warning',
    fix: 'safe',
    description: '比率上限为100%，不能写“≥100%”或超过100%',
    docs: {
      why: '满意度、合格率、覆盖率等最高只能到100%，“≥100%”实际就是“＝100%”；超过100%的值一定是填错了。',
      basis: '满意度、合格率、覆盖率、及时率、到位率、发放率、参保率、保障率等比率不超过100%（本工具的规则）。增长率、执行率不在此列。',
      domain: ['§3.5', '§7 #19'],
    },
    messages: {
      atCeiling: '“{{name}}”最高只能达到100%，“{{text}}”实际含义是“{{suggestion}}”。建议改写。',
      aboveCeiling: '“{{name}}”最高只能达到100%，指标值“{{text}}”超过了上限。请核实数值。',
    },
  },
  run({ table, settings, report }) {
    for (const indicator of table.indicators) {
      const target = indicator.target;
      const value = target?.value;
      if (!target || !value || value.kind !== 'percent' || !value.amount || (value.operator !== '≥' && value.operator !== '>')) continue;
      const above = value.amount.cmp(100);
      if (above < 0 || !hasCeilingAt100(indicator)) continue;
      const data = { name: label(indicator), text: target.text.trim() };
      if (above > 0) {
        report({ cell: target.cell, messageId: 'aboveCeiling', severity: 'error', data });
      } else {
        const suggestion = houseStyle(indicator, value, '=', settings);
        // Safe only where the 100% bound is certain and nothing but the operator changes.
        const safe = isBoundedRate(indicator) && !value.leadingText && value.note === null;
        report({ cell: target.cell, messageId: 'atCeiling', data: { ...data, suggestion }, fix: editOf(target, suggestion, safe) });
      }
    }
  },
});
