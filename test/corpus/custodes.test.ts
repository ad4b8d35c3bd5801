// 70 real workbooks that are not performance tables (one of them crashes a plain exceljs load): every one is read,
// no indicator table is found and nothing is flagged.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { checkFiles } from '../../src/cli/pool';
import { openWorkbook } from '../../src/xlsx/read';

const CORPUS = path.join(__dirname, 'custodes');

test('every custodes workbook is read and none holds an indicator table or a finding', async () => {
  const names = (await fs.readdir(CORPUS)).filter((name) => name.endsWith('.xlsx')).sort();
  expect(names).toHaveLength(70);
  // On two worker threads, as a bureau's bulk check runs; results come back in input order.
  const reports = await checkFiles(names.map((name) => path.join(CORPUS, name)), 2);
  expect(reports.map((r) => path.basename(r.file))).toEqual(names);
  expect(reports.filter((r) => r.error).map((r) => r.error)).toEqual([]);
  expect(reports.filter((r) => r.tables.length > 0).map((r) => r.file)).toEqual([]);
  expect(reports.flatMap((r) => r.findings)).toEqual([]);
}, 120000);

test('a workbook read without its drawings is not offered for writing back; a whole one is', async () => {
  // FinalBudget.xlsx's chart-sheet drawings make exceljs fail: it is read from a copy without them, which must never
  // be saved in its place (the pictures would be lost).
  const broken = await openWorkbook(await fs.readFile(path.join(CORPUS, 'FinalBudget.xlsx')), 'FinalBudget.xlsx');
  expect(broken.grids.length).toBeGreaterThan(0);
  expect(broken.workbook).toBeNull();
  const whole = await openWorkbook(await fs.readFile(path.join(CORPUS, '01sumdat.xlsx')), '01sumdat.xlsx');
  expect(whole.workbook?.worksheets.map((s) => s.name)).toEqual(whole.grids.map((g) => g.name));
});
