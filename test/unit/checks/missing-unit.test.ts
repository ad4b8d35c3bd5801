// Whether missing-unit's fixes ask first: its table (missing-unit.cases.ts) asserts only what they write.
import check from '../../../src/core/checks/missing-unit';
import { fixSafety } from '../../support/check-tester';
import { targetTable } from '../../support/grid';
import { GUANGDONG } from './missing-unit.cases';

describe('missing-unit fixes are safe only for % on rates', () => {
  test('a count noun\'s unit is a suggestion (广东 "7所")', () => {
    expect(fixSafety(check, GUANGDONG)).toEqual({ B2: false, C2: false });
  });
  test("a template's ≥…% is safe when the operator is already written, a suggestion when it adds one", () => {
    expect(
      fixSafety(check, targetTable(['产出指标', '质量指标', '苗木成活率(≥**%)', 85], ['满意度指标', '服务对象满意度指标', '★受助对象满意度(≥**%)', '>=9'])),
    ).toEqual({ D2: false, D3: true });
  });
});
