#!/bin/bash
# SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
# SPDX-License-Identifier: GPL-2.0-or-later
# check-deb.sh DEBDIR VERSION — installs the Debian package that packaging/build-deb wrote to
# DEBDIR as a user would, uses it, and removes and purges it again.
#
# The install goes to a throwaway copy of this system: an overlay of / (its lower layer is the
# system as it is, read-only; every write lands in an upper directory) entered with chroot, in a
# mount namespace of its own. The system itself (the devenv's cached root) is never written,
# and after the purge the upper directory shows exactly what the package left behind.
set -euo pipefail
debdir=$1 version=$2
name=virt-console-viewer
app_id=org.virt_console_viewer.VirtConsoleViewer

deb=$(ls "$debdir"/${name}_*_*.deb)
dbgsym=$(ls "$debdir"/${name}-dbgsym_*_*.deb)
echo "package: $(basename "$deb") (debug symbols: $(basename "$dbgsym"))"
dpkg-deb --field "$deb" Package Version Depends Recommends

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# AppStream on the installed tree: only the homepage may be missing (the project has no public
# home yet).
dpkg-deb -x "$deb" "$work/tree"
appstreamcli validate-tree --no-net --explain --override=url-homepage-missing=info "$work/tree"

cp "$deb" "$work/package.deb"
# (--propagation unchanged: a chroot's / is no mount point; tools/devenv made its mounts private.)
unshare --mount --propagation unchanged -- bash -euo pipefail -c '
    work=$1 version=$2 name=$3 app_id=$4
    mkdir -p "$work/upper" "$work/overlay-work" "$work/copy"
    mount -t overlay overlay -o "lowerdir=/,upperdir=$work/upper,workdir=$work/overlay-work" "$work/copy"
    copy=$work/copy
    mount -t proc proc "$copy/proc"
    mount --rbind /dev "$copy/dev"
    mount -t tmpfs tmpfs "$copy/tmp"
    cp "$work/package.deb" "$copy/tmp/"
    in_copy() { chroot "$copy" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp/home \
        LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }

    # As a user would: apt resolves the dependencies (all present in this system: no download).
    in_copy env DEBIAN_FRONTEND=noninteractive apt-get install -y -q /tmp/package.deb
    in_copy dpkg -L "$name" | sort >"$work/files"

    out=$(in_copy "$name" --version)
    echo "installed: $out"
    [[ $out == "$name $version" ]]
    in_copy "$name" --help | grep -q -- "--print-log"
    # The translations are built into the binary: the help follows the locale. (The system has
    # no de_DE or fr_FR locale: Qt says so on stderr and goes by the name all the same.)
    in_copy env LC_ALL=de_DE.UTF-8 "$name" --help 2>/dev/null | grep -q "Mit der libvirt-URI"
    in_copy env LC_ALL=fr_FR.UTF-8 "$name" --help 2>/dev/null | grep -q "Se connecter"

    # The window starts (offscreen) and finds its ssh askpass helper in libexec: without it,
    # it would warn that ssh asks on the terminal.
    helper=/usr/libexec/$name/$name-askpass
    in_copy test -x "$helper"
    rc=0
    in_copy timeout 5 "$name" -c test:///default 2>"$work/gui.err" || rc=$?
    cat "$work/gui.err"
    [[ $rc -eq 124 ]] || { echo "the window ended by itself (exit $rc)"; exit 1; }
    ! grep -q "ssh will ask on the terminal" "$work/gui.err"

    # The privileged log reader, and the polkit action that names exactly it (pkexec runs no
    # other program for it), and the rule for group libvirt.
    reader=/usr/libexec/$name/$name-logread
    in_copy "$reader" --help | grep -q "Serves a domain"
    grep -qF "<annotate key=\"org.freedesktop.policykit.exec.path\">$reader</annotate>" \
        "$copy/usr/share/polkit-1/actions/org.virt_console_viewer.logread.policy"
    grep -qF "isInGroup(\"libvirt\")" "$copy/usr/share/polkit-1/rules.d/60-virt-console-viewer.rules"

    in_copy desktop-file-validate "/usr/share/applications/$app_id.desktop"
    icon=$(sed -n "s/^Icon=//p" "$copy/usr/share/applications/$app_id.desktop")
    in_copy test -s "/usr/share/icons/hicolor/scalable/apps/$icon.svg"
    in_copy test -s "/usr/share/metainfo/$app_id.metainfo.xml"
    zcat "$copy/usr/share/man/man1/$name.1.gz" | grep -q "^\.TH VIRT-CONSOLE-VIEWER 1 .*$name $version"
    in_copy test -s "/usr/share/doc/$name/copyright"
    in_copy test -s "/usr/share/doc/$name/changelog.Debian.gz"

    # (The package has no conffiles: dpkg -r already leaves nothing for -P, and -P says so.)
    in_copy dpkg -r "$name" >/dev/null
    in_copy dpkg -P "$name" >/dev/null
    if in_copy dpkg-query -W -f="\${db:Status-Status}\n" "$name" 2>/dev/null | grep -qv "^not-installed$"; then
        echo "dpkg still knows $name after the purge"; exit 1
    fi
    while read -r f; do
        [[ ! -e "$copy$f" || -d "$copy$f" ]] || { echo "left behind: $f"; exit 1; }
    done <"$work/files"

    # What the upper layer still holds beyond the records of dpkg and apt, apt'"'"'s package caches
    # and man-db'"'"'s index (caches rewritten on install and removal): a file that is new or differs from the
    # system'"'"'s, or a whiteout (something the package removed).
    left=0
    while IFS= read -r -d "" f; do
        rel=${f#"$work/upper"}
        case $rel in
            /var/lib/dpkg/*|/var/log/dpkg.log|/var/log/apt/*|/tmp/*|/var/cache/debconf/*|/var/cache/man/*|/var/cache/apt/*.bin) continue ;;
        esac
        if [[ -c $f ]]; then
            echo "removed from the system: $rel"; left=1
        elif ! cmp -s "$f" "$rel"; then
            echo "left behind or changed: $rel"; left=1
        fi
    done < <(find "$work/upper" ! -type d -print0)
    [[ $left -eq 0 ]]
    echo "removed and purged: nothing left behind"
' check-deb "$work" "$version" "$name" "$app_id"
echo "the package installs, runs and leaves cleanly"
