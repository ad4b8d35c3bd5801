// The check contract, modelled on ESLint rules: id, meta (category, severity, fix kind, messages), run(context).
import type { SheetEvaluation } from './evaluate';
import type { IndicatorTable } from './layout';

export type Severity = 'error' | 'warning' | 'info';
export type Category = 'structure' | 'value-format' | 'operator' | 'unit' | 'consistency' | 'vague' | 'actual';

/** How reports and check pages name a severity. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
/** How reports and check pages name a category, in the order the check index lists them. */
export const CATEGORY_LABEL: Record<Category, string> = {
  structure: '指标结构',
  'value-format': '数值格式',
  operator: '运算符',
  unit: '计量单位',
  consistency: '一致性',
  vague: '表述不清',
  actual: '实际完成值',
};

/** A proposed cell edit. `safe` fixes cannot change the meaning and may be applied in bulk. */
export interface Fix {
  cell: string;
  from: string;
  to: string;
  safe: boolean;
  /** Set when the fix changes only the number format and keeps the cell's numeric value (0.8 shown as 80%). */
  numberFormat?: string;
  /** A merged area (A1 range) to split before writing `to` into `cell`. */
  unmerge?: string;
  /** Companion edits that belong to the same fix and are applied with it (moving an operator: name and value). */
  also?: CellEdit[];
}

export interface CellEdit {
  cell: string;
  from: string;
  to: string;
}

export interface Finding {
  sheet: string;
  cell: string;
  check: string;
  category: Category;
  severity: Severity;
  messageId: string;
  data: Record<string, string>;
  /** The interpolated Chinese message. */
  message: string;
  fix: Fix | null;
}

export interface Settings {
  /** ＝ ＞ ＜ as the national system writes them, or ASCII = > <. */
  operatorStyle: 'fullwidth' | 'ascii';
  framework: 'auto' | '2020' | '2021';
  /** Reverse indicators: A / B (ratio, default) or 1 − (B − A) / A (linear). */
  reverse: 'ratio' | 'linear';
}

export const DEFAULT_SETTINGS: Settings = { operatorStyle: 'fullwidth', framework: 'auto', reverse: 'ratio' };

export interface Report<M extends string> {
  cell: string;
  messageId: M;
  data?: Record<string, string>;
  /** Overrides the check's default severity (e.g. warning instead of error for a count). */
  severity?: Severity;
  fix?: Fix | null;
}

export interface CheckContext<M extends string> {
  table: IndicatorTable;
  /** Every table of the sheet, in order. */
  tables: IndicatorTable[];
  settings: Settings;
  /** The sheet's self-evaluation (weights, scores, budget), computed once; null on a sheet of target tables. */
  evaluation: SheetEvaluation | null;
  report(report: Report<M>): void;
}

export interface CheckMeta<M extends string> {
  category: Category;
  severity: Severity;
  /** 'safe': `jixiao fix` applies it; 'review': a suggestion applied one by one; null: no fix. */
  fix: 'safe' | 'review' | null;
  /** One line saying what the check looks for. */
  description: string;
  /** What the check's page (docs/checks/<id>.md) says beyond its description, for the staff who fill the tables. */
  docs: CheckDocs;
  messages: Record<M, string>;
}

export interface CheckDocs {
  /** Why a finding matters: what goes wrong in review or scoring if it stays. */
  why: string;
  /** The rule applied and whose it is: a 财政部 document, a provincial template, the budget system's practice, or ours. */
  basis: string;
  /** The DOMAIN.md sections the check implements (e.g. '§3.3', '§7 #14'), for whoever maintains it. */
  domain: string[];
}

/** Where the checks' pages live, from the repository root; `npm run docs` writes them. */
export const CHECK_PAGES = 'docs/checks';

/** A check's page, from the repository root. */
export function checkPage(id: string): string {
  return `${CHECK_PAGES}/${id}.md`;
}

export interface Check<M extends string = string> {
  id: string;
  meta: CheckMeta<M>;
  run(context: CheckContext<M>): void;
}

export function defineCheck<M extends string>(check: Check<M>): Check<M> {
  return check;
}

/** Message templates split once into [text, slot, text, slot, …, text]: thousands of findings share a few dozen. */
const TEMPLATE_PARTS = new Map<string, string[]>();

/** Fills {{slots}} of a message template; a slot without data stays as written. */
export function interpolate(template: string, data: Record<string, string>): string {
  let parts = TEMPLATE_PARTS.get(template);
  if (parts === undefined) {
    parts = template.split(/\{\{\s*(\w+)\s*\}\}/u);
    TEMPLATE_PARTS.set(template, parts);
  }
  let message = parts[0];
  for (let i = 1; i < parts.length; i += 2) message += (data[parts[i]] ?? `{{${parts[i]}}}`) + parts[i + 1];
  return message;
}
