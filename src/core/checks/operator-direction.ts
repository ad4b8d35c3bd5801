// The operator contradicts what the indicator measures: a cost with ≥ (seed 004 "≥15万"), a count with ≤ (W), a
// 反向 row or a cost written ＝ (内蒙古 乌海 "反向 | = | 1 | 万元", 四川 "成本预算 | = | 6 | 万元").
import { classify, declaredDirection, expectedOperator, MONEY_UNITS, type IndicatorClass } from '../classify';
import { defineCheck, type Settings, type Severity } from '../check';
import type { CellRef } from '../grid';
import type { Indicator } from '../layout';
import { operatorText } from '../value/format';
import { operatorOf, parseValue } from '../value/parse';
import type { IndicatorValue, Operator } from '../value/types';
import { editOf, houseStyle, label, withOperator } from './helpers';

/** How sure the contradiction is (DOMAIN §4): a count with ≤ may be a deliberate cap. */
const SEVERITY: Partial<Record<IndicatorClass, Severity>> = {
  cost: 'error',
  'bad-event': 'error',
  satisfaction: 'error',
  rate: 'error',
  deadline: 'warning',
  count: 'warning',
  money: 'warning',
};

type MessageId =
  'cost' | 'badEvent' | 'satisfaction' | 'rate' | 'deadline' | 'count' | 'money' | 'directionColumn' | 'equalReverse' | 'equalZeroReverse' | 'costEqual';
const MESSAGE: Partial<Record<IndicatorClass, MessageId>> = {
  cost: 'cost',
  'bad-event': 'badEvent',
  satisfaction: 'satisfaction',
  rate: 'rate',
  deadline: 'deadline',
  count: 'count',
  money: 'money',
};

/**
 * A cost that is a fixed standard rather than a budget: a unit price or a per-person or per-亩 amount ("人均补助标准 ＝
 * 1000元/人", "单价 ＝ 35元/株"). The 2021 template writes these ＝, and rightly: the policy fixes them.
 */
const FIXED_STANDARD = /标准|单价|定额|价格|人均|户均|亩均|单位成本/u;

/**
 * The cell the operator is written in when it is not the value's own: 指标性质 of split columns (四川 PE4), or the
 * 指标方向 column 内蒙古 乌海 writes it in (the reader swaps the two). Null when the value cell carries its operator.
 */
function operatorCell(indicator: Indicator): CellRef | null {
  const { nature, target } = indicator;
  if (!nature || !target || operatorOf(nature.text) === null) return null;
  return parseValue(target.text).operator === null ? nature : null;
}

/** What the row's value reads as, for messages: the cell's text, or 指标性质, 指标值 and 度量单位 read together. */
function shownText(indicator: Indicator, value: IndicatorValue, settings: Settings, split: boolean): string {
  return split ? withOperator(value, value.operator, settings) : indicator.target!.text.trim();
}

/** A ＝ that should be ≤: a row declared 反向, or a cost budget (not a fixed standard) with an amount of money. */
function equalForCap(indicator: Indicator, value: IndicatorValue): 'declared' | 'cost' | null {
  const declared = declaredDirection(indicator);
  if (declared === '≤') return 'declared';
  if (declared !== null || classify(indicator) !== 'cost') return null;
  if (value.unit === null || !MONEY_UNITS.has(value.unit) || !value.amount?.gt(0)) return null;
  return FIXED_STANDARD.test(indicator.name) ? null : 'cost';
}

export default defineCheck({
  id: 'operator-direction',
  meta: {
    category: 'operator',
    severity: 'error',
    fix: 'review',
    description: '运算符方向与指标性质或指标方向性相反，或反向指标、成本指标写成了“＝”',
    docs: {
      why: '运算符决定计分方向：成本写成“≥15万”，花得越多得分越高；满意度写成“≤”，越不满意越好。方向反了，计分结果也就反了。',
      basis: '正向指标用≥，反向指标用≤（地方自评表填表说明；预算管理一体化系统按计算符号区分正向和反向计分）；成本指标设上限。',
      domain: ['§4', '§5.2', '§7 #24'],
    },
    messages: {
      cost: '成本指标“{{name}}”应设上限（≤），当前为“{{text}}”，建议改为“{{suggestion}}”。',
      badEvent: '“{{name}}”是越少越好的指标，应使用“≤”，当前为“{{text}}”，建议改为“{{suggestion}}”。',
      satisfaction: '满意度指标“{{name}}”应设下限（≥），当前为“{{text}}”，建议改为“{{suggestion}}”。',
      rate: '比率指标“{{name}}”通常应设下限（≥），当前为“{{text}}”，建议改为“{{suggestion}}”。',
      deadline: '时限指标“{{name}}”通常应使用“≤”（不晚于），当前为“{{text}}”，建议改为“{{suggestion}}”。',
      count: '数量指标“{{name}}”通常应设下限（≥），当前为“{{text}}”。如确为上限请忽略，否则建议改为“{{suggestion}}”。',
      money: '资金类指标“{{name}}”通常应设上限（≤），当前为“{{text}}”，建议改为“{{suggestion}}”。',
      directionColumn: '“{{name}}”的指标方向性为“{{direction}}”，与指标值“{{text}}”的运算符矛盾，建议改为“{{suggestion}}”。',
      equalReverse: '“{{name}}”的指标方向性为“{{direction}}”（越低越好），指标值“{{text}}”却用了“＝”：按“＝”计分，低于目标反而扣分。建议改为“{{suggestion}}”。',
      equalZeroReverse:
        '“{{name}}”的指标方向性为“{{direction}}”，反向指标应使用“≤”。“{{text}}”与“{{suggestion}}”计分相同，建议写作“{{suggestion}}”，与方向一致。',
      costEqual:
        '成本指标“{{name}}”的指标值“{{text}}”用了“＝”：按“＝”计分，节约反而扣分、超支却不扣分。成本应设上限，建议改为“{{suggestion}}”。如是固定的单价或补助标准请忽略。',
    },
  },
  run({ table, settings, report }) {
    for (const indicator of table.indicators) {
      const target = indicator.target;
      const value = target?.value;
      if (!target || !value?.operator || value.kind === 'deadline' || value.amountText === null) continue;
      const cls = classify(indicator);
      const declared = declaredDirection(indicator) !== null;
      const opCell = operatorCell(indicator);
      const direction = indicator.direction?.text.trim() ?? '';
      /** The report and its fix: into 指标性质 when the operator is written there, else the whole value rewritten. */
      const flip = (expected: Operator, messageId: MessageId, severity: Severity | undefined) => {
        // A flipped cost in 万 is also written out in full (万元), as the JSON contract's example shows; in its own
        // 指标性质 cell only the operator is written.
        const suggestion = opCell ? withOperator(value, expected, settings) : houseStyle(indicator, value, expected, settings);
        report({
          cell: (opCell ?? target).cell,
          messageId,
          severity,
          data: { name: label(indicator), text: shownText(indicator, value, settings, opCell !== null), suggestion, direction },
          fix: opCell ? editOf(opCell, operatorText(expected, settings.operatorStyle), false) : editOf(target, suggestion, false),
        });
      };
      if (value.operator === '=') {
        // DOMAIN §4: 正向 ↔ ≥ / ＞ / ＝, 反向 ↔ ≤ / ＜; a count or a compulsory 100% written ＝ is a fixed quantity.
        const cap = equalForCap(indicator, value);
        if (cap === 'declared') {
          // ＝0 and ≤0 score alike (DOMAIN §5.2): only the writing disagrees with the direction.
          if (value.amount?.isZero()) flip('≤', 'equalZeroReverse', 'info');
          else flip('≤', 'equalReverse', 'warning');
        } else if (cap === 'cost') {
          flip('≤', 'costEqual', 'warning');
        }
        continue;
      }
      const expected = expectedOperator(indicator);
      if (expected === null) continue;
      const isLowerBound = value.operator === '≥' || value.operator === '>';
      if ((expected === '≥') === isLowerBound) continue;
      // A conflict with the declared 指标方向性 is always an error (DOMAIN §4).
      flip(expected, declared ? 'directionColumn' : MESSAGE[cls]!, declared ? 'error' : SEVERITY[cls]);
    }
  },
});
