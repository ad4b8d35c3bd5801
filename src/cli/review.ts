// `jixiao check … --report 审核汇总.xlsx`: the checked files, also as a reviewer's workbook written atomically.
import type { FileJson } from '../core/report';
import { reviewSheets } from '../core/review';
import { FileError } from './files';
import { writeSafely } from './safe-write';

/**
 * Runs `check` and writes its files' review workbook to `report`. The place is asked first, so an existing report
 * (without `overwrite`) or a folder that cannot be written to refuses the run before any file is checked: `files` is
 * null then. A failure after the check keeps its files, for the report still to be printed.
 */
export async function checkIntoReview(
  report: string,
  overwrite: boolean,
  check: () => Promise<FileJson[]>,
): Promise<{ files: FileJson[] | null; failure: string | null }> {
  let files: FileJson[] | null = null;
  try {
    await writeSafely(
      report,
      overwrite,
      async () => {
        files = await check();
        // exceljs (about 0.3 s to load) only once the workers are done: loading it first would hold their start back.
        const { reviewWorkbook } = await import('../xlsx/review-stream');
        return reviewWorkbook(reviewSheets(files));
      },
      '--report',
    );
    return { files, failure: null };
  } catch (error) {
    if (error instanceof FileError) return { files, failure: error.message };
    throw error;
  }
}
