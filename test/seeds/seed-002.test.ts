// Seed 002 (DOMAIN §8): ten 河北 project tables after a prose 第一部分.
import { checkSeed, cellsByCheck } from '../support/seed';

test('finds the ten project tables and no table in the prose', async () => {
  const [{ tables }] = await checkSeed('002');
  expect(tables.map((t) => t.title)).toEqual([
    '1、城镇残疾人基本养老保险补贴绩效目标表',
    '2、城镇残疾人医疗保险补贴绩效目标表',
    '3、劳务派遣人员经费绩效目标表',
    '4、贫困重度残疾人生活补贴绩效目标表',
    '5、残疾人扶贫基地配套资金绩效目标表',
    '6、残疾人基层组织建设工作及专职委员津贴绩效目标表',
    '7、残疾人家庭无障碍改造资金绩效目标表',
    '8、残疾人康复用品用具配备及免费体检绩效目标表',
    '9、残疾人两节慰问及扶贫补贴金绩效目标表',
    '10、残疾人事业宣传、维权及纪念活动日活动资金绩效目标表',
  ]);
  expect(tables.every((t) => t.indicators.length === 3 && t.currency === '万元' && t.kind === 'target')).toBe(true);
});

test('reports exactly the seed defects, cell by cell', async () => {
  const [{ findings }] = await checkSeed('002');
  expect(cellsByCheck(findings)).toEqual({
    // Table 2 描述 copied from a research template; table 3's goal written twice; table 5 就业率 described as a slogan.
    'duplicate-text info': ['D33', 'B44', 'D73'],
    // 效果指标 ×10, accepted as 效益指标 without a fix.
    'level-name-synonym info': ['A21', 'A34', 'A47', 'A60', 'A73', 'A86', 'A99', 'A112', 'A125', 'A138'],
    // "85100" ×2 (table 5) and "90100" ×14 (tables 6, 7, 8, 10 all rows; table 9 时效 and 效果).
    'lost-range-separator error': ['E72', 'E73', 'E85', 'E86', 'E87', 'E98', 'E99', 'E100', 'E111', 'E112', 'E113', 'E124', 'E125', 'E137', 'E138', 'E139'],
    'missing-basis info': ['F20', 'F33', 'F46', 'F59', 'F72', 'F85', 'F98', 'F111', 'F124', 'F137'],
    'missing-cost-indicator warning': ['A19', 'A32', 'A45', 'A58', 'A71', 'A84', 'A97', 'A110', 'A123', 'A136'],
    // 产出 holds only 时效 in every table.
    'missing-group warning': ['A19', 'A32', 'A45', 'A58', 'A71', 'A84', 'A97', 'A110', 'A123', 'A136'],
    // Bare "100" ×14: tables 1–4 all rows, 满意度 of tables 5 and 9.
    'missing-operator warning': ['E20', 'E21', 'E22', 'E33', 'E34', 'E35', 'E46', 'E47', 'E48', 'E59', 'E60', 'E61', 'E74', 'E126'],
    'missing-unit warning': ['E20', 'E21', 'E22', 'E33', 'E34', 'E35', 'E46', 'E47', 'E48', 'E59', 'E60', 'E61', 'E74', 'E126'],
    // Tables 1, 2: 100 at 10月底 and 12月底 blank; table 4: 10月底 blank between 50 and 100.
    'spending-plan info': ['E17', 'E30', 'D56'],
    // Table 8 效果 "社会影响力" with a number.
    'value-kind-mismatch warning': ['E112'],
  });
});

test('fixes: "100" on a bounded rate or satisfaction becomes ＝100% safely; on 完成率 it is a suggestion', async () => {
  const [{ findings }] = await checkSeed('002');
  const fixAt = (cell: string, check: string) => findings.find((f) => f.cell === cell && f.check === check)!.fix;
  expect(fixAt('E21', 'missing-operator')).toEqual({ cell: 'E21', from: '100', to: '＝100%', safe: true });
  expect(fixAt('E20', 'missing-operator')).toEqual({ cell: 'E20', from: '100', to: '＝100%', safe: false });
  expect(fixAt('E20', 'missing-unit')).toEqual({ cell: 'E20', from: '100', to: '100%', safe: true });
  expect(fixAt('E85', 'lost-range-separator')).toEqual({ cell: 'E85', from: '90100', to: '≥90%', safe: false });
});
