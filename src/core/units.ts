// Unit families and conversions (DOMAIN §3.4): 元 ↔ 万元 ↔ 亿元, 米 ↔ 公里, 公斤 ↔ 吨, 日 = 天, 平方 = 平方米, % ↔ fraction.
import Decimal from 'decimal.js';

const FACTORS: Record<string, { family: string; factor: number }> = {
  元: { family: 'money', factor: 1 },
  万元: { family: 'money', factor: 1e4 },
  万: { family: 'money', factor: 1e4 },
  亿元: { family: 'money', factor: 1e8 },
  米: { family: 'length', factor: 1 },
  公里: { family: 'length', factor: 1000 },
  公斤: { family: 'weight', factor: 1 },
  吨: { family: 'weight', factor: 1000 },
  日: { family: 'duration', factor: 1 },
  天: { family: 'duration', factor: 1 },
  平方: { family: 'area', factor: 1 },
  平方米: { family: 'area', factor: 1 },
  '%': { family: 'percent', factor: 1 },
  百分比: { family: 'percent', factor: 1 },
};

/** The family a unit converts within; a unit with no known conversions is its own family. */
export function unitFamily(unit: string): string {
  return FACTORS[unit]?.family ?? unit;
}

/** True when amounts in these units can be compared after conversion. */
export function comparableUnits(a: string, b: string): boolean {
  return a === b || unitFamily(a) === unitFamily(b);
}

/** The amount expressed in its family's base unit (元, 米, 公斤, 日 …); null when the unit has no conversion. */
export function toBaseUnit(amount: Decimal, unit: string): Decimal | null {
  const known = FACTORS[unit];
  return known ? amount.times(known.factor) : null;
}
