// parse(text) → IndicatorValue: operators in every spelling, Decimal amounts, units, ranges, deadlines, grades.
import Decimal from 'decimal.js';
import { numberToText } from '../grid';
import { rememberedPerText } from '../memo';
import { compact, readable } from '../text';
import type { Deadline, Grade, IndicatorValue, Operator, ValueProblem } from './types';

/** Operator spellings written before the amount, longest first so "不低于" wins over "低于". */
const PREFIX_OPERATORS: [string, Operator][] = (
  [
    ['>=', '≥'],
    ['≥', '≥'],
    ['≧', '≥'],
    ['不低于', '≥'],
    ['不少于', '≥'],
    ['不小于', '≥'],
    ['至少', '≥'],
    ['达到', '≥'],
    ['达', '≥'],
    // "大于等于95%" is ≥, not the 等于 at its end with 大于 as words around it.
    ['大于等于', '≥'],
    ['大于或等于', '≥'],
    ['高于或等于', '≥'],
    ['不低于或等于', '≥'],
    ['<=', '≤'],
    ['≤', '≤'],
    ['≦', '≤'],
    ['不高于', '≤'],
    ['不超过', '≤'],
    ['不大于', '≤'],
    ['最多', '≤'],
    ['小于等于', '≤'],
    ['小于或等于', '≤'],
    ['低于或等于', '≤'],
    ['>', '>'],
    ['超过', '>'],
    ['高于', '>'],
    ['大于', '>'],
    ['<', '<'],
    ['低于', '<'],
    ['小于', '<'],
    ['不满', '<'],
    ['=', '='],
    ['等于', '='],
  ] as [string, Operator][]
).sort((a, b) => b[0].length - a[0].length);

/** Operator spellings written after the value; 以上/以下/以内 include the number (民法典 第一千二百五十九条). */
const SUFFIX_OPERATORS: [string, Operator][] = [
  ['及以上', '≥'],
  ['以上', '≥'],
  ['及以下', '≤'],
  ['以下', '≤'],
  ['以内', '≤'],
  ['之内', '≤'],
  // "10个工作日内", "3年内": after 以内 and 之内, which end with it too.
  ['内', '≤'],
];

/** The spellings a check accepts without comment. */
export const CANONICAL_SPELLINGS = new Set(['≥', '≤', '>', '<', '=']);

const EMPTY_TEXTS = new Set(['', '无', '/']);
const OCR_OPERATOR = /^(?:工|二|[25]=)(?=\d)/u;
/** A value, a comma or semicolon, and a sentence of at least two Chinese characters. */
const EXPLAINED = /^([^，,；;]*\d[^，,；;]*)[，,；;](\p{Script=Han}[^\d]*\p{Script=Han}.*)$/u;
/** Units seen written before the operator and number. */
const KNOWN_LEADING_UNIT = /^(%|％|‰|元|万元|亿元|人|人次|户|个|次|项|亩|万亩|公里|米|天|日|小时)$/u;
/** Words before a number that, with 以内 / 以下 after it, spell ≤ ("控制在5%以内", "保持在100万元以下"). */
const CAP_WORDS = /^(控制在|控制|保持在|限制在|压缩在|压减到|控制到)$/u;
const PLACEHOLDER = /\*{2,}|[xX×]{2,}|_{2,}|＿{2,}/u;
const TRAILING_PUNCTUATION = /[。；;，,、.]+$/u;
const NUMBER = /\d[\d,]*(?:\.\d+)?/gu;
const RANGE_SEPARATOR = /^[-–—~～至到]$/u;
const DEADLINE = /^(每年|当年|年内)?(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?(底前|末前|底之前|底|末|中旬前|上旬前|下旬前|前|之前|以前)?$/u;
// A period, the separator sometimes doubled ("2020年1月--2020年11月", "2022年3月——2022年11月").
const PERIOD = /^(\d{4})[.年/](\d{1,2})月?(?:[-–—~～]{1,2}|至|到)(\d{4})[.年/](\d{1,2})月?$/u;
/** "2023年底", "2021年内": the end of a year, a deadline in its December (宁夏 原州 "2023年底"). */
const YEAR_END = /^(\d{4})年(底前|末前|底之前|底|末|内|前)$/u;
/**
 * A unit: short, no digits; CJK, Latin letters, %, and the separators people put in compounds: 元/人.年, 元/人·月,
 * 元/人*月 (安徽 濉溪), 元/人、天 (四川 遂宁).
 */
const UNIT = /^[\p{Script=Han}A-Za-z%‰/.·*×、]{1,8}$/u;

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const WORDS_FREQUENCY = /^(?:每年|一年)([一二两三四五六七八九十])(次|期|批|回|场)$/u;
const WORDS_COUNT = /^([一二两三四五六七八九十])(次|个|人|项|期|本|场|批|户|套)(\/年)?$/u;

/** A template's fill-in hint in a value: an operator, the placeholder and a unit, in parentheses or not ("(≥**人)"). */
const VALUE_HINT = /[(（]?([≥≤><=]*)(?:\*{2,}|[xX×]{2,}|_{2,}|＿{2,})([^\d()（）*]{0,6})[)）]?/u;

/**
 * The real value written beside a template's placeholder ("(≥**人)4754人", "**%95%", "≥**人(实际4754人)"), with the
 * hint's operator and unit added where it lacks them; null when there is no number to keep.
 */
function realBesidePlaceholder(s: string): string | null {
  const hint = VALUE_HINT.exec(s);
  if (!hint) return null;
  const rest = (s.slice(0, hint.index) + s.slice(hint.index + hint[0].length)).replace(/^[(（](?:实际|实际完成|实际为)?(.*?)[)）]$/u, '$1');
  if (!/\d/u.test(rest) || PLACEHOLDER.test(rest)) return null;
  const real = parseValue(rest);
  if ((real.kind !== 'quantity' && real.kind !== 'percent') || real.amountText === null || real.leadingText !== null) return null;
  const operator = real.operator ? rest.slice(0, rest.search(/\d/u)) : hint[1];
  return `${operator}${real.amountText}${real.unit ?? hint[2]}`;
}

/** One value of a flattened row: an operator, a number and a unit of measure (not any word: "≥3场 共5期" is prose). */
const GLUED_PART = /[≥≤><=]?\d+(?:\.\d+)?(?:%|万元|元|万亩|亩|人次|人|户|个|次|项|公里|米|天|日|篇|份|场|期|批|所|家|台|套|件|本|吨|公斤|平方米|公顷)?/gu;

/**
 * Cells run together in a flattened row ("95%98%10": target, actual and score). The split is unique where each
 * number but the last ends in a unit or %: then the parts are given. Bare digits after a unit ("2100人10") are
 * glued too, but where they break is not: no parts. Null when the text is not a run of values at all.
 */
function gluedValues(s: string): { code: 'glued'; parts: string[] | null } | null {
  const parts = [...s.matchAll(GLUED_PART)].map((m) => m[0]);
  if (parts.length < 2 || parts.join('') !== s) return null;
  const unique = parts.slice(0, -1).every((part) => /\D$/u.test(part));
  return { code: 'glued', parts: unique ? parts : null };
}

function emptyValue(text: string, normalised: string): IndicatorValue {
  return {
    text,
    normalised,
    kind: 'empty',
    operator: null,
    operatorSpelling: null,
    amount: null,
    amountText: null,
    upper: null,
    upperText: null,
    unit: null,
    note: null,
    deadline: null,
    grade: null,
    leadingText: null,
    problems: [],
  };
}

/**
 * A sheet repeats the same few hundred values ("≥90%", "＝100%", "≥95%") thousands of times: each text is parsed once
 * and the frozen result shared.
 */
const parseTextOnce = rememberedPerText(20000, (text) => freeze(parseText(text)));

/** Parses a cell's value. Numbers are taken as their shortest decimal text; text keeps its original for display. */
export function parseValue(input: string | number | boolean | null | undefined): IndicatorValue {
  // A number is read through its text, so "90100" typed as a number is judged as the same text would be.
  return parseTextOnce(typeof input === 'number' ? numberToText(input) : input === null || input === undefined ? '' : String(input));
}

/** Shared values must not change under another reader: writing to one throws (modules run in strict mode). */
function freeze(value: IndicatorValue): IndicatorValue {
  for (const problem of value.problems) Object.freeze(problem);
  Object.freeze(value.problems);
  if (value.deadline) Object.freeze(value.deadline);
  return Object.freeze(value);
}

function parseText(text: string): IndicatorValue {
  let s = readable(text).replace(/\s+/gu, '');
  const problems: ValueProblem[] = [];

  const trailing = TRAILING_PUNCTUATION.exec(s);
  if (trailing && s.length > trailing[0].length) {
    s = s.slice(0, trailing.index);
    problems.push({ code: 'trailing-punctuation', punctuation: trailing[0], suggestion: text.trim().slice(0, -trailing[0].length) });
  }
  const value = emptyValue(text, s);
  value.problems = problems;
  if (EMPTY_TEXTS.has(s)) return value;

  const placeholder = PLACEHOLDER.exec(s);
  if (placeholder) {
    value.kind = 'unreadable';
    problems.push({ code: 'placeholder', placeholder: placeholder[0], real: realBesidePlaceholder(s) });
    return value;
  }

  const note = /^(.+?)([(（][^()（）]*[)）])$/u.exec(s);
  if (note && /\d/u.test(note[1])) {
    value.note = note[2];
    s = note[1];
  }
  // "95%,因疫情影响未完成", "90人;部分人员外出务工": the value, then a sentence explaining it. The value is read (and
  // scored); the sentence belongs in the reason column, which a check says.
  const explained = EXPLAINED.exec(s);
  if (explained && !PLACEHOLDER.test(explained[1])) {
    const read = parseText(explained[1]);
    if ((read.kind === 'quantity' || read.kind === 'percent' || read.kind === 'deadline') && read.leadingText === null) {
      read.text = text;
      read.problems.push({ code: 'explanation', value: explained[1], explanation: explained[2] });
      return read;
    }
  }

  // Glyphs OCR makes of an operator that the single-character rule below cannot see: Chinese characters (工 for ≥,
  // 二 for ＝) and an operator read as a digit and a sign ("5=50%", "2=90%"; 宁夏 原州).
  const ocrGlyph = OCR_OPERATOR.exec(s);
  if (ocrGlyph) {
    problems.push({ code: 'look-alike-operator', glyph: ocrGlyph[0] });
    value.kind = 'unreadable';
    return value;
  }

  const { operator, spelling, rest, leading } = takePrefixOperator(s);
  value.operator = operator;
  value.operatorSpelling = spelling;
  if (leading) value.leadingText = leading;

  if (parseDeadline(rest, value)) return finish(value);

  const numbers = [...rest.matchAll(NUMBER)];
  if (numbers.length === 0) return parseWords(value, rest);

  const first = numbers[0];
  const before = rest.slice(0, first.index);
  const negative = !value.leadingText && /^[-−]$/u.test(before);
  // "±3%以内" (广东 东莞 误差率): a tolerance either side, that is at most 3% off: ≤ on the size of the deviation.
  const tolerance = before === '±' && operator === null && /(以内|之内)$/u.test(rest);
  if (before && !negative && !tolerance) {
    // Text between the operator and the number: a look-alike glyph or words wrapped around the value.
    if (operator === null && !value.leadingText && /^[^\p{Script=Han}]$/u.test(before)) {
      problems.push({ code: 'look-alike-operator', glyph: before });
      value.kind = 'unreadable';
      return value;
    }
    value.leadingText = (value.leadingText ?? '') + before;
  }
  let after = rest.slice(first.index! + first[0].length);

  const suffix = SUFFIX_OPERATORS.find(([word]) => after.endsWith(word));
  if (suffix) {
    after = after.slice(0, -suffix[0].length);
    if (value.operator === null) {
      value.operator = suffix[1];
      value.operatorSpelling = tolerance ? `±…${suffix[0]}` : suffix[0];
      // "控制在5%以内": one operator spelled around the number, not words wrapped around a value.
      if (value.leadingText !== null && CAP_WORDS.test(value.leadingText) && suffix[1] === '≤') {
        value.operatorSpelling = `${value.leadingText}…${suffix[0]}`;
        value.leadingText = null;
      }
    }
  }

  if (!readAmount(first[0], value, 'amount')) return value;
  if (negative) {
    // A negative actual ("-2万元", a fall in a growth rate) is a number, not a look-alike operator.
    value.amount = value.amount!.negated();
    value.amountText = `-${value.amountText}`;
  }

  if (numbers.length === 2 && parseRange(after, numbers[1], rest, value)) return finish(value);
  if (numbers.length > 1) {
    value.kind = 'unreadable';
    problems.push(gluedValues(s) ?? { code: 'malformed-number' });
    return value;
  }
  // "500余人", "5万多元", "100%完成": the number and unit, the word noted as in "约520人" (text-in-value)
  // [product default].
  const approximate = /^(万|亿)?(余|多)(.*)$/u.exec(after);
  const wordsAfterPercent = /^%(\p{Script=Han}+)$/u.exec(after);
  if (approximate) {
    const unit = (approximate[1] ?? '') + approximate[3];
    if (unit === '' || UNIT.test(unit)) {
      after = unit;
      value.leadingText = (value.leadingText ?? '') + approximate[2];
    }
  } else if (wordsAfterPercent) {
    after = '%';
    value.leadingText = (value.leadingText ?? '') + wordsAfterPercent[1];
  }
  // A unit written before the operator ("%≥95", "万元≤100"): the number's unit, told as words around the value.
  if (!after && value.leadingText !== null && KNOWN_LEADING_UNIT.test(value.leadingText)) after = value.leadingText;
  if (after && !UNIT.test(after)) {
    value.kind = 'unreadable';
    problems.push({ code: 'malformed-number' });
    return value;
  }
  value.unit = after || null;
  value.kind = isPercentUnit(value.unit) ? 'percent' : 'quantity';
  detectLostRangeSeparator(value);
  return finish(value);
}

/** The operator a lone symbol or word stands for ("≥", "不低于", "＝"), or null. */
export function operatorOf(text: string): Operator | null {
  return parseValue(`${compact(text)}1`).operator;
}

export function isPercentUnit(unit: string | null): boolean {
  return unit === '%' || unit === '百分比';
}

/** [system practice] a unit-less amount up to 1.5 where a percentage is expected is a fraction (0.8 = 80%); above, already percent. */
const FRACTION_LIMIT = new Decimal('1.5');

/**
 * A unit-less amount where a percentage is expected, read as its fraction form (0.8 = 80%, DOMAIN §5.2) when above 0
 * and up to FRACTION_LIMIT; but not beside a target written in % that is itself that small: 0.3 against "≤0.5%" is 0.3%
 * [product default]. (Beside a target in the fraction form too, "1" against "1", both are fractions.)
 */
export function isFractionForm(amount: Decimal, target?: IndicatorValue | null): boolean {
  return amount.gt(0) && amount.lte(FRACTION_LIMIT) && !(target?.amount && isPercentUnit(target.unit) && target.amount.lte(FRACTION_LIMIT));
}

/** An operator spelling that ends exactly where the number starts ("参保率达100%" → 达, leading "参保率"). */
function takePrefixOperator(s: string): { operator: Operator | null; spelling: string | null; rest: string; leading: string | null } {
  const firstDigit = s.search(/\d/u);
  const head = firstDigit < 0 ? '' : s.slice(0, firstDigit);
  // A minus sign between the operator and the number is the number's: "≥-3%", a growth rate allowed to fall.
  const sign = /[-−]$/u.test(head) ? 1 : 0;
  const operatorEnd = head.length - sign;
  const hit = PREFIX_OPERATORS.find(([spelling]) => head.slice(0, operatorEnd).endsWith(spelling));
  if (!hit) return { operator: null, spelling: null, rest: s, leading: null };
  const leading = head.slice(0, operatorEnd - hit[0].length);
  return { operator: hit[1], spelling: hit[0], rest: s.slice(firstDigit - sign), leading: leading || null };
}

/** Reads "1,395,000.00", flags a decimal comma ("2,53") or other malformed digits. */
function readAmount(digits: string, value: IndicatorValue, field: 'amount' | 'upper'): boolean {
  const textField = field === 'amount' ? 'amountText' : 'upperText';
  value[textField] = digits;
  if (digits.includes(',')) {
    const [integer, fraction] = digits.split('.');
    const groups = integer.split(',');
    const thousands = groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
    if (!thousands) {
      value.kind = 'unreadable';
      if (groups.length === 2 && /^\d{1,2}$/u.test(groups[1]) && fraction === undefined) {
        value.problems.push({ code: 'decimal-comma', suggestion: value.text.trim().replace(digits, digits.replace(',', '.')) });
      } else {
        value.problems.push({ code: 'malformed-number' });
      }
      return false;
    }
  }
  value[field] = new Decimal(digits.replace(/,/gu, ''));
  return true;
}

function parseRange(after: string, second: RegExpMatchArray, rest: string, value: IndicatorValue): boolean {
  const between = rest.slice(rest.indexOf(after), second.index);
  const tail = rest.slice(second.index! + second[0].length);
  const unitMatch = /^([^-–—~～至到]*)(.)$/u.exec(between);
  if (!unitMatch || !RANGE_SEPARATOR.test(unitMatch[2])) return false;
  const lowerUnit = unitMatch[1];
  if ((lowerUnit && !UNIT.test(lowerUnit)) || (tail && !UNIT.test(tail))) return false;
  if (lowerUnit && tail && lowerUnit !== tail) return false;
  if (!readAmount(second[0], value, 'upper')) return true;
  value.unit = tail || lowerUnit || null;
  value.kind = 'range';
  return true;
}

function parseDeadline(s: string, value: IndicatorValue): boolean {
  const period = PERIOD.exec(s);
  if (period) {
    value.kind = 'deadline';
    value.deadline = { every: false, year: Number(period[3]), month: Number(period[4]), day: null, suffix: '' };
    return true;
  }
  const yearEnd = YEAR_END.exec(s);
  if (yearEnd) {
    value.kind = 'deadline';
    value.deadline = { every: false, year: Number(yearEnd[1]), month: 12, day: null, suffix: yearEnd[2] };
    if (value.operator === null && /前|内/u.test(yearEnd[2])) {
      value.operator = '≤';
      value.operatorSpelling = yearEnd[2];
    }
    return true;
  }
  const match = DEADLINE.exec(s);
  if (!match) return false;
  const month = Number(match[3]);
  const day = match[4] ? Number(match[4]) : null;
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return false;
  const deadline: Deadline = { every: match[1] === '每年', year: match[2] ? Number(match[2]) : null, month, day, suffix: match[5] ?? '' };
  value.kind = 'deadline';
  value.deadline = deadline;
  if (value.operator === null && deadline.suffix.includes('前')) {
    value.operator = '≤';
    value.operatorSpelling = deadline.suffix;
  }
  return true;
}

function parseWords(value: IndicatorValue, rest: string): IndicatorValue {
  const s = value.leadingText ? value.normalised : rest;
  const frequency = WORDS_FREQUENCY.exec(s);
  const count = WORDS_COUNT.exec(s);
  if (frequency || count) {
    const suggestion = frequency ? `${CHINESE_DIGITS[frequency[1]]}${frequency[2]}/年` : `${CHINESE_DIGITS[count![1]]}${count![2]}${count![3] ?? ''}`;
    value.kind = 'unreadable';
    value.operator = null;
    value.operatorSpelling = null;
    value.leadingText = null;
    value.problems.push({ code: 'value-in-words', suggestion });
    return value;
  }
  value.kind = 'qualitative';
  value.operator = null;
  value.operatorSpelling = null;
  value.leadingText = null;
  value.grade = gradeOf(s);
  return value;
}

/** The official grade a qualitative text names by its leading keyword (DOMAIN §3.6), if any. */
export function gradeOf(text: string): Grade | null {
  if (/^(未达成|未达到)/u.test(text)) return '未达成';
  if (/^(部分达成|部分达到)/u.test(text)) return '部分达成';
  if (/^(达成|达到)/u.test(text)) return '达成';
  return null;
}

/** "90100": five digits, the last three "100", the first two 50–99, on a rate or unit-less value (seed 002). */
function detectLostRangeSeparator(value: IndicatorValue): void {
  const digits = value.amountText;
  if (value.operator !== null || !digits || !/^\d{5}$/u.test(digits) || !digits.endsWith('100')) return;
  if (value.unit !== null && !isPercentUnit(value.unit)) return;
  const lower = Number(digits.slice(0, 2));
  if (lower < 50) return;
  value.kind = 'unreadable';
  value.problems.push({ code: 'lost-range-separator', lower: digits.slice(0, 2), suggestion: `≥${digits.slice(0, 2)}%` });
}

function finish(value: IndicatorValue): IndicatorValue {
  if (value.leadingText) value.problems.push({ code: 'text-in-value', leading: value.leadingText });
  else if (value.operatorSpelling && !CANONICAL_SPELLINGS.has(value.operatorSpelling) && value.kind !== 'deadline') {
    value.problems.push({ code: 'operator-spelling', spelling: value.operatorSpelling });
  }
  return value;
}
