// The reader takes merged areas from the package itself (exceljs loads them in quadratic time): the areas must be
// exactly what exceljs's own loading gives, and a package exceljs would refuse must still be refused, clearly.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseA1, parseRangeA1 } from '../../src/core/grid';
import { findTables } from '../../src/core/layout';
import { planWorkbook } from '../../src/core/plan';
import { mergesBySheetId } from '../../src/xlsx/merges';
import { beyondLimits, readWorkbook, WorkbookReadError } from '../../src/xlsx/read';
import { applyPlanToXlsx } from '../../src/xlsx/write';

const CORPUS = path.join(__dirname, '..', 'corpus', 'custodes');
const SAMPLES = path.join(__dirname, '..', '..', 'samples');

/** A two-sheet workbook: 一级 merged down two indicator rows on the second sheet. */
async function mergedWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('说明').addRow(['本表为示例']);
  const sheet = book.addWorksheet('目标表');
  sheet.addRow(['一级指标', '二级指标', '三级指标', '指标值']);
  sheet.addRow(['产出指标', '数量指标', '培训人数', '≥100人']);
  sheet.addRow([null, '质量指标', '合格率', '≥90%']);
  sheet.mergeCells('A2:A3');
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Rewrites one part of a package, as other tools write what exceljs does not. */
async function rewritePart(bytes: Buffer, part: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const addMerges = (refs: string[]) => (xml: string) =>
  xml.replace(
    /<mergeCells[^>]*>.*<\/mergeCells>|(?<=<\/sheetData>)/su,
    `<mergeCells count="${refs.length}">${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`,
  );

/** The areas exceljs keeps for each sheet when it loads the package itself (its private _merges). */
function exceljsAreas(book: ExcelJS.Workbook): string[][] {
  return book.worksheets.map((sheet) => Object.values((sheet as unknown as { _merges: Record<string, { range: string }> })._merges).map((area) => area.range));
}

test.each([
  ['custodes', CORPUS],
  ['samples', SAMPLES],
])(
  'every %s workbook is read with the merged areas exceljs itself would load',
  async (_, dir) => {
    let merges = 0;
    for (const name of (await fs.readdir(dir)).filter((n) => n.endsWith('.xlsx')).sort()) {
      const bytes = await fs.readFile(path.join(dir, name));
      const own = new ExcelJS.Workbook();
      // FinalBudget.xlsx: exceljs cannot load it whole (see custodes.test.ts).
      if (
        !(await own.xlsx.load(bytes as unknown as ArrayBuffer).then(
          () => true,
          () => false,
        ))
      )
        continue;
      const grids = await readWorkbook(bytes, name);
      expect({ name, merges: grids.map((grid) => grid.merges) }).toEqual({ name, merges: exceljsAreas(own).map((areas) => areas.map(parseRangeA1)) });
      merges += grids.reduce((n, grid) => n + grid.merges.length, 0);
    }
    // The corpus holds real merged headers and titles, the samples merged 一级 and group cells.
    expect(merges).toBeGreaterThan(dir === CORPUS ? 1000 : 100);
  },
  120000,
);

test('a merged 一级 is read through its merge on every sheet, wherever the part lies', async () => {
  const bytes = await mergedWorkbook();
  const [, sheet] = await readWorkbook(bytes, 'a.xlsx');
  expect(sheet.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 0 }]);
  const rows = findTables(sheet)[0].indicators;
  expect(rows.map((row) => [row.level1.text, row.level1.source])).toEqual([
    ['产出指标', 'own'],
    ['产出指标', 'merge'],
  ]);

  // A target written from the root, a sheet name with ">" and an entity, single quotes: exceljs reads all of them.
  const odd = await rewritePart(
    await rewritePart(bytes, 'xl/workbook.xml', (xml) => xml.replace(/name="目标表"/u, `name='收入>支出&amp;目标'`)),
    'xl/_rels/workbook.xml.rels',
    (xml) => xml.replace('Target="worksheets/sheet2.xml"', 'Target="/xl/worksheets/sheet2.xml"'),
  );
  const [, renamed] = await readWorkbook(odd, 'odd.xlsx');
  expect(renamed.name).toBe('收入>支出&目标');
  expect(renamed.merges).toEqual(sheet.merges);
  expect([...(await mergesBySheetId(odd))!.values()].map((areas) => areas.length)).toEqual([0, 1]);
});

test('a value left in a covered cell is not read, and a merge below the last value still counts its rows', async () => {
  const bytes = await rewritePart(await mergedWorkbook(), 'xl/worksheets/sheet2.xml', (xml) =>
    addMerges(['A2:A3', 'B2:B3', 'D3:D6'])(xml.replace(/<c r="B3"[^>]*>.*?<\/c>/u, '<c r="B3" t="inlineStr"><is><t>遗留文字</t></is></c>')),
  );
  const [, sheet] = await readWorkbook(bytes, 'b.xlsx');
  expect(sheet.values[2][1]).toBeUndefined();
  expect(sheet.values).toHaveLength(6);
});

test('overlapping merges are refused with the sheet and both areas named', async () => {
  const bytes = await rewritePart(await mergedWorkbook(), 'xl/worksheets/sheet2.xml', addMerges(['A2:A3', 'A3:B3']));
  const error = await readWorkbook(bytes, '重叠.xlsx').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookReadError);
  expect((error as Error).message).toBe('无法读取“重叠.xlsx”：工作表“目标表”无法解析（合并区域 A2:A3 与 A3:B3 重叠，请在 Excel 中取消其中一个合并后重试）。');
});

test('two sheets under one sheetId are both read, each with its merges', async () => {
  const bytes = await rewritePart(await mergedWorkbook(), 'xl/workbook.xml', (xml) => xml.replace('sheetId="2"', 'sheetId="1"'));
  expect(await mergesBySheetId(bytes)).toBeNull();
  expect(await mergesBySheetId(Buffer.from('not a zip'))).toBeNull();
  // exceljs keeps one sheet per id: the ids are made unique for reading, so that no sheet is lost.
  const grids = await readWorkbook(bytes, 'c.xlsx');
  expect(grids.map((grid) => [grid.name, grid.merges.length])).toEqual([
    ['说明', 0],
    ['目标表', 1],
  ]);
});

test('a package that would unpack beyond the limits is refused before anything is inflated', async () => {
  const zip = await JSZip.loadAsync(await mergedWorkbook());
  // 300 MB of one repeated byte deflates to about 300 KB: a small file, a huge part.
  zip.file('xl/media/padding.bin', Buffer.alloc(300 * 1024 * 1024, 0x20));
  const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
  const error = await readWorkbook(bomb, 'bomb.xlsx').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookReadError);
  expect((error as Error).message).toContain('解压后超过');
});

/** The package with the uncompressed size its headers state for `part` replaced by `size` (a forged directory). */
function withStatedSize(bytes: Buffer, part: string, size: number): Buffer {
  const forged = Buffer.from(bytes);
  // Local file headers (PK 3 4: size at 22, name at 30) and central directory headers (PK 1 2: size at 24, name at 46).
  for (const [signature, sizeAt, nameLengthAt, nameAt] of [
    [0x04034b50, 22, 26, 30],
    [0x02014b50, 24, 28, 46],
  ]) {
    for (let at = forged.indexOf(Buffer.from([0x50, 0x4b])); at >= 0; at = forged.indexOf(Buffer.from([0x50, 0x4b]), at + 1)) {
      if (forged.readUInt32LE(at) !== signature) continue;
      if (forged.toString('utf8', at + nameAt, at + nameAt + forged.readUInt16LE(at + nameLengthAt)) === part) forged.writeUInt32LE(size, at + sizeAt);
    }
  }
  return forged;
}

test('a part whose stated size is forged is measured as it inflates, and refused past the limit', async () => {
  const zip = await JSZip.loadAsync(await mergedWorkbook());
  zip.file('xl/media/padding.bin', Buffer.alloc(4 * 1024 * 1024, 0x20));
  const honest = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const forged = withStatedSize(honest, 'xl/media/padding.bin', 100);
  const megabyte = 1024 * 1024;
  // The directory of the forged package claims 100 bytes: only inflating tells.
  expect(await beyondLimits(await JSZip.loadAsync(honest), megabyte, 8 * megabyte)).toBe(4);
  expect(await beyondLimits(await JSZip.loadAsync(forged), megabyte, 8 * megabyte)).toBe(1);
  expect(await beyondLimits(await JSZip.loadAsync(forged), 8 * megabyte, 16 * megabyte)).toBeNull();
});

test('every sample fixed with all suggestions: the merges the plan splits are gone, the others stay, every edit reads back', async () => {
  let split = 0;
  for (const name of (await fs.readdir(SAMPLES)).filter((n) => n.endsWith('.xlsx')).sort()) {
    const bytes = await fs.readFile(path.join(SAMPLES, name));
    const grids = await readWorkbook(bytes, name);
    const plan = planWorkbook(grids, { all: true });
    split += plan.unmerge.length;
    const { bytes: written, refused } = await applyPlanToXlsx(bytes, plan, name);
    expect(refused).toEqual([]);
    const reread = await readWorkbook(written, name);
    reread.forEach((grid, i) => {
      const gone = new Set(plan.unmerge.filter((u) => u.sheet === grid.name).map((u) => u.range));
      const kept = grids[i].merges.filter(
        (m) => !gone.has(`${String.fromCharCode(65 + m.left)}${m.top + 1}:${String.fromCharCode(65 + m.right)}${m.bottom + 1}`),
      );
      expect({ name, sheet: grid.name, merges: grid.merges }).toEqual({ name, sheet: grid.name, merges: kept });
    });
    for (const change of plan.changes) {
      const { row, col } = parseA1(change.cell);
      const grid = reread.find((g) => g.name === change.sheet)!;
      expect({ name, cell: change.cell, shown: grid.text?.[row]?.[col] ?? '' }).toEqual({ name, cell: change.cell, shown: change.to });
    }
  }
  // Seed 004's 满意度 rows under a merged 效益指标 are fixed by splitting that merge.
  expect(split).toBeGreaterThan(0);
});
