// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// LogTailReader: the bytes of a rotated log read on its own thread come back as they are in the
// files (the oracle: the files themselves), one read at a time.
#include "bootlog/LogDocument.h"
#include "bootlog/LogTailReader.h"

#include "LogFixtures.h"
#include "OpenDocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vcv::ByteOffset;
using vcv::LogDocument;
using vcv::LogTailReader;

class TestLogTailReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAcrossARotationOffTheCallersThread()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"tail-serial0.log"_s);
        const QByteArray older = vcv::test::numberedLines(40000);
        const QByteArray newer = vcv::test::numberedLines(30000);
        QVERIFY(vcv::test::writeFile(base + u".0"_s, older));
        QVERIFY(vcv::test::writeFile(base, newer));
        LogDocument document;
        QVERIFY(vcv::test::openDocument(document, base, false));
        const QByteArray whole = older + newer;
        QCOMPARE(document.byteSize(), whole.size());

        LogTailReader reader;
        QSignalSpy finished(&reader, &LogTailReader::finished);
        const qint64 from = older.size() - 1000; // across the rotation
        QVERIFY(reader.read(document.chain(), ByteOffset(from), 5000));
        QVERIFY(reader.isReading());
        QVERIFY(!reader.read(document.chain(), ByteOffset(0), 10)); // one at a time
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toByteArray(), whole.mid(from, 5000));
        QVERIFY(!reader.isReading());

        // Past the end: what there is.
        QVERIFY(reader.read(document.chain(), ByteOffset(whole.size() - 10), 100));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().first().toByteArray(), whole.right(10));
    }

    void destroyedWhileReadingWaitsAndSaysNothing()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"gone-serial0.log"_s);
        QVERIFY(vcv::test::writeFile(base, vcv::test::numberedLines(1 << 20)));
        LogDocument document;
        QVERIFY(vcv::test::openDocument(document, base, false));
        int delivered = 0;
        {
            LogTailReader reader;
            connect(&reader, &LogTailReader::finished, this, [&delivered] { ++delivered; });
            QVERIFY(reader.read(document.chain(), ByteOffset(0), 1 << 20));
        } // joins the read; its result, posted to the reader, goes with it
        QCoreApplication::processEvents();
        QCOMPARE(delivered, 0);
    }
};

QTEST_GUILESS_MAIN(TestLogTailReader)
#include "tst_logtailreader.moc"
