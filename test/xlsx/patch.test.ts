// The writer patches the package: on real workbooks, every part but the edited sheet and styles.xml keeps its exact
// content, the edited sheet changes only in the edited cells, and what was written reads back as planned.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { CellChange, EditPlan } from '../../src/core/plan';
import { checkWorkbook } from '../../src/core/engine';
import { planSheet } from '../../src/core/plan';
import { patchWorkbook } from '../../src/xlsx/patch';
import { readWorkbook } from '../../src/xlsx/read';
import { onePackage } from '../support/package';
import { seedGrids } from '../support/seed';

const CUSTODES = path.join(__dirname, '..', 'corpus', 'custodes');

async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  // Folder entries count: a package that gains one has gained a part.
  for (const entry of Object.values(zip.files)) parts.set(entry.name, entry.dir ? Buffer.alloc(0) : await entry.async('nodebuffer'));
  return parts;
}

const change = (
  sheet: string,
  cell: string,
  toValue: string | number | null,
  toFormat: string | null = null,
  fromFormat: string | null = null,
): CellChange => ({
  sheet,
  cell,
  from: '',
  to: String(toValue ?? ''),
  fromValue: null,
  toValue,
  fromFormat,
  toFormat,
  checks: ['test'],
});

/** A seed table's cells written far below a sheet's data, as a unit adds its performance table to a workbook. */
async function withPerformanceTable(bytes: Buffer, sheet: string, top: number): Promise<Uint8Array> {
  const [seed] = await seedGrids('004');
  const changes: CellChange[] = [];
  seed.values.slice(0, 40).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== '') changes.push(change(sheet, `${String.fromCharCode(65 + c)}${top + r + 1}`, value as string | number));
    }),
  );
  return (await patchWorkbook(bytes, { changes, unmerge: [], skipped: [] })).bytes;
}

describe('round trip over the CUSTODES workbooks, a performance table added and its safe fixes applied', () => {
  let names: string[] = [];
  beforeAll(async () => {
    names = (await fs.readdir(CUSTODES)).filter((name) => name.endsWith('.xlsx')).sort();
  });

  test('only the edited sheet and styles.xml change; the edited values read back; no other cell moves', async () => {
    expect(names).toHaveLength(70);
    const failures: string[] = [];
    let checked = 0;
    let edits = 0;
    for (const name of names) {
      const original = await fs.readFile(path.join(CUSTODES, name));
      const sheets = await readWorkbook(original, name).catch(() => null);
      if (!sheets || sheets.length === 0) continue;
      const sheet = sheets[0].name;
      const top = sheets[0].values.length + 5;
      const submitted = await withPerformanceTable(original, sheet, top);
      const grids = await readWorkbook(submitted, name);
      const report = checkWorkbook(grids);
      if (report[0].tables.length === 0) failures.push(`${name}: the added table was not found`);
      const plan: EditPlan = planSheet(grids[0], { all: false });
      checked++;
      edits += plan.changes.length;
      const { bytes, refused } = await patchWorkbook(submitted, plan);
      if (refused.length > 0) failures.push(`${name}: refused ${refused.map((r) => r.change.cell).join(',')}`);

      const [before, after] = [await partsOf(original), await partsOf(bytes)];
      for (const [part, content] of before) {
        if (/^xl\/worksheets\/sheet\d+\.xml$|^xl\/styles\.xml$/u.test(part)) continue;
        if (!after.get(part)?.equals(content)) failures.push(`${name}: ${part} changed`);
      }
      if ([...after.keys()].join('\n') !== [...before.keys()].join('\n')) failures.push(`${name}: parts added, lost or reordered`);

      const reread = await readWorkbook(bytes, name);
      const originalGrid = sheets[0];
      // Every cell of the original data still reads as it did; every planned edit reads as planned.
      const edited = new Set(plan.changes.map((c) => c.cell));
      originalGrid.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (reread[0].values[r]?.[c] !== value) failures.push(`${name}: ${String.fromCharCode(65 + c)}${r + 1} moved`);
        }),
      );
      for (const c of plan.changes) {
        const grid = reread.find((g) => g.name === c.sheet)!;
        const { row, col } = { row: Number(c.cell.replace(/^[A-Z]+/u, '')) - 1, col: c.cell.charCodeAt(0) - 65 };
        if (c.toFormat === c.fromFormat && String(grid.values[row]?.[col] ?? '') !== String(c.toValue ?? ''))
          failures.push(`${name}: ${c.cell} reads ${grid.values[row]?.[col]}`);
      }
      expect(edited.size).toBe(plan.changes.length);
    }
    expect(failures).toEqual([]);
    // FinalBudget.xlsx cannot be read whole (its chart sheet): the other 69 are written and read back.
    expect(checked).toBeGreaterThanOrEqual(69);
    expect(edits).toBeGreaterThan(69 * 20);
  }, 300000);
});

/** A one-sheet package (表1), its sheet part made of what goes before sheetData (dimension, cols) and sheetData on. */
const minimalWorkbook = (beforeData: string, sheetData: string) => onePackage(`${beforeData}${sheetData}`);

describe('widths of the columns a plan opens', () => {
  const sheetWith = async (cols: string) => {
    return minimalWorkbook(`<dimension ref="A1"/>${cols}`, '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>');
  };
  const colsAfter = async (cols: string, widths: { column: number; width: number }[]) => {
    const plan: EditPlan = { changes: [], unmerge: [], skipped: [], widths: widths.map((w) => ({ sheet: '表1', ...w })) };
    const { bytes } = await patchWorkbook(await sheetWith(cols), plan);
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    return xml.slice(xml.indexOf('<dimension'), xml.indexOf('<sheetData'));
  };

  test('a sheet without <cols> gets one, before sheetData', async () => {
    expect(
      await colsAfter('', [
        { column: 3, width: 12 },
        { column: 2, width: 9 },
      ]),
    ).toBe('<dimension ref="A1"/><cols><col min="3" max="3" width="9" customWidth="1"/><col min="4" max="4" width="12" customWidth="1"/></cols>');
  });

  test('a column the sheet already sizes keeps its width; new ones go in column order', async () => {
    const cols = '<cols><col min="1" max="2" width="14" customWidth="1"/><col min="6" max="6" width="30" customWidth="1"/></cols>';
    expect(
      await colsAfter(cols, [
        { column: 1, width: 8 },
        { column: 3, width: 10 },
        { column: 6, width: 20 },
      ]),
    ).toBe(
      '<dimension ref="A1"/><cols><col min="1" max="2" width="14" customWidth="1"/><col min="4" max="4" width="10" customWidth="1"/>' +
        '<col min="6" max="6" width="30" customWidth="1"/><col min="7" max="7" width="20" customWidth="1"/></cols>',
    );
  });
});

test('a formula cell is not overwritten: the change is refused with its reason', async () => {
  const bytes = await minimalWorkbook(
    '<dimension ref="A1:B2"/>',
    '<sheetData><row r="1" spans="1:2"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c></row><row r="2"/></sheetData><mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells>',
  );
  const { bytes: out, refused } = await patchWorkbook(bytes, {
    changes: [change('表1', 'B1', '≥90%'), change('表1', 'A1', '＝100%'), change('表1', 'D1', 'x'), change('表1', 'C2', 5), change('表1', 'A4', '新行')],
    unmerge: [{ sheet: '表1', range: 'A2:B2' }],
    skipped: [],
  });
  expect(refused.map((r) => r.change.cell)).toEqual(['B1']);
  const sheet = await (await JSZip.loadAsync(out)).file('xl/worksheets/sheet1.xml')!.async('string');
  expect(sheet).toBe(
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:D4"/><sheetData>' +
      '<row r="1" spans="1:4"><c r="A1" t="inlineStr"><is><t xml:space="preserve">＝100%</t></is></c><c r="B1"><f>A1*2</f><v>2</v></c><c r="D1" t="inlineStr"><is><t xml:space="preserve">x</t></is></c></row>' +
      '<row r="2"><c r="C2"><v>5</v></c></row><row r="4"><c r="A4" t="inlineStr"><is><t xml:space="preserve">新行</t></is></c></row>' +
      '</sheetData></worksheet>',
  );
});

test('an error in a time-formatted cell beside an edited one stays the error it was', async () => {
  // Rebuilding the workbook through exceljs wrote NaN here; the patch copies every cell it does not edit.
  const errorCell = '<c r="A1" s="3" t="e"><f>TIME(25,"x",0)</f><v>#VALUE!</v></c>';
  const bytes = await minimalWorkbook(
    '<dimension ref="A1:B1"/>',
    `<sheetData><row r="1">${errorCell}<c r="B1" t="inlineStr"><is><t>90%</t></is></c></row></sheetData>`,
  );
  const { bytes: out, refused } = await patchWorkbook(bytes, { changes: [change('表1', 'B1', '≥90%')], unmerge: [], skipped: [] });
  expect(refused).toEqual([]);
  const sheet = await (await JSZip.loadAsync(out)).file('xl/worksheets/sheet1.xml')!.async('string');
  expect(sheet).toContain(`<row r="1">${errorCell}<c r="B1" t="inlineStr"><is><t xml:space="preserve">≥90%</t></is></c></row>`);
});

test('cells written into a column the plan opens take the look of the table cell beside them, with their own number format', async () => {
  // xf 1: the table's body (仿宋 font 1, thin borders 1, centred); xf 2: a percent cell of the table.
  const styles =
    '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><sz val="10"/><name val="仿宋_GB2312"/></font></fonts>' +
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
    '<borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"><alignment horizontal="center"/></xf>' +
    '<xf numFmtId="9" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';
  const bytes = await onePackage(
    '<dimension ref="A1:B2"/><sheetData><row r="1"><c r="A1" s="1" t="inlineStr"><is><t>指标值</t></is></c><c r="B1" s="1" t="inlineStr"><is><t>实际</t></is></c></row>' +
      '<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" s="2"><v>0.8</v></c><c r="D2" s="1"/></row></sheetData>',
    styles,
  );
  const plan: EditPlan = {
    changes: [change('表1', 'C1', '完成率'), change('表1', 'C2', 0.8, '0.00%'), change('表1', 'D2', '偏差')],
    unmerge: [],
    skipped: [],
    widths: [
      { sheet: '表1', column: 2, width: 10 },
      { sheet: '表1', column: 3, width: 10 },
    ],
  };
  const zip = await JSZip.loadAsync((await patchWorkbook(bytes, plan)).bytes);
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const xfs = [...(await zip.file('xl/styles.xml')!.async('string')).matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/gu)].map((m) => m[0]).slice(1);
  const styleOf = (cell: string) => xfs[Number(new RegExp(`<c r="${cell}" s="(\\d+)"`, 'u').exec(sheet)![1])];
  // C1 beside B1: the table's font, borders and alignment, General; C2 beside the percent B2: its look, 0.00%.
  expect(styleOf('C1')).toBe(
    '<xf numFmtId="0" applyNumberFormat="1" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"><alignment horizontal="center"/></xf>',
  );
  expect(styleOf('C2')).toBe('<xf numFmtId="10" applyNumberFormat="1" fontId="1" fillId="0" borderId="1" xfId="0"/>');
  // D2 had a style of its own: it keeps it.
  expect(sheet).toContain('<c r="D2" s="1" t="inlineStr">');
});
