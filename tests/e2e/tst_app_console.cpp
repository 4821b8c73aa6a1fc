// The application end to end under X: the main window connects to the sandbox, opens a running
// guest, a command typed into the terminal runs in the guest, and the line it prints appears in
// the log pane too. A console without a log offers "Enable console logging", which changes the
// domain's persistent definition.
#include "ConsoleTab.h"
#include "MainWindow.h"
#include "Sandbox.h"
#include "TestGuest.h"

#include "bootlog/LogDocument.h"
#include "virt/ConsoleStream.h"
#include "virt/EventLoop.h"
#include "widgets/ConsoleSplitView.h"
#include "widgets/TerminalView.h"

#include <QBuffer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <qtermwidget.h>

#include <libvirt/libvirt.h>

using namespace Qt::StringLiterals;
using vcv::test::TestGuest;

class AppConsoleTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void typedLineShowsInTerminalAndLog();
    void enableLoggingForAConsoleWithout();
};

namespace {
bool documentHasLine(const vcv::LogDocument *document, const QString &needle)
{
    // The answer is near the end; look at the last lines only.
    const qint64 count = document->lineCount();
    for (qint64 i = qMax<qint64>(0, count - 50); i < count; ++i)
        if (document->line(vcv::LineNumber(i)).text.contains(needle))
            return true;
    return false;
}

QString terminalText(vcv::TerminalView *view)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    view->saveHistory(&buffer);
    return QString::fromUtf8(buffer.data());
}
} // namespace

void AppConsoleTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(vcv::EventLoop::ensureRegistered());
}

void AppConsoleTest::typedLineShowsInTerminalAndLog()
{
    TestGuest guest(u"vcv-e2e-app"_s);
    QString error;
    QVERIFY2(guest.boot(&error), qPrintable(error));

    vcv::MainWindow window;
    window.show();
    window.addConnection(vcv::test::Sandbox::uri());
    window.openWhenAvailable(vcv::test::Sandbox::uri(), guest.name(), {}, false, false);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentConsole() != nullptr, 30000);
    vcv::ConsoleTab *tab = window.currentConsole();
    QCOMPARE(tab->target().name, guest.name());
    QTRY_COMPARE_WITH_TIMEOUT(tab->stream()->state(), vcv::ConsoleStream::State::Open, 15000);
    QVERIFY2(tab->view()->logUnavailableMessage().isEmpty(), qPrintable(tab->view()->logUnavailableMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(documentHasLine(tab->document(), u"vcv-guest-ready"_s), 10000);

    QWidget *keys = tab->view()->terminal()->terminal()->focusProxy();
    QVERIFY(keys);
    QTest::keyClicks(keys, u"echo vcv-app-$((20 + 22))"_s);
    QTest::keyClick(keys, Qt::Key_Return);

    // The shell computed it, so it came back from the guest, to both panes.
    QTRY_VERIFY_WITH_TIMEOUT(terminalText(tab->view()->terminal()).contains(u"\nvcv-app-42"_s), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(documentHasLine(tab->document(), u"vcv-app-42"_s), 5000);
    QVERIFY(guest.readLogChain().contains("vcv-app-42\r\n"));

    // The domain's QEMU log instead of the console's, and back.
    tab->setLogSource(vcv::ConsoleTab::LogSource::Qemu);
    QTRY_VERIFY_WITH_TIMEOUT(documentHasLine(tab->document(), u"starting up libvirt version"_s), 5000);
    QVERIFY(tab->statusText().contains(u"QEMU log"_s));
    tab->setLogSource(vcv::ConsoleTab::LogSource::Console);
    QTRY_VERIFY_WITH_TIMEOUT(documentHasLine(tab->document(), u"vcv-app-42"_s), 5000);
}

void AppConsoleTest::enableLoggingForAConsoleWithout()
{
    TestGuest::Options options;
    options.log = false;
    TestGuest guest(u"vcv-e2e-app-nolog"_s, options);
    QString error;
    QVERIFY2(guest.start(&error), qPrintable(error));

    vcv::MainWindow window;
    window.show();
    window.addConnection(vcv::test::Sandbox::uri());
    window.openWhenAvailable(vcv::test::Sandbox::uri(), guest.name(), {}, false, false);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentConsole() != nullptr, 30000);
    vcv::ConsoleSplitView *view = window.currentConsole()->view();
    QVERIFY(view->logUnavailableMessage().contains(u"has no log"_s));

    QPushButton *enable = nullptr;
    const auto buttons = view->findChildren<QPushButton *>();
    for (QPushButton *button : buttons)
        if (button->text() == u"Enable console logging"_s)
            enable = button;
    QVERIFY(enable && enable->isVisible());
    enable->click();
    QVERIFY(view->logUnavailableMessage().contains(u"next start"_s));

    char *xml = virDomainGetXMLDesc(guest.domain(), VIR_DOMAIN_XML_INACTIVE);
    const QString inactive = QString::fromUtf8(xml);
    free(xml);
    QVERIFY2(inactive.contains(u"<log file='/var/log/libvirt/qemu/vcv-e2e-app-nolog-serial0.log' append='on'/>"_s),
             qPrintable(inactive));

    // From the next start, virtlogd keeps the log.
    guest.destroy();
    QVERIFY2(guest.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(u"/var/log/libvirt/qemu/vcv-e2e-app-nolog-serial0.log"_s), 20000);
}

QTEST_MAIN(AppConsoleTest)
#include "tst_app_console.moc"
