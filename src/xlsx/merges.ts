// Merged areas read straight from the package. exceljs compares every merge it loads with every merge loaded before
// it: a 10k-row sheet whose 目标 and 一级 cells are merged (5,000 areas) spent about 2.6 s of a 3.4 s load on that
// alone, and a 30k-row one 50 s. exceljs is told to skip the mergeCells element; the areas are read here, in one pass
// over each sheet's XML, tying each sheet to its part by the rules exceljs itself uses (see read.ts for the rest).
import JSZip from 'jszip';
import { parseRangeA1, type MergedArea } from '../core/grid';
import { elements } from './package';

/** The worksheet parts exceljs reads (xlsx.js: /xl\/worksheets\/sheet(\d+)[.]xml/). */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/u;

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const MERGE_CELLS_OPEN = ascii('<mergeCells');
const MERGE_CELLS_CLOSE = ascii('</mergeCells>');
const SHEET_DATA_CLOSE = ascii('</sheetData>');
const LESS_THAN = 0x3c;

function startsAt(bytes: Uint8Array, at: number, tag: Uint8Array): boolean {
  for (let i = 0; i < tag.length; i++) if (bytes[at + i] !== tag[i]) return false;
  return true;
}

/**
 * The sheet's mergeCells element, found in the bytes: decoding the whole part (mostly sheetData) would cost more.
 * The schema puts mergeCells after sheetData, so the search runs back from the end and stops at </sheetData>: it
 * reads the sheet's tail, never its data (a plain byte search, the same in Node and in a browser).
 */
function mergeCellsXml(part: Uint8Array): string {
  for (let at = part.lastIndexOf(LESS_THAN); at >= 0; at = at > 0 ? part.lastIndexOf(LESS_THAN, at - 1) : -1) {
    if (startsAt(part, at, SHEET_DATA_CLOSE)) return '';
    if (!startsAt(part, at, MERGE_CELLS_OPEN)) continue;
    let end = part.indexOf(LESS_THAN, at + 1);
    while (end >= 0 && !startsAt(part, end, MERGE_CELLS_CLOSE)) end = part.indexOf(LESS_THAN, end + 1);
    return new TextDecoder().decode(part.subarray(at, end < 0 ? part.length : end));
  }
  return '';
}

/**
 * Each worksheet's merged areas, keyed by the id exceljs gives the worksheet (its sheetId), in the order the part
 * lists them. Null when the package cannot be read this way; the caller then lets exceljs read the merges itself.
 */
export async function mergesBySheetId(bytes: Uint8Array): Promise<Map<number, MergedArea[]> | null> {
  try {
    return await readMerges(await JSZip.loadAsync(bytes));
  } catch {
    // Not a zip, or a merge written in a form A1 parsing refuses: exceljs reads it, or says why it cannot.
    return null;
  }
}

async function readMerges(zip: JSZip): Promise<Map<number, MergedArea[]> | null> {
  const workbookXml = zip.file('xl/workbook.xml');
  const relsXml = zip.file('xl/_rels/workbook.xml.rels');
  if (!workbookXml || !relsXml) return null;
  const targets = new Map(elements(await relsXml.async('string'), 'Relationship').map((rel) => [rel.Id, rel.Target]));
  const merges = new Map<number, MergedArea[]>();
  for (const sheet of elements(await workbookXml.async('string'), 'sheet')) {
    const target = targets.get(sheet['r:id']);
    if (target === undefined) continue;
    // exceljs's own resolution (workbook-xform.js reconcile): a leading "/xl/" or whitespace is dropped.
    const partName = `xl/${target.replace(/^(\s|\/xl\/)+/u, '')}`;
    const part = zip.file(partName);
    if (!part || !WORKSHEET_PART.test(partName)) continue;
    const id = parseInt(sheet.sheetId, 10);
    // Two sheets under one id would leave exceljs's own numbering in doubt.
    if (Number.isNaN(id) || merges.has(id)) return null;
    merges.set(
      id,
      elements(mergeCellsXml(await part.async('uint8array')), 'mergeCell').map((cell) => parseRangeA1(cell.ref)),
    );
  }
  return merges;
}
