// A console tab opened on a running guest starts from the end of the console's log: the guest's
// present is on screen before anything is typed.
#include "ConsoleTabRig.h"
#include "Sandbox.h"
#include "TestGuest.h"

#include "virt/Connection.h"
#include "virt/ConsoleStream.h"
#include "virt/EventLoop.h"
#include "widgets/ConsoleSplitView.h"
#include "widgets/TerminalView.h"

#include <QApplication>
#include <QBuffer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using vcv::ConsoleStream;
using vcv::test::Sandbox;
using vcv::test::ConsoleTabRig;
using vcv::test::TestGuest;
using vcv::test::terminalText;


class ConsoleSeedTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(vcv::EventLoop::ensureRegistered());
        QString error;
        QVERIFY2(Sandbox::ensureUp(&error), qPrintable(error));
    }

    void aGuestAtItsPromptShowsItAtOnce()
    {
        ConsoleTabRig console(u"vcv-seed-idle"_s);
        QString error;
        QVERIFY2(console.guest.boot(&error), qPrintable(error));
        QVERIFY2(console.openTab(&error), qPrintable(error));
        vcv::ConsoleSplitView &view = console.view;
        // Nothing typed: the boot's end and the prompt come from the log.
        QTRY_VERIFY_WITH_TIMEOUT(terminalText(view.terminal()).contains(u"above: from the console log"_s), 10000);
        const QString text = terminalText(view.terminal());
        QVERIFY2(text.contains(u"vcv-guest-ready"_s), qPrintable(text.right(500)));
        QVERIFY2(text.contains(u"root@"_s), qPrintable(text.right(500)));
        QCOMPARE(console.tab->stream()->state(), ConsoleStream::State::Open);
    }
};

QTEST_MAIN(ConsoleSeedTest)
#include "tst_console_seed.moc"
