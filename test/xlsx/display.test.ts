// What Excel shows for a number under the formats of real Chinese forms: literals shown as written, never obeyed.
import { displayNumber } from '../../src/xlsx/display';
import { onePackage } from '../support/package';
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
  const bytes = await onePackage(
    '<sheetData><row r="1"><c r="A1" s="1"><v>85</v></c><c r="B1" s="2"><v>465000</v></c></row></sheetData>',
    '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="0\\%"/><numFmt numFmtId="165" formatCode="#,##0&quot;元&quot;"/></numFmts><fonts count="1"><font><sz val="12"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
  );
  const [sheet] = await readWorkbook(bytes, 'x.xlsx');
  expect(sheet.text?.[0]).toEqual(['85%', '465,000元']);
});
