// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Bytes per second from a byte source to the screen, and the longest GUI-thread stall, for
// TerminalView (what the console stream feeds) beside a bare QTermWidget fed from a plain pipe.
// Both read the same payload from a pipe written by another thread, so the source is identical.
//
//   bench_terminal [MiB] [rounds]      (default 16 MiB, 3 rounds; prints one line per run)
#include "TerminalFeed.h"
#include "widgets/TerminalView.h"

#include <QApplication>

#include "widgets/QTermWidgetHeaders.h"

#include <cstdio>

namespace {

QByteArray payload(qint64 bytes)
{
    QByteArray out;
    out.reserve(bytes + 128);
    for (int i = 0; out.size() < bytes; ++i) {
        char line[128];
        const int n = std::snprintf(line, sizeof line,
                                    "[  \x1b[0;32mOK\x1b[0m  ] vcv-bench line %08d the quick brown fox jumps\r\n", i);
        out.append(line, n);
    }
    out.truncate(bytes);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 16;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    const QByteArray data = payload(mib * 1024 * 1024);

    for (int round = 1; round <= rounds; ++round) {
        {
            // Baseline: QTermWidget as an application would use it, bytes written to its pty.
            vcv::bench::BareTerminal term;
            const auto r = vcv::bench::feedFromPipe(
                data, [&](const QByteArray &b) { term.feed(b); }, [&] { return term.shown(); });
            std::printf("round %d  qtermwidget-pipe  %7.2f MB/s  max stall %4lld ms\n", round, r.mbPerSecond,
                        static_cast<long long>(r.maxStallMs));
            std::fflush(stdout);
        }
        {
            vcv::TerminalView view;
            view.resize(1000, 600);
            view.show();
            qint64 shown = 0;
            QObject::connect(view.terminal(), &QTermWidget::receivedData, [&](const QString &s) { shown += s.size(); });
            const auto r =
                vcv::bench::feedFromPipe(data, [&](const QByteArray &b) { view.feed(b); }, [&] { return shown; });
            std::printf("round %d  terminalview      %7.2f MB/s  max stall %4lld ms\n", round, r.mbPerSecond,
                        static_cast<long long>(r.maxStallMs));
            std::fflush(stdout);
        }
    }
    return 0;
}
