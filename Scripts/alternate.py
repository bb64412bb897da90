#!/usr/bin/env python3
"""Wall-time comparison of two commands run alternately, for figures on a noisy machine.

    Scripts/alternate.py RUNS 'COMMAND A' 'COMMAND B' [LABEL]

Runs A and B once each to warm up, then RUNS times each, A then B, so that both see the same load over
time; prints the medians, the minima and the ratios B/A. hyperfine runs one command's runs before the
other's, and on this shared machine the load moves between them; used in BENCHMARKS.md for the
17 MB files against the orjson floor. Output and exit codes of the commands are ignored.
"""

import shlex
import statistics
import subprocess
import sys
import time


def run(command):
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    runs = int(sys.argv[1])
    first, second = shlex.split(sys.argv[2]), shlex.split(sys.argv[3])
    label = sys.argv[4] if len(sys.argv) > 4 else ""
    run(first)
    run(second)
    times = ([], [])
    for _ in range(runs):
        times[0].append(run(first))
        times[1].append(run(second))
    medians = [statistics.median(t) * 1000 for t in times]
    minima = [min(t) * 1000 for t in times]
    print(
        f"{label}{' ' if label else ''}A median {medians[0]:.1f} ms (min {minima[0]:.1f}), "
        f"B median {medians[1]:.1f} ms (min {minima[1]:.1f}); B/A {medians[1] / medians[0]:.3f} "
        f"(minima {minima[1] / minima[0]:.3f}); {runs} runs each"
    )


if __name__ == "__main__":
    main()
