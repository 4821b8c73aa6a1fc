#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
# SPDX-License-Identifier: GPL-2.0-or-later
# bench/responsiveness/first_half_second.py BUILD_DIR [--starts N] LABEL=COMMAND ...
#
# A window's first half second, over many starts. run.py measures whole scenarios, one start
# each; the first frame varies so much from start to start (Qt's backing store filling a fresh
# shared-memory image, the X server taking it in) that one start says little about it. Each
# LABEL=COMMAND is started N times (default 12), the commands in turn, under one Xvfb without a
# window manager, and pinged every 10 ms by vcv-wm-ping from the moment its window maps, as in
# run.py. Prints, per command, the longest answer in each start's first 0.5 s, their median and
# how many starts went over the goal. {build} in a command is BUILD_DIR. No libvirt host is set
# up: give commands that need none, for example (inside the Debian 13 root)
#
#   tools/devenv run python3 bench/responsiveness/first_half_second.py build/ci \
#       "bare={build}/bench/responsiveness/vcv-bare-window" \
#       "window={build}/app/virt-console-viewer -c test:///default" \
#       "with a tab={build}/app/virt-console-viewer -c test:///default test"
#
# The last opens a console tab in the first half second, as a session restored on a local
# connection does (test:///default has no console to attach: the tab says so).
import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import run  # noqa: E402  (the pinger, the environment and the goal are run.py's)


def longest_in_first_half_second(pinged):
    mapped = pinged.mapped_ns()
    if not mapped:
        return None
    lat = pinged.latencies(mapped, mapped + run.STARTUP_NS)
    return max(lat) if lat else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--starts", type=int, default=12)
    ap.add_argument("commands", nargs="+", metavar="LABEL=COMMAND")
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    run.PINGER = os.path.join(build, "bench", "responsiveness", "vcv-wm-ping")
    commands = []
    for spec in args.commands:
        label, sep, command = spec.partition("=")
        if not sep or not command.strip():
            ap.error("not LABEL=COMMAND: " + spec)
        commands.append((label, command.replace("{build}", build).split()))

    work = tempfile.mkdtemp(prefix="first-half-second-")
    xvfb = run.start_xvfb()
    results = {label: [] for label, _ in commands}
    try:
        for n in range(args.starts):
            for i, (label, argv) in enumerate(commands):
                home = os.path.join(work, "home-%d-%d" % (i, n))
                pinged = run.Pinged(argv, run.app_env(dict(os.environ), home), work, "start-%d-%d" % (i, n))
                time.sleep(3)  # mapped, past its first half second, settled
                pinged.stop()
                results[label].append(longest_in_first_half_second(pinged))
                shutil.rmtree(home, ignore_errors=True)
                time.sleep(0.5)
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(work, ignore_errors=True)

    print("| command | longest answer in the first 0.5 s of each start (ms) | median | over %d ms |" % run.GOAL_MS)
    print("|---|---|---|---|")
    for label, values in results.items():
        measured = [v for v in values if v is not None]
        cells = " ".join("no window" if v is None else "%.0f" % v for v in values)
        median = "%.0f" % statistics.median(measured) if measured else "—"
        over = sum(1 for v in measured if v > run.GOAL_MS)
        print("| %s | %s | %s | %d of %d |" % (label, cells, median, over, len(measured)))


if __name__ == "__main__":
    main()
