// The frame shared by the commands that write a new workbook (fix, evaluate): read the input, plan, write the output
// (the input's bytes unchanged when there is nothing to change), and turn read/write failures into exit code 2.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SheetGrid } from '../core/grid';
import type { EditPlan } from '../core/plan';
import { openWorkbook, WorkbookReadError } from '../xlsx/read';
import { applyPlanToXlsx, WorkbookWriteError } from '../xlsx/write';
import type { Io } from './main';

/** "表.xlsx" → "表.<suffix>.xlsx", beside the input. */
export function outputBeside(input: string, suffix: string): string {
  const { dir, name } = path.parse(input);
  return path.join(dir, `${name}.${suffix}.xlsx`);
}

/**
 * Reads `input`, lets `plan` decide the edit, writes `output`, then lets `report` speak. Returns the exit code.
 */
export async function rewriteWorkbook<T extends { plan: EditPlan }>(
  input: string,
  output: string,
  io: Io,
  plan: (grids: SheetGrid[]) => T,
  report: (result: T) => void,
): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(input);
  } catch {
    io.err(`找不到“${input}”。请检查路径是否正确。\n`);
    return 2;
  }
  try {
    const { grids, workbook } = await openWorkbook(bytes, input);
    const result = plan(grids);
    const written = result.plan.changes.length > 0 ? await applyPlanToXlsx(bytes, result.plan, input, workbook) : bytes;
    await fs.writeFile(output, written);
    report(result);
    return 0;
  } catch (error) {
    if (error instanceof WorkbookReadError || error instanceof WorkbookWriteError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
