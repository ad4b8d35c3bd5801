// Checks one file into its JSON report; an unreadable file becomes a report with a Chinese error, never a throw.
import { promises as fs } from 'node:fs';
import { checkWorkbook } from '../core/engine';
import { failedFileJson, fileJson, type FileJson } from '../core/report';
import { readWorkbook, WorkbookReadError } from '../xlsx/read';

export async function checkFile(file: string): Promise<FileJson> {
  try {
    const bytes = await fs.readFile(file);
    return fileJson(file, checkWorkbook(await readWorkbook(bytes, file)));
  } catch (error) {
    const message = error instanceof WorkbookReadError ? error.message : `无法读取“${file}”：${error instanceof Error ? error.message : String(error)}`;
    return failedFileJson(file, message);
  }
}
