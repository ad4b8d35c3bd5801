// The money a table's info block declares: 中期/年度资金来源 (云南), 中期/年度资金总额 (安徽), 预算数 (河北), in 元.
import type Decimal from 'decimal.js';
import type { CellRef, IndicatorTable, Period } from './layout';
import { parseValue } from './value/parse';
import { toBaseUnit } from './units';

export interface Funding {
  cell: CellRef;
  /** In 元. */
  amount: Decimal;
  label: string;
}

const LABELS: Record<Period | 'single', RegExp> = {
  midterm: /^中期资金(来源|总额)/u,
  annual: /^年度资金(来源|总额)/u,
  single: /^预算数$/u,
};

/** The funding of one period of a table, if its info block states it with a known money unit. */
export function fundingOf(table: IndicatorTable, period: Period | null): Funding | null {
  const pattern = LABELS[period ?? 'single'];
  for (const [label, cell] of table.info) {
    if (!pattern.test(label)) continue;
    const value = parseValue(cell.text);
    const unit = /\((万元|元)\)$/u.exec(label)?.[1] ?? table.currency;
    if (value.kind !== 'quantity' || !value.amount || !unit) return null;
    const amount = toBaseUnit(value.amount, unit);
    return amount ? { cell, amount, label } : null;
  }
  return null;
}

/** Years covered by the 中期 block: a "3年"/"三年" prefix in its names, else 项目期 (经常性 / 延续性 → 3). */
export function projectYears(table: IndicatorTable): number | null {
  const digits: Record<string, number> = { 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 };
  for (const indicator of table.indicators) {
    if (indicator.period !== 'midterm') continue;
    const prefix = /^\s*([2-9]|[二两三四五])年/u.exec(indicator.level3?.text ?? '');
    if (prefix) return digits[prefix[1]] ?? Number(prefix[1]);
  }
  for (const [label, cell] of table.info) {
    if (!/^项目(期|属性)$/u.test(label)) continue;
    // "3年", not a year such as "2022年" (湖北 黄石 项目期 2022年 is one year's project).
    const years = /(?<!\d)(\d)年/u.exec(cell.text);
    if (years) return Number(years[1]);
    if (/经常性|延续性|持续性/u.test(cell.text)) return 3;
  }
  return null;
}
