// Pairs the rows of a twin 中期/年度 table (DOMAIN §6 rule 2).
import { nameOf } from './classify';
import type { Indicator, IndicatorTable } from './layout';
import { editDistance } from './text';

export interface TwinPair {
  midterm: Indicator;
  annual: Indicator;
}

/** The name without period prefixes: 3年, 三年, 每年, 总体, 累计, YYYY年. */
export function pairingKey(indicator: Indicator): string {
  return nameOf(indicator).replace(/^(?:\d{4}年|[\d一二三四五六七八九十]+年|每年|总体|累计)+/u, '');
}

const MAX_NAME_DISTANCE = 2;

/** Pairs by name key, then by the same row and 二级 (the template's layout), then by a name within two edits. */
export function twinPairs(table: IndicatorTable): TwinPair[] {
  // Only twin 中期/年度 blocks have rows to pair.
  if (table.blocks.length < 2) return [];
  const midterm = table.indicators.filter((i) => i.period === 'midterm' && i.target);
  const annual = table.indicators.filter((i) => i.period === 'annual' && i.target);
  const free = new Set(annual);
  const pairs: TwinPair[] = [];
  const matchers: ((m: Indicator, a: Indicator) => boolean)[] = [
    (m, a) => pairingKey(m) === pairingKey(a),
    (m, a) => m.row === a.row && m.level2.canonical === a.level2.canonical,
    (m, a) => editDistance(pairingKey(m), pairingKey(a)) <= MAX_NAME_DISTANCE,
  ];
  const unpaired = new Set(midterm);
  for (const matches of matchers) {
    for (const m of [...unpaired]) {
      const a = [...free].find((candidate) => matches(m, candidate));
      if (!a) continue;
      pairs.push({ midterm: m, annual: a });
      free.delete(a);
      unpaired.delete(m);
    }
  }
  return pairs.sort((x, y) => x.midterm.row - y.midterm.row);
}
