"""
A colleague's edits made in LibreOffice, headless, through its UNO bridge: rows inserted and deleted,
cells typed, sheets renamed; the workbook saved as xlsx by LibreOffice. Used by libreoffice.ts.

  python3 libreoffice-edit.py <profile dir> <in.xlsx> <out.xlsx> <edits.json>

edits.json: a list of {"sheet": name, "insertRows": [index, count]} | {"sheet", "deleteRows": [index, count]}
| {"sheet", "set": {"A12": value}} | {"sheet", "rename": new name}; indexes 0-based, applied in order.
"""
import json, os, subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main(profile, src, out, edits_file):
    pipe = 'saiken%d' % os.getpid()
    soffice = next(p for p in ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'] if os.path.exists(p))
    proc = subprocess.Popen([soffice, '-env:UserInstallation=' + uno.systemPathToFileUrl(profile), '--headless', '--invisible',
                             '--norestore', '--nologo', '--accept=pipe,name=%s;urp;' % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        ctx = None
        for _ in range(240):
            try:
                ctx = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
                break
            except Exception:
                time.sleep(0.25)
        if ctx is None:
            raise RuntimeError('LibreOffice did not answer')
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), '_blank', 0, (prop('Hidden', True),))
        with open(edits_file, encoding='utf-8') as f:
            edits = json.load(f)
        for e in edits:
            sheet = doc.Sheets.getByName(e['sheet'])
            if 'insertRows' in e:
                sheet.Rows.insertByIndex(*e['insertRows'])
            elif 'deleteRows' in e:
                sheet.Rows.removeByIndex(*e['deleteRows'])
            elif 'set' in e:
                for at, v in e['set'].items():
                    cell = sheet.getCellRangeByName(at)
                    if isinstance(v, str):
                        cell.setString(v)
                    else:
                        cell.setValue(v)
            elif 'rename' in e:
                sheet.Name = e['rename']
            else:
                raise ValueError('unknown edit: %r' % (e,))
        doc.calculateAll()
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out)), (prop('FilterName', 'Calc MS Excel 2007 XML'),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == '__main__':
    main(*sys.argv[1:5])
