// Seeds 000 and 001 (DOMAIN §8): well-formed 云南 twin tables; every check must stay silent.
import { checkSeed } from '../support/seed';

describe.each(['000', '001'] as const)('seed %s', (id) => {
  test('finds one twin target table and nothing to report', async () => {
    const [sheet] = await checkSeed(id);
    expect(sheet.tables).toHaveLength(1);
    const [table] = sheet.tables;
    expect(table.kind).toBe('target');
    expect(table.blocks.map((b) => b.period)).toEqual(['midterm', 'annual']);
    expect(sheet.findings).toEqual([]);
  });
});

test('seed 000: blank and merged 一级 cells inherit, recording where they came from', async () => {
  const [{ tables }] = await checkSeed('000');
  const annual = tables[0].indicators.filter((i) => i.period === 'annual');
  expect(annual.map((i) => [i.level1.canonical, i.level1.source])).toEqual([
    ['产出指标', 'own'],
    ['产出指标', 'merge'],
    ['产出指标', 'merge'],
    ['产出指标', 'merge'],
    ['效益指标', 'own'],
    ['满意度指标', 'own'],
  ]);
  expect(annual[3].level1.sourceCell).toBe('B19');
  expect(tables[0].currency).toBe('元');
});

test('seed 001: 一级 left blank under the first row is inherited from the row above', async () => {
  const [{ tables }] = await checkSeed('001');
  const sources = tables[0].indicators.filter((i) => i.period === 'midterm').map((i) => i.level1.source);
  expect(sources).toEqual(['own', 'inherited', 'inherited', 'inherited', 'inherited', 'inherited', 'own', 'own']);
});
