// Rows with no 一级 at all — the cell blank and nothing above to inherit — in a table that has a 一级 column (四川 遂宁经开
// 区 prints no 产出指标 beside its 数量, 质量, 时效 and 成本 groups). A label written further down the same group, at the
// visual centre of its rows (湖北 黄石 产出指标 on the fifth 数量 row), names them: those rows are not reported.
import { placementOf } from '../classify';
import { defineCheck } from '../check';
import type { Indicator } from '../layout';

export default defineCheck({
  id: 'missing-level1',
  meta: {
    category: 'structure',
    severity: 'warning',
    fix: 'safe',
    description: '一级指标未填写',
    docs: {
      why: '没有一级指标的行不知道归入哪一类，分值和得分都无法归集。',
      basis: '由二级指标能唯一确定一级指标时，按财政部指标体系给出修正。',
      domain: ['§1.1', '§2'],
    },
    messages: {
      missing: '{{level2}}等{{count}}行没有一级指标。按二级指标，它们属于“{{level1}}”。请在一级指标栏填写“{{level1}}”。',
      unknown: '{{level2}}等{{count}}行没有一级指标，也无法从二级指标判断。请填写一级指标。',
    },
  },
  run({ table, report }) {
    if (!table.blocks.some((b) => b.columns.level1 !== undefined)) return;
    const rows = table.indicators.filter((i) => i.period === table.indicators[0]?.period);
    for (let start = 0; start < rows.length; start++) {
      if (rows[start].level1.source !== 'none') continue;
      let end = start;
      while (end + 1 < rows.length && rows[end + 1].level1.source === 'none') end++;
      const run: Indicator[] = rows.slice(start, end + 1);
      const placed = placementOf(table.framework, run[0]).level1;
      const labelledBelow = rows[end + 1]?.level1.source === 'own' && rows[end + 1].level1.canonical === placed;
      if (!labelledBelow) {
        const first = run[0].level1;
        const data = { level2: run[0].level2.text || '本表', count: String(run.length), level1: placed ?? '' };
        // Written into the first row only: the rows below inherit it. Not into a cell covered by a merge, nor into one
        // that may be (merges unknown).
        const fix = placed && !first.mergeRange && !table.mergesUnknown ? { cell: first.cell, from: '', to: placed, safe: true } : null;
        report({ cell: first.cell, messageId: placed ? 'missing' : 'unknown', data, fix });
      }
      start = end;
    }
  },
});
