// The frame shared by the commands that write a new workbook (fix, evaluate): read the input, plan, write the output
// (the input's bytes unchanged when there is nothing to change), and turn read/write failures into exit code 2.
import path from 'node:path';
import type { SheetGrid } from '../core/grid';
import type { EditPlan } from '../core/plan';
import { readWorkbook, WorkbookReadError } from '../xlsx/read';
import { applyPlanToXlsx, WorkbookWriteError, type RefusedChange } from '../xlsx/write';
import { FileError, readRegularFile } from './files';
import type { Args, Io } from './main';
import { writeSafely } from './safe-write';

/** "表.xlsx" → "表.<suffix>.xlsx", beside the input; a macro workbook stays one ("表.xlsm" → "表.<suffix>.xlsm"). */
export function outputBeside(input: string, suffix: string): string {
  const { dir, name, ext } = path.parse(input);
  return path.join(dir, `${name}.${suffix}${/^\.xl[st]m$/iu.test(ext) ? ext : '.xlsx'}`);
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
 * speak, told which changes were not made (a formula in the cell). Returns the exit code.
 */

/** The lines that tell the user of the changes the writer did not make. */
export function refusedLines(refused: RefusedChange[]): string[] {
  return refused.length === 0 ? [] : [`以下 ${refused.length} 处没有写入：`, ...refused.map((r) => `  ${r.change.sheet}!${r.reason}`)];
}
export async function rewriteWorkbook<T extends { plan: EditPlan }>(
  input: string,
  output: Output,
  io: Io,
  plan: (grids: SheetGrid[]) => T,
  report: (result: T, refused: RefusedChange[]) => void,
): Promise<number> {
  let result: T | undefined;
  let refused: RefusedChange[] = [];
  try {
    const bytes = await readRegularFile(input);
    await writeSafely(output.file, output.overwrite, async () => {
      result = plan(await readWorkbook(bytes, input));
      if (result.plan.changes.length === 0 && result.plan.unmerge.length === 0) return bytes;
      const written = await applyPlanToXlsx(bytes, result.plan, input);
      refused = written.refused;
      return written.bytes;
    });
  } catch (error) {
    if (error instanceof FileError || error instanceof WorkbookReadError || error instanceof WorkbookWriteError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  report(result!, refused);
  return 0;
}
