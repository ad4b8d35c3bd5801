// Whether unit-spelling's fixes ask first: its table (unit-spelling.cases.ts) asserts only what they write.
import check from '../../../src/core/checks/unit-spelling';
import { fixSafety } from '../../support/check-tester';
import { grid, targetTable } from '../../support/grid';
import { SPLIT_HEADER } from './unit-spelling.cases';

describe('unit-spelling: which respellings are safe', () => {
  test("人/次 → 人次 is safe only where 人次 is the name's head noun", () => {
    expect(fixSafety(check, targetTable(['产出指标', '数量指标', '服务人次', '≥500人/次'], [null, '数量指标', '培训人次达标', '≥300人/次']))).toEqual({
      D2: true,
      D3: false,
    });
    expect(fixSafety(check, grid([SPLIT_HEADER, ['产出指标', '数量指标', '出差人次', '=', 24, '人/次', 24]]))).toEqual({ F2: true });
  });
  test('万/月 → 万元/月 is safe under a 成本 二级, as 万 → 万元 is', () => {
    expect(fixSafety(check, targetTable(['产出指标', '成本指标', '人工成本', '≤620万/月']))).toEqual({ D2: true });
  });
});
