// Cells read straight from the package's XML: shared strings, number formats and each sheet's cells, as exceljs would
// give them to read.ts, without exceljs building its model of every cell, style and drawing (most of a folder check's
// time). It reads what it understands and answers null for anything else, which exceljs then reads: the two must give
// the same grids, and test/xlsx/direct.test.ts compares them on every workbook of the corpora.
import type JSZip from 'jszip';
import type { CellValue, MergedArea } from '../core/grid';
import { parseA1, parseRangeA1 } from '../core/grid';
import { attributesOf, decodeXml, elements, sheetParts } from './package';

/** A cell as read.ts takes it: 0-based position, its value as exceljs gives it after plainValue, its number format. */
export interface DirectCell {
  row: number;
  col: number;
  value: CellValue;
  format: string | null;
  /** The cell holds a formula (`value` is its cached result). */
  formula?: boolean;
}

export interface DirectSheet {
  name: string;
  merges: MergedArea[];
  /** Every cell holding a value or a formula, row by row. */
  cells: DirectCell[];
}

/** The built-in number formats exceljs knows (lib/xlsx/defaultnumformats.js, the entries with a format code). */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/**
 * exceljs's test for a date format (utils.isDateFmt): date letters outside quotes and brackets. A letter escaped with
 * a backslash is a literal too (exceljs strips the backslash first and takes 0.0\h for a time).
 */
function isDateFormat(format: string | null): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/u.test(
    format
      .replace(/\\./gu, '')
      .replace(/\[[^\]]*\]/gu, '')
      .replace(/"[^"]*"/gu, ''),
  );
}

/** A serial date as the calendar date exceljs's Date would print (utils.excelToDate, then toISOString); null if none. */
function serialDate(serial: number, date1904: boolean): string | null {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** Character data as an XML parser gives it: line ends normalised to \n (XML 1.0 §2.11), then references decoded. */
const xmlText = (raw: string) => decodeXml(raw.replace(/\r\n?/gu, '\n'));

/** The text of a run of `<t>` elements, phonetic runs (`<rPh>`) left out, with exceljs's `_xHHHH_` escapes undone. */
function textOf(xml: string): string {
  const visible = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/gu, '');
  let text = '';
  for (const [, content] of visible.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/gu)) text += xmlText(content);
  return text.replace(/_x([0-9A-F]{4})_/gu, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}

/** Every `<si>` of the shared strings part, in order. */
function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/gu)].map(([, content]) => textOf(content ?? ''));
}

/** The number format of each cell style (cellXfs index), as exceljs's getStyleModel gives it. */
function styleFormats(xml: string): (string | null)[] {
  const custom = new Map(elements(xml, 'numFmt').map((f) => [Number(f.numFmtId), f.formatCode]));
  const cellXfs = /<(?:\w+:)?cellXfs\b[\s\S]*?<\/(?:\w+:)?cellXfs>/u.exec(xml)?.[0] ?? '';
  return elements(cellXfs, 'xf').map((xf) => {
    const id = Number(xf.numFmtId ?? 0);
    // exceljs skips numFmtId 0 (General) and ids it does not know.
    return id ? (custom.get(id) ?? BUILT_IN_FORMATS[id] ?? null) : null;
  });
}

interface Context {
  strings: string[];
  formats: (string | null)[];
  date1904: boolean;
}

/** One `<c>`'s value, as exceljs's cell-xform and read.ts plainValue make it; undefined for a cell without one. */
function cellValue(type: string | undefined, inner: string, format: string | null, context: Context): CellValue | undefined {
  const v = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/u.exec(inner)?.[1];
  const hasFormula = /<(?:\w+:)?f\b/u.test(inner);
  const number = (text: string): CellValue => {
    const value = parseFloat(text);
    return isDateFormat(format) ? serialDate(value, context.date1904) : value;
  };
  switch (type) {
    case undefined:
    case 'n':
      if (v === undefined) return hasFormula ? null : undefined;
      return number(xmlText(v));
    case 's': {
      if (v === undefined) return undefined;
      const text = context.strings[Number(v)];
      if (text === undefined) throw new Error(`共享字符串 ${v} 不存在`);
      return text;
    }
    case 'str':
      return v === undefined ? (hasFormula ? null : undefined) : xmlText(v);
    case 'inlineStr':
      return textOf(/<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/u.exec(inner)?.[1] ?? '');
    case 'b':
      return v === undefined ? (hasFormula ? null : undefined) : v === '1';
    case 'e':
      return v === undefined ? (hasFormula ? null : undefined) : xmlText(v);
    default:
      throw new Error(`未知的单元格类型 ${type}`);
  }
}

/** The cells and merged areas of one worksheet part. */
function readSheetXml(xml: string, context: Context): { cells: DirectCell[]; merges: MergedArea[] } {
  const cells: DirectCell[] = [];
  const data = /<(?:\w+:)?sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?sheetData>)/u.exec(xml);
  let nextRow = 0;
  for (const [, rowAttributes, rowContent] of (data?.[1] ?? '').matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/gu)) {
    const { r } = attributesOf(rowAttributes);
    const row = r === undefined ? nextRow : Number(r) - 1;
    nextRow = row + 1;
    let nextCol = 0;
    for (const [, cellAttributes, inner] of (rowContent ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/gu)) {
      const { r: ref, s, t } = attributesOf(cellAttributes);
      const at = ref === undefined ? { row, col: nextCol } : parseA1(ref);
      nextCol = at.col + 1;
      const format = s === undefined ? null : (context.formats[Number(s)] ?? null);
      const value = cellValue(t, inner ?? '', format, context);
      // A formula without a cached result is a cell without a value (null), as exceljs's cells go to read.ts.
      if (value === undefined) continue;
      cells.push(/<(?:\w+:)?f\b/u.test(inner ?? '') ? { ...at, value, format, formula: true } : { ...at, value, format });
    }
  }
  const merges = elements(/<(?:\w+:)?mergeCells\b[\s\S]*?<\/(?:\w+:)?mergeCells>/u.exec(xml)?.[0] ?? '', 'mergeCell').map((m) => parseRangeA1(m.ref));
  return { cells, merges };
}

/** Every worksheet's cells, or null when the package holds something only exceljs reads. */
export async function readDirect(zip: JSZip): Promise<DirectSheet[] | null> {
  try {
    const parts = await sheetParts(zip);
    const workbookXml = await zip.file('xl/workbook.xml')?.async('string');
    if (!parts || workbookXml === undefined) return null;
    const stringsXml = await zip.file('xl/sharedStrings.xml')?.async('string');
    const stylesXml = await zip.file('xl/styles.xml')?.async('string');
    const workbookPr = elements(workbookXml, 'workbookPr')[0] ?? {};
    const context: Context = {
      strings: stringsXml === undefined ? [] : sharedStrings(stringsXml),
      formats: stylesXml === undefined ? [] : styleFormats(stylesXml),
      date1904: workbookPr.date1904 === '1' || workbookPr.date1904 === 'true',
    };
    const sheets: DirectSheet[] = [];
    for (const part of parts) sheets.push({ name: part.name, ...readSheetXml(await zip.file(part.part)!.async('string'), context) });
    return sheets;
  } catch {
    // Something the reader does not model (an unknown cell type, a shared string out of range, a cell address it
    // cannot parse), or a part that fails to inflate: exceljs reads it, or says in Chinese what is wrong.
    return null;
  }
}
