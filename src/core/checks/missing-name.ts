// A 指标值 with no 三级 name beside it: 指标内容 left empty (湖南 宁乡), a framework's level name written as the 三级
// (湖南 岳阳楼 社会成本指标), or a table without a 三级 column at all (浙江 临海: 指标类型 | 指标名称 holding 数量指标 …).
import { defineCheck } from '../check';
import { levelNamed } from '../framework';
import { compact } from '../text';

export default defineCheck({
  id: 'missing-name',
  meta: {
    category: 'structure',
    severity: 'warning',
    fix: null,
    description: '指标值没有对应的三级指标名称，或三级指标栏填的是一级、二级指标名称',
    docs: {
      why: '只有指标值、没有三级指标名称，看不出考核的是什么；三级指标栏填“数量指标”“社会成本指标”这样的体系名称，等于没有写具体指标。',
      basis: '指标按“一级—二级—三级”填写，三级指标写具体的考核内容（财政部指标体系）。',
      domain: ['§1.1', '§2'],
    },
    messages: {
      missing: '{{level2}}的指标值“{{text}}”没有三级指标名称，看不出考核的是什么。请写明具体指标（如“培训人数”“验收合格率”）。',
      levelName: '三级指标栏填的是指标体系中的名称“{{name}}”，不是具体指标。请写明考核的具体内容（如“单位成本控制率”“培训人数”）。',
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
      // Written as a level (…指标): "服务对象满意度" without 指标 is a measure, seed 002.
      else if (hasLevel3Column && level3 && compact(level3.text).endsWith('指标') && levelNamed(level3.text))
        report({ cell: level3.cell, messageId: 'levelName', data: { name: level3.text.trim() } });
      else if (!hasLevel3Column && level2.cell) report({ cell: level2.cell, messageId: 'noColumn', data });
    }
  },
});
