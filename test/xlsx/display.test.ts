// What Excel shows for a number under the formats of real Chinese forms: literals shown as written, never obeyed.
import { displayNumber } from '../../src/xlsx/display';
import JSZip from 'jszip';
import { readWorkbook } from '../../src/xlsx/read';

test.each([
  [85, '0\\%', '85%'],
  [0.85, '0%', '85%'],
  [0.8523, '0.00%', '85.23%'],
  [1395000, '#,##0.00', '1,395,000.00'],
  [1395000, '#,##0"元"', '1,395,000元'],
  [12.5, '0.0"万"', '12.5万'],
  [2.53, '0.00"万元"', '2.53万元'],
  [1234567, '#,##0.0,', '1,234.6'],
  [90, '"≥"0"%"', '≥90%'],
  [-3, '0.00;[Red]-0.00', '-3.00'],
  [-3, '0.00;(0.00)', '(3.00)'],
  [0, '0.00;-0.00;"—"', '—'],
  [5, '0_);(0)', '5 '],
  [0.7999999999999999, 'General', '0.8'],
  [44561, '@', '44561'],
])('%s under %s shows %s', (value, format, shown) => {
  expect(displayNumber(value, format)).toBe(shown);
});

test('a workbook cell formatted 0\\% reads as the 85% it shows, not 8500%', async () => {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>');
  zip.file('xl/styles.xml', '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="0\\%"/><numFmt numFmtId="165" formatCode="#,##0&quot;元&quot;"/></numFmts><fonts count="1"><font><sz val="12"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>');
  zip.file('xl/worksheets/sheet1.xml', '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" s="1"><v>85</v></c><c r="B1" s="2"><v>465000</v></c></row></sheetData></worksheet>');
  const [sheet] = await readWorkbook(await zip.generateAsync({ type: 'nodebuffer' }), 'x.xlsx');
  expect(sheet.text?.[0]).toEqual(['85%', '465,000元']);
});
