// Writes a self-evaluation into the sheet (DOMAIN §5.8): 完成率, 得分 and 偏差原因提示 columns right of the tables,
// the budget's 执行率 and 得分, a total row with the grade. Only empty cells are written; running it twice adds nothing.
import type Decimal from 'decimal.js';
import { DEFAULT_SETTINGS, type Settings } from './check';
import { checkSheet, type SheetReport } from './engine';
import type { SheetEvaluation } from './evaluate';
import { a1, GridView, type CellValue, type SheetGrid } from './grid';
import type { ColumnRole, IndicatorTable } from './layout';
import type { CellChange, EditPlan } from './plan';
import type { ReasonRequired } from './scoring';
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

class Writer {
  readonly changes: CellChange[] = [];
  private readonly written = new Set<string>();
  private readonly view: GridView;

  constructor(private readonly grid: SheetGrid) {
    this.view = new GridView(grid);
  }

  isFree(row: number, col: number, cell = a1(row, col)): boolean {
    return this.view.isBlank(row, col) && !this.view.merge(row, col) && !this.written.has(cell);
  }

  /** Writes into an empty cell; a cell the user filled is never overwritten. */
  put(row: number, col: number, value: CellValue, format: string | null = null, shown = String(value)): void {
    const cell = a1(row, col);
    if (!this.isFree(row, col, cell)) return;
    this.written.add(cell);
    this.changes.push({
      sheet: this.grid.name, cell, from: '', to: shown, fromValue: this.view.value(row, col), toValue: value,
      fromFormat: this.view.numberFormat(row, col), toFormat: format ?? this.view.numberFormat(row, col), checks: ['evaluate'],
    });
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

/** The column all tables already have for a role, if they agree on it. */
function columnOf(tables: IndicatorTable[], role: ColumnRole): number | undefined {
  const cols = tables.map((t) => t.blocks[t.blocks.length - 1].columns[role]);
  return cols.every((c) => c !== undefined && c === cols[0]) ? cols[0] : undefined;
}

/** Plans the writes of one sheet's self-evaluation (or the empty columns of its target tables). */
export function planEvaluation(grid: SheetGrid, settings: Settings = DEFAULT_SETTINGS): EvaluationResult {
  return planEvaluationOf(grid, checkSheet(grid, settings, []));
}

/** The same plan from a report the caller already has (the command line checks the sheet anyway). */
export function planEvaluationOf(grid: SheetGrid, { tables, evaluation }: Pick<SheetReport, 'tables' | 'evaluation'>): EvaluationResult {
  const writer = new Writer(grid);
  // The same four columns for every target table, as the score columns are shared, and all four where no row of any
  // table holds anything: a header written in part (a cell taken by a note or a merge), or tables that disagree on
  // where 完成率 is, would not be read back as one self-evaluation, and the next run would add columns again.
  const targets = tables.filter((t) => t.kind === 'target');
  if (targets.length > 0) {
    const rows = targets.flatMap((table) => [table.headerRow, ...table.indicators.map((indicator) => indicator.row)]);
    const first = freeColumns(writer, Math.max(...targets.map((t) => t.right)) + 1, rows, SELF_EVALUATION_HEADERS.length);
    for (const table of targets) SELF_EVALUATION_HEADERS.forEach((header, i) => writer.put(table.headerRow, first + i, header));
  }
  if (evaluation) writeEvaluation(writer, tables.filter((t) => t.kind === 'self-evaluation'), evaluation);
  return { plan: { changes: writer.changes, unmerge: [], skipped: [] }, evaluation };
}

function writeEvaluation(writer: Writer, tables: IndicatorTable[], evaluation: SheetEvaluation): void {
  const headerRows = tables.map((t) => t.headerRow);
  const rows = evaluation.rows.map((r) => r.indicator.row);
  const budget = evaluation.budget?.block;
  const right = Math.max(...tables.map((t) => t.right), budget?.right ?? 0);
  const allRows = [...rows, ...(budget ? [budget.headerRow, budget.total.row] : [])];
  const anyActual = evaluation.total !== null;

  const rateCol = columnOf(tables, 'rate') ?? freeColumn(writer, right + 1, headerRows, allRows, HEADERS.rate);
  const scoreCol = columnOf(tables, 'score') ?? freeColumn(writer, Math.max(right, rateCol) + 1, headerRows, allRows, HEADERS.score);
  const needsPrompt = anyActual && evaluation.rows.some((r) => r.evaluation?.reasonsRequired.length && !r.indicator.reason?.text.trim());
  const promptCol = columnOf(tables, 'prompt') ?? (needsPrompt ? freeColumn(writer, Math.max(right, rateCol, scoreCol) + 1, headerRows, rows, HEADERS.prompt) : undefined);

  for (const table of tables) {
    writer.put(table.headerRow, rateCol, HEADERS.rate);
    writer.put(table.headerRow, scoreCol, HEADERS.score);
    if (promptCol !== undefined) writer.put(table.headerRow, promptCol, HEADERS.prompt);
  }
  for (const { indicator, evaluation: result } of evaluation.rows) {
    if (!result) continue;
    if (result.completionRate) writer.putRate(indicator.row, rateCol, result.completionRate);
    else if (result.grade) writer.put(indicator.row, rateCol, result.grade);
    if (result.score) writer.putScore(indicator.row, scoreCol, result.score);
    if (promptCol !== undefined && anyActual && result.reasonsRequired.length > 0 && !indicator.reason?.text.trim()) {
      writer.put(indicator.row, promptCol, result.reasonsRequired.map((r) => PROMPT[r]).join('；'));
    }
  }

  const budgetResult = evaluation.budget;
  if (budgetResult && budget) {
    const budgetRate = budget.columns.rate ?? rateCol;
    const budgetScore = budget.columns.score ?? scoreCol;
    writer.put(budget.headerRow, budgetRate, '执行率');
    writer.put(budget.headerRow, budgetScore, '得分');
    if (budgetResult.rate) writer.putRate(budget.total.row, budgetRate, budgetResult.rate);
    if (budgetResult.score) writer.putScore(budget.total.row, budgetScore, budgetResult.score);
  }

  if (evaluation.total && evaluation.grade) {
    // Below the last indicator: the row already labelled 总分 (a previous run), else the first free one.
    let row = Math.max(...rows) + 1;
    while (writer.text(row, rateCol) !== HEADERS.total && !(writer.isFree(row, rateCol) && writer.isFree(row, scoreCol))) row++;
    writer.put(row, rateCol, HEADERS.total);
    writer.putScore(row, scoreCol, evaluation.total);
    writer.put(row, scoreCol + 1, `等级：${evaluation.grade}`);
  }
}
