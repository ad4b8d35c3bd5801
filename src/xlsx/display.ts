// The text Excel would show for a number under common number formats; exceljs does not apply formats itself.
import Decimal from 'decimal.js';
import { numberToText, type CellValue } from '../core/grid';

/** Applies the decimals, thousands separator and percent of a format like "0.00%", "#,##0.00" or "0". */
export function displayNumber(value: number, format: string | null | undefined): string {
  const section = (format ?? '').split(';')[0].replace(/"[^"]*"|\[[^\]]*\]|\\./gu, '');
  if (!section || section === 'General' || !/[0#]/u.test(section)) return numberToText(value);
  const percent = section.includes('%');
  const decimals = /\.([0#]+)/u.exec(section)?.[1].length ?? 0;
  let amount = new Decimal(numberToText(value));
  if (percent) amount = amount.times(100);
  const fixed = amount.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const [integer, fraction] = fixed.split('.');
  const grouped = section.includes(',') ? integer.replace(/\B(?=(\d{3})+(?!\d))/gu, ',') : integer;
  return `${grouped}${fraction ? `.${fraction}` : ''}${percent ? '%' : ''}`;
}

/** What Excel shows for a cell's value: numbers under their format, anything else as its text. */
export function displayText(value: CellValue, format: string | null | undefined): string {
  return typeof value === 'number' ? displayNumber(value, format) : value === null ? '' : String(value);
}
