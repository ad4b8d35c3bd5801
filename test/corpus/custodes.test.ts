// 70 real workbooks that are not performance tables (one of them crashes a plain exceljs load): every one is read,
// no indicator table is found and nothing is flagged.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { checkFiles } from '../../src/cli/pool';
import JSZip from 'jszip';
import { readWorkbook } from '../../src/xlsx/read';
import { applyPlanToXlsx } from '../../src/xlsx/write';

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

test('a workbook exceljs cannot load whole is read from a copy without its drawings, and written back whole', async () => {
  // FinalBudget.xlsx's chart-sheet drawings make exceljs fail: it is read without them. The writer patches the
  // original package, so a fix keeps its charts and every other part.
  const bytes = await fs.readFile(path.join(CORPUS, 'FinalBudget.xlsx'));
  const [sheet] = await readWorkbook(bytes, 'FinalBudget.xlsx');
  const change = { sheet: sheet.name, cell: 'A1', from: '', to: '已核对', fromValue: null, toValue: '已核对', fromFormat: null, toFormat: null, checks: ['test'] };
  const { bytes: written } = await applyPlanToXlsx(bytes, { changes: [change], unmerge: [], skipped: [] }, 'FinalBudget.xlsx');
  const [before, after] = [await JSZip.loadAsync(bytes), await JSZip.loadAsync(written)];
  const charts = Object.keys(before.files).filter((name) => /^xl\/(charts|chartsheets|drawings)\//u.test(name) && !before.files[name].dir);
  expect(charts.length).toBeGreaterThan(0);
  for (const name of charts) expect(await after.file(name)!.async('nodebuffer')).toEqual(await before.file(name)!.async('nodebuffer'));
  expect((await readWorkbook(written, 'FinalBudget.xlsx'))[0].values[0][0]).toBe('已核对');
});
