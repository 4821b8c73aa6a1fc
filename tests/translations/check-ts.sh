#!/bin/bash
# SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
# SPDX-License-Identifier: GPL-2.0-or-later
# check-ts.sh SOURCE_DIR LUPDATE — fails when a translation is out of date or unfinished: the .ts files
# are refreshed from the sources (lupdate, into a copy) and every message must be translated.
set -euo pipefail
src=$1 lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/virt-console-viewer_de.ts "$src"/translations/virt-console-viewer_fr.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    # The include paths let lupdate resolve the classes (and so the contexts: vcv::TerminalView …).
    "$lupdate" -silent -recursive -no-obsolete -locations none -extensions cpp,h -I "$src" -I "$src/app" \
        "$src/app" "$src/widgets" -ts "$copy" >/dev/null
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    total=$(grep -c '<message' "$copy" || true)
    echo "$(basename "$ts"): $total messages, $unfinished unfinished"
    if [[ $unfinished -ne 0 ]]; then
        status=1
        # Name a few, so that the failure says what to translate.
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -n 10 | sed 's/^/    /'
    fi
done
[[ $status -eq 0 ]] || echo "run: cmake --build BUILD --target update_translations, then translate the unfinished entries"
exit $status
