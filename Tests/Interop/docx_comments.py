#!/usr/bin/env python3
"""Prints, as JSON, what python-docx and lxml see of a document's comments: each comment's text
and the text of the table cell (or paragraph) its range starts in, and the document's whole text.

Usage: docx_comments.py FILE.docx
"""
import json
import sys
import zipfile

import docx
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
path = sys.argv[1]
document = docx.Document(path)  # python-docx opens it
body = document.element.body
archive = zipfile.ZipFile(path)
comments = {}
if "word/comments.xml" in archive.namelist():
    root = etree.fromstring(archive.read("word/comments.xml"))
    for comment in root.findall("w:comment", NS):
        comments[comment.get(f"{{{W}}}id")] = "".join(comment.itertext())


def text(element):
    return "".join(t.text or "" for t in element.iter(f"{{{W}}}t"))


anchored = []
for start in body.iter(f"{{{W}}}commentRangeStart"):
    identifier = start.get(f"{{{W}}}id")
    holder = next((a for a in start.iterancestors() if a.tag in (f"{{{W}}}tc", f"{{{W}}}p")), None)
    cell = next((a for a in start.iterancestors() if a.tag == f"{{{W}}}tc"), holder)
    anchored.append({"id": identifier, "comment": comments.get(identifier, ""),
                     "cell": text(cell) if cell is not None else ""})
references = sum(1 for _ in body.iter(f"{{{W}}}commentReference"))
print(json.dumps({"comments": anchored, "references": references, "text": text(body)}, ensure_ascii=False))
