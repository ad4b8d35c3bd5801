// Writes a self-evaluation into the sheet (DOMAIN §5.8): 完成率, 得分 and 偏差原因提示 columns right of the tables,
// the budget's 执行率 and 得分, a total row with the grade. Only empty cells are written; running it twice adds nothing.
import type Decimal from 'decimal.js';
import { DEFAULT_SETTINGS, type Settings } from './check';
import { checkSheet, type SheetReport } from './engine';
import type { RowEvaluation, SheetEvaluation } from './evaluate';
import { a1, GridView, type CellValue, type SheetGrid } from './grid';
import type { ColumnRole, IndicatorTable } from './layout';
import type { CellChange, ColumnWidth, EditPlan } from './plan';
import type { ReasonRequired } from './scoring';
import { compact, displayWidth } from './text';
import { percentText } from './value/format';

export const HEADERS = { rate: '完成率', score: '得分', prompt: '偏差原因提示', total: '总分' } as const;
/** Columns a target table gets so that it can be filled in as a self-evaluation. */
export const SELF_EVALUATION_HEADERS = ['实际完成值', '完成率', '得分', '偏差原因分析及改进措施'];
export const RATE_FORMAT = '0.00%';
export const SCORE_FORMAT = '0.00';

const PROMPT: Record<ReasonRequired, string> = {
  missed: '未完成目标，请说明原因及改进措施',
  'not-achieved': '未完全达成，请说明原因及改进措施',
  'over-completion': '超出目标130%以上，请说明原因',
  'no-actual': '请填写实际完成值；未开展的请说明原因',
};

export interface EvaluationResult {
  plan: EditPlan;
  evaluation: SheetEvaluation | null;
}

/** Widths given to the columns a self-evaluation opens: room for a rate or a score, at most a short sentence. */
const COLUMN_WIDTH = { min: 8, max: 40, padding: 2 };

/** The width of a column opened for text whose widest line is `widest` characters wide (text.ts displayWidth). */
export function openedColumnWidth(widest: number): number {
  return Math.min(COLUMN_WIDTH.max, Math.max(COLUMN_WIDTH.min, widest + COLUMN_WIDTH.padding));
}

class Writer {
  readonly changes: CellChange[] = [];
  private readonly written = new Set<string>();
  private readonly view: GridView;
  /** Columns whose header this run wrote into a free cell: the columns it opened. */
  private readonly opened = new Set<number>();
  /** The widest text written in each column. */
  private readonly widest = new Map<number, number>();

  constructor(private readonly grid: SheetGrid) {
    this.view = new GridView(grid);
  }

  isFree(row: number, col: number, cell = a1(row, col)): boolean {
    // A formula showing nothing ("" until its inputs are filled) computes its own result: it is not free.
    return this.view.isBlank(row, col) && !this.view.merge(row, col) && !this.view.isFormula(row, col) && !this.written.has(cell);
  }

  /** Writes into an empty cell; a cell the user filled is never overwritten. */
  put(row: number, col: number, value: CellValue, format: string | null = null, shown = String(value)): void {
    const cell = a1(row, col);
    if (!this.isFree(row, col, cell)) return;
    this.written.add(cell);
    this.widest.set(col, Math.max(this.widest.get(col) ?? 0, displayWidth(shown)));
    this.changes.push({
      sheet: this.grid.name,
      cell,
      from: '',
      to: shown,
      fromValue: this.view.value(row, col),
      toValue: value,
      fromFormat: this.view.numberFormat(row, col),
      toFormat: format ?? this.view.numberFormat(row, col),
      checks: ['evaluate'],
    });
  }

  /** A column's header; written into a free cell, it opens the column. */
  putHeader(row: number, col: number, header: string): void {
    if (this.isFree(row, col)) this.opened.add(col);
    this.put(row, col, header);
  }

  /** The opened columns, each as wide as the widest text written into it. */
  widths(): ColumnWidth[] {
    return [...this.opened]
      .sort((a, b) => a - b)
      .map((column) => ({
        sheet: this.grid.name,
        column,
        width: openedColumnWidth(this.widest.get(column)!),
      }));
  }

  /** A 得分 cell: the number rounded to two places, shown as rounded. */
  putScore(row: number, col: number, score: Decimal): void {
    const text = score.toFixed(2);
    this.put(row, col, Number(text), SCORE_FORMAT, text);
  }

  /** A 完成率 or 执行率 cell: the fraction to four places, shown as a percentage with two. */
  putRate(row: number, col: number, rate: Decimal): void {
    this.put(row, col, Number(rate.toFixed(4)), RATE_FORMAT, percentText(rate));
  }

  text(row: number, col: number): string {
    return this.view.text(row, col).trim();
  }
}

/** The first column from `from` that already carries `header` in a header row (a previous run), or is free in every row. */
function freeColumn(writer: Writer, from: number, headerRows: number[], rows: number[], header: string): number {
  for (let col = from; ; col++) {
    if (headerRows.some((r) => writer.text(r, col) === header)) return col;
    if ([...headerRows, ...rows].every((r) => writer.isFree(r, col))) return col;
  }
}

/** The first of `count` adjacent columns from `from` that are free in every one of `rows`. */
function freeColumns(writer: Writer, from: number, rows: number[], count: number): number {
  let first = from;
  for (let col = from; col < first + count; col++) {
    if (!rows.every((r) => writer.isFree(r, col))) first = col + 1;
  }
  return first;
}

/** A table's own column for a role, read from its header (the unit's template or a previous run). */
function ownColumn(table: IndicatorTable, role: ColumnRole): number | undefined {
  return table.blocks[table.blocks.length - 1].columns[role];
}

/** Where one role's cells go: each table's own column where its header has one, else the shared column. */
interface Placement {
  of(table: IndicatorTable): number;
  /** The column every table has, else one free beside the tables without their own and `alsoRows`; none if none lack it. */
  shared: number | undefined;
}

/**
 * Tables that already have the column keep it, even where they disagree (a target table filled in as a
 * self-evaluation beside a printed one): one column for all would add a second 完成率 beside each on every run.
 */
function place(
  writer: Writer,
  tables: IndicatorTable[],
  rowsOf: (table: IndicatorTable) => number[],
  role: ColumnRole,
  header: string,
  from: number,
  alsoRows: number[],
): Placement {
  const own = tables.map((table) => ownColumn(table, role));
  const lacking = tables.filter((_, i) => own[i] === undefined);
  const shared =
    lacking.length === 0 && own.every((col) => col === own[0])
      ? own[0]
      : lacking.length > 0 || alsoRows.length > 0
        ? freeColumn(
            writer,
            from,
            lacking.map((t) => t.headerRow),
            [...lacking.flatMap(rowsOf), ...alsoRows],
            header,
          )
        : undefined;
  // A table without its own column is one of `lacking`, so `shared` was found for it.
  return { of: (table) => ownColumn(table, role) ?? shared!, shared };
}

/** Plans the writes of one sheet's self-evaluation (or the empty columns of its target tables). */
export function planEvaluation(grid: SheetGrid, settings: Settings = DEFAULT_SETTINGS): EvaluationResult {
  return planEvaluationOf(grid, checkSheet(grid, settings, []));
}

/** The same plan from a report the caller already has (the command line checks the sheet anyway). */
export function planEvaluationOf(grid: SheetGrid, report: Pick<SheetReport, 'tables' | 'evaluation'>): EvaluationResult {
  const writer = new Writer(grid);
  const { evaluation } = report;
  // A table without a header row (an excerpt) has no row to name new columns in: it is scored, not written to.
  const tables = report.tables.filter((t) => !t.headerless);
  // The same four columns for every target table, as the score columns are shared, and all four where no row of any
  // table holds anything: a header written in part (a cell taken by a note or a merge), or tables that disagree on
  // where 完成率 is, would not be read back as one self-evaluation, and the next run would add columns again.
  const targets = tables.filter((t) => t.kind === 'target');
  if (targets.length > 0) {
    const rows = targets.flatMap((table) => [table.headerRow, ...table.indicators.map((indicator) => indicator.row)]);
    const first = freeColumns(writer, Math.max(...targets.map((t) => t.right)) + 1, rows, SELF_EVALUATION_HEADERS.length);
    for (const table of targets) SELF_EVALUATION_HEADERS.forEach((header, i) => writer.putHeader(table.headerRow, first + i, header));
  }
  if (evaluation)
    writeEvaluation(
      writer,
      tables.filter((t) => t.kind === 'self-evaluation'),
      evaluation,
    );
  return { plan: { changes: writer.changes, unmerge: [], skipped: [], widths: writer.widths() }, evaluation };
}

function writeEvaluation(writer: Writer, tables: IndicatorTable[], evaluation: SheetEvaluation): void {
  const rowsOf = (table: IndicatorTable) => (evaluation.rowsByTable.get(table) ?? []).map((r) => r.indicator.row);
  const budget = evaluation.budget?.block;
  const right = Math.max(...tables.map((t) => t.right), budget?.right ?? 0);
  const budgetRows = (role: 'rate' | 'score') => (budget && budget.columns[role] === null ? [budget.headerRow, budget.total.row] : []);
  const anyActual = evaluation.total !== null;
  const needsPrompt = (r: RowEvaluation) => anyActual && !!r.evaluation?.reasonsRequired.length && !r.indicator.reason?.text.trim();

  const rate = place(writer, tables, rowsOf, 'rate', HEADERS.rate, right + 1, budgetRows('rate'));
  const score = place(writer, tables, rowsOf, 'score', HEADERS.score, Math.max(right, rate.shared ?? right) + 1, budgetRows('score'));
  // Every table gets the column once any row needs a prompt, as every table gets 完成率 and 得分.
  const promptTables = evaluation.rows.some(needsPrompt) ? tables : [];
  const prompt = place(writer, promptTables, rowsOf, 'prompt', HEADERS.prompt, Math.max(right, rate.shared ?? right, score.shared ?? right) + 1, []);

  for (const table of tables) {
    writer.putHeader(table.headerRow, rate.of(table), HEADERS.rate);
    writer.putHeader(table.headerRow, score.of(table), HEADERS.score);
  }
  for (const table of promptTables) writer.putHeader(table.headerRow, prompt.of(table), HEADERS.prompt);
  for (const row of evaluation.rows) {
    const { table, indicator, evaluation: result } = row;
    if (!result) continue;
    if (result.completionRate) writer.putRate(indicator.row, rate.of(table), result.completionRate);
    else if (result.grade) writer.put(indicator.row, rate.of(table), result.grade);
    if (result.score) writer.putScore(indicator.row, score.of(table), result.score);
    if (needsPrompt(row)) writer.put(indicator.row, prompt.of(table), result.reasonsRequired.map((r) => PROMPT[r]).join('；'));
  }

  const budgetResult = evaluation.budget;
  if (budgetResult && budget) {
    // Without its own column the budget's rows were placed with the tables' (budgetRows), so `shared` exists.
    const budgetRate = budget.columns.rate ?? rate.shared!;
    const budgetScore = budget.columns.score ?? score.shared!;
    writer.putHeader(budget.headerRow, budgetRate, '执行率');
    writer.putHeader(budget.headerRow, budgetScore, '得分');
    if (budgetResult.rate) writer.putRate(budget.total.row, budgetRate, budgetResult.rate);
    if (budgetResult.score) writer.putScore(budget.total.row, budgetScore, budgetResult.score);
  }

  if (evaluation.total && evaluation.grade) {
    // Below the last indicator, in its table's columns: a row already labelled 总分 (the national annex prints one;
    // a previous run writes one), else the first free one, labelled.
    const last = evaluation.rows.reduce((a, b) => (b.indicator.row > a.indicator.row ? b : a));
    const [rateCol, scoreCol] = [rate.of(last.table), score.of(last.table)];
    const labelled = (row: number) => {
      for (let col = last.table.left; col <= Math.max(rateCol, scoreCol); col++) if (compact(writer.text(row, col)) === HEADERS.total) return true;
      return false;
    };
    let row = last.indicator.row + 1;
    while (!labelled(row) && !(writer.isFree(row, rateCol) && writer.isFree(row, scoreCol))) row++;
    if (!labelled(row)) writer.put(row, rateCol, HEADERS.total);
    writer.putScore(row, scoreCol, evaluation.total);
    writer.put(row, scoreCol + 1, `等级：${evaluation.grade}`);
  }
}
