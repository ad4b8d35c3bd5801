// The Office.js adapter: reads the active sheet into a SheetGrid in one sync and applies an edit in one sync.
// It translates between Excel and the core; it decides nothing.
import { parseA1, type CellValue, type MergedArea, type SheetGrid } from '../core/grid';
import type { CellChange } from '../core/plan';

export interface SheetSnapshot {
  grid: SheetGrid;
  isProtected: boolean;
  /** Rows × columns of the used range, to refuse sheets too large to read. */
  cellCount: number;
}

/** A user action's writes: merges split, cells written, merges restored (undo), fills set or cleared. */
export interface SheetEdit {
  unmerge?: string[];
  changes?: CellChange[];
  merge?: string[];
  fills?: { cells: string[]; color: string | null }[];
}

/** Excel on the web rejects requests above 5 MB; stay well below with our own estimate. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** getRanges() truncates address lists at 8,192 characters. */
const ADDRESS_LIST_LIMIT = 8000;

function areaOf(address: string): MergedArea {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/gu, '');
  const [from, to = from] = local.split(':').map(parseA1);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

/** Reads values, displayed text, number formats and merged areas of the active sheet's used range: one sync. */
export async function readActiveSheet(context: Excel.RequestContext): Promise<SheetSnapshot> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  sheet.protection.load('protected');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('address,rowIndex,columnIndex,values,text,numberFormat');
  const merged = used.getMergedAreasOrNullObject();
  merged.load('address');
  await context.sync();

  const grid: SheetGrid = { name: sheet.name, values: [], text: [], numberFormats: [], merges: [] };
  if (used.isNullObject) return { grid, isProtected: sheet.protection.protected, cellCount: 0 };
  const { rowIndex, columnIndex } = used;
  const pad = <T>(row: T[]): (T | null)[] => [...Array<null>(columnIndex).fill(null), ...row];
  grid.values = [...Array.from({ length: rowIndex }, () => []), ...used.values.map((row) => pad(row.map((v) => (v === '' ? null : (v as CellValue)))))];
  grid.text = [...Array.from({ length: rowIndex }, () => []), ...used.text.map((row) => pad(row))];
  grid.numberFormats = [...Array.from({ length: rowIndex }, () => []), ...used.numberFormat.map((row) => pad(row.map((f) => (f === 'General' ? null : String(f)))))];
  grid.merges = merged.isNullObject ? [] : merged.address.split(',').map((a) => areaOf(a.trim()));
  return { grid, isProtected: sheet.protection.protected, cellCount: used.values.length * (used.values[0]?.length ?? 0) };
}

/** Consecutive changed cells of one column, written as one range. */
function columnRuns(changes: CellChange[]): CellChange[][] {
  const sorted = [...changes].sort((x, y) => {
    const a = parseA1(x.cell);
    const b = parseA1(y.cell);
    return a.col - b.col || a.row - b.row;
  });
  const runs: CellChange[][] = [];
  for (const change of sorted) {
    const last = runs[runs.length - 1];
    const prev = last && parseA1(last[last.length - 1].cell);
    const here = parseA1(change.cell);
    if (prev && prev.col === here.col && prev.row + 1 === here.row) last.push(change);
    else runs.push([change]);
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
 * Applies an edit to the active sheet in one sync; a larger edit is split only to stay under the request-size limit.
 * Returns the number of syncs it made.
 */
export async function applyEdit(context: Excel.RequestContext, edit: SheetEdit): Promise<number> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
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
  for (const range of edit.unmerge ?? []) sheet.getRange(range).unmerge();
  for (const run of columnRuns(edit.changes ?? [])) {
    const range = sheet.getRange(`${run[0].cell}:${run[run.length - 1].cell}`);
    const values = run.map((c) => [c.toValue ?? '']);
    range.values = values;
    if (run.some((c) => c.toFormat !== c.fromFormat)) range.numberFormat = run.map((c) => [c.toFormat ?? 'General']);
    await flushIfLarge(JSON.stringify(values).length * 2 + 64);
  }
  for (const range of edit.merge ?? []) sheet.getRange(range).merge();
  for (const { cells, color } of edit.fills ?? []) {
    for (const list of addressLists(cells)) {
      const fill = sheet.getRanges(list).format.fill;
      if (color === null) fill.clear();
      else fill.color = color;
      await flushIfLarge(list.length + 64);
    }
  }
  await context.sync();
  return syncs + 1;
}

/** The fill colours of the given cells (to put them back when highlights are cleared): one sync. */
export async function readFills(context: Excel.RequestContext, cells: string[]): Promise<Map<string, string | null>> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const fills = cells.map((cell) => {
    const fill = sheet.getRange(cell).format.fill;
    fill.load('color');
    return [cell, fill] as const;
  });
  await context.sync();
  // Excel reports an unfilled cell as white.
  return new Map(fills.map(([cell, fill]) => [cell, fill.color && fill.color.toUpperCase() !== '#FFFFFF' ? fill.color : null]));
}

/** Selects a cell so the user sees what a finding is about: one sync. */
export async function selectCell(context: Excel.RequestContext, cell: string): Promise<void> {
  context.workbook.worksheets.getActiveWorksheet().getRange(cell).select();
  await context.sync();
}

