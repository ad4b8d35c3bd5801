#!/usr/bin/python3
# Prints one sheet of a workbook to a one-page PDF as Excel shows it on screen, for the README's pictures (run by
# scripts/screenshot-review.ts, not by npm test). LibreOffice Calc does the printing, with three changes to the copy it
# has open, none saved:
#   - rows grow to fit their wrapped text, as Excel grows a row that has no stored height when it opens the file
#     (LibreOffice keeps such a row one line high);
#   - light grey cell borders stand for Excel's gridlines, with the row and column headings printed beside them;
#   - Chinese is set in Noto Sans CJK SC, whatever the machine's locale.
# Needs Debian's libreoffice-calc, python3-uno, fonts-noto-cjk and fonts-crosextra-carlito (Calibri's metrics).
#
#   /usr/bin/python3 scripts/sheet-pdf.py 审核汇总.xlsx 汇总 汇总.pdf
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.table import BorderLine2

GRIDLINE_GREY = 0xD4D4D4
HUNDREDTHS_MM_MARGIN = 500


def prop(name, value):
    """A com.sun.star.beans.PropertyValue."""
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    """The desktop of the office listening on `pipe`, waiting up to 60 s for it to start."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(600):
        try:
            context = resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
            return context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
        except NoConnectException:
            time.sleep(0.1)
    raise RuntimeError('LibreOffice did not start within 60 s')


def print_sheet(desktop, source, name, target):
    """Writes sheet `name` of `source` to `target` as a single page just large enough for its used cells."""
    url = uno.systemPathToFileUrl(os.path.abspath(source))
    document = desktop.loadComponentFromURL(url, '_blank', 0, (prop('Hidden', True),))
    try:
        sheets = document.Sheets
        if not sheets.hasByName(name):
            raise RuntimeError(f'{source} has no sheet {name}')
        for other in [n for n in sheets.ElementNames if n != name]:
            sheets.removeByName(other)
        sheet = sheets.getByName(name)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        used = sheet.getCellRangeByPosition(0, 0, cursor.RangeAddress.EndColumn, cursor.RangeAddress.EndRow)
        used.CharFontNameAsian = 'Noto Sans CJK SC'
        used.Rows.OptimalHeight = True
        line = BorderLine2()
        line.Color = GRIDLINE_GREY
        line.LineWidth = 9
        for edge in ('LeftBorder', 'RightBorder', 'TopBorder', 'BottomBorder'):
            setattr(used, edge, line)
        style = document.StyleFamilies.getByName('PageStyles').getByName(sheet.PageStyle)
        style.PrintGrid = False
        style.PrintHeaders = True
        style.HeaderIsOn = False
        style.FooterIsOn = False
        for side in ('LeftMargin', 'RightMargin', 'TopMargin', 'BottomMargin'):
            setattr(style, side, HUNDREDTHS_MM_MARGIN)
        # Room for the headings and the margins; one page, never scaled up. The picture is trimmed afterwards.
        style.Width = used.Size.Width + 3000
        style.Height = used.Size.Height + 3000
        style.ScaleToPagesX = 1
        style.ScaleToPagesY = 1
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop('FilterName', 'calc_pdf_Export'),))
    finally:
        document.close(True)


def main(source, name, target):
    with tempfile.TemporaryDirectory() as profile:
        pipe = f'jixiao-sheet-pdf-{os.getpid()}'
        office = subprocess.Popen([
            'soffice', '--headless', '--invisible', '--nologo', '--norestore', '--nodefault',
            f'-env:UserInstallation={uno.systemPathToFileUrl(profile)}', f'--accept=pipe,name={pipe};urp;',
        ])
        try:
            desktop = connect(pipe)
            print_sheet(desktop, source, name, target)
            try:
                desktop.terminate()
            except Exception:  # the bridge may close under the call as the office quits
                pass
            office.wait(timeout=60)
        finally:
            if office.poll() is None:
                office.kill()
                office.wait()


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit('usage: sheet-pdf.py in.xlsx SHEET out.pdf')
    main(*sys.argv[1:])
