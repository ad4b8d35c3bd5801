// Number formats as the package writes them. exceljs drops the backslash of an escaped character when it reads a
// format ("0\%" becomes "0%"), which turns a literal "%" into a percent: 85 shown as "85%" would read as 8500%. The
// cells whose format exceljs changes that way are found here, with the format as written; all others keep exceljs's.
import JSZip from 'jszip';
import { cellKey, parseA1 } from '../core/grid';
import { attributesOf, elements, sheetParts } from './package';

/** Formats, by cellXfs index, that exceljs would read differently from what the package says. */
function divergentStyles(styles: string): Map<string, string> {
  const codes = new Map(elements(styles, 'numFmt').map((f) => [f.numFmtId, f.formatCode]));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/u.exec(styles)?.[1] ?? '';
  const divergent = new Map<string, string>();
  [...xfs.matchAll(/<xf\b([^>]*?)\/?>/gu)].forEach(([, attributeText], index) => {
    const code = codes.get(attributesOf(attributeText).numFmtId);
    // exceljs: formatCode.replace(/[\\](.)/g, '$1') (numfmt-xform.js).
    if (code !== undefined && code.replace(/[\\](.)/gu, '$1') !== code) divergent.set(String(index), code);
  });
  return divergent;
}

/**
 * For each sheet (by name), the cells whose number format exceljs would misread, keyed by cellKey, with the format
 * as written. Empty for nearly every workbook: the sheets are only scanned when some format has an escape.
 */
export async function escapedFormatCells(bytes: Uint8Array): Promise<Map<string, Map<number, string>>> {
  const found = new Map<string, Map<number, string>>();
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return found;
  }
  const stylesPart = zip.file('xl/styles.xml');
  if (!stylesPart) return found;
  const divergent = divergentStyles(await stylesPart.async('string'));
  if (divergent.size === 0) return found;
  for (const sheet of (await sheetParts(zip)) ?? []) {
    const cells = new Map<number, string>();
    const xml = await zip.file(sheet.part)!.async('string');
    for (const [, attributeText] of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)\/?>/gu)) {
      const { r, s } = attributesOf(attributeText);
      const format = s === undefined ? undefined : divergent.get(s);
      if (format === undefined || r === undefined) continue;
      const { row, col } = parseA1(r);
      cells.set(cellKey(row, col), format);
    }
    if (cells.size > 0) found.set(sheet.name, cells);
  }
  return found;
}
