#!/usr/bin/env python3
"""Boot-log engine side by side with wc -l, grep -c and lnav on one generated chain.

    bench/bootlog/run-bench.py BUILD_DIR [SIZE_MIB] [REPEAT]

BUILD_DIR holds the built vcv_bootlog_gen and vcv_bootlog_bench (cmake --build BUILD_DIR
--target vcv_bootlog_gen vcv_bootlog_bench). The chain (4 files, virtlogd naming) is generated
under BUILD_DIR/benchdata. Every measure is the best of REPEAT runs (default 3) with a warm page
cache; RSS is the peak resident size of the process (wait4). Prints a Markdown table.
"""
import os
import subprocess
import sys
import time

LITERAL = "I/O error"
REGEX = r"usb [0-9]+-[0-9]+: new .* device"


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
    return 0


if __name__ == "__main__":
    sys.exit(main())
