// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Background threads run below the GUI thread: a libvirt worker (and the threads its jobs start)
// is at the main thread's nice value + 10, read back from /proc (the kernel's own account, not the
// helper's); the log document's I/O thread, which follows the live log, is not lowered; nor is
// a connection's open, which may fork.

#include "bootlog/LogDocument.h"
#include "platform/BackgroundThread.h"
#include "virt/Connection.h"
#include "virt/WorkQueue.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace vcv;

namespace {

/// The nice value of thread `tid` of this process: field 19 of /proc/self/task/TID/stat.
int niceOf(qint64 tid)
{
    QFile stat(u"/proc/self/task/%1/stat"_s.arg(tid));
    if (!stat.open(QIODevice::ReadOnly))
        return -100;
    const QByteArray text = stat.readAll();
    // "TID (comm) state ppid …": comm may hold spaces and parentheses; fields follow the last ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 16 ? fields.at(16).toInt() : -100; // field 19 overall, 17th after comm
}

int niceOfThisThread()
{
    return niceOf(qint64(::gettid()));
}

/// The TIDs of this process's threads named `name`.
QList<qint64> threadsNamed(const QByteArray &name)
{
    QList<qint64> tids;
    const QStringList entries = QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : entries) {
        QFile comm(u"/proc/self/task/%1/comm"_s.arg(tid));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name)
            tids << tid.toLongLong();
    }
    return tids;
}

} // namespace

class TestBackgroundPriority : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_main = niceOf(qint64(::getpid()));
        QVERIFY2(m_main > -100 && m_main + kBackgroundNiceIncrement <= 19,
                 "the test runs at a nice value that leaves no room below it");
    }

    void helperLowersOnceAndThreadsInherit()
    {
        int lowered = -100, again = -100, child = -100;
        std::thread([&] {
            lowerCurrentThreadPriority();
            lowered = niceOfThisThread();
            lowerCurrentThreadPriority(); // a pooled thread calls it per job: no lower than once
            again = niceOfThisThread();
            std::thread([&] { child = niceOfThisThread(); }).join();
        }).join();
        QCOMPARE(lowered, m_main + kBackgroundNiceIncrement);
        QCOMPARE(again, m_main + kBackgroundNiceIncrement);
        QCOMPARE(child, m_main + kBackgroundNiceIncrement);
        QCOMPARE(niceOfThisThread(), m_main); // the caller's own thread is untouched
    }

    void libvirtWorkerRunsBelowTheGuiThread()
    {
        QObject owner;
        WorkQueue queue(&owner);
        std::atomic_int jobNice = -100, startedNice = -100;
        bool delivered = false;
        queue.post([&](const WorkQueue::Deliver &deliver) {
            jobNice = niceOfThisThread();
            std::thread([&] { startedNice = niceOfThisThread(); }).join(); // as DomainConsoleLoader's
            deliver([&] { delivered = true; });
        });
        QTRY_VERIFY(delivered);
        QCOMPARE(jobNice.load(), m_main + kBackgroundNiceIncrement);
        QCOMPARE(startedNice.load(), m_main + kBackgroundNiceIncrement);
    }

    void aConnectionForksAtTheGuiThreadsPriority()
    {
        // libvirt's ext transport forks and runs a command, as its ssh transport runs ssh: the
        // command records the nice value it was born with, then exits, which fails the open.
        QTemporaryDir dir;
        const QString command = dir.filePath(u"transport"_s);
        QFile script(command);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nnice > \"$0.nice\"\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        Connection connection(u"qemu+ext:///system?command="_s + command);
        QSignalSpy failed(&connection, &Connection::disconnected);
        connection.setAutoReconnect(false);
        connection.open();
        QVERIFY(failed.wait(20000));
        QFile recorded(command + u".nice"_s);
        QVERIFY2(recorded.open(QIODevice::ReadOnly), "libvirt did not run the transport command");
        // Not lowered: a fork on a lowered thread, preempted, holds the process's malloc locks
        // and memory map against the GUI thread (Connection.h, m_openQueue).
        QCOMPARE(recorded.readAll().trimmed().toInt(), m_main);
    }

    void liveLogThreadStaysAtTheGuiThreadsPriority()
    {
        QTemporaryDir dir;
        QFile log(dir.filePath(u"log"_s));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("line\n");
        log.close();
        LogDocument doc;
        bool opened = false;
        connect(&doc, &LogDocument::opened, this, [&](bool ok) { opened = ok; });
        doc.open(log.fileName(), true);
        QTRY_VERIFY(opened); // the I/O thread has run
        const QList<qint64> io = threadsNamed("vcv-log-io");
        QCOMPARE(io.size(), 1);
        // It follows the live log, which the terminal's seed waits for: not lowered (BackgroundThread.h).
        QCOMPARE(niceOf(io.first()), m_main);
    }

private:
    int m_main = 0;
};

QTEST_GUILESS_MAIN(TestBackgroundPriority)
#include "tst_backgroundpriority.moc"
