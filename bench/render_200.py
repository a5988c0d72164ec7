#!/usr/bin/env python3
"""Benchmark: rendering the example form 200 times with `shenbao render` against python-docx
building the same tables 200 times, whole processes each time; and the peak memory of one render.

Run from the repository root after `make release`:

    python3 bench/render_200.py [--count 200]
"""
import argparse
import os
import pathlib
import sys
import tempfile

from timing import peak_rss_mib, run_many

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "forms/shanghai-ip-operations-2021/example/draft.yaml"
FORM = ROOT / "forms/shanghai-ip-operations-2021/form.yaml"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--binary", default=str(ROOT / ".build/release/shenbao"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shenbao-render-") as folder:
        ours = [[args.binary, "render", str(EXAMPLE), "-o", f"{folder}/s{i}.docx"] for i in range(args.count)]
        theirs = [[sys.executable, str(ROOT / "bench/python_docx_form.py"), str(EXAMPLE), str(FORM),
                   f"{folder}/p{i}.docx"] for i in range(args.count)]
        ours_time = run_many(ours)
        theirs_time = run_many(theirs)
        rss = peak_rss_mib([args.binary, "render", str(EXAMPLE), "-o", f"{folder}/rss.docx"])
        peer_rss = peak_rss_mib(theirs[0][:-1] + [f"{folder}/rss.p.docx"])
    print(f"{args.count} renders of the example, whole processes, {os.cpu_count()} cores")
    print(f"  shenbao render:             {ours_time:7.2f} s  ({ours_time / args.count * 1000:.1f} ms each)")
    print(f"  python-docx, same tables:   {theirs_time:7.2f} s  ({theirs_time / args.count * 1000:.1f} ms each)")
    print(f"  ratio: shenbao is {theirs_time / ours_time:.1f}x faster")
    print(f"  peak RSS of one render: shenbao {rss:.1f} MiB, python-docx {peer_rss:.1f} MiB")


if __name__ == "__main__":
    main()
