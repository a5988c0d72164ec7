#!/usr/bin/env python3
"""Edits a rendered form the way people and programs do, with python-docx.

Usage: edit_docx.py IN.docx OUT.docx EDIT [ARGUMENTS…]

EDIT is one of:
  roster          delete the roster's third member row and add a copy of the last row with a
                  new name, as a person edits the table
  bookmarks       move sb_unit_name's bookmark to the end of its cell, delete sb_unit_bank's,
                  and duplicate sb_cover_projectName into the plan's box
  marks           leave a tracked insertion and deletion, a comment reference, hidden text and
                  an empty field in the document, and type into a label cell
  relabel ANCHOR HEADING
                  retype the heading of the roster column whose anchor is ANCHOR
                  (sbc_members_specialty) as HEADING, as a person edits a heading
  lose-column ANCHOR HEADING
                  as relabel, and delete the column's anchor too, as copying the table into
                  another document does
  type-over ANCHOR TEXT
                  type TEXT into the placeholder of the cell holding ANCHOR, as Word does: the
                  placeholder goes, the typed runs take its place inside the content control
  type-beside ANCHOR TEXT
                  type TEXT after the placeholder, outside the content control, which still shows
  retype ANCHOR TEXT
                  replace what the paragraph holding ANCHOR says with TEXT, typed as Word
                  stores it: in two runs split mid-word, the bookmarks left where they were
"""
import copy
import sys

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

source, out, edit = sys.argv[1:4]
arguments = sys.argv[4:]
document = docx.Document(source)
body = document.element.body


def bookmark(name):
    return next(b for b in body.iter(qn("w:bookmarkStart")) if b.get(qn("w:name")) == name)


def run(text, hidden=False):
    element = OxmlElement("w:r")
    if hidden:
        properties = OxmlElement("w:rPr")
        properties.append(OxmlElement("w:vanish"))
        element.append(properties)
    t = OxmlElement("w:t")
    t.text = text
    element.append(t)
    return element


if edit == "roster":
    roster = next(t for t in document.tables if t.rows[0].cells[0].text == "项目组全部成员")
    rows = roster._tbl.findall(qn("w:tr"))
    roster._tbl.remove(rows[4])
    added = copy.deepcopy(rows[-1])
    for start in added.iter(qn("w:bookmarkStart")):
        start.getparent().remove(start)
    texts = list(added.iter(qn("w:t")))
    texts[1].text = "新成员"
    texts[2].text = "310101199001011237"
    roster._tbl.append(added)
elif edit == "bookmarks":
    name = bookmark("sb_unit_name")
    paragraph = name.getparent()
    paragraph.remove(name)
    paragraph.append(name)
    bank = bookmark("sb_unit_bank")
    bank.getparent().remove(bank)
    duplicate = copy.deepcopy(bookmark("sb_cover_projectName"))
    plan = bookmark("sb_plan").getparent()
    plan.insert(0, duplicate)
elif edit == "marks":
    paragraph = bookmark("sb_unit_businessScope").getparent()
    inserted = OxmlElement("w:ins")
    inserted.set(qn("w:id"), "901")
    inserted.set(qn("w:author"), "审阅人")
    inserted.append(run("（已修改）"))
    paragraph.append(inserted)
    deleted = OxmlElement("w:del")
    deleted.set(qn("w:id"), "902")
    deleted.set(qn("w:author"), "审阅人")
    removed = OxmlElement("w:r")
    text = OxmlElement("w:delText")
    text.text = "删去的字"
    removed.append(text)
    deleted.append(removed)
    paragraph.append(deleted)
    reference = OxmlElement("w:r")
    comment = OxmlElement("w:commentReference")
    comment.set(qn("w:id"), "0")
    reference.append(comment)
    paragraph.append(reference)
    paragraph.append(run("隐藏的字", hidden=True))
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " FILLIN ")
    paragraph.append(field)
    unit = next(t for t in document.tables if t.rows[0].cells[0].text == "申报单位")
    unit.rows[0].cells[0].paragraphs[0].add_run("上海")
elif edit in ("relabel", "lose-column"):
    anchor, heading = arguments
    start = bookmark(anchor)
    paragraph = start.getparent()
    for element in paragraph.findall(qn("w:r")):
        paragraph.remove(element)
    paragraph.append(run(heading))
    if edit == "lose-column":
        ends = [e for e in paragraph.iter(qn("w:bookmarkEnd")) if e.get(qn("w:id")) == start.get(qn("w:id"))]
        for element in [start] + ends:
            element.getparent().remove(element)
elif edit in ("type-over", "type-beside"):
    anchor, text = arguments
    paragraph = bookmark(anchor).getparent()
    control = paragraph.find(qn("w:sdt"))
    middle = len(text) // 2
    if edit == "type-over":
        properties = control.find(qn("w:sdtPr"))
        for element in properties.findall(qn("w:showingPlcHdr")) + properties.findall(qn("w:rPr")):
            properties.remove(element)
        content = control.find(qn("w:sdtContent"))
        for element in list(content):
            content.remove(element)
        content.append(run(text[:middle]))
        content.append(run(text[middle:]))
    else:
        paragraph.append(run(text[:middle]))
        paragraph.append(run(text[middle:]))
elif edit == "retype":
    anchor, text = arguments
    paragraph = bookmark(anchor).getparent()
    for element in paragraph.findall(qn("w:r")):
        paragraph.remove(element)
    middle = len(text) // 2
    paragraph.append(run(text[:middle]))
    paragraph.append(run(text[middle:]))
else:
    sys.exit(f"unknown edit {edit}")
document.save(out)
