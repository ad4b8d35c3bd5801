// An operator read as a look-alike: "292%" for "≥92%" (PE1), "28" for "≥8" beside an actual of 8 (重庆 梁平), or a
// stray glyph before the number ("^80%", "工5%", "5=50%", 宁夏 原州), in 指标值 and 实际完成值 alike.
import { classify, expectedOperator, hasCeilingAt100, isBoundedRate } from '../classify';
import { defineCheck, type Fix, type Settings, type Severity } from '../check';
import { pointsIn, weightIn } from '../evaluate';
import type { Indicator, IndicatorTable } from '../layout';
import { compact } from '../text';
import { operatorText } from '../value/format';
import { isPercentUnit, parseValue } from '../value/parse';
import type { IndicatorValue, Operator } from '../value/types';
import { editOf, problemsOf, ROLE_LABEL, VALUE_ROLES, type ValueRole } from './helpers';

/**
 * Glyphs that OCR puts where ≥, ≤ or ＝ was printed, directly before the number. None of them can start a value
 * literally, so the value has no other reading. A leading "2" can, and is read as ≥ only on evidence (leadingTwo).
 */
const GLYPHS: readonly [RegExp, Operator][] = [
  [/^(?:\^|工|》|〉|[25]=)(?=\d)/u, '≥'],
  [/^(?:《|〈)(?=\d)/u, '≤'],
  [/^二(?=\d)/u, '='],
];

/** What a 偏差原因 cell holds when it gives no reason (DOMAIN §3.7 empty values). */
const NO_REASON = new Set(['', '/', '无', '-']);

/** A number as a person writes it: no leading zero ("00万粒" is not one), no thousands separator. */
const PLAIN_NUMBER = /^(?:[1-9]\d*|0)(?:\.\d+)?$/u;

export interface OcrReading {
  /** What stands for the operator: "2", "^", "工", "5=" … */
  glyph: string;
  operator: Operator;
  /** The value without the glyph, as the cell writes it ("8", "90%"). */
  rest: string;
  /**
   * Why the glyph is an operator: it cannot start a value (glyph); the literal number breaks a 100% bound (ceiling);
   * the actual is exactly the digits after the 2 (repeat), and the row's printed score is full (repeat-scored); the
   * actual misses the number as written but meets it without the 2, and the row is scored in full (scored: a hint).
   */
  evidence: 'glyph' | 'ceiling' | 'repeat' | 'repeat-scored' | 'scored';
}

/** The cell's own value read without its first `length` characters: a plain number with its unit, or null. */
function restOf(text: string, length: number): { rest: string; value: IndicatorValue } | null {
  const rest = text.slice(length);
  const value = parseValue(rest);
  if ((value.kind !== 'quantity' && value.kind !== 'percent') || value.operator !== null || value.leadingText !== null) return null;
  if (value.problems.length > 0 || value.note !== null || !value.amountText || !PLAIN_NUMBER.test(value.amountText) || !value.amount?.gt(0)) return null;
  return { rest, value };
}

/**
 * The row's printed score against its 分值: 'full', 'partial' (the author scored a miss, so the literal target may be
 * what was meant), or null when either is not written.
 */
function printedScore(indicator: Indicator): 'full' | 'partial' | null {
  const weight = weightIn(indicator.weight);
  const score = pointsIn(indicator.score);
  if (weight === null || score === null || !weight.gt(0)) return null;
  return score.gte(weight) ? 'full' : 'partial';
}

/** "290%" on a rate that cannot pass 100%, with "90%" after the 2: the literal reading is impossible (DOMAIN §3.7). */
function breaksCeiling(indicator: Indicator, role: ValueRole, value: IndicatorValue, rest: IndicatorValue): boolean {
  if (!isPercentUnit(value.unit) || !value.amount?.gt(100) || rest.amount!.gt(100)) return false;
  const cls = classify(indicator);
  const ceiling = (cls === 'rate' || cls === 'satisfaction') && hasCeilingAt100(indicator);
  if (role === 'target') return ceiling;
  // An actual may pass 100% more often (完成率 of output): only a bounded rate, or the target's own number after the 2.
  return isBoundedRate(indicator) || (ceiling && indicator.target?.value.amountText === rest.amountText);
}

/**
 * "28" as 指标值 beside an actual of "8" in the same unit: the digits after the 2 are the actual's, which met the
 * target read as ≥8 and missed 28 badly (重庆 梁平 "28 / 21 / 250 万亩" against 8, 1, 50, all scored in full).
 */
function repeatsActual(indicator: Indicator, value: IndicatorValue, rest: IndicatorValue): OcrReading['evidence'] | null {
  const actual = indicator.actual?.value;
  if (!actual?.amount || actual.operator !== null || actual.kind !== value.kind || actual.unit !== value.unit) return null;
  // A capped row reads a leading 2 otherwise; a deviation reason, or a score below the 分值, shows the author read the
  // number as written and explained or scored the miss.
  if (expectedOperator(indicator) === '≤' || !NO_REASON.has(compact(indicator.reason?.text ?? ''))) return null;
  const score = printedScore(indicator);
  if (score === 'partial') return null;
  if (actual.amountText === rest.amountText) return score === 'full' ? 'repeat-scored' : 'repeat';
  // 重庆 科学城 "26次" beside 12次, scored in full: met as ≥6次, missed as 26次. Only a hint: an author may also have
  // given full marks to a miss.
  return score === 'full' && actual.amount.lt(value.amount!) && actual.amount.gte(rest.amount!) ? 'scored' : null;
}

/** How an OCR'd operator reads in the row's 指标值 or 实际完成值, when one reading is clearly right; else null. */
export function ocrReading(indicator: Indicator, role: ValueRole): OcrReading | null {
  const cell = indicator[role];
  if (!cell) return null;
  const text = compact(cell.text);
  for (const [pattern, operator] of GLYPHS) {
    const glyph = pattern.exec(text)?.[0];
    const rest = glyph ? restOf(text, glyph.length) : null;
    if (glyph && rest) return { glyph, operator, rest: rest.rest, evidence: 'glyph' };
  }
  const value = cell.value;
  if ((value.kind !== 'quantity' && value.kind !== 'percent') || value.operator !== null || !text.startsWith('2')) return null;
  const own = parseValue(cell.text);
  if (own.leadingText !== null || own.note !== null || own.problems.length > 0 || !own.amountText?.startsWith('2')) return null;
  const rest = restOf(text, 1);
  if (!rest) return null;
  if (breaksCeiling(indicator, role, value, rest.value)) return { glyph: '2', operator: '≥', rest: rest.rest, evidence: 'ceiling' };
  const evidence = role === 'target' ? repeatsActual(indicator, value, rest.value) : null;
  return evidence ? { glyph: '2', operator: '≥', rest: rest.rest, evidence } : null;
}

/** A target written with the reading's operator, unless the row expects the opposite bound (then no guess). */
function targetFix(indicator: Indicator, reading: OcrReading, settings: Settings): Fix | null {
  const expected = expectedOperator(indicator);
  const opposite = (a: Operator, b: Operator) => (a === '≥' && b === '≤') || (a === '≤' && b === '≥');
  if (expected !== null && opposite(reading.operator, expected)) return null;
  return editOf(indicator.target!, `${operatorText(reading.operator, settings.operatorStyle)}${reading.rest}`, false);
}

type MessageId =
  | 'leadingTwo'
  | 'leadingTwoRepeat'
  | 'leadingTwoRepeatScored'
  | 'leadingTwoScored'
  | 'leadingTwoActual'
  | 'leadingTwoPossible'
  | 'lookAlike'
  | 'lookAlikeReading'
  | 'lookAlikeActual';

/** The table's value cells where an operator was read through OCR, in row order. */
function readings(table: IndicatorTable): { indicator: Indicator; role: ValueRole; reading: OcrReading }[] {
  const found: { indicator: Indicator; role: ValueRole; reading: OcrReading }[] = [];
  for (const indicator of table.indicators) {
    for (const role of VALUE_ROLES) {
      const reading = ocrReading(indicator, role);
      if (reading) found.push({ indicator, role, reading });
    }
  }
  return found;
}

export default defineCheck({
  id: 'ocr-operator',
  meta: {
    category: 'value-format',
    severity: 'error',
    fix: 'review',
    description: '指标值或实际完成值中的运算符被误识别为数字或其他字符',
    docs: {
      why: '扫描或识别出来的表里，“≥”常被认成“2”，“≥92%”变成了“292%”。照字面理解就是另一个数，完成率和得分会错得离谱。',
      basis: '不超过100%的比率写成了100%以上、开头是“2”时，按误识别的“≥”提出建议；字面读法也可能成立时只作提示（本工具的规则）。',
      domain: ['§3.7', '§7 #16'],
    },
    messages: {
      leadingTwo: '指标值“{{text}}”超过了100%，开头的“2”疑似是“≥”被误识别，应为“{{suggestion}}”。请核实后修改。',
      leadingTwoRepeat: '指标值“{{text}}”开头的“2”疑似是“≥”被误识别：实际完成值“{{actual}}”正是“2”之后的数字。如是，应为“{{suggestion}}”。请核实后修改。',
      leadingTwoRepeatScored:
        '指标值“{{text}}”开头的“2”疑似是“≥”被误识别：实际完成值“{{actual}}”正是“2”之后的数字，且该行得了满分，按“{{text}}”则远未完成。应为“{{suggestion}}”，请核实后修改。',
      leadingTwoScored:
        '指标值“{{text}}”以“2”开头且没有运算符：按“{{text}}”，实际完成值“{{actual}}”未完成，该行却得了满分。请确认开头的“2”不是误识别的“≥”（如是，应为“{{suggestion}}”）。',
      leadingTwoActual:
        '实际完成值“{{text}}”超过了100%，开头的“2”疑似是照抄指标值时的“≥”被误识别。实际完成值应填实际达到的数值（如“{{suggestion}}”），请核实。',
      leadingTwoPossible: '指标值“{{text}}”以“2”开头且没有运算符，请确认开头的“2”不是误识别的“≥”。',
      lookAlike: '{{role}}“{{text}}”开头的“{{glyph}}”不是有效的运算符。请改为≥、≤或＝。',
      lookAlikeReading: '指标值“{{text}}”开头的“{{glyph}}”疑似是“{{operator}}”被误识别，应为“{{suggestion}}”。请核实后修改。',
      lookAlikeActual: '实际完成值“{{text}}”开头的“{{glyph}}”疑似是误识别的运算符。实际完成值应填实际达到的数值（如“{{suggestion}}”），请核实。',
    },
  },
  run({ table, settings, report }) {
    const found = readings(table);
    const read = new Set(found.map(({ indicator, role }) => indicator[role]!.cell));
    for (const { indicator, role, reading } of found) {
      const cell = indicator[role]!;
      const text = cell.text.trim();
      if (role === 'actual') {
        // An actual carries no operator: actual-has-operator offers the bare number; here, only what was misread.
        const messageId: MessageId = reading.evidence === 'ceiling' ? 'leadingTwoActual' : 'lookAlikeActual';
        report({ cell: cell.cell, messageId, data: { text, glyph: reading.glyph, suggestion: reading.rest } });
        continue;
      }
      const fix = targetFix(indicator, reading, settings);
      const operator = operatorText(reading.operator, settings.operatorStyle);
      const suggestion = `${operator}${reading.rest}`;
      if (reading.evidence === 'glyph') {
        if (fix) report({ cell: cell.cell, messageId: 'lookAlikeReading', data: { text, glyph: reading.glyph, operator, suggestion }, fix });
        else report({ cell: cell.cell, messageId: 'lookAlike', data: { role: ROLE_LABEL[role], text, glyph: reading.glyph } });
        continue;
      }
      const data = { text, suggestion, actual: indicator.actual?.text.trim() ?? '' };
      if (reading.evidence === 'scored') {
        // The literal number stays possible: info, and no fix (DOMAIN §3.7).
        report({ cell: cell.cell, messageId: 'leadingTwoScored', severity: 'info', data });
        continue;
      }
      const messageId: MessageId =
        reading.evidence === 'ceiling' ? 'leadingTwo' : reading.evidence === 'repeat' ? 'leadingTwoRepeat' : 'leadingTwoRepeatScored';
      // The literal number is possible, only unlikely, when nothing but the repeated digits speaks against it.
      const severity: Severity = reading.evidence === 'repeat' ? 'warning' : 'error';
      report({ cell: cell.cell, messageId, severity, data, fix });
    }
    if (found.some(({ reading }) => reading.glyph === '2' && reading.evidence !== 'scored')) {
      // Once the table shows the corruption, other operator-less targets starting with 2 deserve a look (DOMAIN §3.7:
      // "2280次" beside "292%"), where what follows the 2 is a number as people write it.
      for (const indicator of table.indicators) {
        const target = indicator.target;
        const value = target?.value;
        if (!target || read.has(target.cell) || !value || value.operator !== null || !/^2\d/u.test(value.amountText ?? '')) continue;
        if (!PLAIN_NUMBER.test(value.amountText!.slice(1))) continue;
        report({ cell: target.cell, messageId: 'leadingTwoPossible', severity: 'info', data: { text: target.text.trim() } });
      }
    }
    // Any other single glyph before the number: not an operator anyone writes, and no reading to offer.
    for (const { role, cell, problem } of problemsOf(table, 'look-alike-operator')) {
      if (read.has(cell.cell)) continue;
      const text = cell.text.trim();
      if (role === 'actual') {
        // An actual takes no operator at all: the number after the glyph is what to write.
        const suggestion = compact(cell.text).slice(compact(cell.text).indexOf(problem.glyph) + problem.glyph.length);
        report({ cell: cell.cell, messageId: 'lookAlikeActual', data: { text, glyph: problem.glyph, suggestion } });
      } else {
        report({ cell: cell.cell, messageId: 'lookAlike', data: { role: ROLE_LABEL[role], text, glyph: problem.glyph } });
      }
    }
  },
});
