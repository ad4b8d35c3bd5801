// The frame shared by the commands that write a new workbook (fix, evaluate): read the input, plan, write the output
// (nothing when there is nothing to change, unless -o asked for a file), and turn read/write failures into exit code 2.
import path from 'node:path';
import type { SheetGrid } from '../core/grid';
import type { EditPlan } from '../core/plan';
import { readWorkbook, WorkbookReadError } from '../xlsx/read';
import { applyPlanToXlsx, resultFileName, WorkbookWriteError, type RefusedChange } from '../xlsx/write';
import { FileError, readRegularFile } from './files';
import type { Args, Io } from './main';
import { writeSafely } from './safe-write';

/** "表.xlsx" → "表.<suffix>.xlsx", beside the input (write.ts resultFileName). */
export function outputBeside(input: string, suffix: string): string {
  return path.join(path.dirname(input), resultFileName(path.basename(input), suffix));
}

/**
 * Where a command writes: `-o`, which may name an existing file (the input too), or the default beside the input,
 * which may replace an earlier run's result only with `--force`.
 */
export interface Output {
  file: string;
  overwrite: boolean;
  /** Given with -o: the user asked for this file, so it is written even when the run changes nothing. */
  named: boolean;
}

export function outputOf({ inputs, flags, values }: Args, suffix: string): Output {
  const named = values.get('-o');
  return { file: named ?? outputBeside(inputs[0], suffix), overwrite: named !== undefined || flags.has('--force'), named: named !== undefined };
}

/** Whether writing `plan` changes the workbook: a merge split, or a cell written that the writer did not refuse. */
function changesWorkbook(plan: EditPlan, refused: RefusedChange[]): boolean {
  return plan.unmerge.length > 0 || refused.length < plan.changes.length;
}

/**
 * Reads `input`, lets `plan` decide the edit, writes `output` atomically (see safe-write.ts), then lets `report`
 * speak, told which changes were not made (a formula in the cell) and whether a file was written at all. Returns
 * the exit code.
 */
export async function rewriteWorkbook<T extends { plan: EditPlan }>(
  input: string,
  output: Output,
  io: Io,
  plan: (grids: SheetGrid[]) => T,
  report: (result: T, refused: RefusedChange[], written: boolean) => void,
): Promise<number> {
  let result: T | undefined;
  let refused: RefusedChange[] = [];
  let written = true;
  try {
    const bytes = await readRegularFile(input);
    const rewritten = async (): Promise<Uint8Array> => {
      result = plan(await readWorkbook(bytes, input));
      if (!changesWorkbook(result.plan, [])) return bytes;
      const patched = await applyPlanToXlsx(bytes, result.plan, input);
      refused = patched.refused;
      return patched.bytes;
    };
    if (output.named) {
      // Written whatever the plan (the input's bytes when nothing changes): the user asked for this file. So its place
      // is checked before the planning, which may take long.
      await writeSafely(output.file, output.overwrite, rewritten);
    } else {
      // The default file beside the input is written only when the workbook changes (not when every change was
      // refused either): no copy is left behind, and neither an earlier result there nor a folder that cannot be
      // written to stops a run that has nothing to write.
      const content = await rewritten();
      written = changesWorkbook(result!.plan, refused);
      if (written) await writeSafely(output.file, output.overwrite, async () => content);
    }
  } catch (error) {
    if (error instanceof FileError || error instanceof WorkbookReadError || error instanceof WorkbookWriteError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  report(result!, refused, written);
  return 0;
}
