// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// LogDocument and RotationChain on fixed files: stitching, decoding through the document, the
// index built tail first, boot segments, export.

#include "LogFixtures.h"
#include "OpenDocument.h"
#include "RemoteCopyFixture.h"

#include "bootlog/LogDocument.h"
#include "bootlog/LogExporter.h"
#include "bootlog/RotationChain.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace vcv;
using vcv::test::appendFile;
using vcv::test::fillCopy;
using vcv::test::lineNumberOf;
using vcv::test::numberedLine;
using vcv::test::numberedLines;
using vcv::test::openDocument;
using vcv::test::openDocumentFiles;
using vcv::test::writeCopyWithHole;
using vcv::test::writeFile;

namespace {

QStringList texts(const LogDocument &doc)
{
    QStringList out;
    for (qint64 i = 0; i < doc.lineCount(); ++i)
        out << doc.line(LineNumber(i)).text;
    return out;
}

QByteArray exported(const QString &base, LogExporter::Mode mode)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!LogExporter::exportChain(base, &buffer, mode, &error))
        qWarning() << error;
    return buffer.data();
}

/// Numbered lines with a boot every 5000 of them: a firmware banner, a kernel banner after a
/// prompt on the same line (a boot begun inside a line: a cut in the line index), a kexec. The
/// history's parts must give the same lines and boots as the whole file.
QByteArray linesWithBoots(qint64 minBytes)
{
    QByteArray all;
    qint64 n = 0;
    int boot = 0;
    while (all.size() < minBytes) {
        all += numberedLine(n++);
        if (n % 5000 != 0)
            continue;
        switch (boot++ % 3) {
        case 0: all += "SeaBIOS (version 1.16.3-debian-1.16.3-2)\n"_ba; break;
        case 1: all += "root@demo:~# \x1b[6n[    0.000000] Linux version 6.12.48+deb13-amd64 (gcc 14) #1\n"_ba; break;
        default: all += "[    0.000000] Linux version 6.12.48+deb13-amd64 (kexec)\n"_ba; break;
        }
    }
    return all;
}

/// Where the first whole line at or after `offset` begins in `all`, counted from the bytes.
qint64 lineStartAtOrAfter(const QByteArray &all, qint64 offset)
{
    return offset == 0 ? 0 : all.indexOf('\n', offset - 1) + 1;
}

/// The number written in the numbered line of `all` that begins at `lineStart`.
qint64 lineNumberAt(const QByteArray &all, qint64 lineStart)
{
    return lineNumberOf(all.mid(lineStart, all.indexOf('\n', lineStart) - lineStart));
}

/// Empty when the lines of `doc` are the last lines of `complete`, each beginning at the same
/// byte and of the same kind; else the first difference.
QString differenceFromEnd(const LogDocument &doc, const LogDocument &complete)
{
    const qint64 skipped = complete.lineCount() - doc.lineCount();
    if (skipped < 0)
        return u"%1 lines, more than the complete log's %2"_s.arg(doc.lineCount()).arg(complete.lineCount());
    for (qint64 i = 0; i < doc.lineCount(); ++i) {
        const LineNumber line(i);
        const LineNumber same(skipped + i);
        if (doc.lineOffset(line) != complete.lineOffset(same) || doc.lineKind(line) != complete.lineKind(same))
            return u"line %1 begins at %2, the complete log's line %3 at %4"_s.arg(i)
                .arg(doc.lineOffset(line).get())
                .arg(skipped + i)
                .arg(complete.lineOffset(same).get());
    }
    return {};
}

} // namespace

class TestLogDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stripExportOfAnEndlessLineIsWholeAndBounded()
    {
        // 5 MiB without a newline, coloured every 1000 bytes and with multibyte characters: the
        // strip export cuts it into pieces without cutting a sequence or a character.
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QByteArray line;
        QByteArray expected;
        while (line.size() < 5 * 1024 * 1024) {
            line += "\x1b[0;32mgr\xc3\xbcn\x1b[0m";
            expected += "gr\xc3\xbcn";
            const QByteArray filler(983, 'a' + char(line.size() % 26));
            line += filler;
            expected += filler;
        }
        QVERIFY(writeFile(base, line + "\nnext\n"));
        QCOMPARE(exported(base, LogExporter::Mode::Strip), expected + "\nnext\n");
    }

    void rawLineHeadReadsOnlyTheHead()
    {
        // Classifiers and titles look at a line's head; a guest's endless line costs them no more.
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        const QByteArray longLine = "[    0.000000] Linux version 6.1 " + QByteArray(3 * 1024 * 1024, 'x');
        QVERIFY(writeFile(base, longLine + "\r\nshort\r\n"_ba));
        LogDocument doc;
        QVERIFY(openDocument(doc, base, false));
        QTRY_VERIFY(doc.isIndexComplete());
        QCOMPARE(doc.lineCount(), 2);
        QCOMPARE(doc.rawLineHead(LineNumber(0), 40), longLine.left(40));
        QCOMPARE(doc.rawLineHead(LineNumber(1), 40), "short"_ba); // whole, line end removed
        QCOMPARE(doc.rawLineHead(LineNumber(1), 6), "short"_ba);  // no CR of the CR LF
        QCOMPARE(doc.rawLineHead(LineNumber(1), 3), "sho"_ba);
        QCOMPARE(doc.rawLine(LineNumber(0)), longLine);
        QCOMPARE(doc.rawLineHead(LineNumber(9), 40), QByteArray());
        QCOMPARE(doc.bootSegments().size(), 1);
        QVERIFY(doc.bootSegments().first().title.size() <= LogDocument::ClassifyBytes);
    }

    void discoverOrdersOldestFirst()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"vm-serial0.log"_s);
        for (const QString &suffix : {u".10"_s, u".2"_s, u".1"_s, u".0"_s, u""_s})
            QVERIFY(writeFile(base + suffix, "x"_ba));
        QVERIFY(writeFile(base + u".bak"_s, "x"_ba)); // not part of the chain
        QCOMPARE(RotationChain::discover(base),
                 QStringList({base + u".10"_s, base + u".2"_s, base + u".1"_s, base + u".0"_s, base}));
    }

    void lineSpanningTwoFilesIsOneLine()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QVERIFY(writeFile(base + u".2"_s, "first\nhal"_ba));
        QVERIFY(writeFile(base + u".1"_s, ""_ba)); // an empty rotation
        QVERIFY(writeFile(base + u".0"_s, "f a line\nsecond\n"_ba));
        QVERIFY(writeFile(base, "third"_ba));
        LogDocument doc;
        QVERIFY(openDocument(doc, base, false));
        QVERIFY(doc.isIndexComplete());
        QCOMPARE(texts(doc), QStringList({u"first"_s, u"half a line"_s, u"second"_s, u"third"_s}));
        QCOMPARE(doc.rawLine(LineNumber(1)), "half a line"_ba);
        QCOMPARE(doc.lineOffset(LineNumber(1)).get(), 6);
        QCOMPARE(doc.lineAt(ByteOffset(10)).get(), 1);
        QCOMPARE(doc.byteSize(), qint64(9 + 16 + 5));
        QCOMPARE(exported(base, LogExporter::Mode::Raw), "first\nhalf a line\nsecond\nthird"_ba);
        // Out of range is harmless.
        QCOMPARE(doc.line(LineNumber(4)), DecodedLine{});
        QCOMPARE(doc.line(LineNumber()), DecodedLine{});
        QVERIFY(doc.rawLine(LineNumber(99)).isEmpty());
        QVERIFY(!doc.lineOffset(LineNumber(-5)).isValid());
    }

    void crlfInvalidUtf8NulsAndJunk()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(char((i * 131 + 7) & 0xff));
        junk.replace('\n', 'n');
        const QByteArray content = "crlf line\r\n"_ba + "bad \xff\xfe utf8\n"_ba + QByteArray("nul\0here\n", 9) + junk +
            "\n"_ba + "\x1b[1;31mred\x1b[0m\r\n"_ba;
        QVERIFY(writeFile(base + u".0"_s, content.left(20)));
        QVERIFY(writeFile(base, content.mid(20)));
        LogDocument doc;
        QVERIFY(openDocument(doc, base, false));
        QCOMPARE(doc.lineCount(), 5);
        QCOMPARE(doc.line(LineNumber(0)).text, u"crlf line"_s);
        QCOMPARE(doc.rawLine(LineNumber(0)), "crlf line"_ba);
        QCOMPARE(doc.line(LineNumber(1)).text, u"bad \uFFFD\uFFFD utf8"_s);
        QCOMPARE(doc.line(LineNumber(2)).text, u"nul\u2400here"_s);
        QCOMPARE(doc.rawLine(LineNumber(3)), junk);
        const DecodedLine red = doc.line(LineNumber(4));
        QCOMPARE(red.text, u"red"_s);
        QCOMPARE(red.runs.size(), 1);
        QCOMPARE(red.runs.first().foreground, TermColor::indexed(1));
        QCOMPARE(exported(base, LogExporter::Mode::Raw), content);
        const QByteArray stripped = exported(base, LogExporter::Mode::Strip);
        QVERIFY(stripped.startsWith(QByteArray("crlf line\nbad \xff\xfe utf8\n"_ba + QByteArray("nul\0here\n", 9))));
        QVERIFY(stripped.endsWith("\nred\n"_ba));
    }

    void hugeLineWithoutNewline()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        const qint64 size = 50 << 20;
        {
            QFile f(base);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray block(1 << 20, 'z');
            for (qint64 i = 0; i < size / block.size(); ++i)
                QCOMPARE(f.write(block), block.size());
        }
        QVERIFY(writeFile(base + u".0"_s, "before\n"_ba));
        LogDocument doc;
        QSignalSpy opened(&doc, &LogDocument::opened);
        QSignalSpy progress(&doc, &LogDocument::indexingProgress);
        // Its last line starts too far back to look for: the whole log is indexed before the
        // first screen, on the document's I/O thread. open() returns before any of it.
        doc.open(base, false);
        QVERIFY(doc.isOpening());
        QCOMPARE(doc.lineCount(), 0);
        QVERIFY(doc.chain()->thread() != QThread::currentThread());
        QVERIFY(opened.wait(60000));
        QCOMPARE(opened.first().first().toBool(), true);
        QVERIFY(doc.isIndexComplete());
        QVERIFY(!progress.isEmpty()); // said how far it got
        QCOMPARE(progress.last().at(1).toLongLong(), size + 7);
        QCOMPARE(doc.lineCount(), 2);
        QCOMPARE(doc.line(LineNumber(0)).text, u"before"_s);
        const DecodedLine big = doc.line(LineNumber(1));
        QVERIFY(big.elided);
        QCOMPARE(big.text.size(), 1 << 20);
        QCOMPARE(doc.rawLine(LineNumber(1)).size(), size);
        QCOMPARE(doc.byteSize(), size + 7);
    }

    void tailFirstThenPrepend()
    {
        // 12 MiB of numbered lines over four files: open() returns with the end of the log
        // indexed; the rest arrives by linesPrepended().
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        qint64 n = 0;
        const QByteArray all = numberedLines(12 << 20, &n);
        const qsizetype quarter = all.size() / 4 + 13; // not on a line end
        QVERIFY(writeFile(base + u".2"_s, all.mid(0, quarter)));
        QVERIFY(writeFile(base + u".1"_s, all.mid(quarter, quarter)));
        QVERIFY(writeFile(base + u".0"_s, all.mid(2 * quarter, quarter)));
        QVERIFY(writeFile(base, all.mid(3 * quarter)));

        LogDocument doc;
        QSignalSpy prepended(&doc, &LogDocument::linesPrepended);
        QSignalSpy finished(&doc, &LogDocument::indexingFinished);
        QVERIFY(openDocument(doc, base, false));
        const qint64 first = doc.lineCount();
        QVERIFY(first > 0);
        QVERIFY(first < n);
        // The end of the log is there already: the last line is the last line.
        QCOMPARE(lineNumberOf(doc.rawLine(LineNumber(first - 1))), n - 1);
        QVERIFY(finished.wait(60000) || finished.count() == 1);
        QCOMPARE(prepended.count(), 1);
        QCOMPARE(prepended.first().first().toLongLong(), n - first);
        QCOMPARE(doc.lineCount(), n);
        for (qint64 i = 0; i < n; ++i) {
            if (lineNumberOf(doc.rawLine(LineNumber(i))) != i)
                QFAIL(qPrintable(u"line %1 is %2"_s.arg(i).arg(QString::fromLatin1(doc.rawLine(LineNumber(i))))));
        }
        QCOMPARE(doc.lineAt(ByteOffset(all.size() - 1)).get(), n - 1);
        QCOMPARE(exported(base, LogExporter::Mode::Raw), all);
    }

    void historyArrivingAfterTheNewestLines_data()
    {
        QTest::addColumn<qint64>("historyFrom");
        QTest::addColumn<bool>("arrivesBeforeOpened");
        QTest::newRow("all of it") << qint64(0) << false;
        QTest::newRow("all of it, before the open is done") << qint64(0) << true;
        QTest::newRow("the oldest rotated away") << qint64(1 << 20) << false;
    }

    void historyArrivingAfterTheNewestLines()
    {
        // A remote log copied newest first (RemoteLogMirror): the file holds zeros (a hole)
        // before `pending` at open, the real bytes later. The document shows the lines after
        // `pending` first, then the history in front, from where it could be had.
        QFETCH(qint64, historyFrom);
        QFETCH(bool, arrivesBeforeOpened);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"copy"_s);
        qint64 n = 0;
        const QByteArray all = numberedLines(3 << 20, &n);
        const qint64 pending = all.size() - 100 * 1000 - 17; // inside a line
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(pending));
            QVERIFY(file.seek(pending));
            QCOMPARE(file.write(all.mid(pending)), all.size() - pending);
        }
        // Independent oracle: the numbers of the first whole line after `pending` and after
        // `historyFrom`, counted from the bytes.
        const auto firstWholeLineAfter = [&](qint64 offset) {
            if (offset == 0)
                return qint64(0);
            const qsizetype start = all.indexOf('\n', offset - 1) + 1;
            return lineNumberOf(all.mid(start, all.indexOf('\n', start) - start));
        };
        const qint64 firstShown = firstWholeLineAfter(pending);
        const qint64 firstInHistory = firstWholeLineAfter(historyFrom);

        LogDocument doc;
        QSignalSpy opened(&doc, &LogDocument::opened);
        QSignalSpy prepended(&doc, &LogDocument::linesPrepended);
        QSignalSpy finished(&doc, &LogDocument::indexingFinished);
        doc.openAwaitingHistory(path, ByteOffset(pending));
        const auto fillHistory = [&] {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(historyFrom));
            QCOMPARE(file.write(all.mid(historyFrom, pending - historyFrom)), pending - historyFrom);
        };
        if (arrivesBeforeOpened) {
            fillHistory();
            doc.historyArrived(ByteOffset(historyFrom));
        }
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toBool(), true);
        if (!arrivesBeforeOpened) {
            QCOMPARE(doc.lineCount(), n - firstShown);
            QCOMPARE(lineNumberOf(doc.rawLine(LineNumber(0))), firstShown);
            QCOMPARE(lineNumberOf(doc.rawLine(LineNumber(doc.lineCount() - 1))), n - 1);
            QVERIFY(!doc.isIndexComplete());
            // Nothing is indexed in front while the history is not there (had it been, the
            // zeros would be a line of their own in front, and the count below would be off).
            QCOMPARE(prepended.count(), 0);
            QCOMPARE(finished.count(), 0);
            fillHistory();
            doc.historyArrived(ByteOffset(historyFrom));
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(doc.isIndexComplete());
        QCOMPARE(doc.lineCount(), n - firstInHistory);
        if (!arrivesBeforeOpened) {
            QCOMPARE(prepended.count(), 1);
            QCOMPARE(prepended.first().first().toLongLong(), firstShown - firstInHistory);
        }
        for (qint64 i = 0; i < doc.lineCount(); ++i) {
            if (lineNumberOf(doc.rawLine(LineNumber(i))) != firstInHistory + i)
                QFAIL(qPrintable(u"line %1 is %2"_s.arg(i).arg(QString::fromLatin1(doc.rawLine(LineNumber(i))))));
        }
    }

    void historyInPartsEqualsTheCompleteLog_data()
    {
        QTest::addColumn<QString>("ending");
        // historyArrived(0) brings the last chunk itself, finds nothing left, or comes while the
        // part before the last one is still being indexed (and goes on behind it).
        QTest::newRow("the last chunk by historyArrived") << u"last chunk"_s;
        QTest::newRow("every chunk in parts") << u"nothing left"_s;
        QTest::newRow("historyArrived while a part is indexed") << u"during a part"_s;
    }

    void historyInPartsEqualsTheCompleteLog()
    {
        // A remote log copied newest first, as RemoteLogMirror does: chunks of the history arrive
        // from the newest down, each reported by historyPartlyArrived() at an offset that is no
        // line start, the bytes before it still a hole. Each part appears in front of the lines
        // there; in the end the document is the one open() makes of the complete file.
        QFETCH(QString, ending);
        QTemporaryDir dir;
        const QByteArray all = linesWithBoots(6 << 20);
        const QString completePath = dir.filePath(u"complete"_s);
        QVERIFY(writeFile(completePath, all));
        LogDocument complete;
        QSignalSpy completeFinished(&complete, &LogDocument::indexingFinished);
        QVERIFY(openDocument(complete, completePath, false));
        QVERIFY(complete.isIndexComplete() || completeFinished.wait(60000));
        QVERIFY(complete.bootSegments().size() > 10);

        const QString path = dir.filePath(u"copy"_s);
        const qint64 pending = all.size() - 128 * 1024 - 5; // inside a line
        QVERIFY(writeCopyWithHole(path, all, pending));
        LogDocument doc;
        QSignalSpy prepended(&doc, &LogDocument::linesPrepended);
        QSignalSpy finished(&doc, &LogDocument::indexingFinished);
        QSignalSpy opened(&doc, &LogDocument::opened);
        doc.openAwaitingHistory(path, ByteOffset(pending));
        QVERIFY(opened.wait(10000));
        QCOMPARE(doc.lineOffset(LineNumber(0)).get(), lineStartAtOrAfter(all, pending));

        // 1 MiB and 3 bytes: no chunk begins at a line start by chance of the layout. Every
        // chunk is more than 1/8 of what is there before it (the log is under 8 MiB), so each
        // one is put in front by itself.
        constexpr qint64 Chunk = (1 << 20) + 3;
        qint64 chunkEnd = pending;
        int partsInFront = 0;
        while (chunkEnd > 0) {
            const qint64 chunkStart = qMax<qint64>(0, chunkEnd - Chunk);
            const bool last = chunkStart == 0;
            if (last && ending != u"nothing left"_s)
                break;
            QVERIFY(fillCopy(path, all, chunkStart, chunkEnd));
            const qint64 linesBefore = doc.lineCount();
            doc.historyPartlyArrived(ByteOffset(chunkStart));
            ++partsInFront;
            if (ending == u"during a part"_s && chunkStart < Chunk) {
                chunkEnd = chunkStart; // the last chunk arrives while this part is being indexed
                break;
            }
            QTRY_COMPARE_WITH_TIMEOUT(prepended.count(), partsInFront, 30000);
            QCOMPARE(doc.lineOffset(LineNumber(0)).get(), lineStartAtOrAfter(all, chunkStart));
            QCOMPARE(prepended.last().first().toLongLong(), doc.lineCount() - linesBefore);
            const QString difference = differenceFromEnd(doc, complete);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            QVERIFY(doc.isAwaitingHistory());
            QVERIFY(!doc.isIndexComplete());
            QCOMPARE(finished.count(), 0);
            chunkEnd = chunkStart;
        }
        QVERIFY(partsInFront >= 5);
        if (ending != u"nothing left"_s)
            QVERIFY(fillCopy(path, all, 0, chunkEnd));
        doc.historyArrived(ByteOffset(0));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        // The rest came in one more step, or none when the parts had brought all of it.
        QCOMPARE(prepended.count(), partsInFront + (ending == u"nothing left"_s ? 0 : 1));
        QVERIFY(doc.isIndexComplete());
        QVERIFY(!doc.isAwaitingHistory());

        QCOMPARE(doc.lineCount(), complete.lineCount());
        for (qint64 i = 0; i < doc.lineCount(); ++i) {
            if (doc.rawLine(LineNumber(i)) != complete.rawLine(LineNumber(i)))
                QFAIL(qPrintable(u"line %1 is \"%2\", not \"%3\""_s.arg(i).arg(
                    QString::fromLatin1(doc.rawLine(LineNumber(i))),
                    QString::fromLatin1(complete.rawLine(LineNumber(i))))));
        }
        const QString difference = differenceFromEnd(doc, complete);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(doc.bootSegments(), complete.bootSegments());
    }

    void historyPartsWhileOneIsIndexedCoalesce()
    {
        // Parts reported while one is being indexed wait for its merge, and then go in front as
        // one, from the lowest offset reported; a part not before the front is ignored.
        QTemporaryDir dir;
        qint64 n = 0;
        const QByteArray all = numberedLines(4 << 20, &n);
        const QString path = dir.filePath(u"copy"_s);
        const qint64 pending = all.size() - 128 * 1024 - 5;
        QVERIFY(writeCopyWithHole(path, all, pending));
        LogDocument doc;
        QSignalSpy prepended(&doc, &LogDocument::linesPrepended);
        QSignalSpy finished(&doc, &LogDocument::indexingFinished);
        QSignalSpy opened(&doc, &LogDocument::opened);
        doc.openAwaitingHistory(path, ByteOffset(pending));
        QVERIFY(opened.wait(10000));
        const qint64 front = lineStartAtOrAfter(all, pending);

        const qint64 first = pending - (1 << 20) - 7;
        const qint64 second = first - (1 << 20) - 11;
        const qint64 lowest = second - (1 << 20) - 13;
        QVERIFY(fillCopy(path, all, first, pending));
        doc.historyPartlyArrived(ByteOffset(first)); // its worker starts
        // No event is processed until the wait below: the first part's merge cannot have come.
        QVERIFY(fillCopy(path, all, lowest, first));
        doc.historyPartlyArrived(ByteOffset(second));
        doc.historyPartlyArrived(ByteOffset(lowest));
        doc.historyPartlyArrived(ByteOffset(second));        // not the lowest: changes nothing
        doc.historyPartlyArrived(ByteOffset(pending + 100)); // after the front: ignored
        QTRY_COMPARE_WITH_TIMEOUT(prepended.count(), 2, 30000);
        QCOMPARE(prepended.at(0).first().toLongLong(),
                 lineNumberAt(all, front) - lineNumberAt(all, lineStartAtOrAfter(all, first)));
        QCOMPARE(prepended.at(1).first().toLongLong(),
                 lineNumberAt(all, lineStartAtOrAfter(all, first)) -
                     lineNumberAt(all, lineStartAtOrAfter(all, lowest)));
        QCOMPARE(doc.lineOffset(LineNumber(0)).get(), lineStartAtOrAfter(all, lowest));
        QCOMPARE(lineNumberOf(doc.rawLine(LineNumber(0))), lineNumberAt(all, lineStartAtOrAfter(all, lowest)));
        QCOMPARE(doc.lineCount(), n - lineNumberAt(all, lineStartAtOrAfter(all, lowest)));
        // historyArrived() from where the parts got to: nothing is left to put in front, and
        // no third part came before the end.
        doc.historyArrived(ByteOffset(lowest));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(prepended.count(), 2);
        QVERIFY(doc.isIndexComplete());
        QCOMPARE(doc.lineCount(), n - lineNumberAt(all, lineStartAtOrAfter(all, lowest)));
    }

    void historyPartDroppedByClose_data()
    {
        QTest::addColumn<bool>("beforeOpened");
        QTest::newRow("while its part is indexed") << false;
        QTest::newRow("reported before the open was done") << true;
    }

    void historyPartDroppedByClose()
    {
        // A part reported, then close(): nothing of it comes later, also not into the next open
        // of the same copy. That open gets a part of its own, higher up: the one prepend that
        // comes is exactly that part (had the dropped, lower one survived, it would be larger,
        // or come as well).
        QFETCH(bool, beforeOpened);
        QTemporaryDir dir;
        qint64 n = 0;
        const QByteArray all = numberedLines(4 << 20, &n);
        const QString path = dir.filePath(u"copy"_s);
        const qint64 pending = all.size() - 128 * 1024 - 5;
        QVERIFY(writeCopyWithHole(path, all, pending));
        const qint64 dropped = pending - 3 * (1 << 20) - 1;
        const qint64 kept = pending - (1 << 20) - 1;
        QVERIFY(fillCopy(path, all, dropped, pending));

        LogDocument doc;
        QSignalSpy prepended(&doc, &LogDocument::linesPrepended);
        QSignalSpy finished(&doc, &LogDocument::indexingFinished);
        QSignalSpy opened(&doc, &LogDocument::opened);
        doc.openAwaitingHistory(path, ByteOffset(pending));
        if (!beforeOpened)
            QVERIFY(opened.wait(10000));
        doc.historyPartlyArrived(ByteOffset(dropped));
        doc.close();
        QCOMPARE(doc.lineCount(), 0);

        opened.clear();
        doc.openAwaitingHistory(path, ByteOffset(pending));
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.count(), 1); // the first open's opened() never came
        QCOMPARE(doc.lineOffset(LineNumber(0)).get(), lineStartAtOrAfter(all, pending));
        doc.historyPartlyArrived(ByteOffset(kept));
        QTRY_COMPARE_WITH_TIMEOUT(prepended.count(), 1, 30000);
        QCOMPARE(prepended.first().first().toLongLong(),
                 lineNumberAt(all, lineStartAtOrAfter(all, pending)) -
                     lineNumberAt(all, lineStartAtOrAfter(all, kept)));
        QCOMPARE(doc.lineOffset(LineNumber(0)).get(), lineStartAtOrAfter(all, kept));
        QCOMPARE(finished.count(), 0);
        // The end of the history still comes after the part: everything from `dropped` on.
        doc.historyArrived(ByteOffset(dropped));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(prepended.count(), 2);
        QCOMPARE(doc.lineCount(), n - lineNumberAt(all, lineStartAtOrAfter(all, dropped)));
    }

    void closeDuringOpenDropsIt()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(u"big"_s);
        QByteArray all;
        qint64 n = 0;
        while (all.size() < (8 << 20))
            all += numberedLine(n++);
        QVERIFY(writeFile(big, all));
        QVERIFY(writeFile(dir.filePath(u"small"_s), "one\ntwo\n"_ba));
        LogDocument doc;
        QSignalSpy opened(&doc, &LogDocument::opened);
        doc.open(big, false);
        doc.close();
        QVERIFY(!doc.isOpening());
        // The next open is the only one reported, with its own lines.
        QVERIFY(openDocument(doc, dir.filePath(u"small"_s), false));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(doc.lineCount(), 2);
        QCOMPARE(doc.rawLine(LineNumber(1)), "two"_ba);
        QCOMPARE(doc.basePath(), dir.filePath(u"small"_s));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        LogDocument doc;
        QVERIFY(!openDocument(doc, dir.filePath(u"nothing"_s), false));
        QVERIFY(!doc.errorString().isEmpty());
        QCOMPARE(doc.lineCount(), 0);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!LogExporter::exportChain(dir.filePath(u"nothing"_s), &out, LogExporter::Mode::Raw, &error));
        QVERIFY(!error.isEmpty());
    }

    void bootSegments()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        const QByteArray log = "leftover of an older boot\n"                // 0 LogStart
                               "SeaBIOS (version 1.16.3-debian-1.16.3-2)\n" // 1 Firmware
                               "iPXE (http://ipxe.org) 00:02.0 CA00 PCI2.10 PnP PMM\n"
                               "Booting from ROM...\n"
                               "[    0.000000] Linux version 6.12.48+deb13-amd64 (gcc 14)\n" // 4 same boot
                               "[    0.000000] Command line: console=ttyS0\n"
                               "[    1.234567] Run /init as init process\n"
                               "vcv-guest-ready\n"
                               "[   55.000001] reboot: Restarting system\n"
                               "SeaBIOS (version 1.16.3-debian-1.16.3-2)\n"                // 9 Firmware
                               "\x1b[2J[    0.000000] Linux version 6.12.48+deb13-amd64\n" // 10 same boot
                               "[    2.000000] something\n"
                               "[    0.000000] Linux version 6.12.48+deb13-amd64 (kexec)\n" // 12 Kernel
                               "[    3.500000] more\n"
                               "[    0.000000] clock went back without a banner\n" // 14 ClockRestart
                               "[    0.000000] still the same boot\n"
                               "[    0.100000] and on\n"_ba;
        QVERIFY(writeFile(base, log));
        LogDocument doc;
        QVERIFY(openDocument(doc, base, false));
        const QList<BootSegment> segments = doc.bootSegments();
        QList<qint64> lines;
        QList<BootSegment::Reason> reasons;
        for (const auto &s : segments) {
            lines << s.firstLine.get();
            reasons << s.reason;
        }
        QCOMPARE(lines, QList<qint64>({0, 1, 9, 12, 14}));
        QCOMPARE(reasons,
                 QList<BootSegment::Reason>({BootSegment::Reason::LogStart, BootSegment::Reason::Firmware,
                                             BootSegment::Reason::Firmware, BootSegment::Reason::Kernel,
                                             BootSegment::Reason::ClockRestart}));
        QCOMPARE(segments.at(1).title, u"SeaBIOS (version 1.16.3-debian-1.16.3-2)"_s);
        QCOMPARE(segments.at(3).title, u"Linux version 6.12.48+deb13-amd64 (kexec)"_s);
        QCOMPARE(doc.segmentOf(LineNumber(8)), 1);
        QCOMPARE(doc.segmentOf(LineNumber(9)), 2);
        QCOMPARE(doc.segmentOf(LineNumber(16)), 4);
        QCOMPARE(doc.segmentOf(LineNumber(17)), -1);
    }

    void stripExportOfLinesAcrossBlocks()
    {
        // Strip export works line by line even where lines cross the exporter's 1 MiB blocks.
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QByteArray raw;
        for (int i = 0; raw.size() < (3 << 20); ++i)
            raw += "\x1b[32m" + QByteArray::number(i) + "\x1b[0m progress\r" + QByteArray::number(i) + " done\r\n";
        QVERIFY(writeFile(base, raw));
        const QByteArray stripped = exported(base, LogExporter::Mode::Strip);
        // "N progress" overwritten by "N done" leaves "N doneress".
        QVERIFY(stripped.startsWith("0 doneress\n1 doneress\n"_ba));
        QCOMPARE(stripped.count('\n'), raw.count('\n'));
        QVERIFY(!stripped.contains('\x1b'));
        QVERIFY(!stripped.contains('\r'));
    }
};

QTEST_GUILESS_MAIN(TestLogDocument)
#include "tst_logdocument.moc"
