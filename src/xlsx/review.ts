// Writes the review workbook's sheets (core/review.ts) as a new .xlsx: a header row frozen and filtered, widths that fit
// the text, numbers as numbers, rows that need the reviewer in light red. The CLI streams the rows (review-stream.ts):
// a bureau's run may list hundreds of thousands of findings. The web page, which checks the files opened in it, builds
// the workbook in memory: exceljs's browser build has no streaming writer.
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { columnLetters } from '../core/grid';
import { columnWidths, type ReviewCell, type ReviewFormat, type ReviewSheet } from '../core/review';

const NUMBER_FORMAT: Record<ReviewFormat, string | undefined> = { text: undefined, count: '0', score: '0.00', percent: '0.00%' };

/** Excel's own "light red fill" of its conditional formats. */
const MARKED: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };

const cellValue = (cell: ReviewCell): ExcelJS.CellValue => (Decimal.isDecimal(cell) ? cell.toNumber() : cell);

/** A workbook that takes sheets: exceljs's streaming writer or its in-memory workbook. */
export interface SheetTarget {
  addWorksheet(name: string, options: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet;
}

/** Writes the sheets into the workbook; rows are committed as they are written, which a streaming writer flushes. */
export function writeReviewSheets(workbook: SheetTarget, sheets: ReviewSheet[]): void {
  for (const sheet of sheets) writeSheet(workbook, sheet);
}

function writeSheet(workbook: SheetTarget, sheet: ReviewSheet): void {
  const last = columnLetters(sheet.columns.length - 1);
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  worksheet.autoFilter = `A1:${last}${sheet.rows.length + 1}`;
  worksheet.columns = columnWidths(sheet).map((width) => ({ width }));
  const header = worksheet.addRow(sheet.columns.map((c) => c.header));
  // The whole default font, bold: a font that names only <b/> leaves its size and face to each reader.
  header.font = { name: 'Calibri', family: 2, scheme: 'minor', size: 11, bold: true };
  header.commit();
  for (const { cells, marked } of sheet.rows) {
    const row = worksheet.addRow(cells.map(cellValue));
    sheet.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      const numFmt = NUMBER_FORMAT[column.format];
      if (numFmt !== undefined && typeof cell.value === 'number') cell.numFmt = numFmt;
      cell.alignment = { vertical: 'top', wrapText: column.format === 'text' };
      if (marked) cell.fill = MARKED;
    });
    row.commit();
  }
  // Only a streaming worksheet is committed; the in-memory one is written whole.
  (worksheet as Partial<{ commit(): void }>).commit?.();
}

/** The review workbook's bytes, built in memory (the web page's few dozen files). */
export async function reviewWorkbookInMemory(sheets: ReviewSheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  writeReviewSheets(workbook, sheets);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
