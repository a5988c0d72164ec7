#!/usr/bin/env python3
"""Benchmark: a department's folder of filled forms read in one process. 300 distinct filled
forms (the generated applications, each rendered by `shenbao render`):
- `shenbao extract` of all 300 in one call (`-o DIR`, a draft each), on both cores and on one
  (`taskset -c 0`), against python-docx reading every table cell of the same 300 files in one
  Python process; the ratio, and the scaling from one core to two;
- `shenbao validate` of the 300 in one call against 300 calls of one each: the cost per document.

Targets: extract at least 20x python-docx and 1.8x faster on two cores than on one.

Run from the repository root after `make release`:

    python3 bench/extract_many.py [--count 300]
"""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

from timing import best, run_many

ROOT = pathlib.Path(__file__).resolve().parent.parent
READ_CELLS = ("import sys, docx\n"
              "cells = 0\n"
              "for path in sys.argv[1:]:\n"
              "    d = docx.Document(path)\n"
              "    cells += len([c.text for t in d.tables for r in t.rows for c in r.cells])\n"
              "print(cells)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--binary", default=str(ROOT / ".build/release/shenbao"))
    args = parser.parse_args()
    if shutil.which("taskset") is None:
        sys.exit("taskset (util-linux) is needed for the one-core run")
    with tempfile.TemporaryDirectory(prefix="shenbao-extract-many-") as folder:
        applications = pathlib.Path(folder) / "in"
        subprocess.run([sys.executable, str(ROOT / "scripts/make-applications.py"), str(applications), str(args.count)],
                       check=True, stdout=subprocess.DEVNULL)
        documents = []
        for draft in sorted(applications.glob("app-*/draft.yaml")):
            document = draft.parent / "申报书.docx"
            subprocess.run([args.binary, "render", str(draft), "-o", str(document)], check=True,
                           stderr=subprocess.DEVNULL)
            documents.append(str(document))
        out = pathlib.Path(folder) / "drafts"
        both = best([args.binary, "extract", *documents, "-o", str(out), "--force"])
        one = best(["taskset", "-c", "0", args.binary, "extract", *documents, "-o", str(out), "--force"])
        theirs = best([sys.executable, "-c", READ_CELLS, *documents], times=1)
        validate_one_call = best([args.binary, "validate", *documents], allowed=(0, 1))
        validate_each = run_many([[args.binary, "validate", document] for document in documents], allowed=(0, 1))
    count = len(documents)
    print(f"{count} distinct filled forms, {os.cpu_count()} cores")
    print(f"  shenbao extract, one call, two cores: {both:6.2f} s  ({both / count * 1000:.2f} ms a form)")
    print(f"  shenbao extract, one call, one core:  {one:6.2f} s  ({one / count * 1000:.2f} ms a form)")
    print(f"  python-docx, every table cell, one process: {theirs:6.2f} s  ({theirs / count * 1000:.2f} ms a form)")
    print(f"  ratio: shenbao is {theirs / both:.1f}x faster (target 20x); two cores {one / both:.2f}x one (target 1.8x)")
    print(f"  shenbao validate, one call:  {validate_one_call:6.2f} s  ({validate_one_call / count * 1000:.2f} ms a form)")
    print(f"  shenbao validate, a call each: {validate_each:6.2f} s  ({validate_each / count * 1000:.2f} ms a form)")
    sys.exit(0 if theirs / both >= 20 and one / both >= 1.8 else 1)


if __name__ == "__main__":
    main()
