// 70 real workbooks that are not performance tables (one of them crashes a plain exceljs load): every one is read,
// no indicator table is found and nothing is flagged.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { checkFiles } from '../../src/cli/pool';

const CORPUS = path.join(__dirname, '..', '..', '..', 'shared', 'corpora', 'custodes');

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
