#!/usr/bin/env python3
"""Benchmark: `shenbao serve` under people typing, on loopback.

- 50 simulated typists, each posting its whole draft (the bundled example, 9 KB) for validation
  once a second for 30 s, each on its own keep-alive connection: p50, p99 and the worst latency,
  against the target p99 of 20 ms.
- Saturation: every client posting back to back (`wrk`, 4 connections per core, 10 s): requests
  per second.
- The server's peak RSS over both (VmHWM), against the target of 100 MB.

Run from the repository root after `make release` (wrk from Debian's package of that name):

    python3 bench/serve_typists.py [--typists 50] [--seconds 30]
"""
import argparse
import http.client
import json
import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import threading
import time

from timing import serve

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "forms/shanghai-ip-operations-2021/example/draft.yaml"
FORM = "shanghai-ip-operations-2021"


def draft_json(port):
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("POST", "/api/forms/%s/draft" % FORM, body=EXAMPLE.read_bytes(),
                       headers={"Content-Type": "text/yaml"})
    body = connection.getresponse().read()
    connection.close()
    json.loads(body)
    return body


def typist(port, body, seconds, start_at, latencies, failures):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    path = "/api/forms/%s/validate" % FORM
    headers = {"Content-Type": "application/json"}
    tick = start_at
    while tick < start_at + seconds:
        delay = tick - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        began = time.perf_counter()
        try:
            connection.request("POST", path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                failures.append(response.status)
        except OSError as error:
            failures.append(str(error))
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        latencies.append(time.perf_counter() - began)
        tick += 1.0
    connection.close()


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def peak_rss_mib(pid):
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--typists", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--binary", default=str(ROOT / ".build/release/shenbao"))
    args = parser.parse_args()
    process, port = serve(args.binary)
    try:
        body = draft_json(port)
        latencies, failures, threads = [], [], []
        # The typists start spread over the first second, as people do.
        start_at = time.monotonic() + 0.5
        for index in range(args.typists):
            thread = threading.Thread(target=typist, args=(port, body, args.seconds,
                                                           start_at + index / args.typists, latencies, failures))
            thread.start()
            threads.append(thread)
        for thread in threads:
            thread.join()
        typing_rss = peak_rss_mib(process.pid)

        saturation = None
        if shutil.which("wrk"):
            with tempfile.TemporaryDirectory() as folder:
                script = pathlib.Path(folder) / "post.lua"
                body_file = pathlib.Path(folder) / "draft.json"
                body_file.write_bytes(body)
                script.write_text('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                                  'local f = io.open("%s", "rb")\nwrk.body = f:read("*a")\nf:close()\n' % body_file)
                connections = 4 * (os.cpu_count() or 1)
                out = subprocess.run(["wrk", "-t", str(os.cpu_count() or 1), "-c", str(connections), "-d", "10s",
                                      "-s", str(script), "http://127.0.0.1:%d/api/forms/%s/validate" % (port, FORM)],
                                     capture_output=True, text=True).stdout
                match = re.search(r"Requests/sec:\s+([\d.]+)", out)
                saturation = (float(match.group(1)) if match else 0.0, connections)
        peak = peak_rss_mib(process.pid)
    finally:
        process.terminate()
        process.wait()

    count = len(latencies)
    p50, p99, worst = (percentile(latencies, 0.5) * 1000, percentile(latencies, 0.99) * 1000, max(latencies) * 1000)
    print("%d typists, one full draft (%d bytes) each a second for %d s: %d requests, %d failed, %d cores"
          % (args.typists, len(body), args.seconds, count, len(failures), os.cpu_count() or 1))
    print("  latency p50 %6.2f ms   p99 %6.2f ms   worst %6.2f ms   -> p99 at %.2fx the 20 ms target"
          % (p50, p99, worst, p99 / 20))
    if saturation:
        print("  saturation (wrk, %d connections back to back): %.0f requests/s" % (saturation[1], saturation[0]))
    else:
        print("  saturation: wrk is not installed (apt-get install wrk)")
    print("  server peak RSS: %.1f MiB while typing, %.1f MiB in all   -> %.2fx the 100 MB target"
          % (typing_rss, peak, peak * 1.048576 / 100))


if __name__ == "__main__":
    main()
