#!/usr/bin/env python3
"""Fills the blank template the way a person types into Word, with python-docx.

Usage: fill_template.py TEMPLATE.docx OUT.docx VALUES.json

VALUES maps bookmark names (sb_unit_name …) to the text to type into the cell or paragraph the
bookmark is in. Each value is typed as several runs; some cells get an extra empty paragraph
after them and a full-width space before, as people leave them; the template's grey hints are
deleted as a person selects and types over them. The special name "address" types the address
and postcode together into their one cell.
"""
import copy
import json
import sys

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

template, out, values_path = sys.argv[1:4]
values = json.load(open(values_path, encoding="utf-8"))
document = docx.Document(template)
body = document.element.body


def paragraph_of(bookmark):
    node = bookmark
    while node is not None and node.tag != qn("w:p"):
        node = node.getparent()
    return node


def type_into(paragraph, text, index):
    for run in paragraph.findall(qn("w:r")):
        paragraph.remove(run)
    if index % 3 == 0:
        text = "\u3000" + text
    pieces = [text[i:i + 3] for i in range(0, len(text), 3)] or [""]
    for piece in pieces:
        run = OxmlElement("w:r")
        if index % 2 == 0:
            properties = OxmlElement("w:rPr")
            properties.append(OxmlElement("w:b"))
            run.append(properties)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = piece
        run.append(t)
        paragraph.append(run)
    if index % 4 == 1:
        paragraph.addnext(OxmlElement("w:p"))


starts = {b.get(qn("w:name")): b for b in body.iter(qn("w:bookmarkStart"))}
for index, (name, text) in enumerate(sorted(values.items())):
    bookmark = starts["sb_unit_address" if name == "address" else name]
    type_into(paragraph_of(bookmark), text, index)
document.save(out)
