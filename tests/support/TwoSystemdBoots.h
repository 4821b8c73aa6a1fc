// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A console log of two boots of a Debian guest, written as SeaBIOS, GRUB, the kernel and
// systemd print them on ttyS0 (systemd logging to the kernel's buffer as well, so its lines carry
// the kernel's clock; its coloured status lines carry none). The second boot waits 13.4 s longer
// for network-online.target. What the Timeline tests expect of it is worked out by hand in each
// test, from the clocks written here.

#include <QByteArray>

namespace vcv::test {

// 0-based document lines in the comments (the pane's gutter shows them + 1; BootReport and
// --print-log count them from 1).
inline const QByteArray kTwoSystemdBoots =
    "SeaBIOS (version 1.16.3-debian-1.16.3-2)\r\n" // 0, boot 1
    "Booting from Hard Disk...\r\n"                // 1
    "Loading Linux 6.12.48+deb13-amd64 ...\r\n"    // 2
    "[    0.000000] Linux version 6.12.48+deb13-amd64 (debian-kernel@lists.debian.org) (x86_64-linux-gnu-gcc-14 "
    "(Debian 14.2.0-19) 14.2.0, GNU ld (GNU Binutils for Debian) 2.44) #1 SMP PREEMPT_DYNAMIC Debian 6.12.48-1 "
    "(2025-09-20)\r\n" // 3
    "[    0.000000] Command line: BOOT_IMAGE=/boot/vmlinuz-6.12.48+deb13-amd64 root=UUID=5d7a1c7e-8f1e-4a4b-9d53-"
    "3c1f0f6f2b11 ro console=ttyS0,115200n8\r\n"   // 4
    "[    1.500000] Run /init as init process\r\n" // 5
    "[    2.000000] EXT4-fs (vda1): mounted filesystem 5d7a1c7e-8f1e-4a4b-9d53-3c1f0f6f2b11 ro with ordered data "
    "mode. Quota mode: none.\r\n" // 6
    "[    2.500000] systemd[1]: systemd 257.8-1~deb13u2 running in system mode (+PAM +AUDIT +SELINUX +APPARMOR "
    "+IMA +SMACK +SECCOMP +GCRYPT -GNUTLS +OPENSSL +ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN +IPTC +KMOD)\r\n" // 7
    "[    2.600000] systemd[1]: Detected virtualization kvm.\r\n"                                                  // 8
    "[    4.000000] systemd[1]: Reached target basic.target - Basic System.\r\n"                                   // 9
    "[\x1b[0;32m  OK  \x1b[0m] Started \x1b[0;1;39msystemd-networkd.service\x1b[0m - Network Configuration.\r\n"   // 10
    "[    4.500000] systemd[1]: Reached target network.target - Network.\r\n"                                      // 11
    "[    6.000000] systemd[1]: Reached target network-online.target - Network is Online.\r\n"                     // 12
    "[\x1b[0;32m  OK  \x1b[0m] Reached target \x1b[0;1;39mgetty.target\x1b[0m - Login Prompts.\r\n"                // 13
    "[    7.000000] systemd[1]: Reached target multi-user.target - Multi-User System.\r\n"                         // 14
    "[    7.300000] systemd[1]: Startup finished in 1.500s (kernel) + 5.700s (userspace) = 7.200s.\r\n"            // 15
    "\r\n"                                                                                                         // 16
    "Debian GNU/Linux 13 demo ttyS0\r\n"                                                                           // 17
    "\r\n"                                                                                                         // 18
    "demo login: \r\n"                                                                                             // 19
    "[   60.000000] reboot: Restarting system\r\n"                                                                 // 20
    "SeaBIOS (version 1.16.3-debian-1.16.3-2)\r\n" // 21, boot 2
    "Booting from Hard Disk...\r\n"                // 22
    "Loading Linux 6.12.48+deb13-amd64 ...\r\n"    // 23
    "[    0.000000] Linux version 6.12.48+deb13-amd64 (debian-kernel@lists.debian.org) (x86_64-linux-gnu-gcc-14 "
    "(Debian 14.2.0-19) 14.2.0, GNU ld (GNU Binutils for Debian) 2.44) #1 SMP PREEMPT_DYNAMIC Debian 6.12.48-1 "
    "(2025-09-20)\r\n" // 24
    "[    0.000000] Command line: BOOT_IMAGE=/boot/vmlinuz-6.12.48+deb13-amd64 root=UUID=5d7a1c7e-8f1e-4a4b-9d53-"
    "3c1f0f6f2b11 ro console=ttyS0,115200n8\r\n"   // 25
    "[    1.600000] Run /init as init process\r\n" // 26
    "[    2.100000] EXT4-fs (vda1): mounted filesystem 5d7a1c7e-8f1e-4a4b-9d53-3c1f0f6f2b11 ro with ordered data "
    "mode. Quota mode: none.\r\n" // 27
    "[    2.600000] systemd[1]: systemd 257.8-1~deb13u2 running in system mode (+PAM +AUDIT +SELINUX +APPARMOR "
    "+IMA +SMACK +SECCOMP +GCRYPT -GNUTLS +OPENSSL +ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN +IPTC +KMOD)\r\n" // 28
    "[    2.700000] systemd[1]: Detected virtualization kvm.\r\n"                                                  // 29
    "[    4.100000] systemd[1]: Reached target basic.target - Basic System.\r\n"                                   // 30
    "[\x1b[0;32m  OK  \x1b[0m] Started \x1b[0;1;39msystemd-networkd.service\x1b[0m - Network Configuration.\r\n"   // 31
    "[    4.600000] systemd[1]: Reached target network.target - Network.\r\n"                                      // 32
    "[   19.500000] systemd[1]: Reached target network-online.target - Network is Online.\r\n"                     // 33
    "[\x1b[0;32m  OK  \x1b[0m] Reached target \x1b[0;1;39mgetty.target\x1b[0m - Login Prompts.\r\n"                // 34
    "[   20.500000] systemd[1]: Reached target multi-user.target - Multi-User System.\r\n"                         // 35
    "[   20.900000] systemd[1]: Startup finished in 1.600s (kernel) + 19.200s (userspace) = 20.800s.\r\n"          // 36
    "\r\n"                                                                                                         // 37
    "Debian GNU/Linux 13 demo ttyS0\r\n"                                                                           // 38
    "\r\n"                                                                                                         // 39
    "demo login: \r\n";                                                                                            // 40

} // namespace vcv::test
