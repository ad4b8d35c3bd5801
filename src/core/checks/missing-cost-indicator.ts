// A table with no 成本 indicator at all (seed 002, every table).
import { defineCheck } from '../check';
import { a1 } from '../grid';
import { COST_LEVEL2 } from '../framework';

export default defineCheck({
  id: 'missing-cost-indicator',
  meta: {
    category: 'structure',
    severity: 'warning',
    fix: null,
    description: '没有成本指标',
    docs: {
      why: '没有成本指标，就看不出花多少钱办成这些事，成本也就无从控制。',
      basis: '财预〔2021〕101号把成本指标列为一级指标；2020年体系中成本指标是产出指标下的二级指标。',
      domain: ['§2', '§7 #6'],
    },
    messages: {
      noCost: '本表没有成本指标。请补充成本指标（如项目支出金额、人均补助标准），并以“≤”设定上限。',
    },
  },
  run({ table, report }) {
    const hasCost = table.indicators.some(
      (i) => i.level1.canonical === '成本指标' || (i.level2.canonical !== null && COST_LEVEL2.includes(i.level2.canonical)),
    );
    if (!hasCost) report({ cell: a1(table.top, table.left), messageId: 'noCost' });
  },
});
