// Units that disagree: 中期 vs 年度 twin (seed 003 元/人.年 vs 元/年), target vs actual, or the name's noun vs the unit.
import { COUNT_UNITS, nameOf } from '../classify';
import { defineCheck } from '../check';
import { twinPairs } from '../pairing';
import { comparableUnits } from '../units';
import { label } from './helpers';

const PEOPLE_UNITS = new Set(['人', '人次', '名', '万人', '万人次', '户']);

export default defineCheck({
  id: 'unit-mismatch',
  meta: {
    category: 'unit',
    severity: 'warning',
    fix: null,
    description: '计量单位前后不一致或与指标名称不符',
    messages: {
      twin: '年度指标“{{name}}”的单位“{{unit}}”与中期指标 {{otherCell}} 的单位“{{otherUnit}}”不一致，无法比较。请统一单位。',
      actual: '实际完成值“{{text}}”的单位“{{unit}}”与指标值的单位“{{otherUnit}}”不一致，无法计算完成率。请统一单位。',
      nameNoun: '指标“{{name}}”计的是人数，单位却是“{{unit}}”。请核对单位（如“人”“人次”）。',
    },
  },
  run({ table, report }) {
    for (const { midterm, annual } of twinPairs(table)) {
      const unit = annual.target!.value.unit;
      const otherUnit = midterm.target!.value.unit;
      if (unit && otherUnit && !comparableUnits(unit, otherUnit)) {
        report({ cell: annual.target!.cell, messageId: 'twin', data: { name: label(annual), unit, otherUnit, otherCell: midterm.target!.cell } });
      }
    }
    for (const indicator of table.indicators) {
      const unit = indicator.actual?.value.unit;
      const otherUnit = indicator.target?.value.unit;
      if (unit && otherUnit && !comparableUnits(unit, otherUnit)) {
        report({ cell: indicator.actual!.cell, messageId: 'actual', data: { text: indicator.actual!.text.trim(), unit, otherUnit } });
      }
      const targetUnit = indicator.target?.value.unit;
      if (targetUnit && /人数|人次/u.test(nameOf(indicator)) && COUNT_UNITS.has(targetUnit) && !PEOPLE_UNITS.has(targetUnit)) {
        report({ cell: indicator.target!.cell, messageId: 'nameNoun', data: { name: label(indicator), unit: targetUnit } });
      }
    }
  },
});
