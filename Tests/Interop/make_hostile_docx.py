#!/usr/bin/env python3
"""Writes hostile DOCX files into FOLDER, each of which shenbao must answer with exit code 1 or 2,
at most one line on standard error and no stack trace, within seconds and in bounded memory.

The first ones are refused outright (exit 2). Given FORM.docx, a form rendered by shenbao from
a draft with at least one error, it also writes variants of that form whose every count is
hostile: spans, rows, cells, nesting, bookmarks, element names; those past a bound are refused,
the others read (exit 1, the draft's own error).

Usage: make_hostile_docx.py FOLDER [FORM.docx]
"""
import os
import sys
import zipfile

folder = sys.argv[1]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def types(content_type=MAIN):
    return ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{content_type}"/></Types>')


def write(name, document, content_type=MAIN, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(os.path.join(folder, name), "w", compression) as archive:
        archive.writestr("[Content_Types].xml", types(content_type))
        archive.writestr("word/document.xml", document)


def body(text):
    return f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{text}</w:body></w:document>'


laughs = '<!ENTITY lol0 "lol">' + "".join(
    f'<!ENTITY lol{i} "{"&lol%d;" % (i - 1) * 10}">' for i in range(1, 10))
write("billion-laughs.docx", f'<?xml version="1.0"?><!DOCTYPE w:document [{laughs}]>'
      f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
write("external-entity.docx", '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
      f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>')
write("zip-bomb.docx", body("<w:p><w:r><w:t>" + " " * (300 << 20) + "</w:t></w:r></w:p>"))
write("wrong-content-types.docx", body("<w:p/>"), content_type="application/xml")
# 100 MB of text that compresses little: refused by its size, not its ratio.
filler = os.urandom(25 << 20).hex()
write("huge-document.docx", body(f"<w:p><w:r><w:t>{filler}{filler}</w:t></w:r></w:p>"),
      compression=zipfile.ZIP_STORED)
good = os.path.join(folder, "wrong-content-types.docx")
data = open(good, "rb").read()
open(os.path.join(folder, "truncated.docx"), "wb").write(data[:len(data) // 2])
write("not-the-form.docx", body("<w:p><w:r><w:t>关于召开年度工作会议的通知</w:t></w:r></w:p>"))

if len(sys.argv) < 3:
    sys.exit(0)
form = zipfile.ZipFile(sys.argv[2])
PARTS = {name: form.read(name) for name in form.namelist()}
DOCUMENT = PARTS["word/document.xml"].decode()


def variant(name, document=None, parts=None, compression=zipfile.ZIP_DEFLATED, methods=None):
    """The form with its document part (or other parts) replaced."""
    replaced = dict(PARTS)
    if document is not None:
        replaced["word/document.xml"] = document.encode()
    replaced.update(parts or {})
    with zipfile.ZipFile(os.path.join(folder, name), "w", compression) as archive:
        for part, data in replaced.items():
            archive.writestr(part, data, compress_type=(methods or {}).get(part, compression))


def before(marker, insertion, document=DOCUMENT, count=1):
    assert marker in document, marker
    return document.replace(marker, insertion + marker, count)


ROSTER_HEADING = "序号"
heading_cell = DOCUMENT.rfind("<w:tc>", 0, DOCUMENT.index(">" + ROSTER_HEADING + "<"))
first_body_paragraph = DOCUMENT.index("<w:p>")
# Spans: a cell claiming more columns than any grid, in the roster's heading and everywhere.
variant("gridspan-max-int.docx", DOCUMENT[:heading_cell] + DOCUMENT[heading_cell:].replace(
    "<w:tcPr>", '<w:tcPr><w:gridSpan w:val="9223372036854775807"/>', 1))
variant("gridspan-every-cell.docx", DOCUMENT.replace("<w:tcPr>", '<w:tcPr><w:gridSpan w:val="2147483647"/>'))
variant("gridspan-not-a-number.docx", DOCUMENT.replace("<w:tcPr>", '<w:tcPr><w:gridSpan w:val="-7e99"/>'))
# Counts past the bounds of DocxReadLimits: refused with one line.
roster_row_end = DOCUMENT.index("</w:tr>", DOCUMENT.index(">" + ROSTER_HEADING + "<")) + len("</w:tr>")
row = "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>"
variant("rows-12k.docx", DOCUMENT[:roster_row_end] + row * 12_000 + DOCUMENT[roster_row_end:])
variant("cells-300.docx", DOCUMENT[:roster_row_end] + "<w:tr>" + "<w:tc><w:p/></w:tc>" * 300 + "</w:tr>"
        + DOCUMENT[roster_row_end:])
nested = "<w:tbl><w:tr><w:tc>" * 40 + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * 40
variant("tables-nested-40.docx", before("</w:body>", nested))
variant("tables-150k.docx", before("</w:body>", "".join(
    f'<w:tbl><w:tr w:rsidR="{os.urandom(4).hex()}"><w:tc><w:p/></w:tc></w:tr></w:tbl>' for _ in range(150_000))))
marks = "".join(f'<w:bookmarkStart w:id="{i}" w:name="x{i}"/><w:r><w:t>字</w:t></w:r><w:bookmarkEnd w:id="{i}"/>'
                for i in range(120_000))
variant("bookmarks-120k.docx", before("</w:body>", f"<w:p>{marks}</w:p>"))
# Large but within the bounds: read in linear time.
marks = "".join(f'<w:bookmarkStart w:id="{i}" w:name="y{i}"/><w:r><w:t>{"字" * 20}</w:t></w:r>'
                f'<w:bookmarkEnd w:id="{i}"/><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:fldChar w:fldCharType="end"/></w:r>' for i in range(60_000))
variant("bookmarks-60k-one-paragraph.docx", before("</w:body>", f"<w:p>{marks}</w:p>"))
names = "".join(f"<x:e{i}/>" for i in range(200_000))
variant("element-names-200k.docx", before("</w:body>", f'<w:p><x:block xmlns:x="urn:x">{names}</x:block></w:p>'))
variant("long-paragraph.docx", before("</w:body>", "<w:p><w:r><w:t>" + os.urandom(8 << 20).hex() + "</w:t></w:r></w:p>"),
        compression=zipfile.ZIP_STORED)
variant("vmerge-everywhere.docx", DOCUMENT.replace("<w:tcPr>", '<w:tcPr><w:vMerge/>'))
# Other parts, and other compression.
variant("core-properties-malformed.docx", parts={"docProps/core.xml": b"<cp:coreProperties><unclosed>"})
variant("document-lzma.docx", DOCUMENT, methods={"word/document.xml": zipfile.ZIP_LZMA})
