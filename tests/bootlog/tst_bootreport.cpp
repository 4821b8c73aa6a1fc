// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// BootReport over a rotated log of two boots written here line by line: the report's boots,
// line numbers (counted as --print-log prints them, across the rotation), milestones and
// problems are the ones this file says, by hand.
#include "bootlog/BootReport.h"
#include "bootlog/LogDocument.h"

#include "LogFixtures.h"
#include "OpenDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vcv::BootReport;
using vcv::LogDocument;
using vcv::test::writeFile;

namespace {

// Line numbers in the comments: the oldest rotation holds lines 1-6, the current file 7-14.
const QByteArray kRotated = "SeaBIOS (version 1.16.3-debian-1.16.3-2)\r\n"                                       // 1
                            "Booting from Hard Disk...\r\n"                                                      // 2
                            "[    0.000000] Linux version 6.12.48+deb13-amd64 (gcc 14.2.0) #1 SMP\r\n"           // 3
                            "[    1.500000] Run /init as init process\r\n"                                       // 4
                            "[   45.000000] BUG: kernel NULL pointer dereference, address: 0000000000000008\r\n" // 5
                            "[   45.100000] Kernel panic - not syncing: Fatal exception\r\n";                    // 6
const QByteArray kCurrent =
    "SeaBIOS (version 1.16.3-debian-1.16.3-2)\r\n"                                                   // 7
    "[    0.000000] Linux version 6.12.48+deb13-amd64 (gcc 14.2.0) #1 SMP\r\n"                       // 8
    "[    1.600000] Run /init as init process\r\n"                                                   // 9
    "[\x1b[0;32m  OK  \x1b[0m] Reached target \x1b[0;1;39mbasic.target\x1b[0m - Basic System.\r\n"   // 10
    "[\x1b[0;1;31mFAILED\x1b[0m] Failed to start nfs.service - NFS %1 %2.\r\n"                       // 11
    "[    9.000000] RAS: Correctable Errors collector initialized.\r\n"                              // 12
    "[   10.000000] systemd[1]: Startup finished in 1.6s (kernel) + 8.4s (userspace) = 10.000s.\r\n" // 13
    "demo login: ";                                                                                  // 14

// Opened without following, its whole index built: what BootReport::build() needs.
bool openWhole(LogDocument &document, const QString &base)
{
    if (!vcv::test::openDocument(document, base, false))
        return false;
    return document.isIndexComplete() || QSignalSpy(&document, &LogDocument::indexingFinished).wait(30000);
}

QJsonObject reportOf(const QString &base)
{
    LogDocument document;
    if (!openWhole(document, base))
        return {};
    BootReport report = BootReport::build(document);
    report.domain = u"demo"_s;
    report.console = u"serial0"_s;
    return QJsonDocument::fromJson(report.toJson()).object();
}

} // namespace

class TestBootReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoBootsAcrossARotation()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"demo-serial0.log"_s);
        QVERIFY(writeFile(base + u".0"_s, kRotated));
        QVERIFY(writeFile(base, kCurrent));

        const QJsonObject report = reportOf(base);
        QCOMPARE(report.value(u"domain"_s).toString(), u"demo"_s);
        QCOMPARE(report.value(u"console"_s).toString(), u"serial0"_s);
        const QJsonArray boots = report.value(u"boots"_s).toArray();
        QCOMPARE(boots.size(), 2);

        const QJsonObject first = boots.at(0).toObject();
        QCOMPARE(first.value(u"index"_s).toInt(), 1);
        QCOMPARE(first.value(u"firstLine"_s).toInteger(), 1);
        QCOMPARE(first.value(u"lastLine"_s).toInteger(), 6);
        QCOMPARE(first.value(u"milestones"_s).toArray(),
                 QJsonArray({
                     QJsonObject{{u"name"_s, u"firmware"_s}, {u"line"_s, 1}, {u"seconds"_s, QJsonValue()}},
                     QJsonObject{{u"name"_s, u"kernel"_s}, {u"line"_s, 3}, {u"seconds"_s, 0.0}},
                     QJsonObject{{u"name"_s, u"init"_s}, {u"line"_s, 4}, {u"seconds"_s, 1.5}},
                 }));
        QCOMPARE(first.value(u"problems"_s).toArray(),
                 QJsonArray({
                     QJsonObject{{u"kind"_s, u"bug"_s},
                                 {u"line"_s, 5},
                                 {u"text"_s,
                                  u"[   45.000000] BUG: kernel NULL pointer dereference, address: 0000000000000008"_s}},
                     QJsonObject{{u"kind"_s, u"kernel-panic"_s},
                                 {u"line"_s, 6},
                                 {u"text"_s, u"[   45.100000] Kernel panic - not syncing: Fatal exception"_s}},
                 }));

        const QJsonObject second = boots.at(1).toObject();
        QCOMPARE(second.value(u"index"_s).toInt(), 2);
        QCOMPARE(second.value(u"firstLine"_s).toInteger(), 7);
        QCOMPARE(second.value(u"lastLine"_s).toInteger(), 14);
        QCOMPARE(second.value(u"milestones"_s).toArray(),
                 QJsonArray({
                     QJsonObject{{u"name"_s, u"firmware"_s}, {u"line"_s, 7}, {u"seconds"_s, QJsonValue()}},
                     QJsonObject{{u"name"_s, u"kernel"_s}, {u"line"_s, 8}, {u"seconds"_s, 0.0}},
                     QJsonObject{{u"name"_s, u"init"_s}, {u"line"_s, 9}, {u"seconds"_s, 1.6}},
                     QJsonObject{{u"name"_s, u"target basic.target - Basic System"_s},
                                 {u"line"_s, 10},
                                 {u"seconds"_s, QJsonValue()}},
                     QJsonObject{{u"name"_s, u"startup-finished"_s}, {u"line"_s, 13}, {u"seconds"_s, 10.0}},
                     QJsonObject{{u"name"_s, u"login-prompt"_s}, {u"line"_s, 14}, {u"seconds"_s, QJsonValue()}},
                 }));
        // The guest's "%1 %2" stays as it was: its text is never a format string.
        QCOMPARE(second.value(u"problems"_s).toArray(),
                 QJsonArray({
                     QJsonObject{{u"kind"_s, u"failed-unit"_s},
                                 {u"line"_s, 11},
                                 {u"text"_s, u"[FAILED] Failed to start nfs.service - NFS %1 %2."_s}},
                 }));
    }

    void keepOnlyChoosesABoot()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"demo-serial0.log"_s);
        QVERIFY(writeFile(base + u".0"_s, kRotated));
        QVERIFY(writeFile(base, kCurrent));
        LogDocument document;
        QVERIFY(openWhole(document, base));
        const BootReport all = BootReport::build(document);
        QVERIFY(all.hasProblems());

        BootReport last = all;
        QVERIFY(last.keepOnly(0)); // 0: the last boot
        QCOMPARE(last.boots.size(), 1);
        QCOMPARE(last.boots.first().index, 2);

        BootReport first = all;
        QVERIFY(first.keepOnly(1));
        QCOMPARE(first.boots.first().firstLine, 1);

        BootReport none = all;
        QVERIFY(!none.keepOnly(3));
        QCOMPARE(none.boots.size(), 2); // unchanged
    }

    void aCleanBootHasNoProblems()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"clean-serial0.log"_s);
        QVERIFY(writeFile(base,
                          "[    0.000000] Linux version 6.12.48+deb13-amd64 (gcc 14.2.0) #1 SMP\n"
                          "[    1.100000] RAS: Correctable Errors collector initialized.\n"
                          "[    2.000000] EXT4-fs (vda1): recovery complete, error-free\n"
                          "demo login: \n"));
        LogDocument document;
        QVERIFY(openWhole(document, base));
        const BootReport report = BootReport::build(document);
        QCOMPARE(report.boots.size(), 1);
        QVERIFY(report.boots.first().problems.isEmpty());
        QVERIFY(!report.hasProblems());
        QCOMPARE(report.boots.first().milestones.size(), 2); // kernel, login prompt
    }

    void textNamesEveryFinding()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"demo-serial0.log"_s);
        QVERIFY(writeFile(base, kRotated));
        LogDocument document;
        QVERIFY(openWhole(document, base));
        const QStringList lines = BootReport::build(document).toText().split(u'\n');
        QCOMPARE(lines.value(0), u"Boot 1, lines 1–6: SeaBIOS (version 1.16.3-debian-1.16.3-2)"_s);
        QVERIFY(lines.contains(u"    line 4" + QString(15, u' ') + u"1.500 s  init"_s));
        QVERIFY(lines.contains(u"    line 6" + QString(10, u' ') + u"kernel-panic" + QString(4, u' ') +
                               u"[   45.100000] Kernel panic - not syncing: Fatal exception"_s));
    }
};

QTEST_GUILESS_MAIN(TestBootReport)
#include "tst_bootreport.moc"
