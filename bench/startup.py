#!/usr/bin/env python3
"""Benchmark: what every `shenbao` command pays before it starts working. `shenbao --version`
against a static Swift "hello" built here with the same toolchain and flags (`swiftc -O
-static-stdlib`), 200 runs each, interleaved: the median wall time, the ratio, and the peak RSS of
each; then the binary's size as built and stripped, and whether it carries the web server
(SwiftNIO, Hummingbird) or the whole of Foundation, read from its symbols with `nm`.

Targets: `--version` within 1.5x the hello, peak RSS at most 12 MB, the binary at most 45 MB
stripped and holding none of those symbols.

Run from the repository root after `make release`:

    python3 bench/startup.py [--runs 200]
"""
import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def spawn(command):
    """One run of `command`, output discarded: its wall time in seconds."""
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        start = time.perf_counter()
        pid = os.posix_spawn(command[0], command, os.environ,
                             file_actions=[(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)])
        _, status, _ = os.wait4(pid, 0)
        elapsed = time.perf_counter() - start
    finally:
        os.close(null)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{command[0]} exited {os.waitstatus_to_exitcode(status)}")
    return elapsed


def peak_rss(command):
    """The peak RSS in MiB of one run of `command`, as GNU time reports it: a child of a small C
    program, not of this Python process, whose pages a child counts as its own until it execs."""
    result = subprocess.run(["/usr/bin/time", "-f", "%M", *command], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, check=True)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def symbols(binary, *needles):
    """How many symbols of `binary` contain each of `needles`."""
    names = subprocess.run(["nm", binary], capture_output=True, text=True, check=True).stdout
    return {needle: names.count(needle) for needle in needles}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--binary", default=str(ROOT / ".build/release/shenbao"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shenbao-startup-") as folder:
        source = pathlib.Path(folder) / "hello.swift"
        source.write_text('print("hello")\n')
        hello = str(pathlib.Path(folder) / "hello")
        subprocess.run(["swiftc", "-O", "-static-stdlib", str(source), "-o", hello], check=True)
        ours, theirs = [], []
        for _ in range(args.runs):
            ours.append(spawn([args.binary, "--version"]))
            theirs.append(spawn([hello]))
        rss, base_rss = peak_rss([args.binary, "--version"]), peak_rss([hello])
        stripped = str(pathlib.Path(folder) / "shenbao-stripped")
        subprocess.run(["strip", "-o", stripped, args.binary], check=True)
        size, stripped_size = os.path.getsize(args.binary), os.path.getsize(stripped)
    found = symbols(args.binary, "NIO", "Hummingbird", "$s10Foundation", "Mustache")
    median = statistics.median(ours) * 1000
    base = statistics.median(theirs) * 1000
    print(f"{args.runs} runs each, interleaved, {os.cpu_count()} cores")
    print(f"  shenbao --version   median {median:6.2f} ms   peak RSS {rss:5.1f} MiB")
    print(f"  static Swift hello  median {base:6.2f} ms   peak RSS {base_rss:5.1f} MiB")
    print(f"  ratio: {median / base:.2f}x the hello (target 1.5x); peak RSS {rss:.1f} MiB (target 12 MB)")
    print(f"  binary: {size / 1e6:.1f} MB, {stripped_size / 1e6:.1f} MB stripped (target 45 MB)")
    print("  symbols: " + ", ".join(f"{name} {count}" for name, count in found.items()) + " (target: none)")
    failed = median > 1.5 * base or rss * 1.048576 > 12 or stripped_size > 45e6 or any(found.values())
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
