// The neutral sheet model every adapter produces: cell values, displayed text and merged areas.

/** A cell's value as an adapter reads it: formula results, never formulas. */
export type CellValue = string | number | boolean | null;

/** A merged area, 0-based and inclusive. Its value lives in the top-left cell. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** values[row][col], 0-based; rows may be ragged. */
  values: CellValue[][];
  /** What the user sees (number formats applied); falls back to the value. */
  text?: (string | null)[][];
  numberFormats?: (string | null)[][];
  merges: MergedArea[];
  /** True when the host could not report merged areas (Excel refuses above 512): covered cells then look blank. */
  mergesUnknown?: boolean;
  /**
   * The areas of cells holding formulas, where the host reports them (the Excel adapter does): a plan never writes a
   * constant over a formula. Absent means unknown, and the file writer refuses formula cells itself.
   */
  formulas?: MergedArea[];
}

/** Column letters by 0-based index, built as columns are first named: a sheet names a handful, thousands of times. */
const COLUMN_LETTERS: string[] = [];

export function columnLetters(col: number): string {
  let letters = COLUMN_LETTERS[col];
  if (letters === undefined) {
    letters = '';
    for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
    COLUMN_LETTERS[col] = letters;
  }
  return letters;
}

/** 0-based (row, col) → "B7". */
export function a1(row: number, col: number): string {
  return columnLetters(col) + (row + 1);
}

/** "B7" → { row: 6, col: 1 }. */
export function parseA1(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address.toUpperCase());
  if (!match) throw new Error(`不是有效的单元格地址：${address}`);
  let col = 0;
  for (const ch of match[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/**
 * "B7" → one number ordering cells by row, then column (Excel has at most 16,384 columns): parseA1's result as
 * row × 16384 + col, read without a regular expression or an object, since every finding of a sheet is sorted by it.
 */
export function readingOrder(address: string): number {
  let col = 0;
  let row = 0;
  let i = 0;
  for (let code = address.charCodeAt(0); code >= 65 && code <= 90; code = address.charCodeAt(++i)) col = col * 26 + code - 64;
  for (let code = address.charCodeAt(i); code >= 48 && code <= 57; code = address.charCodeAt(++i)) row = row * 10 + code - 48;
  if (col > 0 && row > 0 && i === address.length) return cellKey(row - 1, col - 1);
  // Lower-case letters and the like: parseA1 reads them, or says why it cannot.
  const cell = parseA1(address);
  return cellKey(cell.row, cell.col);
}

/** "A5:H30" for a 0-based inclusive rectangle. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

/** "A5:H30" (or a single "B7") → the 0-based inclusive rectangle: rangeA1's inverse. */
export function parseRangeA1(range: string): MergedArea {
  const [from, to = from] = range.split(':');
  const start = parseA1(from);
  const end = parseA1(to);
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

/** One number per cell, row × 16384 + col (Excel's column limit): the key of every per-cell map. */
export function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

/** Areas of more cells than this are not indexed cell by cell (a whole-column merge holds a million). */
const INDEXED_CELLS = 4096;

/**
 * The merged area over each cell. Small areas (nearly all) are indexed cell by cell; the few large ones — a merge
 * down a whole column, or a hostile one over the whole sheet — are kept as rectangles and tested on a miss, so the
 * cost is bounded by the areas' number, never by the cells they cover. Excel never writes overlapping areas; when
 * two do overlap, `overlap` is told (a reader refuses the file) and otherwise the later area covers the shared cells.
 */
export class MergeLookup {
  private readonly byCell = new Map<number, MergedArea>();
  private readonly large: MergedArea[] = [];

  constructor(merges: readonly MergedArea[], overlap?: (earlier: MergedArea, later: MergedArea) => void) {
    const overlaps = (a: MergedArea, b: MergedArea) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
    for (const area of merges) {
      const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
      if (overlap) for (const big of this.large) if (overlaps(big, area)) overlap(big, area);
      if (cells > INDEXED_CELLS) {
        if (overlap) for (const small of new Set(this.byCell.values())) if (overlaps(small, area)) overlap(small, area);
        this.large.push(area);
        continue;
      }
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const key = cellKey(r, c);
          const earlier = this.byCell.get(key);
          if (earlier && overlap) overlap(earlier, area);
          this.byCell.set(key, area);
        }
      }
    }
  }

  /** The area covering the cell, if any; the later of two overlapping areas. */
  at(row: number, col: number): MergedArea | undefined {
    const small = this.byCell.get(cellKey(row, col));
    if (small) return small;
    for (let i = this.large.length - 1; i >= 0; i--) {
      const area = this.large[i];
      if (row >= area.top && row <= area.bottom && col >= area.left && col <= area.right) return area;
    }
    return undefined;
  }

  /** Columns of `row` covered by an area no wider than `width`, from either index (for walking a row's cells). */
  narrowColumnsIn(row: number, width: number, into: Set<number>): void {
    for (const area of this.large) {
      if (row < area.top || row > area.bottom || area.right - area.left + 1 > width) continue;
      for (let c = area.left; c <= area.right; c++) into.add(c);
    }
  }
}

/** Fast lookups over one grid: raw values, display text and merge membership. */
export class GridView {
  readonly rowCount: number;
  readonly colCount: number;
  private readonly merges: MergeLookup;
  /** Each row's small merged areas' covered columns, built once: a row's walk must see a label merged across. */
  private readonly coveredColumns = new Map<number, number[]>();
  private readonly columnsCache: (readonly number[] | undefined)[] = [];

  private formulaLookup: MergeLookup | null = null;

  constructor(readonly grid: SheetGrid) {
    this.rowCount = grid.values.length;
    this.colCount = grid.values.reduce((max, row) => Math.max(max, row.length), 0);
    this.merges = new MergeLookup(grid.merges);
    for (const area of grid.merges) {
      if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > INDEXED_CELLS) continue;
      for (let r = area.top; r <= area.bottom; r++) {
        const list = this.coveredColumns.get(r) ?? [];
        for (let c = area.left; c <= area.right; c++) list.push(c);
        this.coveredColumns.set(r, list);
      }
    }
  }

  /**
   * The columns of a row worth looking at, in order: those holding a value or text, and those covered by a merge
   * (whose top-left text shows there). A value far out at XFD1048576 costs one column of one row, not the empty
   * columns before it: walks over a row use this, not 0 … colCount.
   */
  columnsIn(row: number): readonly number[] {
    let columns = this.columnsCache[row];
    if (columns === undefined) {
      const found = new Set<number>(this.coveredColumns.get(row));
      this.merges.narrowColumnsIn(row, 64, found);
      const values = this.grid.values[row];
      // for…in visits only the indexes a sparse row holds.
      if (values) for (const key in values) if (values[Number(key)] !== null) found.add(Number(key));
      const text = this.grid.text?.[row];
      if (text) for (const key in text) if (text[Number(key)]) found.add(Number(key));
      columns = [...found].sort((a, b) => a - b);
      this.columnsCache[row] = columns;
    }
    return columns;
  }

  value(row: number, col: number): CellValue {
    return this.grid.values[row]?.[col] ?? null;
  }

  /** The text the user sees in this very cell ("" for blank and for covered parts of a merge). */
  text(row: number, col: number): string {
    const shown = this.grid.text?.[row]?.[col];
    if (shown !== undefined && shown !== null) return shown;
    const value = this.value(row, col);
    if (value === null) return '';
    if (typeof value === 'number') return numberToText(value);
    return String(value);
  }

  numberFormat(row: number, col: number): string | null {
    return this.grid.numberFormats?.[row]?.[col] ?? null;
  }

  /** The merged area covering the cell, if any. */
  merge(row: number, col: number): MergedArea | undefined {
    return this.merges.at(row, col);
  }

  /** True when the host reported a formula in the cell. */
  isFormula(row: number, col: number): boolean {
    if (!this.grid.formulas?.length) return false;
    this.formulaLookup ??= new MergeLookup(this.grid.formulas);
    return this.formulaLookup.at(row, col) !== undefined;
  }

  /** True when the cell is covered by a merge that starts in another cell. */
  isCoveredByMerge(row: number, col: number): boolean {
    const area = this.merge(row, col);
    return area !== undefined && (area.top !== row || area.left !== col);
  }

  isBlank(row: number, col: number): boolean {
    return this.text(row, col).trim() === '';
  }
}

/** One cell with its address, what it shows and its value. */
export interface CellRef {
  cell: string;
  row: number;
  col: number;
  text: string;
  raw: CellValue;
}

/** The cell at (row, col) of a view; null when the column is absent. */
export function cellAt(view: GridView, row: number, col: number | null | undefined): CellRef | null {
  if (col === null || col === undefined) return null;
  return { cell: a1(row, col), row, col, text: view.text(row, col), raw: view.value(row, col) };
}

/**
 * A JS number as Excel shows it: at most 15 significant digits (0.1 + 0.2 and 0.7999999999999999 are 0.3 and 0.8),
 * the shortest such decimal, without exponent for ordinary sizes.
 */
export function numberToText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(Number(value.toPrecision(15)));
}
