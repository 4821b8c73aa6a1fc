#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
# SPDX-License-Identifier: GPL-2.0-or-later
"""A hostile log: one line of SIZE_MIB random bytes without a newline, as a guest printing
`tr -d '\\n' </dev/urandom` leaves. The engine (open, first screen, index, a literal and a regex
search) side by side with wc -l and grep -c on the same file.

    bench/bootlog/run-longline.py BUILD_DIR [SIZE_MIB]

Prints every command's wall time with a warm page cache, and the engine's own figures: its peak
RSS (VmHWM) after opening and indexing, and after searching. (wait4's ru_maxrss is not used: on
this machine it reports the forking Python process's size for every child.)
"""
import os
import subprocess
import sys
import time


def run(argv):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, out.decode(errors="replace")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    build = sys.argv[1]
    size_mib = int(sys.argv[2]) if len(sys.argv) > 2 else 256
    path = os.path.join(build, "benchdata", "oneline-%d.log" % size_mib)
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as out, open("/dev/urandom", "rb") as rnd:
            left = size_mib << 20
            while left > 0:
                block = rnd.read(min(left, 1 << 20)).replace(b"\n", b"x")
                out.write(block)
                left -= len(block)
    with open(path, "rb") as f:  # warm the page cache
        while f.read(1 << 24):
            pass
    rows = [
        ("vcv_bootlog_bench", [os.path.join(build, "bench/bootlog/vcv_bootlog_bench"), path, "Kernel panic", "Call Trace|Oops"]),
        ("wc -l", ["wc", "-l", path]),
        ("grep -c (literal)", ["grep", "-c", "-F", "Kernel panic", path]),
        ("grep -cE (regex)", ["grep", "-c", "-E", "Call Trace|Oops", path]),
    ]
    print("| command | wall s |")
    print("|---|---|")
    engine = ""
    for name, argv in rows:
        seconds, out = run(argv)
        if name == "vcv_bootlog_bench":
            engine = out
        print("| %s | %.3f |" % (name, seconds))
    print()
    print("```")
    print(engine.strip())
    print("```")
    return 0


if __name__ == "__main__":
    sys.exit(main())
