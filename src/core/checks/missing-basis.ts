// [provincial: 河北] the 指标值确定依据 column is left empty.
import { defineCheck } from '../check';

export default defineCheck({
  id: 'missing-basis',
  meta: {
    category: 'structure',
    severity: 'info',
    fix: null,
    description: '指标值确定依据未填写',
    docs: {
      why: '指标值确定依据说明目标值是怎样定的（历史数据、计划标准、行业标准），审核时用来判断目标是否合理。',
      basis: '河北模板设有“指标值确定依据”栏。',
      domain: ['§1.2', '§7 #12'],
    },
    messages: {
      empty: '“指标值确定依据”一栏{{count}}行全部为空。请说明指标值的来源（如历史数据、计划标准、行业标准）。',
    },
  },
  run({ table, report }) {
    const cells = table.indicators.map((i) => i.basis).filter((b) => b !== null);
    if (cells.length > 0 && cells.every((b) => !b!.text.trim())) {
      report({ cell: cells[0]!.cell, messageId: 'empty', data: { count: String(cells.length) } });
    }
  },
});
