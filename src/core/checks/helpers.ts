// Small helpers shared by checks: the value cells of a row, level-name de-duplication, house-style values.
import type { Fix, Settings } from '../check';
import type { CellRef, Indicator, IndicatorTable, LevelRef, Period, ValueCell } from '../layout';
import { renderQuantity } from '../value/format';
import { isFractionForm } from '../value/parse';
import { respell } from '../classify';
import type { IndicatorValue, Operator, ValueProblem } from '../value/types';

export type ValueRole = 'target' | 'actual';

/** The two value columns of a row. Checks loop over these and skip what is absent, rather than building a list per row. */
export const VALUE_ROLES: readonly ValueRole[] = ['target', 'actual'];

/** The rows of each period (中期, 年度, or none), in the order the periods first appear. */
export function periodGroups(table: IndicatorTable): { period: Period | null; indicators: Indicator[] }[] {
  // One block, one period: nearly every table, so no grouping pass.
  if (table.blocks.length === 1) return [{ period: table.blocks[0].period, indicators: table.indicators }];
  const groups: { period: Period | null; indicators: Indicator[] }[] = [];
  for (const indicator of table.indicators) {
    const group = groups.find((g) => g.period === indicator.period);
    if (group) group.indicators.push(indicator);
    else groups.push({ period: indicator.period, indicators: [indicator] });
  }
  return groups;
}

export const ROLE_LABEL: Record<ValueRole, string> = { target: '指标值', actual: '实际完成值' };

/** Each written level name once: a merged or inherited name is reported where it is written. */
export function writtenLevels(table: IndicatorTable, level: 'level1' | 'level2'): LevelRef[] {
  // A name in its own cell belongs to its row alone, unless twin blocks share the column: only then is it seen twice.
  const sharedColumns = table.blocks.length > 1;
  const seen = new Set<string>();
  const refs: LevelRef[] = [];
  for (const indicator of table.indicators) {
    const ref = indicator[level];
    if (ref.source === 'inherited' || ref.source === 'none' || !ref.sourceCell) continue;
    if (ref.source === 'own' && !sharedColumns) {
      refs.push(ref);
      continue;
    }
    if (seen.has(ref.sourceCell)) continue;
    seen.add(ref.sourceCell);
    refs.push(ref.source === 'own' ? ref : { ...ref, cell: ref.sourceCell });
  }
  return refs;
}

/** The indicator's 三级 name for messages: runs of spaces folded, an operator typed at its end dropped. */
export function label(indicator: Indicator): string {
  const name = (indicator.level3?.text ?? '')
    .replace(/\s*[≥≤><=≧≦]+\s*$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return name || indicator.level2.text || indicator.target?.cell || '';
}

/**
 * A value as a fix writes it: the operator given, the digits as written, and the unit in its standard spelling where
 * respelling it is safe ("≤2,53万" under 成本 becomes "≤2.53万元" in one step, not "≤2.53万" and then "≤2.53万元").
 */
export function houseStyle(
  indicator: Indicator,
  value: IndicatorValue,
  operator: Operator | null,
  settings: Settings,
  unit: string | null = value.unit,
): string {
  const respelling = unit === null ? null : respell(unit, indicator);
  return withOperator(value, operator, settings, respelling?.safe ? respelling.full : unit);
}

/** A value rewritten with another operator (and optionally another unit), digits kept as written. */
export function withOperator(value: IndicatorValue, operator: Operator | null, settings: Settings, unit: string | null = value.unit): string {
  return renderQuantity(operator, value.amountText ?? '', unit, settings.operatorStyle);
}

/** "0 to 1.5, unit-less" on a percentage row: the fraction form of a percentage (0.8 = 80%); an actual beside its target. */
export function isFractionOfPercent(value: IndicatorValue, target?: IndicatorValue | null): boolean {
  return value.kind === 'quantity' && value.unit === null && value.amount !== null && isFractionForm(value.amount, target);
}

export interface ProblemAt<P extends ValueProblem = ValueProblem> {
  indicator: Indicator;
  role: ValueRole;
  cell: ValueCell;
  problem: P;
}

/** Tables are immutable once read: each one's problems are grouped by code in one pass, for the nine checks that ask. */
const PROBLEMS_OF = new WeakMap<IndicatorTable, ReadonlyMap<ValueProblem['code'], ProblemAt[]>>();
/** Most tables have no parse problem at all: they share one empty grouping instead of keeping a Map each. */
const NO_PROBLEMS: ReadonlyMap<ValueProblem['code'], ProblemAt[]> = new Map();
// Not frozen: for-of walks a frozen array through an iterator object per step. The type keeps it read-only.
const NONE: readonly never[] = [];

/** Every parse problem of one code in the table's value cells, with the row it belongs to, in row order. */
export function problemsOf<C extends ValueProblem['code']>(table: IndicatorTable, code: C): readonly ProblemAt<Extract<ValueProblem, { code: C }>>[] {
  let byCode: ReadonlyMap<ValueProblem['code'], ProblemAt[]> | undefined = PROBLEMS_OF.get(table);
  if (byCode === undefined) {
    let found: Map<ValueProblem['code'], ProblemAt[]> | null = null;
    for (const indicator of table.indicators) {
      // Every value cell: an empty one has no problems. Parsed values share frozen problem lists, which for-of walked
      // through an iterator object per step; an index does not.
      for (const role of VALUE_ROLES) {
        const cell = indicator[role];
        const problems = cell?.value.problems ?? NONE;
        for (let i = 0; i < problems.length; i++) {
          const problem = problems[i];
          found ??= new Map();
          const list = found.get(problem.code);
          const at = { indicator, role, cell: cell!, problem };
          if (list) list.push(at);
          else found.set(problem.code, [at]);
        }
      }
    }
    byCode = found ?? NO_PROBLEMS;
    PROBLEMS_OF.set(table, byCode);
  }
  return (byCode.get(code) ?? NONE) as readonly ProblemAt<Extract<ValueProblem, { code: C }>>[];
}

/** A fix that rewrites one cell from what it shows now to `to`. */
export function editOf(ref: Pick<CellRef, 'cell' | 'text'>, to: string, safe: boolean): Fix {
  return { cell: ref.cell, from: ref.text, to, safe };
}
