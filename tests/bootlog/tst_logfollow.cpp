// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Following a log while it is written, rotated, truncated and wiped.

#include "LogFixtures.h"
#include "OpenDocument.h"
#include "VirtlogdWriter.h"

#include "bootlog/LogDocument.h"
#include "bootlog/RotationChain.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace vcv;
using vcv::test::appendFile;
using vcv::test::lineNumberOf;
using vcv::test::numberedLine;
using vcv::test::openDocument;
using vcv::test::openDocumentFiles;
using vcv::test::VirtlogdWriter;
using vcv::test::writeFile;

namespace {

/// The document's lines from `first` on as bytes, each with its newline when it has one: for
/// lines without CR LF, the bytes of the file they came from.
QByteArray documentBytes(const LogDocument &doc, qint64 first = 0)
{
    QByteArray out;
    const qint64 count = doc.lineCount();
    for (qint64 i = first; i < count; ++i) {
        const QByteArray raw = doc.rawLine(LineNumber(i));
        const qint64 start = doc.lineOffset(LineNumber(i)).get();
        const qint64 end = i + 1 < count ? doc.lineOffset(LineNumber(i + 1)).get() : doc.byteSize();
        out += raw;
        if (end > start + raw.size())
            out += '\n';
    }
    return out;
}

} // namespace

class TestLogFollow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsBecomeVisible()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QVERIFY(writeFile(base, "one\ntw"_ba));
        LogDocument doc;
        QSignalSpy appended(&doc, &LogDocument::linesAppended);
        QVERIFY(openDocument(doc, base, true));
        QCOMPARE(doc.lineCount(), 2);
        QCOMPARE(doc.line(LineNumber(1)).text, u"tw"_s);
        QVERIFY(appendFile(base, "o\nthree\n"_ba));
        QTRY_COMPARE(doc.lineCount(), 3);
        QCOMPARE(doc.line(LineNumber(1)).text, u"two"_s);
        QCOMPARE(doc.line(LineNumber(2)).text, u"three"_s);
        // The open line "tw" grew: the first changed line is 1.
        QVERIFY(!appended.isEmpty());
        QCOMPARE(appended.first().first().value<LineNumber>().get(), 1);
    }

    void waitsForAFileThatDoesNotExistYet()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        LogDocument doc;
        QVERIFY(!openDocument(doc, base, true));
        QCOMPARE(doc.lineCount(), 0);
        QVERIFY(writeFile(base, "hello\n"_ba));
        QTRY_COMPARE(doc.lineCount(), 1);
        QCOMPARE(doc.line(LineNumber(0)).text, u"hello"_s);
    }

    void refusesWhatIsNoRegularFile()
    {
        // A log path comes from a domain's definition; its directory may hold what a guest's
        // owner planted. Nothing but regular files is read, and opening never blocks.
        QTemporaryDir dir;
        const QString base = dir.filePath(u"fifo.log"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(base).constData(), 0600), 0);
        LogDocument fifoDoc;
        QVERIFY(!openDocument(fifoDoc, base, false)); // returns at once: a blocking open() would hang here
        QVERIFY2(fifoDoc.errorString().contains(u"FIFO"_s), qPrintable(fifoDoc.errorString()));
        QVERIFY(fifoDoc.errorString().contains(base));

        // A rotation that is a symlink to a file outside the chain is not followed.
        const QString secret = dir.filePath(u"secret"_s);
        QVERIFY(writeFile(secret, "top-secret\n"_ba));
        const QString linked = dir.filePath(u"linked.log"_s);
        QVERIFY(writeFile(linked, "current boot\n"_ba));
        QVERIFY(QFile::link(secret, linked + u".0"_s));
        QVERIFY(writeFile(linked + u".1"_s, "oldest\n"_ba));
        RotationChain chain;
        QVERIFY(chain.open(linked)); // the rest of the chain opens
        QCOMPARE(chain.files(), QStringList({linked + u".1"_s, linked}));
        QCOMPARE(chain.read(ByteOffset(0), chain.size()), "oldest\ncurrent boot\n"_ba);

        // Fixed file lists (--print-log) refuse it with a message naming it.
        RotationChain fixed;
        QVERIFY(!fixed.openFiles({linked + u".0"_s, linked}));
        QVERIFY2(fixed.errorString().contains(u"symbolic link"_s), qPrintable(fixed.errorString()));
        QVERIFY(fixed.errorString().contains(linked + u".0"_s));

        // A directory in place of the live file.
        const QString dirBase = dir.filePath(u"dir.log"_s);
        QVERIFY(QDir().mkdir(dirBase));
        LogDocument dirDoc;
        QVERIFY(!openDocument(dirDoc, dirBase, false));
        QVERIFY2(dirDoc.errorString().contains(u"directory"_s), qPrintable(dirDoc.errorString()));
    }

    void rotationInTheMiddleOfALine()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QVERIFY(writeFile(base, "before\nha"_ba));
        LogDocument doc;
        QVERIFY(openDocument(doc, base, true));
        QCOMPARE(doc.lineCount(), 2);
        QVERIFY(appendFile(base, "lf"_ba));
        QTRY_COMPARE(doc.byteSize(), 11);
        QVERIFY(QFile::rename(base, base + u".0"_s));
        QVERIFY(writeFile(base, " a line\nafter\n"_ba));
        QTRY_COMPARE(doc.lineCount(), 3);
        QCOMPARE(doc.line(LineNumber(1)).text, u"half a line"_s);
        QCOMPARE(doc.line(LineNumber(2)).text, u"after"_s);
        QCOMPARE(doc.lineKind(LineNumber(1)), DecodedLine::Kind::Text);
    }

    void truncationInsertsMarker()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QVERIFY(writeFile(base, "old 1\nold 2\n"_ba));
        LogDocument doc;
        QSignalSpy restarted(&doc, &LogDocument::logRestarted);
        QVERIFY(openDocument(doc, base, true));
        QCOMPARE(doc.lineCount(), 2);
        QVERIFY(QFile::resize(base, 0));
        QVERIFY(restarted.wait(5000) || restarted.count() == 1);
        QCOMPARE(restarted.first().first().value<LineNumber>().get(), 2);
        QVERIFY(appendFile(base, "new 1\n"_ba));
        QTRY_COMPARE(doc.lineCount(), 4);
        QCOMPARE(doc.lineKind(LineNumber(2)), DecodedLine::Kind::LogRestarted);
        QVERIFY(doc.line(LineNumber(2)).isMarker());
        QCOMPARE(doc.line(LineNumber(2)).text, LogDocument::markerText(DecodedLine::Kind::LogRestarted));
        QCOMPARE(doc.line(LineNumber(3)).text, u"new 1"_s);
        // The segment list knows the restart.
        const auto segments = doc.bootSegments();
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments.last().reason, BootSegment::Reason::LogRestarted);
        QCOMPARE(segments.last().firstLine.get(), 2);
    }

    void wipedChainKeepsHistory()
    {
        // append='off': virtlogd deletes the whole chain at domain start and begins a new file.
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QVERIFY(writeFile(base + u".1"_s, "boot 1 a\n"_ba));
        QVERIFY(writeFile(base + u".0"_s, "boot 1 b\n"_ba));
        QVERIFY(writeFile(base, "boot 1 c\n"_ba));
        LogDocument doc;
        QVERIFY(openDocument(doc, base, true));
        QCOMPARE(doc.lineCount(), 3);
        for (const QString &suffix : {u".1"_s, u".0"_s, u""_s})
            QVERIFY(QFile::remove(base + suffix));
        QVERIFY(writeFile(base, "boot 2 a\n"_ba));
        QTRY_COMPARE(doc.lineCount(), 5);
        QCOMPARE(doc.lineKind(LineNumber(3)), DecodedLine::Kind::LogRestarted);
        QCOMPARE(doc.line(LineNumber(0)).text, u"boot 1 a"_s);
        QCOMPARE(doc.line(LineNumber(2)).text, u"boot 1 c"_s);
        QCOMPARE(doc.line(LineNumber(4)).text, u"boot 2 a"_s);
    }

    void fastAppendsArriveWhole()
    {
        // Many small writes from another thread, faster than frames: the document ends with
        // exactly the file's bytes as lines, and fewer merges than writes reached it.
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QVERIFY(writeFile(base, "plain start\n"_ba));
        LogDocument doc;
        QSignalSpy appended(&doc, &LogDocument::linesAppended);
        QVERIFY(openDocument(doc, base, true));
        constexpr int Writes = 20000;
        std::atomic<bool> done{false};
        QThread *writer = QThread::create([&] {
            QFile file(base);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
                return;
            qint64 n = 0;
            for (int w = 0; w < Writes; ++w) {
                QByteArray chunk;
                for (int i = 0; i < 1 + w % 4; ++i)
                    chunk += numberedLine(n++);
                if (w % 5000 == 4999)
                    chunk += "Linux version 6.12\n"; // a boot candidate now and then
                if (w % 3 == 0) {
                    // Cut a line in two writes: its second half continues an open line.
                    file.write(chunk.left(chunk.size() / 2));
                    file.flush();
                    chunk = chunk.mid(chunk.size() / 2);
                }
                file.write(chunk);
                file.flush();
            }
            done = true;
        });
        writer->start();
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 120000);
        writer->wait();
        delete writer;
        QFile file(base);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QTRY_COMPARE_WITH_TIMEOUT(doc.byteSize(), bytes.size(), 20000);
        QCOMPARE(documentBytes(doc), bytes);
        QVERIFY2(appended.count() < Writes, qPrintable(QString::number(appended.count())));
        // Every "Linux version" line started a boot, also those cut in two writes.
        const auto segments = doc.bootSegments();
        QCOMPARE(segments.size(), 1 + Writes / 5000);
        for (qsizetype i = 1; i < segments.size(); ++i)
            QCOMPARE(doc.rawLine(segments.at(i).firstLine), "Linux version 6.12"_ba);
    }

    void appendsWhileTheIndexIsBuilt()
    {
        // A log large enough to be indexed in the background, growing meanwhile: the lines
        // appended before the head is merged keep their place after it.
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QByteArray start;
        qint64 n = 0;
        while (start.size() < (24 << 20))
            start += numberedLine(n++);
        start.chop(10); // an open last line
        QVERIFY(writeFile(base, start));
        LogDocument doc;
        QSignalSpy prepended(&doc, &LogDocument::linesPrepended);
        QVERIFY(openDocument(doc, base, true));
        QVERIFY(!doc.isIndexComplete());
        QByteArray rest = numberedLine(n - 1).right(10);
        for (int i = 0; i < 2000; ++i)
            rest += numberedLine(n++);
        for (qsizetype at = 0; at < rest.size(); at += 997) {
            QVERIFY(appendFile(base, rest.mid(at, 997)));
            QCoreApplication::processEvents();
        }
        QTRY_VERIFY_WITH_TIMEOUT(doc.isIndexComplete(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(doc.byteSize(), start.size() + rest.size(), 20000);
        QCOMPARE(prepended.count(), 1);
        QCOMPARE(doc.lineCount(), n);
        for (qint64 i : {qint64(0), n / 2, n - 2001, n - 2000, n - 1})
            QCOMPARE(lineNumberOf(doc.rawLine(LineNumber(i))), i);
        QCOMPARE(documentBytes(doc), start + rest);
    }

    void truncationWhileGrowing()
    {
        // The log is truncated while a writer keeps appending and the document may still be
        // indexing what came before: a marker, then exactly what the file holds now. (What
        // stood before the marker was in the same file: the disk no longer has those bytes.)
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QVERIFY(writeFile(base, numberedLine(0)));
        LogDocument doc;
        QSignalSpy restarted(&doc, &LogDocument::logRestarted);
        QVERIFY(openDocument(doc, base, true));
        std::atomic<int> phase{0};
        QThread *writer = QThread::create([&] {
            QFile file(base);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
                return;
            for (qint64 n = 1; n < 30000; ++n) {
                if (n == 15000) {
                    phase = 1; // ask for the truncation and wait for it
                    while (phase != 2)
                        QThread::usleep(100);
                }
                file.write(n < 15000 ? numberedLine(n) : "after " + numberedLine(n));
                file.flush();
            }
            phase = 3;
        });
        writer->start();
        QTRY_VERIFY_WITH_TIMEOUT(phase == 1, 60000);
        QVERIFY(QFile::resize(base, 0));
        // The chain sees a truncation only as a file that got smaller: let it look before the
        // writer goes on.
        QTRY_VERIFY_WITH_TIMEOUT(restarted.count() == 1, 20000);
        phase = 2;
        QTRY_VERIFY_WITH_TIMEOUT(phase == 3, 60000);
        writer->wait();
        delete writer;
        QFile file(base);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray now = file.readAll();
        QCOMPARE(restarted.count(), 1);
        const qint64 marker = restarted.first().first().value<LineNumber>().get();
        QCOMPARE(doc.lineKind(LineNumber(marker)), DecodedLine::Kind::LogRestarted);
        QByteArray after;
        QTRY_VERIFY_WITH_TIMEOUT((after = documentBytes(doc, marker + 1)) == now, 20000);
        QVERIFY(marker > 0);
    }

    void virtlogdRotation1000Times()
    {
        // A writer rotating as virtlogd does (max_backups 3, a small max_size so lines are split
        // across files) 1000 times while the document follows.
        //
        // What "retained" means: every file generation the document got to open is kept whole
        // (held descriptors), so the document is the concatenation of whole generations, in order.
        // A generation can be missing only if virtlogd renamed it over (deleted it) before the
        // document opened it, and then a LinesLost marker stands exactly where it is missing. The
        // converse cannot be known: when the file read last is gone, the files between it and
        // the oldest one left may or may not have existed, so a marker may also stand at a
        // generation boundary where nothing is missing — but never anywhere else. The four
        // generations still on disk at the end are always there. Line by line: numbered lines
        // appear once and in order, with no gap except at a LinesLost marker.
        QTemporaryDir dir;
        const QString base = dir.filePath(u"vm-serial0.log"_s);
        LogDocument doc;
        openDocument(doc, base, true);

        constexpr int MaxBackups = 3;
        std::atomic<bool> done{false};
        QList<QByteArray> generations;
        qint64 lastLine = -1;
        QThread *writerThread = QThread::create([&] {
            VirtlogdWriter writer(base, 1024, MaxBackups);
            qint64 n = 0;
            quint32 x = 1;
            while (writer.rotations() < 1000) {
                x = x * 1103515245u + 12345u;
                QByteArray chunk;
                for (int i = 0, lines = 1 + int((x >> 16) % 5); i < lines; ++i)
                    chunk += numberedLine(n++);
                if (!writer.append(chunk))
                    break;
                QThread::usleep(300);
            }
            generations = writer.generations();
            lastLine = n - 1;
            done = true;
        });
        writerThread->start();
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 300000);
        writerThread->wait();
        delete writerThread;
        QCOMPARE(generations.size(), 1001);

        QByteArray last = numberedLine(lastLine);
        last.chop(1);
        QTRY_COMPARE_WITH_TIMEOUT(doc.rawLine(LineNumber(doc.lineCount() - 1)), last, 10000);

        // Byte level: the stream is whole generations; gaps only at LinesLost markers.
        const qint64 size = doc.chain()->size();
        const QByteArray stream = doc.chain()->read(ByteOffset(0), size);
        QCOMPARE(stream.size(), size);
        QList<qint64> markerOffsets;
        for (qint64 i = 0; i < doc.lineCount(); ++i) {
            const auto kind = doc.lineKind(LineNumber(i));
            QVERIFY2(kind != DecodedLine::Kind::LogRestarted, "a rotation is not a restart");
            if (kind == DecodedLine::Kind::LinesLost)
                markerOffsets << doc.lineOffset(LineNumber(i)).get();
        }
        qint64 pos = 0;
        QList<qint64> gapOffsets;
        QSet<qint64> boundaries{0};
        int skipped = 0;
        for (qsizetype g = 0; g < generations.size(); ++g) {
            const QByteArray &gen = generations.at(g);
            if (QByteArrayView(stream).sliced(pos).startsWith(gen)) {
                pos += gen.size();
                boundaries.insert(pos);
                continue;
            }
            QVERIFY2(g < generations.size() - (MaxBackups + 1),
                     qPrintable(u"generation %1 is still on disk but missing"_s.arg(g)));
            ++skipped;
            if (gapOffsets.isEmpty() || gapOffsets.last() != pos)
                gapOffsets << pos;
        }
        QCOMPARE(pos, size);
        for (const qint64 gap : std::as_const(gapOffsets))
            QVERIFY2(markerOffsets.contains(gap), qPrintable(u"no marker at the gap at byte %1"_s.arg(gap)));
        for (const qint64 marker : std::as_const(markerOffsets))
            QVERIFY2(boundaries.contains(marker), qPrintable(u"marker inside a file at byte %1"_s.arg(marker)));
        // With the directory's events (Linux inotify) the document counts the files virtlogd
        // created, so a marker stands where files are missing and nowhere else.
        QCOMPARE(markerOffsets, gapOffsets);

        // Line level: numbered lines once, in order, consecutive between markers.
        qint64 previous = -1;
        qint64 seen = 0;
        bool afterMarker = false;
        for (qint64 i = 0; i < doc.lineCount(); ++i) {
            if (doc.lineKind(LineNumber(i)) != DecodedLine::Kind::Text) {
                afterMarker = true;
                continue;
            }
            const QByteArray raw = doc.rawLine(LineNumber(i));
            const qint64 number = lineNumberOf(raw);
            if (number < 0) {
                // Only the pieces of a line cut by a marker may be foreign: the end of a line
                // before it, the start of one (or two joined across the gap) after it.
                const bool beforeMarker =
                    i + 1 < doc.lineCount() && doc.lineKind(LineNumber(i + 1)) == DecodedLine::Kind::LinesLost;
                QVERIFY2(afterMarker || beforeMarker, raw.constData());
                continue;
            }
            if (afterMarker)
                QVERIFY(number > previous);
            else
                QCOMPARE(number, previous + 1);
            previous = number;
            afterMarker = false;
            ++seen;
        }
        QCOMPARE(previous, lastLine);
        qInfo("%lld of %lld lines, %d of 1001 generations rotated away unseen, %lld markers", seen, lastLine + 1,
              skipped, qint64(markerOffsets.size()));
        if (markerOffsets.isEmpty())
            QCOMPARE(seen, lastLine + 1);
    }
};

QTEST_GUILESS_MAIN(TestLogFollow)
#include "tst_logfollow.moc"
