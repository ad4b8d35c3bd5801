// Checks one file into its JSON report; an unreadable file becomes a report with a Chinese error, never a throw.
import { checkWorkbook } from '../core/engine';
import { failedFileJson, fileJson, type FileJson } from '../core/report';
import { readWorkbook, WorkbookReadError } from '../xlsx/read';
import { FileError, readRegularFile } from './files';

export async function checkFile(file: string): Promise<FileJson> {
  try {
    const bytes = await readRegularFile(file);
    return fileJson(file, checkWorkbook(await readWorkbook(bytes, file)));
  } catch (error) {
    const known = error instanceof WorkbookReadError || error instanceof FileError;
    const message = known ? error.message : `无法读取“${file}”：${error instanceof Error ? error.message : String(error)}`;
    return failedFileJson(file, message);
  }
}
