#!/usr/bin/env python3
"""Builds fuzz/corpus/<target>/ seeds from the project's fixtures (stdlib only; idempotent).

corpus/ is git-ignored: run this once before the first `cargo fuzz run` on a fresh checkout.
  detectors : every distinct non-empty cell of the UTF-8/GBK CSV fixtures, plus the strings in seeds/detectors.txt
  csv_read  : the CSV fixtures as they are (UTF-8, UTF-8 BOM, GBK)
  xlsx_read : the .xlsx fixtures, as they are and repacked uncompressed (ZIP_STORED), plus the CSVs (so the "not a zip" path is seeded too)
  engine    : each CSV fixture re-written in the engine target's format (cells by TAB, rows by LF), first 20 rows
"""
import csv, hashlib, io, pathlib, zipfile

FUZZ = pathlib.Path(__file__).resolve().parent
FIX = FUZZ.parent / "fixtures"
CORPUS = FUZZ / "corpus"


def put(target, data: bytes):
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def decode(raw: bytes) -> str:
    for enc in ("utf-8-sig", "gbk"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


csvs = sorted(FIX.glob("*.csv"))
cells = set()
for p in csvs:
    raw = p.read_bytes()
    put("csv_read", raw)
    put("xlsx_read", raw)
    rows = list(csv.reader(io.StringIO(decode(raw))))
    for row in rows:
        cells.update(c for c in row if c.strip())
    put("engine", "\n".join("\t".join(r) for r in rows[:20]).encode())
for extra in (FUZZ / "seeds" / "detectors.txt").read_text(encoding="utf-8").splitlines():
    if extra.strip() and not extra.startswith("#"):
        cells.add(extra.encode("ascii").decode("unicode_escape") if "\\" in extra else extra)
for c in sorted(cells):
    put("detectors", c.encode())
def stored(raw: bytes) -> bytes:
    """The workbook repacked without compression: libFuzzer's mutations then land in the XML itself,
    which calamine parses as it streams (the zip CRC is only checked at the end of each part)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            info.compress_type = zipfile.ZIP_STORED
            zout.writestr(info, data)
    return out.getvalue()


for p in sorted(FIX.glob("*.xlsx")):
    raw = p.read_bytes()
    put("xlsx_read", raw)
    put("xlsx_read", stored(raw))
# A minimal hand-made workbook (one sheet, shared + inline strings, a number, a merge), stored.
MINI = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    "xl/sharedStrings.xml": '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">'
    '<si><t>姓名</t></si><si><t>身份证号</t></si></sst>',
    "xl/worksheets/sheet1.xml": '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<dimension ref="A1:B2"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    '<row r="2"><c r="A2" t="inlineStr"><is><t>张三</t></is></c><c r="B2"><v>220521199208298000</v></c></row></sheetData>'
    '<mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells></worksheet>',
}
mini = io.BytesIO()
with zipfile.ZipFile(mini, "w", zipfile.ZIP_STORED) as z:
    for name, text in MINI.items():
        z.writestr(name, text.encode())
put("xlsx_read", mini.getvalue())
# Two sheets (form feed) with typed cells, for the engine.
put("engine", "姓名\t身份证号\t电话\t金额\n张三\t\x01220521199208298047\t\x0215961857022\t\x03 43831\n"
              "\x0c备注\n其子徐强（电话15209967829）在外务工".encode())
for t in sorted(CORPUS.iterdir()):
    print(f"{t.name}: {sum(1 for _ in t.iterdir())} files")
