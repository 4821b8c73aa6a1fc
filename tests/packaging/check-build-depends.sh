#!/bin/bash
# SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
# SPDX-License-Identifier: GPL-2.0-or-later
# check-build-depends.sh SOURCE_DIR — the build dependencies are written twice, for two readers:
# packaging/debian13-packages.txt (the devenv root and a native Debian build install it) and the
# Build-Depends of packaging/debian/control (a Debian package build checks it). The list's
# "build-depends" section and Build-Depends (less debhelper-compat) must name the same packages.
set -euo pipefail
src=$1

from_list=$(awk '/^# build-depends:/ { on = 1; next } on && /^[[:space:]]*$/ { exit }
                 on { sub(/#.*/, ""); gsub(/[[:space:]]/, ""); if ($0 != "") print }' \
    "$src/packaging/debian13-packages.txt" | sort)
# Build-Depends and its continuation lines; each entry without version or architecture.
from_control=$(awk '/^Build-Depends:/ { on = 1; sub(/^Build-Depends:/, ""); print; next }
                    on && /^[ \t]/ { print; next } on { exit }' "$src/packaging/debian/control" \
    | tr ',' '\n' | sed -e 's/[([].*//' -e 's/[[:space:]]//g' | grep -v -e '^$' -e '^debhelper-compat$' | sort)

[[ -n $from_list ]] || { echo "no '# build-depends:' section in packaging/debian13-packages.txt"; exit 1; }
if [[ "$from_list" != "$from_control" ]]; then
    echo "packaging/debian13-packages.txt (<) and packaging/debian/control Build-Depends (>) differ:"
    diff <(echo "$from_list") <(echo "$from_control") || true
    exit 1
fi
echo "Build-Depends matches the list: $(echo $from_list)"
