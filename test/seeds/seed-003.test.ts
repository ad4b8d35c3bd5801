// Seed 003 (DOMAIN §8): 呈贡医保 申报表, twin blocks with 一级 repeated on every row.
import { checkSeed, cellsByCheck } from '../support/seed';

test('reports exactly the seed defects, cell by cell', async () => {
  const [{ tables, findings }] = await checkSeed('003');
  expect(tables).toHaveLength(1);
  expect(cellsByCheck(findings)).toEqual({
    'level-name-synonym info': ['F23'],
    'malformed-number info': ['H18'],
    // Funding 65,980,000 vs 3 × 19,320,000 (+13.84%); 320元/人.年 vs 280元/年. 212500 vs 3 × 69000 (+2.66%) passes.
    'midterm-annual-mismatch warning': ['B13', 'H21'],
    'missing-operator warning': ['E18', 'H18', 'E19', 'H19', 'E20', 'H20', 'E21', 'H21', 'E23', 'H23'],
    'percent-ceiling warning': ['E22', 'H22'],
    // Not in DOMAIN §8: the 三级 "全区失地人员人人参加城乡居民基本医疗保险" is a goal statement, its measure (参保率) sits in the value.
    'sentence-name warning': ['D22', 'G22'],
    'text-in-value info': ['E22', 'H22'],
    'unit-mismatch warning': ['H21'],
    'unknown-level-name error': ['F22'],
  });
});

test('the 年度 "效益指标" written as a 二级 takes its suggestion from the 中期 twin', async () => {
  const [{ findings }] = await checkSeed('003');
  const unknown = findings.find((f) => f.check === 'unknown-level-name')!;
  expect(unknown.messageId).toBe('level1AsLevel2');
  expect(unknown.fix).toEqual({ cell: 'F22', from: '效益指标', to: '社会效益指标', safe: false });
  expect(findings.find((f) => f.cell === 'H18' && f.check === 'malformed-number')!.fix).toEqual({ cell: 'H18', from: '69000人。', to: '69000人', safe: true });
  expect(findings.find((f) => f.cell === 'B13')!.data).toMatchObject({ percent: '13.84', years: '3' });
});
