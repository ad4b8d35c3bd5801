// Weights that do not add up (DOMAIN §5.1): rows vs a 一级's printed weight, all weights vs 100; derived weights noted;
// rows whose 分值 is blank or not a number, which weigh 0.
import Decimal from 'decimal.js';
import { defineCheck } from '../check';
import { a1 } from '../grid';
import { DEFAULT_SHARES, weightIn } from '../evaluate';
import { label } from './helpers';

export default defineCheck({
  id: 'weights-sum',
  meta: {
    category: 'consistency',
    severity: 'warning',
    fix: null,
    description: '分值（权重）合计不符',
    messages: {
      derived: '表中没有分值列，按产出50、效益30、满意度10、预算执行10分平均分配到各项指标，精确到0.01分，除不尽的余数依次加给靠前的指标（可在表中补充分值后重新计算）。',
      level1: '一级指标“{{level1}}”标明{{printed}}分，其下各项分值合计{{sum}}分，请核对。',
      total: '各项分值合计{{sum}}分{{budget}}，不等于100分，请核对。得分将按100分折算。',
      shares: '各一级指标分值为{{shares}}，与国家建议的产出50、效益30、满意度10、预算执行10不同，请确认。',
      missing: '“{{name}}”没有分值，按0分计，不计入总分。请补填分值；不适用的填“/”。',
      unreadable: '“{{name}}”的分值“{{text}}”不是分数，按0分计，不计入总分。请改为数字，如“10”。',
    },
  },
  run({ table, tables, evaluation, report }) {
    if (!evaluation || table !== tables.find((t) => t.kind === 'self-evaluation')) return;
    const cell = a1(table.top, table.left);
    if (evaluation.weightsDerived) {
      report({ cell, messageId: 'derived', severity: 'info' });
      return;
    }
    // Weight null is "/" (not applicable); 0 from a blank or unreadable cell, unless 0 is what was written.
    for (const { indicator, weight } of evaluation.rows) {
      if (weight === null || !weight.isZero()) continue;
      const written = indicator.weight?.text.trim() ?? '';
      // Scored rows all have a target; a table without a 分值 column is told at the row's name.
      const at = (indicator.weight ?? indicator.level3 ?? indicator.target!).cell;
      if (written === '') report({ cell: at, messageId: 'missing', data: { name: label(indicator) } });
      else if (weightIn(indicator.weight) === null) report({ cell: at, messageId: 'unreadable', data: { name: label(indicator), text: written } });
    }
    const sums = new Map<string, Decimal>();
    for (const row of evaluation.rows) if (row.level1 && row.weight) sums.set(row.level1, (sums.get(row.level1) ?? new Decimal(0)).plus(row.weight));
    const printedSeen = new Set<string>();
    for (const row of evaluation.rows) {
      const { printedWeight, sourceCell, canonical } = row.indicator.level1;
      if (!printedWeight || !canonical || !sourceCell || printedSeen.has(sourceCell)) continue;
      printedSeen.add(sourceCell);
      const sum = sums.get(canonical) ?? new Decimal(0);
      if (!sum.eq(printedWeight)) report({ cell: sourceCell, messageId: 'level1', data: { level1: canonical, printed: printedWeight, sum: sum.toString() } });
    }
    if (!evaluation.weightSum.toDecimalPlaces(8).eq(100)) {
      const budget = evaluation.budget ? `（含预算执行${evaluation.budget.weight}分）` : '';
      report({ cell, messageId: 'total', data: { sum: evaluation.weightSum.toString(), budget } });
    } else {
      const shares = [...sums].map(([level1, sum]) => [level1, sum.toNumber()] as const);
      const national = shares.every(([level1, sum]) => DEFAULT_SHARES[level1] === sum);
      if (!national) report({ cell, messageId: 'shares', severity: 'info', data: { shares: shares.map(([l, s]) => `${l}${s}`).join('、') } });
    }
  },
});
