#!/usr/bin/env python3
"""Benchmark: packaging an application with 1 GiB of attachments, and verifying the bundle.

- `shenbao package` against the floor (`sha256sum` plus `cp` of the same files) and against
  `bagit.py` making a bag (SHA-256 only) plus `zip -r -0`; and its peak RSS.
- `shenbao verify` on the bundle against its floor — hashing the same attachment files once with
  SHA-256 (`sha256sum`, and `openssl dgst -sha256`, libcrypto's SHA-256 that shenbao uses) — and
  against `bagit.py --validate` on the unpacked bag; and its peak RSS. Each of these is the best
  of three runs.

The attachments are four 256 MiB PDF files the script makes; every command runs on warm files
(read once beforehand). Run from the repository root after `make release`:

    python3 bench/package_1gib.py [--mib 1024] [--files 4]
"""
import argparse
import os
import pathlib
import shutil
import tempfile

from timing import best, peak_rss_mib, run

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "forms/shanghai-ip-operations-2021/example"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=1024, help="total size of the large attachments")
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--binary", default=str(ROOT / ".build/release/shenbao"))
    args = parser.parse_args()
    binary = args.binary
    with tempfile.TemporaryDirectory(prefix="shenbao-bench-", dir=os.environ.get("BENCH_DIR")) as temporary:
        work = pathlib.Path(temporary)
        draft_folder = work / "application"
        shutil.copytree(EXAMPLE, draft_folder)
        big = []
        chunk = os.urandom(1 << 20)
        for index in range(args.files):
            path = draft_folder / "附件" / f"大文件{index + 1}.pdf"
            with open(path, "wb") as out:
                out.write(b"%PDF-1.4\n")
                for block in range(args.mib // args.files):
                    out.write(chunk[block % 7:] + chunk[:block % 7])
            big.append(path)
        draft = draft_folder / "draft.yaml"
        text = draft.read_text(encoding="utf-8")
        for path in big:
            text += f"  - category: other\n    path: 附件/{path.name}\n    title: {path.stem}\n"
        draft.write_text(text, encoding="utf-8")
        files = sorted((draft_folder / "附件").iterdir())
        total = sum(f.stat().st_size for f in files)
        for f in files:  # warm the page cache
            with open(f, "rb") as handle:
                while handle.read(1 << 24):
                    pass

        copy_folder = work / "copy"
        copy_folder.mkdir()
        floor = run(["sha256sum", *map(str, files)]) + run(["cp", *map(str, files), str(copy_folder)])
        bundle = work / "bundle.zip"
        ours = run([binary, "package", str(draft), "-o", str(bundle)])
        rss = peak_rss_mib([binary, "package", str(draft), "-o", str(work / "rss.zip")])

        bag = work / "bag"
        shutil.copytree(draft_folder / "附件", bag, copy_function=os.link)
        bagit_time = run(["bagit.py", "--sha256", "--processes", "1", "--quiet", str(bag)])
        zip_time = run(["zip", "-r", "-0", "-q", str(work / "bag.zip"), bag.name], cwd=work)

        # The floor of verifying: hashing the payload once, the same files, warm.
        verify_floor = best(["sha256sum", *map(str, files)])
        libcrypto_floor = best(["openssl", "dgst", "-sha256", *map(str, files)]) if shutil.which("openssl") else None
        verify = best([binary, "verify", str(bundle)])
        verify_rss = peak_rss_mib([binary, "verify", str(bundle)])
        unpacked = work / "unpacked"
        run(["unzip", "-q", str(bundle), "-d", str(unpacked)])
        bag_root = next(unpacked.iterdir())
        bagit_validate = best(["bagit.py", "--validate", "--processes", "1", "--quiet", str(bag_root)])

    print(f"{len(files)} attachments, {total / (1 << 30):.2f} GiB, warm cache, {os.cpu_count()} cores")
    print(f"  shenbao package:            {ours:6.2f} s   peak RSS {rss:.1f} MiB")
    print(f"  floor (sha256sum + cp):     {floor:6.2f} s   -> shenbao at {ours / floor:.2f}x the floor")
    print(f"  bagit.py + zip -r -0:       {bagit_time + zip_time:6.2f} s   ({bagit_time:.2f} + {zip_time:.2f})"
          f"   -> shenbao {(bagit_time + zip_time) / ours:.2f}x faster")
    print(f"  shenbao verify:             {verify:6.2f} s   peak RSS {verify_rss:.1f} MiB")
    print(f"  floor (sha256sum):          {verify_floor:6.2f} s   -> verify at {verify / verify_floor:.2f}x the floor")
    if libcrypto_floor is not None:
        print(f"  openssl dgst -sha256:       {libcrypto_floor:6.2f} s   -> verify at {verify / libcrypto_floor:.2f}x it")
    print(f"  bagit.py --validate:        {bagit_validate:6.2f} s   -> {bagit_validate / verify_floor:.2f}x the floor,"
          f" shenbao {bagit_validate / verify:.2f}x faster")


if __name__ == "__main__":
    main()
