// The Office.js adapter: reads a sheet into a SheetGrid in one sync and applies an edit in one sync. Everything after
// the first read goes to the sheet that was read, by its id, whichever sheet the user has switched to since.
// It translates between Excel and the core; it decides nothing.
import { a1, parseA1, type CellValue, type MergedArea, type SheetGrid } from '../core/grid';
import type { CellChange, EditPlan } from '../core/plan';

export interface SheetSnapshot {
  /** Excel's id of the sheet read: it survives renaming and moving, and is what later writes go to. */
  sheetId: string;
  grid: SheetGrid;
  isProtected: boolean;
  /** Rows × columns of the used range, to refuse sheets too large to read. */
  cellCount: number;
}

/**
 * A user action's writes: merges split, cells written, merges restored (undo), fills set or cleared, columns widened,
 * fonts given.
 */
export interface SheetEdit {
  unmerge?: string[];
  changes?: CellChange[];
  merge?: string[];
  fills?: { cells: string[]; color: string | null }[];
  /** Column widths in points (0-based columns). */
  widths?: ColumnPoints[];
  /** Cells given a font name and size (nothing else of the font: bold, italic and colour stay). */
  fonts?: CellFontChange[];
}

export interface ColumnPoints {
  column: number;
  points: number;
}

/** A font's name and size, as Excel reports and sets them (size in points). */
export interface CellFont {
  name: string;
  size: number;
}

export interface CellFontChange extends CellFont {
  cell: string;
}

/** The edit that carries out a plan: its merges split, then its cells written, then the given columns widened and fonts set. */
export function editOfPlan(plan: EditPlan, widths: ColumnPoints[] = [], fonts: CellFontChange[] = []): SheetEdit {
  return { unmerge: plan.unmerge.map((u) => u.range), changes: plan.changes, widths, fonts };
}

/**
 * A plan's column width (characters of the default font's digit width, as a file stores it) in the points Office.js
 * sets: Excel shows a width of w characters as trunc(w × digit width + 0.5) pixels, and a pixel is 0.75 point. The
 * digit width is Calibri 11's 7 px, Excel's default font; under 宋体 11 the column comes out slightly wider.
 */
const DIGIT_WIDTH_PX = 7;

export function pointsOfWidth(characters: number): number {
  return Math.trunc(characters * DIGIT_WIDTH_PX + 0.5) * 0.75;
}

/** Excel on the web rejects requests above 5 MB; stay well below with our own estimate. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** What each range a request touches adds to it beside its values: Office.js's object path, action and address. */
const RANGE_REQUEST_BYTES = 200;
/** getRanges() truncates address lists at 8,192 characters. */
const ADDRESS_LIST_LIMIT = 8000;

/** "Sheet1!A1:B4, 'a,b'!D1:D4" → areas; ranges are read after each "!", so no sheet name can confuse them. */
export function areasOf(address: string): MergedArea[] {
  return [...address.matchAll(/!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/gu)].map((m) => {
    const from = parseA1(`${m[1]}${m[2]}`);
    const to = m[3] ? parseA1(`${m[3]}${m[4]}`) : from;
    return { top: from.row, left: from.col, bottom: to.row, right: to.col };
  });
}

/** Rows per request when a sheet is too large to read at once (Microsoft suggests blocks of 5k–20k rows). */
export const READ_CHUNK_ROWS = 5000;

export type ReadProgress = (rowsRead: number, rowCount: number) => void;

/** Excel's answer when a sheet asked for by id no longer exists. */
export function isItemNotFound(error: unknown): boolean {
  return error instanceof Error && /ItemNotFound/u.test(`${(error as { code?: string }).code ?? ''} ${error.message}`);
}

function isPayloadLimit(error: unknown): boolean {
  return (
    error instanceof Error &&
    /RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/u.test(`${(error as { code?: string }).code ?? ''} ${error.message}`)
  );
}

/** Puts a block of the used range into the grid at its place on the sheet. */
function place(grid: SheetGrid, top: number, left: number, values: unknown[][], text: string[][], formats: unknown[][]): void {
  values.forEach((row, r) => {
    const at = top + r;
    grid.values[at] = [...Array<null>(left).fill(null), ...row.map((v) => (v === '' ? null : (v as CellValue)))];
    grid.text![at] = [...Array<null>(left).fill(null), ...text[r]];
    grid.numberFormats![at] = [...Array<null>(left).fill(null), ...formats[r].map((f) => (f === 'General' ? null : String(f)))];
  });
  for (let r = 0; r < top; r++) {
    grid.values[r] ??= [];
    grid.text![r] ??= [];
    grid.numberFormats![r] ??= [];
  }
}

/** The sheet with this id, or the active one where none is given yet (the first read of a pane's session). */
function worksheetOf(context: Excel.RequestContext, sheetId: string | null): Excel.Worksheet {
  return sheetId === null ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheetId);
}

/** Queues what every read needs: the sheet's name and protection, its used range with `load`, its merged areas if asked. */
function queueSheet(context: Excel.RequestContext, sheetId: string | null, load: string, withMerges: boolean) {
  const sheet = worksheetOf(context, sheetId);
  sheet.load('id,name');
  sheet.protection.load('protected');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(`address,rowIndex,columnIndex,rowCount,columnCount${load}`);
  // Merges of the whole sheet, not of the used range: Excel answers only the areas whose top-left cell is in the range
  // asked (office-js#3611), and an empty merged column beside the values is where the self-evaluation looks for room.
  const merged = withMerges ? sheet.getRange().getMergedAreasOrNullObject() : null;
  merged?.load('address');
  // The cells holding formulas, as areas: a plan never writes over one (ExcelApi 1.9).
  const formulas = sheet.getRange().getSpecialCellsOrNullObject('Formulas');
  formulas.load('address');
  return { sheet, used, merged, formulas };
}

const formulaAreas = (formulas: Excel.RangeAreas) => (formulas.isNullObject ? [] : areasOf(formulas.address));

/**
 * Reads values, displayed text, number formats and merged areas of a sheet's used range in one sync: the sheet with
 * `sheetId`, or the active one. Only a sheet Excel will not answer at once (above 5 MB, or above 512 merged areas)
 * is read again in parts.
 */
export async function readSheet(context: Excel.RequestContext, sheetId: string | null, progress?: ReadProgress): Promise<SheetSnapshot> {
  const { sheet, used, merged, formulas } = queueSheet(context, sheetId, ',values,text,numberFormat', true);
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) throw error;
    return readInParts(context, sheetId, progress);
  }
  const grid: SheetGrid = { name: sheet.name, values: [], text: [], numberFormats: [], merges: [] };
  if (used.isNullObject) return { sheetId: sheet.id, grid, isProtected: sheet.protection.protected, cellCount: 0 };
  place(grid, used.rowIndex, used.columnIndex, used.values, used.text, used.numberFormat);
  grid.merges = !merged || merged.isNullObject ? [] : areasOf(merged.address);
  grid.formulas = formulaAreas(formulas);
  return { sheetId: sheet.id, grid, isProtected: sheet.protection.protected, cellCount: used.rowCount * used.columnCount };
}

/** The last row of a sheet, 0-based: Excel's 1,048,576 rows. */
const LAST_ROW = 1048575;

/**
 * The fallback path: dimensions first, then merged areas in row bands and cells in row blocks, each halved where
 * Excel refuses it (a block of long text above 5 MB, a band with more than 512 merged areas), so that whatever a
 * sheet holds is read; only a single row Excel will not answer is given up (its merges, or an error for its cells).
 */
async function readInParts(context: Excel.RequestContext, sheetId: string | null, progress: ReadProgress | undefined): Promise<SheetSnapshot> {
  const { sheet, used, formulas } = queueSheet(context, sheetId, '', false);
  await context.sync();
  const grid: SheetGrid = { name: sheet.name, values: [], text: [], numberFormats: [], merges: [] };
  if (used.isNullObject) return { sheetId: sheet.id, grid, isProtected: sheet.protection.protected, cellCount: 0 };
  grid.formulas = formulaAreas(formulas);
  const merges = await readMergesInBands(context, sheet);
  grid.merges = merges ?? [];
  if (merges === null) grid.mergesUnknown = true;
  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  let blockRows = READ_CHUNK_ROWS;
  for (let offset = 0; offset < rowCount;) {
    const height = Math.min(blockRows, rowCount - offset);
    const block = sheet.getRange(`${a1(rowIndex + offset, columnIndex)}:${a1(rowIndex + offset + height - 1, columnIndex + columnCount - 1)}`);
    block.load('values,text,numberFormat');
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimit(error) || height === 1) throw error;
      blockRows = Math.ceil(height / 2);
      continue;
    }
    place(grid, rowIndex + offset, columnIndex, block.values, block.text, block.numberFormat);
    offset += height;
    progress?.(offset, rowCount);
  }
  return { sheetId: sheet.id, grid, isProtected: sheet.protection.protected, cellCount: rowCount * columnCount };
}

/**
 * Every merged area of the sheet, asked for by bands of whole rows (Excel answers the areas whose top-left cell is in
 * a band, so bands never count an area twice), a band halved while Excel refuses it. Null where even one row has
 * more areas than Excel will give: the sheet is then read without merge information.
 */
async function readMergesInBands(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<MergedArea[] | null> {
  const merges: MergedArea[] = [];
  const bands = [{ top: 0, bottom: LAST_ROW }];
  while (bands.length > 0) {
    const band = bands.shift()!;
    const areas = sheet.getRange(`${a1(band.top, 0)}:${a1(band.bottom, 16383)}`).getMergedAreasOrNullObject();
    areas.load('address');
    try {
      await context.sync();
    } catch {
      if (band.top === band.bottom) return null;
      const middle = Math.floor((band.top + band.bottom) / 2);
      bands.unshift({ top: band.top, bottom: middle }, { top: middle + 1, bottom: band.bottom });
      continue;
    }
    if (!areas.isNullObject) merges.push(...areasOf(areas.address));
  }
  return merges;
}

/** Items with their cell's position, column by column and down each column: the order writes and reads go in. */
function byColumn<T>(items: T[], cellOf: (item: T) => string): { item: T; at: { row: number; col: number } }[] {
  return items.map((item) => ({ item, at: parseA1(cellOf(item)) })).sort((x, y) => x.at.col - y.at.col || x.at.row - y.at.row);
}

/**
 * A value as Range.values must be given it to arrive as itself. Excel reads a string as if it were typed: "=100%"
 * becomes the number 1, "=1次" a formula that fails, "90" a number, "2026-12-31" a date
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values). A leading apostrophe,
 * as a user would type, keeps the text; it is not part of the value. Every coercion starts with a digit, a sign, a
 * letter or a symbol, so text that begins with a Chinese character is written as it is, without the apostrophe that
 * Excel would show in its formula bar; '' clears the cell.
 */
export function asTyped(value: CellValue): CellValue {
  if (typeof value !== 'string' || value === '' || /^\p{Script=Han}/u.test(value)) return value;
  return `'${value}`;
}

const UTF8 = new TextEncoder();

/** Bytes of a 2-D array in the request's JSON: Chinese text is three bytes a character. */
function utf8Length(rows: unknown[][]): number {
  return UTF8.encode(JSON.stringify(rows)).length;
}

/** Consecutive cells of one column, each alike the one above it, written as one range. */
function columnRuns<T extends { cell: string }>(items: T[], alike: (above: T, item: T) => boolean = () => true): T[][] {
  const runs: T[][] = [];
  let previous: { item: T; at: { row: number; col: number } } | null = null;
  for (const next of byColumn(items, (item) => item.cell)) {
    const { item, at } = next;
    if (previous && previous.at.col === at.col && previous.at.row + 1 === at.row && alike(previous.item, item)) runs[runs.length - 1].push(item);
    else runs.push([item]);
    previous = next;
  }
  return runs;
}

/** Address lists for getRanges, each under Excel's length limit. */
function addressLists(cells: string[]): string[] {
  const lists: string[] = [];
  let current = '';
  for (const cell of cells) {
    if (current && current.length + cell.length + 1 > ADDRESS_LIST_LIMIT) {
      lists.push(current);
      current = '';
    }
    current = current ? `${current},${cell}` : cell;
  }
  if (current) lists.push(current);
  return lists;
}

/**
 * Applies an edit to the sheet with `sheetId` in one sync; a larger edit is split only to stay under the request-size
 * limit. Returns the number of syncs it made.
 */
export async function applyEdit(context: Excel.RequestContext, sheetId: string, edit: SheetEdit): Promise<number> {
  const sheet = context.workbook.worksheets.getItem(sheetId);
  let pending = 0;
  let syncs = 0;
  const flushIfLarge = async (bytes: number) => {
    pending += bytes;
    if (pending > PAYLOAD_BUDGET) {
      await context.sync();
      syncs++;
      pending = 0;
    }
  };
  for (const range of edit.unmerge ?? []) {
    sheet.getRange(range).unmerge();
    await flushIfLarge(RANGE_REQUEST_BYTES + range.length);
  }
  for (const run of columnRuns(edit.changes ?? [])) {
    const range = sheet.getRange(`${run[0].cell}:${run[run.length - 1].cell}`);
    const values = run.map((c) => [asTyped(c.toValue ?? '')]);
    range.values = values;
    let bytes = RANGE_REQUEST_BYTES + utf8Length(values);
    if (run.some((c) => c.toFormat !== c.fromFormat)) {
      const formats = run.map((c) => [c.toFormat ?? 'General']);
      range.numberFormat = formats;
      bytes += utf8Length(formats);
    }
    await flushIfLarge(bytes);
  }
  for (const range of edit.merge ?? []) {
    sheet.getRange(range).merge();
    await flushIfLarge(RANGE_REQUEST_BYTES + range.length);
  }
  for (const { column, points } of edit.widths ?? []) {
    // A cell's range sets the width of its whole column.
    sheet.getRange(a1(0, column)).format.columnWidth = points;
    await flushIfLarge(RANGE_REQUEST_BYTES);
  }
  for (const run of columnRuns(edit.fonts ?? [], (above, font) => above.name === font.name && above.size === font.size)) {
    const font = sheet.getRange(`${run[0].cell}:${run[run.length - 1].cell}`).format.font;
    font.name = run[0].name;
    font.size = run[0].size;
    await flushIfLarge(RANGE_REQUEST_BYTES + utf8Length([[run[0].name, run[0].size]]));
  }
  for (const { cells, color } of edit.fills ?? []) {
    for (const list of addressLists(cells)) {
      const fill = sheet.getRanges(list).format.fill;
      if (color === null) fill.clear();
      else fill.color = color;
      await flushIfLarge(RANGE_REQUEST_BYTES + list.length);
    }
  }
  await context.sync();
  return syncs + 1;
}

/**
 * Reads queued on one request: a single sync answers them all, and an earlier one is made only when the answers would
 * pass the payload budget. Each read's `then` takes its answer after the sync that brought it.
 */
class ReadBatch {
  private pending: (() => void)[] = [];
  private bytes = 0;

  constructor(private readonly context: Excel.RequestContext) {}

  async add(bytes: number, then: () => void): Promise<void> {
    this.pending.push(then);
    this.bytes += bytes;
    if (this.bytes > PAYLOAD_BUDGET) await this.sync();
  }

  /** Syncs what is queued, if anything. */
  async sync(): Promise<void> {
    if (this.pending.length === 0) return;
    await this.context.sync();
    const answered = this.pending;
    this.pending = [];
    this.bytes = 0;
    for (const then of answered) then();
  }
}

/** Request bytes of one getRange(…).getCellProperties(…). */
const CELL_PROPERTIES_REQUEST_BYTES = 400;

interface CellSpan {
  col: number;
  top: number;
  bottom: number;
  cells: { cell: string; row: number }[];
}

/**
 * The cells of each column in spans of rows, a span going on through short gaps: reading a cell not asked for costs
 * `answerBytes`, a tenth of another range for a fill, so gaps up to request ÷ answer rows are read through. No span
 * answers more than half the payload budget on its own.
 */
function cellSpans(cells: string[], answerBytes: number): CellSpan[] {
  const gapRows = CELL_PROPERTIES_REQUEST_BYTES / answerBytes;
  const spanRows = PAYLOAD_BUDGET / answerBytes / 2;
  const spans: CellSpan[] = [];
  for (const { item: cell, at } of byColumn(cells, (c) => c)) {
    const last = spans[spans.length - 1];
    if (last && last.col === at.col && at.row - last.bottom <= gapRows && at.row - last.top < spanRows) {
      last.bottom = at.row;
      last.cells.push({ cell, row: at.row });
    } else {
      spans.push({ col: at.col, top: at.row, bottom: at.row, cells: [{ cell, row: at.row }] });
    }
  }
  return spans;
}

/**
 * Queues one getCellProperties per span of a column rather than a range per cell (13,000 cells would be a request of
 * several MB); after the sync, each cell's `pick` of its properties goes into `into` (none where it picks nothing).
 */
async function queueCellProperties<T>(
  batch: ReadBatch,
  sheet: Excel.Worksheet,
  cells: string[],
  asked: { properties: Excel.CellPropertiesLoadOptions; answerBytes: number },
  pick: (properties: Excel.CellProperties) => T | undefined,
  into: Map<string, T>,
): Promise<void> {
  for (const span of cellSpans(cells, asked.answerBytes)) {
    const answer = sheet.getRange(`${a1(span.top, span.col)}:${a1(span.bottom, span.col)}`).getCellProperties(asked.properties);
    await batch.add(CELL_PROPERTIES_REQUEST_BYTES + (span.bottom - span.top + 1) * asked.answerBytes, () => {
      for (const { cell, row } of span.cells) {
        const picked = pick(answer.value[row - span.top][0]);
        if (picked !== undefined) into.set(cell, picked);
      }
    });
  }
}

/** A cell's fill colour as getCellProperties answers it: {"format":{"fill":{"color":"#FFFFFF"}}}. */
const FILL = { properties: { format: { fill: { color: true } } }, answerBytes: 40 };

/**
 * The fill colours of the given cells, to put them back when highlights are cleared: one sync, more only when the
 * answer would pass the payload budget.
 */
export async function readFills(context: Excel.RequestContext, sheetId: string, cells: string[]): Promise<Map<string, string | null>> {
  const batch = new ReadBatch(context);
  const fills = new Map<string, string | null>();
  await queueCellProperties(
    batch,
    context.workbook.worksheets.getItem(sheetId),
    cells,
    FILL,
    (properties) => {
      // Excel reports an unfilled cell as white.
      const color = properties.format?.fill?.color;
      return color && color.toUpperCase() !== '#FFFFFF' ? color : null;
    },
    fills,
  );
  await batch.sync();
  return fills;
}

/** A cell's font name and size as getCellProperties answers them: {"format":{"font":{"name":"仿宋_GB2312","size":10}}}. */
const FONT = { properties: { format: { font: { name: true, size: true } } }, answerBytes: 80 };

/**
 * What a write that opens columns needs to know first, in one sync (more only when the answer would pass the payload
 * budget): the width in points of each of the columns (0-based), and the font name and size of each of the cells.
 */
export async function readColumnsAndFonts(
  context: Excel.RequestContext,
  sheetId: string,
  columns: number[],
  cells: string[],
): Promise<{ widths: Map<number, number>; fonts: Map<string, CellFont> }> {
  const sheet = context.workbook.worksheets.getItem(sheetId);
  const batch = new ReadBatch(context);
  const widths = new Map<number, number>();
  for (const column of columns) {
    const format = sheet.getRange(a1(0, column)).format;
    format.load('columnWidth');
    await batch.add(RANGE_REQUEST_BYTES, () => widths.set(column, format.columnWidth));
  }
  const fonts = new Map<string, CellFont>();
  await queueCellProperties(
    batch,
    sheet,
    cells,
    FONT,
    ({ format }) => (format?.font?.name !== undefined && format.font.size !== undefined ? { name: format.font.name, size: format.font.size } : undefined),
    fonts,
  );
  await batch.sync();
  return { widths, fonts };
}

/** Shows the user what a finding is about: its sheet brought to the front and the cell selected, in one sync. */
export async function selectCell(context: Excel.RequestContext, sheetId: string, cell: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetId);
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
}
