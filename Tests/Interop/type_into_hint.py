#!/usr/bin/env python3
"""Types into a box's grey hint paragraph the way a person does in Word, with python-docx.

usage: type_into_hint.py IN.docx OUT.docx BOOKMARK MODE TEXT

The box is the table cell holding the bookmark. MODE says what the person did:
  over   deleted the empty paragraph below the hint, and typed over the hint's text
  after  deleted the empty paragraph below the hint, and typed after the hint's text
Whatever paragraph of the cell the bookmark was in goes with the deleted paragraph, as when a
paragraph is cut: only what is left in the cell can tell the reader whose text it is.
"""
import sys

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

source, out, name, mode, text = sys.argv[1:6]
document = docx.Document(source)
body = document.element.body
start = next(b for b in body.iter(qn("w:bookmarkStart")) if b.get(qn("w:name")) == name)
cell = start
while cell.tag != qn("w:tc"):
    cell = cell.getparent()
hint, *rest = cell.findall(qn("w:p"))
for paragraph in rest:
    cell.remove(paragraph)
if mode == "over":
    for run in hint.findall(qn("w:r")):
        hint.remove(run)
run = OxmlElement("w:r")
t = OxmlElement("w:t")
t.text = text
run.append(t)
hint.append(run)
document.save(out)
