#!/usr/bin/env python3
"""What a clerk's spreadsheet and browser make of a summary: reads 汇总.csv (given as a file, or
as the data: link a served summary page offers) with Python's csv module, opens it in LibreOffice
Calc with formulas evaluated (as Excel and WPS do by default), and parses 汇总.html.

Usage: summary_cells.py CSV-OR-PAGE [HTML]

Prints one JSON object: every CSV cell, the cells that start as a formula would (= + - @, a tab
or CR, or their full-width forms), the cells Calc read as formulas, and — for the HTML — the
script elements, the attributes that run script (on…), and the page's text.
"""
import base64
import csv
import html.parser
import io
import json
import os
import re
import subprocess
import sys
import tempfile

import openpyxl

FORMULA_STARTS = tuple("=+-@\t\r＝＋－＠")


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts, self.handlers, self.text, self.links = 0, [], [], {}
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
            self.in_script = True
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.handlers.append(f"{tag}.{name}")
        if tag == "a" and dict(attrs).get("download"):
            self.links[dict(attrs)["download"]] = dict(attrs).get("href", "")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if not self.in_script:
            self.text.append(data)


def read_page(path):
    page = Page()
    with open(path, encoding="utf-8") as file:
        page.feed(file.read())
    return page


def main():
    source = sys.argv[1]
    result = {}
    if source.endswith(".html"):
        page = read_page(source)
        href = page.links.get("汇总.csv", "")
        data = base64.b64decode(href.split(",", 1)[1])
        result["served"] = {"scripts": page.scripts, "handlers": page.handlers, "text": "".join(page.text)}
    else:
        with open(source, "rb") as file:
            data = file.read()
    text = data.decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]
    result["cells"] = cells
    # A formula sign first, or after white space (an import that trims spaces), or after a
    # semicolon outside quotes (a spreadsheet splitting on ';' as Excel does in many locales).
    result["formulaLike"] = [cell for cell in cells if cell.lstrip(" \u00a0\u3000").startswith(FORMULA_STARTS)]
    semicolon = [cell for row in csv.reader(io.StringIO(text, newline=""), delimiter=";") for cell in row]
    result["formulaLikeBySemicolon"] = [cell for cell in semicolon if cell.lstrip(" ").startswith(FORMULA_STARTS)]
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "summary.csv")
        with open(path, "wb") as file:
            file.write(data)
        # UTF-8 (76), formulas evaluated as Calc does by default: split on commas; on commas with
        # spaces trimmed (the eleventh token); on semicolons with spaces trimmed.
        result["calcFormulas"] = []
        for index, options in enumerate(["44,34,76,1,,0,false,true,false,false,false,-1",
                                         "44,34,76,1,,0,false,true,false,false,true,-1",
                                         "59,34,76,1,,0,false,true,false,false,true,-1"]):
            out = os.path.join(folder, str(index))
            subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(folder, "profile"), "--headless",
                            "--convert-to", "xlsx", "--infilter=CSV:" + options, "--outdir", out, path],
                           check=True, capture_output=True, timeout=180)
            book = openpyxl.load_workbook(os.path.join(out, "summary.xlsx"))
            result["calcFormulas"] += [cell.value for row in book.active.iter_rows() for cell in row if cell.data_type == "f"]
            if index == 0:
                result["calcCells"] = sum(1 for row in book.active.iter_rows() for cell in row if cell.value is not None)
    if len(sys.argv) > 2:
        page = read_page(sys.argv[2])
        result["html"] = {"scripts": page.scripts, "handlers": page.handlers, "text": "".join(page.text)}
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
