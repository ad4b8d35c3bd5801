// Edit plans (ESLint's SourceCodeFixer, for cells): pick fixes, never two edits to one cell in a pass, re-check and
// repeat until nothing more applies, and keep every old value and number format so the plan can be undone.
import { DEFAULT_SETTINGS, type Finding, type Fix, type Settings } from './check';
import { checkSheet } from './engine';
import { GridView, parseA1, parseRangeA1, rangeA1, type CellValue, type SheetGrid } from './grid';

/** One cell's change; `from*` are exactly what the cell held, so reverting restores it. */
export interface CellChange {
  sheet: string;
  cell: string;
  /** Displayed text before and after. */
  from: string;
  to: string;
  fromValue: CellValue;
  toValue: CellValue;
  fromFormat: string | null;
  toFormat: string | null;
  /** The checks whose fixes produced this change, in the order they applied. */
  checks: string[];
}

export interface EditPlan {
  changes: CellChange[];
  /** Merged areas (A1 ranges) the plan splits before writing; reverting merges them again. */
  unmerge: { sheet: string; range: string }[];
  /** Fixes not applied: suggestions without `all`, and fixes a conflict kept out of every pass. */
  skipped: Finding[];
  /**
   * Columns the plan opens (a self-evaluation's 完成率, 得分 …), with the width their text needs. A file writer gives
   * the width only to a column the sheet sets none for, so a width the user chose never changes.
   */
  widths?: ColumnWidth[];
  /** Cells a fix would have written that hold formulas (where the host reports them): left as they are. */
  formulaCells?: { sheet: string; cell: string }[];
}

export interface ColumnWidth {
  sheet: string;
  /** 0-based column index. */
  column: number;
  /** In characters of the digit width of the sheet's default font, as Excel measures columns. */
  width: number;
}

/**
 * The table's column beside a column a plan opens: the nearest one to its left that the plan does not open (-1 when
 * there is none). Cells written into the opened columns take their look from it, row by row.
 */
export function tableColumnBeside(opened: ReadonlySet<number>, col: number): number {
  let left = col - 1;
  while (opened.has(left)) left--;
  return left;
}

export interface PlanOptions {
  /** Apply suggestions too (`--all`), not only safe fixes. */
  all: boolean;
  settings?: Settings;
}

/** ESLint's limit on fix passes. */
const MAX_PASSES = 10;

function cellsOf(fix: Fix): string[] {
  return [fix.cell, ...(fix.also ?? []).map((edit) => edit.cell)];
}

/** The cell changes a set of fixes makes on a grid: text written as the value, or only the number format. */
function changesOf(grid: SheetGrid, findings: Finding[]): CellChange[] {
  const view = new GridView(grid);
  return findings.flatMap(({ fix, check }) =>
    [fix!, ...(fix!.also ?? [])].map((edit) => {
      const { row, col } = parseA1(edit.cell);
      const formatOnly = edit === fix && fix.numberFormat !== undefined;
      const fromValue = view.value(row, col);
      const fromFormat = view.numberFormat(row, col);
      return {
        sheet: grid.name,
        cell: edit.cell,
        from: view.text(row, col),
        to: edit.to,
        fromValue,
        toValue: formatOnly ? fromValue : edit.to,
        fromFormat,
        toFormat: formatOnly ? fix!.numberFormat! : fromFormat,
        checks: [check],
      };
    }),
  );
}

/** The cells of a fix that hold formulas: a fix never writes a constant (or even its own value) over a formula. */
function formulaCellsOf(view: GridView, fix: Fix): string[] {
  return cellsOf(fix).filter((cell) => {
    const { row, col } = parseA1(cell);
    return view.isFormula(row, col);
  });
}

/** The plan of exactly the given findings' fixes on the grid as it is now (one suggestion the user reviewed). */
export function planFindings(grid: SheetGrid, findings: Finding[]): EditPlan {
  const view = new GridView(grid);
  const onFormulas = findings.flatMap((f) => (f.fix ? formulaCellsOf(view, f.fix) : []));
  if (onFormulas.length > 0) return { changes: [], unmerge: [], skipped: findings, formulaCells: onFormulas.map((cell) => ({ sheet: grid.name, cell })) };
  return {
    changes: changesOf(
      grid,
      findings.filter((f) => f.fix),
    ),
    unmerge: findings.flatMap((f) => (f.fix?.unmerge ? [{ sheet: grid.name, range: f.fix.unmerge }] : [])),
    skipped: [],
  };
}

/** A new grid with the changes written (value, format, display text), merges split and others restored. */
export function applyChanges(grid: SheetGrid, changes: CellChange[], split: string[] = [], restore: string[] = []): SheetGrid {
  // Copy on write: the rows a change touches are copied, the others shared (a sheet may have a million rows).
  const values = grid.values.slice();
  const text = (grid.text ?? []).slice();
  const numberFormats = (grid.numberFormats ?? []).slice();
  const copied = new Set<number>();
  for (const change of changes) {
    const { row, col } = parseA1(change.cell);
    if (!copied.has(row)) {
      copied.add(row);
      values[row] = [...(grid.values[row] ?? [])];
      text[row] = [...(grid.text?.[row] ?? [])];
      numberFormats[row] = [...(grid.numberFormats?.[row] ?? [])];
    }
    values[row][col] = change.toValue;
    text[row][col] = change.to;
    numberFormats[row][col] = change.toFormat;
  }
  const splitRanges = new Set(split);
  const merges = [...grid.merges.filter((m) => !splitRanges.has(rangeA1(m.top, m.left, m.bottom, m.right))), ...restore.map(parseRangeA1)];
  return { ...grid, values, text, numberFormats, merges };
}

/** Picks the fixes of one pass, in finding order, skipping any that touches a cell already claimed or a formula. */
function selectFixes(findings: Finding[], all: boolean, view: GridView): Finding[] {
  const claimed = new Set<string>();
  const chosen: Finding[] = [];
  for (const finding of findings) {
    if (!finding.fix || (!finding.fix.safe && !all)) continue;
    if (formulaCellsOf(view, finding.fix).length > 0) continue;
    const cells = cellsOf(finding.fix);
    if (cells.some((cell) => claimed.has(cell))) continue;
    cells.forEach((cell) => claimed.add(cell));
    chosen.push(finding);
  }
  return chosen;
}

/** Plans the fixes of one sheet: passes until no fix applies, then the net change of every touched cell. */
export function planSheet(grid: SheetGrid, options: PlanOptions): EditPlan {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  let current = grid;
  const checksAt = new Map<string, string[]>();
  const unmerge: string[] = [];
  let findings = checkSheet(current, settings).findings;
  const view = new GridView(grid);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const chosen = selectFixes(findings, options.all, view);
    if (chosen.length === 0) break;
    const changes = changesOf(current, chosen);
    for (const change of changes) checksAt.set(change.cell, [...(checksAt.get(change.cell) ?? []), ...change.checks]);
    const split = chosen.flatMap((f) => (f.fix!.unmerge ? [f.fix!.unmerge] : []));
    unmerge.push(...split);
    current = applyChanges(current, changes, split);
    findings = checkSheet(current, settings).findings;
  }
  const before = new GridView(grid);
  const after = new GridView(current);
  const changes: CellChange[] = [];
  for (const [cell, checks] of checksAt) {
    const { row, col } = parseA1(cell);
    const change: CellChange = {
      sheet: grid.name,
      cell,
      from: before.text(row, col),
      to: after.text(row, col),
      fromValue: before.value(row, col),
      toValue: after.value(row, col),
      fromFormat: before.numberFormat(row, col),
      toFormat: after.numberFormat(row, col),
      checks,
    };
    if (change.fromValue !== change.toValue || change.fromFormat !== change.toFormat) changes.push(change);
  }
  changes.sort((x, y) => compareCells(x.cell, y.cell));
  const wanted = findings.filter((f) => f.fix !== null && (f.fix.safe || options.all));
  const formulaCells = [...new Set(wanted.flatMap((f) => formulaCellsOf(view, f.fix!)))].sort(compareCells);
  return {
    changes,
    unmerge: unmerge.map((range) => ({ sheet: grid.name, range })),
    skipped: findings.filter((f) => f.fix !== null),
    ...(formulaCells.length > 0 ? { formulaCells: formulaCells.map((cell) => ({ sheet: grid.name, cell })) } : {}),
  };
}

export function planWorkbook(grids: SheetGrid[], options: PlanOptions): EditPlan {
  const plans = grids.map((grid) => planSheet(grid, options));
  return {
    changes: plans.flatMap((p) => p.changes),
    unmerge: plans.flatMap((p) => p.unmerge),
    skipped: plans.flatMap((p) => p.skipped),
    formulaCells: plans.flatMap((p) => p.formulaCells ?? []),
  };
}

function compareCells(a: string, b: string): number {
  const pa = parseA1(a);
  const pb = parseA1(b);
  return pa.row - pb.row || pa.col - pb.col;
}

/** The changes that undo a plan: every cell back to its old value and format (the merges are restored separately). */
export function revertChanges(plan: Pick<EditPlan, 'changes'>): CellChange[] {
  return plan.changes.map((c) => ({
    ...c,
    from: c.to,
    to: c.from,
    fromValue: c.toValue,
    toValue: c.fromValue,
    fromFormat: c.toFormat,
    toFormat: c.fromFormat,
  }));
}
