// Several files opened in the web page at once: each is checked as `jixiao check` checks it, and the reviewer gets the
// same review workbook as `jixiao check … --report` (core/review.ts, xlsx/review.ts), built in the page.
import { checkWorkbook } from '../core/engine';
import { failedFileJson, fileJson, type FileJson } from '../core/report';
import { reviewSheets } from '../core/review';
import { readWorkbook } from '../xlsx/read';
import { reviewWorkbookInMemory } from '../xlsx/review';

/** The name the page downloads the review workbook under, as the README's command names it. */
export const REVIEW_FILE = '审核汇总.xlsx';

/** One file's check; an unreadable file is a row that says why, as on the command line. */
async function checkOne(file: File): Promise<FileJson> {
  try {
    return fileJson(file.name, checkWorkbook(await readWorkbook(new Uint8Array(await file.arrayBuffer()), file.name)));
  } catch (error) {
    return failedFileJson(file.name, error instanceof Error ? error.message : String(error));
  }
}

/** Checks the files one after another (`progress` hears each) and writes their review workbook. */
export async function reviewFiles(files: File[], progress: (done: number) => void): Promise<{ checked: FileJson[]; bytes: Uint8Array }> {
  const checked: FileJson[] = [];
  // In the order a folder's files are checked on the command line (by name, as JavaScript sorts strings).
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    checked.push(await checkOne(file));
    progress(checked.length);
  }
  return { checked, bytes: await reviewWorkbookInMemory(reviewSheets(checked)) };
}
