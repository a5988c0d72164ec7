#!/usr/bin/env python3
"""Replaces the text between <!-- NAME:begin --> and <!-- NAME:end --> in FILE with CONTENT_FILE.

Usage: replace-between-markers.py FILE NAME CONTENT_FILE
"""
import os
import sys
import tempfile

path, name, content_path = sys.argv[1:4]
text = open(path, encoding="utf-8").read()
begin, end = f"<!-- {name}:begin -->\n", f"<!-- {name}:end -->"
start, stop = text.index(begin) + len(begin), text.index(end)
content = open(content_path, encoding="utf-8").read()
folder = os.path.dirname(os.path.abspath(path))
with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, delete=False) as out:
    out.write(text[:start] + content + text[stop:])
os.replace(out.name, path)
