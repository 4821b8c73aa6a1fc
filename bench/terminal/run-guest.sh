#!/bin/bash
# SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs the guest-flood terminal benchmark inside the Debian 13 root: starts the sandbox daemons,
# boots a guest with a virtio console, and measures on a real X server (xvfb).
#   bench/terminal/run-guest.sh [BUILD_DIR] [MiB] [rounds]
set -euo pipefail
build=${1:-build/ci}
shift || true
here=$(dirname "$(readlink -f "$0")")
"$here/../../tools/sandbox/daemons" start
exec xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb "$build/bench/terminal/bench_console_flood" "$@"
