// Writes an edit plan into a new .xlsx: the package patched cell by cell (patch.ts), every other part as it was.
import type { EditPlan } from '../core/plan';
import { patchWorkbook, WorkbookPatchError, type RefusedChange } from './patch';

export class WorkbookWriteError extends Error {}

export type { RefusedChange };

/**
 * The bytes of the workbook with the plan applied, and the changes not made (a formula in the cell). Nothing else in
 * the package changes, so nothing needs to be refused for what it holds: charts, macros, pivots and names stay.
 */
export async function applyPlanToXlsx(bytes: Uint8Array, plan: EditPlan, file: string): Promise<{ bytes: Uint8Array; refused: RefusedChange[] }> {
  try {
    return await patchWorkbook(bytes, plan);
  } catch (error) {
    if (error instanceof WorkbookPatchError) throw new WorkbookWriteError(`“${file}”无法写入修改：${error.message}。文件没有改动。`);
    throw error;
  }
}

/**
 * "表.xlsx" → "表.<suffix>.xlsx": the name a result is saved under, by the CLI beside its input and by the web page
 * as its download; a macro workbook stays one ("表.xlsm" → "表.<suffix>.xlsm"), anything else becomes .xlsx.
 */
export function resultFileName(fileName: string, suffix: string): string {
  const dot = fileName.lastIndexOf('.');
  const [name, ext] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  return `${name}.${suffix}${/^\.xl[st]m$/iu.test(ext) ? ext : '.xlsx'}`;
}

/** The lines that tell the user of the changes the writer did not make. */
export function refusedLines(refused: RefusedChange[]): string[] {
  return refused.length === 0 ? [] : [`以下 ${refused.length} 处没有写入：`, ...refused.map((r) => `  ${r.change.sheet}!${r.reason}`)];
}
