#!/usr/bin/env python3
"""Benchmark: `shenbao serve` under a flood of hostile drafts, on loopback.

The hostile draft is the bundled example with its members replaced by 30 000 copies of the
second member (name and ID number only): a body of about 1.7 MB, under the 2 MiB the server
accepts, every member a duplicate of every other. It is posted for validation
- 100 times one after another, then
- 100 times again, 10 at a time,
and after each phase, a second later, the server's resident memory is read. Targets: every
answer under 1 MB, and the server's RSS after the run within 2x its idle RSS (read after one
GET /). Also printed: p50, p99 and the worst latency per phase, and the peak RSS (VmHWM).
Exits 1 if a request failed or a target was missed.

Run from the repository root after `make release` (PyYAML for reading the example):

    python3 bench/serve_flood.py [--posts 100] [--concurrency 10] [--members 30000]
"""
import argparse
import http.client
import json
import pathlib
import sys
import threading
import time

import yaml

from timing import serve

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "forms/shanghai-ip-operations-2021/example/draft.yaml"
FORM = "shanghai-ip-operations-2021"
PATH = "/api/forms/%s/validate" % FORM
MB = 1_000_000


def hostile_draft(members):
    draft = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    second = draft["members"][1]
    draft["members"] = [{"name": second["name"], "idNumber": second["idNumber"]} for _ in range(members)]
    return json.dumps(draft, ensure_ascii=False, default=str).encode("utf-8")


def rss_mib(pid, field="VmRSS"):
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def post(port, body, results):
    """One request on a connection of its own: (seconds, answer bytes, status or error)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    began = time.perf_counter()
    try:
        connection.request("POST", PATH, body=body, headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        answer = response.read()
        results.append((time.perf_counter() - began, len(answer), response.status))
    except OSError as error:
        results.append((time.perf_counter() - began, 0, str(error)))
    finally:
        connection.close()


def flood(port, body, posts, concurrency):
    results, lock, remaining = [], threading.Lock(), [posts]

    def worker():
        while True:
            with lock:
                if remaining[0] == 0:
                    return
                remaining[0] -= 1
            post(port, body, results)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=str(ROOT / ".build/release/shenbao"))
    parser.add_argument("--posts", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--members", type=int, default=30000)
    args = parser.parse_args()
    body = hostile_draft(args.members)
    process, port = serve(args.binary)
    phases = []
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/")
        connection.getresponse().read()
        connection.close()
        time.sleep(0.5)
        idle = rss_mib(process.pid)
        for name, concurrency in (("one at a time", 1), ("%d at a time" % args.concurrency, args.concurrency)):
            results = flood(port, body, args.posts, concurrency)
            time.sleep(1)
            phases.append((name, results, rss_mib(process.pid)))
        peak = rss_mib(process.pid, "VmHWM")
    finally:
        process.terminate()
        process.wait()

    print("%d members, one draft of %d bytes, posted %d times per phase; idle RSS %.1f MiB"
          % (args.members, len(body), args.posts, idle))
    print("  %-15s %9s %9s %9s %12s %8s %10s %7s"
          % ("phase", "p50 ms", "p99 ms", "max ms", "answer max", "failed", "RSS MiB", "x idle"))
    failed, largest = 0, 0
    for name, results, after in phases:
        latencies = [seconds * 1000 for seconds, _, _ in results]
        answer = max(size for _, size, _ in results)
        bad = [status for _, _, status in results if status != 200]
        failed, largest = failed + len(bad), max(largest, answer)
        print("  %-15s %9.1f %9.1f %9.1f %12d %8d %10.1f %7.2f"
              % (name, percentile(latencies, 0.5), percentile(latencies, 0.99), max(latencies), answer, len(bad),
                 after, after / idle))
        if bad:
            print("    failures: %s" % ", ".join(sorted({str(status) for status in bad})))
    final = phases[-1][2]
    print("  server peak RSS (VmHWM): %.1f MiB (%.2fx idle)" % (peak, peak / idle))
    targets = [("every answer under 1 MB (largest %d bytes)" % largest, largest < MB),
               ("RSS after the run within 2x idle (%.1f / %.1f MiB = %.2fx)" % (final, idle, final / idle),
                final <= 2 * idle),
               ("no request failed (%d failed)" % failed, failed == 0)]
    for text, ok in targets:
        print("%s  %s" % ("PASS" if ok else "FAIL", text))
    sys.exit(0 if all(ok for _, ok in targets) else 1)


if __name__ == "__main__":
    main()
