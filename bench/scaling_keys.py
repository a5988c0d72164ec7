#!/usr/bin/env python3
"""Benchmark: reading is linear in the input. `shenbao validate` of drafts with 10k, 50k and
100k keys (the last the most a draft may hold: 100 000 values, its form key included), and
`shenbao verify` of bundles carrying each as their draft, re-sealed so only the draft differs.
Prints the time per key at each size; linear reading keeps it flat (within ±30 %).

Each key is like the denial-of-service draft it guards against: ~99,000 keys in 7.6 MB.

Run from the repository root after `make release`:

    python3 bench/scaling_keys.py [--runs 3]
"""
import argparse
import hashlib
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "forms/shanghai-ip-operations-2021/example/draft.yaml"
SIZES = [10_000, 50_000, 99_998]
FLAT = 0.30


def draft(keys):
    return "form: shanghai-ip-operations-2021\n" + "".join(
        f"key_{i:06d}_{'x' * 24}: {'v' * 36}\n" for i in range(keys))


def bundle_with(source, target, text):
    """The bundle `source` with its draft replaced by `text`, manifests and Payload-Oxum re-made."""
    with zipfile.ZipFile(source) as archive:
        files = [(info.filename, archive.read(info)) for info in archive.infolist()]
    root = files[0][0].split("/")[0] + "/"
    files = [(name, text.encode() if name.endswith("data/申报书.yaml") else data) for name, data in files]
    payload = sorted((name[len(root):], data) for name, data in files if name.startswith(root + "data/"))

    def manifest(entries):
        return "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in entries).encode()

    tags = {}
    for name, data in files:
        relative = name[len(root):]
        if relative == "manifest-sha256.txt":
            data = manifest(payload)
        if relative == "bag-info.txt":
            lines = [line for line in data.decode().splitlines() if not line.startswith("Payload-Oxum:")]
            lines.append(f"Payload-Oxum: {sum(len(d) for _, d in payload)}.{len(payload)}")
            data = ("\n".join(lines) + "\n").encode()
        tags[relative] = data
    tags["tagmanifest-sha256.txt"] = manifest(sorted(
        (name, data) for name, data in tags.items() if "/" not in name and not name.startswith("tagmanifest")))
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative, data in tags.items():
            archive.writestr(root + relative, data)


def timed(command, runs):
    """The median wall time of `runs` runs; exit 1 (findings) is what these inputs give."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            sys.exit(f"{' '.join(command)} exited {result.returncode}: {result.stderr.decode()[:400]}")
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--binary", default=str(ROOT / ".build/release/shenbao"))
    args = parser.parse_args()
    results = {"validate": [], "verify": []}
    with tempfile.TemporaryDirectory(prefix="shenbao-scaling-") as folder:
        example = pathlib.Path(folder) / "example"
        subprocess.run(["cp", "-R", str(EXAMPLE.parent), str(example)], check=True)
        good = f"{folder}/good.zip"
        subprocess.run([args.binary, "package", str(example / "draft.yaml"), "-o", good],
                       check=True, stdout=subprocess.DEVNULL)
        for keys in SIZES:
            text = draft(keys)
            path = f"{folder}/keys-{keys}.yaml"
            pathlib.Path(path).write_text(text)
            bundle = f"{folder}/keys-{keys}.zip"
            bundle_with(good, bundle, text)
            results["validate"].append((keys, len(text.encode()), timed([args.binary, "validate", path], args.runs)))
            results["verify"].append((keys, pathlib.Path(bundle).stat().st_size,
                                      timed([args.binary, "verify", bundle], args.runs)))
    print(f"Time per key, median of {args.runs} runs, release binary")
    flat = True
    for command, rows in results.items():
        per_key = [seconds / keys * 1e6 for keys, _, seconds in rows]
        spread = max(per_key) / min(per_key) - 1
        flat = flat and spread <= FLAT
        for (keys, size, seconds), micro in zip(rows, per_key):
            print(f"  shenbao {command:8} {keys:7,} keys ({size / 1e6:5.1f} MB): {seconds:6.2f} s  {micro:6.1f} µs/key")
        print(f"  {command}: per-key spread {spread * 100:.0f} % ({'flat' if spread <= FLAT else 'NOT flat'}, limit ±{FLAT * 100:.0f} %)")
    sys.exit(0 if flat else 1)


if __name__ == "__main__":
    main()
