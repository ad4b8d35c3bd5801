// Whether hierarchy-parent's fixes ask first: its table (hierarchy-parent.cases.ts) asserts only what they write.
import check from '../../../src/core/checks/hierarchy-parent';
import { fixSafety } from '../../support/check-tester';
import { targetTable } from '../../support/grid';

test('the fix into a blank 一级 is safe only when merges are known', () => {
  const sheet = targetTable(['效益指标', '社会效益指标', '就业率', '≥90%'], [null, '服务对象满意度指标', '残疾人满意度', '≥90%']);
  expect(fixSafety(check, sheet)).toEqual({ A3: true });
  expect(fixSafety(check, { ...sheet, mergesUnknown: true })).toEqual({ A3: false });
});
