// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The real virtlogd rotating under a guest that prints numbered lines, followed live.

#include "OpenDocument.h"
#include "bootlog/LogDocument.h"
#include "bootlog/LogExporter.h"

#include "TestGuest.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vcv;
using vcv::test::openDocument;
using vcv::test::openDocumentFiles;

namespace {

qint64 rssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace

class TestLogSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsRealVirtlogdRotation()
    {
        // 3000 lines by default; the soak entry (tst_logsandbox_soak) lets the guest print for
        // about a minute at the emulated UART's full speed, rotating every 16 KiB.
        const int Lines =
            qEnvironmentVariableIntValue("VCV_SOAK_LINES") > 0 ? qEnvironmentVariableIntValue("VCV_SOAK_LINES") : 3000;
        test::TestGuest::Options options;
        options.lines = Lines;
        test::TestGuest guest(u"vcv-bootlog-follow-%1"_s.arg(QCoreApplication::applicationPid()), options);

        // Opened before the guest exists: the document waits for the file, then follows every
        // rotation virtlogd makes while the guest boots (max_size 16 KiB, max_backups 3).
        LogDocument doc;
        openDocument(doc, guest.logFile(), true);
        const qint64 rssBefore = rssKiB();
        QString error;
        QVERIFY2(guest.boot(&error, 600000), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
            doc.lineCount() > 0 && doc.line(LineNumber(doc.lineCount() - 1)).text.contains(u"root@"_s), 60000);
        // Memory follows the index (a few bytes a line), not the bytes that went by.
        const qint64 rssAfter = rssKiB();
        qInfo("RSS %lld KiB before the guest printed, %lld KiB after %lld bytes and %lld lines", rssBefore, rssAfter,
              doc.byteSize(), doc.lineCount());
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
        // (Under a sanitizer the resident size is its shadow memory and quarantine, not ours.)
        QVERIFY2(rssAfter - rssBefore < 32 * 1024, "memory grew with the log's bytes");
#endif
        QVERIFY2(guest.logChainFiles().size() > 1, "the boot should have rotated the log");

        // What virtlogd still has on disk is the end of what the document holds — once the
        // document has caught up: the prompt's last bytes may still be on their way to it.
        QByteArray onDisk;
        QByteArray exported;
        const auto documentEndsWithDisk = [&] {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            if (!LogExporter::exportDocument(doc, &buffer, LogExporter::Mode::Raw, &error))
                return false;
            exported = buffer.data();
            onDisk = guest.readLogChain();
            return !onDisk.isEmpty() && exported.endsWith(onDisk);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(documentEndsWithDisk(),
                                  qPrintable(u"the document ends with %1, the disk with %2"_s.arg(
                                      QString::fromUtf8(exported.right(80).toPercentEncoding(" ")),
                                      QString::fromUtf8(onDisk.right(80).toPercentEncoding(" ")))),
                                  30000);

        // Numbered lines once and in order; a gap only right after a LinesLost marker.
        qint64 previous = 0;
        bool afterMarker = false;
        qint64 seen = 0;
        qint64 markers = 0;
        for (qint64 i = 0; i < doc.lineCount(); ++i) {
            const DecodedLine line = doc.line(LineNumber(i));
            QVERIFY2(line.kind != DecodedLine::Kind::LogRestarted, "a rotation is not a restart");
            if (line.isMarker()) {
                afterMarker = true;
                ++markers;
                continue;
            }
            if (!line.text.startsWith(u"vcv-line "_s) || line.text.size() < 15) {
                afterMarker = false;
                continue;
            }
            bool ok = false;
            const qint64 n = line.text.mid(9, 6).toLongLong(&ok);
            if (!ok ||
                line.text != u"vcv-line %1 the quick brown fox jumps over the lazy dog"_s.arg(n, 6, 10, QChar(u'0'))) {
                // Only the ends of a line cut by a marker may be incomplete.
                const bool beforeMarker = i + 1 < doc.lineCount() && doc.line(LineNumber(i + 1)).isMarker();
                QVERIFY2(afterMarker || beforeMarker, qPrintable(line.text));
                continue;
            }
            if (afterMarker || previous == 0)
                QVERIFY2(n > previous, qPrintable(line.text));
            else
                QCOMPARE(n, previous + 1);
            previous = n;
            afterMarker = false;
            ++seen;
        }
        QCOMPARE(previous, Lines);
        if (markers == 0)
            QCOMPARE(seen, Lines);
        qInfo("%lld of %d numbered lines followed live, %lld markers, %lld files on disk at the end", seen, Lines,
              markers, qint64(guest.logChainFiles().size()));

        // A boot segment for the kernel the guest started.
        bool kernel = false;
        for (const BootSegment &s : doc.bootSegments())
            kernel = kernel || s.title.startsWith(u"Linux version"_s);
        QVERIFY(kernel || seen < Lines); // the kernel banner may have rotated away only if lines did
    }
};

QTEST_GUILESS_MAIN(TestLogSandbox)
#include "tst_logsandbox.moc"
