// A 二级 with no 三级 and no value, or a blank row inside a table (seed 004 目标1, 可持续影响 in 目标8–12).
import { defineCheck } from '../check';
import { a1, type CellRef } from '../grid';

const isBlank = (ref: CellRef | null) => !ref?.text.trim();

export default defineCheck({
  id: 'empty-level2',
  meta: {
    category: 'structure',
    severity: 'info',
    fix: null,
    description: '二级指标下没有三级指标和指标值，或表内有空行',
    docs: {
      why: '只有二级指标名称、没有三级指标和指标值的行，既不能考核也不能计分；表内的空行会打断表格，让后面的行被误读或漏读。',
      basis: '每个二级指标下应有具体的三级指标和指标值（财政部指标体系：一级—二级—三级）。',
      domain: ['§1.1', '§7 #7'],
    },
    messages: {
      emptyLevel2: '二级指标“{{level2}}”下没有三级指标和指标值。请补充指标，或删除这一行。',
      blankRow: '表内第{{row}}行是空行。请删除空行，或补充该行指标。',
    },
  },
  run({ table, report }) {
    for (const row of table.blankRows) report({ cell: a1(row, table.left), messageId: 'blankRow', data: { row: String(row + 1) } });
    for (const indicator of table.indicators) {
      if (indicator.level2.source === 'own' && isBlank(indicator.level3) && isBlank(indicator.target) && isBlank(indicator.actual)) {
        report({ cell: indicator.level2.cell, messageId: 'emptyLevel2', data: { level2: indicator.level2.text } });
      }
    }
  },
});
