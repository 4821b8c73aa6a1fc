#!/bin/bash
# SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs the terminal benchmark side by side (QTermWidget from a pipe, then TerminalView) inside
# the Debian 13 root, on a real X server (xvfb) so that painting is measured too.
#   bench/terminal/run.sh [BUILD_DIR] [MiB] [rounds]
set -euo pipefail
build=${1:-build/ci}
shift || true
exec xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb "$build/bench/terminal/bench_terminal" "$@"
