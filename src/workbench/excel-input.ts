// What Excel stores when Range.values is given a string: Excel reads it as if it were typed into the cell
// (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values). A string beginning with
// =, +, - or @ becomes a formula; one that looks like a number, a percentage, an amount, a date or a truth value
// becomes that value, with a number format where typing would give one; a leading apostrophe keeps the rest as text.
// The stand-in stores what this says, so that a test of the adapter fails where real Excel would change the text.
import type { CellValue } from '../core/grid';

export interface StoredInput {
  value: CellValue;
  /** The number format typing the text sets, where it sets one ("90%" → 0%). */
  format?: string;
  /** The formula the text became ("=1次"): the cell then holds a formula, whose result is `value`. */
  formula?: string;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/u;
const DATE_FORMAT = 'yyyy/m/d';
/** Days from Excel's epoch (1899-12-30, after its 1900 leap-year slip) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

function numberOf(text: string): number | null {
  if (!/\d/u.test(text) || !NUMBER.test(text)) return null;
  return Number(text.replace(/,/gu, ''));
}

function dateSerial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const time = Date.UTC(year, month - 1, day);
  if (new Date(time).getUTCDate() !== day) return null;
  return time / 86400000 + UNIX_EPOCH_SERIAL;
}

/** 2026-12-31, 2026/12/31, 12/31 (this year), 2026年12月31日, 12月31日. */
function dateOf(text: string, thisYear: number): number | null {
  const full = /^(\d{4})(?:[-/]|年)(\d{1,2})(?:[-/]|月)(\d{1,2})日?$/u.exec(text);
  if (full) return dateSerial(Number(full[1]), Number(full[2]), Number(full[3]));
  const short = /^(\d{1,2})(?:\/|月)(\d{1,2})日?$/u.exec(text);
  if (short) return dateSerial(thisYear, Number(short[1]), Number(short[2]));
  return null;
}

/** The value a typed constant (no formula) is stored as, or null where it stays text. */
function constantOf(text: string, thisYear: number): StoredInput | null {
  if (/^(true|false)$/iu.test(text)) return { value: text.toUpperCase() === 'TRUE' };
  const percent = /^(.*\d)\s*%$/u.exec(text);
  if (percent) {
    const n = numberOf(percent[1]);
    if (n !== null) return { value: n / 100, format: percent[1].includes('.') ? '0.00%' : '0%' };
  }
  const money = /^([¥$])\s*(.+)$/u.exec(text);
  if (money) {
    const n = numberOf(money[2]);
    if (n !== null) return { value: n, format: `${money[1]}#,##0.00` };
  }
  const n = numberOf(text);
  if (n !== null) return { value: n };
  const date = dateOf(text, thisYear);
  return date === null ? null : { value: date, format: DATE_FORMAT };
}

/** A formula the stand-in can work out: a constant after "=" ("=100%" → 1); anything else is a name Excel lacks. */
function formulaOf(text: string, thisYear: number): StoredInput {
  const body = text.replace(/^[=@]/u, '');
  const quoted = /^"(.*)"$/u.exec(body);
  if (quoted) return { value: quoted[1], formula: text };
  const constant = constantOf(body, thisYear);
  return { value: constant && typeof constant.value === 'number' ? constant.value : '#NAME?', formula: text };
}

export function storedInput(value: CellValue, thisYear = new Date().getFullYear()): StoredInput {
  if (typeof value !== 'string') return { value };
  if (value === '') return { value: null };
  if (value.startsWith("'")) return { value: value.slice(1) };
  // Full-width digits and signs are typed as their ASCII forms on a Chinese keyboard.
  const typed = value.normalize('NFKC').trim();
  if (/^[=@]/u.test(typed)) return formulaOf(typed, thisYear);
  const constant = constantOf(typed, thisYear);
  if (constant) return constant;
  // "+x" and "-x" that are not numbers are formulas too; a lone sign is text.
  if (/^[+-]./u.test(typed)) return { ...formulaOf(typed.slice(1), thisYear), formula: typed };
  return { value };
}
