#!/bin/bash
# check-deb.sh BUILD_DIR VERSION — builds the Debian package with CPack, installs it with dpkg
# and runs the installed program. The install goes to overlays on /usr, /etc and /var/lib/dpkg
# inside a mount namespace of its own: the system (the devenv's cached root) is left untouched.
set -euo pipefail
build=$1 version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack -G DEB -B "$work/out" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/virt-console-viewer_*.deb)
echo "built $(basename "$deb")"
dpkg-deb --field "$deb" Package Version Depends

# (--propagation unchanged: a chroot's / is no mount point; tools/devenv made its mounts private.)
unshare --mount --propagation unchanged -- bash -euo pipefail -c '
    work=$1 deb=$2 version=$3
    for d in /usr /etc /var/lib/dpkg; do
        mkdir -p "$work/overlay$d/upper" "$work/overlay$d/work"
        mount -t overlay overlay -o "lowerdir=$d,upperdir=$work/overlay$d/upper,workdir=$work/overlay$d/work" "$d"
    done
    dpkg -i "$deb" >/dev/null
    out=$(virt-console-viewer --version)
    echo "installed: $out"
    [[ $out == "virt-console-viewer $version" ]]
    test -f /usr/share/applications/org.virt_console_viewer.VirtConsoleViewer.desktop
    test -f /usr/share/metainfo/org.virt_console_viewer.VirtConsoleViewer.metainfo.xml
    test -f /usr/share/icons/hicolor/scalable/apps/org.virt_console_viewer.VirtConsoleViewer.svg
    ls /usr/share/man/man1/virt-console-viewer.1*
    test -x /usr/libexec/virt-console-viewer/virt-console-viewer-askpass
' check-deb "$work" "$deb" "$version"
echo "the package installs and runs"
