#!/usr/bin/env python3
"""Writes a copy of a rendered form whose Chinese fonts are named by the faces LibreOffice should
fall back to — Noto Serif CJK SC for 宋体 (SimSun), Noto Sans CJK SC for 黑体 (SimHei) — and,
with --japanese, the Japanese faces and language instead: the references a print test compares
the form's own pages with.

Usage: name_cjk_faces.py IN.docx OUT.docx [--japanese]
"""
import sys
import zipfile

source, out = sys.argv[1:3]
japanese = "--japanese" in sys.argv[3:]
region = "JP" if japanese else "SC"
swaps = [("SimSun", f"Noto Serif CJK {region}"), ("SimHei", f"Noto Sans CJK {region}")]
if japanese:
    swaps.append(('w:eastAsia="zh-CN"', 'w:eastAsia="ja-JP"'))
with zipfile.ZipFile(source) as archive, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
    for item in archive.infolist():
        data = archive.read(item.filename)
        if item.filename in ("word/styles.xml", "word/document.xml", "word/fontTable.xml", "word/settings.xml"):
            text = data.decode("utf-8")
            for old, new in swaps:
                text = text.replace(old, new)
            data = text.encode("utf-8")
        copy.writestr(item, data)
