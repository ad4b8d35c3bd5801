// The operator contradicts what the indicator measures: a cost with ≥ (seed 004 "≥15万"), a count with ≤ (W).
import { classify, declaredDirection, expectedOperator, type IndicatorClass } from '../classify';
import { defineCheck, type Severity } from '../check';
import { editOf, label, withOperator } from './helpers';

/** How sure the contradiction is (DOMAIN §4): a count with ≤ may be a deliberate cap. */
const SEVERITY: Partial<Record<IndicatorClass, Severity>> = {
  cost: 'error', 'bad-event': 'error', satisfaction: 'error', rate: 'error', deadline: 'warning', count: 'warning', money: 'warning',
};

type MessageId = 'cost' | 'badEvent' | 'satisfaction' | 'rate' | 'deadline' | 'count' | 'money' | 'directionColumn';
const MESSAGE: Partial<Record<IndicatorClass, MessageId>> = {
  cost: 'cost', 'bad-event': 'badEvent', satisfaction: 'satisfaction', rate: 'rate', deadline: 'deadline', count: 'count', money: 'money',
};

export default defineCheck({
  id: 'operator-direction',
  meta: {
    category: 'operator',
    severity: 'error',
    fix: 'review',
    description: '运算符方向与指标性质相反',
    messages: {
      cost: '成本指标“{{name}}”应设上限（≤），当前为“{{text}}”，建议改为“{{suggestion}}”。',
      badEvent: '“{{name}}”是越少越好的指标，应使用“≤”，当前为“{{text}}”，建议改为“{{suggestion}}”。',
      satisfaction: '满意度指标“{{name}}”应设下限（≥），当前为“{{text}}”，建议改为“{{suggestion}}”。',
      rate: '比率指标“{{name}}”通常应设下限（≥），当前为“{{text}}”，建议改为“{{suggestion}}”。',
      deadline: '时限指标“{{name}}”通常应使用“≤”（不晚于），当前为“{{text}}”，建议改为“{{suggestion}}”。',
      count: '数量指标“{{name}}”通常应设下限（≥），当前为“{{text}}”。如确为上限请忽略，否则建议改为“{{suggestion}}”。',
      money: '资金类指标“{{name}}”通常应设上限（≤），当前为“{{text}}”，建议改为“{{suggestion}}”。',
      directionColumn: '“{{name}}”的指标方向性为“{{direction}}”，与指标值“{{text}}”的运算符矛盾，建议改为“{{suggestion}}”。',
    },
  },
  run({ table, settings, report }) {
    for (const indicator of table.indicators) {
      const target = indicator.target;
      const value = target?.value;
      if (!target || !value?.operator || value.operator === '=' || value.kind === 'deadline' || value.amountText === null) continue;
      const cls = classify(indicator);
      const declared = declaredDirection(indicator) !== null;
      const expected = expectedOperator(indicator);
      if (expected === null) continue;
      const isLowerBound = value.operator === '≥' || value.operator === '>';
      if ((expected === '≥') === isLowerBound) continue;
      // A flipped cost in 万 is also written out in full (万元), as the JSON contract's example shows.
      const unit = cls === 'cost' && value.unit === '万' ? '万元' : value.unit;
      const suggestion = withOperator(value, expected, settings, unit);
      report({
        cell: target.cell,
        // A conflict with the declared 指标方向性 is always an error (DOMAIN §4).
        messageId: declared ? 'directionColumn' : MESSAGE[cls]!,
        severity: declared ? 'error' : SEVERITY[cls],
        data: { name: label(indicator), text: target.text.trim(), suggestion, direction: indicator.direction?.text.trim() ?? '' },
        fix: editOf(target, suggestion, false),
      });
    }
  },
});
