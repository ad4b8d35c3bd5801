// exceljs → SheetGrid: formula results, display text, merged areas blanked outside their top-left cell.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellKey, MergeLookup, parseRangeA1, rangeA1, type CellValue, type MergedArea, type SheetGrid } from '../core/grid';
import { displayText } from './display';
import { escapedFormatCells } from './formats';
import { mergesBySheetId } from './merges';
import { inflatedSize } from './package';
import { readDirect, type DirectCell } from './direct';

/** A workbook that could not be read, with a Chinese message that says what to do. */
export class WorkbookReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`无法读取“${file}”：${reason}`);
  }
}

const NOT_XLSX = '不是 .xlsx 文件。请在 Excel 中另存为 .xlsx 后重试。';

/**
 * A zip that opens but holds no xl/workbook.xml, the part exceljs reads a workbook from (xlsx.js): a .docx, an .ods,
 * an .xlsb or any zip renamed .xlsx. exceljs loads such a zip as a workbook without sheets.
 */
async function isOtherZip(bytes: Uint8Array): Promise<boolean> {
  const zip = await JSZip.loadAsync(bytes).catch(() => null);
  return zip !== null && zip.file('xl/workbook.xml') === null;
}

/** The first bytes of an OLE compound file (an encrypted .xlsx or an old .xls) and of a zip. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b];

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

async function reasonOf(error: unknown, bytes: Uint8Array): Promise<string> {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return '文件已加密或是旧版 .xls 格式。请在 Excel 中取消密码保护并另存为 .xlsx 后重试。';
  }
  if (!startsWith(bytes, ZIP_SIGNATURE) || (await isOtherZip(bytes))) return NOT_XLSX;
  const detail = error instanceof Error ? error.message : String(error);
  return `文件已损坏或含有无法解析的内容（${detail}）。请在 Excel 中打开并另存为 .xlsx 后重试。`;
}

/** Parts that hold pictures and charts: never needed for cell values, and exceljs cannot reconcile some of them. */
const DRAWING_PARTS = /^xl\/(drawings|charts|media)\//u;

/** The same package without its drawings, for the files whose chart-sheet drawings make exceljs fail. */
async function withoutDrawings(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) if (DRAWING_PARTS.test(name)) zip.remove(name);
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * exceljs's workbook as loaded: the whole package, or a copy without its drawings when those make exceljs fail. Only
 * cells are read from it; the writer patches the original package (patch.ts), so nothing is lost either way.
 */
async function loadWorkbook(bytes: Uint8Array, file: string, options: Partial<ExcelJS.XlsxReadOptions> = {}): Promise<{ workbook: ExcelJS.Workbook }> {
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, options);
    return { workbook };
  } catch (error) {
    try {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await withoutDrawings(bytes)) as unknown as ArrayBuffer, options);
      return { workbook };
    } catch {
      throw new WorkbookReadError(file, await reasonOf(error, bytes));
    }
  }
}

/** exceljs's workbook and each sheet's merged areas. */
interface Loaded {
  workbook: ExcelJS.Workbook;
  mergesOf: (sheet: ExcelJS.Worksheet) => MergedArea[];
  /** Cells whose number format exceljs misreads (an escaped character), with the format as written, by sheet. */
  formats: Map<string, Map<number, string>>;
}

/**
 * exceljs loads merged areas in quadratic time, so it is told to skip them and they are read from the package (see
 * merges.ts). When the package does not say plainly which part is which sheet, exceljs reads them after all.
 */
async function loadWithMerges(bytes: Uint8Array, file: string): Promise<Loaded> {
  const [merges, formats] = await Promise.all([mergesBySheetId(bytes), escapedFormatCells(bytes)]);
  if (merges) {
    const loaded = await loadWorkbook(bytes, file, { ignoreNodes: ['mergeCells'] });
    if (loaded.workbook.worksheets.every((sheet) => merges.has(sheet.id))) {
      return { ...loaded, mergesOf: (sheet) => merges.get(sheet.id)!, formats };
    }
  }
  return { ...(await loadWorkbook(bytes, file)), mergesOf: mergesFromExceljs, formats };
}

/** Unpacked sizes beyond which a package is refused (a 100k-row sheet is about 40 MB). */
export const PART_LIMIT = 256 * 1024 * 1024;
export const PACKAGE_LIMIT = 512 * 1024 * 1024;

/** The sentence for a package that unpacks beyond the limits. */
function tooLarge(file: string, megabytes: number): WorkbookReadError {
  return new WorkbookReadError(
    file,
    `解压后超过 ${megabytes} MB（上限：单个部件 ${PART_LIMIT / 1024 / 1024} MB、整个文件 ${PACKAGE_LIMIT / 1024 / 1024} MB），可能已损坏或不是正常的工作簿，没有读取。`,
  );
}

/**
 * Whether every part of the package unpacks within the limits: first by the sizes its directory states, which costs
 * nothing, then by inflating each part and counting, which a forged directory cannot fool and which never holds more
 * than one chunk. Returns the megabytes that broke a limit, or null.
 */
export async function beyondLimits(zip: JSZip, partLimit = PART_LIMIT, packageLimit = PACKAGE_LIMIT): Promise<number | null> {
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  let stated = 0;
  for (const entry of entries) {
    const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    stated += size;
    if (size > partLimit || stated > packageLimit) return Math.round(Math.max(size, stated) / 1024 / 1024);
  }
  let inflated = 0;
  for (const entry of entries) {
    const size = await inflatedSize(entry, Math.min(partLimit, packageLimit - inflated));
    if (size === null) return Math.round(Math.max(partLimit, inflated) / 1024 / 1024);
    inflated += size;
  }
  return null;
}

/** A package as it is safe to read, and its zip, opened once for both readers (null: not a zip). */
interface Guarded {
  bytes: Uint8Array;
  zip: JSZip | null;
}

/**
 * The package as it is safe to read: refused when its parts would unpack beyond the limits (a 1 MB file can hold
 * 1 GB of XML), and, for reading only, with sheetIds made unique — exceljs keeps one sheet per id and would drop
 * the others.
 */
async function guarded(bytes: Uint8Array, file: string): Promise<Guarded> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    // Not a zip: exceljs's attempt says what it is (encrypted, .xls, damaged).
    return { bytes, zip: null };
  }
  const megabytes = await beyondLimits(zip);
  if (megabytes !== null) throw tooLarge(file, megabytes);
  const workbookXml = zip.file('xl/workbook.xml');
  if (!workbookXml) return { bytes, zip };
  const xml = await workbookXml.async('string');
  const ids = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\ssheetId="(\d+)"/gu)].map((m) => m[1]);
  if (new Set(ids).size === ids.length) return { bytes, zip };
  let next = 0;
  zip.file(
    'xl/workbook.xml',
    xml.replace(/(<(?:\w+:)?sheet\b[^>]*?\ssheetId=")\d+"/gu, (_, head: string) => `${head}${++next}"`),
  );
  return { bytes: await zip.generateAsync({ type: 'uint8array' }), zip };
}

/**
 * The guarded package loaded by exceljs, or a WorkbookReadError; a zip that is no workbook is "not .xlsx", not a
 * workbook without tables.
 */
async function load(bytes: Uint8Array, file: string): Promise<Loaded> {
  const loaded = await loadWithMerges(bytes, file);
  if (loaded.workbook.worksheets.length === 0 && (await isOtherZip(bytes))) throw new WorkbookReadError(file, NOT_XLSX);
  return loaded;
}

/** Reads every worksheet of an .xlsx file held in memory: straight from its XML, or with exceljs where that cannot. */
export async function readWorkbook(original: Uint8Array, file: string): Promise<SheetGrid[]> {
  const { bytes, zip } = await guarded(original, file);
  // Anything the direct reader leaves (null), a part that fails to inflate among them, exceljs reads or explains.
  const direct = zip && (await readDirect(zip));
  if (direct)
    return gridsOf(
      file,
      direct,
      (sheet) => sheet.name,
      (sheet, visit) => sheet.cells.forEach(visit),
      (sheet) => sheet.merges,
    );
  return exceljsGrids(bytes, file);
}

/** Reads every worksheet with exceljs: the direct reader's reference in the tests and the bench. */
export async function readWithExceljs(original: Uint8Array, file: string): Promise<SheetGrid[]> {
  return exceljsGrids((await guarded(original, file)).bytes, file);
}

/** Every worksheet of a guarded package, read by exceljs. */
async function exceljsGrids(bytes: Uint8Array, file: string): Promise<SheetGrid[]> {
  const { workbook, mergesOf, formats } = await load(bytes, file);
  const sheets: ExcelJS.Worksheet[] = [];
  workbook.eachSheet((sheet) => sheets.push(sheet));
  return gridsOf(
    file,
    sheets,
    (sheet) => sheet.name,
    (sheet, visit) => exceljsCells(sheet, formats.get(sheet.name), visit),
    mergesOf,
  );
}

type CellVisitor = (cell: DirectCell) => void;

/** Each sheet's grid, from its cells and merges; a sheet that cannot be made into one names itself in the error. */
function gridsOf<S>(
  file: string,
  sheets: S[],
  nameOf: (sheet: S) => string,
  eachCell: (sheet: S, visit: CellVisitor) => void,
  mergesOf: (sheet: S) => MergedArea[],
): SheetGrid[] {
  return sheets.map((sheet) => {
    try {
      return gridOf(nameOf(sheet), mergesOf(sheet), (visit) => eachCell(sheet, visit));
    } catch (error) {
      throw new WorkbookReadError(file, `工作表“${nameOf(sheet)}”无法解析（${error instanceof Error ? error.message : String(error)}）。`);
    }
  });
}

/** exceljs's cells with a value, as plain values with the number format as written. */
function exceljsCells(sheet: ExcelJS.Worksheet, formats: Map<number, string> | undefined, visit: CellVisitor): void {
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const [r, c] = [rowNumber - 1, colNumber - 1];
      // A formula's result is asked of the cell: exceljs leaves a result of 0, false or "" out of the formula's value.
      const formula = cell.type === ExcelJS.ValueType.Formula;
      const value = formula ? plainValue(cell.result as ExcelJS.CellValue) : plainValue(cell.value);
      visit({ row: r, col: c, value, format: formats?.get(cellKey(r, c)) ?? cell.numFmt ?? null, formula });
    });
  });
}

/** The merged area over each cell. Overlapping areas are refused, as Excel does. */
function areaByCell(merges: MergedArea[]): MergeLookup {
  const range = (area: MergedArea) => rangeA1(area.top, area.left, area.bottom, area.right);
  return new MergeLookup(merges, (earlier, later) => {
    throw new Error(`合并区域 ${range(earlier)} 与 ${range(later)} 重叠，请在 Excel 中取消其中一个合并后重试`);
  });
}

/** The row of a sheet that has no cells, shared and frozen: a writer copies a row before it changes it. */
const NO_CELLS = Object.freeze([]) as unknown as never[];

function gridOf(name: string, merges: MergedArea[], eachCell: (visit: CellVisitor) => void): SheetGrid {
  const areaAt = areaByCell(merges);
  const values: CellValue[][] = [];
  const text: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulas: MergedArea[] = [];
  eachCell(({ row: r, col: c, value, format, formula }) => {
    // Only a merge's top-left cell is read: a value left in a covered cell does not show in Excel.
    const area = areaAt.at(r, c);
    if (area && (area.top !== r || area.left !== c)) return;
    if (formula) formulas.push({ top: r, left: c, bottom: r, right: c });
    values[r] ??= [];
    text[r] ??= [];
    numberFormats[r] ??= [];
    values[r][c] = value;
    numberFormats[r][c] = format;
    text[r][c] = value === null ? null : displayText(value, format);
  });
  // Rows a merge reaches below the last written one are part of the sheet, as exceljs's merged cells make them. Rows
  // without cells share one frozen empty row: a merge down a whole column must not cost a million arrays.
  let rowCount = values.length;
  for (const area of merges) rowCount = Math.max(rowCount, area.bottom + 1);
  for (let r = 0; r < rowCount; r++) {
    values[r] ??= NO_CELLS;
    text[r] ??= NO_CELLS;
    numberFormats[r] ??= NO_CELLS;
  }
  return { name, values, text, numberFormats, merges, ...(formulas.length > 0 ? { formulas } : {}) };
}

function mergesFromExceljs(sheet: ExcelJS.Worksheet): MergedArea[] {
  const ranges: string[] = (sheet.model as { merges?: string[] }).merges ?? [];
  return ranges.map(parseRangeA1);
}

/** Formula results instead of formulas; rich text, hyperlinks and dates as the text they show. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // exceljs turns date-formatted numbers into Dates, invalid ones included.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ('result' in value) return plainValue(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}
