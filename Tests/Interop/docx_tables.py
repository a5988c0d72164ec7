#!/usr/bin/env python3
"""Prints what python-docx reads from a DOCX: every body paragraph and every table cell, as JSON.

Usage: docx_tables.py FILE.docx
"""
import json
import sys

import docx

document = docx.Document(sys.argv[1])
print(json.dumps({
    "paragraphs": [paragraph.text for paragraph in document.paragraphs],
    "tables": [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables],
    "sections": [{"width": section.page_width, "height": section.page_height,
                  "left": section.left_margin, "right": section.right_margin,
                  "top": section.top_margin, "bottom": section.bottom_margin}
                 for section in document.sections],
}, ensure_ascii=False))
