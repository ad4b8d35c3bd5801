// What is written around an indicator table: the labelled info block above it (项目名称, 项目期, 资金 …), its title,
// the money unit it declares, the unit that fills it and the project it is for, and the 河北 资金支出计划 row.
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

/**
 * Labels naming the unit that fills the table, best first: the unit itself (单位名称, 预算单位, 填报单位 …), then the one
 * that carries the project out (实施单位, 资金使用单位 …), then its department (主管部门). A reviewer sorts submissions by
 * who sent them; the department is only what is left when the form names no unit. Labels are compacted, so "：" and
 * "（）" are ASCII here; a leading "*" (a required field) and a trailing "(盖章)" are taken off before matching.
 */
const UNIT_LABELS = [
  /^(部门\(单位\)名称|单位名称|部门名称|预算单位(名称)?|填报单位|(绩效)?编制单位)$/u,
  /^((项目)?(实施|执行)单位|项目单位|资金使用单位)$/u,
  /^(项目|地方|市县)?主管(预算)?部门(及代码)?$/u,
];

const PROJECT_LABEL = /^项目名称$/u;

/**
 * A budget code and the unit's name in one cell, with no label (河北: "762002秦皇岛市北戴河区残疾人联合会" beside 单位：万元).
 * The name must end as a unit's does, so that an amount ("100000元") or a year ("2023年…") is not taken for one.
 */
const CODED_UNIT = /^\d{6,}[\u4e00-\u9fff()]{3,}(会|局|委|办|院|所|中心|站|队|室|馆|校|厅|处|政府|公司|社|署)$/u;

/**
 * A budget code written before or after a unit's name ("昆明市呈贡区残疾人联合会762601", "(433001)乌海市供销合作社联合社",
 * "[155]濉溪县民政局"): the name alone is what is read.
 */
const BUDGET_CODE = /^\s*(\d{6,}|[(（[【]\d+[)）\]】])\s*|\s*(\d{6,}|[(（[【]\d+[)）\]】])\s*$/gu;

/** Another label written after a value in the same cell ("单位名称:昌宁县供销合作社联合社 填报日期:2023年4月15日"). */
const NEXT_LABEL = /\s+[^\s:：]{2,10}[:：].*$/su;

type Field = { field: 'unit'; rank: number } | { field: 'project' };

function fieldOf(label: string): Field | null {
  const bare = label.replace(/^\*/u, '').replace(/\(盖章\)$/u, '');
  if (PROJECT_LABEL.test(bare)) return { field: 'project' };
  const rank = UNIT_LABELS.findIndex((pattern) => pattern.test(bare));
  return rank < 0 ? null : { field: 'unit', rank };
}

/** The name a labelled cell gives, without a budget code; null when it is empty or is itself a label (主管部门 | 实施单位). */
function nameIn(text: string): string | null {
  const name = text.replace(NEXT_LABEL, '').replace(BUDGET_CODE, '').trim();
  const label = compact(name);
  return name && !label.endsWith(':') && fieldOf(label) === null ? name : null;
}

/**
 * The unit and the project a cell of the info block names, as written: a label followed by its value in the next
 * cell, a label and its value in one cell ("预算单位：东莞市交通运输局"), or a coded unit name on its own.
 */
function headerField(text: string, next: string | null): (Field & { name: string }) | null {
  const colon = /[:：]/u.exec(text)?.index ?? -1;
  const field = fieldOf(compact(colon < 0 ? text : text.slice(0, colon)));
  const value = colon < 0 || colon === text.length - 1 ? next : text.slice(colon + 1);
  const name = field && value !== null ? nameIn(value) : null;
  if (field && name) return { ...field, name };
  return CODED_UNIT.test(compact(text)) ? { field: 'unit', rank: 0, name: text.replace(BUDGET_CODE, '').trim() } : null;
}

export interface InfoRead {
  info: InfoBlock;
  title: string | null;
  currency: IndicatorTable['currency'];
  spendingPlan: SpendingPlan | null;
  unit: string | null;
  project: string | null;
}

/** Reads labelled cells between `from` and `to` (exclusive): label → the next non-empty cell to its right. */
export function readInfo(view: GridView, from: number, to: number): InfoRead {
  const info: InfoBlock = new Map();
  let title: string | null = null;
  let currency: IndicatorTable['currency'] = null;
  let spendingPlan: SpendingPlan | null = null;
  let unit: { name: string; rank: number } | null = null;
  let project: string | null = null;
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
      const named = headerField(view.text(row, col).trim(), next?.text ?? null);
      if (named?.field === 'project') project ??= named.name;
      else if (named && (unit === null || named.rank < unit.rank)) unit = named;
      // Goals written under their labels, side by side (安徽 "中期目标(2024年—2026年) | 年度目标" over the two texts):
      // a goal label's value is the cell below it, not the next label.
      if (GOAL_LABEL.test(text) && (!next || GOAL_LABEL.test(compact(next.text))) && !view.isBlank(row + 1, col)) {
        if (!info.has(text)) info.set(text, cellAt(view, row + 1, col)!);
        continue;
      }
      if (next && !info.has(text)) info.set(text, cellAt(view, row, next.col)!);
    }
  }
  return { info, title, currency, spendingPlan, unit: unit?.name ?? null, project };
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
