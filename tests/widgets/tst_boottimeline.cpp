// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The log pane's Timeline with real widgets on a real document of two systemd boots
// (TwoSystemdBoots.h): nothing built while it is hidden; shown, the last boot's headline and
// slowest steps; "Compare with" boot 1 gives the sentence; a click on a step goes to its
// milestone's line; the Boots list chooses the boot shown; a failed unit is named with its line.
// The texts and seconds expected are worked out by hand from the clocks in the log.

#include "../bootlog/LogFixtures.h"
#include "OpenDocument.h"
#include "TwoSystemdBoots.h"
#include "bootlog/LiveBootReport.h"
#include "bootlog/LogDocument.h"
#include "widgets/BootListView.h"
#include "widgets/BootTimelineChart.h"
#include "widgets/BootTimelineView.h"
#include "widgets/LogPane.h"
#include "widgets/LogView.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace vcv;

class TestBootTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(u"demo-serial0.log"_s);
        QVERIFY(vcv::test::writeFile(m_base, vcv::test::kTwoSystemdBoots));
        m_doc = std::make_unique<LogDocument>();
        QVERIFY(vcv::test::openDocument(*m_doc, m_base, true));
        m_pane = std::make_unique<LogPane>();
        m_pane->resize(1000, 700);
        m_pane->setDocument(m_doc.get());
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QTRY_COMPARE(m_doc->bootSegments().size(), 2);
    }

    void cleanup()
    {
        m_pane.reset();
        m_doc.reset();
    }

    void hiddenItBuildsNothing()
    {
        BootTimelineView *timeline = m_pane->timeline();
        QVERIFY(!timeline->isVisible());
        QVERIFY(m_doc->isIndexComplete());
        QCOMPARE(vcv::test::deliverQueuedCallsFromWorkers(timeline->liveReport()), 0);
        QVERIFY(!timeline->liveReport()->isActive());
        QVERIFY(!timeline->liveReport()->result());
        m_pane->timelineButton()->click();
        QVERIFY(timeline->isVisible());
        QVERIFY(timeline->liveReport()->isActive());
        QTRY_VERIFY(timeline->liveReport()->result());
    }

    void showsTheLastBootAndComparesIt()
    {
        BootTimelineView *timeline = m_pane->timeline();
        m_pane->timelineButton()->click();
        // Boot 2: kernel 0.0 → systemd's total 20.8; steps init 1.6, root 0.5, systemd 0.5,
        // basic 1.5, network 0.5, network-online 14.9 (4.6 → 19.5), multi-user 1.0, finished 0.3.
        QTRY_COMPARE(timeline->headline(), u"Boot 2: 20.8 s to startup finished"_s);
        QCOMPARE(timeline->slowestText(),
                 u"Slowest: target network-online 14.9 s · init started 1.6 s · target basic 1.5 s"_s);
        QCOMPARE(timeline->findChild<QLabel *>(u"timelineUntimed"_s)->text(),
                 u"Without a clock, not on the chart: firmware, bootloader, target getty, login prompt"_s);
        QCOMPARE(timeline->shownBoot(), 1);
        for (QLabel *label : timeline->findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(timeline->chart()->accessibleName(), u"Boot timeline"_s);
        QVERIFY(timeline->chart()->accessibleDescription().contains(u"target network-online 14.9 s"_s));

        QComboBox *compare = timeline->compareBox();
        QCOMPARE(compare->count(), 2);
        QCOMPARE(compare->itemText(1), u"Boot 1"_s);
        QVERIFY(timeline->summaryText().isEmpty());
        compare->setCurrentIndex(1);
        // Boot 1 totals 7.2 (network-online 1.5: 4.5 → 6.0): 13.6 s more, +13.4 in network-online;
        // then init 1.6 against 1.5 and startup finished 0.3 against 0.2.
        QCOMPARE(timeline->summaryText(),
                 u"Boot 2 took 13.6 s longer than boot 1, most of it in target network-online (+13.4 s)."_s);
        QCOMPARE(timeline->differencesText(),
                 u"By step: target network-online +13.4 s · init started +0.1 s · startup finished +0.1 s"_s);
        QVERIFY(timeline->findChild<QLabel *>(u"timelineSummary"_s)->isVisible());
    }

    void clickingAStepGoesToItsMilestone()
    {
        BootTimelineView *timeline = m_pane->timeline();
        m_pane->timelineButton()->click();
        QTRY_COMPARE(timeline->headline(), u"Boot 2: 20.8 s to startup finished"_s);
        BootTimelineChart *chart = timeline->chart();
        QCOMPARE(chart->steps().at(5).label, u"target network-online"_s);
        const QRect step = chart->stepRect(5);
        QVERIFY(step.width() > 100); // 14.9 of 20.8 s of the bar
        QVERIFY(!m_pane->view()->currentLine().isValid() || m_pane->view()->currentLine() != LineNumber(33));
        QTest::mouseClick(chart, Qt::LeftButton, {}, step.center());
        // network-online.target of boot 2 is document line 33.
        QCOMPARE(m_pane->view()->currentLine(), LineNumber(33));
        QVERIFY(!m_pane->view()->isFollowing());
        QVERIFY(m_pane->view()->lineForRow(m_pane->view()->topRow()) <= LineNumber(33));
    }

    void theBootsListChoosesTheBoot()
    {
        BootTimelineView *timeline = m_pane->timeline();
        m_pane->setBootListVisible(true);
        m_pane->timelineButton()->click();
        QTRY_COMPARE(timeline->headline(), u"Boot 2: 20.8 s to startup finished"_s);
        m_pane->bootList()->setCurrentBoot(0);
        // Boot 1: 1.5 + 0.5 + 0.5 + 1.5 + 0.5 + 1.5 + 1.0 + 0.2.
        QCOMPARE(timeline->headline(), u"Boot 1: 7.2 s to startup finished"_s);
        QCOMPARE(timeline->shownBoot(), 0);
        QCOMPARE(timeline->compareBox()->itemText(1), u"Boot 2"_s);
        timeline->compareBox()->setCurrentIndex(1);
        QCOMPARE(timeline->summaryText(),
                 u"Boot 1 took 13.6 s less than boot 2, most of it in target network-online (−13.4 s)."_s);
    }

    void aFailedUnitIsNamedWithItsLine()
    {
        BootTimelineView *timeline = m_pane->timeline();
        m_pane->timelineButton()->click();
        QTRY_COMPARE(timeline->headline(), u"Boot 2: 20.8 s to startup finished"_s);
        // The followed log grows: a third boot that fails a unit and stops at basic.target. Every
        // milestone has a clock (none is timed by its arrival, which the test cannot know).
        QVERIFY(
            vcv::test::appendFile(m_base,
                                  "[    0.000000] Linux version 6.12.48+deb13-amd64 (gcc 14.2.0) #1 SMP\r\n"      // 41
                                  "[    1.500000] Run /init as init process\r\n"                                  // 42
                                  "[\x1b[0;1;31mFAILED\x1b[0m] Failed to start nfs.service - NFS %1 server.\r\n"  // 43
                                  "[    3.000000] systemd[1]: Reached target basic.target - Basic System.\r\n")); // 44
        // Init 1.5, basic 1.5: 3.0 s to basic.target.
        QTRY_COMPARE_WITH_TIMEOUT(timeline->headline(), u"Boot 3: 3.0 s to target basic"_s, 30000);
        auto *problem = timeline->findChild<QPushButton *>(u"timelineProblem"_s);
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), u"⚠ Failed unit at line 44"_s);
        problem->click();
        QCOMPARE(m_pane->view()->currentLine(), LineNumber(43));
    }

private:
    QTemporaryDir m_dir;
    QString m_base;
    std::unique_ptr<LogDocument> m_doc;
    std::unique_ptr<LogPane> m_pane;
};

QTEST_MAIN(TestBootTimeline)
#include "tst_boottimeline.moc"
