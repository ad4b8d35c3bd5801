// Whether operator-spelling's fixes ask first: its table (operator-spelling.cases.ts) asserts only what they write.
import check from '../../../src/core/checks/operator-spelling';
import { fixSafety } from '../../support/check-tester';
import { targetTable } from '../../support/grid';

test('the tolerance reading is offered for confirmation, never applied in bulk', () => {
  expect(fixSafety(check, targetTable(['产出指标', '质量指标', '补助款结算误差率', '±3%以内'], [null, null, '合格率', '98%以上']))).toEqual({
    D2: false,
    D3: true,
  });
});
