// A 指标值 with no 三级 name beside it: 指标内容 left empty (湖南 宁乡), or a table without a 三级 column at all
// (浙江 临海: 指标类型 | 指标名称 holding 数量指标 … | 指标值).
import { defineCheck } from '../check';

export default defineCheck({
  id: 'missing-name',
  meta: {
    category: 'structure',
    severity: 'warning',
    fix: null,
    description: '指标值没有对应的三级指标名称',
    messages: {
      missing: '{{level2}}的指标值“{{text}}”没有三级指标名称，看不出考核的是什么。请写明具体指标（如“培训人数”“验收合格率”）。',
      noColumn: '本表没有三级指标栏：{{level2}}的指标值“{{text}}”没有具体指标名称。请按“一级—二级—三级”填写具体指标。',
    },
  },
  run({ table, report }) {
    const hasLevel3Column = table.blocks.some((b) => b.columns.level3 !== undefined);
    for (const indicator of table.indicators) {
      const { target, level3, level2 } = indicator;
      if (!target || target.value.kind === 'empty') continue;
      const data = { level2: level2.text || '本行', text: target.text.trim() };
      if (hasLevel3Column && level3 && !level3.text.trim()) report({ cell: level3.cell, messageId: 'missing', data });
      else if (!hasLevel3Column && level2.cell) report({ cell: level2.cell, messageId: 'noColumn', data });
    }
  },
});
