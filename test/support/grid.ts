// Literal grids for tests: rows of cells, optional merges, A1 helpers; a grid after a plan, and what it holds.
import { GridView, parseRangeA1, type CellValue, type MergedArea, type SheetGrid } from '../../src/core/grid';
import { applyChanges, revertChanges, type EditPlan } from '../../src/core/plan';
import type { SheetEdit } from '../../src/excel/adapter';

export const mergeArea: (range: string) => MergedArea = parseRangeA1;

/** A sheet from literal rows; merges as A1 ranges. */
export function grid(rows: CellValue[][], merges: string[] = [], name = 'Sheet1'): SheetGrid {
  return { name, values: rows.map((r) => [...r]), merges: merges.map(mergeArea) };
}

export const TARGET_HEADER = ['一级指标', '二级指标', '三级指标', '指标值'];
export const SELF_EVALUATION_HEADER = ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值'];

/** A target table: header in row 1, then the given rows (A: 一级, B: 二级, C: 三级, D: 指标值). */
export function targetTable(...rows: CellValue[][]): SheetGrid {
  return grid([TARGET_HEADER, ...rows]);
}

/** A self-evaluation table: header in row 1; E holds 实际完成值. */
export function selfEvaluationTable(...rows: CellValue[][]): SheetGrid {
  return grid([SELF_EVALUATION_HEADER, ...rows]);
}

/** 四川 阆中: the 分值 written in the 指标值 column (bare integers adding up to 100, a 满意度 of "20"). */
export const WEIGHTS_AS_TARGETS = targetTable(
  ['产出指标', '数量指标', '建设普通省道二级公路', 20],
  [null, '质量指标', '工程验收合格率', 20],
  [null, '时效指标', '按期完成投资', 10],
  [null, '成本指标', '项目成本控制', 10],
  ['效益指标', '社会效益指标', '基本公共服务水平', 10],
  [null, '可持续影响指标', '交通建设符合环评审批要求', 10],
  ['满意度指标', '服务对象满意度指标', '群众满意度', 20],
);

/** The sheet with a plan's changes written and its merges split. */
export function applied(sheet: SheetGrid, plan: EditPlan): SheetGrid {
  return applyChanges(
    sheet,
    plan.changes,
    plan.unmerge.map((u) => u.range),
  );
}

/** What a user sees and what a writer keeps: values, formats and merges (text is derived from them). */
export function contentOf(sheet: SheetGrid) {
  const view = new GridView(sheet);
  const cells: string[] = [];
  for (let r = 0; r < view.rowCount; r++) {
    for (let c = 0; c < view.colCount; c++) {
      const value = view.value(r, c);
      if (value !== null || view.numberFormat(r, c) !== null) cells.push(`${r},${c}=${JSON.stringify(value)}|${view.numberFormat(r, c)}`);
    }
  }
  return { cells, merges: sheet.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort() };
}

/** The whole of a plan taken back through the adapter: every cell restored, then the split merges merged again. */
export function undoEdit(plan: EditPlan): SheetEdit {
  return { changes: revertChanges(plan), merge: plan.unmerge.map((u) => u.range) };
}
