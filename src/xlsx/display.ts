// The text Excel would show for a number under its number format; exceljs does not apply formats itself. Chinese
// forms put units and signs in their formats as literals — 0\% ("85" shown as 85%), #,##0"元", 0.0"万" — and a
// literal is shown as written, never read as an instruction: only an unescaped % multiplies by 100.
import Decimal from 'decimal.js';
import { numberToText, type CellValue } from '../core/grid';

interface Section {
  /** Literal text before and after the number, as shown. */
  prefix: string;
  suffix: string;
  /** The digit pattern: placeholders, grouping comma, decimal point. */
  pattern: string;
  percent: boolean;
  /** Trailing commas after the digits: each divides by 1000 ("0.0," shows thousands). */
  scale: number;
}

/**
 * The format's section for this value (positive; negative; zero — DOMAIN-free, as Excel reads them), split into its
 * literal prefix, digit pattern and literal suffix. Quoted text and backslash escapes are literals; [colour] and
 * [condition] tags are dropped; _x leaves a space, *x (fill) nothing.
 */
function sectionOf(format: string, value: number): { section: Section; signShown: boolean } | null {
  const sections = splitSections(format);
  const index = value < 0 && sections.length > 1 ? 1 : value === 0 && sections.length > 2 ? 2 : 0;
  const text = sections[index];
  const parts: { literal: boolean; text: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const end = text.indexOf('"', i + 1);
      parts.push({ literal: true, text: text.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? text.length : end;
    } else if (ch === '\\' && i + 1 < text.length) {
      parts.push({ literal: true, text: text[++i] });
    } else if (ch === '[') {
      const end = text.indexOf(']', i);
      i = end < 0 ? text.length : end;
    } else if (ch === '_') {
      parts.push({ literal: true, text: ' ' });
      i++;
    } else if (ch === '*') {
      i++;
    } else {
      parts.push({ literal: false, text: ch });
    }
  }
  const codes = parts.map((p) => (p.literal ? '' : p.text)).join('');
  // A section of text only ("—" for zero) shows that text; a format with no number part at all is not one of these.
  if (!/[0#?]/u.test(codes)) {
    if (sections.length === 1 || /General/iu.test(codes)) return null;
    return { section: { prefix: parts.map((p) => p.text).join(''), suffix: '', pattern: '', percent: false, scale: 0 }, signShown: false };
  }
  const firstDigit = parts.findIndex((p) => !p.literal && /[0#?]/u.test(p.text));
  let lastDigit = -1;
  parts.forEach((p, i) => {
    if (!p.literal && /[0#?.,]/u.test(p.text)) lastDigit = i;
  });
  const middle = parts
    .slice(firstDigit, lastDigit + 1)
    .filter((p) => !p.literal)
    .map((p) => p.text)
    .join('');
  const trailingCommas = /,+$/u.exec(middle)?.[0].length ?? 0;
  const render = (list: typeof parts) => list.map((p) => p.text).join('');
  return {
    section: {
      prefix: render(parts.slice(0, firstDigit)),
      suffix: render(parts.slice(lastDigit + 1)),
      pattern: middle.slice(0, middle.length - trailingCommas),
      percent: parts.some((p) => !p.literal && p.text === '%'),
      scale: trailingCommas,
    },
    // A negative section shows its own sign (or none); the first shows the value's.
    signShown: index === 0,
  };
}

/** Sections split at unquoted, unescaped semicolons. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  sections.push(current);
  return sections;
}

/** Applies a format's decimals, thousands separator, percent, scaling and literals ("0.00%", "#,##0"元"", "0\%"). */
export function displayNumber(value: number, format: string | null | undefined): string {
  if (!format || format === 'General' || format === '@') return numberToText(value);
  const read = sectionOf(format, value);
  if (!read) return numberToText(value);
  const { section, signShown } = read;
  if (section.pattern === '') return section.prefix;
  // A negative value in the first section shows its minus before everything; its own section shows what it writes.
  const minus = signShown && value < 0 ? '-' : '';
  let amount = new Decimal(numberToText(value)).abs();
  if (section.percent) amount = amount.times(100);
  if (section.scale > 0) amount = amount.div(new Decimal(1000).pow(section.scale));
  const decimals = /\.([0#?]+)/u.exec(section.pattern)?.[1].length ?? 0;
  const fixed = amount.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const [integer, fraction] = fixed.split('.');
  const grouped = section.pattern.includes(',') ? integer.replace(/\B(?=(\d{3})+(?!\d))/gu, ',') : integer;
  return `${minus}${section.prefix}${grouped}${fraction ? `.${fraction}` : ''}${section.suffix}`;
}

/** What Excel shows for a cell's value: numbers under their format, anything else as its text. */
export function displayText(value: CellValue, format: string | null | undefined): string {
  return typeof value === 'number' ? displayNumber(value, format) : value === null ? '' : String(value);
}
