#!/usr/bin/env python3
"""Benchmark: `shenbao extract` of the rendered example 200 times (the draft to standard output,
as extract writes it by default) against python-docx reading
every table cell of the same file 200 times, whole processes each time.

Run from the repository root after `make release`:

    python3 bench/extract_200.py [--count 200]
"""
import argparse
import os
import pathlib
import subprocess
import sys
import tempfile

from timing import run_many

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "forms/shanghai-ip-operations-2021/example/draft.yaml"
READ_CELLS = ("import sys, docx\n"
              "d = docx.Document(sys.argv[1])\n"
              "cells = [c.text for t in d.tables for r in t.rows for c in r.cells]\n"
              "print(len(cells))")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--binary", default=str(ROOT / ".build/release/shenbao"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shenbao-extract-") as folder:
        docx = f"{folder}/申报书.docx"
        subprocess.run([args.binary, "render", str(EXAMPLE), "-o", docx], check=True,
                       stderr=subprocess.DEVNULL)
        ours = run_many([[args.binary, "extract", docx] for _ in range(args.count)])
        theirs = run_many([[sys.executable, "-c", READ_CELLS, docx] for _ in range(args.count)])
    print(f"{args.count} reads of the rendered example, whole processes, {os.cpu_count()} cores")
    print(f"  shenbao extract (draft to stdout):   {ours:7.2f} s  ({ours / args.count * 1000:.1f} ms each)")
    print(f"  python-docx, every table cell:       {theirs:7.2f} s  ({theirs / args.count * 1000:.1f} ms each)")
    print(f"  ratio: shenbao is {theirs / ours:.1f}x faster")


if __name__ == "__main__":
    main()
