// The core's cache of per-text work: computed once per text, and bounded for a bulk run over many workbooks.
import { rememberedPerText } from '../../src/core/memo';

test('each text is computed once and its result shared; a full cache starts over', () => {
  const computed: string[] = [];
  const length = rememberedPerText(2, (text) => {
    computed.push(text);
    return { length: text.length };
  });
  const first = length('产出指标');
  expect(length('产出指标')).toBe(first);
  length('效益指标');
  expect(computed).toEqual(['产出指标', '效益指标']);
  // The third text finds the cache full: it is emptied, so 产出指标 is computed again.
  length('满意度指标');
  length('产出指标');
  expect(computed).toEqual(['产出指标', '效益指标', '满意度指标', '产出指标']);
});
