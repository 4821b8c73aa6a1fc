#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
# SPDX-License-Identifier: GPL-2.0-or-later
# bench/remotelog/run.py — a remote console log over a slow link: how long until its newest line,
# and its whole history, are in the viewer's log document, beside `ssh host tail -n 60 FILE` (what
# an admin would type for the newest lines) and `ssh host cat CHAIN` (for all of it).
#
#   tools/devenv run python3 bench/remotelog/run.py BUILD_DIR [--sizes 8,192] [--rate 5] [--delay 50]
#
# The host is tools/sandbox/remote behind tools/sandbox/delay-relay (each direction RATE MB/s and
# DELAY ms). Its log is a chain of numbered lines written straight into the host's log folder:
# SIZE MiB over rotations of 8 MiB (virtlogd's file.N … file.0, file). Prints a Markdown table.
import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SANDBOX = os.path.join(ROOT, "tools", "sandbox")
LOG = "/var/log/libvirt/qemu/bench-serial0.log"
ROTATION = 8 << 20

# Runs on the host: writes the chain, prints its last line.
WRITER = r"""
import sys
log, total, rotation = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
data = bytearray()
n = 0
while len(data) < total:
    data += b"[%10.6f] bench line %08d of the remote console log, some padding to look like a kernel\n" % (n / 1000, n)
    n += 1
files = (len(data) + rotation - 1) // rotation
for i in range(files):
    part = data[i * rotation:(i + 1) * rotation]
    k = files - 2 - i
    with open(log if k < 0 else "%s.%d" % (log, k), "wb") as f:
        f.write(part)
sys.stdout.write(data[:-1].rsplit(b"\n", 1)[-1].decode())
"""


def sh(*cmd, **kw):
    r = subprocess.run(cmd, text=True, capture_output=True, **kw)
    if r.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (cmd[0], r.returncode, r.stderr.strip()[-2000:]))
    return r


def remote(*cmd, **kw):
    return sh(os.path.join(SANDBOX, "remote"), "exec", *cmd, **kw)


def timed(argv, **kw):
    start = time.monotonic()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, **kw)
    return (time.monotonic() - start) * 1000


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--sizes", default="8,192")
    ap.add_argument("--rate", type=float, default=5.0)
    ap.add_argument("--delay", type=float, default=50.0)
    args = ap.parse_args()
    bench = os.path.join(os.path.abspath(args.build), "bench", "remotelog", "vcv-bench-remote-log")

    sh(os.path.join(SANDBOX, "remote"), "up")
    uri = sh(os.path.join(SANDBOX, "remote"), "uri", "--batch").stdout.strip()
    port = int(uri.split("@127.0.0.1:")[1].split("/")[0])
    query = uri.split("?", 1)[1]
    key = dict(kv.split("=", 1) for kv in query.split("&"))["keyfile"]
    work = tempfile.mkdtemp(prefix="remotelog-")
    ready = os.path.join(work, "ports")
    relay = subprocess.Popen([os.path.join(SANDBOX, "delay-relay"), "--to", "127.0.0.1:%d" % port,
                              "--delay-ms", str(args.delay), "--rate-mbps", str(args.rate), "--ready", ready],
                             start_new_session=True)
    try:
        for _ in range(100):
            if os.path.exists(ready):
                break
            time.sleep(0.05)
        relay_port = int(open(ready).read().split()[0])
        slow_uri = "qemu+ssh://root@127.0.0.1:%d/system?%s" % (relay_port, query)
        ssh = ["ssh", "-T", "-p", str(relay_port), "-i", key, "-o", "StrictHostKeyChecking=no",
               "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "BatchMode=yes", "root@127.0.0.1"]
        rows = []
        for size in [int(s) for s in args.sizes.split(",")]:
            remote("sh", "-c", "rm -f %s %s.*" % (LOG, LOG))
            last = remote("python3", "-c", WRITER, LOG, str(size << 20), str(ROTATION)).stdout
            chain = "n=0; while [ -e %s.$n ]; do n=$((n+1)); done; while [ $n -gt 0 ]; do n=$((n-1)); " \
                    "cat %s.$n; done; cat %s" % (LOG, LOG, LOG)
            tail_ms = timed(ssh + ["tail -n 60 %s" % LOG])
            cat_ms = timed(ssh + [chain])
            before = sh(bench, slow_uri, LOG, last, "--oldest-first").stdout.split()
            ours = sh(bench, slow_uri, LOG, last).stdout.split()
            rows.append((size, tail_ms, cat_ms, float(before[0]), float(ours[0]), float(ours[1]), float(ours[2]),
                         int(ours[3])))
            print("%d MiB done" % size, file=sys.stderr, flush=True)
        print("| chain | `ssh tail -n 60` | `ssh cat` chain | oldest first (before): newest line | newest first: "
              "newest line | newest first: whole history | opened again: newest line | opened again: bytes copied |")
        print("|---|---|---|---|---|---|---|---|")
        for size, tail_ms, cat_ms, before, newest, full, again, again_bytes in rows:
            print("| %d MiB | %.0f ms | %.0f ms | %.0f ms | **%.0f ms** | %.0f ms | %.0f ms | %d |"
                  % (size, tail_ms, cat_ms, before, newest, full, again, again_bytes))
    finally:
        relay.terminate()
        remote("sh", "-c", "rm -f %s %s.*" % (LOG, LOG))


if __name__ == "__main__":
    main()
