// A sheet's self-evaluation (DOMAIN §5): weights, every row's completion rate and score, budget execution, total, grade.
import Decimal from 'decimal.js';
import type { BudgetBlock } from './budget';
import { expectedOperator, placementOf } from './classify';
import type { Settings } from './check';
import type { CellRef, Indicator, IndicatorTable } from './layout';
import {
  gradeOfTotal,
  round2,
  scoreIndicator,
  unscoredReason,
  ZERO,
  type Evaluation,
  type ReverseForm,
  type ScoringInput,
  type UnscoredReason,
} from './scoring';
import { parseValue } from './value/parse';
import type { IndicatorValue, Operator } from './value/types';

export interface RowEvaluation {
  table: IndicatorTable;
  indicator: Indicator;
  /** null: not applicable (分值 "/"), left out of the total. */
  weight: Decimal | null;
  evaluation: Evaluation | null;
  /** The 一级 the row is scored under: its 二级's only allowed parent, else its own (DOMAIN §7 #1). */
  level1: string | null;
  /** Why a row whose actual is written has no score; null when it has one (or has no actual yet). */
  unscored: UnscoredReason | null;
}

/** What the user is told of a row left unscored, by reason (the pane and `jixiao evaluate` list them by cell). */
export const UNSCORED_MESSAGE: Record<UnscoredReason, string> = {
  'unreadable-target': '指标值无法识别，未计分',
  'unreadable-actual': '实际完成值无法识别，未计分',
  'no-operator': '指标值没有运算符，也无法从指标判断方向，未计分',
  units: '实际完成值与指标值的单位无法换算，未计分',
  'deadline-actual': '时限指标的实际完成值不是日期，未计分',
  'no-grade': '实际完成值无法对应到“达成/部分达成/未达成”，未计分',
  'not-applicable': '分值为“/”，不适用，不计入总分',
};

export interface BudgetEvaluation {
  block: BudgetBlock;
  budget: Decimal;
  executed: Decimal;
  /** r_b, unrounded; null when the budget is 0, or the budget or spending is negative. */
  rate: Decimal | null;
  score: Decimal | null;
  weight: Decimal;
  /** False when only 年初预算 exists and is used in place of the adjusted budget (seed 004). */
  usedAdjusted: boolean;
}

export interface SheetEvaluation {
  rows: RowEvaluation[];
  /** The same rows per table, so that per-table work stays linear in the sheet's size. */
  rowsByTable: Map<IndicatorTable, RowEvaluation[]>;
  budget: BudgetEvaluation | null;
  /** Out of 100; rescaled when the applicable weights do not add up to 100. Null until some actual is filled in. */
  total: Decimal | null;
  grade: '优' | '良' | '中' | '差' | null;
  /** True when no 分值 column exists and the national defaults were spread over the rows. */
  weightsDerived: boolean;
  /** Σ applicable weights (budget included) before rescaling. */
  weightSum: Decimal;
}

/** [national] 10号 (M): 产出 50, 效益 30, 满意度 10, 预算执行率 10; 2021: 成本 shares 产出's 50 [product default]. */
export const DEFAULT_SHARES: Record<string, number> = { 产出指标: 50, 效益指标: 30, 满意度指标: 10 };
export const DEFAULT_BUDGET_WEIGHT = new Decimal(10);

function shareGroup(level1: string | null): string | null {
  return level1 === '成本指标' ? '产出指标' : level1;
}

/** A number written in a cell, or null ("/" and text are not numbers). */
export function amountIn(ref: CellRef | null): Decimal | null {
  if (!ref) return null;
  const value = parseValue(typeof ref.raw === 'number' ? ref.raw : ref.text);
  return value.kind === 'quantity' && value.unit === null ? value.amount : null;
}

/** Points written in a 分值 or 得分 cell: a number, or one written with 分 ("10分"); null when it is not one. */
export function pointsIn(ref: CellRef | null): Decimal | null {
  if (!ref) return null;
  const value = parseValue(typeof ref.raw === 'number' ? ref.raw : ref.text);
  return value.kind === 'quantity' && (value.unit === null || value.unit === '分') ? value.amount : null;
}

/** "/" in a 分值 cell: the row does not apply and leaves the total (DOMAIN §5.5). */
export const NOT_APPLICABLE = /^\s*\/\s*$/u;

/**
 * A 分值 or 权重: points, or a share of the 100 points ("10%", or 0.1 shown as 10%), as 权重 columns are often
 * written; null when the cell holds neither.
 */
export function weightIn(ref: CellRef | null): Decimal | null {
  if (!ref) return null;
  const value = parseValue(ref.text);
  return value.kind === 'percent' && value.upper === null ? value.amount : pointsIn(ref);
}

function weights(rows: { table: IndicatorTable; indicator: Indicator; level1: string | null }[]): { weights: (Decimal | null)[]; derived: boolean } {
  if (rows.some((r) => r.indicator.weight !== null)) {
    // A row without a readable 分值 weighs 0 (weights-sum says which): the total is the same as leaving it out.
    return { weights: rows.map((r) => (NOT_APPLICABLE.test(r.indicator.weight?.text ?? '') ? null : (weightIn(r.indicator.weight) ?? ZERO))), derived: false };
  }
  const counts = new Map<string, number>();
  for (const r of rows) {
    const group = shareGroup(r.level1);
    if (group) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  const split = new Map([...counts].map(([group, count]) => [group, centSplit(DEFAULT_SHARES[group] ?? 0, count)]));
  return { weights: rows.map((r) => split.get(shareGroup(r.level1) ?? '')?.next() ?? ZERO), derived: true };
}

const CENT = new Decimal('0.01');

/**
 * [product default] A share split over `count` rows to the cent, as a person writes a 分值 column: every weight has
 * two places, they add up to the share exactly, and a met row's round2(w) is w itself, so 得分 ≤ 分值 (DOMAIN §5.2)
 * and a sheet met in full scores 100. Split at full precision instead, 30 ÷ 19 rows round to 1.58 each, 30.02 in all.
 * The cents left over go to the group's first rows, in sheet order. Two Decimals per group, however many rows.
 */
function centSplit(share: number, count: number): { next(): Decimal } {
  const low = new Decimal(share).div(count).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const high = low.plus(CENT);
  let extra = new Decimal(share).minus(low.times(count)).div(CENT).toNumber();
  return { next: () => (extra-- > 0 ? high : low) };
}

function evaluateBudget(block: BudgetBlock): BudgetEvaluation | null {
  const adjusted = amountIn(block.total.adjusted);
  const budget = adjusted ?? amountIn(block.total.budget);
  const executed = amountIn(block.total.executed);
  if (budget === null || executed === null) return null;
  const weight = weightIn(block.total.weight) ?? DEFAULT_BUDGET_WEIGHT;
  // Budget 0 → not applicable, never divide (DOMAIN §5.4). A negative budget or spending is a typing error, not a
  // rate to score: also not applicable, and budget-execution says so [product default].
  const rate = budget.lte(0) || executed.isNegative() ? null : executed.div(budget);
  const score = rate === null ? null : round2(weight.times(Decimal.min(rate, 1)));
  return { block, budget, executed, rate, score, weight, usedAdjusted: adjusted !== null };
}

/**
 * Σ weights or scores, each distinct Decimal once times its count: derived weights share one Decimal per group
 * (6,000 additions of 50 ÷ 6,000 would drift in the 18th digit where one multiplication does not), and rows scored
 * alike share their score.
 */
function sumOf(weights: (Decimal | null)[]): Decimal {
  const counts = new Map<Decimal, number>();
  for (const weight of weights) if (weight) counts.set(weight, (counts.get(weight) ?? 0) + 1);
  let sum = ZERO;
  for (const [weight, count] of counts) sum = sum.plus(count === 1 ? weight : weight.times(count));
  return sum;
}

type ScoringMemo = Map<IndicatorValue, Map<IndicatorValue | null, { weight: Decimal; implied: Operator | null; result: Evaluation | null }[]>>;

/**
 * scoreIndicator, remembered for the sheet: "≥90%" against "100%" recurs on every page of a large sheet, and a
 * row's score depends only on its inputs. Parsed values and weights are shared per distinct text, so identity is
 * the key (a miss only costs the computation). Results are frozen, because rows share them.
 */
function memoisedScoring(reverse: ReverseForm): (input: Omit<ScoringInput, 'reverse'>) => Evaluation | null {
  const memo: ScoringMemo = new Map();
  return ({ target, actual, weight, impliedOperator }) => {
    let byActual = memo.get(target);
    if (!byActual) memo.set(target, (byActual = new Map()));
    let entries = byActual.get(actual);
    if (!entries) byActual.set(actual, (entries = []));
    for (const known of entries) if (known.weight === weight && known.implied === impliedOperator) return known.result;
    const result = scoreIndicator({ target, actual, weight, impliedOperator, reverse });
    if (result) Object.freeze(Object.freeze(result).reasonsRequired);
    entries.push({ weight, implied: impliedOperator, result });
    return result;
  };
}

/** Why a row with a written actual has no score (nothing is left unscored in silence), or null. */
function unscoredOf(input: Omit<ScoringInput, 'reverse'>, weight: Decimal | null, evaluation: Evaluation | null): UnscoredReason | null {
  if (input.actual === null || input.actual.kind === 'empty') return null;
  if (weight === null) return 'not-applicable';
  if (evaluation === null) return unscoredReason({ ...input, reverse: 'ratio' });
  return evaluation.score === null ? 'no-grade' : null;
}

/** Evaluates the self-evaluation tables of one sheet together; null when the sheet has none. */
export function evaluateSheet(tables: IndicatorTable[], settings: Settings): SheetEvaluation | null {
  const selfEvaluation = tables.filter((t) => t.kind === 'self-evaluation');
  if (selfEvaluation.length === 0) return null;
  const scored: { table: IndicatorTable; indicator: Indicator; level1: string | null }[] = [];
  for (const table of selfEvaluation) {
    for (const indicator of table.indicators) {
      // Only rows of a block with an actual column are evaluated: the 年度 block of a twin table, never its 中期 block.
      if (indicator.actual === null || !indicator.target || indicator.target.value.kind === 'empty') continue;
      scored.push({ table, indicator, level1: placementOf(table.framework, indicator).level1 });
    }
  }
  const { weights: rowWeights, derived } = weights(scored);
  const score = memoisedScoring(settings.reverse);
  const rows: RowEvaluation[] = scored.map(({ table, indicator, level1 }, i) => {
    const weight = rowWeights[i];
    const input = {
      target: indicator.target!.value,
      actual: indicator.actual?.value ?? null,
      weight: weight ?? ZERO,
      impliedOperator: expectedOperator(indicator),
    };
    const evaluation = weight === null ? null : score(input);
    return { table, indicator, weight, evaluation, level1, unscored: unscoredOf(input, weight, evaluation) };
  });
  const block = selfEvaluation.map((t) => t.budget).find((b) => b !== null) ?? null;
  const budget = block ? evaluateBudget(block) : null;

  const anyActual = rows.some((r) => r.indicator.actual && r.indicator.actual.value.kind !== 'empty');
  let weightSum = sumOf(rows.map((r) => r.weight));
  let points = sumOf(rows.map((r) => r.evaluation?.score ?? null));
  if (budget?.score) {
    weightSum = weightSum.plus(budget.weight);
    points = points.plus(budget.score);
  }
  // [provincial: local] S6: with N/A rows or weights off 100, the applicable points are rescaled to 100.
  // Weights split as 50 / 47 add up to 100 only to Decimal's 20 digits: compare at 8 decimals.
  const complete = weightSum.toDecimalPlaces(8).eq(100);
  const total = anyActual && weightSum.gt(0) ? round2(complete ? points : points.div(weightSum).times(100)) : null;
  const rowsByTable = new Map<IndicatorTable, RowEvaluation[]>();
  for (const row of rows) {
    const list = rowsByTable.get(row.table);
    if (list) list.push(row);
    else rowsByTable.set(row.table, [row]);
  }
  return { rows, rowsByTable, budget, total, grade: total ? gradeOfTotal(total) : null, weightsDerived: derived, weightSum };
}
