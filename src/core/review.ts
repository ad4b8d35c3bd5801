// The reviewer's workbook of `jixiao check --report` as rows: a 汇总 row per file and a 问题清单 row per finding, built
// from the very document `--json` prints, so that the workbook and the JSON cannot disagree. Numbers stay Decimal
// here; a writer turns them into cell values at the edge.
import Decimal from 'decimal.js';
import { CATEGORY_LABEL, SEVERITY_LABEL, type Category } from './check';
import { parseA1 } from './grid';
import type { FileJson, FindingJson, IndicatorJson, TableJson } from './report';
import { displayWidth } from './text';
import { percentText } from './value/format';

export type ReviewCell = string | number | Decimal | null;

/** How a column shows its numbers: counts as integers, scores with two decimals, rates as percentages. */
export type ReviewFormat = 'text' | 'count' | 'score' | 'percent';

export interface ReviewColumn {
  header: string;
  format: ReviewFormat;
  /** The widest the column grows, in digit widths: longer text wraps. */
  maxWidth: number;
}

export interface ReviewRow {
  cells: ReviewCell[];
  /** A row that needs the reviewer: a file not passed, or an error-level finding. */
  marked: boolean;
}

export interface ReviewSheet {
  name: string;
  columns: ReviewColumn[];
  rows: ReviewRow[];
}

export const CONCLUSION = { passed: '通过', sendBack: '退回修改', unreadable: '无法读取', noTable: '未找到绩效指标表' } as const;

/** Excel's last row is 1,048,576: one for the header, one to say what did not fit. */
export const MAX_FINDING_ROWS = 1_048_576 - 2;

const column = (header: string, format: ReviewFormat = 'text', maxWidth = 40): ReviewColumn => ({ header, format, maxWidth });

const SUMMARY_COLUMNS = [
  column('文件', 'text', 60),
  column('单位'),
  column('项目名称', 'text', 60),
  column('表数', 'count'),
  column('指标数', 'count'),
  column('错误', 'count'),
  column('警告', 'count'),
  column('提示', 'count'),
  column('总分', 'score'),
  column('等级'),
  column('预算执行率', 'percent'),
  column('结论'),
  column('说明', 'text', 80),
];

const FINDING_COLUMNS = [
  column('文件', 'text', 60),
  column('工作表'),
  column('单元格'),
  column('一级指标'),
  column('二级指标'),
  column('三级指标'),
  column('类别'),
  column('级别'),
  column('说明', 'text', 80),
  column('建议值'),
];

/** The distinct values, in order, as one cell; null when there is none. */
function joined(values: (string | null)[]): string | null {
  const distinct = [...new Set(values.filter((v): v is string => v !== null && v !== ''))];
  return distinct.length > 0 ? distinct.join('；') : null;
}

/**
 * One sheet's value as `one` makes it, or every self-evaluated sheet's as text when a workbook holds several (two
 * projects' 自评表 on two sheets): a reviewer sees each total, and a cell holds a number only when there is one.
 */
function perSheet(values: (string | null)[], one: (value: string) => ReviewCell, each: (value: string) => string = (v) => v): ReviewCell {
  const present = values.filter((v): v is string => v !== null);
  if (present.length <= 1) return present.length === 1 ? one(present[0]) : null;
  return present.map(each).join('、');
}

const decimal = (value: string) => new Decimal(value);

/** 结论: 通过, 退回修改 (an error-level finding), 无法读取 or 未找到绩效指标表. */
export function conclusionOf(file: FileJson): string {
  if (file.error !== null) return CONCLUSION.unreadable;
  if (file.tables.length === 0) return CONCLUSION.noTable;
  return file.findings.some((f) => f.severity === 'error') ? CONCLUSION.sendBack : CONCLUSION.passed;
}

function summaryRow(file: FileJson): ReviewRow {
  const count = (severity: FindingJson['severity']) => file.findings.filter((f) => f.severity === severity).length;
  const conclusion = conclusionOf(file);
  const evaluations = file.evaluations;
  return {
    cells: [
      file.file,
      joined(file.tables.map((t) => t.unit)),
      joined(file.tables.map((t) => t.project)),
      file.tables.length,
      file.tables.reduce((n, t) => n + t.indicators.length, 0),
      count('error'),
      count('warning'),
      count('info'),
      perSheet(
        evaluations.map((e) => e.total),
        decimal,
      ),
      perSheet(
        evaluations.map((e) => e.grade),
        (grade) => grade,
      ),
      perSheet(
        evaluations.map((e) => e.budget?.rate ?? null),
        decimal,
        (rate) => percentText(decimal(rate)),
      ),
      conclusion,
      file.error,
    ],
    marked: conclusion !== CONCLUSION.passed,
  };
}

/**
 * The first column a block has to itself: twin 中期/年度 blocks may share the 一级 column (A), and a finding in E
 * belongs to the 年度 block that begins there, not to the 中期 one that A begins.
 */
function blockLefts(table: TableJson): Map<IndicatorJson['period'], number> {
  const columns = table.header.blocks.map((b) => Object.values(b.columns).map((letters) => parseA1(`${letters}1`).col));
  const counts = new Map<number, number>();
  for (const col of columns.flat()) counts.set(col, (counts.get(col) ?? 0) + 1);
  return new Map(
    table.header.blocks.map((b, i) => {
      const own = columns[i].filter((col) => counts.get(col) === 1);
      return [b.period, Math.min(...(own.length > 0 ? own : columns[i]))];
    }),
  );
}

/** The indicator rows of a file by sheet and row, each with the first column of its block. */
function indicatorsByRow(file: FileJson): Map<string, { indicator: IndicatorJson; left: number }[]> {
  const byRow = new Map<string, { indicator: IndicatorJson; left: number }[]>();
  for (const table of file.tables) {
    const lefts = blockLefts(table);
    for (const indicator of table.indicators) {
      const key = `${table.sheet}\u0000${indicator.row}`;
      const rows = byRow.get(key) ?? [];
      rows.push({ indicator, left: lefts.get(indicator.period) ?? 0 });
      byRow.set(key, rows);
    }
  }
  return byRow;
}

/** The indicator a finding's cell is on: on a row of twin blocks, the block its column falls in; null off the rows. */
function indicatorOf(byRow: ReturnType<typeof indicatorsByRow>, finding: FindingJson): IndicatorJson | null {
  const { row, col } = parseA1(finding.cell);
  const candidates = byRow.get(`${finding.sheet}\u0000${row + 1}`) ?? [];
  const within = candidates.filter((c) => c.left <= col);
  return (within.length > 0 ? within.reduce((a, b) => (b.left > a.left ? b : a)) : candidates[0])?.indicator ?? null;
}

function findingRow(file: FileJson, finding: FindingJson, indicator: IndicatorJson | null): ReviewRow {
  return {
    cells: [
      file.file,
      finding.sheet,
      finding.cell,
      indicator?.level1 ?? null,
      indicator?.level2 ?? null,
      indicator?.level3 ?? null,
      CATEGORY_LABEL[finding.category as Category],
      SEVERITY_LABEL[finding.severity],
      finding.message,
      finding.fix?.to ?? null,
    ],
    marked: finding.severity === 'error',
  };
}

function findingRows(files: FileJson[], maxRows: number): ReviewRow[] {
  const rows: ReviewRow[] = [];
  const total = files.reduce((n, f) => n + f.findings.length, 0);
  for (const file of files) {
    const byRow = indicatorsByRow(file);
    for (const finding of file.findings) {
      if (rows.length === maxRows) {
        const rest = `另有 ${total - rows.length} 条问题超出 Excel 工作表的行数上限，未列出；请用 --json 查看全部。`;
        return [...rows, { cells: [rest, null, null, null, null, null, null, null, null, null], marked: false }];
      }
      rows.push(findingRow(file, finding, indicatorOf(byRow, finding)));
    }
  }
  return rows;
}

/** The two sheets of the review workbook, from the `--json` document's files; at most `maxFindingRows` findings listed. */
export function reviewSheets(files: FileJson[], maxFindingRows = MAX_FINDING_ROWS): ReviewSheet[] {
  return [
    { name: '汇总', columns: SUMMARY_COLUMNS, rows: files.map(summaryRow) },
    { name: '问题清单', columns: FINDING_COLUMNS, rows: findingRows(files, maxFindingRows) },
  ];
}

/** A cell as Excel shows it under its column's format, to measure it. */
function shown(cell: ReviewCell, format: ReviewFormat): string {
  if (!Decimal.isDecimal(cell)) return cell === null ? '' : String(cell);
  return format === 'percent' ? percentText(cell) : cell.toFixed(2);
}

/**
 * Column widths in digit widths: the widest line of a column's cells, a CJK character counting two (Excel's width
 * unit is a digit of the default font, and a CJK glyph is twice as wide), plus a margin; at most the column's maxWidth.
 */
export function columnWidths(sheet: ReviewSheet): number[] {
  return sheet.columns.map((c, i) => {
    let widest = displayWidth(c.header);
    for (const row of sheet.rows) for (const line of shown(row.cells[i], c.format).split('\n')) widest = Math.max(widest, displayWidth(line));
    return Math.min(widest, c.maxWidth) + 2;
  });
}
