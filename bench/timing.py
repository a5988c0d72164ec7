"""Timing and memory helpers shared by the benchmarks: whole processes, output discarded, a
failing command ends the benchmark with its first lines of standard error."""
import re
import subprocess
import sys
import time


def run(command, **kwargs):
    """Runs `command` once; the wall time in seconds."""
    return run_many([command], **kwargs)


def best(command, times=3, **kwargs):
    """The shortest wall time of `times` runs of `command`, in seconds: on a machine doing other
    work as well, the run it disturbed least."""
    return min(run(command, **kwargs) for _ in range(times))


def run_many(commands, allowed=(0,), **kwargs):
    """Runs `commands` one after another; the wall time of all of them, in seconds. An exit code
    not `allowed` ends the benchmark."""
    start = time.perf_counter()
    for command in commands:
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
        if result.returncode not in allowed:
            sys.exit(f"{command[0]} exited {result.returncode}: {result.stderr.decode()[:400]}")
    return time.perf_counter() - start


def peak_rss_mib(command):
    """The peak resident set size of one run of `command`, measured in a fresh child."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
             "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True)
    return int(out.stdout) / 1024


def serve(binary):
    """Starts `binary serve` on a free loopback port; the process and the port it printed."""
    process = subprocess.Popen([binary, "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    line = process.stdout.readline()
    port = int(re.search(r":(\d+)/", line).group(1))
    return process, port
