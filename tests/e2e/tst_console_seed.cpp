// A console tab opened on a running guest starts from the end of the console's log: the guest's
// present is on screen before anything is typed, and what the log and the live stream both
// carried shows once, with nothing missing in between.
#include "ConsoleTab.h"
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
using vcv::test::TestGuest;

namespace {

QString terminalText(vcv::TerminalView *view)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    view->saveHistory(&buffer);
    return QString::fromUtf8(buffer.data());
}

/// A tab on `guest` (running), opened as the main window opens one.
std::unique_ptr<vcv::ConsoleTab> openTab(vcv::Connection &connection, TestGuest &guest, vcv::ConsoleSplitView &view)
{
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(guest.domain(), uuid);
    auto tab = std::make_unique<vcv::ConsoleTab>(
        &connection, vcv::ConsoleTarget{Sandbox::uri(), QString::fromLatin1(uuid), guest.name(), {}}, &view);
    tab->open();
    return tab;
}

} // namespace

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
        TestGuest guest(u"vcv-seed-idle"_s);
        QString error;
        QVERIFY2(guest.boot(&error), qPrintable(error));
        vcv::Connection connection(Sandbox::uri());
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), vcv::Connection::State::Connected, 30000);
        vcv::ConsoleSplitView view;
        view.resize(1400, 700);
        view.show();
        auto tab = openTab(connection, guest, view);
        // Nothing typed: the boot's end and the prompt come from the log.
        QTRY_VERIFY_WITH_TIMEOUT(terminalText(view.terminal()).contains(u"above: from the console log"_s), 10000);
        const QString text = terminalText(view.terminal());
        QVERIFY2(text.contains(u"vcv-guest-ready"_s), qPrintable(text.right(500)));
        QVERIFY2(text.contains(u"root@"_s), qPrintable(text.right(500)));
        QCOMPARE(tab->stream()->state(), ConsoleStream::State::Open);
    }

    void seedPlusLiveIsTheStreamOnce()
    {
        // The guest prints numbered lines while the tab opens: the log's tail and the live
        // stream overlap, and every number must show exactly once, in order, without a gap.
        TestGuest::Options options;
        options.lines = 30000;
        TestGuest guest(u"vcv-seed-busy"_s, options);
        QString error;
        QVERIFY2(guest.start(&error), qPrintable(error));
        QVERIFY(guest.waitForLog("vcv-line 002000", 90000));
        vcv::Connection connection(Sandbox::uri());
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), vcv::Connection::State::Connected, 30000);
        vcv::ConsoleSplitView view;
        view.resize(1400, 700);
        view.show();
        view.terminal()->setScrollbackLines(-1);
        auto tab = openTab(connection, guest, view);
        QVERIFY(guest.waitForLog("vcv-guest-ready", 120000));
        QTRY_VERIFY_WITH_TIMEOUT(terminalText(view.terminal()).contains(u"vcv-guest-ready"_s), 60000);

        const QStringList lines = terminalText(view.terminal()).split(u'\n');
        static const QRegularExpression numbered(u"^vcv-line (\\d{6}) the quick brown fox jumps over the lazy dog\\s*$"_s);
        qint64 previous = -1;
        qint64 seeded = 0; // numbered lines above the mark (from the log)
        qint64 live = 0;   // and below it (from the stream)
        bool markSeen = false;
        for (const QString &line : lines) {
            if (line.contains(u"above: from the console log"_s)) {
                markSeen = true;
                continue;
            }
            const QRegularExpressionMatch m = numbered.match(line);
            if (!m.hasMatch())
                continue;
            const qint64 n = m.captured(1).toLongLong();
            if (previous >= 0 && n != previous + 1) {
                const qsizetype at = lines.indexOf(line);
                QFAIL(qPrintable(u"%1 after %2:\n%3"_s.arg(n).arg(previous).arg(lines.mid(qMax<qsizetype>(0, at - 4), 6).join(u'\n'))));
            }
            previous = n;
            ++(markSeen ? live : seeded);
        }
        QVERIFY(markSeen);
        QCOMPARE(previous, 30000);
        qInfo("%lld numbered lines from the log, then %lld live", seeded, live);
        QVERIFY(seeded > 0);
        QVERIFY(live > 0);
    }
};

QTEST_MAIN(ConsoleSeedTest)
#include "tst_console_seed.moc"
