// The corpus scorer: what counts as a row placed, a flag hit, a false flag and an exact fix.
import type { FileJson, FindingJson } from '../../src/core/report';
import type { CorpusExpectation } from '../fixtures/expectation';
import { scoreFile, shortfalls } from '../../scripts/corpus-score';

const finding = (cell: string, category: string, fix: FindingJson['fix'] = null): FindingJson => ({
  sheet: 'S',
  cell,
  check: 'x',
  category,
  severity: 'warning',
  message: '',
  messageId: 'm',
  fix,
});

const report: FileJson = {
  file: 'f.xlsx',
  error: null,
  evaluations: [],
  tables: [
    {
      sheet: 'S',
      range: 'A1:D4',
      kind: 'target',
      framework: '2020',
      title: null,
      group: null,
      unit: null,
      project: null,
      header: { row: 1, lastRow: 1, blocks: [{ period: null, columns: { level1: 'A', level2: 'B', level3: 'C', target: 'D' } }] },
      indicators: [
        { row: 2, level1: '产出指标', level2: '数量指标', level3: '培训人数', period: null, target: null, actual: null, evaluation: null },
        {
          row: 3,
          level1: '效益指标',
          level2: '服务对象满意度指标',
          placedLevel1: '满意度指标',
          level3: '满意度',
          period: null,
          target: null,
          actual: null,
          evaluation: null,
        },
        {
          row: 4,
          level1: '产出指标',
          level2: '质量指标',
          placedLevel2: '服务对象满意度指标',
          level3: '对象满意度',
          period: null,
          target: null,
          actual: null,
          evaluation: null,
        },
      ],
    },
  ],
  findings: [finding('D2', 'operator', { cell: 'D2', from: '200人', to: '≥200人', safe: false }), finding('C3', 'structure'), finding('A1', 'structure')],
};

const expectation: CorpusExpectation = {
  source: 't.txt',
  reading: '',
  tables: 1,
  rows: [
    { cell: 'D2', level1: '产出指标', level2: '数量指标', level3: null },
    // Placed by the product's corrected parent and by the 二级 its name gives.
    { cell: 'D3', level1: '满意度指标', level2: '服务对象满意度指标', level3: null },
    { cell: 'D4', level1: null, level2: '服务对象满意度指标', level3: null },
    { cell: 'D5', level1: '产出指标', level2: '数量指标', level3: null },
  ],
  flags: [
    { cell: 'D2', category: 'operator', why: '' },
    { cell: 'B3:D3', category: 'structure', why: 'a range takes any finding inside it' },
    { cell: 'D2', category: 'unit', why: 'another category on the same cell is not a hit' },
  ],
  clean: ['C2', 'A1'],
  fixes: [
    { cell: 'D2', to: '≥200人', why: '' },
    { cell: 'D3', to: '≥90%', why: '' },
  ],
};

test('rows, flags, clean cells and fixes are scored as the expectation format says', () => {
  const score = scoreFile(report, expectation, 'S');
  expect(score).toMatchObject({
    tablesFound: 1,
    rows: 4,
    rowsFound: 3,
    rowsPlaced: 3,
    flags: 3,
    flagsHit: 2,
    clean: 2,
    falseFlags: 1,
    fixes: 2,
    fixesExact: 1,
  });
  expect(score.misses).toEqual(['行 D5 未读到（）', '应标记 D2 [unit] another category on the same cell is not a hit', '误标 A1：x', '修正 D3 → ≥90%，未给出']);
  expect(shortfalls(score)).toEqual(['行归位 75.0% < 95%', '应标记 66.7% < 95%', '误标 1 处', '修正准确 50.0% < 90%']);
});
