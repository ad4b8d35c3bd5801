// The JSON document of `jixiao check --json` (ARCHITECTURE.md contract): plain data, decimals as strings.
import type { Finding } from './check';
import type { SheetReport } from './engine';
import type { Indicator, IndicatorTable, ValueCell } from './layout';

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
  level3: string | null;
  period: 'midterm' | 'annual' | null;
  target: ValueJson | null;
  actual: ValueJson | null;
  evaluation: null;
}

export interface TableJson {
  sheet: string;
  range: string;
  kind: IndicatorTable['kind'];
  framework: IndicatorTable['framework'];
  title: string | null;
  group: string | null;
  indicators: IndicatorJson[];
}

export interface FindingJson {
  sheet: string;
  cell: string;
  check: string;
  category: string;
  severity: string;
  message: string;
  messageId: string;
  fix: Finding['fix'];
}

export interface FileJson {
  file: string;
  error: string | null;
  tables: TableJson[];
  findings: FindingJson[];
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

function indicatorJson(indicator: Indicator): IndicatorJson {
  return {
    row: indicator.row + 1,
    level1: indicator.level1.canonical,
    level2: indicator.level2.canonical,
    level3: indicator.level3?.text.trim() || null,
    period: indicator.period,
    target: valueJson(indicator.target),
    actual: valueJson(indicator.actual),
    evaluation: null,
  };
}

export function fileJson(file: string, sheets: SheetReport[]): FileJson {
  return {
    file,
    error: null,
    tables: sheets.flatMap((sheet) =>
      sheet.tables.map((t) => ({
        sheet: t.sheet, range: t.range, kind: t.kind, framework: t.framework, title: t.title, group: t.group,
        indicators: t.indicators.map(indicatorJson),
      })),
    ),
    findings: sheets.flatMap((sheet) =>
      sheet.findings.map((f) => ({ sheet: f.sheet, cell: f.cell, check: f.check, category: f.category, severity: f.severity, message: f.message, messageId: f.messageId, fix: f.fix })),
    ),
  };
}

export function failedFileJson(file: string, error: string): FileJson {
  return { file, error, tables: [], findings: [] };
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
