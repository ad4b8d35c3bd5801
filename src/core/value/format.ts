// format(value) → text in house style (DOMAIN §3.8): no space, digits exactly as written.
import Decimal from 'decimal.js';
import type { Settings } from '../check';
import type { IndicatorValue, Operator } from './types';

const FULLWIDTH: Record<Operator, string> = { '≥': '≥', '≤': '≤', '=': '＝', '>': '＞', '<': '＜' };

export function operatorText(operator: Operator, style: Settings['operatorStyle']): string {
  return style === 'fullwidth' ? FULLWIDTH[operator] : operator;
}

/** Operator + amount + unit, e.g. "≥90%", "≤465000元"; the amount's digits are kept as written. */
export function renderQuantity(operator: Operator | null, amountText: string, unit: string | null, style: Settings['operatorStyle']): string {
  return `${operator ? operatorText(operator, style) : ''}${amountText}${unit ?? ''}`;
}

/** A rate as users read it: 0.35714 → "35.71%" (half up, like Excel's 0.00% format). */
export function percentText(rate: Decimal): string {
  return `${rate.times(100).toFixed(2, Decimal.ROUND_HALF_UP)}%`;
}

/** Writes a parsed quantity, percent or range back in house style; other kinds keep their normalised text. */
export function formatValue(value: IndicatorValue, style: Settings['operatorStyle']): string {
  if ((value.kind === 'quantity' || value.kind === 'percent') && value.amountText !== null) {
    return renderQuantity(value.operator, value.amountText, value.unit, style) + (value.note ?? '');
  }
  if (value.kind === 'range' && value.amountText !== null && value.upperText !== null) {
    const op = value.operator ? operatorText(value.operator, style) : '';
    return `${op}${value.amountText}-${value.upperText}${value.unit ?? ''}${value.note ?? ''}`;
  }
  return value.normalised;
}
