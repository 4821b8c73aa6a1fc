// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The sandbox itself, end to end, with nothing of ours between the test and libvirt: the guest
// boots under the sandbox's libvirtd, its serial console answers a command through
// virDomainOpenConsole, and virtlogd wrote the same bytes to the log, rotations included.
#include "Sandbox.h"
#include "TestGuest.h"

#include <QDeadlineTimer>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <atomic>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using vcv::test::TestGuest;

class SandboxConsoleTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void consoleAndLogAgree();
};

namespace {
// Reads from a blocking stream in a thread of its own until `needle` arrives; aborts the stream
// when the deadline passes, which ends a receive that would otherwise block for ever.
QByteArray receiveUntil(virStreamPtr stream, const QByteArray &needle, int timeoutMs)
{
    QByteArray received;
    std::mutex mutex; // guards received
    std::atomic_bool done{false};
    std::thread reader([&] {
        char buffer[4096];
        while (!done) {
            const int n = virStreamRecv(stream, buffer, sizeof buffer);
            if (n <= 0)
                break; // end of stream, abort or error
            const std::lock_guard lock(mutex);
            received.append(buffer, n);
            if (received.contains(needle))
                break;
        }
        done = true;
    });
    const QDeadlineTimer deadline(timeoutMs);
    while (!done && !deadline.hasExpired())
        QTest::qWait(50);
    if (!done) {
        done = true;
        virStreamAbort(stream);
    }
    reader.join();
    return received;
}
} // namespace

void SandboxConsoleTest::consoleAndLogAgree()
{
    TestGuest guest(u"vcv-e2e-console"_s);
    QString error;
    QVERIFY2(guest.boot(&error), qPrintable(error));

    virStreamPtr stream = virStreamNew(guest.connection(), 0);
    QVERIFY(stream);
    QCOMPARE(virDomainOpenConsole(guest.domain(), nullptr, stream, 0), 0);

    // The shell computes the answer, so seeing it proves a round trip through the guest rather
    // than our own keystrokes echoed back.
    const QByteArray command = "echo vcv-$((6 * 7))-answer\r";
    QCOMPARE(virStreamSend(stream, command.constData(), command.size()), int(command.size()));
    const QByteArray answer = "vcv-42-answer\r\n";
    const QByteArray received = receiveUntil(stream, answer, 30000);
    QVERIFY2(received.contains(answer), received.constData());
    virStreamAbort(stream); // we are done with the console: close it
    virStreamFree(stream);

    // virtlogd writes what the console shows: the command's echo and its answer.
    QVERIFY(guest.waitForLog(answer, 10000));
    const QByteArray log = guest.readLogChain();
    QVERIFY(log.contains("echo vcv-$((6 * 7))-answer"));
    QVERIFY(log.contains("root@vcv-e2e-console:~# "));
    // One boot is larger than virtlogd's max_size in the sandbox: the log was rotated, and the
    // chain starts with the kernel's first line.
    const QStringList files = guest.logChainFiles();
    QVERIFY2(files.size() >= 2, qPrintable(files.join(u", "_s)));
    QVERIFY(files.contains(guest.logFile() + u".0"_s));
    QVERIFY(log.contains("Linux version"));
}

QTEST_GUILESS_MAIN(SandboxConsoleTest)
#include "tst_sandbox_console.moc"
