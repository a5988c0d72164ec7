#!/usr/bin/env python3
"""Benchmark: `shenbao batch` of 1000 generated applications with small attachments, with one
job and with two, against `shenbao package` run 1000 times in a shell loop over the same folder.

Run from the repository root after `make release`:

    python3 bench/batch_1000.py [--count 1000]
"""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

from timing import run

ROOT = pathlib.Path(__file__).resolve().parent.parent
LOOP = """
set -e
for draft in "$1"/*/draft.yaml; do
  name=$(basename "$(dirname "$draft")")
  "$2" package "$draft" -o "$3/$name.zip" >/dev/null
done
"""


def bundles(folder):
    return sum(1 for name in os.listdir(folder) if name.endswith(".zip"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--binary", default=str(ROOT / ".build/release/shenbao"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shenbao-batch-") as work:
        applications = f"{work}/applications"
        subprocess.run([sys.executable, str(ROOT / "scripts/make-applications.py"), applications,
                        str(args.count)], check=True, stdout=subprocess.DEVNULL)
        figures = {}
        for jobs in (1, 2):
            out = f"{work}/batch-{jobs}"
            figures[jobs] = run([args.binary, "batch", applications, "-o", out, "--jobs", str(jobs)])
            if bundles(out) != args.count:
                sys.exit(f"batch --jobs {jobs} wrote {bundles(out)} bundles, not {args.count}")
            shutil.rmtree(out)
        out = f"{work}/loop"
        os.mkdir(out)
        loop = run(["bash", "-c", LOOP, "loop", applications, args.binary, out])
        if bundles(out) != args.count:
            sys.exit(f"the loop wrote {bundles(out)} bundles, not {args.count}")
    one, two = figures[1], figures[2]
    print(f"{args.count} applications (draft + 6 small attachments each), {os.cpu_count()} cores")
    print(f"  shenbao batch --jobs 1:             {one:7.2f} s  ({one / args.count * 1000:.1f} ms each)")
    print(f"  shenbao batch --jobs 2:             {two:7.2f} s  ({two / args.count * 1000:.1f} ms each)")
    print(f"  shell loop of shenbao package:      {loop:7.2f} s  ({loop / args.count * 1000:.1f} ms each)")
    print(f"  one core to two: {one / two:.2f}x; batch --jobs 2 against the loop: {loop / two:.1f}x faster")


if __name__ == "__main__":
    main()
