// The frame shared by the commands that write a new workbook (fix, evaluate): read the input, plan, write the output
// (the input's bytes unchanged when there is nothing to change), and turn read/write failures into exit code 2.
import path from 'node:path';
import type { SheetGrid } from '../core/grid';
import type { EditPlan } from '../core/plan';
import { openWorkbook, WorkbookReadError } from '../xlsx/read';
import { applyPlanToXlsx, WorkbookWriteError } from '../xlsx/write';
import { FileError, readRegularFile } from './files';
import type { Args, Io } from './main';
import { writeSafely } from './safe-write';

/** "表.xlsx" → "表.<suffix>.xlsx", beside the input. */
export function outputBeside(input: string, suffix: string): string {
  const { dir, name } = path.parse(input);
  return path.join(dir, `${name}.${suffix}.xlsx`);
}

/**
 * Where a command writes: `-o`, which may name an existing file (the input too), or the default beside the input,
 * which may replace an earlier run's result only with `--force`.
 */
export interface Output {
  file: string;
  overwrite: boolean;
}

export function outputOf({ inputs, flags, values }: Args, suffix: string): Output {
  const named = values.get('-o');
  return { file: named ?? outputBeside(inputs[0], suffix), overwrite: named !== undefined || flags.has('--force') };
}

/**
 * Reads `input`, lets `plan` decide the edit, writes `output` atomically (see safe-write.ts), then lets `report`
 * speak. Returns the exit code.
 */
export async function rewriteWorkbook<T extends { plan: EditPlan }>(
  input: string,
  output: Output,
  io: Io,
  plan: (grids: SheetGrid[]) => T,
  report: (result: T) => void,
): Promise<number> {
  let result: T | undefined;
  try {
    const bytes = await readRegularFile(input);
    await writeSafely(output.file, output.overwrite, async () => {
      const { grids, workbook } = await openWorkbook(bytes, input);
      result = plan(grids);
      return result.plan.changes.length > 0 ? applyPlanToXlsx(bytes, result.plan, input, workbook) : bytes;
    });
  } catch (error) {
    if (error instanceof FileError || error instanceof WorkbookReadError || error instanceof WorkbookWriteError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  report(result!);
  return 0;
}
