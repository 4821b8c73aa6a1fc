// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// BootReport over a rotated log of two boots written here line by line: the report's boots,
// line numbers (counted as --print-log prints them, across the rotation), milestones and
// problems are the ones this file says, by hand.
#include "bootlog/BootReport.h"
#include "bootlog/LogDocument.h"

#include "LogFixtures.h"
#include "OpenDocument.h"

#include <QDateTime>
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

// Appends `bytes` to the followed log and waits until the document has `lastText`; the wall
// clock before and after bounds when the document saw them arrive.
struct Arrival
{
    qint64 before = 0;
    qint64 after = 0;
};
Arrival appendAndWait(LogDocument &document, const QString &base, const QByteArray &bytes, const QString &lastText)
{
    Arrival arrival;
    arrival.before = QDateTime::currentMSecsSinceEpoch();
    if (!vcv::test::appendFile(base, bytes))
        return {};
    if (!QTest::qWaitFor([&] { return vcv::test::documentHasLine(&document, lastText); }, 30000))
        return {};
    arrival.after = QDateTime::currentMSecsSinceEpoch();
    return arrival;
}

// Lets the wall clock move on, so that the next lines arrive measurably later (this waits for
// time itself, not for something to happen).
void letTimePass()
{
    QTest::qWait(400);
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

    // A serial console shows most milestones without a clock; those seen live get the time
    // they arrived, put on the kernel's clock through the nearest line that has both. The
    // bounds come from the test's own clock around each append.
    void linesSeenLiveGetTheirArrivalTime()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"live-serial0.log"_s);
        QVERIFY(writeFile(base, "[    0.000000] Linux version 6.12.48+deb13-amd64 (gcc 14.2.0) #1 SMP\n"));
        LogDocument document;
        QVERIFY(vcv::test::openDocument(document, base, true));

        const Arrival firmware =
            appendAndWait(document, base, "SeaBIOS (version 1.16.3-debian-1.16.3-2)\r\n", u"SeaBIOS"_s);
        QVERIFY(firmware.after);
        letTimePass();
        const Arrival kernel = appendAndWait(document, base,
                                             "[    0.000000] Linux version 6.12.48+deb13-amd64 (gcc 14.2.0) #1 SMP\r\n"
                                             "[    1.500000] Run /init as init process\r\n",
                                             u"Run /init"_s);
        QVERIFY(kernel.after);
        letTimePass();
        const Arrival target = appendAndWait(
            document, base, "[  OK  ] Reached target network-online.target - Network is Online.\r\n", u"Reached"_s);
        QVERIFY(target.after);
        QTRY_COMPARE(document.bootSegments().size(), 2);

        const BootReport report = BootReport::build(document);
        QCOMPARE(report.boots.size(), 2);
        // The boot that was in the file at open has only its own clock.
        QCOMPARE(report.boots[0].milestones.size(), 1);
        QVERIFY(!report.boots[0].milestones[0].secondsFromArrival);

        const QList<BootReport::Milestone> &live = report.boots[1].milestones;
        QCOMPARE(live.size(), 4); // firmware, kernel, init, target
        QCOMPARE(live[1].seconds.value_or(-1), 0.0);
        QVERIFY(!live[1].secondsFromArrival);
        QCOMPARE(live[2].seconds.value_or(-1), 1.5);
        QVERIFY(!live[2].secondsFromArrival);
        // The firmware, before the kernel, through the kernel's line (0 s): below zero.
        QVERIFY(live[0].secondsFromArrival);
        QVERIFY(live[0].seconds);
        QVERIFY2(*live[0].seconds >= double(firmware.before - kernel.after) / 1000 &&
                     *live[0].seconds <= double(firmware.after - kernel.before) / 1000,
                 qPrintable(QString::number(*live[0].seconds)));
        QVERIFY(*live[0].seconds < 0);
        // The target, through the nearest clocked line: init at 1.5 s.
        QVERIFY(live[3].secondsFromArrival);
        QVERIFY(live[3].seconds);
        QVERIFY2(*live[3].seconds >= 1.5 + double(target.before - kernel.after) / 1000 &&
                     *live[3].seconds <= 1.5 + double(target.after - kernel.before) / 1000,
                 qPrintable(QString::number(*live[3].seconds)));
    }

    // Without any clock in the boot, its milestones count from the boot's first line.
    void aBootWithoutClockCountsFromItsFirstLine()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"noclock-serial0.log"_s);
        QVERIFY(writeFile(base, QByteArray()));
        LogDocument document;
        QVERIFY(vcv::test::openDocument(document, base, true));
        const Arrival firmware =
            appendAndWait(document, base, "SeaBIOS (version 1.16.3-debian-1.16.3-2)\r\n", u"SeaBIOS"_s);
        QVERIFY(firmware.after);
        letTimePass();
        const Arrival login = appendAndWait(document, base, "demo login: \r\n", u"login:"_s);
        QVERIFY(login.after);

        const BootReport report = BootReport::build(document);
        QCOMPARE(report.boots.size(), 1);
        const QList<BootReport::Milestone> &milestones = report.boots[0].milestones;
        QCOMPARE(milestones.size(), 2); // firmware, login prompt
        QCOMPARE(milestones[0].seconds.value_or(-1), 0.0);
        QVERIFY(milestones[1].secondsFromArrival);
        QVERIFY(milestones[1].seconds);
        QVERIFY2(*milestones[1].seconds >= double(login.before - firmware.after) / 1000 &&
                     *milestones[1].seconds <= double(login.after - firmware.before) / 1000,
                 qPrintable(QString::number(*milestones[1].seconds)));
    }

    // A Windows guest's serial console with Emergency Management Services on: firmware, the
    // Special Administration Console, then a stop error (0x7B, no boot device). One problem, at
    // the STOPCODE line; nothing else in the transcript is one.
    void aWindowsStopErrorIsItsBootsProblem()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"win-serial0.log"_s);
        QVERIFY(writeFile(base,
                          "SeaBIOS (version 1.16.3-debian-1.16.3-2)\r\n"                                       // 1
                          "Booting from Hard Disk...\r\n"                                                      // 2
                          "\r\n"                                                                               // 3
                          "Computer is booting, SAC started and initialized.\r\n"                              // 4
                          "\r\n"                                                                               // 5
                          "Use the \"ch -?\" command for information about using channels.\r\n"                // 6
                          "Use the \"?\" command for general help.\r\n"                                        // 7
                          "\r\n"                                                                               // 8
                          "SAC>\r\n"                                                                           // 9
                          "EVENT: The CMD command is now available.\r\n"                                       // 10
                          "SAC>\x07\x07\x07<?xml>\x07<BP>\r\n"                                                 // 11
                          "<INSTANCE CLASSNAME=\"BLUESCREEN\">\r\n"                                            // 12
                          "<PROPERTY NAME=\"STOPCODE\" TYPE=\"string\"><VALUE>\"0x7B\"</VALUE></PROPERTY>\r\n" // 13
                          "<machine-info>\r\n"                                                                 // 14
                          "<name>WIN-2K19</name>\r\n"                                                          // 15
                          "<os-product>Windows Server 2019</os-product>\r\n"                                   // 16
                          "</machine-info>\r\n"                                                                // 17
                          "</INSTANCE>\r\n"                                                                    // 18
                          "</BP>\x07\r\n"                                                                      // 19
                          "!SAC>\r\n"));                                                                       // 20
        LogDocument document;
        QVERIFY(openWhole(document, base));
        const BootReport report = BootReport::build(document);
        QCOMPARE(report.boots.size(), 1);
        const BootReport::Boot &boot = report.boots.first();
        QCOMPARE(boot.problems.size(), 1);
        QCOMPARE(boot.problems.first().kind, vcv::BootProblemKind::KernelPanic);
        QCOMPARE(boot.problems.first().line, 13);
        QCOMPARE(boot.milestones.size(), 2); // firmware, kernel (the SAC)
        QCOMPARE(boot.milestones[0].line, 1);
        QCOMPARE(boot.milestones[1].name, u"kernel"_s);
        QCOMPARE(boot.milestones[1].line, 4);
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
