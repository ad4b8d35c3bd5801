// Finds every indicator table on a sheet (DOMAIN §1): header rows by their words, twin 中期/年度 blocks,
// level inheritance with its provenance, table boundaries, and the info block written above each table.
import type Decimal from 'decimal.js';
import { findBudgetBlock, type BudgetBlock } from './budget';
import { classifyIndicator, nameOfLevel3, type IndicatorClass } from './classify';
import { a1, cellAt, GridView, rangeA1, type CellRef, type SheetGrid } from './grid';
import { detectFramework, normaliseLevel1, normaliseLevel2, type FrameworkId, type NormalisedName } from './framework';
import { blocksOf, findHeaderRows, type HeaderRow } from './read/header';
import { compact } from './text';
import { isFractionForm, isPercentUnit, operatorOf, parseValue } from './value/parse';
import type { IndicatorValue } from './value/types';

export type ColumnRole =
  | 'level1' | 'level2' | 'level3' | 'target' | 'actual' | 'weight' | 'score' | 'rate' | 'reason' | 'prompt'
  | 'nature' | 'unit' | 'direction' | 'description' | 'basis' | 'carried';

export type Period = 'midterm' | 'annual';

export type { CellRef };

export interface ValueCell extends CellRef {
  value: IndicatorValue;
}

/** Where a level's name came from: its own cell, a merged area above, or the nearest row above. */
export type LevelSource = 'own' | 'merge' | 'inherited' | 'none';

export interface LevelRef {
  /** The name as written where it came from ("" when none). */
  text: string;
  canonical: string | null;
  match: NormalisedName['match'];
  printedWeight: string | null;
  /** The cell of this row's level column. */
  cell: string;
  source: LevelSource;
  /** The cell the name was read from. */
  sourceCell: string | null;
  /** The merged area the name was read through, when source is 'merge'. */
  mergeRange: string | null;
}

export interface Indicator {
  /** 0-based sheet row. */
  row: number;
  period: Period | null;
  level1: LevelRef;
  level2: LevelRef;
  level3: CellRef | null;
  target: ValueCell | null;
  actual: ValueCell | null;
  nature: CellRef | null;
  unit: CellRef | null;
  direction: CellRef | null;
  weight: CellRef | null;
  score: CellRef | null;
  rate: CellRef | null;
  reason: CellRef | null;
  prompt: CellRef | null;
  description: CellRef | null;
  basis: CellRef | null;
  /** The 三级 name compacted, an operator typed at its end dropped (see nameOf); fixed when read, like class. */
  name: string;
  /** What the indicator measures (DOMAIN §4), fixed when it is read: a dozen checks ask for it. See classify(). */
  class: IndicatorClass;
}

export interface Block {
  period: Period | null;
  columns: Partial<Record<ColumnRole, number>>;
}

/** Labelled cells written above a table (项目期, 中期资金来源（元）, 绩效目标 …), keyed by the compacted label. */
export type InfoBlock = Map<string, CellRef>;

export interface SpendingPlan {
  labels: CellRef[];
  values: CellRef[];
}

export interface IndicatorTable {
  sheet: string;
  range: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  headerRow: number;
  /** The header's last row: the row below headerRow when the header spans two (sub-labels under a spanning label). */
  headerLastRow: number;
  kind: 'target' | 'self-evaluation';
  framework: FrameworkId;
  /** Group label written left of the header (目标1 … in seed 004). */
  group: string | null;
  title: string | null;
  /** The money unit the table's info block declares. */
  currency: '元' | '万元' | null;
  blocks: Block[];
  indicators: Indicator[];
  /** Blank rows inside the table (0-based). */
  blankRows: number[];
  info: InfoBlock;
  spendingPlan: SpendingPlan | null;
  /** The budget-execution block written above this table, if any (seed 004 资金情况). */
  budget: BudgetBlock | null;
  /** Merged areas could not be read: a blank level cell may really be covered by a merge. */
  mergesUnknown: boolean;
}

/** A row that ends a table when it leads with one of these (DOMAIN §1.1), or names a new table. */
const STOP_LABEL = /^(资金|总体目标|年度总体目标|评价结论|单位负责人|填报人|单位已有|预算绩效说明|存在问题|改进措施|项目名称|项目编码|项目资金)/u;
const TITLE_WORDS = /(绩效目标表|绩效自评表|自评表|申报表)/u;

/** The first column from `fromCol` to `toCol` whose cell shows something, else -1 (a number: every row asks twice). */
function firstTextCol(view: GridView, row: number, fromCol: number, toCol: number): number {
  for (let col = fromCol; col <= toCol; col++) if (!view.isBlank(row, col)) return col;
  return -1;
}

function firstText(view: GridView, row: number, fromCol: number, toCol: number): { col: number; text: string } | null {
  const col = firstTextCol(view, row, fromCol, toCol);
  return col < 0 ? null : { col, text: view.text(row, col).trim() };
}

/** Reads labelled cells between `from` and `to` (exclusive): label → the next non-empty cell to its right. */
function readInfo(view: GridView, from: number, to: number): { info: InfoBlock; title: string | null; currency: IndicatorTable['currency']; spendingPlan: SpendingPlan | null } {
  const info: InfoBlock = new Map();
  let title: string | null = null;
  let currency: IndicatorTable['currency'] = null;
  let spendingPlan: SpendingPlan | null = null;
  for (let row = from; row < to; row++) {
    for (let col = 0; col < view.colCount; col++) {
      const text = compact(view.text(row, col));
      if (!text) continue;
      const money = /单位[:：](万元|元)/u.exec(text) ?? /[(（](万元|元)[)）]$/u.exec(text);
      if (money && currency === null) currency = money[1] as '元' | '万元';
      if (TITLE_WORDS.test(text) && text.length <= 60) title = view.text(row, col).trim();
      if (/^资金支出计划/u.test(text)) spendingPlan = readSpendingPlan(view, row, col);
      const next = firstText(view, row, col + 1, view.colCount - 1);
      if (next && !info.has(text)) info.set(text, cellAt(view, row, next.col)!);
    }
  }
  return { info, title, currency, spendingPlan };
}

/** 资金支出计划（%）: month labels in the same row, cumulative percentages in the row below. */
function readSpendingPlan(view: GridView, row: number, labelCol: number): SpendingPlan | null {
  const labels: CellRef[] = [];
  for (let col = labelCol + 1; col < view.colCount; col++) {
    if (/月底|月末/u.test(view.text(row, col))) labels.push(cellAt(view, row, col)!);
  }
  if (labels.length === 0) return null;
  return { labels, values: labels.map((label) => cellAt(view, row + 1, label.col)!) };
}

function levelRef(
  view: GridView,
  row: number,
  col: number | undefined,
  inherited: LevelRef | null,
  normalise: (name: string) => NormalisedName,
  tableTop: number,
): LevelRef {
  if (col === undefined) return noLevel('');
  const cell = a1(row, col);
  const area = view.isCoveredByMerge(row, col) ? view.merge(row, col)! : null;
  const text = area ? view.text(area.top, area.left) : view.text(row, col);
  if (text.trim() && (!area || area.top > tableTop)) {
    const { canonical, match, printedWeight } = normalise(text);
    return {
      text: text.trim(), canonical, match, printedWeight, cell, source: area ? 'merge' : 'own', sourceCell: area ? a1(area.top, area.left) : cell,
      mergeRange: area ? rangeA1(area.top, area.left, area.bottom, area.right) : null,
    };
  }
  if (inherited && inherited.source !== 'none') {
    return { ...inherited, cell, source: 'inherited' };
  }
  return noLevel(cell);
}

/** Every LevelRef has the same fields in the same order: checks read thousands of them, and one shape keeps that fast. */
function noLevel(cell: string): LevelRef {
  return { text: '', canonical: null, match: 'unknown', printedWeight: null, cell, source: 'none', sourceCell: null, mergeRange: null };
}

/** Finds every indicator table on one sheet. */
export function findTables(grid: SheetGrid): IndicatorTable[] {
  const view = new GridView(grid);
  const headers = findHeaderRows(view);
  const tables: IndicatorTable[] = [];
  let previousEnd = 0;
  let previous: IndicatorTable | null = null;
  for (const [i, header] of headers.entries()) {
    const nextHeader = headers[i + 1]?.row ?? view.rowCount;
    let start: number | null = header.lastRow + 1;
    // Under one header, each project block merged down the left (四川 PE4) is a table of its own.
    while (start !== null) {
      const { table, continueAt } = readTable(view, header, previousEnd, nextHeader, start);
      previousEnd = table.bottom + 1;
      // Groups of one form (seed 004 目标1…12) share the title and money unit written once above the first.
      table.currency ??= previous?.currency ?? null;
      table.title ??= previous?.title ?? null;
      previous = table;
      if (table.indicators.length > 0) tables.push(table);
      start = continueAt;
    }
  }
  return tables;
}

/** Header labels of project columns written left of the indicators (单位名称, 项目名称, 预算数, 年度目标 …). */
const PROJECT_LABEL = /^(单位名称|项目名称|项目|预算数|预算金额|资金总额|年度目标|年度绩效目标|绩效目标)$/u;

function readTable(
  view: GridView, header: HeaderRow, infoFrom: number, limit: number, start: number,
): { table: IndicatorTable; continueAt: number | null } {
  const blocks = blocksOf(view, header);
  const roleCols = header.roles.map((r) => r.col);
  const left = Math.min(...roleCols);
  const right = Math.max(...roleCols);
  const level1Col = blocks[0].columns.level1 ?? blocks[0].columns.level2!;
  const projectCols = [...Array(Math.max(level1Col, 0)).keys()].filter((col) => PROJECT_LABEL.test(compact(view.text(header.row, col))));
  const nameCol = projectCols.find((col) => /名称$|^项目$/u.test(compact(view.text(header.row, col)))) ?? projectCols[0];
  const groupCell = projectCols.length > 0 ? firstText(view, start, nameCol, nameCol) : firstText(view, header.row, 0, left - 1);
  // A label such as 目标1 or a project's name names a group; the template's own "绩效指标" caption does not.
  const group = groupCell && !compact(groupCell.text).includes('指标') ? compact(groupCell.text) : null;
  // The first table under a header starts at the header; a later project block at its own first row.
  const top = start === header.lastRow + 1 ? header.row : start;
  const { info, title, currency, spendingPlan } = readInfo(view, infoFrom, top);
  const budget = findBudgetBlock(view, infoFrom, top);
  let continueAt: number | null = null;

  const indicators: Indicator[] = [];
  const blankRows: number[] = [];
  let pendingBlank: number[] = [];
  let bottom = start - 1;
  const lastLevel1: (LevelRef | null)[] = blocks.map(() => null);
  const lastLevel2: (LevelRef | null)[] = blocks.map(() => null);

  for (let row = start; row < limit; row++) {
    const leadCol = firstTextCol(view, row, 0, right);
    const lead = leadCol < 0 ? '' : view.text(row, leadCol).trim();
    if (lead && (STOP_LABEL.test(compact(lead)) || TITLE_WORDS.test(lead))) break;
    // Own text left of the 一级 column (not the group label merged down) starts another block of the form:
    // the next project under the same header, or the form's footer.
    const leftCol = firstTextCol(view, row, 0, level1Col - 1);
    if (leftCol >= 0 && !view.isCoveredByMerge(row, leftCol) && row > start) {
      if (projectCols.length > 0) continueAt = row;
      break;
    }
    if (isBlankRow(view, row, left, right)) {
      pendingBlank.push(row);
      if (pendingBlank.length >= 2) break;
      continue;
    }
    if (pendingBlank.length > 0) {
      blankRows.push(...pendingBlank);
      pendingBlank = [];
    }
    bottom = row;
    for (let b = 0; b < blocks.length; b++) {
      const indicator = readIndicator(view, row, blocks[b], lastLevel1[b], lastLevel2[b], header.row);
      if (!indicator) continue;
      lastLevel1[b] = indicator.level1;
      lastLevel2[b] = indicator.level2;
      indicators.push(indicator);
    }
  }

  const kind = blocks.some((b) => b.columns.actual !== undefined) ? 'self-evaluation' : 'target';
  const framework = detectFramework(indicators.map((i) => ({ level1: i.level1.canonical, level2: i.level2.canonical })));
  const tableLeft = Math.min(left, groupCell?.col ?? left, ...projectCols);
  const table: IndicatorTable = {
    sheet: view.grid.name, range: rangeA1(top, tableLeft, bottom, right), top, bottom, left: tableLeft, right,
    headerRow: header.row, headerLastRow: header.lastRow, kind, framework, group, title, currency, blocks, indicators, blankRows, info, spendingPlan, budget,
    mergesUnknown: view.grid.mergesUnknown === true,
  };
  return { table, continueAt };
}

/**
 * [provincial: 四川] split columns: 指标性质 holds the operator (≥ / ≤ / ＝ / 定性), 度量单位 the unit, 指标值 the bare number.
 * The value is read as if they were written together; the cells stay where they are.
 */
function withSplitColumns(value: IndicatorValue, nature: CellRef | null, unit: CellRef | null, target?: IndicatorValue): IndicatorValue {
  if (value.kind === 'empty' || value.kind === 'unreadable') return value;
  const operator = nature ? operatorOf(nature.text) : null;
  const unitText = unit ? compact(unit.text) : '';
  if (!operator && !unitText) return value;
  const merged = { ...value, problems: [...value.problems] };
  if (operator && merged.operator === null && (merged.kind === 'quantity' || merged.kind === 'percent' || merged.kind === 'range')) {
    merged.operator = operator;
    merged.operatorSpelling = compact(nature!.text);
  }
  if (unitText && merged.unit === null && merged.amount !== null && !(target && isFractionBeside(merged.amount, unitText, target))) {
    merged.unit = unitText;
    if (isPercentUnit(unitText) && merged.kind === 'quantity') merged.kind = 'percent';
  }
  return merged;
}

/**
 * 0.97 as 实际完成值 beside 95 as 指标值, under 度量单位 "%": the fraction form of 97%, left without the unit for
 * scoring and percent-as-fraction to read so (0.3 beside a target of 0.5 stays 0.3%, see isFractionForm).
 */
function isFractionBeside(amount: Decimal, unitText: string, target: IndicatorValue): boolean {
  return isPercentUnit(unitText) && isFractionForm(amount, target);
}

function isBlankRow(view: GridView, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (!view.isBlank(row, col)) return false;
  return true;
}

function hasOwnText(view: GridView, row: number, col: number | undefined): boolean {
  return col !== undefined && !view.isBlank(row, col);
}

/** A 指标值 or 实际完成值 cell, read with the row's split columns (only a target takes its operator from 指标性质). */
function valueCellAt(view: GridView, row: number, col: number | undefined, nature: CellRef | null, unit: CellRef | null, target?: IndicatorValue): ValueCell | null {
  if (col === undefined) return null;
  // What the cell shows: parseValue reads a number through that same text, so the raw value adds nothing.
  const text = view.text(row, col);
  const value = withSplitColumns(parseValue(text), nature, unit, target);
  return { cell: a1(row, col), row, col, text, raw: view.value(row, col), value };
}

function readIndicator(
  view: GridView, row: number, block: Block, lastLevel1: LevelRef | null, lastLevel2: LevelRef | null, headerRow: number,
): Indicator | null {
  const { columns } = block;
  if (!hasOwnText(view, row, columns.level2) && !hasOwnText(view, row, columns.level3)
    && !hasOwnText(view, row, columns.target) && !hasOwnText(view, row, columns.actual)) return null;

  const level1 = levelRef(view, row, columns.level1, lastLevel1, normaliseLevel1, headerRow);
  // A new 一级 written in this row starts a new group: its 二级 does not inherit from the group above.
  const level2Parent = level1.source === 'own' && lastLevel1?.sourceCell !== level1.sourceCell ? null : lastLevel2;
  const level2 = levelRef(view, row, columns.level2, level2Parent, normaliseLevel2, headerRow);
  const nature = cellAt(view, row, columns.nature);
  const unit = cellAt(view, row, columns.unit);
  const level3 = cellAt(view, row, columns.level3);
  const target = valueCellAt(view, row, columns.target, nature, unit);
  const indicator: Indicator = {
    row, period: block.period, level1, level2, level3,
    target,
    actual: valueCellAt(view, row, columns.actual, null, unit, target?.value),
    nature,
    unit,
    direction: cellAt(view, row, columns.direction),
    weight: cellAt(view, row, columns.weight),
    score: cellAt(view, row, columns.score),
    rate: cellAt(view, row, columns.rate),
    reason: cellAt(view, row, columns.reason),
    prompt: cellAt(view, row, columns.prompt),
    description: cellAt(view, row, columns.description),
    basis: cellAt(view, row, columns.basis),
    name: nameOfLevel3(level3),
    class: 'unknown',
  };
  indicator.class = classifyIndicator(indicator);
  return indicator;
}
