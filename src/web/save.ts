// What the web page saves: the net change the pane made to the workbook held in the page, as an edit plan for the
// writer `jixiao fix` and `evaluate` use (src/xlsx/write.ts). The plan is the difference between the sheets as read
// and as they are now, so a step undone saves nothing and a cell changed twice saves its last value; the undo log is
// not replayed (it keeps only the newest steps that fit its budget).
// Fills are not saved: the pane's yellow marks are a reading aid in the page, and the writer never restyles a cell.
import { openedColumnWidth } from '../core/evaluation-plan';
import { a1, parseA1, rangeA1, type CellValue, type SheetGrid } from '../core/grid';
import type { CellChange, ColumnWidth, EditPlan } from '../core/plan';
import { displayWidth } from '../core/text';
import type { SheetEdit } from '../excel/adapter';
import type { DisplayText, FakeSheet } from '../workbench/fake-excel';

/** The checks whose changes last reached each cell, keyed "sheet!A1", as the page's port saw the writes go by. */
export class WrittenBy {
  private readonly checks = new Map<string, string[]>();

  record(edit: SheetEdit): void {
    for (const change of edit.changes ?? []) this.checks.set(`${change.sheet}!${change.cell}`, change.checks);
  }

  of(sheet: string, cell: string): string[] {
    return this.checks.get(`${sheet}!${cell}`) ?? [];
  }
}

/** The cells of a sheet as read that hold a value, with the text they showed. */
function cellsAsRead(grid: SheetGrid): Map<string, { value: CellValue; text: string }> {
  const cells = new Map<string, { value: CellValue; text: string }>();
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      cells.set(a1(r, c), { value, text: grid.text?.[r]?.[c] ?? String(value) });
    }),
  );
  return cells;
}

/** The changes, merges split and columns opened on one sheet since it was read. */
function sheetPlan(grid: SheetGrid, sheet: FakeSheet, displayText: DisplayText, writtenBy: WrittenBy): EditPlan {
  const before = cellsAsRead(grid);
  const changes: CellChange[] = [];
  for (const cell of new Set([...before.keys(), ...sheet.cells.keys()])) {
    const old = before.get(cell);
    const now = sheet.cells.get(cell);
    const { row, col } = parseA1(cell);
    const fromValue = old?.value ?? null;
    const fromFormat = grid.numberFormats?.[row]?.[col] ?? null;
    const toValue = now?.value ?? null;
    const toFormat = now ? now.format : fromFormat;
    if (toValue === fromValue && (toValue === null || toFormat === fromFormat)) continue;
    changes.push({
      sheet: sheet.name,
      cell,
      from: old?.text ?? '',
      to: toValue === null ? '' : displayText(toValue, toFormat),
      fromValue,
      toValue,
      fromFormat,
      toFormat,
      checks: writtenBy.of(sheet.name, cell),
    });
  }
  const merged = new Set(sheet.merges.map((m) => rangeA1(m.top, m.left, m.bottom, m.right)));
  const unmerge = grid.merges
    .map((m) => rangeA1(m.top, m.left, m.bottom, m.right))
    .filter((range) => !merged.has(range))
    .map((range) => ({ sheet: sheet.name, range }));
  return { changes, unmerge, skipped: [], widths: openedColumns(before, changes, sheet.name) };
}

/** Columns that held nothing when read and hold text now: given the width a self-evaluation gives the columns it opens. */
function openedColumns(before: Map<string, unknown>, changes: CellChange[], sheet: string): ColumnWidth[] {
  const usedBefore = new Set([...before.keys()].map((cell) => parseA1(cell).col));
  const widest = new Map<number, number>();
  for (const change of changes) {
    const { col } = parseA1(change.cell);
    if (usedBefore.has(col) || change.toValue === null) continue;
    widest.set(col, Math.max(widest.get(col) ?? 0, displayWidth(change.to)));
  }
  return [...widest].sort(([a], [b]) => a - b).map(([column, width]) => ({ sheet, column, width: openedColumnWidth(width) }));
}

/** The page's changes to every sheet, in sheet order: what "保存" writes. */
export function planOfPage(grids: SheetGrid[], sheets: FakeSheet[], displayText: DisplayText, writtenBy: WrittenBy): EditPlan {
  const plans = grids.map((grid, i) => sheetPlan(grid, sheets[i], displayText, writtenBy));
  return {
    changes: plans.flatMap((p) => p.changes),
    unmerge: plans.flatMap((p) => p.unmerge),
    skipped: [],
    widths: plans.flatMap((p) => p.widths ?? []),
  };
}

/** The suffix of the saved file, as the CLI names its results: "evaluated" once a self-evaluation is in it. */
export function resultSuffix(plan: EditPlan): 'evaluated' | 'fixed' {
  return plan.changes.some((change) => change.checks.includes('evaluate')) ? 'evaluated' : 'fixed';
}
