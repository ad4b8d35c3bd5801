// Literal grids for tests: rows of cells, optional merges, A1 helpers.
import { parseRangeA1, type CellValue, type MergedArea, type SheetGrid } from '../../src/core/grid';

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
