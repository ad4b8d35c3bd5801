// A self-evaluation row with a target and no 实际完成值 (seed 004 目标8 "≤28人").
import { defineCheck } from '../check';
import { label } from './helpers';

export default defineCheck({
  id: 'missing-actual',
  meta: {
    category: 'actual',
    severity: 'error',
    fix: null,
    description: '实际完成值未填写',
    messages: {
      missing: '“{{name}}”有指标值“{{target}}”，但实际完成值为空。请填写实际完成情况；确未开展的请说明原因。',
      allBlank: '本表{{count}}项指标的实际完成值全部为空。请填写实际完成情况后再自评。',
    },
  },
  run({ table, report }) {
    if (table.kind !== 'self-evaluation') return;
    const rows = table.indicators.filter((i) => i.target && i.target.value.kind !== 'empty' && i.actual);
    const blank = rows.filter((i) => i.actual!.value.kind === 'empty');
    if (blank.length === 0) return;
    if (blank.length === rows.length) {
      report({ cell: blank[0].actual!.cell, messageId: 'allBlank', severity: 'warning', data: { count: String(rows.length) } });
      return;
    }
    for (const indicator of blank) {
      report({ cell: indicator.actual!.cell, messageId: 'missing', data: { name: label(indicator), target: indicator.target!.text.trim() } });
    }
  },
});
