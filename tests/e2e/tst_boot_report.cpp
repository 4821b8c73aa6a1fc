// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// --boot-report against the sandbox's guest: the problems its boot prints (a [FAILED] unit, a
// kernel WARNING) and, after the guest is made to panic from `virsh console` in another process
// (echo c > /proc/sysrq-trigger), the panic — each at the line where virtlogd's log has it,
// counted here from the log's own bytes. Exit status 3 when the boot has problems. A real
// window opened on the guest after the panic lists the three in its log pane's Problems list,
// on the same lines.
#include "ConsoleTab.h"
#include "MainWindow.h"
#include "RunProcess.h"
#include "Sandbox.h"
#include "TestGuest.h"
#include "Translations.h"
#include "VirshConsole.h"

#include "bootlog/LogDocument.h"
#include "virt/DomainListModel.h"
#include "virt/EventLoop.h"
#include "widgets/ConsoleSplitView.h"
#include "widgets/DomainTree.h"
#include "widgets/DomainTreeFilterModel.h"
#include "widgets/LogPane.h"
#include "widgets/LogProblemsModel.h"
#include "widgets/LogProblemsPanel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;
using vcv::test::TestGuest;
using vcv::test::VirshConsole;

namespace {

using Result = vcv::test::ProcessResult;

Result run(const QStringList &arguments)
{
    return vcv::test::runProcess(QStringLiteral(VCV_APP_PATH), arguments, {}, false, 60000);
}

/// The 1-based number of the last line of `log` that contains `needle`, 0 when none does: the
/// oracle, from the bytes virtlogd wrote.
qint64 lastLineWith(const QByteArray &log, const QByteArray &needle)
{
    const qsizetype at = log.lastIndexOf(needle);
    return at < 0 ? 0 : log.left(at).count('\n') + 1;
}

QJsonArray problemsOfLastBoot(const QByteArray &json)
{
    const QJsonArray boots = QJsonDocument::fromJson(json).object().value(u"boots"_s).toArray();
    return boots.isEmpty() ? QJsonArray() : boots.last().toObject().value(u"problems"_s).toArray();
}

bool hasProblem(const QJsonArray &problems, const QString &kind, qint64 line)
{
    for (const QJsonValue &p : problems) {
        const QJsonObject o = p.toObject();
        if (o.value(u"kind"_s).toString() == kind && o.value(u"line"_s).toInteger() == line)
            return true;
    }
    return false;
}

} // namespace

class BootReportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Plural forms ("3 problems") come from the English catalogue, as in the app.
        QVERIFY(
            vcv::installTranslations(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(vcv::EventLoop::ensureRegistered());
        QString error;
        QVERIFY2(vcv::test::Sandbox::ensureUp(&error), qPrintable(error));
    }

    // With the event loop registered, libvirt releases a closed connection (TestGuest's) through
    // a free callback that EventLoop runs on a later loop iteration: let those run before the
    // process ends, or the connections are still allocated at exit (LeakSanitizer).
    void cleanupTestCase()
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    void reportsTheBootsProblemsThenItsPanic()
    {
        TestGuest guest(u"vcv-e2e-report"_s);
        QString error;
        QVERIFY2(guest.boot(&error), qPrintable(error));
        const QStringList arguments{u"-c"_s, vcv::test::Sandbox::uri(), u"--boot-report"_s, guest.name()};

        // The boot as the guest's init prints it: a failed unit and a kernel warning.
        Result r = run(arguments + QStringList{u"--json"_s});
        QVERIFY2(r.exitCode == 3, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(u"domain"_s).toString(), guest.name());
        QCOMPARE(report.value(u"console"_s).toString(), u"serial0"_s);
        QByteArray log = guest.readLogChain();
        const qint64 failedLine = lastLineWith(log, "Failed to start systemd-timesyncd.service");
        const qint64 warningLine = lastLineWith(log, "WARNING: CPU: 0 PID: 1 at drivers/misc/demo.c:42");
        QVERIFY(failedLine > 0 && warningLine > 0);
        QJsonArray problems = problemsOfLastBoot(r.out);
        QVERIFY2(hasProblem(problems, u"failed-unit"_s, failedLine), r.out.constData());
        QVERIFY2(hasProblem(problems, u"kernel-warning"_s, warningLine), r.out.constData());
        QCOMPARE(problems.size(), 2);

        // Made to panic by a user in another terminal.
        qint64 panicLine = 0;
        {
            VirshConsole console(vcv::test::Sandbox::uri(), guest.name());
            QTRY_VERIFY_WITH_TIMEOUT(console.attached(), 30000);
            console.process().write("echo c > /proc/sysrq-trigger\r");
            QVERIFY(guest.waitForLog("Kernel panic - not syncing"));
            log = guest.readLogChain();
            panicLine = lastLineWith(log, "Kernel panic - not syncing");
        }

        // A window opened on the guest then: its log pane lists the three problems, each on the
        // line the log has it.
        vcv::MainWindow window;
        window.show();
        window.addConnection(vcv::test::Sandbox::uri());
        window.openWhenAvailable(vcv::test::Sandbox::uri(), guest.name(), {}, false, false);
        QTRY_VERIFY_WITH_TIMEOUT(window.currentConsole() != nullptr, 30000);
        vcv::LogPane *pane = window.currentConsole()->view()->logPane();
        const vcv::LogProblemsModel *listed = pane->problemsPanel()->model();
        const auto listedAt = [listed](const QString &kind, qint64 line) {
            for (int r = 0; r < listed->rowCount(); ++r) {
                if (listed->index(r, vcv::LogProblemsModel::KindColumn).data().toString() == kind &&
                    listed->index(r, vcv::LogProblemsModel::LineColumn).data().toString().toLongLong() == line)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(listedAt(u"Kernel panic"_s, panicLine), 30000);
        QVERIFY(listedAt(u"Failed unit"_s, failedLine));
        QVERIFY(listedAt(u"Kernel warning"_s, warningLine));
        QCOMPARE(listed->rowCount(), 3);
        QVERIFY(pane->problemsButton()->isVisibleTo(pane));
        QVERIFY(window.currentConsole()
                    ->document()
                    ->line(vcv::LineNumber(panicLine - 1))
                    .text.contains(u"Kernel panic - not syncing"_s));

        // The domain tree says so without opening anything: the last boot's three problems in
        // the State column, named in its tooltip; gone when the console's tab closes.
        const vcv::DomainTreeFilterModel *tree = window.domainTree()->filterModel();
        const QModelIndex row = tree->mapFromSource(window.domainTree()->model()->indexOfDomain(
            vcv::test::Sandbox::uri(), window.currentConsole()->target().uuid));
        QVERIFY(row.isValid());
        QTRY_COMPARE(row.data(vcv::DomainTreeFilterModel::ProblemCountRole).toInt(), 3);
        const QModelIndex state = row.siblingAtColumn(vcv::DomainListModel::StateColumn);
        QCOMPARE(state.data().toString(), u"running · 3 problems"_s);
        const QString tip = state.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Kernel panic"_s) && tip.contains(u"Failed unit"_s) && tip.contains(u"Kernel warning"_s),
                 qPrintable(tip));
        Q_EMIT window.tabs()->tabCloseRequested(window.tabs()->currentIndex());
        QTRY_COMPARE(row.data(vcv::DomainTreeFilterModel::ProblemCountRole).toInt(), 0);
        QCOMPARE(state.data().toString(), u"running"_s);

        r = run(arguments + QStringList{u"--json"_s});
        QVERIFY2(r.exitCode == 3, r.err.constData());
        problems = problemsOfLastBoot(r.out);
        QVERIFY2(hasProblem(problems, u"kernel-panic"_s, panicLine), r.out.constData());

        // The text for a reader names it too, on the same line.
        r = run(arguments);
        QCOMPARE(r.exitCode, 3);
        const QByteArray panicRow = "line " + QByteArray::number(panicLine) + ' ';
        const QList<QByteArray> rows = r.out.split('\n');
        QVERIFY2(
            std::any_of(rows.cbegin(), rows.cend(),
                        [&](const QByteArray &row) { return row.contains(panicRow) && row.contains("kernel-panic"); }),
            r.out.constData());

        // A boot the log does not have: a clear refusal, no report.
        r = run(arguments + QStringList{u"--boot"_s, u"9"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("there is no boot 9"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void refusesADomainWithoutALog()
    {
        TestGuest::Options options;
        options.log = false;
        TestGuest guest(u"vcv-e2e-report-nolog"_s, options);
        QString error;
        QVERIFY2(guest.define(&error), qPrintable(error));
        const Result r = run({u"-c"_s, vcv::test::Sandbox::uri(), u"--boot-report"_s, guest.name()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("has no log"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_MAIN(BootReportTest)
#include "tst_boot_report.moc"
