// A short or non-standard unit: 万 for 万元 on money (also in 万/月), 平方 for 平方米, Latin abbreviations, * for the ·
// of a compound (安徽 濉溪 "元/人*月"), and 人/次 ("per trip") where the name counts 人次 (内蒙古 乌海 "出差人次 | 24 |
// 人/次"). In split columns (四川, 内蒙古) the unit is corrected where it is written, in the 计量单位 cell.
import { defineCheck } from '../check';
import type { Indicator, ValueCell } from '../layout';
import { compact } from '../text';
import { editOf, label, ROLE_LABEL, VALUE_ROLES, withOperator } from './helpers';
import { respell } from '../classify';

const COLUMN_MESSAGE = { short: 'shortUnit', perTime: 'perTimeUnit', asterisk: 'asteriskUnit' } as const;

/** True when a value cell takes its unit from the row's 计量单位 cell rather than from its own text. */
function unitFromColumn(indicator: Indicator, cell: ValueCell, unit: string): boolean {
  return indicator.unit !== null && compact(indicator.unit.text) === unit && !compact(cell.text).endsWith(unit);
}

export default defineCheck({
  id: 'unit-spelling',
  meta: {
    category: 'unit',
    severity: 'info',
    fix: 'safe',
    description: '计量单位使用了简写或非规范写法（如“人/次”应为“人次”，“元/人*月”应为“元/人·月”）',
    docs: {
      why: '“万”“平方”等简写容易产生歧义，写全称（万元、平方米）便于汇总和换算；“人/次”意为每次多少人，与“人次”不同。',
      basis: '计量单位使用规范写法（本工具的规则）；只有不改变含义的改写（如成本指标中的“万”改为“万元”）才自动应用。',
      domain: ['§3.4', '§7 #28'],
    },
    messages: {
      short: '{{role}}“{{text}}”的单位“{{unit}}”是简写，建议写为“{{suggestion}}”。',
      asterisk: '{{role}}“{{text}}”的单位“{{unit}}”用“*”连接，复合单位应写“·”，建议写为“{{suggestion}}”。',
      asteriskUnit: '计量单位“{{unit}}”用“*”连接，复合单位应写“·”，建议写为“{{suggestion}}”。',
      shortUnit: '计量单位“{{unit}}”是简写，建议写为“{{suggestion}}”。',
      perTime: '{{role}}“{{text}}”的单位“{{unit}}”意为“每次多少{{what}}”，而“{{name}}”计的是{{counter}}，建议写为“{{suggestion}}”。',
      perTimeUnit: '计量单位“{{unit}}”意为“每次多少{{what}}”，而“{{name}}”计的是{{counter}}，建议写为“{{suggestion}}”。',
    },
  },
  run({ table, settings, report }) {
    for (const indicator of table.indicators) {
      let columnDone = false;
      for (const role of VALUE_ROLES) {
        const cell = indicator[role];
        const unit = cell?.value.unit;
        if (!cell || !unit || cell.value.amountText === null) continue;
        const respelling = respell(unit, indicator);
        if (!respelling) continue;
        const { full, safe, messageId } = respelling;
        const what = unit.slice(0, unit.indexOf('/'));
        const extra: Record<string, string> = messageId === 'perTime' ? { what, counter: full, name: label(indicator) } : {};
        if (unitFromColumn(indicator, cell, unit)) {
          // One 计量单位 cell serves the target and the actual: corrected once, where it is written.
          if (columnDone) continue;
          columnDone = true;
          const unitCell = indicator.unit!;
          report({
            cell: unitCell.cell,
            messageId: COLUMN_MESSAGE[messageId],
            data: { unit: unitCell.text.trim(), suggestion: full, ...extra },
            fix: editOf(unitCell, full, safe),
          });
          continue;
        }
        const suggestion = withOperator(cell.value, cell.value.operator, settings, full);
        report({
          cell: cell.cell,
          messageId,
          data: { role: ROLE_LABEL[role], text: cell.text.trim(), unit, suggestion, ...extra },
          fix: editOf(cell, suggestion, safe),
        });
      }
    }
  },
});
