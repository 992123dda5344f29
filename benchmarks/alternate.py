#!/usr/bin/env python3
"""Times two or more builds of newsletter-lint on the same command, alternating them, and prints
the median, mean and best wall time of each (milliseconds). Alternating matters on a machine whose
speed drifts: every build sees the same slow and fast minutes.

    python3 benchmarks/alternate.py [--runs N] BUILD... -- ARGUMENTS...
    python3 benchmarks/alternate.py --runs 20 /tmp/native/newsletter-lint /tmp/r2r/newsletter-lint -- lint /tmp/synth1000 --format msbuild

A BUILD is an executable; its output is discarded. Runs from the current folder.
"""
import statistics
import subprocess
import sys
import time


def main(argv):
    runs = 20
    if argv[:1] == ["--runs"]:
        runs = int(argv[1])
        argv = argv[2:]
    if "--" not in argv:
        sys.exit(__doc__)
    split = argv.index("--")
    builds, arguments = argv[:split], argv[split + 1:]
    if not builds:
        sys.exit(__doc__)
    times = {build: [] for build in builds}
    for _ in range(runs):
        for build in builds:
            start = time.perf_counter()
            subprocess.run([build] + arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            times[build].append((time.perf_counter() - start) * 1000)
    for build in builds:
        t = times[build]
        print(f"{build}: median {statistics.median(t):.0f} ms, mean {statistics.mean(t):.0f} ms, best {min(t):.0f} ms ({runs} runs)")


if __name__ == "__main__":
    main(sys.argv[1:])
