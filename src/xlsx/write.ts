// Applies an edit plan to an .xlsx through exceljs: split merges, write values and number formats, nothing else.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { EditPlan } from '../core/plan';

export class WorkbookWriteError extends Error {}

/** exceljs drops charts and some drawings when it saves; a workbook holding them is not rewritten. */
async function assertNothingWouldBeLost(bytes: Buffer, file: string): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files);
  if (parts.some((name) => /^xl\/(charts|chartsheets)\//u.test(name))) {
    throw new WorkbookWriteError(`“${file}”含有图表，命令行保存时会丢失图表，因此没有写入。请在 Excel 加载项中修正，或先把图表移到另一个工作簿。`);
  }
}

/**
 * Returns the bytes of a new workbook: the input with the plan applied and every other part as exceljs keeps it.
 * `parsed`, exceljs's workbook of these same bytes (see openWorkbook), saves parsing them again; it is edited.
 */
export async function applyPlanToXlsx(bytes: Buffer, plan: EditPlan, file: string, parsed: ExcelJS.Workbook | null = null): Promise<Buffer> {
  await assertNothingWouldBeLost(bytes, file);
  let workbook = parsed;
  if (!workbook) {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  }
  const sheet = (name: string) => {
    const found = workbook.getWorksheet(name);
    if (!found) throw new WorkbookWriteError(`“${file}”中找不到工作表“${name}”。`);
    return found;
  };
  for (const { sheet: name, range } of plan.unmerge) sheet(name).unMergeCells(range);
  for (const change of plan.changes) {
    const cell = sheet(change.sheet).getCell(change.cell);
    if (change.toValue !== change.fromValue) cell.value = change.toValue;
    if (change.toFormat !== change.fromFormat) cell.numFmt = change.toFormat ?? 'General';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
