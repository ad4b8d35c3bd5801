// Completion rate and score of one indicator (DOMAIN §5.2–5.3, §5.6), in Decimal; rounding happens only at output.
import Decimal from 'decimal.js';
import { comparableUnits, toBaseUnit } from './units';
import { gradeForActual } from './value/grade';
import { isFractionForm, isPercentUnit } from './value/parse';
import type { Grade, IndicatorValue, Operator } from './value/types';

export type Direction = 'positive' | 'reverse' | 'equal' | 'qualitative';
export type ReverseForm = 'ratio' | 'linear';

export interface Evaluation {
  direction: Direction;
  /** r, unrounded; null for qualitative rows and degenerate targets. */
  completionRate: Decimal | null;
  /** s = round2(w × …); null when the row cannot be scored yet. */
  score: Decimal | null;
  weight: Decimal;
  /** Why a 偏差原因 is required, empty when it is not (DOMAIN §5.6). */
  reasonsRequired: ReasonRequired[];
  /** The grade a qualitative (or missed-deadline) row was scored as. */
  grade: Grade | null;
  /** The operator used when the target was written without one (from the indicator's class). */
  assumedOperator: Operator | null;
  /**
   * The target could not be read for certain (no operator the row's class implies, a value that does not parse), but
   * every reading gives this score: the actual is the target itself, in number or in words.
   */
  readingsAgree: boolean;
}

/** Why a row with an actual gets no score: each is told to the user, never left in silence. */
export type UnscoredReason = 'unreadable-target' | 'unreadable-actual' | 'no-operator' | 'units' | 'deadline-actual' | 'no-grade' | 'not-applicable';

export type ReasonRequired = 'missed' | 'not-achieved' | 'over-completion' | 'no-actual';

export interface ScoringInput {
  target: IndicatorValue;
  actual: IndicatorValue | null;
  weight: Decimal;
  /** The operator the indicator's class implies, used when the target has none. */
  impliedOperator: Operator | null;
  reverse: ReverseForm;
}

/** [product default] scores of the three grades as shares of the weight (DOMAIN §5.3). */
export const GRADE_SHARE: Record<Grade, Decimal> = { 达成: new Decimal(1), 部分达成: new Decimal('0.7'), 未达成: new Decimal('0.3') };
/** [provincial: 广西] [system practice] an actual at 130% of the target or more needs its reason explained. */
export const OVER_COMPLETION = new Decimal('1.3');

/** Shared constants: scoring a large sheet would otherwise build them again for thousands of rows. */
export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

export function round2(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

function directionOf(operator: Operator): Exclude<Direction, 'qualitative'> {
  if (operator === '≥' || operator === '>') return 'positive';
  if (operator === '≤' || operator === '<') return 'reverse';
  return 'equal';
}

/** B in the target's unit: a fraction against a percentage is × 100, 万 against 元 converts, else null if not comparable. */
function actualAmount(target: IndicatorValue, actual: IndicatorValue): Decimal | null {
  if (actual.amount === null || (actual.kind !== 'quantity' && actual.kind !== 'percent')) return null;
  const amount = actual.amount;
  if (isPercentUnit(target.unit)) {
    if (isPercentUnit(actual.unit)) return amount;
    // 0.8 against ≥80% (seed 004); a unit-less number above 1.5 is already in percent.
    return actual.unit === null ? (isFractionForm(amount, target) ? amount.times(HUNDRED) : amount) : null;
  }
  if (actual.unit === null || target.unit === null || actual.unit === target.unit) return amount;
  if (!comparableUnits(actual.unit, target.unit)) return null;
  const base = toBaseUnit(amount, actual.unit);
  const targetBase = toBaseUnit(ONE, target.unit);
  return base && targetBase ? base.div(targetBase) : null;
}

function qualitative(input: ScoringInput, grade: Grade | null, direction: Direction = 'qualitative'): Evaluation {
  const score = grade ? round2(input.weight.times(GRADE_SHARE[grade])) : null;
  return {
    direction,
    completionRate: null,
    score,
    weight: input.weight,
    grade,
    assumedOperator: null,
    reasonsRequired: grade && grade !== '达成' ? ['not-achieved'] : [],
    readingsAgree: false,
  };
}

/** Scores one indicator; null when the target or actual cannot be read (its finding says why). */
export function scoreIndicator(input: ScoringInput): Evaluation | null {
  const { target, actual, weight } = input;
  if (actual === null || actual.kind === 'empty') {
    return {
      direction: 'qualitative',
      completionRate: null,
      score: null,
      weight,
      grade: null,
      assumedOperator: null,
      reasonsRequired: ['no-actual'],
      readingsAgree: false,
    };
  }
  if (target.kind === 'empty') return null;
  if (target.kind === 'unreadable' || actual.kind === 'unreadable') return sameAsTarget(input) ? agreed(input, 'qualitative') : null;
  if (target.kind === 'qualitative') return qualitative(input, gradeForActual(target.text, actual.text));
  if (target.kind === 'deadline') return scoreDeadline(input);
  // A word for a number ("已完成" against "100%") is graded as qualitative-grade tells the user it is.
  if (actual.kind === 'qualitative')
    return qualitative(input, gradeForActual(target.text, actual.text), target.operator ? directionOf(target.operator) : 'qualitative');

  // [product default] a range scores as ≥ its lower bound.
  const operator = target.operator ?? (target.kind === 'range' ? '≥' : input.impliedOperator);
  const a = target.amount;
  const b = actualAmount(target, actual);
  // No operator to read the target by: ≥, ≤ and ＝ all score an actual equal to the target in full.
  if (operator === null && a !== null && b !== null && b.eq(a) && !a.isNeg()) return agreed(input, 'equal');
  if (operator === null || a === null || b === null) return null;
  const direction = directionOf(operator);
  const assumedOperator = target.operator ? null : operator;
  if (a.isNeg()) {
    // A target below zero ("≥-3%", a growth rate allowed to fall) has no ratio, and a negative actual is not 0 here:
    // the row is met or missed [product default].
    const met = direction === 'reverse' ? b.lte(a) : direction === 'equal' ? b.eq(a) : b.gte(a);
    return {
      direction,
      completionRate: null,
      score: met ? round2(weight) : ZERO,
      weight,
      grade: null,
      assumedOperator,
      reasonsRequired: met ? [] : ['missed'],
      readingsAgree: false,
    };
  }
  const B = b.isNeg() ? ZERO : b; // [system practice] a negative actual counts as 0
  const rate = completionRate(direction, a, B, input.reverse);
  // Scores are Decimal throughout; constants are shared rather than rebuilt for each of thousands of rows.
  const share = rate === null ? ONE : direction === 'reverse' || rate.lte(ONE) ? rate : ONE;
  const reasonsRequired: ReasonRequired[] = [];
  const comparison = B.cmp(a);
  if (direction === 'reverse' ? comparison > 0 : comparison < 0) reasonsRequired.push('missed');
  // Over-completion implies B > A, so the product is only computed for rows above their target.
  if (direction !== 'reverse' && comparison > 0 && a.gt(ZERO) && B.gte(a.times(OVER_COMPLETION))) reasonsRequired.push('over-completion');
  return {
    direction,
    completionRate: rate,
    score: round2(weight.times(share)),
    weight,
    grade: null,
    assumedOperator,
    reasonsRequired,
    readingsAgree: false,
  };
}

/** The actual is the target as written: the same text, or the same number in the same unit. */
function sameAsTarget({ target, actual }: ScoringInput): boolean {
  return actual !== null && target.normalised !== '' && target.normalised === actual.normalised;
}

/** Full marks where every reading of the target agrees (an actual equal to the target), said as such. */
function agreed(input: ScoringInput, direction: Direction): Evaluation {
  return {
    direction,
    completionRate: direction === 'equal' ? ONE : null,
    score: round2(input.weight),
    weight: input.weight,
    grade: direction === 'qualitative' ? '达成' : null,
    assumedOperator: null,
    reasonsRequired: [],
    readingsAgree: true,
  };
}

/** Why scoreIndicator gave no score for a row with an actual (it returned null). */
export function unscoredReason({ target, actual, impliedOperator }: ScoringInput): UnscoredReason {
  if (target.kind === 'unreadable' || (target.amount === null && target.kind !== 'deadline' && target.kind !== 'qualitative')) return 'unreadable-target';
  if (actual?.kind === 'unreadable') return 'unreadable-actual';
  if (target.kind === 'deadline') return 'deadline-actual';
  if (target.operator === null && target.kind !== 'range' && impliedOperator === null) return 'no-operator';
  return 'units';
}

/** r by direction (DOMAIN §5.2); null for "≥ 0", where any actual meets the target. */
export function completionRate(direction: Exclude<Direction, 'qualitative'>, a: Decimal, b: Decimal, reverse: ReverseForm): Decimal | null {
  if (a.isZero()) {
    if (direction === 'positive') return null;
    return b.lte(0) ? ONE : ZERO;
  }
  if (direction !== 'reverse') return b.div(a);
  if (b.lte(a)) return ONE;
  if (reverse === 'ratio') return a.div(b);
  return b.gte(a.times(2)) ? ZERO : ONE.minus(b.minus(a).div(a));
}

/** A deadline met is 达成; a later date given is 部分达成, none 未达成 [product default], to be confirmed by the user. */
function scoreDeadline(input: ScoringInput): Evaluation | null {
  const target = input.target.deadline!;
  const actual = input.actual!;
  if (actual.kind === 'qualitative') return qualitative(input, gradeForActual(input.target.text, actual.text));
  if (actual.kind !== 'deadline' || !actual.deadline) return null;
  const targetDay = target.day ?? 31;
  const actualDay = actual.deadline.day ?? 31;
  const met = actual.deadline.month < target.month || (actual.deadline.month === target.month && actualDay <= targetDay);
  return qualitative(input, met ? '达成' : '部分达成', 'reverse');
}

/** Grade of a total out of 100 [national] 10号 (M): 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60. */
export function gradeOfTotal(total: Decimal): '优' | '良' | '中' | '差' {
  if (total.gte(90)) return '优';
  if (total.gte(80)) return '良';
  if (total.gte(60)) return '中';
  return '差';
}
