// Finds every indicator table on a sheet (DOMAIN §1): the data model of tables and rows, and where each table
// starts and ends. Header recognition (read/header), row reading (read/rows) and the info block written above a
// table (read/info) have modules of their own.
import { findBudgetBlock, type BudgetBlock } from './budget';
import type { IndicatorClass } from './classify';
import { GridView, rangeA1, type CellRef, type SheetGrid } from './grid';
import { detectFramework, type FrameworkId, type NormalisedName } from './framework';
import { blocksOf, findHeaderRows, mergedText, type HeaderRow } from './read/header';
import { firstText, firstTextCol, readInfo, TITLE_WORDS } from './read/info';
import { headerlessHeader } from './read/headerless';
import { readIndicator } from './read/rows';
import { compact } from './text';
import { operatorOf } from './value/parse';
import type { IndicatorValue } from './value/types';

export type ColumnRole =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'target'
  | 'actual'
  | 'weight'
  | 'score'
  | 'rate'
  | 'reason'
  | 'prompt'
  | 'nature'
  | 'unit'
  | 'direction'
  | 'description'
  | 'basis'
  | 'carried';

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
  /** The form's own caption left of the header ("绩效指标", "长期绩效指标", "年度绩效指标"): it may name a period. */
  caption: string | null;
  title: string | null;
  /** The money unit the table's info block declares. */
  currency: '元' | '万元' | null;
  blocks: Block[];
  indicators: Indicator[];
  /** Blank rows inside the table (0-based). */
  blankRows: number[];
  info: InfoBlock;
  /** The unit that fills the table and the project it is for, as the info block above it names them. */
  unit: string | null;
  project: string | null;
  spendingPlan: SpendingPlan | null;
  /** The budget-execution block written above this table, if any (seed 004 资金情况). */
  budget: BudgetBlock | null;
  /** Merged areas could not be read: a blank level cell may really be covered by a merge. */
  mergesUnknown: boolean;
  /** The table has no header row (an excerpt): its columns were read from their content, and no column is added to it. */
  headerless: boolean;
}

/** A row that ends a table when it leads with one of these (DOMAIN §1.1), or names a new table. */
const STOP_LABEL =
  /^(资金|总体目标|年度总体目标|评价结论|单位负责人|填报人|单位已有|预算绩效说明|存在问题|改进措施|项目名称|项目编码|项目资金|合计|总计|总分)/u;

/** Finds every indicator table on one sheet. */
export function findTables(grid: SheetGrid): IndicatorTable[] {
  const view = new GridView(grid);
  const found = findHeaderRows(view);
  const headerless = found.length === 0 ? headerlessHeader(view) : null;
  const headers = headerless ? [headerless] : found;
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
      // Groups of one form (seed 004 目标1…12) share the title, money unit, unit and project written once above the first.
      table.currency ??= previous?.currency ?? null;
      table.title ??= previous?.title ?? null;
      table.unit ??= previous?.unit ?? null;
      table.project ??= previous?.project ?? null;
      previous = table;
      if (table.indicators.length > 0) tables.push(table);
      start = continueAt;
    }
  }
  return tables;
}

/** Header labels of project columns written left of the indicators (单位名称, 项目名称, 预算数, 年度目标 …). */
const PROJECT_LABEL = /^(单位名称|项目名称|项目|预算数|预算金额|资金总额|年度目标|年度绩效目标|绩效目标)$/u;
/** Header labels of columns that group the indicator rows without being a level of the framework. */
const GROUP_LABEL = /(内容|类别|分类|维度)$/u;

function readTable(view: GridView, header: HeaderRow, infoFrom: number, limit: number, start: number): { table: IndicatorTable; continueAt: number | null } {
  const blocks = blocksOf(view, header);
  const roleCols = header.roles.map((r) => r.col);
  const left = Math.min(...roleCols);
  const right = Math.max(...roleCols);
  // The leftmost name column: 一级, or 二级 or 三级 where a form has no 一级 (重庆 部门整体 tables name only 指标名称).
  const { level1: l1, level2: l2, level3: l3 } = blocks[0].columns;
  const level1Col = l1 ?? l2 ?? l3!;
  // Grouping columns labelled in the header just left of the names (考核内容, 评价内容 …) belong to the table: their
  // text groups rows, it does not start another block.
  let bodyLeft = level1Col;
  while (bodyLeft > 0 && GROUP_LABEL.test(compact(mergedText(view, header.row, bodyLeft - 1)))) bodyLeft--;
  const projectCols = [...Array(Math.max(level1Col, 0)).keys()].filter((col) => PROJECT_LABEL.test(compact(view.text(header.row, col))));
  const nameCol = projectCols.find((col) => /名称$|^项目$/u.test(compact(view.text(header.row, col)))) ?? projectCols[0];
  const groupCell = projectCols.length > 0 ? firstText(view, start, nameCol, nameCol) : firstText(view, header.row, 0, left - 1);
  // A label such as 目标1 or a project's name names a group; the template's own "绩效指标" caption does not.
  const group = groupCell && !compact(groupCell.text).includes('指标') ? compact(groupCell.text) : null;
  const caption = groupCell && group === null ? compact(groupCell.text) : null;
  // The first table under a header starts at the header; a later project block at its own first row.
  const top = start === header.lastRow + 1 && !header.headerless ? header.row : start;
  const { info, title, currency, spendingPlan, unit, project: projectInfo } = readInfo(view, infoFrom, top);
  // A project column (四川 项目名称 merged down the left) names the project of each block its group.
  const projectColumn = nameCol !== undefined && compact(view.text(header.row, nameCol)) === '项目名称';
  const project = projectInfo ?? (projectColumn && group !== null ? groupCell!.text : null);
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
    if (lead && (TITLE_WORDS.test(lead) || (STOP_LABEL.test(compact(lead)) && isLabelRow(view, row, leadCol, level1Col, blocks[0])))) break;
    // Own text left of the 一级 column (not the group label merged down) starts another block of the form:
    // the next project under the same header, or the form's footer. The form's own caption (绩效指标) written again
    // beside a row of the table, unmerged, does not.
    const leftCol = firstTextCol(view, row, 0, bodyLeft - 1);
    const isCaption = leftCol >= 0 && compact(view.text(row, leftCol)).includes('指标') && !isBlankRow(view, row, level1Col, right);
    if (leftCol >= 0 && !view.isCoveredByMerge(row, leftCol) && row > start && !isCaption) {
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

  // A 指标性质 column that holds no operator at all, only 定量/定性 (重庆 部门整体, 湖南 指标值类型), says what kind a
  // value is: operators belong in the value itself, and no fix writes one over the column's words.
  // An empty column stays: it is where the operators are to be written.
  const natures = indicators.flatMap((i) => (i.nature?.text.trim() ? [i.nature.text] : []));
  if (natures.length > 0 && natures.every((text) => operatorOf(text) === null)) for (const i of indicators) i.nature = null;
  const kind = blocks.some((b) => b.columns.actual !== undefined) ? 'self-evaluation' : 'target';
  const framework = detectFramework(indicators.map((i) => ({ level1: i.level1.canonical, level2: i.level2.canonical })));
  const tableLeft = Math.min(left, groupCell?.col ?? left, ...projectCols);
  const table: IndicatorTable = {
    sheet: view.grid.name,
    range: rangeA1(top, tableLeft, bottom, right),
    top,
    bottom,
    left: tableLeft,
    right,
    headerRow: header.row,
    headerLastRow: header.lastRow,
    kind,
    framework,
    group,
    caption,
    title,
    currency,
    blocks,
    indicators,
    blankRows,
    info,
    unit,
    project,
    spendingPlan,
    budget,
    mergesUnknown: view.grid.mergesUnknown === true,
    headerless: header.headerless === true,
  };
  return { table, continueAt };
}

/**
 * A row led by a stop word (资金…, 单位负责人 …) is a label row where labels are written: left of the first name column,
 * or in it with no 指标值 or 实际完成值 beside it. A 三级 name such as 资金拨付 or 资金使用合规性 with its values is a row of
 * the table (重庆 tables begin with the 三级 column).
 */
function isLabelRow(view: GridView, row: number, leadCol: number, firstNameCol: number, block: Block): boolean {
  if (leadCol < firstNameCol) return true;
  if (leadCol > firstNameCol) return false;
  const { target, actual } = block.columns;
  return (target === undefined || view.isBlank(row, target)) && (actual === undefined || view.isBlank(row, actual));
}

function isBlankRow(view: GridView, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (!view.isBlank(row, col)) return false;
  return true;
}
