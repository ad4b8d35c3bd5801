// Reading one indicator row of a block: each level's name and where it came from (own cell, merge, inherited), the
// 指标值 and 实际完成值 read with the row's split columns (指标性质, 度量单位), and the row's other cells.
import type Decimal from 'decimal.js';
import { classifyIndicator, nameOfLevel3 } from '../classify';
import { a1, cellAt, rangeA1, type CellRef, type GridView } from '../grid';
import { normaliseLevel1, normaliseLevel2, type NormalisedName } from '../framework';
import type { Block, Indicator, LevelRef, ValueCell } from '../layout';
import { compact } from '../text';
import { isFractionForm, isPercentUnit, operatorOf, parseValue } from '../value/parse';
import type { IndicatorValue } from '../value/types';

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
      text: text.trim(),
      canonical,
      match,
      printedWeight,
      cell,
      source: area ? 'merge' : 'own',
      sourceCell: area ? a1(area.top, area.left) : cell,
      mergeRange: area ? rangeA1(area.top, area.left, area.bottom, area.right) : null,
    };
  }
  if (inherited && inherited.source !== 'none') {
    return { ...inherited, cell, source: 'inherited' };
  }
  // A blank cell covered by a merge keeps the merge's range: nothing may be written into it alone.
  return noLevel(cell, area ? rangeA1(area.top, area.left, area.bottom, area.right) : null);
}

/** Every LevelRef has the same fields in the same order: checks read thousands of them, and one shape keeps that fast. */
function noLevel(cell: string, mergeRange: string | null = null): LevelRef {
  return { text: '', canonical: null, match: 'unknown', printedWeight: null, cell, source: 'none', sourceCell: null, mergeRange };
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

function hasOwnText(view: GridView, row: number, col: number | undefined): boolean {
  return col !== undefined && !view.isBlank(row, col);
}

/** A 指标值 or 实际完成值 cell, read with the row's split columns (only a target takes its operator from 指标性质). */
function valueCellAt(
  view: GridView,
  row: number,
  col: number | undefined,
  nature: CellRef | null,
  unit: CellRef | null,
  target?: IndicatorValue,
): ValueCell | null {
  if (col === undefined) return null;
  // What the cell shows: parseValue reads a number through that same text, so the raw value adds nothing.
  const text = view.text(row, col);
  const value = withSplitColumns(parseValue(text), nature, unit, target);
  return { cell: a1(row, col), row, col, text, raw: view.value(row, col), value };
}

/** 正向 / 反向 and their longer forms, as the 指标方向(性) column writes them. */
const DIRECTION_WORD = /^(正向|反向)/u;

/**
 * The operator cell and the direction cell of a row, each read by what it holds: 内蒙古 乌海 writes 正向/反向 under
 * 指标性质 and the operator under 指标方向, the other way round from 四川; a 指标性质 column of 正向/反向 alone is the
 * direction.
 */
function operatorAndDirection(nature: CellRef | null, direction: CellRef | null): { nature: CellRef | null; direction: CellRef | null } {
  if (!nature || !DIRECTION_WORD.test(compact(nature.text))) return { nature, direction };
  if (!direction) return { nature: null, direction: nature };
  return operatorOf(direction.text) ? { nature: direction, direction: nature } : { nature, direction };
}

export function readIndicator(
  view: GridView,
  row: number,
  block: Block,
  lastLevel1: LevelRef | null,
  lastLevel2: LevelRef | null,
  headerRow: number,
): Indicator | null {
  const { columns } = block;
  if (
    !hasOwnText(view, row, columns.level2) &&
    !hasOwnText(view, row, columns.level3) &&
    !hasOwnText(view, row, columns.target) &&
    !hasOwnText(view, row, columns.actual)
  )
    return null;

  const level1 = levelRef(view, row, columns.level1, lastLevel1, normaliseLevel1, headerRow);
  // A new 一级 written in this row starts a new group: its 二级 does not inherit from the group above.
  const level2Parent = level1.source === 'own' && lastLevel1?.sourceCell !== level1.sourceCell ? null : lastLevel2;
  const level2 = levelRef(view, row, columns.level2, level2Parent, normaliseLevel2, headerRow);
  const { nature, direction } = operatorAndDirection(cellAt(view, row, columns.nature), cellAt(view, row, columns.direction));
  const unit = cellAt(view, row, columns.unit);
  const level3 = cellAt(view, row, columns.level3);
  const target = valueCellAt(view, row, columns.target, nature, unit);
  const indicator: Indicator = {
    row,
    period: block.period,
    level1,
    level2,
    level3,
    target,
    actual: valueCellAt(view, row, columns.actual, null, unit, target?.value),
    nature,
    unit,
    direction,
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
