// An indicator named without a 指标值 (河北 宁晋 规章制度, 陕西 陈仓 区域目标, digits lost in a capture).
import { defineCheck } from '../check';
import type { Indicator, IndicatorTable } from '../layout';
import { label } from './helpers';

const hasTarget = (indicator: Indicator) => indicator.target !== null && indicator.target.value.kind !== 'empty';

/**
 * The rows whose 指标值 is owed: named rows of a block with a target column. A twin table's 长期/中期 block that is
 * empty throughout is left alone (DOMAIN §1.2: the first block may be empty), as long as another block has values.
 */
function rowsOwingTarget(table: IndicatorTable): Indicator[] {
  const periods = new Set(table.indicators.filter(hasTarget).map((i) => i.period));
  const twin = table.blocks.length > 1;
  return table.indicators.filter((i) => i.target !== null && i.level3?.text.trim() && (!twin || periods.has(i.period)));
}

export default defineCheck({
  id: 'missing-target',
  meta: {
    category: 'value-format',
    severity: 'error',
    fix: null,
    description: '指标值未填写',
    docs: {
      why: '没有指标值，这项指标既不能考核，也不能计分。',
      basis: '绩效目标应指向明确、细化量化（财预〔2015〕88号），每项三级指标都要有可考核的指标值。',
      domain: ['§1.2', '§3.1'],
    },
    messages: {
      missing: '“{{name}}”没有填写指标值。请填写可考核的目标值（如“≥95%”“≥100人”“11月底前”）。',
    },
  },
  run({ table, report }) {
    for (const indicator of rowsOwingTarget(table)) {
      if (!hasTarget(indicator)) report({ cell: indicator.target!.cell, messageId: 'missing', data: { name: label(indicator) } });
    }
  },
});
