// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>

namespace vcv::bench {

/// A realistic serial-console boot of a Debian guest as virtlogd records it: SeaBIOS, GRUB,
/// the kernel, systemd with its colour escapes (one unit failing), cloud-init, a login prompt.
/// Used by the screenshot tool and the benchmark (which repeats it to reach millions of lines).
inline QByteArray sampleBootLog()
{
    return QByteArrayLiteral(
        "SeaBIOS (version 1.16.3-debian-1.16.3-2)\r\n"
        "\r\n"
        "iPXE (https://ipxe.org) 00:03.0 CA00 PCI2.10 PnP PMM+7EFD0E60+7EF30E60 CA00\r\n"
        "\r\n"
        "Booting from Hard Disk...\r\n"
        "Welcome to GRUB!\r\n"
        "\r\n"
        "Loading Linux 6.12.48+deb13-amd64 ...\r\n"
        "Loading initial ramdisk ...\r\n"
        "[    0.000000] Linux version 6.12.48+deb13-amd64 (debian-kernel@lists.debian.org) (x86_64-linux-gnu-gcc-14 "
        "(Debian 14.2.0-19) 14.2.0) #1 SMP PREEMPT_DYNAMIC Debian 6.12.48-1 (2025-09-20)\r\n"
        "[    0.000000] Command line: BOOT_IMAGE=/boot/vmlinuz-6.12.48+deb13-amd64 root=UUID=2f0b0c1e ro "
        "console=ttyS0,115200n8\r\n"
        "[    0.000000] BIOS-provided physical RAM map:\r\n"
        "[    0.000000] BIOS-e820: [mem 0x0000000000000000-0x000000000009fbff] usable\r\n"
        "[    0.004000] DMI: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.16.3-debian-1.16.3-2 04/01/2014\r\n"
        "[    0.152311] Memory: 1983424K/2096632K available (16384K kernel code, 2505K rwdata)\r\n"
        "[    0.301245] smpboot: CPU0: AMD EPYC Processor (family: 0x17, model: 0x31, stepping: 0x0)\r\n"
        "[    0.512876] virtio_blk virtio1: [vda] 20971520 512-byte logical blocks (10.7 GB/10.0 GiB)\r\n"
        "[    0.733410] ata2: COMRESET failed (errno=-16)\r\n"
        "[    0.981134] WARNING: CPU: 0 PID: 1 at drivers/gpu/drm/drm_gem.c:1042 drm_gem_object_release+0x3c/0x50\r\n"
        "[    0.981200] Call Trace:\r\n"
        "[    0.981201]  <TASK>\r\n"
        "[    0.981203]  ? __warn+0x81/0x130\r\n"
        "[    0.981207]  drm_gem_object_release+0x3c/0x50\r\n"
        "[    0.981210]  </TASK>\r\n"
        "[    0.981212] ---[ end trace 0000000000000000 ]---\r\n"
        "[    1.204455] EXT4-fs (vda1): mounted filesystem 2f0b0c1e r/w with ordered data mode.\r\n"
        "[    1.309871] Run /sbin/init as init process\r\n"
        "[    1.512003] systemd[1]: systemd 257.8-1~deb13u2 running in system mode\r\n"
        "\r\n"
        "Welcome to \x1b[1mDebian GNU/Linux 13 (trixie)\x1b[0m!\r\n"
        "\r\n"
        "[\x1b[0;32m  OK  \x1b[0m] Created slice \x1b[0;1;39msystem-getty.slice\x1b[0m - Slice /system/getty.\r\n"
        "[\x1b[0;32m  OK  \x1b[0m] Reached target \x1b[0;1;39mlocal-fs.target\x1b[0m - Local File Systems.\r\n"
        "         Starting \x1b[0;1;39msystemd-journald.service\x1b[0m - Journal Service...\r\n"
        "[\x1b[0;32m  OK  \x1b[0m] Started \x1b[0;1;39msystemd-journald.service\x1b[0m - Journal Service.\r\n"
        "[\x1b[0;32m  OK  \x1b[0m] Started \x1b[0;1;39msystemd-udevd.service\x1b[0m - Rule-based Manager for Device "
        "Events and Files.\r\n"
        "[\x1b[0;32m  OK  \x1b[0m] Finished \x1b[0;1;39msystemd-networkd-wait-online.service\x1b[0m - Wait for Network "
        "to be Configured.\r\n"
        "[\x1b[0;1;31mFAILED\x1b[0m] Failed to start \x1b[0;1;39mnginx.service\x1b[0m - A high performance web server "
        "and a reverse proxy server.\r\n"
        "See 'systemctl status nginx.service' for details.\r\n"
        "[\x1b[0;1;38;5;185mDEPEND\x1b[0m] Dependency failed for \x1b[0;1;39mwebapp.service\x1b[0m - Web "
        "application.\r\n"
        "[\x1b[0;32m  OK  \x1b[0m] Reached target \x1b[0;1;39mnetwork-online.target\x1b[0m - Network is Online.\r\n"
        "[   12.004512] cloud-init[612]: Cloud-init v. 25.1.4 running 'init' at Tue, 24 Nov 2026 10:00:00 +0000. Up "
        "11.93 seconds.\r\n"
        "[   12.120001] cloud-init[612]: ci-info: ++++++++++++++++++++++++++++++Net device "
        "info+++++++++++++++++++++++++++++++\r\n"
        "[   12.120101] cloud-init[612]: ci-info: | enp1s0 | True | 192.168.122.34 | 255.255.255.0 | global | "
        "52:54:00:6b:3c:58 |\r\n"
        "[   13.450118] cloud-init[640]: 2026-11-24 10:00:02,118 - util.py[WARNING]: Failed to fetch "
        "http://169.254.169.254/latest/meta-data\r\n"
        "[\x1b[0;32m  OK  \x1b[0m] Started \x1b[0;1;39mssh.service\x1b[0m - OpenBSD Secure Shell server.\r\n"
        "[\x1b[0;32m  OK  \x1b[0m] Reached target \x1b[0;1;39mmulti-user.target\x1b[0m - Multi-User System.\r\n"
        "\r\n"
        "Debian GNU/Linux 13 web01 ttyS0\r\n"
        "\r\n"
        "web01 login: root\r\n"
        "Password: \r\n"
        "Linux web01 6.12.48+deb13-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.12.48-1 (2025-09-20) x86_64\r\n"
        "root@web01:~# systemctl restart nginx\r\n"
        "root@web01:~# \r\n");
}

} // namespace vcv::bench
