// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// RemoteLogMirror's host-side script and its local bookkeeping, with a stand-in for ssh that runs
// the remote command on this machine (the unit seam: ssh only carries the command and its bytes).
// The same class over a real sshd is tested in tests/e2e/tst_remote_ssh.
#include "bootlog/RemoteLogMirror.h"

#include "LogFixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <memory>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using vcv::RemoteLogMirror;

using vcv::test::appendFile;
using vcv::test::readFile;
using vcv::test::writeFile;

class TestRemoteLogMirror : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        // "ssh": runs its last argument, the remote command, with sh as a host would.
        m_ssh = m_dir.filePath(u"fake-ssh"_s);
        QVERIFY(writeFile(m_ssh, "#!/bin/sh\nfor last; do :; done\nexec /bin/sh -c \"$last\"\n"));
        QFile::setPermissions(m_ssh, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_host = m_dir.filePath(u"host %1 it's"_s.arg(++m_case)); // spaces and a quote in the path
        QVERIFY(QDir().mkpath(m_host));
        m_log = m_host + u"/demo-serial0.log"_s;
        m_mirror = m_dir.filePath(u"mirror-%1.log"_s.arg(m_case));
    }

    /// A copy without following of `log` through the stand-in ssh, waited for (finished()).
    std::unique_ptr<RemoteLogMirror> copied(const QString &log)
    {
        auto mirror = std::make_unique<RemoteLogMirror>(QStringList{u"host"_s}, log, m_mirror);
        mirror->setSshProgram(m_ssh);
        QSignalSpy finished(mirror.get(), &RemoteLogMirror::finished);
        mirror->start(false);
        if (finished.isEmpty())
            finished.wait(10000);
        return mirror;
    }

    /// An "ssh" at `path` that runs the first session (the live part) at once and holds every
    /// later one (the history's) until the file `go` exists.
    bool writeHistoryHoldingSsh(const QString &path, const QString &go)
    {
        const QString count = go + u".sessions"_s;
        const bool written = writeFile(path,
                                       QStringLiteral("#!/bin/sh\nfor last; do :; done\n"
                                                      "n=$(cat '%2' 2>/dev/null || echo 0); echo $((n+1)) > '%2'\n"
                                                      "if [ \"$n\" -ge 1 ]; then while [ ! -e '%1' ]; do sleep 0.05; "
                                                      "done; fi\n"
                                                      "exec /bin/sh -c \"$last\"\n")
                                           .arg(go, count)
                                           .toUtf8());
        return written && QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void copiesTheChainOldestFirst()
    {
        QVERIFY(writeFile(m_log + u".2"_s, "oldest\n"));
        QVERIFY(writeFile(m_log + u".1"_s, "older\n"));
        QVERIFY(writeFile(m_log + u".0"_s, "old, no newline at the cut "));
        QVERIFY(writeFile(m_log, "then the rest\n\x1b[32mgreen\x1b[0m\n"));
        const auto mirror = copied(m_log);
        QCOMPARE(mirror->state(), RemoteLogMirror::State::Finished);
        QCOMPARE(readFile(m_mirror),
                 "oldest\nolder\nold, no newline at the cut then the rest\n\x1b[32mgreen\x1b[0m\n"_ba);
        QCOMPARE(mirror->bytesMirrored(), readFile(m_mirror).size());
        // The host's log is root's alone; its copy is its user's alone.
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(m_mirror).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
    }

    void missingLogIsExplained()
    {
        const auto mirror = copied(m_log);
        QCOMPARE(mirror->state(), RemoteLogMirror::State::Failed);
        QVERIFY2(mirror->errorString().contains(u"does not exist"_s), qPrintable(mirror->errorString()));
    }

    void noSshProgramIsExplained()
    {
        RemoteLogMirror mirror({u"host"_s}, m_log, m_mirror);
        mirror.setSshProgram(m_dir.filePath(u"no-such-ssh"_s));
        QSignalSpy finished(&mirror, &RemoteLogMirror::finished);
        mirror.start(true);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(mirror.state(), RemoteLogMirror::State::Failed);
        QVERIFY2(mirror.errorString().contains(u"OpenSSH"_s), qPrintable(mirror.errorString()));
    }

    void followsAcrossRotationsLikeVirtlogd()
    {
        QVERIFY(writeFile(m_log + u".0"_s, "boot 1 line 1\n"));
        QVERIFY(writeFile(m_log, "boot 1 line 2\n"));
        RemoteLogMirror mirror({u"host"_s}, m_log, m_mirror);
        mirror.setSshProgram(m_ssh);
        mirror.start(true);
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_mirror), "boot 1 line 1\nboot 1 line 2\n"_ba, 10000);
        QVERIFY(appendFile(m_log, "line 3\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_mirror), "boot 1 line 1\nboot 1 line 2\nline 3\n"_ba, 10000);
        // virtlogd's rollover: every file one number up, then a new base file.
        QVERIFY(QFile::rename(m_log + u".0"_s, m_log + u".1"_s));
        QVERIFY(QFile::rename(m_log, m_log + u".0"_s));
        QVERIFY(writeFile(m_log, "after the rotation\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_mirror), "boot 1 line 1\nboot 1 line 2\nline 3\nafter the rotation\n"_ba,
                                  15000);
        QCOMPARE(mirror.state(), RemoteLogMirror::State::Running);
        mirror.stop();
        QCOMPARE(mirror.state(), RemoteLogMirror::State::Idle);
    }

    void stoppedSshIsKilledAndReapedWithoutWaiting()
    {
        // stop() (and the mirror's end) kills ssh and leaves the waiting to the event loop: the
        // process must still be reaped, not left a zombie, once the mirror is gone.
        const QString pidFile = m_dir.filePath(u"ssh.pid"_s);
        QVERIFY(writeFile(m_ssh,
                          QStringLiteral("#!/bin/sh\nfor last; do :; done\necho $$ > '%1'\n"
                                         "exec /bin/sh -c \"$last\"\n")
                              .arg(pidFile)
                              .toUtf8()));
        QVERIFY(writeFile(m_log, "line\n"));
        pid_t pid = 0;
        {
            RemoteLogMirror mirror({u"host"_s}, m_log, m_mirror);
            mirror.setSshProgram(m_ssh);
            mirror.start(true);
            QTRY_COMPARE_WITH_TIMEOUT(readFile(m_mirror), "line\n"_ba, 10000);
            pid = pid_t(readFile(pidFile).trimmed().toLongLong());
            QVERIFY(pid > 0);
            QCOMPARE(::kill(pid, 0), 0);
            mirror.stop();
            QCOMPARE(mirror.state(), RemoteLogMirror::State::Idle);
        }
        // Gone means reaped: a zombie still answers kill(pid, 0).
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0 && errno == ESRCH, 10000);
    }

    void resumesAfterTheConnectionDropsWithoutRepeating()
    {
        // This "ssh" drops the first connection after a second, like a network that went away.
        const QString once = m_dir.filePath(u"dropped-once"_s);
        QVERIFY(writeFile(m_ssh,
                          QStringLiteral("#!/bin/sh\nfor last; do :; done\n"
                                         "if [ ! -e '%1' ]; then touch '%1'; timeout 1 /bin/sh -c \"$last\"; "
                                         "echo 'Connection to host closed by remote host.' >&2; exit 255; fi\n"
                                         "exec /bin/sh -c \"$last\"\n")
                              .arg(once)
                              .toUtf8()));
        QVERIFY(writeFile(m_log + u".0"_s, "first\n"));
        QVERIFY(writeFile(m_log, "second\n"));
        RemoteLogMirror mirror({u"host"_s}, m_log, m_mirror);
        mirror.setSshProgram(m_ssh);
        mirror.setRetryDelays(200, 1000);
        QSignalSpy errors(&mirror, &RemoteLogMirror::errorOccurred);
        mirror.start(true);
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_mirror), "first\nsecond\n"_ba, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
        QVERIFY2(errors.first().first().toString().contains(u"closed by remote host"_s),
                 qPrintable(errors.first().first().toString()));
        QVERIFY(appendFile(m_log, "third, while away\n"));
        QTRY_COMPARE_WITH_TIMEOUT(mirror.state(), RemoteLogMirror::State::Running, 10000);
        QVERIFY(appendFile(m_log, "fourth\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_mirror), "first\nsecond\nthird, while away\nfourth\n"_ba, 10000);
    }

    void worksWhateverTheLoginShell_data()
    {
        // sshd runs the command with the user's login shell as `SHELL -c COMMAND`.
        QTest::addColumn<QString>("shell");
        for (const char *shell :
             {"/bin/sh", "/bin/dash", "/bin/bash", "/bin/busybox sh", "/usr/bin/fish", "/usr/bin/tcsh"})
            QTest::newRow(shell) << QString::fromLatin1(shell);
    }

    void worksWhateverTheLoginShell()
    {
        QFETCH(QString, shell);
        QVERIFY2(QFileInfo::exists(shell.section(u' ', 0, 0)),
                 qPrintable(shell + u" is missing: it comes with packaging/debian13-packages.txt"_s));
        QVERIFY(writeFile(
            m_ssh, QStringLiteral("#!/bin/sh\nfor last; do :; done\nexec %1 -c \"$last\"\n").arg(shell).toUtf8()));
        // A path with a quote, a space, $( ) and a ! (tcsh expands it even in quotes).
        const QString dir = m_host + u"/it's $(echo no) a b!x"_s;
        QVERIFY(QDir().mkpath(dir));
        const QString log = dir + u"/demo-serial0.log"_s;
        QVERIFY(writeFile(log + u".1"_s, "oldest\n"));
        QVERIFY(writeFile(log + u".0"_s, "older\n"));
        QVERIFY(writeFile(log, "live\n"));
        QCOMPARE(copied(log)->state(), RemoteLogMirror::State::Finished);
        QCOMPARE(readFile(m_mirror), "oldest\nolder\nlive\n"_ba);
        // Following, then the host's shell runs `tail -F` on the live file.
        RemoteLogMirror follower({u"host"_s}, log, m_mirror);
        follower.setSshProgram(m_ssh);
        follower.start(true);
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_mirror), "oldest\nolder\nlive\n"_ba, 10000);
        QVERIFY(appendFile(log, "more\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_mirror), "oldest\nolder\nlive\nmore\n"_ba, 10000);
    }

    void resumeSkipsFileByFile_data()
    {
        QTest::addColumn<qint64>("skip");
        // oldest\n = 7 bytes, older\n = 6, live\n = 5
        for (qint64 skip : {0, 3, 7, 10, 13, 15, 18})
            QTest::newRow(qPrintable(QString::number(skip))) << skip;
    }

    void resumeSkipsFileByFile()
    {
        // The script as the host runs it, with every resume point: what comes out is the
        // stitched chain from that byte on.
        QFETCH(qint64, skip);
        QVERIFY(writeFile(m_log + u".1"_s, "oldest\n"));
        QVERIFY(writeFile(m_log + u".0"_s, "older\n"));
        QVERIFY(writeFile(m_log, "live\n"));
        QProcess sh;
        sh.start(u"/bin/sh"_s,
                 {u"-c"_s, RemoteLogMirror::commandCarrying(RemoteLogMirror::remoteScript(m_log, skip, false))});
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 0);
        QByteArray out = sh.readAllStandardOutput();
        // First the header: where the bytes begin, then each file's inode and size.
        const qsizetype newline = out.indexOf('\n');
        const auto header = RemoteLogMirror::parseHeader(QByteArrayView(out).left(newline));
        QVERIFY(header);
        QCOMPARE(header->start, skip);
        const QStringList files{m_log + u".1"_s, m_log + u".0"_s, m_log};
        QCOMPARE(header->files.size(), files.size());
        for (qsizetype i = 0; i < files.size(); ++i) {
            struct stat st{};
            QCOMPARE(::stat(QFile::encodeName(files.at(i)).constData(), &st), 0);
            QCOMPARE(header->files.at(i).inode, qint64(st.st_ino));
            QCOMPARE(header->files.at(i).size, qint64(st.st_size));
        }
        QCOMPARE(out.mid(newline + 1), "oldest\nolder\nlive\n"_ba.mid(skip));
    }

    void windowStartsTheCopyNearTheEnd()
    {
        QVERIFY(writeFile(m_log + u".0"_s, "oldest\n"));
        QVERIFY(writeFile(m_log, "older\nlive\n"));
        QProcess sh;
        sh.start(u"/bin/sh"_s,
                 {u"-c"_s, RemoteLogMirror::commandCarrying(RemoteLogMirror::remoteScript(m_log, 0, false, 8))});
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished(10000));
        const QByteArray out = sh.readAllStandardOutput();
        QVERIFY2(out.startsWith("vcv-mirror 10 "), out.constData());
        QCOMPARE(out.mid(out.indexOf('\n') + 1), "er\nlive\n"_ba); // the chain from byte 18 - 8
    }

    void readyOnlyOnceTheWindowIsIn()
    {
        // The header line in a read of its own, the log's bytes a moment later (as over a link):
        // ready() must wait for those bytes, also for a log small enough to have no history.
        // In tst_remote_ssh the terminal's first screen was read from the first 16 KiB.
        QVERIFY(writeFile(m_ssh,
                          "#!/bin/sh\nfor last; do :; done\n"
                          "/bin/sh -c \"$last\" | { IFS= read -r header; printf '%s\\n' \"$header\"; "
                          "sleep 0.3; exec cat; }\n"));
        const QByteArray log = vcv::test::numberedLines(40'000);
        QVERIFY(writeFile(m_log, log));
        RemoteLogMirror mirror(QStringList{u"host"_s}, m_log, m_mirror);
        mirror.setSshProgram(m_ssh);
        QByteArray copyAtReady;
        qint64 pending = -1;
        connect(&mirror, &RemoteLogMirror::ready, this, [&](qint64 historyPendingBefore) {
            copyAtReady = readFile(m_mirror);
            pending = historyPendingBefore;
        });
        mirror.start(true);
        QTRY_VERIFY_WITH_TIMEOUT(pending >= 0, 10000);
        QCOMPARE(pending, 0);
        QCOMPARE(copyAtReady.size(), log.size());
        QCOMPARE(copyAtReady, log);
    }

    void readyAtOnceForAnEmptyLog()
    {
        QVERIFY(writeFile(m_log, QByteArray()));
        RemoteLogMirror mirror(QStringList{u"host"_s}, m_log, m_mirror);
        mirror.setSshProgram(m_ssh);
        QSignalSpy ready(&mirror, &RemoteLogMirror::ready);
        mirror.start(true);
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.first().first().toLongLong(), 0);
        // Then it follows: what the guest prints next arrives.
        QVERIFY(appendFile(m_log, "first line\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_mirror), "first line\n"_ba, 10000);
    }

    void atMost32RotationsAsLocally()
    {
        // More rotations than a chain holds (RotationChain reads 32): the newest 32 and the
        // live file, and a header the parser takes.
        QByteArray expected;
        for (int k = 33; k >= 0; --k) {
            const QByteArray line = "rotation " + QByteArray::number(k) + '\n';
            QVERIFY(writeFile(m_log + u".%1"_s.arg(k), line));
            if (k < 32)
                expected += line;
        }
        QVERIFY(writeFile(m_log, "live\n"));
        expected += "live\n";
        QCOMPARE(copied(m_log)->state(), RemoteLogMirror::State::Finished);
        QCOMPARE(readFile(m_mirror), expected);
    }

    void cancelledHistoryKeepsWhatArrived()
    {
        // The user's Stop: the history's session ends, the live part goes on.
        QVERIFY(writeFile(m_ssh,
                          QStringLiteral("#!/bin/sh\nfor last; do :; done\n"
                                         "n=$(cat '%1' 2>/dev/null || echo 0); echo $((n+1)) > '%1'\n"
                                         "if [ \"$n\" -ge 1 ]; then exec sleep 600; fi\n"
                                         "exec /bin/sh -c \"$last\"\n")
                              .arg(m_dir.filePath(u"sessions-%1"_s.arg(m_case)))
                              .toUtf8()));
        const QByteArray all = vcv::test::numberedLines(300'000);
        QVERIFY(writeFile(m_log + u".0"_s, all.left(200'000)));
        QVERIFY(writeFile(m_log, all.mid(200'000)));
        RemoteLogMirror mirror({u"host"_s}, m_log, m_mirror);
        mirror.setSshProgram(m_ssh);
        mirror.setWindow(4096);
        QSignalSpy ready(&mirror, &RemoteLogMirror::ready);
        QSignalSpy complete(&mirror, &RemoteLogMirror::historyComplete);
        QSignalSpy errors(&mirror, &RemoteLogMirror::errorOccurred);
        mirror.start(true);
        QVERIFY(ready.wait(10000));
        const qint64 pending = ready.first().first().toLongLong();
        QCOMPARE(pending, all.size() - 4096);
        QVERIFY(mirror.isCopyingHistory());
        mirror.cancelHistory();
        QCOMPARE(complete.count(), 1);
        QCOMPARE(complete.first().first().toLongLong(), pending); // nothing of it arrived
        QVERIFY(!mirror.isCopyingHistory());
        QCOMPARE(errors.count(), 0);
        // The live part still follows.
        QVERIFY(appendFile(m_log, "after the stop\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_mirror).mid(pending), all.mid(pending) + "after the stop\n", 10000);
        QCOMPARE(mirror.state(), RemoteLogMirror::State::Running);
    }

    void hostThatSendsSomethingElseIsRefused_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::newRow("a banner on stdout") << "Welcome to the host\nlog bytes\n"_ba;
        QTest::newRow("a start past its files") << "vcv-mirror 99 1 10\nlog bytes\n"_ba;
        QTest::newRow("an endless first line") << QByteArray(100000, 'x');
    }

    void hostThatSendsSomethingElseIsRefused()
    {
        // What comes before the log is parsed strictly; the copy takes none of it.
        QFETCH(QByteArray, sent);
        const QString payload = m_dir.filePath(u"sent-%1"_s.arg(m_case));
        QVERIFY(writeFile(payload, sent));
        QVERIFY(
            writeFile(m_ssh, QStringLiteral("#!/bin/sh\ncat > /dev/null; cat '%1'; sleep 5\n").arg(payload).toUtf8()));
        RemoteLogMirror mirror({u"host"_s}, m_log, m_mirror);
        mirror.setSshProgram(m_ssh);
        QSignalSpy ready(&mirror, &RemoteLogMirror::ready);
        QSignalSpy finished(&mirror, &RemoteLogMirror::finished);
        mirror.start(true);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(mirror.state(), RemoteLogMirror::State::Failed);
        QVERIFY2(mirror.errorString().contains(u"something other than the log"_s), qPrintable(mirror.errorString()));
        QCOMPARE(ready.size(), 0);
        QCOMPARE(readFile(m_mirror), QByteArray());
    }

    void planHistoryNewestFirstWithinFiles()
    {
        constexpr qint64 M = 1 << 20;
        const QList<RemoteLogMirror::RemoteFile> files{{11, 3 * M + 5}, {12, 10}, {13, 2 * M}};
        using C = RemoteLogMirror::HistoryChunk;
        const QList<C> expected{
            {13, 0, 85, 3 * M + 15},       // the live file's part before the window
            {12, 0, 10, 3 * M + 5},        // file.0, whole
            {11, 3 * M, 3 * M + 5, 3 * M}, // file.1 from its end
            {11, 2 * M, 3 * M, 2 * M},     {11, M, 2 * M, M}, {11, 0, M, 0},
        };
        QCOMPARE(RemoteLogMirror::planHistory(files, 3 * M + 100, M), expected);
        QCOMPARE(RemoteLogMirror::planHistory(files, 0, M), QList<C>{});
        // The window began inside file.1: nothing of the live file.
        QCOMPARE(RemoteLogMirror::planHistory(files, 7, M), (QList<C>{{11, 0, 7, 0}}));
    }

    void headerIsParsedStrictly_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("valid");
        QTest::newRow("one file") << "vcv-mirror 3 42 10"_ba << true;
        QTest::newRow("no file yet") << "vcv-mirror 0"_ba << true;
        QTest::newRow("padded") << "vcv-mirror  3  42 10"_ba << true;
        QTest::newRow("a login banner") << "Welcome to host"_ba << false;
        QTest::newRow("no start") << "vcv-mirror"_ba << false;
        QTest::newRow("negative") << "vcv-mirror -1 42 10"_ba << false;
        QTest::newRow("half a file") << "vcv-mirror 3 42"_ba << false;
        QTest::newRow("start past the end (a resume after a wipe)") << "vcv-mirror 11 42 10"_ba << true;
        QTest::newRow("not a number") << "vcv-mirror 3 4x2 10"_ba << false;
        QTest::newRow("too big") << "vcv-mirror 3 42 99999999999999999999"_ba << false;
        QByteArray many = "vcv-mirror 0";
        for (int i = 0; i < 40; ++i)
            many += " 1 1";
        QTest::newRow("more files than a chain has") << many << false;
    }

    void headerIsParsedStrictly()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, valid);
        QCOMPARE(RemoteLogMirror::parseHeader(line).has_value(), valid);
    }

    void followCopiesTheNewestFirstThenTheHistory_data()
    {
        QTest::addColumn<QString>("meanwhile");
        QTest::newRow("nothing") << u"nothing"_s;
        QTest::newRow("virtlogd rotates") << u"rotate"_s;
        QTest::newRow("the oldest file is deleted") << u"delete oldest"_s;
    }

    void followCopiesTheNewestFirstThenTheHistory()
    {
        QFETCH(QString, meanwhile);
        // The history's session held until the test says go, so that what arrives first can be
        // looked at.
        const QString go = m_dir.filePath(u"go-%1"_s.arg(m_case));
        QVERIFY(writeHistoryHoldingSsh(m_ssh, go));
        // 3.5 MiB over four files, cut inside lines.
        const QByteArray all = vcv::test::numberedLines(3'500'000);
        const QList<qsizetype> cuts{0, 1'500'013, 2'600'007, 2'600'100, all.size()};
        const QStringList names{m_log + u".2"_s, m_log + u".1"_s, m_log + u".0"_s, m_log};
        for (int i = 0; i < 4; ++i)
            QVERIFY(writeFile(names.at(i), all.mid(cuts.at(i), cuts.at(i + 1) - cuts.at(i))));

        RemoteLogMirror mirror({u"host"_s}, m_log, m_mirror);
        mirror.setSshProgram(m_ssh);
        mirror.setWindow(64 * 1024);
        QSignalSpy ready(&mirror, &RemoteLogMirror::ready);
        QSignalSpy complete(&mirror, &RemoteLogMirror::historyComplete);
        QSignalSpy progress(&mirror, &RemoteLogMirror::historyProgress);
        QSignalSpy errors(&mirror, &RemoteLogMirror::errorOccurred);
        // Each part of the history reported is in the file when it is reported, down to its
        // offset, and the offsets only go down.
        QList<qint64> partsFrom;
        QStringList partProblems;
        connect(&mirror, &RemoteLogMirror::historyPartlyCopied, &mirror, [&](qint64 from) {
            const qint64 end = all.size() - 64 * 1024;
            if (!partsFrom.isEmpty() && from >= partsFrom.last())
                partProblems << u"%1 after %2"_s.arg(from).arg(partsFrom.last());
            if (readFile(m_mirror).mid(from, end - from) != all.mid(from, end - from))
                partProblems << u"the bytes from %1 are not there"_s.arg(from);
            if (complete.count() > 0)
                partProblems << u"%1 after historyComplete()"_s.arg(from);
            partsFrom << from;
        });
        mirror.start(true);
        QVERIFY(ready.wait(10000));
        const qint64 pending = all.size() - 64 * 1024;
        QCOMPARE(ready.first().first().toLongLong(), pending);
        // The newest bytes first, at their own offsets, all there when ready() says so (whoever
        // opens the copy then reads them, not the hole); a hole before them.
        QCOMPARE(readFile(m_mirror).size(), all.size());
        QCOMPARE(readFile(m_mirror).mid(pending), all.mid(pending));
        QCOMPARE(readFile(m_mirror).left(pending), QByteArray(pending, '\0'));
        QVERIFY(mirror.isCopyingHistory());
        QCOMPARE(complete.count(), 0);

        QByteArray later;
        qint64 historyFrom = 0;
        if (meanwhile == u"rotate"_s) {
            // Every file one number up, then a new live file: the history is found by inode.
            for (int k = 2; k >= 0; --k)
                QVERIFY(QFile::rename(m_log + u".%1"_s.arg(k), m_log + u".%1"_s.arg(k + 1)));
            QVERIFY(QFile::rename(m_log, m_log + u".0"_s));
            later = "after the rotation\n";
            QVERIFY(writeFile(m_log, later));
        } else if (meanwhile == u"delete oldest"_s) {
            QVERIFY(QFile::remove(m_log + u".2"_s));
            historyFrom = cuts.at(1);
        }
        QVERIFY(writeFile(go, {}));
        QVERIFY(complete.wait(20000));
        QCOMPARE(complete.first().first().toLongLong(), historyFrom);
        QVERIFY2(partProblems.isEmpty(), qPrintable(partProblems.join(u"; "_s)));
        QVERIFY(partsFrom.size() >= 2); // 3.4 MiB of history in chunks of at most 1 MiB
        QCOMPARE(partsFrom.last(), historyFrom);
        QVERIFY(!mirror.isCopyingHistory());
        QCOMPARE(progress.last().at(0).toLongLong(), pending);
        QCOMPARE(progress.last().at(1).toLongLong(), pending);
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_mirror).size(), all.size() + later.size(), 10000);
        QCOMPARE(readFile(m_mirror).mid(historyFrom), all.mid(historyFrom) + later);
        if (historyFrom > 0) {
            QCOMPARE(errors.count(), 1);
            QVERIFY2(errors.first().first().toString().contains(u"rotated away"_s),
                     qPrintable(errors.first().first().toString()));
        } else {
            QCOMPARE(errors.count(), 0);
        }
        QCOMPARE(mirror.state(), RemoteLogMirror::State::Running);
    }

    void resumeCountsFromTheAnchorFile_data()
    {
        QTest::addColumn<bool>("anchorThere");
        QTest::addColumn<qint64>("anchorSize");
        QTest::newRow("anchor file there") << true << qint64(6);
        QTest::newRow("anchor file gone") << false << qint64(6);
        QTest::newRow("anchor file shorter than it was") << true << qint64(7);
    }

    void resumeCountsFromTheAnchorFile()
    {
        // The script as the host runs it: `skip` counts from where the anchor (by inode) begins
        // in the chain now; the anchor gone, everything on the host is newer than the copy.
        QFETCH(bool, anchorThere);
        QFETCH(qint64, anchorSize);
        QVERIFY(writeFile(m_log + u".1"_s, "oldest\n"));
        QVERIFY(writeFile(m_log + u".0"_s, "older\n"));
        QVERIFY(writeFile(m_log, "live\n"));
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(m_log + u".0"_s).constData(), &st), 0);
        const qint64 anchor = anchorThere ? qint64(st.st_ino) : qint64(st.st_ino) + 1'000'000'007;
        QProcess sh;
        sh.start(
            u"/bin/sh"_s,
            {u"-c"_s,
             RemoteLogMirror::commandCarrying(RemoteLogMirror::remoteScript(m_log, 3, false, 0, anchor, anchorSize))});
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 0);
        const QByteArray out = sh.readAllStandardOutput();
        const qint64 start = anchorThere && anchorSize <= 6 ? 7 + 3 : 0;
        QVERIFY2(out.startsWith(QByteArray("vcv-mirror " + QByteArray::number(start) + ' ')), out.constData());
        QCOMPARE(out.mid(out.indexOf('\n') + 1), "oldest\nolder\nlive\n"_ba.mid(start));
    }

    void reopenedCopyGetsOnlyWhatIsNew_data()
    {
        QTest::addColumn<QString>("meanwhile");
        QTest::newRow("nothing") << u"nothing"_s;
        QTest::newRow("the log grows") << u"grow"_s;
        QTest::newRow("virtlogd rotates") << u"rotate"_s;
        QTest::newRow("rotates and drops the oldest") << u"rotate, drop oldest"_s;
        QTest::newRow("rotated past all the copy knew") << u"all new"_s;
    }

    void reopenedCopyGetsOnlyWhatIsNew()
    {
        // A tab closed and opened again: the second mirror continues the first one's copy and
        // copies only what the host wrote since, wherever virtlogd moved it meanwhile.
        QFETCH(QString, meanwhile);
        const QByteArray all = vcv::test::numberedLines(300'000);
        const QList<qsizetype> cuts{0, 100'003, 200'001, all.size()};
        QVERIFY(writeFile(m_log + u".1"_s, all.mid(cuts.at(0), cuts.at(1) - cuts.at(0))));
        QVERIFY(writeFile(m_log + u".0"_s, all.mid(cuts.at(1), cuts.at(2) - cuts.at(1))));
        QVERIFY(writeFile(m_log, all.mid(cuts.at(2))));
        RemoteLogMirror::ResumePoint point;
        {
            RemoteLogMirror first({u"host"_s}, m_log, m_mirror);
            first.setSshProgram(m_ssh);
            first.setWindow(16 * 1024);
            QSignalSpy complete(&first, &RemoteLogMirror::historyComplete);
            first.start(true);
            QVERIFY(complete.wait(10000));
            QTRY_COMPARE_WITH_TIMEOUT(readFile(m_mirror), all, 10000);
            first.stop();
            point = first.resumePoint();
        }
        QVERIFY(point.isValid());
        QCOMPARE(point.end, all.size());

        QByteArray added;
        const auto rotate = [this] {
            for (int k = 2; k >= 0; --k) {
                if (QFile::exists(m_log + u".%1"_s.arg(k)))
                    QVERIFY(QFile::rename(m_log + u".%1"_s.arg(k), m_log + u".%1"_s.arg(k + 1)));
            }
            QVERIFY(QFile::rename(m_log, m_log + u".0"_s));
        };
        if (meanwhile != u"nothing"_s) {
            added = "written while the tab was closed\n";
            QVERIFY(appendFile(m_log, added));
        }
        if (meanwhile.startsWith(u"rotate"_s) || meanwhile == u"all new"_s) {
            rotate();
            QVERIFY(writeFile(m_log, "after the rotation\n"));
            added += "after the rotation\n";
        }
        if (meanwhile == u"rotate, drop oldest"_s)
            QVERIFY(QFile::remove(m_log + u".2"_s));
        if (meanwhile == u"all new"_s) {
            // Every file the copy knew rotated away: what is on the host is all new.
            // The new file first, so that it cannot get an inode of the old ones.
            added = "a log begun anew\n";
            QVERIFY(writeFile(m_host + u"/new"_s, added));
            for (const QString &name : QDir(m_host).entryList(QDir::Files)) {
                if (name != u"new"_s)
                    QVERIFY(QFile::remove(m_host + u'/' + name));
            }
            QVERIFY(QFile::rename(m_host + u"/new"_s, m_log));
        }

        RemoteLogMirror second({u"host"_s}, m_log, m_mirror);
        second.setSshProgram(m_ssh);
        QSignalSpy ready(&second, &RemoteLogMirror::ready);
        QSignalSpy complete(&second, &RemoteLogMirror::historyComplete);
        second.resume(point);
        // Ready at once, with the whole copy there: nothing is pending.
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.first().first().toLongLong(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_mirror), all + added, 10000);
        QCOMPARE(second.bytesMirrored(), added.size());
        QCOMPARE(complete.count(), 0);
        // And it follows, as a first start does.
        QVERIFY(appendFile(m_log, "live again\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_mirror), all + added + "live again\n", 10000);
        QCOMPARE(QFileInfo(m_mirror).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    void reopenedCopyContinuesItsHistory()
    {
        // The first mirror stops before its history came (its second session held back): the
        // second one shows what is there at once and copies the rest of the history.
        const QString held = m_dir.filePath(u"held-ssh-%1"_s.arg(m_case));
        QVERIFY(writeHistoryHoldingSsh(held, m_dir.filePath(u"go-%1"_s.arg(m_case)))); // never goes
        const QByteArray all = vcv::test::numberedLines(3'000'000);
        QVERIFY(writeFile(m_log + u".0"_s, all.left(1'700'009)));
        QVERIFY(writeFile(m_log, all.mid(1'700'009)));
        RemoteLogMirror::ResumePoint point;
        const qint64 pending = all.size() - 64 * 1024;
        {
            RemoteLogMirror first({u"host"_s}, m_log, m_mirror);
            first.setSshProgram(held);
            first.setWindow(64 * 1024);
            QSignalSpy ready(&first, &RemoteLogMirror::ready);
            first.start(true);
            QVERIFY(ready.wait(10000));
            QCOMPARE(ready.first().first().toLongLong(), pending);
            first.stop();
            point = first.resumePoint();
        }
        QCOMPARE(point.historyFrom, pending);
        QVERIFY(!point.historyLeft.isEmpty());

        RemoteLogMirror second({u"host"_s}, m_log, m_mirror);
        second.setSshProgram(m_ssh);
        QSignalSpy ready(&second, &RemoteLogMirror::ready);
        QSignalSpy grew(&second, &RemoteLogMirror::historyPartlyCopied);
        QSignalSpy complete(&second, &RemoteLogMirror::historyComplete);
        second.resume(point);
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.first().first().toLongLong(), pending);
        QVERIFY(complete.wait(20000));
        QCOMPARE(complete.first().first().toLongLong(), 0);
        QCOMPARE(readFile(m_mirror), all);
        QCOMPARE(second.bytesMirrored(), pending);
        // The history came in 1 MiB steps, newest first, each reported with where it begins.
        QVERIFY(!grew.isEmpty());
        qint64 previous = pending;
        for (const auto &signal : std::as_const(grew)) {
            QVERIFY(signal.first().toLongLong() < previous);
            previous = signal.first().toLongLong();
        }
        QCOMPARE(previous, 0);
    }

    void copyOfAnotherLengthStartsAfresh()
    {
        QVERIFY(writeFile(m_log, "the whole log\n"));
        RemoteLogMirror::ResumePoint point;
        point.end = 5; // the file is longer: not the copy the point was taken of
        QVERIFY(writeFile(m_mirror, "something else entirely\n"));
        RemoteLogMirror mirror({u"host"_s}, m_log, m_mirror);
        mirror.setSshProgram(m_ssh);
        mirror.resume(point);
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_mirror), "the whole log\n"_ba, 10000);
    }

    void commandIsTheSameInEveryShell()
    {
        // Nothing a login shell could read differently: letters, a space and a dash.
        QCOMPARE(RemoteLogMirror::remoteCommand(), u"sh -s"_s);
        const QString carrying = RemoteLogMirror::commandCarrying(
            RemoteLogMirror::remoteScript(u"/var/log/it's $(here)/a b!.log"_s, 42, true, 4096, 12, 34));
        QVERIFY(carrying.startsWith(u"echo "_s));
        QVERIFY(carrying.endsWith(u" | base64 -d | sh -s"_s));
        const QString encoded = carrying.mid(5).chopped(20);
        QVERIFY(std::all_of(encoded.cbegin(), encoded.cend(), [](QChar c) {
            return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+' ||
                c == u'/' || c == u'=';
        }));
        QVERIFY(RemoteLogMirror::remoteScript(u"/var/log/it's $(here)/a b.log"_s, 42, true)
                    .startsWith("set -- '/var/log/it'\\''s $(here)/a b.log' 42 1 0 0 0\n"));
    }

private:
    QTemporaryDir m_dir;
    QString m_ssh, m_host, m_log, m_mirror;
    int m_case = 0;
};

QTEST_GUILESS_MAIN(TestRemoteLogMirror)
#include "tst_remotelogmirror.moc"
