// One 一级's rows are not contiguous (PE4 writes 一级 on every row, in any order).
import { defineCheck } from '../check';
import { periodGroups } from './helpers';

export default defineCheck({
  id: 'level-order',
  meta: {
    category: 'structure',
    severity: 'info',
    fix: null,
    description: '同一一级指标的行不相邻',
    docs: {
      why: '同一个一级指标的行分散在表中几处，审核时不易看全，分值合计也容易算漏。',
      basis: '指标表按“一级—二级—三级”层级排列（本工具的规则；四川等地模板每行都写一级指标，行序可能被打乱）。',
      domain: ['§1.2', '§7 #8'],
    },
    messages: {
      split: '一级指标“{{level1}}”的指标分散在表中多处（再次出现于此）。建议把同一一级指标的行排在一起。',
    },
  },
  run({ table, report }) {
    for (const { indicators } of periodGroups(table)) {
      const closed = new Set<string>();
      let current: string | null = null;
      for (const indicator of indicators) {
        const level1 = indicator.level1.canonical;
        if (!level1 || level1 === current) continue;
        if (closed.has(level1)) report({ cell: indicator.level1.cell, messageId: 'split', data: { level1 } });
        if (current) closed.add(current);
        current = level1;
      }
    }
  },
});
