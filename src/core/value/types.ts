// The parsed form of a 指标值 or 实际完成值 (DOMAIN §3).
import type Decimal from 'decimal.js';

export type Operator = '≥' | '>' | '=' | '<' | '≤';
export type ValueKind = 'quantity' | 'percent' | 'range' | 'deadline' | 'qualitative' | 'empty' | 'unreadable';
export type Grade = '达成' | '部分达成' | '未达成';

/** Something seen while parsing that a check may report; parsing itself never guesses. */
export type ValueProblem =
  | { code: 'trailing-punctuation'; punctuation: string; suggestion: string }
  | { code: 'decimal-comma'; suggestion: string }
  | { code: 'lost-range-separator'; lower: string; suggestion: string }
  | { code: 'malformed-number' }
  /** A value followed by a sentence explaining it ("95%,因疫情影响未完成"): read as the value; the sentence is kept. */
  | { code: 'explanation'; value: string; explanation: string }
  /** Several values run together (a flattened row: target, actual, score); `parts` when the split is unique. */
  | { code: 'glued'; parts: string[] | null }
  /** `real`: the value written beside the placeholder, with the hint's operator and unit where it lacks them. */
  | { code: 'placeholder'; placeholder: string; real: string | null }
  | { code: 'value-in-words'; suggestion: string }
  | { code: 'text-in-value'; leading: string }
  | { code: 'operator-spelling'; spelling: string }
  | { code: 'look-alike-operator'; glyph: string };

export interface Deadline {
  /** "每年11月" */
  every: boolean;
  year: number | null;
  month: number;
  day: number | null;
  /** What followed the date: "", "前", "底前", "之前", "底" … */
  suffix: string;
}

export interface IndicatorValue {
  /** The cell's text exactly as the user sees it. */
  text: string;
  /** NFKC, whitespace removed, trailing punctuation removed. */
  normalised: string;
  kind: ValueKind;
  operator: Operator | null;
  /** The spelling the operator was written in ("≥", "不低于", "以上", "前" …). */
  operatorSpelling: string | null;
  amount: Decimal | null;
  /** The digits exactly as written, thousands separators included ("1,395,000.00"). */
  amountText: string | null;
  /** Upper bound of a range. */
  upper: Decimal | null;
  upperText: string | null;
  unit: string | null;
  note: string | null;
  deadline: Deadline | null;
  grade: Grade | null;
  /** Words before the operator or number ("参保率" in "参保率达100%"). */
  leadingText: string | null;
  problems: ValueProblem[];
}
