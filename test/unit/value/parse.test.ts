import { parseValue } from '../../../src/core/value/parse';
import type { IndicatorValue } from '../../../src/core/value/types';

interface Expected {
  kind: IndicatorValue['kind'];
  operator?: IndicatorValue['operator'];
  amount?: string;
  upper?: string;
  unit?: string | null;
  problem?: string;
  leading?: string;
  note?: string;
  deadline?: Partial<NonNullable<IndicatorValue['deadline']>>;
  grade?: IndicatorValue['grade'];
}

/** [cell content, what it parses to]; every spelling of DOMAIN §3 appears at least once. */
const CASES: [string | number | null, Expected][] = [
  // Operators, symbols and their full-width and ASCII spellings (§3.2).
  ['≥6600人', { kind: 'quantity', operator: '≥', amount: '6600', unit: '人' }],
  ['≧95%', { kind: 'percent', operator: '≥', amount: '95', unit: '%', problem: 'operator-spelling' }],
  ['>=95%', { kind: 'percent', operator: '≥', amount: '95', problem: 'operator-spelling' }],
  ['＞＝９２.５％', { kind: 'percent', operator: '≥', amount: '92.5', unit: '%', problem: 'operator-spelling' }],
  ['不低于90%', { kind: 'percent', operator: '≥', amount: '90', problem: 'operator-spelling' }],
  ['不少于200人', { kind: 'quantity', operator: '≥', amount: '200', unit: '人', problem: 'operator-spelling' }],
  ['不小于3次', { kind: 'quantity', operator: '≥', amount: '3', unit: '次', problem: 'operator-spelling' }],
  ['至少5个', { kind: 'quantity', operator: '≥', amount: '5', unit: '个', problem: 'operator-spelling' }],
  ['达到95%', { kind: 'percent', operator: '≥', amount: '95', problem: 'operator-spelling' }],
  ['达100%', { kind: 'percent', operator: '≥', amount: '100', problem: 'operator-spelling' }],
  ['98%以上', { kind: 'percent', operator: '≥', amount: '98', unit: '%', problem: 'operator-spelling' }],
  ['100人及以上', { kind: 'quantity', operator: '≥', amount: '100', unit: '人', problem: 'operator-spelling' }],
  ['≤465000元', { kind: 'quantity', operator: '≤', amount: '465000', unit: '元' }],
  ['≦5%', { kind: 'percent', operator: '≤', amount: '5', problem: 'operator-spelling' }],
  ['<=10次', { kind: 'quantity', operator: '≤', amount: '10', unit: '次', problem: 'operator-spelling' }],
  ['不高于5%', { kind: 'percent', operator: '≤', amount: '5', problem: 'operator-spelling' }],
  ['不超过50万元', { kind: 'quantity', operator: '≤', amount: '50', unit: '万元', problem: 'operator-spelling' }],
  ['不大于3天', { kind: 'quantity', operator: '≤', amount: '3', unit: '天', problem: 'operator-spelling' }],
  ['最多2次', { kind: 'quantity', operator: '≤', amount: '2', unit: '次', problem: 'operator-spelling' }],
  ['50万元以内', { kind: 'quantity', operator: '≤', amount: '50', unit: '万元', problem: 'operator-spelling' }],
  ['5%以下', { kind: 'percent', operator: '≤', amount: '5', problem: 'operator-spelling' }],
  ['>92%', { kind: 'percent', operator: '>', amount: '92' }],
  ['＞92%', { kind: 'percent', operator: '>', amount: '92' }],
  ['超过80%', { kind: 'percent', operator: '>', amount: '80', problem: 'operator-spelling' }],
  ['高于80%', { kind: 'percent', operator: '>', amount: '80', problem: 'operator-spelling' }],
  ['大于10人', { kind: 'quantity', operator: '>', amount: '10', problem: 'operator-spelling' }],
  ['<5%', { kind: 'percent', operator: '<', amount: '5' }],
  ['＜5%', { kind: 'percent', operator: '<', amount: '5' }],
  ['低于3%', { kind: 'percent', operator: '<', amount: '3', problem: 'operator-spelling' }],
  ['小于2次', { kind: 'quantity', operator: '<', amount: '2', problem: 'operator-spelling' }],
  ['不满18周岁', { kind: 'quantity', operator: '<', amount: '18', unit: '周岁', problem: 'operator-spelling' }],
  ['=100%', { kind: 'percent', operator: '=', amount: '100' }],
  ['＝100%', { kind: 'percent', operator: '=', amount: '100' }],
  ['等于11个', { kind: 'quantity', operator: '=', amount: '11', unit: '个', problem: 'operator-spelling' }],
  ['≥ 95 %', { kind: 'percent', operator: '≥', amount: '95', unit: '%' }],
  // Numbers (§3.3).
  ['1,395,000.00', { kind: 'quantity', operator: null, amount: '1395000', unit: null }],
  [1395000, { kind: 'quantity', amount: '1395000' }],
  ['8,827,620.53元', { kind: 'quantity', amount: '8827620.53', unit: '元' }],
  [0.8, { kind: 'quantity', amount: '0.8', unit: null }],
  [0.05, { kind: 'quantity', amount: '0.05' }],
  ['0', { kind: 'quantity', amount: '0' }],
  ['９２', { kind: 'quantity', amount: '92' }],
  ['≤2,53万', { kind: 'unreadable', operator: '≤', problem: 'decimal-comma' }],
  ['2,5万', { kind: 'unreadable', problem: 'decimal-comma' }],
  ['≥1,23,4人', { kind: 'unreadable', problem: 'malformed-number' }],
  ['5.6万', { kind: 'quantity', amount: '5.6', unit: '万' }],
  ['37.114万', { kind: 'quantity', amount: '37.114', unit: '万' }],
  // Units (§3.4), compounds included.
  ['320元/人.年', { kind: 'quantity', amount: '320', unit: '元/人.年' }],
  ['280元/年', { kind: 'quantity', amount: '280', unit: '元/年' }],
  ['1600元/亩', { kind: 'quantity', amount: '1600', unit: '元/亩' }],
  ['1次/年', { kind: 'quantity', amount: '1', unit: '次/年' }],
  // Compound units as people separate them (安徽 濉溪, 四川 遂宁).
  ['>=530元/人*月', { kind: 'quantity', operator: '≥', amount: '530', unit: '元/人*月', problem: 'operator-spelling' }],
  ['400元/人、天', { kind: 'quantity', operator: null, amount: '400', unit: '元/人、天' }],
  ['≥1人/年', { kind: 'quantity', operator: '≥', amount: '1', unit: '人/年' }],
  ['≥400平方', { kind: 'quantity', amount: '400', unit: '平方' }],
  ['3500公斤', { kind: 'quantity', amount: '3500', unit: '公斤' }],
  ['≥20000万美元', { kind: 'quantity', amount: '20000', unit: '万美元' }],
  ['≤30日', { kind: 'quantity', operator: '≤', amount: '30', unit: '日' }],
  ['≤5个工作日', { kind: 'quantity', operator: '≤', amount: '5', unit: '个工作日' }],
  ['≥2200人次', { kind: 'quantity', amount: '2200', unit: '人次' }],
  ['≥95百分比', { kind: 'percent', amount: '95', unit: '百分比' }],
  ['≥3km', { kind: 'quantity', amount: '3', unit: 'km' }],
  // Trailing punctuation and notes.
  ['69000人。', { kind: 'quantity', amount: '69000', unit: '人', problem: 'trailing-punctuation' }],
  ['≥95%；', { kind: 'percent', amount: '95', problem: 'trailing-punctuation' }],
  ['≥1721人（持证残疾人）', { kind: 'quantity', amount: '1721', unit: '人', note: '(持证残疾人)' }],
  // Ranges (§3.5).
  ['90-100', { kind: 'range', amount: '90', upper: '100', unit: null }],
  ['85-100%', { kind: 'range', amount: '85', upper: '100', unit: '%' }],
  ['90%～100%', { kind: 'range', amount: '90', upper: '100', unit: '%' }],
  ['80至90人', { kind: 'range', amount: '80', upper: '90', unit: '人' }],
  ['90100', { kind: 'unreadable', problem: 'lost-range-separator' }],
  [90100, { kind: 'unreadable', problem: 'lost-range-separator' }],
  ['85100%', { kind: 'unreadable', problem: 'lost-range-separator' }],
  ['90100人', { kind: 'quantity', amount: '90100', unit: '人' }],
  ['12100', { kind: 'quantity', amount: '12100' }],
  // Deadlines (§3.5).
  ['11月', { kind: 'deadline', operator: null, deadline: { month: 11, every: false, suffix: '' } }],
  ['每年11月', { kind: 'deadline', operator: null, deadline: { month: 11, every: true } }],
  ['11月底前', { kind: 'deadline', operator: '≤', deadline: { month: 11, suffix: '底前' } }],
  ['每年11月30日前', { kind: 'deadline', operator: '≤', deadline: { month: 11, day: 30, every: true } }],
  ['2020年12月31日之前', { kind: 'deadline', operator: '≤', deadline: { year: 2020, month: 12, day: 31 } }],
  // The end of a year (宁夏 原州 "2023年底"): a deadline in its December, ≤ only where the words say "before".
  ['2020年1月--2020年11月', { kind: 'deadline', deadline: { year: 2020, month: 11 } }],
  ['2023年底', { kind: 'deadline', operator: null, deadline: { year: 2023, month: 12 } }],
  ['2021年内', { kind: 'deadline', operator: '≤', deadline: { year: 2021, month: 12 } }],
  ['≤10月底', { kind: 'deadline', operator: '≤', deadline: { month: 10, suffix: '底' } }],
  ['2020.01-2020.12', { kind: 'deadline', deadline: { year: 2020, month: 12 } }],
  ['13月', { kind: 'quantity', amount: '13', unit: '月' }],
  // Qualitative values and grades (§3.6).
  ['达成年度指标', { kind: 'qualitative', operator: null, grade: '达成' }],
  ['部分达成年度指标并具有一定效果', { kind: 'qualitative', grade: '部分达成' }],
  ['未达成年度指标且效果较差', { kind: 'qualitative', grade: '未达成' }],
  ['达到预期目标', { kind: 'qualitative', grade: '达成' }],
  ['部分达到预期目标,并且具备一定效果', { kind: 'qualitative', grade: '部分达成' }],
  ['未达到预期目标', { kind: 'qualitative', grade: '未达成' }],
  ['良好', { kind: 'qualitative', grade: null }],
  ['长期', { kind: 'qualitative', grade: null }],
  ['不超预算', { kind: 'qualitative' }],
  ['是否利于企业走出去', { kind: 'qualitative' }],
  // Empty values and placeholders (§3.7).
  [null, { kind: 'empty' }],
  ['', { kind: 'empty' }],
  ['   ', { kind: 'empty' }],
  ['无', { kind: 'empty' }],
  ['/', { kind: 'empty' }],
  ['≥XX%', { kind: 'unreadable', problem: 'placeholder' }],
  ['xx人', { kind: 'unreadable', problem: 'placeholder' }],
  ['××', { kind: 'unreadable', problem: 'placeholder' }],
  ['**', { kind: 'unreadable', problem: 'placeholder' }],
  ['___', { kind: 'unreadable', problem: 'placeholder' }],
  // Words and corruption.
  ['每年一次', { kind: 'unreadable', problem: 'value-in-words' }],
  ['一年一次', { kind: 'unreadable', problem: 'value-in-words' }],
  ['两次', { kind: 'unreadable', problem: 'value-in-words' }],
  ['参保率达100%', { kind: 'percent', operator: '≥', amount: '100', leading: '参保率', problem: 'text-in-value' }],
  ['惠及2000人', { kind: 'quantity', operator: null, amount: '2000', leading: '惠及', problem: 'text-in-value' }],
  // "余" / "多" after the number: at least that many, read as the number and noted [product default].
  ['500余人', { kind: 'quantity', operator: null, amount: '500', unit: '人', leading: '余', problem: 'text-in-value' }],
  ['5万多元', { kind: 'quantity', operator: null, amount: '5', unit: '万元', leading: '多', problem: 'text-in-value' }],
  ['≥20余次', { kind: 'quantity', operator: '≥', amount: '20', unit: '次', leading: '余', problem: 'text-in-value' }],
  ['100%完成', { kind: 'percent', operator: null, amount: '100', unit: '%', leading: '完成', problem: 'text-in-value' }],
  ['10个工作日内', { kind: 'quantity', operator: '≤', amount: '10', unit: '个工作日', problem: 'operator-spelling' }],
  ['3年内', { kind: 'quantity', operator: '≤', amount: '3', unit: '年', problem: 'operator-spelling' }],
  // A minus sign after the operator is the number's (found by the messy-sheet property: "≥-3%" lost its sign).
  ['≥-3%', { kind: 'percent', operator: '≥', amount: '-3', unit: '%' }],
  ['≤ −0.5%', { kind: 'percent', operator: '≤', amount: '-0.5', unit: '%' }],
  ['》90%', { kind: 'unreadable', problem: 'look-alike-operator' }],
  // OCR's readings of ≥ and ＝ as Chinese characters or as a digit and a sign (宁夏 原州).
  ['工5%', { kind: 'unreadable', problem: 'look-alike-operator' }],
  // A tolerance either side (广东 东莞): at most 3% off.
  // Operators spelled in words, around the number, or with the unit in front (issue "Read every real 指标值").
  ['大于等于95%', { kind: 'percent', operator: '≥', amount: '95', unit: '%', problem: 'operator-spelling' }],
  ['小于或等于5%', { kind: 'percent', operator: '≤', amount: '5', unit: '%', problem: 'operator-spelling' }],
  ['控制在5%以内', { kind: 'percent', operator: '≤', amount: '5', unit: '%', problem: 'operator-spelling' }],
  ['控制在100万元内', { kind: 'quantity', operator: '≤', amount: '100', unit: '万元', problem: 'operator-spelling' }],
  ['%≥95', { kind: 'percent', operator: '≥', amount: '95', unit: '%', problem: 'text-in-value' }],
  ['万元≤100', { kind: 'quantity', operator: '≤', amount: '100', unit: '万元', problem: 'text-in-value' }],
  ['(≥**人)4754人', { kind: 'unreadable', problem: 'placeholder' }],
  ['±3%以内', { kind: 'percent', operator: '≤', amount: '3', unit: '%', problem: 'operator-spelling' }],
  ['5=50%', { kind: 'unreadable', problem: 'look-alike-operator' }],
  ['二100%', { kind: 'unreadable', problem: 'look-alike-operator' }],
  ['-5%', { kind: 'percent', operator: null, amount: '-5', unit: '%' }],
  ['-2万元', { kind: 'quantity', amount: '-2', unit: '万元' }],
  ['292%', { kind: 'percent', operator: null, amount: '292' }],
  ['≥3场共5期', { kind: 'unreadable', problem: 'malformed-number' }],
];

describe('parseValue', () => {
  test('covers at least 80 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(80));

  test.each(CASES)('%p', (input, expected) => {
    const value = parseValue(input);
    expect(value.kind).toBe(expected.kind);
    if ('operator' in expected) expect(value.operator).toBe(expected.operator);
    if (expected.amount !== undefined) expect(value.amount?.toString()).toBe(expected.amount);
    if (expected.upper !== undefined) expect(value.upper?.toString()).toBe(expected.upper);
    if ('unit' in expected) expect(value.unit).toBe(expected.unit);
    if (expected.leading !== undefined) expect(value.leadingText).toBe(expected.leading);
    if (expected.note !== undefined) expect(value.note).toBe(expected.note);
    if (expected.deadline) expect(value.deadline).toMatchObject(expected.deadline);
    if ('grade' in expected) expect(value.grade).toBe(expected.grade);
    if (expected.problem) expect(value.problems.map((p) => p.code)).toContain(expected.problem);
    else expect(value.problems).toEqual([]);
  });

  test('keeps the original text and the digits exactly as written', () => {
    const value = parseValue(' ≥1,395,000.00元 ');
    expect(value.text).toBe(' ≥1,395,000.00元 ');
    expect(value.amountText).toBe('1,395,000.00');
  });

  test('a number and its text read alike, and the shared result cannot be changed by one reader for the others', () => {
    const typed = parseValue(90100);
    expect(parseValue('90100')).toEqual(typed);
    expect(() => {
      (typed as { operator: string | null }).operator = '≥';
    }).toThrow(TypeError);
    expect(() => typed.problems.push({ code: 'malformed-number' })).toThrow(TypeError);
    expect(parseValue('90100').operator).toBeNull();
    expect(parseValue('90100').problems.map((p) => p.code)).toEqual(['lost-range-separator']);
  });
});
