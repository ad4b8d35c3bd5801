// The JSON document of `jixiao check --json` (ARCHITECTURE.md contract): plain data, decimals as strings.
import type Decimal from 'decimal.js';
import type { Finding } from './check';
import type { SheetReport } from './engine';
import { UNSCORED_MESSAGE, type RowEvaluation, type SheetEvaluation } from './evaluate';
import { placementOf } from './classify';
import { columnLetters } from './grid';
import type { Block, ColumnRole, Indicator, IndicatorTable, ValueCell } from './layout';

export interface ValueJson {
  cell: string;
  text: string;
  operator: string | null;
  amount: string | null;
  unit: string | null;
  kind: string;
}

export interface IndicatorJson {
  row: number;
  level1: string | null;
  level2: string | null;
  /** The 一级 the row belongs under when it differs from level1 (服务对象满意度指标 under an inherited 效益指标). */
  placedLevel1?: string;
  /** The 二级 the row's name places it under when it differs from level2 (资助对象满意度 under 质量指标). */
  placedLevel2?: string;
  level3: string | null;
  period: 'midterm' | 'annual' | null;
  target: ValueJson | null;
  actual: ValueJson | null;
  evaluation: EvaluationJson | null;
  /** Why a row whose actual is written was not scored (Chinese); absent when it was, or has no actual yet. */
  unscored?: string;
}

/** The contract's `evaluation`, decimals as strings; `weightDerived`, `grade` and `assumedOperator` extend it. */
export interface EvaluationJson {
  direction: string;
  completionRate: string | null;
  score: string | null;
  weight: string;
  needsReason: boolean;
  weightDerived: boolean;
  grade: string | null;
  assumedOperator: string | null;
  /** The target could not be read for certain, but every reading gives this score (the actual is the target). */
  readingsAgree: boolean;
}

export interface SheetEvaluationJson {
  sheet: string;
  total: string | null;
  grade: string | null;
  weightsDerived: boolean;
  budget: { budget: string; executed: string; rate: string | null; score: string | null; weight: string; usedAdjusted: boolean } | null;
}

/** Which header row was read and which column holds which role, per block: a wrong guess can be seen. */
export interface HeaderJson {
  /** 1-based sheet rows of the header: the same row, or two when sub-labels sit under a spanning label; null for a
   * table without a header row, whose roles were read from its columns' content. */
  row: number | null;
  lastRow: number | null;
  blocks: { period: 'midterm' | 'annual' | null; columns: Partial<Record<ColumnRole, string>> }[];
}

export interface TableJson {
  sheet: string;
  range: string;
  header: HeaderJson;
  kind: IndicatorTable['kind'];
  framework: IndicatorTable['framework'];
  title: string | null;
  group: string | null;
  /** The unit that fills the table and its project, as the info block above it names them; null when it does not. */
  unit: string | null;
  project: string | null;
  indicators: IndicatorJson[];
}

export interface FindingJson {
  sheet: string;
  cell: string;
  check: string;
  category: string;
  severity: Finding['severity'];
  message: string;
  messageId: string;
  fix: Finding['fix'];
}

export interface FileJson {
  file: string;
  error: string | null;
  tables: TableJson[];
  findings: FindingJson[];
  /** One per sheet holding self-evaluation tables. */
  evaluations: SheetEvaluationJson[];
}

export interface Summary {
  files: number;
  tables: number;
  indicators: number;
  errors: number;
  warnings: number;
  infos: number;
}

function valueJson(cell: ValueCell | null): ValueJson | null {
  if (!cell || cell.value.kind === 'empty') return null;
  const { value } = cell;
  return { cell: cell.cell, text: cell.text, operator: value.operator, amount: value.amount?.toString() ?? null, unit: value.unit, kind: value.kind };
}

const places = (value: Decimal | null, n: number) => (value === null ? null : value.toFixed(n));

function evaluationJson(row: RowEvaluation | undefined, derived: boolean): EvaluationJson | null {
  const result = row?.evaluation;
  if (!row || !result || !row.indicator.actual || row.indicator.actual.value.kind === 'empty') return null;
  return {
    direction: result.direction,
    completionRate: places(result.completionRate, 4),
    score: places(result.score, 2),
    weight: result.weight.toDecimalPlaces(4).toString(),
    needsReason: result.reasonsRequired.length > 0,
    weightDerived: derived,
    grade: result.grade,
    assumedOperator: result.assumedOperator,
    readingsAgree: result.readingsAgree,
  };
}

function sheetEvaluationJson(sheet: string, evaluation: SheetEvaluation): SheetEvaluationJson {
  const b = evaluation.budget;
  return {
    sheet,
    total: places(evaluation.total, 2),
    grade: evaluation.grade,
    weightsDerived: evaluation.weightsDerived,
    budget: b
      ? {
          budget: b.budget.toString(),
          executed: b.executed.toString(),
          rate: places(b.rate, 4),
          score: places(b.score, 2),
          weight: b.weight.toString(),
          usedAdjusted: b.usedAdjusted,
        }
      : null,
  };
}

function headerJson(table: IndicatorTable): HeaderJson {
  const columnsOf = (block: Block) => {
    const columns: HeaderJson['blocks'][number]['columns'] = {};
    for (const [role, col] of Object.entries(block.columns) as [ColumnRole, number][]) columns[role] = columnLetters(col);
    return columns;
  };
  const rows = table.headerless ? { row: null, lastRow: null } : { row: table.headerRow + 1, lastRow: table.headerLastRow + 1 };
  return { ...rows, blocks: table.blocks.map((block) => ({ period: block.period, columns: columnsOf(block) })) };
}

function indicatorJson(table: IndicatorTable, indicator: Indicator, evaluation: SheetEvaluation | null, rows: Map<Indicator, RowEvaluation>): IndicatorJson {
  const row = rows.get(indicator);
  const level1 = indicator.level1.canonical;
  const placed = placementOf(table.framework, indicator);
  return {
    row: indicator.row + 1,
    level1,
    level2: indicator.level2.canonical,
    ...(placed.level1 !== null && placed.level1 !== level1 ? { placedLevel1: placed.level1 } : {}),
    ...(placed.level2ByMeaning !== null ? { placedLevel2: placed.level2ByMeaning } : {}),
    level3: indicator.level3?.text.trim() || null,
    period: indicator.period,
    target: valueJson(indicator.target),
    actual: valueJson(indicator.actual),
    evaluation: evaluationJson(row, evaluation?.weightsDerived ?? false),
    ...(row?.unscored ? { unscored: UNSCORED_MESSAGE[row.unscored] } : {}),
  };
}

export function fileJson(file: string, sheets: SheetReport[]): FileJson {
  const rows = new Map(sheets.flatMap((sheet) => sheet.evaluation?.rows ?? []).map((row) => [row.indicator, row] as const));
  return {
    file,
    error: null,
    tables: sheets.flatMap((sheet) =>
      sheet.tables.map((t) => ({
        sheet: t.sheet,
        range: t.range,
        header: headerJson(t),
        kind: t.kind,
        framework: t.framework,
        title: t.title,
        group: t.group,
        unit: t.unit,
        project: t.project,
        indicators: t.indicators.map((indicator) => indicatorJson(t, indicator, sheet.evaluation, rows)),
      })),
    ),
    findings: sheets.flatMap((sheet) =>
      sheet.findings.map((f) => ({
        sheet: f.sheet,
        cell: f.cell,
        check: f.check,
        category: f.category,
        severity: f.severity,
        message: f.message,
        messageId: f.messageId,
        fix: f.fix,
      })),
    ),
    evaluations: sheets.flatMap((sheet) => (sheet.evaluation ? [sheetEvaluationJson(sheet.sheet, sheet.evaluation)] : [])),
  };
}

export function failedFileJson(file: string, error: string): FileJson {
  return { file, error, tables: [], findings: [], evaluations: [] };
}

export function summarise(files: FileJson[]): Summary {
  const findings = files.flatMap((f) => f.findings);
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  return {
    files: files.length,
    tables: files.reduce((n, f) => n + f.tables.length, 0),
    indicators: files.reduce((n, f) => n + f.tables.reduce((m, t) => m + t.indicators.length, 0), 0),
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  };
}

/**
 * `jixiao check --json`, one file at a time: the same text as JSON.stringify({ files, summary }, null, 2), without
 * ever building one string for all files. A bureau's hundreds of workbooks, or two 100k-row sheets (173 MB each),
 * would pass the longest string V8 allows (about 512 MB) and lose the whole run.
 */
export function* reportJsonText(files: FileJson[], summary: Summary): Generator<string> {
  // JSON.stringify escapes newlines inside strings, so every newline it writes is layout and can be indented.
  const indented = (value: unknown, by: string) => JSON.stringify(value, null, 2).replace(/\n/gu, `\n${by}`);
  if (files.length === 0) {
    yield `${JSON.stringify({ files, summary }, null, 2)}\n`;
    return;
  }
  yield '{\n  "files": [\n';
  for (const [i, file] of files.entries()) yield `    ${indented(file, '    ')}${i < files.length - 1 ? ',' : ''}\n`;
  yield `  ],\n  "summary": ${indented(summary, '  ')}\n}\n`;
}
