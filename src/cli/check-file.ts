// Checks one file into its JSON report; an unreadable file becomes a report with a Chinese error, never a throw.
import { failedFileJson, type FileJson } from '../core/report';
import { checkBytes, unreadable } from '../xlsx/check';
import { FileError, readRegularFile } from './files';

export async function checkFile(file: string): Promise<FileJson> {
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(file);
  } catch (error) {
    return error instanceof FileError ? failedFileJson(file, error.message) : unreadable(file, error);
  }
  return checkBytes(bytes, file);
}
