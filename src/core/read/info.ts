// What is written around an indicator table: the labelled info block above it (项目名称, 项目期, 资金 …), its title,
// the money unit it declares, and the 河北 资金支出计划 row.
import { cellAt, type GridView } from '../grid';
import type { CellRef, IndicatorTable, InfoBlock, SpendingPlan } from '../layout';
import { compact } from '../text';

/** Labels of the goals of a period (中期目标, 长期目标, 年度目标, 年度绩效目标 …), with or without their years. */
export const GOAL_LABEL = /^(中长期|中期|长期|年度)(总体|绩效)?目标/u;

/** Words of a form's title (绩效目标表, 自评表 …): a title row names a new table. */
export const TITLE_WORDS = /(绩效目标表|绩效自评表|自评表|申报表)/u;

/** The first column from `fromCol` to `toCol` whose cell shows something, else -1 (a number: every row asks twice). */
export function firstTextCol(view: GridView, row: number, fromCol: number, toCol: number): number {
  for (let col = fromCol; col <= toCol; col++) if (!view.isBlank(row, col)) return col;
  return -1;
}

export function firstText(view: GridView, row: number, fromCol: number, toCol: number): { col: number; text: string } | null {
  const col = firstTextCol(view, row, fromCol, toCol);
  return col < 0 ? null : { col, text: view.text(row, col).trim() };
}

/** Reads labelled cells between `from` and `to` (exclusive): label → the next non-empty cell to its right. */
export function readInfo(view: GridView, from: number, to: number): { info: InfoBlock; title: string | null; currency: IndicatorTable['currency']; spendingPlan: SpendingPlan | null } {
  const info: InfoBlock = new Map();
  let title: string | null = null;
  let currency: IndicatorTable['currency'] = null;
  let spendingPlan: SpendingPlan | null = null;
  for (let row = from; row < to; row++) {
    const columns = view.columnsIn(row);
    for (const [i, col] of columns.entries()) {
      const text = compact(view.text(row, col));
      if (!text) continue;
      const money = /单位[:：](万元|元)/u.exec(text) ?? /[(（](万元|元)[)）]$/u.exec(text);
      if (money && currency === null) currency = money[1] as '元' | '万元';
      if (TITLE_WORDS.test(text) && text.length <= 60) title = view.text(row, col).trim();
      if (/^资金支出计划/u.test(text)) spendingPlan = readSpendingPlan(view, row, col);
      const nextCol = columns.slice(i + 1).find((c) => !view.isBlank(row, c));
      const next = nextCol === undefined ? null : { col: nextCol, text: view.text(row, nextCol).trim() };
      // Goals written under their labels, side by side (安徽 "中期目标(2024年—2026年) | 年度目标" over the two texts):
      // a goal label's value is the cell below it, not the next label.
      if (GOAL_LABEL.test(text) && (!next || GOAL_LABEL.test(compact(next.text))) && !view.isBlank(row + 1, col)) {
        if (!info.has(text)) info.set(text, cellAt(view, row + 1, col)!);
        continue;
      }
      if (next && !info.has(text)) info.set(text, cellAt(view, row, next.col)!);
    }
  }
  return { info, title, currency, spendingPlan };
}

/** 资金支出计划（%）: month labels in the same row, cumulative percentages in the row below. */
function readSpendingPlan(view: GridView, row: number, labelCol: number): SpendingPlan | null {
  const labels: CellRef[] = [];
  for (const col of view.columnsIn(row)) {
    if (col > labelCol && /月底|月末/u.test(view.text(row, col))) labels.push(cellAt(view, row, col)!);
  }
  if (labels.length === 0) return null;
  return { labels, values: labels.map((label) => cellAt(view, row + 1, label.col)!) };
}

