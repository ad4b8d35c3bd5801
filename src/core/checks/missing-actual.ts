// A self-evaluation row with a target and no 实际完成值 (seed 004 目标8 "≤28人").
import { defineCheck } from '../check';
import type { CellRef } from '../grid';
import { label } from './helpers';

const hasText = (ref: CellRef | null) => ref !== null && ref.text.trim() !== '';

export default defineCheck({
  id: 'missing-actual',
  meta: {
    category: 'actual',
    severity: 'error',
    fix: null,
    description: '实际完成值未填写',
    docs: {
      why: '没有实际完成值，这一行无法计算完成率和得分，自评也就不完整。',
      basis: '自评表的每项指标都要填写实际完成值（财预〔2020〕10号附件自评表）。',
      domain: ['§1.3', '§5.6', '§7 #38'],
    },
    messages: {
      missing: '“{{name}}”有指标值“{{target}}”，但实际完成值为空。请填写实际完成情况；确未开展的请说明原因。',
      blank: '“{{name}}”的实际完成值为空（指标值也未填写）。请补齐指标值和实际完成情况。',
      allBlank: '本表{{count}}项指标的实际完成值全部为空。请填写实际完成情况后再自评。',
    },
  },
  run({ table, report }) {
    if (table.kind !== 'self-evaluation') return;
    // Named rows count too: a table whose targets were lost as well (digits missing) still has no actuals at all.
    const rows = table.indicators.filter((i) => i.actual && (hasText(i.target) || hasText(i.level3)));
    const blank = rows.filter((i) => i.actual!.value.kind === 'empty');
    if (blank.length === 0) return;
    if (blank.length === rows.length) {
      report({ cell: blank[0].actual!.cell, messageId: 'allBlank', severity: 'warning', data: { count: String(rows.length) } });
      return;
    }
    for (const indicator of blank) {
      const name = label(indicator);
      if (hasText(indicator.target)) report({ cell: indicator.actual!.cell, messageId: 'missing', data: { name, target: indicator.target!.text.trim() } });
      else report({ cell: indicator.actual!.cell, messageId: 'blank', data: { name } });
    }
  },
});
