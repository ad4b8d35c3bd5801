// The 二级 or the name implies another kind of value: 时效 with a count, 数量 with a rate, 成本 with a rate or a word
// instead of an amount (成本控制率 100%, 湖北 黄石), a concept with a number.
import { COUNT_UNITS, nameOf } from '../classify';
import { COST_LEVEL2 } from '../framework';
import type { Indicator } from '../layout';
import { defineCheck } from '../check';
import { isPercentUnit } from '../value/parse';

/** Names of concepts that cannot be counted ("社会影响力", seed 002 table 8). */
const CONCEPT = /(影响力|影响|意识|氛围|形象|认可度?)$/u;

/**
 * A 成本 二级 as the framework names it. 广东's "预算(或投资规模)控制指标", read as 成本指标, holds execution rates by its
 * own definition: not judged here.
 */
function isCostProper(indicator: Indicator): boolean {
  const { canonical, match } = indicator.level2;
  return canonical !== null && COST_LEVEL2.includes(canonical) && match !== 'variant';
}

export default defineCheck({
  id: 'value-kind-mismatch',
  meta: {
    category: 'structure',
    severity: 'warning',
    fix: null,
    description: '指标值的类型与二级指标或指标名称不符',
    messages: {
      timelinessCount: '时效指标“{{name}}”的指标值“{{text}}”是数量。时效指标应写完成时限（如“11月底前”）或及时率（如“≥95%”）。',
      quantityRate: '数量指标“{{name}}”的指标值“{{text}}”是百分比。请改为可计数的数量，或将该指标移到质量指标下。',
      costNotMoney: '成本指标“{{name}}”的指标值“{{text}}”不是金额。成本指标应写成本或费用的金额上限（如“≤20万元”），比率请移到质量或时效指标下。',
      conceptNumber: '“{{name}}”是难以计量的概念，却填写了数值“{{text}}”。请改用可计量的指标（如知晓率、受益人数）或定性描述。',
    },
  },
  run({ table, report }) {
    for (const indicator of table.indicators) {
      const target = indicator.target;
      if (!target || target.value.kind === 'empty') continue;
      const { value } = target;
      const data = { name: nameOf(indicator), text: target.text.trim() };
      const level2 = indicator.level2.canonical;
      if (level2 === '时效指标' && value.unit !== null && COUNT_UNITS.has(value.unit)) {
        report({ cell: target.cell, messageId: 'timelinessCount', data });
      } else if (level2 === '数量指标' && isPercentUnit(value.unit)) {
        report({ cell: target.cell, messageId: 'quantityRate', data });
      } else if (isCostProper(indicator) && (isPercentUnit(value.unit) || value.kind === 'qualitative')) {
        report({ cell: target.cell, messageId: 'costNotMoney', data });
      } else if (CONCEPT.test(data.name) && /\d/u.test(value.normalised)) {
        report({ cell: target.cell, messageId: 'conceptNumber', data });
      }
    }
  },
});
