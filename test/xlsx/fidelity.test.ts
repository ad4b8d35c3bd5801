// What a user's workbook holds besides cell values survives a fix: a seed workbook given the features real
// submissions carry (a 宋体 default font, names and print setup, protection, hyperlinks, validations, conditional
// formats, sparklines, a macro project, external links, a pivot table, a text box) is fixed with every suggestion,
// and each of them is still there, byte for byte.
import JSZip from 'jszip';
import { planWorkbook } from '../../src/core/plan';
import { patchWorkbook } from '../../src/xlsx/patch';
import { readWorkbook } from '../../src/xlsx/read';
import { SEEDS } from '../fixtures/seeds';
import { workbookBuffer } from '../fixtures/spec';

/** Sheet-level elements, each where the schema puts it after sheetData. */
const SHEET_EXTRAS = {
  protection: '<sheetProtection algorithmName="SHA-512" hashValue="x2hash==" saltValue="c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>',
  conditional:
    '<conditionalFormatting sqref="E12:E20"><cfRule type="cellIs" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>',
  validation:
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="H12:H20"><formula1>"达成,部分达成,未达成"</formula1></dataValidation></dataValidations>',
  hyperlinks: '<hyperlinks><hyperlink ref="A1" location="\'部门整体支出绩效自评表\'!A100" display="跳到总分"/></hyperlinks>',
  print:
    '<printOptions horizontalCentered="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/>',
  sparklines:
    '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>部门整体支出绩效自评表!E12:F12</xm:f><xm:sqref>I12</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>',
};

const NAMES =
  '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">部门整体支出绩效自评表!$A$1:$H$110</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">部门整体支出绩效自评表!$10:$11</definedName><definedName name="外部预算">[1]Sheet1!$B$2</definedName></definedNames>';

const PARTS: Record<string, string | Buffer> = {
  'xl/vbaProject.bin': Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex'),
  'xl/externalLinks/externalLink1.xml':
    '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalLink>',
  'xl/pivotTables/pivotTable1.xml':
    '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="数据透视表1" cacheId="1" dataCaption="值"/>',
  'xl/drawings/drawing1.xml':
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor><xdr:sp><xdr:txBody><a:p xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:r><a:t>填报说明</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>',
};

async function submittedWorkbook(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await workbookBuffer(SEEDS['004']));
  const sheet = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(sheet)!.async('string');
  // After sheetData (and mergeCells, which exceljs writes there), in schema order; extLst goes last.
  const afterData = xml.includes('</mergeCells>') ? '</mergeCells>' : '</sheetData>';
  const { sparklines, ...rest } = SHEET_EXTRAS;
  zip.file(sheet, xml.replace(afterData, `${afterData}${Object.values(rest).join('')}`).replace(/<\/worksheet>$/u, `${sparklines}</worksheet>`));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', workbook.replace('</sheets>', `</sheets>${NAMES}`));
  const styles = await zip.file('xl/styles.xml')!.async('string');
  zip.file('xl/styles.xml', styles.replace(/<font>[\s\S]*?<\/font>/u, '<font><sz val="12"/><name val="宋体"/><family val="3"/><charset val="134"/></font>'));
  for (const [name, content] of Object.entries(PARTS)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('every feature of a submitted workbook survives a fix with all suggestions', async () => {
  const submitted = await submittedWorkbook();
  const grids = await readWorkbook(submitted, '自评表.xlsm');
  const plan = planWorkbook(grids, { all: true });
  expect(plan.changes.length).toBeGreaterThan(50);
  const { bytes } = await patchWorkbook(submitted, plan);
  const [before, after] = [await JSZip.loadAsync(submitted), await JSZip.loadAsync(bytes)];

  for (const name of ['xl/workbook.xml', ...Object.keys(PARTS)]) {
    expect({ name, same: (await after.file(name)!.async('nodebuffer')).equals(await before.file(name)!.async('nodebuffer')) }).toEqual({ name, same: true });
  }
  const sheet = await after.file('xl/worksheets/sheet1.xml')!.async('string');
  for (const [feature, xml] of Object.entries(SHEET_EXTRAS)) expect({ feature, kept: sheet.includes(xml) }).toEqual({ feature, kept: true });
  // The default font stays 宋体; the styles only grow (the number formats the fixes need).
  const styles = await after.file('xl/styles.xml')!.async('string');
  expect(styles).toContain('<font><sz val="12"/><name val="宋体"/><family val="3"/><charset val="134"/></font>');
  const original = await before.file('xl/styles.xml')!.async('string');
  expect(styles.replace(/<numFmts[\s\S]*?<\/numFmts>|<cellXfs[\s\S]*?<\/cellXfs>/gu, '')).toBe(
    original.replace(/<numFmts[\s\S]*?<\/numFmts>|<cellXfs[\s\S]*?<\/cellXfs>/gu, ''),
  );
});
