// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// "Save Log As…": the file holds the document's bytes exactly (rotations stitched, a line across
// two files whole), the save runs off the calling thread, a failure is reported with the reason,
// and a saver destroyed mid-save leaves no file behind.
#include "LogSaver.h"
#include "OpenDocument.h"

#include "bootlog/LogDocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vcv::LogDocument;
using vcv::LogSaver;
using vcv::test::openDocument;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestLogSaver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savesTheStitchedChain()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QVERIFY(write(base + u".1"_s, "oldest line\nhalf a "_ba));
        QVERIFY(write(base + u".0"_s, "line\nmiddle\n"_ba));
        QVERIFY(write(base, "\x1b[1mnewest\x1b[0m\n"_ba));
        LogDocument doc;
        QVERIFY(openDocument(doc, base, false));
        LogSaver saver(&doc);
        QSignalSpy finished(&saver, &LogSaver::finished);
        const QString out = dir.filePath(u"saved.log"_s);
        saver.save(out);
        QVERIFY(saver.isSaving());
        QVERIFY(finished.isEmpty()); // the caller does not wait for the file
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toString(), out);
        QVERIFY(finished.first().at(1).toBool());
        QVERIFY(finished.first().at(2).toString().isEmpty());
        QCOMPARE(readAll(out), "oldest line\nhalf a line\nmiddle\n\x1b[1mnewest\x1b[0m\n"_ba);
        QVERIFY(!saver.isSaving());
    }

    void aFailureSaysWhy()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(u"log"_s), "a line\n"_ba));
        LogDocument doc;
        QVERIFY(openDocument(doc, dir.filePath(u"log"_s), false));
        LogSaver saver(&doc);
        QSignalSpy finished(&saver, &LogSaver::finished);
        saver.save(dir.filePath(u"no-such-folder/saved.log"_s));
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(1).toBool());
        QVERIFY(!finished.first().at(2).toString().isEmpty());
    }

    void destroyedMidSaveLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"log"_s);
        QByteArray big;
        while (big.size() < (64 << 20))
            big += "a line of a long boot log, written many times over to take a while\n"_ba;
        QVERIFY(write(base, big));
        LogDocument doc;
        QVERIFY(openDocument(doc, base, false));
        const QString out = dir.filePath(u"saved.log"_s);
        {
            LogSaver saver(&doc);
            QSignalSpy finished(&saver, &LogSaver::finished);
            saver.save(out);
            // Destroyed at once, as when its tab closes: it stops the save and waits for it.
        }
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestLogSaver)
#include "tst_logsaver.moc"
