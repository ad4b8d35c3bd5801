// The direct reader (src/xlsx/direct.ts) against exceljs, its reference: on every workbook of the corpora — the 70
// CUSTODES workbooks, the 46 rebuilt public tables and negatives, the five samples — both give the same grids, and
// the direct reader reads every one of them itself rather than leaving it to exceljs.
//
// One difference is exceljs's defect, not the reader's: a formula in a date-formatted cell whose cached result is
// text or an error ("November 30, 2002", #REF!) is turned by exceljs into an invalid date, which reads as empty.
// Excel shows the text; the direct reader gives it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetGrid } from '../../src/core/grid';
import { readDirect } from '../../src/xlsx/direct';
import { readWithExceljs, readWorkbook } from '../../src/xlsx/read';

const ROOT = path.join(__dirname, '..', '..');
const FOLDERS = ['test/corpus/custodes', 'test/corpus/workbooks/public', 'test/corpus/workbooks/negatives', 'samples'];

async function workbooks(): Promise<string[]> {
  const lists = await Promise.all(
    FOLDERS.map(async (folder) =>
      (await fs.readdir(path.join(ROOT, folder))).filter((name) => name.endsWith('.xlsx')).map((name) => path.join(ROOT, folder, name)),
    ),
  );
  return lists.flat();
}

/** exceljs's invalid date: a text or error result it read as empty in a date-formatted cell. */
const isExceljsDateDefect = (direct: unknown, reference: unknown, format: unknown) =>
  reference === null && typeof direct === 'string' && typeof format === 'string' && /[ymdhs]/iu.test(format.replace(/"[^"]*"/gu, ''));

/** The cells where two readings of a workbook differ (sheet!row,col), the known exceljs defect left out. */
function differences(direct: SheetGrid[], reference: SheetGrid[]): string[] {
  if (JSON.stringify(direct.map((g) => [g.name, g.merges])) !== JSON.stringify(reference.map((g) => [g.name, g.merges]))) return ['sheets or merges'];
  return direct.flatMap((grid, i) => {
    const other = reference[i];
    const found: string[] = [];
    for (let r = 0; r < Math.max(grid.values.length, other.values.length); r++) {
      for (let c = 0; c < Math.max(grid.values[r]?.length ?? 0, other.values[r]?.length ?? 0); c++) {
        const [a, b] = [grid, other].map((g) => [g.values[r]?.[c] ?? null, g.numberFormats?.[r]?.[c] ?? null, g.text?.[r]?.[c] ?? null]);
        if (JSON.stringify(a) === JSON.stringify(b) || (isExceljsDateDefect(a[0], b[0], b[1]) && a[1] === b[1])) continue;
        found.push(`${grid.name}!${r},${c}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
      }
    }
    return found;
  });
}

test('the direct reader reads every workbook of the corpora, as exceljs reads it', async () => {
  const files = await workbooks();
  expect(files.length).toBeGreaterThan(120);
  const differing: string[] = [];
  const leftToExceljs: string[] = [];
  for (const file of files) {
    const bytes = await fs.readFile(file);
    if ((await readDirect(await JSZip.loadAsync(bytes))) === null) leftToExceljs.push(path.basename(file));
    const found = differences(await readWorkbook(bytes, file), await readWithExceljs(bytes, file));
    if (found.length > 0) differing.push(`${path.basename(file)}: ${found.slice(0, 3).join('; ')}`);
  }
  expect(leftToExceljs).toEqual([]);
  expect(differing).toEqual([]);
}, 120000);

test('both readers mark the cells that hold formulas, a formula with no cached result too', async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('表1');
  sheet.addRow(['分值', '得分', '备注']);
  sheet.addRow([10, { formula: 'A2*0.9', result: 9 }, { formula: 'IF(B2="","",B2)' }]);
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  const cells = { top: 1, bottom: 1 };
  const expected = [
    { ...cells, left: 1, right: 1 },
    { ...cells, left: 2, right: 2 },
  ];
  expect((await readWorkbook(bytes, 'f.xlsx'))[0].formulas).toEqual(expected);
  expect((await readWithExceljs(bytes, 'f.xlsx'))[0].formulas).toEqual(expected);
});
