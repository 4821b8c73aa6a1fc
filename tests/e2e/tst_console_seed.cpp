// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// A console tab opened on a running guest starts from the end of the console's log: the guest's
// present is on screen before anything is typed, and what the log and the live stream both
// carried shows once, with nothing missing in between.
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
using vcv::test::ConsoleTabRig;
using vcv::test::Sandbox;
using vcv::test::terminalText;
using vcv::test::TestGuest;

class ConsoleSeedTest : public QObject
{
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

    void seedPlusLiveIsTheStreamOnce()
    {
        // The guest prints numbered lines at full speed while the tab opens: the log lags the
        // stream, the stream may begin with bytes QEMU kept in its pty; every number must show
        // exactly once, in order, without a gap, across the mark.
        TestGuest::Options options;
        options.lines = 30000;
        ConsoleTabRig console(u"vcv-seed-busy"_s, options);
        QString error;
        QVERIFY2(console.guest.start(&error), qPrintable(error));
        QVERIFY(console.guest.waitForLog("vcv-line 002000", 90000));
        console.terminal()->setScrollbackLines(-1);
        QVERIFY2(console.openTab(&error), qPrintable(error));
        QVERIFY(console.guest.waitForLog("vcv-guest-ready", 120000));
        QTRY_VERIFY_WITH_TIMEOUT(terminalText(console.terminal()).contains(u"vcv-guest-ready"_s), 60000);

        const QStringList lines = terminalText(console.terminal()).split(u'\n');
        static const QRegularExpression numbered(
            u"^vcv-line (\\d{6}) the quick brown fox jumps over the lazy dog\\s*$"_s);
        qint64 previous = -1;
        qint64 seeded = 0; // numbered lines above the mark (from the log)
        qint64 live = 0;   // and below it (from the stream)
        bool markSeen = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).contains(u"above: from the console log"_s)) {
                markSeen = true;
                continue;
            }
            const QRegularExpressionMatch m = numbered.match(lines.at(i));
            if (!m.hasMatch())
                continue;
            const qint64 n = m.captured(1).toLongLong();
            if (previous >= 0 && n != previous + 1)
                QFAIL(qPrintable(u"%1 after %2:\n%3"_s.arg(n).arg(previous).arg(
                    lines.mid(qMax<qsizetype>(0, i - 4), 6).join(u'\n'))));
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
