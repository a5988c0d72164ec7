#!/usr/bin/env python3
"""Unpacks every bundle in FOLDER with Python's zipfile and validates the bag with bagit-python;
prints a JSON object: bundle name (without .zip) → true when bagit-python finds the bag valid.

Usage: bagit_verdicts.py FOLDER
"""
import json
import logging
import os
import sys
import tempfile
import zipfile

import bagit

logging.disable(logging.CRITICAL)
folder = sys.argv[1]
verdicts = {}
for name in sorted(os.listdir(folder)):
    if not name.endswith(".zip"):
        continue
    with tempfile.TemporaryDirectory() as unpacked:
        try:
            with zipfile.ZipFile(os.path.join(folder, name)) as archive:
                archive.extractall(unpacked)
            roots = os.listdir(unpacked)
            valid = len(roots) == 1 and bagit.Bag(os.path.join(unpacked, roots[0])).is_valid()
        except (bagit.BagError, zipfile.BadZipFile, OSError, ValueError):
            valid = False
    verdicts[name[:-4]] = valid
json.dump(verdicts, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
print()
