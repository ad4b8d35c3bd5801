// Seed 004 (DOMAIN §8): 衡阳南岳残联 部门整体支出绩效自评表, groups 目标1–目标12.
import { checkSeed, cellsByCheck } from '../support/seed';

test('finds twelve self-evaluation groups', async () => {
  const [{ tables }] = await checkSeed('004');
  expect(tables.map((t) => t.group)).toEqual(Array.from({ length: 12 }, (_, i) => `目标${i + 1}`));
  expect(tables.every((t) => t.kind === 'self-evaluation' && t.currency === '万元')).toBe(true);
  expect(tables[0].blankRows).toEqual([15]);
});

test('reports exactly the seed defects, cell by cell', async () => {
  const [{ findings }] = await checkSeed('004');
  expect(cellsByCheck(findings)).toEqual({
    // "≥90%" actuals of 质量 in 目标5, 9, 10.
    'actual-has-operator warning': ['F45', 'F77', 'F85'],
    // 年初 55 vs 实际投入 274 (498.18%); no adjusted-budget column.
    'budget-execution info': ['C6'],
    'budget-execution warning': ['D6'],
    // 财政拨款 273 + 其他资金 2 = 275 ≠ 合计 274.
    'budget-sum warning': ['D6'],
    'decimal-comma error': ['E63'],
    // The blank row in 目标1; empty 可持续影响 in 目标8–12.
    'empty-level2 info': ['A16', 'C73', 'C81', 'C89', 'C97', 'C105'],
    // The twelve 服务对象满意度 rows under an inherited 效益指标.
    'hierarchy-parent error': ['C18', 'C26', 'C34', 'C42', 'C50', 'C58', 'C66', 'C74', 'C82', 'C90', 'C98', 'C106'],
    // 可持续影响 (目标1–12), 社会效益 and 服务对象满意度 (目标2–12).
    'level-name-synonym info': [
      'C17',
      'C24',
      'C25',
      'C26',
      'C32',
      'C33',
      'C34',
      'C40',
      'C41',
      'C42',
      'C48',
      'C49',
      'C50',
      'C56',
      'C57',
      'C58',
      'C64',
      'C65',
      'C66',
      'C72',
      'C73',
      'C74',
      'C80',
      'C81',
      'C82',
      'C88',
      'C89',
      'C90',
      'C96',
      'C97',
      'C98',
      'C104',
      'C105',
      'C106',
    ],
    'misplaced-operator warning': ['D17', 'D18'],
    'missing-actual error': ['F17', 'F18', 'F68', 'F84'],
    // The same four rows: no actual, and no reason written.
    'missing-deviation-reason error': ['G17', 'G18', 'G68', 'G84'],
    // 满意度 "100%" (2, 5, 6, 7, 8, 11), "90%" (9); 质量 "100%" (8, 12); 时效 "100%" (9, 11), "1" (8); "1次/年" (5).
    'missing-operator warning': ['E26', 'E46', 'E50', 'E58', 'E66', 'E69', 'E70', 'E74', 'E78', 'E82', 'E94', 'E98', 'E101'],
    'missing-unit warning': ['E28'],
    // Costs written with ≥ (目标2, 3, 4, 5, 8) are errors; counts with ≤ (目标7, 8) warnings.
    'operator-direction error': ['E23', 'E31', 'E39', 'E47', 'E71'],
    // 目标1 数量 (r 2.0000); as written 目标2 成本 (2.4743) and 目标3 成本 (2.8333).
    'over-completion warning': ['F12', 'F23', 'F31'],
    'operator-direction warning': ['E60', 'E68'],
    // Targets "1" (目标1 满意度, 目标8 时效) and the 27 fraction actuals.
    'percent-as-fraction warning': [
      'F13',
      'F15',
      'E18',
      'F21',
      'F22',
      'F26',
      'F29',
      'F30',
      'F34',
      'F37',
      'F38',
      'F50',
      'F53',
      'F54',
      'F56',
      'F57',
      'F58',
      'F61',
      'F66',
      'F69',
      'E70',
      'F70',
      'F74',
      'F78',
      'F82',
      'F93',
      'F94',
      'F98',
      'F101',
    ],
    // "≥100%": 目标1 社会效益, 目标3 质量 and 满意度, 目标4 时效, 目标6 时效.
    'percent-ceiling warning': ['E15', 'E29', 'E34', 'E38', 'E54'],
    'qualitative-grade info': ['F24', 'F25', 'F32', 'F33', 'F40', 'F41', 'F42', 'F48', 'F49', 'F64', 'F65', 'F72', 'F80', 'F88', 'F90', 'F96', 'F104', 'F106'],
    'satisfaction-format warning': ['E42', 'E90', 'E106'],
    // DOMAIN's list plus the other clause-length names; 目标10 "对重度残疾人进行上门服务办证" is an activity, not a measure.
    'sentence-name warning': [
      'D15',
      'D20',
      'D23',
      'D24',
      'D28',
      'D31',
      'D36',
      'D40',
      'D48',
      'D49',
      'D52',
      'D55',
      'D60',
      'D62',
      'D64',
      'D68',
      'D72',
      'D74',
      'D76',
      'D79',
      'D80',
      'D84',
      'D86',
      'D92',
      'D96',
      'D100',
      'D102',
    ],
    // "万" in every readable 成本 target and actual; "≥400平方" / "412平方".
    'unit-spelling info': [
      'E14',
      'F14',
      'E23',
      'F23',
      'E31',
      'F31',
      'E39',
      'F39',
      'E44',
      'F44',
      'E47',
      'F47',
      'E55',
      'F55',
      'F63',
      'E71',
      'F71',
      'E79',
      'F79',
      'E87',
      'F87',
      'E95',
      'E103',
      'F103',
    ],
    // "长期" (目标1–5, 7), "良好" (社会效益 of 目标2, 4, 5, 7–12), "好" (目标3).
    'vague-qualitative warning': ['E17', 'E24', 'E25', 'E32', 'E33', 'E40', 'E41', 'E48', 'E49', 'E64', 'E65', 'E72', 'E80', 'E88', 'E96', 'E104'],
    'value-in-words warning': ['F46', 'E62', 'F62'],
    'value-kind-mismatch warning': ['E102'],
    // No 分值 column: the national 50/30/10/10 split is spread over the rows.
    'weights-sum info': ['A11'],
  });
});

test('fixes carry what the user needs to apply them', async () => {
  const [{ findings }] = await checkSeed('004');
  const fixAt = (cell: string, check: string) => findings.find((f) => f.cell === cell && f.check === check)!.fix;
  // The satisfaction row is the last of the merged 效益 cell: split it, then write the parent.
  expect(fixAt('C18', 'hierarchy-parent')).toEqual({ cell: 'B18', from: '', to: '满意度指标', safe: false, unmerge: 'B15:B18' });
  expect(fixAt('E23', 'operator-direction')).toEqual({ cell: 'E23', from: '≥15万', to: '≤15万元', safe: false });
  // Written out as 万元 in the same step, so that the fix is final (issue "Read every real 指标值…", item 5).
  expect(fixAt('E63', 'decimal-comma')).toEqual({ cell: 'E63', from: '≤2,53万', to: '≤2.53万元', safe: false });
  expect(fixAt('F13', 'percent-as-fraction')).toEqual({ cell: 'F13', from: '0.8', to: '80%', safe: true, numberFormat: '0%' });
  expect(fixAt('E34', 'percent-ceiling')).toEqual({ cell: 'E34', from: '≥100%', to: '＝100%', safe: true });
  expect(findings.find((f) => f.cell === 'F24')!.data).toMatchObject({ grade: '达成' });
});
