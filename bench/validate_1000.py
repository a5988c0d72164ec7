#!/usr/bin/env python3
"""Benchmark: one `shenbao validate` over 1000 drafts against check-jsonschema validating the same
files against schemas/draft.schema.json (structure only).

Both run as whole processes on the same files in the same run; each is timed several times and the
median is reported, with the ratio. Run from the repository root after `make release`:

    python3 bench/validate_1000.py [--drafts 1000] [--runs 5]
"""
import argparse
import os
import pathlib
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "forms/shanghai-ip-operations-2021/example"
SCHEMA = ROOT / "schemas/draft.schema.json"
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(first17):
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


def make_drafts(folder, count):
    """`count` variations of the example (names, IDs, numbers), sharing its attachment folder."""
    shutil.copytree(EXAMPLE / "附件", folder / "附件")
    template = (EXAMPLE / "draft.yaml").read_text(encoding="utf-8")
    rng = random.Random(2021)
    paths = []
    for index in range(count):
        text = template.replace("上海高校知识产权运营促进中心建设项目", f"知识产权运营促进中心建设项目（第{index + 1}号）")
        old = "310112198811300550"
        new = id_number(f"3101121988{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 99):02d}{rng.choice('13579')}")
        text = text.replace(old, new)
        text = text.replace("keyUnits: 80", f"keyUnits: {rng.randint(50, 200)}")
        path = folder / f"draft-{index:04d}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def timed(command, runs, expect):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if result.returncode != expect:
            sys.exit(f"{command[0]} exited {result.returncode}: {result.stderr.decode()[:500]}")
    return statistics.median(times), min(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--binary", default=str(ROOT / ".build/release/shenbao"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shenbao-bench-") as temporary:
        folder = pathlib.Path(temporary)
        paths = make_drafts(folder, args.drafts)
        shenbao = [args.binary, "validate", "--format", "json", *paths]
        peer = [sys.executable, "-m", "check_jsonschema", "--schemafile", str(SCHEMA), *paths]
        ours, ours_best = timed(shenbao, args.runs, 0)
        theirs, theirs_best = timed(peer, args.runs, 0)
    print(f"{args.drafts} drafts, median of {args.runs} runs, {os.cpu_count()} cores")
    print(f"  shenbao validate (all rules, attachments read):  {ours:7.3f} s  (best {ours_best:.3f})")
    print(f"  check-jsonschema (structure only):               {theirs:7.3f} s  (best {theirs_best:.3f})")
    print(f"  ratio: shenbao is {theirs / ours:.1f}x faster")


if __name__ == "__main__":
    main()
