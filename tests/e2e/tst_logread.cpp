// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// virt-console-viewer-logread run as root, as pkexec or sudo run it, against the sandbox's
// libvirtd: what it serves (a domain's console log chain, in RemoteLogMirror's protocol, and its
// history by inode; following across a rotation) and what it refuses (a domain the connection
// does not have, another connection, a log outside libvirt's folder such as /etc/shadow, a
// symlinked rotation or folder, a FIFO), the domain's QEMU log by its name (--qemu-log), and that
// it ends when the viewer closes its input or output.
// The expected bytes are the ones the test wrote into the files.
#include "RunProcess.h"
#include "Sandbox.h"
#include "TestGuest.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using vcv::test::TestGuest;

namespace {

/// Runs the reader with `input` on stdin, which stays open, as the viewer keeps it.
vcv::test::ProcessResult read(const QStringList &arguments, const QByteArray &input = {})
{
    return vcv::test::runProcess(QStringLiteral(VCV_LOGREAD_PATH), arguments, input, true, 30000);
}

QString uuidOf(const TestGuest &guest)
{
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(guest.domain(), uuid);
    return QString::fromLatin1(uuid);
}

QStringList which(const TestGuest &guest)
{
    return {u"--connect"_s, vcv::test::Sandbox::uri(), u"--domain"_s, uuidOf(guest)};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

qint64 inodeOf(const QString &path)
{
    struct stat st{};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_ino) : -1;
}

/// A defined (never started) guest whose console log is `log`, with files the test writes.
struct LoggedGuest
{
    explicit LoggedGuest(const QString &name, const QString &log = {})
        : path(log.isEmpty() ? u"/var/log/libvirt/qemu/"_s + name + u"-serial0.log"_s : log)
        , guest(name, options(path))
    {
    }
    static TestGuest::Options options(const QString &path)
    {
        TestGuest::Options o;
        o.logFile = path;
        return o;
    }
    ~LoggedGuest()
    {
        // Only files the test wrote: never through a planted link or "..".
        for (const QString &suffix : {u""_s, u".0"_s, u".1"_s})
            if (path.startsWith(u"/var/log/libvirt/qemu/"_s) && QDir::cleanPath(path) == path)
                QFile::remove(path + suffix);
    }
    QString path;
    TestGuest guest;
};

} // namespace

class LogReadTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(vcv::test::Sandbox::ensureUp(&error), qPrintable(error));
    }

    void servesTheChainOldestFirst()
    {
        LoggedGuest g(u"vcv-logread-chain"_s);
        QString error;
        QVERIFY2(g.guest.define(&error), qPrintable(error));
        QVERIFY(writeFile(g.path + u".1"_s, "oldest\n"));
        QVERIFY(writeFile(g.path + u".0"_s, "older\n"));
        QVERIFY(writeFile(g.path, "live\n"));
        const QByteArray header = "vcv-mirror 0 " + QByteArray::number(inodeOf(g.path + u".1"_s)) + " 7 " +
            QByteArray::number(inodeOf(g.path + u".0"_s)) + " 6 " + QByteArray::number(inodeOf(g.path)) + " 5\n";
        auto r = read(which(g.guest) + QStringList{u"live"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, header + "oldest\nolder\nlive\n");

        // A window: the last 8 bytes of the chain, counted from where they begin.
        r = read(which(g.guest) + QStringList{u"live"_s, u"0"_s, u"0"_s, u"8"_s, u"0"_s, u"0"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("vcv-mirror 10 "), r.out.constData());
        QCOMPARE(r.out.mid(r.out.indexOf('\n') + 1), QByteArray("er\nlive\n"));

        // The history: bytes of a file by its inode.
        const QByteArray chunks = QByteArray::number(inodeOf(g.path + u".0"_s)) + " 1 4\n" +
            QByteArray::number(inodeOf(g.path + u".1"_s)) + " 0 3\nend\n";
        r = read(which(g.guest) + QStringList{u"history"_s}, chunks);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("ldeold"));

        // A file rotated away (no such inode any more): status 6, as the ssh script's.
        r = read(which(g.guest) + QStringList{u"history"_s}, "999999999 0 1\nend\n");
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.out.isEmpty());
    }

    void servesTheQemuLogByTheDomainsName()
    {
        // The QEMU driver's log of the domain, NAME.log, named by no caller: --qemu-log.
        LoggedGuest g(u"vcv-logread-qemu"_s);
        QString error;
        QVERIFY2(g.guest.define(&error), qPrintable(error));
        const QString qemuLog = u"/var/log/libvirt/qemu/vcv-logread-qemu.log"_s;
        const auto removeLogs = qScopeGuard([&] {
            QFile::remove(qemuLog);
            QFile::remove(qemuLog + u".0"_s);
        });
        QVERIFY(writeFile(qemuLog + u".0"_s, "qemu older\n"));
        QVERIFY(writeFile(qemuLog, "qemu live\n"));
        QVERIFY(writeFile(g.path, "console\n"));
        const QByteArray header = "vcv-mirror 0 " + QByteArray::number(inodeOf(qemuLog + u".0"_s)) + " 11 " +
            QByteArray::number(inodeOf(qemuLog)) + " 10\n";
        auto r = read(which(g.guest) + QStringList{u"--qemu-log"_s, u"live"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, header + "qemu older\nqemu live\n");

        // Its history by inode, as for a console's log.
        r = read(which(g.guest) + QStringList{u"--qemu-log"_s, u"history"_s},
                 QByteArray::number(inodeOf(qemuLog)) + " 5 9\nend\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("live"));

        // "qemu" is no console's alias, and the two requests do not mix.
        r = read(which(g.guest) +
                 QStringList{u"--console"_s, u"qemu"_s, u"live"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains("no console qemu"), r.err.constData());
        r = read(which(g.guest) +
                 QStringList{u"--console"_s, u"serial0"_s, u"--qemu-log"_s, u"live"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s,
                             u"0"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());

        // A symlink in the QEMU log's place is refused as in a console's chain.
        QVERIFY(QFile::remove(qemuLog));
        QVERIFY(QFile::link(u"/etc/shadow"_s, qemuLog));
        r = read(which(g.guest) + QStringList{u"--qemu-log"_s, u"live"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains("symbolic link"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void refusesALogInASymlinkedOrDotDotFolder()
    {
        // A folder under /var/log/libvirt that is a symlink to another folder: the folder is
        // walked to without following links, so the chain never reaches the file there. That
        // file is the test's own: TestGuest removes an old log under /var/log/libvirt/ by its
        // path, which here leads out of it.
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        QVERIFY(writeFile(elsewhere.filePath(u"secret"_s), "secret\n"));
        const QString link = u"/var/log/libvirt/vcv-logread-link"_s;
        QFile::remove(link);
        QVERIFY(QFile::link(elsewhere.path(), link));
        const auto removeLink = qScopeGuard([&] { QFile::remove(link); });
        {
            LoggedGuest g(u"vcv-logread-linked"_s, link + u"/secret"_s);
            QString error;
            QVERIFY2(g.guest.define(&error), qPrintable(error));
            const auto r = read(which(g.guest) + QStringList{u"live"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s});
            QCOMPARE(r.exitCode, 7);
            QVERIFY2(r.err.contains("symbolic link"), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
        LoggedGuest g(u"vcv-logread-dotdot"_s, u"/var/log/libvirt/../../.."_s + elsewhere.filePath(u"secret"_s));
        QString error;
        QVERIFY2(g.guest.define(&error), qPrintable(error));
        const auto r = read(which(g.guest) + QStringList{u"live"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains("normalised"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void refusesWhatNoDomainOfTheConnectionNames()
    {
        // No such domain on qemu:///system.
        const QString stranger = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto r = read({u"--connect"_s, u"qemu:///system"_s, u"--domain"_s, stranger, u"live"_s, u"0"_s, u"0"_s, u"0"_s,
                       u"0"_s, u"0"_s});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains("has no domain"), r.err.constData());
        QVERIFY(r.out.isEmpty());

        // A domain of another connection: test:///default's own "test" domain.
        r = read({u"--connect"_s, u"test:///default"_s, u"--domain"_s, u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s,
                  u"live"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not served"), r.err.constData());
        QVERIFY(r.out.isEmpty());

        // A path is no argument at all.
        r = read({u"--connect"_s, u"qemu:///system"_s, u"--file"_s, u"/etc/shadow"_s, u"live"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
    }

    void refusesALogOutsideLibvirtsFolder()
    {
        // Whoever may define domains may name any file as a console's log.
        LoggedGuest g(u"vcv-logread-shadow"_s, u"/etc/shadow"_s);
        QString error;
        QVERIFY2(g.guest.define(&error), qPrintable(error));
        const auto r = read(which(g.guest) + QStringList{u"live"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains("not under /var/log/libvirt/"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void refusesASymlinkedRotationAndAFifo()
    {
        LoggedGuest g(u"vcv-logread-planted"_s);
        QString error;
        QVERIFY2(g.guest.define(&error), qPrintable(error));
        QVERIFY(writeFile(g.path, "live\n"));
        QVERIFY(QFile::link(u"/etc/shadow"_s, g.path + u".0"_s));
        auto r = read(which(g.guest) + QStringList{u"live"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains("symbolic link"), r.err.constData());
        QVERIFY(r.out.isEmpty());

        QVERIFY(QFile::remove(g.path + u".0"_s));
        QCOMPARE(::mkfifo(QFile::encodeName(g.path + u".0"_s).constData(), 0600), 0);
        r = read(which(g.guest) + QStringList{u"live"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains("FIFO"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void followsAcrossARotationAndATruncationUntilItsInputCloses()
    {
        LoggedGuest g(u"vcv-logread-follow"_s);
        QString error;
        QVERIFY2(g.guest.define(&error), qPrintable(error));
        QVERIFY(writeFile(g.path, "first\n"));
        QProcess reader;
        reader.start(QStringLiteral(VCV_LOGREAD_PATH),
                     which(g.guest) + QStringList{u"live"_s, u"0"_s, u"1"_s, u"0"_s, u"0"_s, u"0"_s});
        QByteArray out;
        const auto received = [&](const QByteArray &tail) {
            return QTest::qWaitFor(
                [&] {
                    reader.waitForReadyRead(50);
                    out += reader.readAllStandardOutput();
                    return out.endsWith(tail);
                },
                10000);
        };
        QVERIFY2(received("first\n"), out.constData());
        QFile live(g.path);
        QVERIFY(live.open(QIODevice::Append));
        live.write("second\n");
        live.close();
        QVERIFY2(received("first\nsecond\n"), out.constData());
        // virtlogd's rotation: the live file renamed to .0, a new one in its place.
        QVERIFY(QFile::rename(g.path, g.path + u".0"_s));
        QVERIFY(writeFile(g.path, "third\n"));
        QVERIFY2(received("first\nsecond\nthird\n"), out.constData());
        // Wiped in place (a log begun anew): from its start again, as tail -F does.
        QVERIFY(writeFile(g.path, "4\n"));
        QVERIFY2(received("first\nsecond\nthird\n4\n"), out.constData());
        // The viewer cannot signal a reader running as root: it closes the reader's input.
        QVERIFY(reader.state() == QProcess::Running);
        reader.closeWriteChannel();
        QVERIFY(reader.waitForFinished(10000));
        QCOMPARE(reader.exitCode(), 0);
    }

    void endsWhenItsOutputIsClosed()
    {
        LoggedGuest g(u"vcv-logread-gone"_s);
        QString error;
        QVERIFY2(g.guest.define(&error), qPrintable(error));
        QVERIFY(writeFile(g.path, "some\n"));
        // The viewer dies: the reading end of the reader's output is gone, its input stays open.
        QProcess reader;
        QProcess head;
        reader.setStandardOutputProcess(&head);
        head.start(u"head"_s, {u"-c"_s, u"1"_s});
        reader.start(QStringLiteral(VCV_LOGREAD_PATH),
                     which(g.guest) + QStringList{u"live"_s, u"0"_s, u"1"_s, u"0"_s, u"0"_s, u"0"_s});
        QVERIFY(head.waitForFinished(10000));
        QVERIFY(reader.waitForFinished(10000));
        QCOMPARE(reader.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(LogReadTest)
#include "tst_logread.moc"
