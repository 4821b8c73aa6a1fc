// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// LiveBootReport over a real LogDocument: nothing built while inactive, a result by signal once
// active, its milestones at the document lines written in TwoSystemdBoots.h, a build again when
// the followed log grows, and a build overtaken by a reset never delivered.
#include "bootlog/LiveBootReport.h"
#include "bootlog/LogDocument.h"

#include "LogFixtures.h"
#include "OpenDocument.h"
#include "TwoSystemdBoots.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vcv::LineNumber;
using vcv::LiveBootReport;
using vcv::LogDocument;

namespace {

bool openWhole(LogDocument &document, const QString &base, bool follow)
{
    if (!vcv::test::openDocument(document, base, follow))
        return false;
    return document.isIndexComplete() || QSignalSpy(&document, &LogDocument::indexingFinished).wait(30000);
}

} // namespace

class TestLiveBootReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(u"demo-serial0.log"_s);
        QVERIFY(vcv::test::writeFile(m_base, vcv::test::kTwoSystemdBoots));
    }

    void buildsOnlyWhileActive()
    {
        LogDocument document;
        QVERIFY(openWhole(document, m_base, false));
        LiveBootReport live;
        QSignalSpy changed(&live, &LiveBootReport::resultChanged);
        live.setDocument(&document);
        QCoreApplication::processEvents(); // a build, had one been scheduled, would start now
        QVERIFY(!live.isBuilding());
        QCOMPARE(vcv::test::deliverQueuedCallsFromWorkers(&live), 0);
        QVERIFY(changed.isEmpty());
        QVERIFY(!live.result());

        live.setActive(true);
        QVERIFY(changed.wait(30000));
        const LiveBootReport::Result *result = live.result();
        QVERIFY(result);
        QCOMPARE(result->report.boots.size(), 2);
        QCOMPARE(result->segments, (QList<qsizetype>{0, 1}));
        // Boot 2's milestones: SeaBIOS 21, GRUB 23, kernel 24, init 26, root 27, systemd 28,
        // basic 30, network 32, network-online 33, getty 34, multi-user 35, finished 36, login 40.
        QCOMPARE(result->milestoneLines.at(1),
                 (QList<LineNumber>{LineNumber(21), LineNumber(23), LineNumber(24), LineNumber(26), LineNumber(27),
                                    LineNumber(28), LineNumber(30), LineNumber(32), LineNumber(33), LineNumber(34),
                                    LineNumber(35), LineNumber(36), LineNumber(40)}));
        QCOMPARE(result->milestoneLines.at(0).first(), LineNumber(0));
    }

    void buildsAgainWhenTheLogGrows()
    {
        LogDocument document;
        QVERIFY(openWhole(document, m_base, true));
        LiveBootReport live;
        live.setDelay(100);
        live.setDocument(&document);
        QSignalSpy changed(&live, &LiveBootReport::resultChanged);
        live.setActive(true);
        QVERIFY(changed.wait(30000));
        QCOMPARE(live.result()->report.boots.size(), 2);

        // A third boot: the guest reset again.
        QVERIFY(vcv::test::appendFile(m_base,
                                      "SeaBIOS (version 1.16.3-debian-1.16.3-2)\r\n"
                                      "[    0.000000] Linux version 6.12.48+deb13-amd64 (gcc 14.2.0) #1 SMP\r\n"
                                      "[    1.700000] Run /init as init process\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(live.result() ? live.result()->report.boots.size() : 0, 3, 30000);
        QCOMPARE(live.result()->milestoneLines.at(2).last(), LineNumber(43)); // init: the 44th line
    }

    void growthWaitsForTheDelay()
    {
        LogDocument document;
        QVERIFY(openWhole(document, m_base, true));
        LiveBootReport live;
        live.setDelay(3600 * 1000);
        live.setDocument(&document);
        QSignalSpy started(&live, &LiveBootReport::buildStarted);
        QSignalSpy changed(&live, &LiveBootReport::resultChanged);
        live.setActive(true); // the first build at once, whatever the delay
        QVERIFY(changed.wait(30000));
        QCOMPARE(started.size(), 1);

        QSignalSpy appended(&document, &LogDocument::linesAppended);
        QVERIFY(vcv::test::appendFile(m_base, "[   61.000000] one more line\r\n"));
        QVERIFY(appended.wait(30000));
        // A zero-time timer would have fired by now; the delay's has not.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(started.size(), 1);
        QVERIFY(!live.isBuilding());
    }

    void aBuildOvertakenByAResetIsDropped()
    {
        LogDocument document;
        QVERIFY(openWhole(document, m_base, false));
        LiveBootReport live;
        live.setDocument(&document);
        int deliveredWithBoots = 0;
        connect(&live, &LiveBootReport::resultChanged, this, [&] {
            if (live.result() && !live.result()->report.boots.isEmpty())
                ++deliveredWithBoots;
        });
        int started = 0;
        connect(&live, &LiveBootReport::buildStarted, this, [&] {
            if (++started == 1) {
                QVERIFY(live.isBuilding());
                document.close(); // the build under way is of lines that are gone
            }
        });
        live.setActive(true);
        QTRY_VERIFY(started >= 1);
        // Every result the worker sends has arrived once the pool is idle; a second round for
        // what the first delivery scheduled.
        QVERIFY(vcv::test::deliverQueuedCallsFromWorkers(&live) >= 0);
        QCoreApplication::processEvents();
        QVERIFY(vcv::test::deliverQueuedCallsFromWorkers(&live) >= 0);
        QVERIFY(!live.isBuilding());
        QCOMPARE(deliveredWithBoots, 0);
        QVERIFY(!live.result() || live.result()->report.boots.isEmpty());
    }

    void unsetWhileBuildingWaitsAndDropsTheBuild()
    {
        auto document = std::make_unique<LogDocument>();
        QVERIFY(openWhole(*document, m_base, false));
        LiveBootReport live;
        live.setDocument(document.get());
        bool unset = false;
        connect(&live, &LiveBootReport::buildStarted, this, [&] {
            live.setDocument(nullptr); // waits for the worker: the document may go right after
            unset = !live.isBuilding();
        });
        live.setActive(true);
        QTRY_VERIFY(unset);
        document.reset();
        QVERIFY(vcv::test::deliverQueuedCallsFromWorkers(&live) >= 0); // its result, dropped
        QVERIFY(!live.result());
    }

private:
    QTemporaryDir m_dir;
    QString m_base;
};

QTEST_GUILESS_MAIN(TestLiveBootReport)
#include "tst_livebootreport.moc"
