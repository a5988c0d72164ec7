#!/usr/bin/env python3
"""Prints the lines of a PDF as poppler lays them out, one JSON array per page, each line the
text of its words without the spaces between them: what a reader sees on one line.

usage: pdf_lines.py FILE.pdf
"""
import json
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

NAMESPACE = "{http://www.w3.org/1999/xhtml}"


def pages(path):
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", path, "-"],
                           check=True, capture_output=True).stdout
    root = ElementTree.fromstring(xhtml)
    result = []
    for page in root.iter(NAMESPACE + "page"):
        width, height = float(page.get("width")), float(page.get("height"))
        lines = ["".join(word.text or "" for word in line.iter(NAMESPACE + "word"))
                 for line in page.iter(NAMESPACE + "line")]
        result.append({"landscape": width > height, "lines": lines})
    return result


if __name__ == "__main__":
    json.dump(pages(sys.argv[1]), sys.stdout, ensure_ascii=False)
