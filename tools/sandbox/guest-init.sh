#!/bin/busybox sh
# SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
# SPDX-License-Identifier: GPL-2.0-or-later
# /init of the sandbox guest: a busybox initramfs that prints a boot log the way a systemd
# distribution does (kernel lines, [  OK  ] and [FAILED] in systemd's colours, a kernel
# WARNING with a Call Trace), then offers a root shell on the serial console.
#
# Kernel command-line options it reads:
#   vcv.hostname=NAME   the host name in the prompt
#   vcv.lines=N         print N numbered lines "vcv-line 000001 ..." before the prompt
/bin/busybox mkdir -p /proc /sys /dev /tmp /root
/bin/busybox mount -t proc proc /proc
/bin/busybox mount -t sysfs sysfs /sys
/bin/busybox mount -t devtmpfs devtmpfs /dev
/bin/busybox --install -s /bin
export PATH=/bin HOME=/root

arg() { sed -n "s/.*\\b$1=\\([^ ]*\\).*/\\1/p" /proc/cmdline; }
kmsg() { echo "$*" >/dev/kmsg; }
ok() { printf '[  \033[0;32mOK\033[0m  ] %s\n' "$*"; }
failed() { printf '[\033[0;1;31mFAILED\033[0m] %s\n' "$*"; }

name=$(arg vcv.hostname); hostname "${name:-demo}"

printf '\nWelcome to \033[1mDemo Linux 1.0\033[0m!\n\n'
ok "Created slice system-getty.slice - Slice /system/getty."
ok "Reached target paths.target - Path Units."
ok "Listening on systemd-journald.socket - Journal Socket."
ok "Mounted sys-kernel-debug.mount - Kernel Debug File System."
ok "Started systemd-journald.service - Journal Service."
ok "Reached target local-fs.target - Local File Systems."
failed "Failed to start systemd-timesyncd.service - Network Time Synchronization."
echo "See 'systemctl status systemd-timesyncd.service' for details."
kmsg "------------[ cut here ]------------"
kmsg "WARNING: CPU: 0 PID: 1 at drivers/misc/demo.c:42 demo_probe+0x1c/0x30"
kmsg "Modules linked in:"
kmsg "Call Trace:"
kmsg " <TASK>"
kmsg " demo_probe+0x1c/0x30"
kmsg " really_probe+0xdb/0x340"
kmsg " driver_probe_device+0x1e/0x90"
kmsg " </TASK>"
kmsg "---[ end trace 0000000000000000 ]---"
ok "Started systemd-logind.service - User Login Management."
ok "Started getty@ttyS0.service - Serial Getty on ttyS0."
ok "Reached target multi-user.target - Multi-User System."

lines=$(arg vcv.lines)
# The kernel's own console messages ("random: crng init done") would land inside the numbered
# lines, which tests compare whole: keep them off the console while they run.
[ -n "$lines" ] && dmesg -n 1
i=1
while [ -n "$lines" ] && [ "$i" -le "$lines" ]; do
    printf 'vcv-line %06d the quick brown fox jumps over the lazy dog\n' "$i"
    i=$((i + 1))
done

printf '\nDemo Linux 1.0 %s ttyS0\n\n' "$(hostname)"
echo "vcv-guest-ready"
export PS1='root@\h:\w# '
cd /root
exec setsid cttyhack sh
