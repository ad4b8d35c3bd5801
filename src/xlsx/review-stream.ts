// The review workbook written as a stream, for the CLI: only the compressed bytes are held, never a model of every cell.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ReviewSheet } from '../core/review';
import { writeReviewSheets, type SheetTarget } from './review';

/** The review workbook's bytes. */
export async function reviewWorkbook(sheets: ReviewSheet[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  writeReviewSheets(workbook as unknown as SheetTarget, sheets);
  await workbook.commit();
  return Buffer.concat(chunks);
}
