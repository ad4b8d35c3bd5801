// 2020 and 2021 framework signals in one table (成本指标 both as a 一级 and as a 二级 under 产出, or 经济成本指标 under 产出).
import { defineCheck } from '../check';
import { COST_LEVEL2 } from '../framework';

export default defineCheck({
  id: 'framework-mixture',
  meta: {
    category: 'structure',
    severity: 'warning',
    fix: null,
    description: '同一张表混用了2020年与2021年两套指标体系',
    docs: {
      why: '2020年体系把成本指标作为产出指标下的二级指标，2021年体系把成本指标升为一级指标。两套混用，成本指标在表中出现两种位置，层级和权重都难以核对。',
      basis: '财预〔2020〕10号附件与财预〔2021〕101号是两套指标体系，同一张表应只用其中一套。',
      domain: ['§2', '§7 #4'],
    },
    messages: {
      mixed: '本表同时使用了2020年体系（成本指标为产出指标下的二级）和2021年体系（成本指标为一级）。请统一为一套指标体系。',
    },
  },
  run({ table, report }) {
    if (table.framework !== 'mixed') return;
    const signal = table.indicators.find((i) => i.level2.canonical !== null && COST_LEVEL2.includes(i.level2.canonical)) ?? table.indicators[0];
    report({ cell: signal.level2.cell || signal.level1.cell, messageId: 'mixed' });
  },
});
