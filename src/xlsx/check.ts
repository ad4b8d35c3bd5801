// A workbook's bytes checked into its `--json` document, or into a row that says why it could not be read: the CLI's
// check (a file on disk) and the web page's review (a file opened in the browser) read workbooks alike.
import { checkWorkbook } from '../core/engine';
import { failedFileJson, fileJson, type FileJson } from '../core/report';
import { readWorkbook, WorkbookReadError } from './read';

/** A file that could not be checked: the reader's own sentence, or the error after the file's name. */
export function unreadable(file: string, error: unknown): FileJson {
  if (error instanceof WorkbookReadError) return failedFileJson(file, error.message);
  return failedFileJson(file, `无法读取“${file}”：${error instanceof Error ? error.message : String(error)}`);
}

export async function checkBytes(bytes: Uint8Array, file: string): Promise<FileJson> {
  try {
    return fileJson(file, checkWorkbook(await readWorkbook(bytes, file)));
  } catch (error) {
    return unreadable(file, error);
  }
}
