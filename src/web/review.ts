// Several files opened in the web page at once: each is checked as `jixiao check` checks it, and the reviewer gets the
// same review workbook as `jixiao check … --report` (core/review.ts, xlsx/review.ts), built in the page.
import type { FileJson } from '../core/report';
import { reviewSheets } from '../core/review';
import { checkBytes, unreadable } from '../xlsx/check';
import { reviewWorkbookInMemory } from '../xlsx/review';

/** The name the page downloads the review workbook under, as the README's command names it. */
export const REVIEW_FILE = '审核汇总.xlsx';

/** Checks the files one after another (`progress` hears each) and writes their review workbook. */
export async function reviewFiles(files: File[], progress: (done: number) => void): Promise<{ checked: FileJson[]; bytes: Uint8Array }> {
  const checked: FileJson[] = [];
  // In the order a folder's files are checked on the command line (by name, as JavaScript sorts strings).
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    // A file the browser cannot read (moved since it was picked) is a row that says so, as on the command line.
    const read = file.arrayBuffer().then((buffer) => checkBytes(new Uint8Array(buffer), file.name));
    checked.push(await read.catch((error: unknown) => unreadable(file.name, error)));
    progress(checked.length);
  }
  return { checked, bytes: await reviewWorkbookInMemory(reviewSheets(checked)) };
}
