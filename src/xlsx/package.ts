// The parts of an .xlsx package as text: XML attributes and entities, and which worksheet part holds a sheet.
import type JSZip from 'jszip';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/gu, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** Text as XML character data or an attribute value; characters XML 1.0 cannot hold are dropped. */
export function encodeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');
}

/** The attributes of an element's opening tag text (`r="E7" s="3"`), names as written. */
export function attributesOf(attributeText: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, doubleQuoted, singleQuoted] of attributeText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) {
    attributes[name] = decodeXml(doubleQuoted ?? singleQuoted);
  }
  return attributes;
}

/** The attributes of every `<tag …>` element (unprefixed, as exceljs matches them), in document order. */
export function elements(xml: string, tag: string): Record<string, string>[] {
  // Attribute values may hold ">" (a sheet named 收入>支出), so they are matched whole, quotes and all.
  const element = new RegExp(`<${tag}((?:\\s+[\\w:.-]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*/?>`, 'gu');
  return [...xml.matchAll(element)].map(([, attributeText]) => attributesOf(attributeText));
}

export interface SheetPart {
  name: string;
  sheetId: number;
  /** The part's path in the package ("xl/worksheets/sheet1.xml"). */
  part: string;
}

/**
 * The worksheets of a package in workbook order, each with its part, resolved as exceljs resolves them (a leading
 * "/xl/" or whitespace in the relationship target is dropped). Chart sheets and missing parts are left out.
 */
export async function sheetParts(zip: JSZip): Promise<SheetPart[] | null> {
  const workbookXml = zip.file('xl/workbook.xml');
  const relsXml = zip.file('xl/_rels/workbook.xml.rels');
  if (!workbookXml || !relsXml) return null;
  const targets = new Map(elements(await relsXml.async('string'), 'Relationship').map((rel) => [rel.Id, rel.Target]));
  const sheets: SheetPart[] = [];
  for (const sheet of elements(await workbookXml.async('string'), 'sheet')) {
    const target = targets.get(sheet['r:id']);
    if (target === undefined) continue;
    const part = target.startsWith('/') ? target.replace(/^\/+/u, '') : `xl/${target.replace(/^\s+/u, '')}`;
    if (!zip.file(part) || !/^xl\/worksheets\//u.test(part)) continue;
    sheets.push({ name: sheet.name, sheetId: parseInt(sheet.sheetId, 10), part });
  }
  return sheets;
}

/** JSZip's stream of a part's inflated bytes (a public method its type declarations leave out). */
interface InflateStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): InflateStream;
  on(event: 'error', listener: (error: Error) => void): InflateStream;
  on(event: 'end', listener: () => void): InflateStream;
  pause(): InflateStream;
  resume(): InflateStream;
}

/**
 * How many bytes a part inflates to, counted chunk by chunk as it inflates and given up (null) once past `limit`:
 * the sizes a zip's directory states are the writer's word, and a forged one can hide a gigabyte behind a kilobyte.
 * Only one chunk is held at a time.
 */
export function inflatedSize(entry: JSZip.JSZipObject, limit: number): Promise<number | null> {
  return new Promise((resolve) => {
    let size = 0;
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): InflateStream }).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        size += chunk.length;
        if (size > limit) {
          stream.pause();
          resolve(null);
        }
      })
      // A part that fails to inflate (damaged, or a stated size JSZip finds false at the end) counts what it gave;
      // reading it later says the file is damaged.
      .on('error', () => resolve(size))
      .on('end', () => resolve(size))
      .resume();
  });
}
