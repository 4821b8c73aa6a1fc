// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Writes a virtlogd-style chain of boot logs: BASE.2, BASE.1, BASE.0, BASE, together SIZE MiB
// (default 256), cut in the middle of lines as virtlogd does. Repeated boots: SeaBIOS banner,
// kernel lines with timestamps, systemd status lines with colours, systemd-udevd messages, now and
// then a kernel warning with its call trace, a progress bar with CR.
//
//   vcv_bootlog_gen BASE [SIZE_MIB]

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: vcv_bootlog_gen BASE [SIZE_MIB]\n");
        return 2;
    }
    const QString base = args.at(1);
    const qint64 total = (args.size() > 2 ? args.at(2).toLongLong() : 256) << 20;
    const QStringList names = {base + u".2"_s, base + u".1"_s, base + u".0"_s, base};
    const qint64 perFile = total / names.size();

    QByteArray all;
    all.reserve(perFile + 4096);
    quint32 x = 42;
    auto rnd = [&x] {
        x = x * 1103515245u + 12345u;
        return (x >> 8) & 0xffffff;
    };
    const QList<QByteArray> messages = {
        "pci 0000:00:01.1: reg 0x20: [io  0xc040-0xc04f]"_ba,
        "ACPI: PM-Timer IO Port: 0x608"_ba,
        "virtio_blk virtio1: [vda] 20971520 512-byte logical blocks (10.7 GB/10.0 GiB)"_ba,
        "EXT4-fs (vda1): mounted filesystem with ordered data mode. Quota mode: none."_ba,
        "random: crng init done"_ba,
        "audit: type=1400 audit(1700000000.123:2): apparmor=\"STATUS\" operation=\"profile_load\""_ba,
        "systemd[1]: Reached target Local File Systems."_ba,
        "usb 1-1: new full-speed USB device number 2 using uhci_hcd"_ba,
        "e1000 0000:00:03.0 eth0: (PCI:33MHz:32-bit) 52:54:00:12:34:56"_ba,
        "blk_update_request: I/O error, dev fd0, sector 0 op 0x0:(READ)"_ba,
        "systemd-udevd[312]: Using default interface naming scheme 'v255'."_ba,
    };
    const QList<QByteArray> warning = {
        "------------[ cut here ]------------"_ba,
        "WARNING: CPU: 1 PID: 412 at drivers/gpu/drm/drm_atomic.c:1701 drm_atomic_check_only+0x5e2/0x6a0"_ba,
        "Call Trace:"_ba,
        " <TASK>"_ba,
        " drm_atomic_commit+0x51/0xd0"_ba,
        " drm_client_modeset_commit_atomic+0x1e7/0x220"_ba,
        " </TASK>"_ba,
        "---[ end trace 0000000000000000 ]---"_ba,
    };
    int fileIndex = 0;
    qint64 written = 0;
    QFile out(names.at(0));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    auto flush = [&](bool last) {
        while (all.size() >= perFile || (last && !all.isEmpty())) {
            const qint64 n = (fileIndex < names.size() - 1) ? qMin<qint64>(perFile, all.size()) : all.size();
            out.write(all.constData(), n);
            all.remove(0, n);
            written += n;
            if (fileIndex < names.size() - 1 && !(last && all.isEmpty())) {
                out.close();
                out.setFileName(names.at(++fileIndex));
                if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    return false;
            } else if (last) {
                break;
            }
        }
        return true;
    };
    qint64 boot = 0;
    while (written + all.size() < total) {
        all += "SeaBIOS (version 1.16.3-debian-1.16.3-2)\r\n"_ba;
        all += "Booting from ROM..\r\n"_ba;
        double t = 0.0;
        all += "[    0.000000] Linux version 6.12.48+deb13-amd64 (debian-kernel@lists.debian.org) boot " +
            QByteArray::number(boot++) + "\n";
        for (int i = 0; i < 20000 && written + all.size() < total; ++i) {
            const quint32 r = rnd();
            if (r % 50 == 0) {
                all += "[\x1b[0;32m  OK  \x1b[0m] Started Service number " + QByteArray::number(i) + ".\n";
            } else if (r % 997 == 0) {
                all += "[\x1b[0;1;31mFAILED\x1b[0m] Failed to start Unit " + QByteArray::number(i) + ".\n";
            } else if (r % 499 == 0) {
                all += "fsck 10%\rfsck 50%\rfsck 100% done\n";
            } else if (r % 1499 == 0) {
                for (const QByteArray &line : warning)
                    all += '[' + QByteArray::number(t, 'f', 6).rightJustified(12, ' ') + "] " + line + '\n';
            } else {
                t += (r % 1000) / 100000.0;
                all += '[' + QByteArray::number(t, 'f', 6).rightJustified(12, ' ') + "] " +
                    messages.at(r % messages.size()) + '\n';
            }
            if (all.size() >= perFile && !flush(false))
                return 1;
        }
    }
    all.truncate(qMax<qint64>(0, total - written));
    flush(true);
    std::printf("%lld bytes in %lld files\n", written, qint64(names.size()));
    return 0;
}
