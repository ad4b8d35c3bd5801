import Decimal from 'decimal.js';
import fc from 'fast-check';
import { DEFAULT_SETTINGS } from '../../src/core/check';
import { expectedOperator } from '../../src/core/classify';
import { evaluateSheet } from '../../src/core/evaluate';
import { findTables } from '../../src/core/layout';
import { completionRate, gradeOfTotal, scoreIndicator, unscoredReason, type ReverseForm } from '../../src/core/scoring';
import { parseValue } from '../../src/core/value/parse';
import type { Operator } from '../../src/core/value/types';
import { grid } from '../support/grid';

function score(target: string | number, actual: string | number | null, options: { weight?: number; reverse?: ReverseForm; implied?: Operator } = {}) {
  return scoreIndicator({
    target: parseValue(target),
    actual: actual === null ? null : parseValue(actual),
    weight: new Decimal(options.weight ?? 10),
    impliedOperator: options.implied ?? null,
    reverse: options.reverse ?? 'ratio',
  });
}

const r4 = (d: Decimal | null | undefined) => (d ? d.toFixed(4, Decimal.ROUND_HALF_UP) : null);
const s2 = (d: Decimal | null | undefined) => (d ? d.toFixed(2) : null);

describe('DOMAIN §5.7 worked examples (seed 004, w = 10)', () => {
  // [row, target, actual, direction, r, s ratio, s linear, needsReason]
  const EXAMPLES: [string, string | number, string | number, string, string | null, string | null, string | null, boolean][] = [
    ['目标1 成本', '≤2万', '5.6万', 'reverse', '0.3571', '3.57', '0.00', true],
    ['目标6 成本', '≤3万', '3.68万', 'reverse', '0.8152', '8.15', '7.73', true],
    ['目标1 数量', '≥2人', '4人', 'positive', '2.0000', '10.00', '10.00', true],
    ['目标4 数量', '≥100人', '90人', 'positive', '0.9000', '9.00', '9.00', true],
    ['目标1 质量', '≥80%', 0.8, 'positive', '1.0000', '10.00', '10.00', false],
    ['目标11 上访率', '≤5%', 0.05, 'reverse', '1.0000', '10.00', '10.00', false],
    ['目标11 成本', '≤0.3万', 0, 'reverse', '1.0000', '10.00', '10.00', false],
    ['目标2 成本 as written', '≥15万', '37.114万', 'positive', '2.4743', '10.00', '10.00', true],
    ['目标2 成本 accepted ≤15万', '≤15万', '37.114万', 'reverse', '0.4042', '4.04', '0.00', true],
    ['目标7 成本 accepted 2.53万', '≤2.53万', '8.3万', 'reverse', '0.3048', '3.05', '0.00', true],
    ['目标2 社会效益', '良好', '良好', 'qualitative', null, '10.00', '10.00', false],
  ];

  test.each(EXAMPLES)('%s', (_, target, actual, direction, rate, ratio, linear, needsReason) => {
    const byRatio = score(target, actual)!;
    const byLinear = score(target, actual, { reverse: 'linear' })!;
    expect(byRatio.direction).toBe(direction);
    expect(r4(byRatio.completionRate)).toBe(rate);
    expect(s2(byRatio.score)).toBe(ratio);
    expect(s2(byLinear.score)).toBe(linear);
    expect(byRatio.reasonsRequired.length > 0).toBe(needsReason);
  });

  test('目标7 成本 "≤2,53万" stays unscored until the decimal comma is resolved', () => {
    expect(score('≤2,53万', '8.3万')).toBeNull();
  });
});

describe('edge cases of DOMAIN §5.2', () => {
  test.each([
    // [case, target, actual, r, s]
    ['equal, met', '＝100%', '100%', '1.0000', '10.00'],
    ['equal, short', '＝11个', '10个', '0.9091', '9.09'],
    ['equal, above: capped at the weight', '＝11个', '12个', '1.0909', '10.00'],
    ['＝0, met', '＝0次', '0次', '1.0000', '10.00'],
    ['＝0, missed', '＝0次', '1次', '0.0000', '0.00'],
    ['≤0, missed', '≤0人', '2人', '0.0000', '0.00'],
    ['≥0: any actual meets it', '≥0个', '3个', null, '10.00'],
    ['a negative actual counts as 0', '≥10万元', '-2万元', '0.0000', '0.00'],
    ['万元 target, 元 actual: converted before dividing', '≤5万元', '60000元', '0.8333', '8.33'],
    ['strict > scores as ≥', '>92%', '95%', '1.0326', '10.00'],
    ['a range scores as ≥ its lower bound', '90-100%', '95%', '1.0556', '10.00'],
    ['a percent actual typed above 1.5 is already in %', '≥80%', 85, '1.0625', '10.00'],
    ['"余" after the number: the number', '≥500人', '500余人', '1.0000', '10.00'],
    ['beside a % target of 1.5 or less, a small actual is on its scale: 0.3 is 0.3%, not 30%', '≤0.5%', 0.3, '1.0000', '10.00'],
    ['beside a larger % target, 0.97 is the fraction form of 97%', '≥95%', '0.97', '1.0211', '10.00'],
  ])('%s', (_, target, actual, rate, s) => {
    const evaluation = score(target, actual)!;
    expect(r4(evaluation.completionRate)).toBe(rate);
    expect(s2(evaluation.score)).toBe(s);
  });

  test('qualitative grades: 达成 → w, 部分达成 → 0.7w, 未达成 → 0.3w', () => {
    expect(s2(score('达成年度指标', '达成')!.score)).toBe('10.00');
    expect(s2(score('良好', '一般')!.score)).toBe('7.00');
    expect(s2(score('良好', '较差', { weight: 5 })!.score)).toBe('1.50');
    expect(score('良好', '一般')!.reasonsRequired).toEqual(['not-achieved']);
  });

  test('the actual written as the target with 已 is 达成, with 基本 部分达成', () => {
    expect([score('建立', '已建立')!.grade, score('建立长效机制', '基本建立长效机制')!.grade, score('建立', '已')!.grade]).toEqual(['达成', '部分达成', null]);
  });

  test('a word where a number or date was due is graded as qualitative-grade says: "已完成" against "100%" is 达成', () => {
    // It was left unscored while qualitative-grade told the user it counted as 达成.
    expect(score('＝100%', '已完成')).toMatchObject({ grade: '达成', completionRate: null, reasonsRequired: [] });
    expect(s2(score('＝100%', '已完成')!.score)).toBe('10.00');
    expect(score('≥90%', '良好')).toMatchObject({ grade: '部分达成', reasonsRequired: ['not-achieved'] });
    expect(score('11月底前', '已完成')).toMatchObject({ grade: '达成' });
    expect(score('≥90%', '有所提升')).toMatchObject({ grade: null, score: null });
  });

  test('deadlines: met is 达成; a later date is 部分达成 and needs a reason', () => {
    expect(score('11月底前', '11月20日')).toMatchObject({ grade: '达成', reasonsRequired: [] });
    expect(score('11月底前', '12月15日')).toMatchObject({ grade: '部分达成', reasonsRequired: ['not-achieved'] });
  });

  test("a target without an operator is scored with the class's operator, which is reported", () => {
    const evaluation = score('100%', 1, { implied: '≥' })!;
    expect([evaluation.assumedOperator, s2(evaluation.score)]).toEqual(['≥', '10.00']);
    expect(score('100%', 0.9)).toBeNull();
  });

  test('an unreadable or undirected target is scored where every reading agrees: the actual is the target itself', () => {
    // No operator and no class to imply one: 1 against 100% meets ≥, ≤ and ＝ alike.
    expect(score('100%', 1)).toMatchObject({ readingsAgree: true, reasonsRequired: [] });
    expect(s2(score('100%', 1)!.score)).toBe('10.00');
    // Words where a number was due, the same on both sides (seed 004 目标7 "一年一次").
    expect(score('一年一次', '一年一次')).toMatchObject({ readingsAgree: true, grade: '达成' });
    // Readings that disagree leave the row unscored, with its reason.
    expect(score('一年一次', '两次')).toBeNull();
    expect(
      unscoredReason({ target: parseValue('一年一次'), actual: parseValue('两次'), weight: new Decimal(10), impliedOperator: null, reverse: 'ratio' }),
    ).toBe('unreadable-target');
    expect(unscoredReason({ target: parseValue('100%'), actual: parseValue('90%'), weight: new Decimal(10), impliedOperator: null, reverse: 'ratio' })).toBe(
      'no-operator',
    );
  });

  test('a target below zero is met or missed: no ratio, and a negative actual is not read as 0', () => {
    expect(score('≥-3%', '-2%')).toMatchObject({ completionRate: null, reasonsRequired: [] });
    expect(s2(score('≥-3%', '-2%')!.score)).toBe('10.00');
    expect(score('≥-3%', '-5%')).toMatchObject({ completionRate: null, reasonsRequired: ['missed'] });
    expect(s2(score('≥-3%', '-5%')!.score)).toBe('0.00');
    expect(s2(score('≤-1%', '-2%')!.score)).toBe('10.00');
  });

  test('a blank actual needs a reason and has no score', () => {
    expect(score('≤28人', null)).toMatchObject({ score: null, reasonsRequired: ['no-actual'] });
  });

  test('units that cannot be compared leave the row unscored', () => {
    expect(score('≥400平方米', '3户')).toBeNull();
  });

  test('linear reverse form: 1 − (B − A) / A between A and 2A, 0 from 2A', () => {
    expect(r4(completionRate('reverse', new Decimal(3), new Decimal('3.68'), 'linear'))).toBe('0.7733');
    expect(r4(completionRate('reverse', new Decimal(2), new Decimal(4), 'linear'))).toBe('0.0000');
  });

  test.each([
    [90, '优'],
    ['89.99', '良'],
    [80, '良'],
    ['79.99', '中'],
    [60, '中'],
    ['59.99', '差'],
  ])('a total of %s is %s', (total, grade) => {
    expect(gradeOfTotal(new Decimal(total))).toBe(grade);
  });
});

test('property: 0 ≤ 得分 ≤ 分值 for any target and actual', () => {
  const operator = fc.constantFrom('≥', '≤', '＝', '>', '<', '');
  const amount = fc.oneof(
    fc.integer({ min: 0, max: 100000 }),
    fc.double({ min: 0, max: 1000, noNaN: true }).map((d) => Number(d.toFixed(3))),
  );
  const actual = fc.oneof(
    fc.integer({ min: -1000, max: 200000 }),
    fc.double({ min: -10, max: 2000, noNaN: true }).map((d) => Number(d.toFixed(3))),
  );
  const unit = fc.constantFrom('', '%', '人', '万元', '元');
  fc.assert(
    fc.property(
      operator,
      amount,
      unit,
      actual,
      unit,
      fc.integer({ min: 1, max: 30 }),
      fc.constantFrom('ratio', 'linear') as fc.Arbitrary<ReverseForm>,
      (op, a, tu, b, au, w, reverse) => {
        const evaluation = scoreIndicator({
          target: parseValue(`${op}${a}${tu}`),
          actual: parseValue(`${b}${au}`),
          weight: new Decimal(w),
          impliedOperator: '≥',
          reverse,
        });
        if (evaluation?.score) {
          expect(evaluation.score.gte(0)).toBe(true);
          expect(evaluation.score.lte(w)).toBe(true);
        }
      },
    ),
    { numRuns: 3000 },
  );
});

test('a sheet scores each row as scoreIndicator would, when rows repeat a value under another weight or class', () => {
  // The sheet remembers scores of identical inputs: the same "90%" / "95%" must still differ by weight and by the
  // operator the row's class implies (≥ for a rate, ≤ for a bad event), and the total must add every row.
  const sheet = grid([
    ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值'],
    ['产出指标', '质量指标', '合格率', '90%', '95%', 20],
    ['产出指标', '质量指标', '验收率', '90%', '95%', 20],
    ['产出指标', '质量指标', '达标率', '90%', '95%', 10],
    ['产出指标', '质量指标', '差错率', '90%', '95%', 10],
    ['效益指标', '社会效益指标', '覆盖率', '≥90%', '80%', 30],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '80%', 10],
  ]);
  const tables = findTables(sheet);
  const evaluation = evaluateSheet(tables, DEFAULT_SETTINGS)!;
  const direct = evaluation.rows.map(({ indicator, weight }) =>
    scoreIndicator({
      target: indicator.target!.value,
      actual: indicator.actual!.value,
      weight: weight!,
      impliedOperator: expectedOperator(indicator),
      reverse: 'ratio',
    }),
  );
  expect(evaluation.rows.map((r) => s2(r.evaluation?.score))).toEqual(direct.map((d) => s2(d?.score)));
  expect(evaluation.rows.map((r) => s2(r.evaluation?.score))).toEqual(['20.00', '20.00', '10.00', '9.47', '26.67', '8.89']);
  expect(evaluation.total?.toFixed(2)).toBe('95.03');
  expect(Object.isFrozen(evaluation.rows[0].evaluation!.reasonsRequired)).toBe(true);
});

test('default weights are split to the cent: a sheet met in full scores 100, never more', () => {
  // 效益's 30 over 7 rows is 4.2857…; rounded per row that is 4.29 × 7 = 30.03, and the total would be 100.03.
  const rows = [
    ...['人数', '次数', '户数'].map((name) => ['产出指标', '数量指标', name, '≥10人', '12人']),
    ...[1, 2, 3, 4, 5, 6, 7].map((n) => ['效益指标', '社会效益指标', `覆盖率${n}`, '≥90%', '95%']),
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%'],
  ];
  const evaluation = evaluateSheet(findTables(grid([['一级指标', '二级指标', '三级指标', '指标值', '实际完成值'], ...rows])), DEFAULT_SETTINGS)!;
  expect(evaluation.rows.map((r) => r.weight!.toFixed(2))).toEqual([
    '16.67',
    '16.67',
    '16.66',
    '4.29',
    '4.29',
    '4.29',
    '4.29',
    '4.28',
    '4.28',
    '4.28',
    '10.00',
  ]);
  expect(evaluation.rows.every((r) => r.evaluation!.score!.eq(r.weight!))).toBe(true);
  expect(evaluation.total?.toFixed(2)).toBe('100.00');
});

test('budget execution with a negative budget or spending is not scored, and the total leaves its 10 points out', () => {
  const sheet = (budget: number, executed: number) =>
    evaluateSheet(
      findTables(
        grid([
          ['资金情况（万元）', null, '年初预算资金总额', '实际投入资金额', '产生差异的原因'],
          [null, '合计', budget, executed, null],
          ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值'],
          ['产出指标', '数量指标', '培训人数', '≥100人', '50人'],
        ]),
      ),
      DEFAULT_SETTINGS,
    )!;
  // Spending half the budget: 5 of 10 points, beside 25 of 50 for the row.
  expect([s2(sheet(300, 150).budget!.score), s2(sheet(300, 150).total), sheet(300, 150).weightSum.toString()]).toEqual(['5.00', '50.00', '60']);
  for (const [budget, executed] of [
    [-300, 150],
    [300, -150],
  ]) {
    const evaluation = sheet(budget, executed);
    expect([evaluation.budget!.rate, evaluation.budget!.score, s2(evaluation.total), evaluation.weightSum.toString()]).toEqual([null, null, '50.00', '50']);
  }
});

test('分值 written as "10分", and 权重 as a share of 100 ("30%", or 0.1 shown as 10%), weigh what they say', () => {
  // Read as plain numbers only, "50分" weighed 0: the row was scored 0.00 and left the total without a word.
  const header = ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '权重'];
  const rows = [
    ['产出指标', '数量指标', '培训人数', '≥100人', '50人', '50分'],
    ['效益指标', '社会效益指标', '就业率', '≥60%', '60%', '30%'],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '90%', 0.1],
    ['满意度指标', '服务对象满意度指标', '投诉率', '≤5%', '5%', '/'],
  ];
  const sheet = { ...grid([header, ...rows]), text: [header, ...rows.map((row) => row.map((cell) => (cell === 0.1 ? '10%' : String(cell))))] };
  const evaluation = evaluateSheet(findTables(sheet), DEFAULT_SETTINGS)!;
  expect(evaluation.rows.map((r) => [r.weight?.toString() ?? null, s2(r.evaluation?.score)])).toEqual([
    ['50', '25.00'],
    ['30', '30.00'],
    ['10', '10.00'],
    [null, null],
  ]);
  expect([evaluation.weightSum.toString(), s2(evaluation.total)]).toEqual(['90', '72.22']);
});
