// The real-table corpus in the test suite: the committed workbooks are the ones the fixtures build, the product's
// reports on them meet the aims (rows placed ≥ 95 %, must-flag cells flagged ≥ 95 %, no must-not-flag cell flagged,
// exact fixes ≥ 90 %), and every hard negative yields no table and no finding. `npm run corpus -- -v` says what
// was missed, file by file.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { checkFiles } from '../../src/cli/pool';
import { readWorkbook } from '../../src/xlsx/read';
import { CORPUS_WORKBOOKS, negativeFixtures, publicFixtures } from '../fixtures/corpus';
import { workbookBuffer, type WorkbookSpec } from '../fixtures/spec';
import { scoreFile, scoreNegative, shortfalls, total } from '../../scripts/corpus-score';

const PUBLIC = publicFixtures();
const NEGATIVES = negativeFixtures();

async function cellsOf(bytes: Buffer, file: string) {
  return (await readWorkbook(bytes, file)).map((g) => ({ name: g.name, values: g.values, merges: g.merges }));
}

test.each([...PUBLIC.map((f) => ['public', f.spec.file, f.spec] as const), ...NEGATIVES.map((f) => ['negatives', f.spec.file, f.spec] as const)])(
  'the committed %s workbook %s is the one its fixture builds (run `npm run fixtures` after changing a fixture)',
  async (folder, _file, spec: WorkbookSpec) => {
    const file = path.join(CORPUS_WORKBOOKS, folder, spec.file);
    expect(await cellsOf(await readFile(file), file)).toEqual(await cellsOf(await workbookBuffer(spec), spec.file));
  },
);

test('the product meets the aims on the public corpus and finds nothing in the hard negatives', async () => {
  const files = [
    ...PUBLIC.map((f) => path.join(CORPUS_WORKBOOKS, 'public', f.spec.file)),
    ...NEGATIVES.map((f) => path.join(CORPUS_WORKBOOKS, 'negatives', f.spec.file)),
  ];
  const reports = await checkFiles(files, 2);
  const scores = [
    ...PUBLIC.map((f, i) => scoreFile(reports[i], f.expectation, f.spec.sheets[0].name)),
    ...NEGATIVES.map((_, i) => scoreNegative(reports[PUBLIC.length + i])),
  ];
  expect(reports.filter((r) => r.error).map((r) => r.error)).toEqual([]);
  expect(NEGATIVES.map((f, i) => [f.id, scores[PUBLIC.length + i].tablesExtra, scores[PUBLIC.length + i].falseFlags])).toEqual(NEGATIVES.map((f) => [f.id, 0, 0]));
  expect(shortfalls(total(scores))).toEqual([]);
}, 120000);
