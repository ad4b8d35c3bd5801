// The budget-execution block of a self-evaluation (DOMAIN §1.3, §5.4): found by its column words and row labels.
import { cellAt, GridView, type CellRef } from './grid';
import { compact } from './text';

export interface BudgetRow {
  row: number;
  label: CellRef;
  budget: CellRef | null;
  adjusted: CellRef | null;
  executed: CellRef;
  weight: CellRef | null;
  rate: CellRef | null;
  score: CellRef | null;
  reason: CellRef | null;
}

export interface BudgetBlock {
  headerRow: number;
  /** Rightmost column the block uses (a merged reason cell included). */
  right: number;
  total: BudgetRow;
  /** 其中 rows: 财政拨款, 其他资金, 上年结转 … */
  parts: BudgetRow[];
  columns: {
    budget: number | null;
    adjusted: number | null;
    executed: number;
    weight: number | null;
    rate: number | null;
    score: number | null;
    reason: number | null;
  };
}

const COLUMN_WORDS: [keyof BudgetBlock['columns'], RegExp][] = [
  ['adjusted', /^(全年预算数|调整后预算数?)/u],
  ['budget', /^(年初预算|预算数)/u],
  ['executed', /^(全年执行数|预算执行数|执行数|实际投入资金额?|实际支出)/u],
  ['rate', /^(预算)?执行率/u],
  ['weight', /^(分值|权重)/u],
  ['score', /^得分/u],
  ['reason', /原因/u],
];
const TOTAL_LABEL = /^(合计|年度资金总额|总额|年度财政资金总额|资金总额)/u;
const PART_LABEL = /^(其中|财政拨款|当年财政拨款|上年结转|其他资金|财政专户|单位资金|财政资金)/u;

/** Finds the first budget block in rows [from, to): a header with a budget and an execution column, then its rows. */
export function findBudgetBlock(view: GridView, from: number, to: number): BudgetBlock | null {
  for (let row = from; row < to; row++) {
    const columns: BudgetBlock['columns'] = { budget: null, adjusted: null, executed: -1, weight: null, rate: null, score: null, reason: null };
    let right = 0;
    for (const col of view.columnsIn(row)) {
      const text = compact(view.text(row, col));
      const hit = COLUMN_WORDS.find(([, pattern]) => pattern.test(text));
      if (hit && (columns[hit[0]] === null || columns[hit[0]] === -1)) columns[hit[0]] = col;
      if (text) right = Math.max(right, view.merge(row, col)?.right ?? col);
    }
    if (columns.executed < 0 || (columns.budget === null && columns.adjusted === null)) continue;
    const labelCol = Math.min(...[columns.budget, columns.adjusted, columns.executed].filter((c): c is number => c !== null)) - 1;
    const rows: BudgetRow[] = [];
    for (let r = row + 1; r < to; r++) {
      const labelAt = [...Array(labelCol + 1).keys()].reverse().find((c) => view.text(r, c).trim());
      if (labelAt === undefined) break;
      const label = compact(view.text(r, labelAt));
      if (!TOTAL_LABEL.test(label) && !PART_LABEL.test(label)) break;
      rows.push({
        row: r,
        label: cellAt(view, r, labelAt)!,
        budget: cellAt(view, r, columns.budget),
        adjusted: cellAt(view, r, columns.adjusted),
        executed: cellAt(view, r, columns.executed)!,
        weight: cellAt(view, r, columns.weight),
        rate: cellAt(view, r, columns.rate),
        score: cellAt(view, r, columns.score),
        reason: cellAt(view, r, columns.reason),
      });
    }
    const total = rows.find((r) => TOTAL_LABEL.test(compact(r.label.text)));
    if (!total) continue;
    return { headerRow: row, right, total, parts: rows.filter((r) => r !== total), columns };
  }
  return null;
}
