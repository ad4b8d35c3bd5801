// The smallest .xlsx package a test can write by hand: one sheet, 表1, with the given sheet XML and, if given, styles.
import JSZip from 'jszip';

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT = 'application/vnd.openxmlformats-officedocument';

/** A package whose sheet part is `<worksheet>` around `sheetContent`; styles.xml holds `styles` when given. */
export function onePackage(sheetContent: string, styles?: string): Promise<Buffer> {
  const zip = new JSZip();
  const stylesType = styles ? `<Override PartName="/xl/styles.xml" ContentType="${CONTENT}.spreadsheetml.styles+xml"/>` : '';
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="${CONTENT}.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CONTENT}.spreadsheetml.worksheet+xml"/>${stylesType}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  const stylesRelationship = styles ? `<Relationship Id="rId2" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>` : '';
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>${stylesRelationship}</Relationships>`,
  );
  if (styles) zip.file('xl/styles.xml', styles);
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetContent}</worksheet>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}
