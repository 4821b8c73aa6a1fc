// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// LogArchiver on real files: a followed log wiped as virtlogd wipes it (the whole chain deleted,
// then a new file) or truncated by hand leaves exactly its earlier bytes in an archive file.

#include "LogFixtures.h"
#include "OpenDocument.h"
#include "VirtlogdWriter.h"

#include "bootlog/LogArchiver.h"
#include "bootlog/LogDocument.h"
#include "bootlog/RotationChain.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using namespace vcv;
using vcv::test::appendFile;
using vcv::test::numberedLine;
using vcv::test::openDocument;
using vcv::test::openDocumentFiles;
using vcv::test::readFile;
using vcv::test::VirtlogdWriter;
using vcv::test::writeFile;

namespace {

/// Lines as a guest prints them, colours included: the archive must keep the escape sequences.
QByteArray bootText(const char *boot, int lines)
{
    QByteArray out;
    for (int i = 0; i < lines; ++i)
        out += "[\x1b[0;32m  OK  \x1b[0m] " + QByteArray(boot) + ' ' + numberedLine(i);
    return out;
}

/// Deletes the whole chain, as virtlogd does when a domain with append='off' starts.
void deleteChain(const QString &base)
{
    const QStringList files = RotationChain::discover(base);
    for (const QString &file : files)
        QFile::remove(file);
}

QStringList archives(const QString &directory)
{
    return QDir(directory).entryList({u"*.log"_s}, QDir::Files, QDir::Name);
}

} // namespace

class TestLogArchiver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void virtlogdWipeArchivesTheWholeChain()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"web01-serial0.log"_s);
        const QString archiveDir = dir.filePath(u"archive/local"_s);
        QByteArray boot1;
        {
            VirtlogdWriter writer(base, 4096, 3);
            QVERIFY(writer.append(bootText("boot 1 before open", 150)));
            LogDocument doc;
            QVERIFY(openDocument(doc, base, true));
            LogArchiver archiver(&doc);
            archiver.setDestination(archiveDir, LogArchiver::fileStem(u"web01"_s, {}, u"serial0"_s));
            archiver.setEnabled(true);
            QSignalSpy archived(&archiver, &LogArchiver::archived);
            QSignalSpy failed(&archiver, &LogArchiver::archiveFailed);
            // More while followed, rotating: the archive has what was there before the open and after.
            QVERIFY(writer.append(bootText("boot 1 after open", 150)));
            QVERIFY(writer.rotations() >= 3);
            for (const QByteArray &generation : writer.generations())
                boot1 += generation;
            QTRY_COMPARE(doc.byteSize(), qint64(boot1.size()));

            deleteChain(base);
            QVERIFY(writeFile(base, "boot 2 first line\n"_ba));
            QVERIFY(archived.wait(5000));
            QCOMPARE(failed.count(), 0);
            const QString path = archived.first().at(0).toString();
            QCOMPARE(archived.first().at(1).toLongLong(), qint64(boot1.size()));
            QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(archiveDir).absoluteFilePath());
            QVERIFY2(QRegularExpression(u"^web01-serial0-\\d{8}T\\d{6}\\.\\d{3}Z\\.log$"_s)
                         .match(QFileInfo(path).fileName())
                         .hasMatch(),
                     qPrintable(path));
            // The history of the old boot only, byte for byte, escape sequences and all.
            QCOMPARE(readFile(path), boot1);
            QCOMPARE(archives(archiveDir).size(), 1);
            // Nothing else, not even a hidden temporary file.
            QCOMPARE(QDir(archiveDir).entryList(QDir::Files | QDir::Hidden).size(), 1);
        }
    }

    void twoTruncationsTwoArchives()
    {
        // An admin empties the log by hand (": > log"): the bytes are gone from the disk at
        // once, so only the archiver's own copy can keep them.
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        const QString archiveDir = dir.filePath(u"archive"_s);
        const QByteArray first = bootText("first", 40);
        QVERIFY(writeFile(base, first.left(1000)));
        LogDocument doc;
        QVERIFY(openDocument(doc, base, true));
        LogArchiver archiver(&doc);
        archiver.setDestination(archiveDir, u"vm-serial0"_s);
        archiver.setEnabled(true);
        QSignalSpy archived(&archiver, &LogArchiver::archived);
        QVERIFY(appendFile(base, first.mid(1000)));
        QTRY_COMPARE(doc.byteSize(), qint64(first.size()));
        archiver.waitForIdle(); // the copy has caught up: the truncation below cannot race it

        QVERIFY(QFile::resize(base, 0));
        QVERIFY(archived.wait(5000));
        const QString firstPath = archived.at(0).at(0).toString();
        QCOMPARE(readFile(firstPath), first);

        const QByteArray second = bootText("second", 25);
        QVERIFY(appendFile(base, second));
        QTRY_COMPARE(doc.byteSize(), qint64(first.size() + second.size()));
        archiver.waitForIdle();
        QVERIFY(QFile::resize(base, 0));
        QTRY_COMPARE(archived.count(), 2);
        const QString secondPath = archived.at(1).at(0).toString();
        QVERIFY(secondPath != firstPath);
        QCOMPARE(readFile(secondPath), second);
        QCOMPARE(readFile(firstPath), first); // the older archive is untouched
        QCOMPARE(archives(archiveDir).size(), 2);
        QCOMPARE(QDir(archiveDir).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void closingDoesNotWaitForTheArchive()
    {
        // A tab closed right after a wipe: the archiver goes at once, the archive is still
        // written. The shared writer is held busy by a job of the test's own; an archiver whose
        // destructor waited for the write would wait for that job, which gives up after 30 s.
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        const QString archiveDir = dir.filePath(u"archive"_s);
        const QByteArray text = bootText("before the wipe", 40);
        QVERIFY(writeFile(base, text));
        LogDocument doc;
        QVERIFY(openDocument(doc, base, true));
        auto archiver = std::make_unique<LogArchiver>(&doc);
        archiver->setDestination(archiveDir, u"vm-serial0"_s);
        archiver->setEnabled(true);
        archiver->waitForIdle();

        QSemaphore writerHeld, release;
        std::atomic_bool releasedInTime = false;
        LogArchiver::archiveWriter()->start([&] {
            writerHeld.release();
            releasedInTime = release.tryAcquire(1, 30000);
        });
        writerHeld.acquire();
        bool writerReleased = false;
        const auto releaseWriter = [&] {
            if (!std::exchange(writerReleased, true))
                release.release();
            LogArchiver::archiveWriter()->waitForDone();
        };
        const auto cleanup = qScopeGuard(releaseWriter); // a failed check must not hold the writer for later tests

        // Queued to this thread after the archiver's own connection: delivered after it.
        QObject receiver;
        bool wipeSeen = false;
        connect(doc.chain(), &RotationChain::discontinuity, &receiver, [&] { wipeSeen = true; }, Qt::QueuedConnection);
        QVERIFY(QFile::resize(base, 0));
        QTRY_VERIFY_WITH_TIMEOUT(wipeSeen, 5000);
        archiver.reset();
        releaseWriter();
        QVERIFY2(releasedInTime, "the archiver's destructor waited for the archive writer");

        const QStringList written = archives(archiveDir);
        QCOMPARE(written.size(), 1);
        QCOMPARE(readFile(QDir(archiveDir).filePath(written.first())), text);
        // The writer's reply found no archiver to post to (ASan would see a reply to the dead one).
        QCoreApplication::processEvents();
    }

    void unwritableFolderReportsAndKeepsTheText()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        // A folder below a plain file cannot be made, whoever runs the test (root included).
        QVERIFY(writeFile(dir.filePath(u"not-a-folder"_s), "x"_ba));
        const QString blocked = dir.filePath(u"not-a-folder/archive"_s);
        const QByteArray earlier = bootText("kept", 30);
        QVERIFY(writeFile(base, earlier));
        LogDocument doc;
        QVERIFY(openDocument(doc, base, true));
        LogArchiver archiver(&doc);
        archiver.setDestination(blocked, u"vm"_s);
        archiver.setEnabled(true);
        QSignalSpy archived(&archiver, &LogArchiver::archived);
        QSignalSpy failed(&archiver, &LogArchiver::archiveFailed);

        deleteChain(base);
        QVERIFY(writeFile(base, "after\n"_ba));
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().first().toString().contains(blocked), qPrintable(failed.first().first().toString()));
        QCOMPARE(archived.count(), 0);
        QVERIFY(!QFileInfo::exists(blocked));

        // Nothing lost: with a usable folder the same text is archived.
        const QString usable = dir.filePath(u"archive"_s);
        archiver.setDestination(usable, u"vm"_s);
        QVERIFY(archived.wait(5000));
        QCOMPARE(readFile(archived.first().first().toString()), earlier);
        QCOMPARE(archives(usable).size(), 1);
    }

    void disabledArchivesNothing()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QVERIFY(writeFile(base, "old\n"_ba));
        LogDocument doc;
        QSignalSpy restarted(&doc, &LogDocument::logRestarted);
        QVERIFY(openDocument(doc, base, true));
        LogArchiver archiver(&doc);
        archiver.setDestination(dir.filePath(u"archive"_s), u"vm"_s);
        QVERIFY(!archiver.isEnabled());
        QSignalSpy archived(&archiver, &LogArchiver::archived);
        QSignalSpy failed(&archiver, &LogArchiver::archiveFailed);
        QVERIFY(QFile::resize(base, 0));
        QVERIFY(restarted.wait(5000) || restarted.count() == 1);
        archiver.waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(archived.count() + failed.count(), 0);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"archive"_s)));
    }

    void keepsTheLastN()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        const QString archiveDir = dir.filePath(u"archive"_s);
        // Another console's archive in the same folder is not counted or touched.
        QVERIFY(QDir().mkpath(archiveDir));
        const QString other = QDir(archiveDir).filePath(u"vm-serial1-20260101T000000.000Z.log"_s);
        QVERIFY(writeFile(other, "other console\n"_ba));
        LogDocument doc;
        QVERIFY(writeFile(base, "run 0\n"_ba));
        QVERIFY(openDocument(doc, base, true));
        LogArchiver archiver(&doc);
        archiver.setDestination(archiveDir, u"vm-serial0"_s);
        archiver.setKeepLast(2);
        archiver.setEnabled(true);
        QSignalSpy archived(&archiver, &LogArchiver::archived);
        for (int run = 1; run <= 3; ++run) {
            deleteChain(base);
            QVERIFY(writeFile(base, "run " + QByteArray::number(run) + '\n'));
            QTRY_COMPARE(archived.count(), run);
            QTRY_COMPARE(doc.byteSize(), qint64(6 * (run + 1)));
            archiver.waitForIdle();
        }
        const QStringList kept = archives(archiveDir);
        QCOMPARE(kept.size(), 3); // two of ours, and the other console's
        QVERIFY(kept.contains(QFileInfo(other).fileName()));
        QCOMPARE(readFile(archived.at(1).first().toString()), "run 1\n"_ba);
        QCOMPARE(readFile(archived.at(2).first().toString()), "run 2\n"_ba);
        QVERIFY(!QFileInfo::exists(archived.at(0).first().toString()));
    }

    void namesAndFolders()
    {
        QCOMPARE(LogArchiver::directoryFor(u"/a"_s, u"qemu:///system"_s), u"/a/local"_s);
        QCOMPARE(LogArchiver::directoryFor(u"/a"_s, u"qemu+ssh://root@kvm1.example.org/system"_s),
                 u"/a/kvm1.example.org"_s);
        const QString uuid = u"7a0c5e00-0000-4000-8000-000000000001"_s;
        QCOMPARE(LogArchiver::fileStem(u"web01"_s, uuid, u"serial0"_s), u"web01-"_s + uuid + u"-serial0"_s);
        QCOMPARE(LogArchiver::fileStem(u"../we b/01"_s, uuid, u"console0"_s), u"_._we_b_01-"_s + uuid + u"-console0"_s);
        // Names that sanitise alike stay apart by their UUIDs.
        QVERIFY(LogArchiver::fileStem(u"db prod"_s, uuid, {}) !=
                LogArchiver::fileStem(u"db_prod"_s, u"7a0c5e00-0000-4000-8000-000000000002"_s, {}));
        QVERIFY(LogArchiver::defaultRoot().endsWith(u"/virt-console-viewer/archive"_s));
    }
};

QTEST_GUILESS_MAIN(TestLogArchiver)
#include "tst_logarchiver.moc"
