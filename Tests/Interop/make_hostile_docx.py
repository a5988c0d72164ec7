#!/usr/bin/env python3
"""Writes hostile DOCX files into FOLDER, each of which shenbao must refuse with exit code 2,
one line and no stack trace, within seconds and in bounded memory.

Usage: make_hostile_docx.py FOLDER
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
