// 中期 vs 年度 consistency (DOMAIN §6 rules 3–7): flows ≈ N × 年度, rates and unit costs equal, deadlines equal, funding.
import Decimal from 'decimal.js';
import { classify } from '../classify';
import { defineCheck, type Report } from '../check';
import { fundingOf, projectYears } from '../funding';
import { a1 } from '../grid';
import type { Indicator, IndicatorTable } from '../layout';
import { twinPairs, type TwinPair } from '../pairing';
import { comparableUnits, toBaseUnit } from '../units';
import { isPercentUnit } from '../value/parse';
import type { IndicatorValue } from '../value/types';
import { compact } from '../text';
import { label } from './helpers';

/** Relative difference allowed between 中期 and N × 年度 [product default]. */
export const FLOW_TOLERANCE = new Decimal('0.10');

function amountIn(value: IndicatorValue, unit: string): Decimal {
  return (value.unit && comparableUnits(value.unit, unit) ? toBaseUnit(value.amount!, value.unit) : null) ?? value.amount!;
}

/** Rates, percentages, satisfaction and per-unit amounts (元/人) are levels, never summed over years. */
function isLevel(indicator: Indicator): boolean {
  const { unit } = indicator.target!.value;
  const cls = classify(indicator);
  return cls === 'rate' || cls === 'satisfaction' || isPercentUnit(unit) || (unit ?? '').includes('/');
}

function percentOff(midterm: Decimal, expected: Decimal): string {
  return midterm.minus(expected).div(expected).times(100).toFixed(2, Decimal.ROUND_HALF_UP);
}

/** Pairs needed, all equal, before a 中期 block is called a copy of the 年度 block. */
const COPIED_PAIRS = 3;

function isCopied(pairs: TwinPair[]): boolean {
  const text = (indicator: Indicator) => compact(indicator.target?.text ?? '');
  const valued = pairs.filter(({ midterm, annual }) => text(midterm) !== '' || text(annual) !== '');
  return valued.length >= COPIED_PAIRS && valued.every(({ midterm, annual }) => text(midterm) === text(annual));
}

type MessageId = 'flow' | 'smallerThanAnnual' | 'level' | 'deadline' | 'operator' | 'copied' | 'copiedTable' | 'funding';

/** DOMAIN §6 rules 3–6, pair by pair. */
function comparePairs(pairs: TwinPair[], years: number | null, report: (r: Report<MessageId>) => void): void {
  for (const { midterm, annual } of pairs) {
    const m = midterm.target!.value;
    const a = annual.target!.value;
    const data = { name: label(annual), midterm: midterm.target!.text.trim(), annual: annual.target!.text.trim() };
    const cell = annual.target!.cell;
    if (m.kind === 'deadline' && a.kind === 'deadline') {
      const same = m.deadline!.month === a.deadline!.month && m.deadline!.day === a.deadline!.day;
      if (!same) report({ cell, messageId: 'deadline', data });
      continue;
    }
    if (!m.amount || !a.amount || !['quantity', 'percent'].includes(m.kind) || !['quantity', 'percent'].includes(a.kind)) continue;
    if (m.operator && a.operator && m.operator !== a.operator) {
      report({ cell, messageId: 'operator', data });
      continue;
    }
    const mAmount = amountIn(m, a.unit ?? '');
    const aAmount = amountIn(a, a.unit ?? '');
    if (isLevel(annual) || isLevel(midterm)) {
      if (!mAmount.eq(aAmount)) report({ cell, messageId: 'level', data });
      continue;
    }
    if (mAmount.lt(aAmount)) {
      report({ cell, messageId: 'smallerThanAnnual', data });
      continue;
    }
    if (years === null || mAmount.eq(aAmount)) continue;
    const expected = aAmount.times(years);
    if (mAmount.minus(expected).abs().gt(expected.times(FLOW_TOLERANCE))) {
      report({ cell, messageId: 'flow', data: { ...data, years: String(years), expected: expected.toString(), percent: percentOff(mAmount, expected) } });
    }
  }
}

/**
 * A 年度 table stacked under the 长期/中期 table of the same form, equal to it row for row in 二级, 三级 and 指标值
 * (湖南 宁乡 captions them 长期绩效指标 and 年度绩效指标): copied, not set for its own period. Two projects' tables
 * may well be alike (seed 002); only the captions' periods make one a copy of the other.
 */
function isCopyOf(table: IndicatorTable, previous: IndicatorTable): boolean {
  if (!/长期|中期/u.test(previous.caption ?? '') || !/年度/u.test(table.caption ?? '')) return false;
  const rowsOf = (t: IndicatorTable) =>
    t.indicators
      .filter((i) => i.target && i.target.value.kind !== 'empty')
      .map((i) => `${i.level2.canonical ?? ''}|${compact(i.level3?.text ?? '')}|${compact(i.target!.text)}`);
  const mine = rowsOf(table);
  const theirs = rowsOf(previous);
  return (
    table.blocks.length === 1 && previous.blocks.length === 1 && mine.length >= COPIED_PAIRS && mine.join('\n') === theirs.slice(0, mine.length).join('\n')
  );
}

export default defineCheck<MessageId>({
  id: 'midterm-annual-mismatch',
  meta: {
    category: 'consistency',
    severity: 'warning',
    fix: null,
    description: '中期目标与年度目标不一致',
    docs: {
      why: '中期目标覆盖整个项目期，年度目标是其中的一年：数量和资金应约为年度的N倍，比率、单价和时限应与年度相同。相差太多，说明其中一处填错，或两者没有对应起来。',
      basis: '中长期目标与年度目标分别设定（财预〔2015〕88号），中期按三年滚动的中期财政规划编制。相差10%以内视为一致（本工具的规则）。',
      domain: ['§6', '§7 #31'],
    },
    messages: {
      flow: '中期指标“{{name}}”为“{{midterm}}”，约为年度指标“{{annual}}”的{{years}}倍应是{{expected}}，相差{{percent}}%。请核对中期与年度目标。',
      smallerThanAnnual: '中期指标“{{name}}”（{{midterm}}）小于年度指标（{{annual}}）。中期目标应不少于年度目标。',
      level: '“{{name}}”是比率或单位标准，中期“{{midterm}}”与年度“{{annual}}”应一致。请核对。',
      deadline: '时限指标“{{name}}”中期为“{{midterm}}”，年度为“{{annual}}”，两者应一致。',
      operator: '“{{name}}”中期为“{{midterm}}”、年度为“{{annual}}”，运算符不一致。请统一。',
      copied: '中期指标与年度指标逐项相同：“{{name}}”中期为“{{midterm}}”，与一年的目标一样。中期目标应覆盖整个中期（通常三年），请按中期规划填写。',
      copiedTable: '本表与上方的表（{{range}}）逐项相同：长期（中期）目标与年度目标不应照抄。请按各自的期限填写指标值。',
      funding: '中期资金来源{{midterm}}元，约为年度资金来源{{annual}}元的{{years}}倍应是{{expected}}元，相差{{percent}}%。请核对资金来源。',
    },
  },
  run({ table, tables, report }) {
    const previous = tables[tables.indexOf(table) - 1];
    if (previous && isCopyOf(table, previous)) report({ cell: a1(table.top, table.left), messageId: 'copiedTable', data: { range: previous.range } });
    if (!table.blocks.some((b) => b.period === 'midterm')) return;
    const years = projectYears(table);
    const pairs = twinPairs(table);
    if (isCopied(pairs)) {
      // DOMAIN §6 rule 3 lets 中期 = 年度 pass as a stock; a whole block equal value for value is a copy (安徽 六安,
      // 广东 东莞), and its amounts are the ones that cannot be right. Said on the 中期 cells.
      const flows = pairs.filter(
        ({ midterm, annual }) => midterm.target!.value.kind === 'quantity' && midterm.target!.value.amount !== null && !isLevel(annual),
      );
      for (const { midterm, annual } of flows.length > 0 ? flows : pairs.slice(0, 1)) {
        report({ cell: midterm.target!.cell, messageId: 'copied', data: { name: label(annual), midterm: midterm.target!.text.trim() } });
      }
    } else {
      comparePairs(pairs, years, report);
    }
    const midtermFunding = fundingOf(table, 'midterm');
    const annualFunding = fundingOf(table, 'annual');
    if (years !== null && midtermFunding && annualFunding && annualFunding.amount.gt(0)) {
      const expected = annualFunding.amount.times(years);
      if (midtermFunding.amount.minus(expected).abs().gt(expected.times(FLOW_TOLERANCE))) {
        report({
          cell: midtermFunding.cell.cell,
          messageId: 'funding',
          data: {
            midterm: midtermFunding.amount.toString(),
            annual: annualFunding.amount.toString(),
            years: String(years),
            expected: expected.toString(),
            percent: percentOff(midtermFunding.amount, expected),
          },
        });
      }
    }
  },
});
