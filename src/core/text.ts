// Normalising Chinese table text: full-width forms, stray whitespace, enumeration prefixes.
import { rememberedPerText } from './memo';

/** NFKC and every whitespace character removed ("产   出   指   标" → "产出指标"). Tables repeat their labels: remembered. */
export const compact = rememberedPerText(20000, (text) => text.normalize('NFKC').replace(/\s+/gu, ''));

/** Leading enumeration such as "1.", "（1）", "①", "一、". */
const ENUMERATION = /^(?:\d+[.、)）]|[(（]\d+[)）]|[①-⑳]|[一二三四五六七八九十]+、)/u;

export function stripEnumeration(text: string): string {
  return text.replace(ENUMERATION, '');
}

/** Levenshtein distance, for pairing near-identical indicator names. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}
