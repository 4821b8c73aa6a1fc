#!/bin/sh
# SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
# SPDX-License-Identifier: GPL-2.0-or-later
# Frame times of LogView against QPlainTextEdit + KSyntaxHighlighting::SyntaxHighlighter.
# Run from the checkout:  tools/devenv run bench/logview/run.sh [BUILD_DIR]
# Each side runs in its own process so that the memory figures do not mix.
set -eu
build=${1:-build/dev}
cmake --build "$build" --target logview-bench
export QT_QPA_PLATFORM=offscreen
bench="$build/bench/logview/logview-bench"
echo "## LogView, 3,000,000 lines"
"$bench" --lines 3000000 --seconds 5 --only logview
echo
echo "## QPlainTextEdit + SyntaxHighlighter, first 16 MiB of the same log"
"$bench" --lines 3000000 --peer-mib 16 --seconds 5 --only peer
