// Writes an edit plan into an .xlsx by patching the package, not by rebuilding it: in each edited sheet part only the
// <c> elements of the edited cells change (and the merged areas the plan splits, the rows the cells need, the sheet's
// dimension), in styles.xml only appended number formats and cell formats, and every other part keeps its bytes. A
// workbook's fonts, names, print setup, links, macros, pivots, drawings, protection — present and future parts — stay
// as they were, without a list of things to refuse. Strings are written inline (t="inlineStr"), so the shared-string
// table is not touched either.
import JSZip from 'jszip';
import { a1, parseA1, parseRangeA1 } from '../core/grid';
import { tableColumnBeside, type CellChange, type ColumnWidth, type EditPlan } from '../core/plan';
import { attributesOf, encodeXml, sheetParts } from './package';

export class WorkbookPatchError extends Error {}

/** A change the patch did not make, and why (a formula in the cell: its result is not the user's to overwrite here). */
export interface RefusedChange {
  change: CellChange;
  reason: string;
}

export interface PatchResult {
  bytes: Uint8Array;
  refused: RefusedChange[];
}

interface Span {
  start: number;
  end: number;
}

interface CellAt extends Span {
  col: number;
  attributes: Record<string, string>;
  hasFormula: boolean;
}

interface RowAt extends Span {
  row: number;
  /** End of the opening tag; for `<row …/>` the whole element. */
  openEnd: number;
  selfClosing: boolean;
  attributes: Record<string, string>;
  cells: CellAt[];
}

/** The rows and cells of sheetData with their offsets, in document order; implicit row and column numbers resolved. */
function scanSheetData(xml: string, prefix: string, from: number, to: number): RowAt[] {
  const rows: RowAt[] = [];
  const tag = new RegExp(`<${prefix}(row|c)\\b([^>]*?)(/?)>`, 'gu');
  tag.lastIndex = from;
  let row: RowAt | null = null;
  for (let match = tag.exec(xml); match && match.index < to; match = tag.exec(xml)) {
    const [whole, name, attributeText, slash] = match;
    const attributes = attributesOf(attributeText);
    const openEnd = match.index + whole.length;
    if (name === 'row') {
      const number = attributes.r ? parseInt(attributes.r, 10) - 1 : (rows.at(-1)?.row ?? -1) + 1;
      const close = slash ? openEnd : xml.indexOf(`</${prefix}row>`, openEnd);
      if (close < 0) throw new WorkbookPatchError('工作表中的行没有结束标记');
      row = {
        row: number,
        start: match.index,
        openEnd,
        end: slash ? openEnd : close + `</${prefix}row>`.length,
        selfClosing: slash === '/',
        attributes,
        cells: [],
      };
      rows.push(row);
      tag.lastIndex = openEnd;
      continue;
    }
    if (!row || match.index > row.end) throw new WorkbookPatchError('单元格不在任何行中');
    const col = attributes.r ? parseA1(attributes.r).col : (row.cells.at(-1)?.col ?? -1) + 1;
    let end = openEnd;
    let hasFormula = false;
    if (!slash) {
      const close = xml.indexOf(`</${prefix}c>`, openEnd);
      if (close < 0) throw new WorkbookPatchError('单元格没有结束标记');
      hasFormula = new RegExp(`<${prefix}f[\\s>/]`, 'u').test(xml.slice(openEnd, close));
      end = close + `</${prefix}c>`.length;
    }
    row.cells.push({ start: match.index, end, col, attributes, hasFormula });
    tag.lastIndex = end;
  }
  return rows;
}

/** One edited cell as the sheet will hold it: its value as text or number, and its style index. */
interface CellWrite {
  value: string | number | boolean | null;
  style: string | undefined;
}

function cellXml(prefix: string, ref: string, { value, style }: CellWrite): string {
  const s = style !== undefined ? ` s="${style}"` : '';
  if (value === null || value === '') return `<${prefix}c r="${ref}"${s}/>`;
  if (typeof value === 'number') return `<${prefix}c r="${ref}"${s}><${prefix}v>${value}</${prefix}v></${prefix}c>`;
  if (typeof value === 'boolean') return `<${prefix}c r="${ref}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${prefix}c>`;
  return `<${prefix}c r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${encodeXml(value)}</${prefix}t></${prefix}is></${prefix}c>`;
}

/** Splices of one part: replacements of [start, end) ranges, applied from the end so offsets stay valid. */
class Splices {
  private readonly edits: { start: number; end: number; text: string }[] = [];

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text });
  }

  applyTo(xml: string): string {
    let out = xml;
    for (const { start, end, text } of [...this.edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, start) + text + out.slice(end);
    return out;
  }
}

/** The cell formats of styles.xml, extended (never altered) where an edit needs a number format it does not have. */
class Styles {
  private xml: string;
  private readonly added = new Map<string, string>();
  changed = false;

  constructor(xml: string) {
    this.xml = xml;
  }

  /** The style index that is `style` with number format `format`: appended once, shared by every cell that needs it. */
  withFormat(style: string | undefined, format: string): string {
    const key = `${style ?? '0'}\u0000${format}`;
    const known = this.added.get(key);
    if (known !== undefined) return known;
    const formatId = this.formatId(format);
    const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/u.exec(this.xml);
    if (!xfs) throw new WorkbookPatchError('styles.xml 中没有单元格格式表（cellXfs）');
    const list = [...xfs[1].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/gu)].map((m) => m[0]);
    const base = list[parseInt(style ?? '0', 10)] ?? list[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const xf = base
      .replace(/\snumFmtId="\d+"/u, '')
      .replace(/\sapplyNumberFormat="\w+"/u, '')
      .replace(/^<xf\b/u, `<xf numFmtId="${formatId}" applyNumberFormat="1"`);
    const index = String(list.length);
    const closeAt = xfs.index + xfs[0].length - '</cellXfs>'.length;
    this.xml = this.xml.slice(0, closeAt) + xf + this.xml.slice(closeAt);
    this.xml = this.xml.replace(/<cellXfs\b([^>]*?)\scount="\d+"/u, `<cellXfs$1 count="${list.length + 1}"`);
    this.added.set(key, index);
    this.changed = true;
    return index;
  }

  text(): string {
    return this.xml;
  }

  /** A number format's id: built in, already defined, or appended with the next free id. */
  private formatId(format: string): number {
    const builtIn: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
    if (builtIn[format] !== undefined) return builtIn[format];
    const defined = [...this.xml.matchAll(/<numFmt\b([^>]*?)\/?>/gu)].map(([, attributes]) => attributesOf(attributes));
    const same = defined.find((f) => f.formatCode === format);
    if (same) return parseInt(same.numFmtId, 10);
    const id = Math.max(163, ...defined.map((f) => parseInt(f.numFmtId, 10))) + 1;
    const numFmt = `<numFmt numFmtId="${id}" formatCode="${encodeXml(format)}"/>`;
    if (/<numFmts\b/u.test(this.xml)) {
      this.xml = this.xml
        .replace(/<\/numFmts>/u, `${numFmt}</numFmts>`)
        .replace(/<numFmts\b([^>]*?)\scount="\d+"/u, `<numFmts$1 count="${defined.length + 1}"`);
    } else {
      this.xml = this.xml.replace(/(<styleSheet\b[^>]*>)/u, `$1<numFmts count="1">${numFmt}</numFmts>`);
    }
    this.changed = true;
    return id;
  }
}

/** The part's worksheet namespace prefix ("" or "x:"), as its root element writes it. */
function prefixOf(xml: string): string {
  return /<(\w+:)?worksheet[\s>]/u.exec(xml)?.[1] ?? '';
}

/** The patched text of one worksheet part: its edited cells, the rows they need, the merges split, the dimension. */
function patchSheet(xml: string, changes: CellChange[], unmerge: string[], widths: ColumnWidth[], styles: Styles, refused: RefusedChange[]): string {
  const prefix = prefixOf(xml);
  const open = new RegExp(`<${prefix}sheetData\\b[^>]*?(/?)>`, 'u').exec(xml);
  if (!open) throw new WorkbookPatchError('工作表中没有单元格数据（sheetData）');
  const splices = new Splices();
  let dataStart = open.index + open[0].length;
  let dataEnd: number;
  if (open[1] === '/') {
    // <sheetData/>: opened so that rows can go in.
    splices.replace(open.index, dataStart, `<${prefix}sheetData>`);
    dataEnd = dataStart;
    splices.replace(dataEnd, dataEnd, `</${prefix}sheetData>`);
    dataStart = dataEnd;
  } else {
    dataEnd = xml.indexOf(`</${prefix}sheetData>`, dataStart);
    if (dataEnd < 0) throw new WorkbookPatchError('工作表的单元格数据没有结束标记');
  }
  const rows = scanSheetData(xml, prefix, dataStart, dataEnd);

  // Edits by row, then column; the last change of a cell wins (a plan lists each cell once).
  const byRow = new Map<number, Map<number, CellChange>>();
  for (const change of changes) {
    const { row, col } = parseA1(change.cell);
    (byRow.get(row) ?? byRow.set(row, new Map()).get(row)!).set(col, change);
  }

  const opened = new Set(widths.map((w) => w.column));

  const newRows: { row: number; xml: string }[] = [];
  for (const [rowNumber, edits] of byRow) {
    const row = rows.find((r) => r.row === rowNumber);
    const newCells: { col: number; xml: string }[] = [];
    for (const [col, change] of edits) {
      const existing = row?.cells.find((c) => c.col === col);
      if (existing?.hasFormula) {
        refused.push({ change, reason: `${change.cell} 是公式单元格，没有改写（请在 Excel 中修改公式或其引用的单元格）` });
        continue;
      }
      // An unstyled cell of a column the plan opens takes the look of the table beside it in its row (font, borders,
      // fill, alignment), as a user's format painter would, with its own number format.
      const beside =
        opened.has(col) && existing?.attributes.s === undefined ? row?.cells.find((c) => c.col === tableColumnBeside(opened, col))?.attributes.s : undefined;
      const style =
        beside !== undefined
          ? styles.withFormat(beside, change.toFormat ?? 'General')
          : change.toFormat !== change.fromFormat
            ? styles.withFormat(existing?.attributes.s, change.toFormat ?? 'General')
            : existing?.attributes.s;
      const text = cellXml(prefix, a1(rowNumber, col), { value: change.toValue, style });
      if (existing) splices.replace(existing.start, existing.end, text);
      else newCells.push({ col, xml: text });
    }
    if (newCells.length === 0) continue;
    newCells.sort((x, y) => x.col - y.col);
    if (!row) {
      newRows.push({ row: rowNumber, xml: `<${prefix}row r="${rowNumber + 1}">${newCells.map((c) => c.xml).join('')}</${prefix}row>` });
      continue;
    }
    insertCells(xml, prefix, row, newCells, splices);
  }
  // New rows in row order, each before the first existing row below it.
  for (const { row, xml: rowXml } of newRows.sort((x, y) => x.row - y.row)) {
    const below = rows.find((r) => r.row > row);
    const at = below ? below.start : dataEnd;
    splices.replace(at, at, rowXml);
  }
  splitMerges(xml, prefix, unmerge, splices);
  extendDimension(xml, prefix, changes, splices);
  addColumnWidths(xml, prefix, open.index, widths, splices);
  return splices.applyTo(xml);
}

/** New cells into an existing row, each before the first cell right of it; the row's spans widened to cover them. */
function insertCells(xml: string, prefix: string, row: RowAt, cells: { col: number; xml: string }[], splices: Splices): void {
  if (row.selfClosing) {
    splices.replace(row.openEnd - 2, row.openEnd, `>${cells.map((c) => c.xml).join('')}</${prefix}row>`);
  } else {
    for (const cell of cells) {
      const right = row.cells.find((c) => c.col > cell.col);
      const at = right ? right.start : row.end - `</${prefix}row>`.length;
      splices.replace(at, at, cell.xml);
    }
  }
  const spans = /^(\d+):(\d+)$/u.exec(row.attributes.spans ?? '');
  if (!spans) return;
  const first = Math.min(parseInt(spans[1], 10), ...cells.map((c) => c.col + 1));
  const last = Math.max(parseInt(spans[2], 10), ...cells.map((c) => c.col + 1));
  const openTag = xml.slice(row.start, row.selfClosing ? row.openEnd - 2 : row.openEnd);
  const widened = openTag.replace(/\sspans="[^"]*"/u, ` spans="${first}:${last}"`);
  if (widened !== openTag) splices.replace(row.start, row.start + openTag.length, widened);
}

/** The merged areas the plan splits, removed from mergeCells (and its count); the element goes when none is left. */
function splitMerges(xml: string, prefix: string, ranges: string[], splices: Splices): void {
  if (ranges.length === 0) return;
  const block = new RegExp(`<${prefix}mergeCells\\b[^>]*>([\\s\\S]*?)</${prefix}mergeCells>`, 'u').exec(xml);
  if (!block) return;
  const wanted = new Set(ranges.map((r) => r.toUpperCase()));
  const all = [...block[1].matchAll(new RegExp(`<${prefix}mergeCell\\b[^>]*?ref="([^"]+)"[^>]*?/>`, 'gu'))];
  const kept = all.filter(([, ref]) => !wanted.has(ref.toUpperCase()));
  if (kept.length === all.length) return;
  const text = kept.length === 0 ? '' : block[0].replace(block[1], kept.map((m) => m[0]).join('')).replace(/\scount="\d+"/u, ` count="${kept.length}"`);
  splices.replace(block.index, block.index + block[0].length, text);
}

/**
 * A width for each column the plan opens that no <col> of the sheet covers (a covered one keeps the width the user
 * set), in <cols>, which is made just before sheetData where the sheet has none. <col> elements stay in column order.
 */
function addColumnWidths(xml: string, prefix: string, sheetDataAt: number, widths: ColumnWidth[], splices: Splices): void {
  if (widths.length === 0) return;
  const block = new RegExp(`<${prefix}cols\\b[^>]*>([\\s\\S]*?)</${prefix}cols>`, 'u').exec(xml);
  const contentStart = block ? block.index + block[0].indexOf('>') + 1 : sheetDataAt;
  const contentEnd = block ? contentStart + block[1].length : sheetDataAt;
  const existing: { min: number; max: number; start: number }[] = [];
  const col = new RegExp(`<${prefix}col\\b([^>]*?)/?>`, 'gu');
  col.lastIndex = contentStart;
  for (let m = block && col.exec(xml); m && m.index < contentEnd; m = col.exec(xml)) {
    const { min, max } = attributesOf(m[1]);
    existing.push({ min: parseInt(min, 10), max: parseInt(max, 10), start: m.index });
  }
  // New elements grouped by where they go, so that several at one place keep their order.
  const inserts = new Map<number, string[]>();
  for (const { column, width } of [...widths].sort((a, b) => a.column - b.column)) {
    const n = column + 1;
    if (existing.some((c) => c.min <= n && n <= c.max)) continue;
    const at = existing.find((c) => c.min > n)?.start ?? contentEnd;
    (inserts.get(at) ?? inserts.set(at, []).get(at)!).push(`<${prefix}col min="${n}" max="${n}" width="${width}" customWidth="1"/>`);
  }
  if (inserts.size === 0) return;
  if (!block) {
    splices.replace(sheetDataAt, sheetDataAt, `<${prefix}cols>${inserts.get(sheetDataAt)!.join('')}</${prefix}cols>`);
    return;
  }
  for (const [at, elements] of inserts) splices.replace(at, at, elements.join(''));
}

/** The sheet's dimension widened to the written cells (Excel reads a stale one, but other tools trust it). */
function extendDimension(xml: string, prefix: string, changes: CellChange[], splices: Splices): void {
  const dimension = new RegExp(`<${prefix}dimension\\b[^>]*?ref="([^"]+)"[^>]*?/>`, 'u').exec(xml);
  if (!dimension || changes.length === 0) return;
  const area = parseRangeA1(dimension[1]);
  let { top, left, bottom, right } = area;
  for (const change of changes) {
    const { row, col } = parseA1(change.cell);
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  if (top === area.top && left === area.left && bottom === area.bottom && right === area.right) return;
  const ref = top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
  splices.replace(dimension.index, dimension.index + dimension[0].length, dimension[0].replace(dimension[1], ref));
}

/** JSZip adds an entry for each folder of a part it is given unless told not to: the package would gain parts. */
const NO_NEW_FOLDERS = { createFolders: false };

/** The package with the plan written in; every part the plan does not touch keeps its bytes. */
export async function patchWorkbook(bytes: Uint8Array, plan: EditPlan): Promise<PatchResult> {
  const zip = await JSZip.loadAsync(bytes);
  const sheets = await sheetParts(zip);
  if (!sheets) throw new WorkbookPatchError('找不到工作簿的目录（xl/workbook.xml）');
  const stylesFile = zip.file('xl/styles.xml');
  const styles = new Styles(stylesFile ? await stylesFile.async('string') : '');
  const refused: RefusedChange[] = [];
  const widths = plan.widths ?? [];
  const names = new Set([...plan.changes.map((c) => c.sheet), ...plan.unmerge.map((u) => u.sheet), ...widths.map((w) => w.sheet)]);
  for (const name of names) {
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) throw new WorkbookPatchError(`找不到工作表“${name}”`);
    const part = zip.file(sheet.part)!;
    const xml = await part.async('string');
    const changes = plan.changes.filter((c) => c.sheet === name);
    const unmerge = plan.unmerge.filter((u) => u.sheet === name).map((u) => u.range);
    const opened = widths.filter((w) => w.sheet === name);
    zip.file(sheet.part, patchSheet(xml, changes, unmerge, opened, styles, refused), NO_NEW_FOLDERS);
  }
  if (styles.changed) zip.file('xl/styles.xml', styles.text(), NO_NEW_FOLDERS);
  const out = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { bytes: out, refused };
}
