#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
# SPDX-License-Identifier: GPL-2.0-or-later
"""Boot-log engine side by side with wc -l, grep -c and lnav on one generated chain.

    bench/bootlog/run-bench.py BUILD_DIR [SIZE_MIB] [REPEAT] [GROW_SECONDS]

BUILD_DIR holds the built vcv_bootlog_gen and vcv_bootlog_bench (cmake --build BUILD_DIR
--target vcv_bootlog_gen vcv_bootlog_bench). The chain (4 files, virtlogd naming) is generated
under BUILD_DIR/benchdata. Every measure is the best of REPEAT runs (default 3) with a warm page
cache; RSS is the peak resident size of the process (wait4). Prints Markdown tables:

1. first screen, full index, one literal and one regex search, RSS (with lnav);
2. every query of SEARCHES against `cat CHAIN | grep -c<options>` (best and median of REPEAT);
3. a search while the log grows at 10 MB/s for GROW_SECONDS (default 5; 0 skips it): the GUI
   thread's CPU share and the lateness of a 16 ms timer, with no search and with one, and the
   count once the writer stopped against grep -c of the grown file.
"""
import os
import shlex
import subprocess
import sys
import time

LITERAL = "I/O error"
REGEX = r"usb [0-9]+-[0-9]+: new .* device"

# (grep options, pattern): literals case-sensitive and not, one that never matches, regular
# expressions with a literal every match holds, one without (an alternation), and three with no
# literal at all, which every line must be matched against (one matching nearly every line).
SEARCHES = [
    ("F", "I/O error"),
    ("F", "Call Trace"),
    ("F", "systemd-udevd"),
    ("F", "VFS: Unable to mount root fs"),
    ("iF", "i/o ERROR"),
    ("iF", "call trace"),
    ("iF", "SYSTEMD-UDEVD"),
    ("iF", "vfs: unable to mount root fs"),
    ("E", r"usb [0-9]+-[0-9]+: new .* device"),
    ("E", r"\[ *[0-9]+\.[0-9]+\] Call Trace"),
    ("iE", r"fail(ed|ure)"),
    ("E", r"Call Trace|I/O error"),
    # issue 17's own two
    ("E", r"EXT4-fs \([a-z0-9]+\): mounted"),
    ("E", r"(segfault|Oops|BUG): .*[0-9a-f]{8}"),
    ("E", r"[0-9]{4,}"),
    ("E", r"^\[ *[0-9]+\.[0-9]+\] [a-z]+ "),
    ("iE", r"o[kn]\b"),
]
GROW_QUERIES = [None, ("F", "I/O error"), ("iF", "call trace"), ("E", r"usb [0-9]+-[0-9]+: new .* device")]


def grep_argv(options, pattern, files):
    """cat FILES | grep -c<options> PATTERN, as one shell command."""
    return ["bash", "-c", "cat %s | grep -c%s -e %s" % (" ".join(shlex.quote(f) for f in files), options,
                                                       shlex.quote(pattern))]


def median(values):
    values = sorted(values)
    return values[len(values) // 2]


def run(argv, stdout=subprocess.PIPE, timeout=900):
    """Runs argv; returns (seconds, peak RSS in MiB, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.DEVNULL)
    out = b""
    if stdout == subprocess.PIPE:
        out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss / 1024.0, out.decode(errors="replace")


def best(argv, repeat):
    results = [run(argv) for _ in range(repeat)]
    return min(results, key=lambda r: r[0])


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    build = os.path.abspath(sys.argv[1])
    size_mib = int(sys.argv[2]) if len(sys.argv) > 2 else 256
    repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    grow_seconds = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    gen = os.path.join(build, "bench/bootlog/vcv_bootlog_gen")
    bench = os.path.join(build, "bench/bootlog/vcv_bootlog_bench")
    data = os.path.join(build, "benchdata")
    os.makedirs(data, exist_ok=True)
    base = os.path.join(data, "vm-serial0.log")
    files = [base + ".2", base + ".1", base + ".0", base]
    if not all(os.path.exists(f) for f in files) or \
            abs(sum(os.path.getsize(f) for f in files) - (size_mib << 20)) > 4096:
        subprocess.run([gen, base, str(size_mib)], check=True, stdout=subprocess.DEVNULL)
    chain = " ".join("'%s'" % f for f in files)
    subprocess.run("cat %s > /dev/null" % chain, shell=True, check=True)  # warm the page cache

    rows = []
    t, rss, out = best(["bash", "-c", "cat %s | wc -l" % chain], repeat)
    lines = out.strip()
    rows.append(("`cat … \\| wc -l`", "—", "%.3f" % t, "—", "—", "%.0f" % rss))
    wc_time = t
    lt, lrss, lout = best(["bash", "-c", "cat %s | grep -cF '%s'" % (chain, LITERAL)], repeat)
    rt, rrss, rout = best(["bash", "-c", "cat %s | grep -cE '%s'" % (chain, REGEX)], repeat)
    rows.append(("`grep -c` (literal / -E)", "—", "—", "%.3f (%s)" % (lt, lout.strip()),
                 "%.3f (%s)" % (rt, rout.strip()), "%.0f" % max(lrss, rrss)))
    grep_literal, grep_regex = lt, rt

    env = dict(os.environ, HOME=os.path.join(data, "lnav-home"))
    os.makedirs(env["HOME"], exist_ok=True)
    def lnav(extra):
        start = time.perf_counter()
        proc = subprocess.Popen(["lnav", "-n"] + extra + files, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=env)
        count = sum(1 for _ in proc.stdout)
        _, status, usage = os.wait4(proc.pid, 0)
        return time.perf_counter() - start, usage.ru_maxrss / 1024.0, count
    try:
        it, irss, icount = min((lnav([]) for _ in range(repeat)), key=lambda r: r[0])
        slt, slrss, slcount = lnav(["-c", ":filter-in " + LITERAL.replace("/", "\\/")])
        srt, srrss, srcount = lnav(["-c", ":filter-in " + REGEX])
        rows.append(("lnav %s (`-n`, load+print; `:filter-in`)" % subprocess.run(
            ["lnav", "-V"], capture_output=True, text=True).stdout.strip().split()[-1],
            "—", "%.3f (%d lines)" % (it, icount), "%.3f (%d)" % (slt, slcount),
            "%.3f (%d)" % (srt, srcount), "%.0f" % max(irss, slrss, srrss)))
    except FileNotFoundError:
        rows.append(("lnav", "not installed", "", "", "", ""))

    runs = []
    for _ in range(repeat):
        _, rss, out = run([bench, base, LITERAL, REGEX])
        values = dict(kv.split("=", 1) for line in out.split() for kv in [line] if "=" in kv)
        values["peak_rss"] = rss
        runs.append(values)
    pick = lambda key: min(float(r[key]) for r in runs)
    v = runs[0]
    rows.append(("virt-console-viewer LogDocument + Search",
                 "%.3f" % pick("first_screen_s"), "%.3f (%s lines)" % (pick("full_index_s"), v["lines"]),
                 "%.3f (%s)" % (pick("literal_s"), v["literal_count"]),
                 "%.3f (%s)" % (pick("regex_s"), v["regex_count"]),
                 "%.0f (%.1f beyond empty)" % (max(r["peak_rss"] for r in runs),
                                                max(float(r["rss_beyond_empty_mib"]) for r in runs))))

    # Every query against grep, in the same run.
    search_rows = []
    queries = ["%s:%s" % (options, pattern) for options, pattern in SEARCHES]
    _, bench_rss, out = run([bench, "search", base, str(repeat)] + queries)
    ours = {}
    for line in out.splitlines():
        if line.startswith("query="):
            fields = dict(kv.split("=", 1) for kv in line[len("query="):].split(" ")[1:] if "=" in kv)
            ours[line[len("query="):].split(" best_s=")[0]] = fields
        elif line.startswith("rss_empty_kib="):
            rss_fields = dict(kv.split("=", 1) for kv in line.split())
    worst_ratio = {}
    for (options, pattern), query in zip(SEARCHES, queries):
        times = []
        for _ in range(repeat):
            t, _, gout = run(grep_argv(options, pattern, files))
            times.append(t)
        mine = ours.get(query, {})
        ratio = float(mine.get("best_s", "nan")) / min(times)
        kind = "regex" if "E" in options else "literal"
        worst_ratio[kind] = max(worst_ratio.get(kind, 0.0), ratio)
        search_rows.append(("`grep -c%s '%s'`" % (options, pattern.replace("|", "\\|")),
                            "%.3f / %.3f" % (min(times), median(times)),
                            "%.3f / %.3f" % (float(mine.get("best_s", "nan")), float(mine.get("median_s", "nan"))),
                            "%.2f" % ratio, gout.strip(), mine.get("lines", "?"),
                            "yes" if gout.strip() == mine.get("lines") else "**no**"))
    peak_search_mib = max(int(f.get("peak_rss_kib", 0)) for f in ours.values()) / 1024.0
    rss_search_mib = max(int(f.get("rss_kib", 0)) for f in ours.values()) / 1024.0
    empty_mib = int(rss_fields["rss_empty_kib"]) / 1024.0
    indexed_mib = int(rss_fields["rss_indexed_kib"]) / 1024.0

    # A search while the log grows at 10 MB/s.
    grow_rows = []
    if grow_seconds > 0:
        grow_dir = os.path.join(data, "grow")
        os.makedirs(grow_dir, exist_ok=True)
        grown = os.path.join(grow_dir, "grown.log")
        for q in GROW_QUERIES:
            arg = "-" if q is None else "%s:%s" % q
            _, _, gout = run([bench, "grow", files[0], files[1], grown, str(grow_seconds), arg])
            g = dict(kv.split("=", 1) for kv in gout.split() if "=" in kv)
            if q is None:
                grep_cell, same = "—", "—"
            else:
                t, _, cout = run(grep_argv(q[0], q[1], [grown]))
                grep_cell = "%s in %.3f s" % (cout.strip(), t)
                same = "yes" if cout.strip() == g.get("lines_matching") else "**no**"
            grow_rows.append(("none" if q is None else "`-%s '%s'`" % q, g.get("gui_busy_percent", "?"),
                              "%s / %s" % (g.get("lateness_p99_ms", "?"), g.get("lateness_max_ms", "?")),
                              g.get("catch_up_ms", "?"), g.get("lines_matching", "—") if q else "—", grep_cell,
                              same))
        os.remove(grown)

    total = sum(os.path.getsize(f) for f in files)
    print("Chain: %d bytes in 4 files, %s lines; literal %r, regex %r; best of %d; %d CPUs; load %s"
          % (total, lines, LITERAL, REGEX, repeat, os.cpu_count(), os.getloadavg()))
    print()
    print("| tool | first screen s | full index s | literal search s (count) | regex search s (count) | peak RSS MiB |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    print()
    print("Ratios: full index / (cat | wc -l) = %.2f; literal / grep -cF = %.2f; regex / grep -cE = %.2f"
          % (pick("full_index_s") / wc_time, pick("literal_s") / grep_literal, pick("regex_s") / grep_regex))
    print()
    print("Searches (`vcv_bootlog_bench search`, %d runs each; grep in locale %s):"
          % (repeat, os.environ.get("LC_ALL") or os.environ.get("LANG") or "POSIX"))
    print()
    print("| query | grep s (best / median) | ours s (best / median) | ours / grep | grep -c | ours (lines) | same |")
    print("|---|---|---|---|---|---|---|")
    for r in search_rows:
        print("| " + " | ".join(r) + " |")
    print()
    print("Worst ratio: literals %.2f, regular expressions %.2f. RSS: empty %.1f MiB, indexed %.1f MiB, "
          "after the searches %.1f MiB (%.1f beyond empty), peak %.1f MiB; whole process peak %.0f MiB."
          % (worst_ratio.get("literal", 0), worst_ratio.get("regex", 0), empty_mib, indexed_mib, rss_search_mib,
             rss_search_mib - empty_mib, peak_search_mib, bench_rss))
    if grow_rows:
        print()
        print("Growing at 10 MB/s for %d s (`vcv_bootlog_bench grow`, the first 64 MiB file, then the next "
              "appended):" % grow_seconds)
        print()
        print("| search | GUI thread busy % | timer lateness p99 / max ms | counted all after the last write, ms "
              "| ours (lines) | grep -c of the grown file | same |")
        print("|---|---|---|---|---|---|---|")
        for r in grow_rows:
            print("| " + " | ".join(r) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
