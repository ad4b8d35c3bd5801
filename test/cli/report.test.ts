// `jixiao check --report`: the review workbook, opened with exceljs, says what --json says about the same files.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { CATEGORY_LABEL, SEVERITY_LABEL, type Category } from '../../src/core/check';
import type { FileJson } from '../../src/core/report';
import { SEEDS } from '../fixtures/seeds';
import { workbookBuffer } from '../fixtures/spec';
import { runCli } from '../support/cli';

let dir: string;
let out: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-report-'));
  out = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-report-out-'));
  for (const id of ['000', '002', '004'] as const) await fs.writeFile(path.join(dir, `seed-${id}.xlsx`), await workbookBuffer(SEEDS[id]));
  await fs.writeFile(path.join(dir, 'notes.xlsx'), '这不是表格');
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rm(out, { recursive: true, force: true });
});

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A sheet's rows below the header, as values by header; empty cells are null. */
function rowsOf(sheet: ExcelJS.Worksheet): { values: Record<string, ExcelJS.CellValue>; row: ExcelJS.Row }[] {
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1) as string[];
  const rows = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push({ row, values: Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value ?? null])) });
  }
  return rows;
}

const isRed = (row: ExcelJS.Row) => (row.getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === 'FFFFC7CE';
const distinct = (values: (string | null)[]) => [...new Set(values.filter((v) => v !== null))].join('；') || null;

describe('the review workbook matches --json for the same files', () => {
  let doc: { files: FileJson[] };
  let workbook: ExcelJS.Workbook;
  let code: number;

  beforeAll(async () => {
    const report = path.join(out, '审核汇总.xlsx');
    const run = await runCli('check', dir, '--json', '--jobs', '1', '--report', report);
    code = run.code;
    doc = JSON.parse(run.out);
    workbook = await open(report);
  });

  test('two sheets, each with a frozen, filtered header row', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '问题清单']);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const last = sheet.getRow(1).cellCount;
      expect(sheet.autoFilter).toBe(`A1:${String.fromCharCode(64 + last)}${sheet.rowCount}`);
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
  });

  test('汇总: a row per file with the same counts, total, grade, rate and conclusion', () => {
    const rows = rowsOf(workbook.getWorksheet('汇总')!);
    expect(rows).toHaveLength(doc.files.length);
    doc.files.forEach((file, i) => {
      const { values, row } = rows[i];
      const count = (severity: string) => file.findings.filter((f) => f.severity === severity).length;
      const errors = count('error');
      const evaluation = file.evaluations.find((e) => e.total !== null);
      expect(values).toEqual({
        文件: file.file,
        单位: distinct(file.tables.map((t) => t.unit)),
        项目名称: distinct(file.tables.map((t) => t.project)),
        表数: file.tables.length,
        指标数: file.tables.reduce((n, t) => n + t.indicators.length, 0),
        错误: errors,
        警告: count('warning'),
        提示: count('info'),
        总分: evaluation ? Number(evaluation.total) : null,
        等级: evaluation?.grade ?? null,
        预算执行率: evaluation?.budget?.rate ? Number(evaluation.budget.rate) : null,
        结论: file.error ? '无法读取' : errors > 0 ? '退回修改' : '通过',
        说明: file.error,
      });
      expect(isRed(row)).toBe(file.error !== null || errors > 0);
    });
    // seed 004 is the self-evaluation: its numbers are numbers, shown with two decimals and as a percentage.
    const { row } = rows[doc.files.findIndex((f) => f.evaluations.length > 0)];
    expect([row.getCell(9).value, row.getCell(9).numFmt, row.getCell(11).value, row.getCell(11).numFmt]).toEqual([92.33, '0.00', 4.9818, '0.00%']);
  });

  test('an unreadable file is a 无法读取 row with its reason, and the run still ends with exit code 2', () => {
    const rows = rowsOf(workbook.getWorksheet('汇总')!);
    const notes = rows.find((r) => path.basename(String(r.values.文件)) === 'notes.xlsx')!;
    expect(notes.values.结论).toBe('无法读取');
    expect(notes.values.说明).toContain('不是 .xlsx 文件');
    expect(code).toBe(2);
  });

  test('问题清单: a row per finding, in order, with its cell, category, severity, message, suggested value and levels', () => {
    const rows = rowsOf(workbook.getWorksheet('问题清单')!);
    const findings = doc.files.flatMap((file) => file.findings.map((finding) => ({ file, finding })));
    expect(findings.length).toBeGreaterThan(100);
    expect(rows).toHaveLength(findings.length);
    let onIndicators = 0;
    findings.forEach(({ file, finding }, i) => {
      const { values, row } = rows[i];
      expect([values.文件, values.工作表, values.单元格, values.类别, values.级别, values.说明, values.建议值]).toEqual([
        file.file,
        finding.sheet,
        finding.cell,
        CATEGORY_LABEL[finding.category as Category],
        SEVERITY_LABEL[finding.severity],
        finding.message,
        finding.fix?.to ?? null,
      ]);
      expect(isRed(row)).toBe(finding.severity === 'error');
      // The row's levels, where one indicator is on the finding's row; blank on a row with none (a table's own findings).
      const onRow = file.tables
        .filter((t) => t.sheet === finding.sheet)
        .flatMap((t) => t.indicators)
        .filter((ind) => ind.row === Number(/\d+$/u.exec(finding.cell)![0]));
      if (onRow.length === 1) {
        expect([values.一级指标, values.二级指标, values.三级指标]).toEqual([onRow[0].level1, onRow[0].level2, onRow[0].level3]);
        onIndicators++;
      }
      if (onRow.length === 0) expect([values.一级指标, values.二级指标, values.三级指标]).toEqual([null, null, null]);
    });
    expect(onIndicators).toBeGreaterThan(findings.length / 2);
  });
});

describe('writing the report', () => {
  test('an existing report is refused without --force, before any file is checked, and replaced with it', async () => {
    const report = path.join(out, '已有.xlsx');
    await fs.writeFile(report, 'earlier');
    const refused = await runCli('check', dir, '--report', report);
    expect(refused).toEqual({ code: 2, out: '', err: `“${report}”已存在，没有覆盖。加 --force 覆盖它，或用 --report 指定其他输出文件。\n` });
    expect(await fs.readFile(report, 'utf8')).toBe('earlier');
    const forced = await runCli('check', dir, '--jobs', '1', '--report', report, '--force');
    expect(forced.code).toBe(2);
    expect((await open(report)).worksheets).toHaveLength(2);
  });

  test('the text report is still printed, the workbook is named at its end, and a progress bar is drawn', async () => {
    const report = path.join(dir, '审核汇总.xlsx');
    let text = '';
    let progress = '';
    await main(['check', dir, '--jobs', '1', '--report', report], { out: (t) => (text += t), err: (t) => (progress += t), isTTY: true });
    expect(text).toContain('共 4 个文件');
    expect(text.trimEnd().split('\n').at(-1)).toBe(`已写入审核汇总“${report}”：4 个文件，${(text.match(/\[(错误|警告|提示)\]/gu) ?? []).length} 条问题。`);
    expect(progress).toContain('4/4');
    // Kept in the folder it reviews, the report is not checked as a submission the next time.
    const again = await runCli('check', dir, '--json', '--jobs', '1', '--report', report, '--force');
    expect(JSON.parse(again.out).files).toHaveLength(4);
    expect(again.err).toBe(`已写入审核汇总“${report}”：4 个文件，${(text.match(/\[(错误|警告|提示)\]/gu) ?? []).length} 条问题。\n`);
    await fs.rm(report);
  });

  test.each([
    [['--report', 'out.csv'], '--report 的文件名应以 .xlsx 结尾，收到“out.csv”。'],
    [['--report', path.join(os.tmpdir(), 'jixiao-没有这个文件夹', 'r.xlsx')], '请先建立该文件夹，或用 --report 写到其他位置。'],
  ])('%p is refused with exit code 2 and a Chinese reason', async (args, reason) => {
    const { code, out: stdout, err } = await runCli('check', dir, ...args);
    expect([code, stdout]).toEqual([2, '']);
    expect(err).toContain(reason);
  });
});
