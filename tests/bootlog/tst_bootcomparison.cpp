// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// BootComparison: the steps of a boot, its slowest ones, and two boots compared, on boots written
// here milestone by milestone and on a real log of two systemd boots read through LogDocument
// and BootReport. Every number expected is worked out by hand from the clocks in the input (in
// the comments), never asked of the code under test.
#include "bootlog/BootComparison.h"
#include "bootlog/BootReport.h"
#include "bootlog/LogDocument.h"

#include "LogFixtures.h"
#include "OpenDocument.h"
#include "TwoSystemdBoots.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using vcv::BootComparison;
using vcv::BootMilestoneKind;
using vcv::BootReport;
using vcv::BootStep;
using Kind = vcv::BootMilestoneKind;

namespace {

BootReport::Milestone ms(Kind kind, const QString &name, qint64 line, std::optional<double> seconds)
{
    return BootReport::Milestone{kind, name, line, seconds};
}

BootReport::Boot boot(int index, const QList<BootReport::Milestone> &milestones)
{
    BootReport::Boot b;
    b.index = index;
    b.firstLine = milestones.isEmpty() ? 1 : milestones.first().line;
    b.lastLine = milestones.isEmpty() ? 1 : milestones.last().line;
    b.milestones = milestones;
    return b;
}

const QString kBasic = u"target basic.target - Basic System"_s;
const QString kOnline = u"target network-online.target - Network is Online"_s;

// Boot 4: firmware (no clock), kernel 0.0, init 1.5, root 2.0, systemd 2.5, basic 4.0,
// network-online 6.0, startup finished 7.2, login prompt (no clock).
BootReport::Boot boot4()
{
    return boot(4,
                {ms(Kind::Firmware, u"firmware"_s, 1, std::nullopt), ms(Kind::Kernel, u"kernel"_s, 2, 0.0),
                 ms(Kind::Init, u"init"_s, 3, 1.5), ms(Kind::RootMounted, u"root-mounted"_s, 4, 2.0),
                 ms(Kind::Systemd, u"systemd"_s, 5, 2.5), ms(Kind::Target, kBasic, 6, 4.0),
                 ms(Kind::Target, kOnline, 7, 6.0), ms(Kind::StartupFinished, u"startup-finished"_s, 8, 7.2),
                 ms(Kind::LoginPrompt, u"login-prompt"_s, 9, std::nullopt)});
}

// Boot 5: as boot 4 but 0.1 s later from init on, and network-online 15.1 s after basic.
BootReport::Boot boot5()
{
    return boot(5,
                {ms(Kind::Firmware, u"firmware"_s, 11, std::nullopt), ms(Kind::Kernel, u"kernel"_s, 12, 0.0),
                 ms(Kind::Init, u"init"_s, 13, 1.6), ms(Kind::RootMounted, u"root-mounted"_s, 14, 2.1),
                 ms(Kind::Systemd, u"systemd"_s, 15, 2.6), ms(Kind::Target, kBasic, 16, 4.1),
                 ms(Kind::Target, kOnline, 17, 19.2), ms(Kind::StartupFinished, u"startup-finished"_s, 18, 20.4),
                 ms(Kind::LoginPrompt, u"login-prompt"_s, 19, std::nullopt)});
}

struct Expected
{
    QString label;
    int milestone;
    double seconds;
};

void compareSteps(const QList<BootStep> &steps, const QList<Expected> &expected)
{
    QCOMPARE(steps.size(), expected.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].label, expected[i].label);
        QCOMPARE(steps[i].milestone, expected[i].milestone);
        QVERIFY2(std::abs(steps[i].seconds() - expected[i].seconds) < 1e-9,
                 qPrintable(u"%1: %2 s"_s.arg(steps[i].label).arg(steps[i].seconds())));
    }
}

bool near(std::optional<double> value, double expected)
{
    return value && std::abs(*value - expected) < 1e-9;
}

} // namespace

class TestBootComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "14.2 s", not "14,2 s"
    }

    void stepsRunBetweenTimedMilestones()
    {
        // Firmware and the login prompt have no clock: no step starts or ends at them.
        compareSteps(BootComparison::steps(boot4()),
                     {
                         {u"init started"_s, 2, 1.5},
                         {u"root mounted"_s, 3, 0.5},
                         {u"systemd start"_s, 4, 0.5},
                         {u"target basic"_s, 5, 1.5},
                         {u"target network-online"_s, 6, 2.0},
                         {u"startup finished"_s, 7, 1.2},
                     });
        QVERIFY(near(BootComparison::totalSeconds(boot4()), 7.2)); // 1.5 + 0.5 + 0.5 + 1.5 + 2.0 + 1.2
    }

    void slowestStepsLongestFirstTiesInOrder()
    {
        // 2.0 network-online, then the two 1.5 s steps in the log's order: init before basic.
        compareSteps(BootComparison::slowestSteps(boot4(), 3),
                     {
                         {u"target network-online"_s, 6, 2.0},
                         {u"init started"_s, 2, 1.5},
                         {u"target basic"_s, 5, 1.5},
                     });
        QCOMPARE(BootComparison::slowestSteps(boot4(), 10).size(), 6);
    }

    void labelsOfTargets()
    {
        const auto label = [](const QString &name) {
            return BootComparison::milestoneLabel(ms(Kind::Target, name, 1, 1.0));
        };
        QCOMPARE(label(u"target basic.target - Basic System"_s), u"target basic"_s);
        QCOMPARE(label(u"target network-online.target"_s), u"target network-online"_s);
        QCOMPARE(label(u"target Basic System"_s), u"target Basic System"_s); // systemd before 250
        // A guest's endless name is cut at 60 characters: 59 and an ellipsis.
        const QString cut = label(u"target "_s + QString(100, u'x'));
        QCOMPARE(cut, u"target "_s + QString(52, u'x') + u'…');
        // Guest text with a format's placeholders stays as it is.
        QCOMPARE(label(u"target %1 %2"_s), u"target %1 %2"_s);
    }

    void aTargetReachedTwiceIsTwoSteps()
    {
        const BootReport::Boot b = boot(1,
                                        {ms(Kind::Kernel, u"kernel"_s, 1, 0.0), ms(Kind::Target, kBasic, 2, 1.0),
                                         ms(Kind::Target, kBasic, 3, 4.0)});
        const QList<BootStep> steps = BootComparison::steps(b);
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps[0].key, kBasic);
        QCOMPARE(steps[1].key, kBasic + u"#2"_s);
        QCOMPARE(steps[1].label, u"target basic (2)"_s);
        QVERIFY(std::abs(steps[1].seconds() - 3.0) < 1e-9);
    }

    void stepsTimedByArrivalSayIt()
    {
        // The firmware seen live: 2.5 s before the kernel by arrival; the kernel's step is timed so.
        BootReport::Milestone firmware = ms(Kind::Firmware, u"firmware"_s, 1, -2.5);
        firmware.secondsFromArrival = true;
        const BootReport::Boot b =
            boot(1, {firmware, ms(Kind::Kernel, u"kernel"_s, 2, 0.0), ms(Kind::Init, u"init"_s, 3, 1.5)});
        const QList<BootStep> steps = BootComparison::steps(b);
        compareSteps(steps, {{u"kernel start"_s, 1, 2.5}, {u"init started"_s, 2, 1.5}});
        QVERIFY(steps[0].fromArrival);
        QVERIFY(!steps[1].fromArrival);
    }

    void aClockGoingBackIsAZeroStep()
    {
        // systemd's total (7.0) below the kernel clock of the target before it (7.5).
        const BootReport::Boot b = boot(1,
                                        {ms(Kind::Kernel, u"kernel"_s, 1, 0.0), ms(Kind::Target, kBasic, 2, 7.5),
                                         ms(Kind::StartupFinished, u"startup-finished"_s, 3, 7.0)});
        compareSteps(BootComparison::steps(b), {{u"target basic"_s, 1, 7.5}, {u"startup finished"_s, 2, 0.0}});
    }

    void slowerBootNamesWhereTheTimeWent()
    {
        const BootComparison c(boot4(), boot5());
        // Totals 20.4 (1.6 + 0.5 + 0.5 + 1.5 + 15.1 + 1.2) and 7.2: 13.2 s more; network-online
        // 15.1 against 2.0: +13.1, more than half of it.
        QVERIFY(near(c.totalDifference(), 13.2));
        QCOMPARE(c.summary(),
                 u"Boot 5 took 13.2 s longer than boot 4, most of it in target network-online (+13.1 s)."_s);
        const QList<vcv::BootStepDifference> &d = c.differences();
        QCOMPARE(d.size(), 6);
        QCOMPARE(d[0].label, u"target network-online"_s);
        QVERIFY(near(d[0].base, 2.0));
        QVERIFY(near(d[0].other, 15.1));
        QCOMPARE(d[1].label, u"init started"_s); // 1.6 against 1.5
        QVERIFY(std::abs(d[1].difference() - 0.1) < 1e-9);
        // The rest took as long in both: in the log's order.
        const QStringList same{u"root mounted"_s, u"systemd start"_s, u"target basic"_s, u"startup finished"_s};
        for (qsizetype i = 2; i < d.size(); ++i) {
            QCOMPARE(d[i].label, same[i - 2]);
            QVERIFY2(std::abs(d[i].difference()) < 1e-9, qPrintable(d[i].label));
        }
    }

    void fasterBootSaysLess()
    {
        const BootComparison c(boot5(), boot4());
        QCOMPARE(c.summary(), u"Boot 4 took 13.2 s less than boot 5, most of it in target network-online (−13.1 s)."_s);
    }

    void equalBoots()
    {
        BootReport::Boot same = boot4();
        same.index = 6;
        const BootComparison c(boot4(), same);
        QCOMPARE(c.summary(), u"Boot 6 took as long as boot 4 (7.2 s)."_s);
        QVERIFY(near(c.totalDifference(), 0.0));
    }

    void aMissingMilestoneMakesTheNeighbourLonger()
    {
        // Boot 7 has no "root mounted": its systemd step runs from init (1.5) to systemd (2.5),
        // 1.0 s against boot 4's 0.5; root mounted is boot 4's only. Both total 7.2.
        QList<BootReport::Milestone> milestones = boot4().milestones;
        milestones.removeAt(3);
        const BootReport::Boot seven = boot(7, milestones);
        const BootComparison c(boot4(), seven);
        QCOMPARE(c.summary(),
                 u"Boot 7 took as long as boot 4 (7.2 s). The largest difference: systemd start (+0.5 s)."_s);
        const QList<vcv::BootStepDifference> &d = c.differences();
        QCOMPARE(d.size(), 6);
        QCOMPARE(d.first().label, u"systemd start"_s);
        QCOMPARE(d.last().label, u"root mounted"_s);
        QVERIFY(near(d.last().base, 0.5));
        QVERIFY(!d.last().other);
        QCOMPARE(d.last().difference(), 0.0);
    }

    void aBootThatStoppedEarly()
    {
        // Boot 8 got to basic.target (4.0 s) and no further.
        const BootReport::Boot eight = boot(8, boot4().milestones.mid(0, 6));
        const BootComparison c(boot4(), eight);
        QCOMPARE(c.summary(), u"Boot 8 ended at target basic after 4.0 s, boot 4 at startup finished after 7.2 s."_s);
        // With a shared step that differs, it is named too: boot 5's init took 0.1 s longer.
        const BootReport::Boot nine = boot(9, boot5().milestones.mid(0, 6));
        QCOMPARE(BootComparison(boot4(), nine).summary(),
                 u"Boot 9 ended at target basic after 4.1 s, boot 4 at startup finished after 7.2 s. The largest "
                 u"difference in a shared step: init started (+0.1 s)."_s);
    }

    void bootsWithoutAClock()
    {
        const BootReport::Boot untimed = boot(9,
                                              {ms(Kind::Firmware, u"firmware"_s, 1, std::nullopt),
                                               ms(Kind::LoginPrompt, u"login-prompt"_s, 2, std::nullopt)});
        QVERIFY(BootComparison::steps(untimed).isEmpty());
        QVERIFY(!BootComparison::totalSeconds(untimed));
        QVERIFY(BootComparison::slowestSteps(untimed, 3).isEmpty());
        QCOMPARE(BootComparison(boot4(), untimed).summary(), u"Boot 9 has no milestones with times to compare."_s);
        QCOMPARE(BootComparison(untimed, boot4()).summary(), u"Boot 9 has no milestones with times to compare."_s);
        BootReport::Boot ten = untimed;
        ten.index = 10;
        QCOMPARE(BootComparison(untimed, ten).summary(),
                 u"Neither boot 10 nor boot 9 has milestones with times to compare."_s);
        // One timed milestone is no step either.
        QVERIFY(BootComparison::steps(boot(1, {ms(Kind::Kernel, u"kernel"_s, 1, 0.0)})).isEmpty());
    }

    void noStepInCommon()
    {
        const BootReport::Boot a = boot(1, {ms(Kind::Kernel, u"kernel"_s, 1, 0.0), ms(Kind::Init, u"init"_s, 2, 1.0)});
        const BootReport::Boot b =
            boot(2, {ms(Kind::Kernel, u"kernel"_s, 3, 0.0), ms(Kind::RootMounted, u"root-mounted"_s, 4, 2.0)});
        QCOMPARE(BootComparison(a, b).summary(), u"Boots 2 and 1 have no step in common to compare."_s);
    }

    void twoRealBootsThroughTheDocument()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"demo-serial0.log"_s);
        QVERIFY(vcv::test::writeFile(base, vcv::test::kTwoSystemdBoots));
        vcv::LogDocument document;
        QVERIFY(vcv::test::openDocument(document, base, false));
        QVERIFY(document.isIndexComplete() || QSignalSpy(&document, &vcv::LogDocument::indexingFinished).wait(30000));
        const BootReport report = BootReport::build(document);
        QCOMPARE(report.boots.size(), 2);

        // Boot 2 (lines 22-41 as the report counts): kernel 0.0, init 1.6, root 2.1, systemd 2.6,
        // basic 4.1, network 4.6, network-online 19.5, multi-user 20.5, systemd's total 20.8.
        // Milestones 0 and 1 are SeaBIOS and GRUB (no clock), then the kernel (2).
        const BootReport::Boot &second = report.boots[1];
        compareSteps(BootComparison::steps(second),
                     {
                         {u"init started"_s, 3, 1.6},
                         {u"root mounted"_s, 4, 0.5},
                         {u"systemd start"_s, 5, 0.5},
                         {u"target basic"_s, 6, 1.5},
                         {u"target network"_s, 7, 0.5},
                         {u"target network-online"_s, 8, 14.9},
                         {u"target multi-user"_s, 10, 1.0},
                         {u"startup finished"_s, 11, 0.3},
                     });
        // Milestone 9 is getty.target's status line, without a clock: in no step.
        QCOMPARE(second.milestones[9].name, u"target getty.target - Login Prompts"_s);
        QVERIFY(!second.milestones[9].seconds);
        QCOMPARE(second.milestones[8].line, 34); // network-online: document line 33, from 1
        QCOMPARE(BootComparison::slowestSteps(second, 1).first().label, u"target network-online"_s);

        // Boot 1: 1.5 + 0.5 + 0.5 + 1.5 + 0.5 + 1.5 + 1.0 + 0.2 = 7.2; boot 2: 20.8; 13.6 s more,
        // network-online 14.9 against 1.5: +13.4.
        QVERIFY(near(BootComparison::totalSeconds(report.boots[0]), 7.2));
        QVERIFY(near(BootComparison::totalSeconds(second), 20.8));
        const BootComparison c(report.boots[0], second);
        QCOMPARE(c.summary(),
                 u"Boot 2 took 13.6 s longer than boot 1, most of it in target network-online (+13.4 s)."_s);
        // Then init (1.6 against 1.5) and startup finished (0.3 against 0.2), both +0.1: in the log's order.
        QCOMPARE(c.differences().size(), 8);
        QCOMPARE(c.differences()[1].label, u"init started"_s);
        QCOMPARE(c.differences()[2].label, u"startup finished"_s);
        QVERIFY(std::abs(c.differences()[2].difference() - 0.1) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestBootComparison)
#include "tst_bootcomparison.moc"
