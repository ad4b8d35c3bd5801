// Normalising Chinese table text: full-width forms, traditional characters, stray whitespace, enumeration prefixes.
import { Converter } from 'opencc-js/t2cn';
import { rememberedPerText } from './memo';

const toSimplified = Converter({ from: 't', to: 'cn' });

/**
 * Pinyin that mirror sites insert after characters ("標(biāo)", "區(qū)"): a Latin syllable carrying a tone mark, with its
 * parentheses, also where the character before it was lost ("???jī)效"). A unit such as "(km)" has no tone mark and
 * stays; tone-marked letters do not occur in the tables otherwise.
 */
const INSERTED_PINYIN = /[(（]?[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]?/gu;

/** Any character the traditional → simplified table may change lies above the ASCII range: skip the lookup for plain text. */
const BEYOND_ASCII = /[^\u0000-\u007f]/u;

/**
 * The text as a simplified-Chinese reader types it: NFKC (full-width digits and operators), traditional characters
 * made simplified (mirror copies of tables are often converted: "產出指標"), inserted pinyin removed. Used to
 * compare and parse, never to display: cells keep their own text.
 */
export const readable = rememberedPerText(20000, (text) => {
  const nfkc = text.normalize('NFKC');
  return BEYOND_ASCII.test(nfkc) ? toSimplified(nfkc.replace(INSERTED_PINYIN, '')) : nfkc;
});

/** readable() with every whitespace character removed ("产   出   指   标" → "产出指标"). Tables repeat their labels: remembered. */
export const compact = rememberedPerText(20000, (text) => readable(text).replace(/\s+/gu, ''));

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

/** Columns a string takes in a terminal or, in units of a digit's width, in a spreadsheet cell: CJK characters are two wide. */
export function displayWidth(text: string): number {
  return [...text].reduce(
    (n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1),
    0,
  );
}
