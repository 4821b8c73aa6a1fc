// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// AfterFirstFrame on real windows (offscreen): the oracle is the window's own paint events.
#include "AfterFirstFrame.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QStringList>
#include <QTest>
#include <QWidget>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace {

/// Counts its paint events: what the user would see is what was painted.
class CountingWindow : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};

/// Swallows a window's expose events, as a platform that never exposes the window would.
class ExposeSwallower : public QObject
{
protected:
    bool eventFilter(QObject *, QEvent *event) override { return event->type() == QEvent::Expose; }
};

} // namespace

class TestAfterFirstFrame : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hiddenWindowRunsAtOnce();
    void waitsForTheFirstFrame();
    void afterTheFirstFrameRunsAtOnce();
    void eachPieceInATurnOfItsOwn();
    void neverExposedRunsAfterTheWait();
    void destroyedDropsWhatWaits();
};

void TestAfterFirstFrame::hiddenWindowRunsAtOnce()
{
    CountingWindow window;
    vcv::AfterFirstFrame gate(&window);
    bool ran = false;
    gate.run([&] { ran = true; });
    QVERIFY(ran);
    QCOMPARE(gate.waiting(), 0);
}

void TestAfterFirstFrame::waitsForTheFirstFrame()
{
    CountingWindow window;
    window.resize(400, 300);
    auto *gate = new vcv::AfterFirstFrame(&window);
    window.show();
    int paintsWhenRun = -1;
    gate->run([&] { paintsWhenRun = window.paints; });
    QCOMPARE(paintsWhenRun, -1); // not yet: the window has not shown a frame
    QCOMPARE(gate->waiting(), 1);
    QTRY_VERIFY(paintsWhenRun != -1);
    QVERIFY2(paintsWhenRun >= 1, "ran before the window's first frame was painted");
    QCOMPARE(gate->waiting(), 0);
}

void TestAfterFirstFrame::afterTheFirstFrameRunsAtOnce()
{
    CountingWindow window;
    window.resize(400, 300);
    auto *gate = new vcv::AfterFirstFrame(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.paints >= 1);
    bool ran = false;
    gate->run([&] { ran = true; });
    QVERIFY(ran); // a console opened by the user later is not held
}

void TestAfterFirstFrame::eachPieceInATurnOfItsOwn()
{
    CountingWindow window;
    window.resize(400, 300);
    auto *gate = new vcv::AfterFirstFrame(&window);
    window.show();
    QStringList order;
    // What the first piece posts to the event loop comes before the second piece: between the
    // two the window handles its events (a window manager's ping, the first tab's paint).
    gate->run([&] {
        order << u"first"_s;
        QMetaObject::invokeMethod(&window, [&] { order << u"posted by the first"_s; }, Qt::QueuedConnection);
    });
    gate->run([&] { order << u"second"_s; });
    QCOMPARE(gate->waiting(), 2);
    QTRY_COMPARE(order.size(), 3);
    QCOMPARE(order, (QStringList{u"first"_s, u"posted by the first"_s, u"second"_s}));
}

void TestAfterFirstFrame::neverExposedRunsAfterTheWait()
{
    CountingWindow window;
    window.resize(400, 300);
    auto *gate = new vcv::AfterFirstFrame(&window, std::chrono::milliseconds(300));
    window.show();
    QVERIFY(window.windowHandle());
    QElapsedTimer clock;
    clock.start();
    qint64 ranAfterMs = -1;
    gate->run([&] { ranAfterMs = clock.elapsed(); });
    // Installed after the gate's filter, so it sees the expose first and keeps it from the gate.
    ExposeSwallower swallower;
    window.windowHandle()->installEventFilter(&swallower);
    QTRY_VERIFY_WITH_TIMEOUT(ranAfterMs >= 0, 5000);
    // Released by the wait, not before it: a coarse timer may fire up to 5 % early.
    QVERIFY2(ranAfterMs >= 280, qPrintable(u"ran after %1 ms"_s.arg(ranAfterMs)));
}

void TestAfterFirstFrame::destroyedDropsWhatWaits()
{
    bool ran = false;
    {
        CountingWindow window;
        window.resize(400, 300);
        auto *gate = new vcv::AfterFirstFrame(&window);
        window.show();
        gate->run([&] { ran = true; });
        QVERIFY(!ran);
    }
    // Turns of the event loop after the window has gone: the expose, the release, its work.
    for (int turn = 0; turn < 5; ++turn)
        QCoreApplication::processEvents();
    QVERIFY(!ran);
}

QTEST_MAIN(TestAfterFirstFrame)
#include "tst_afterfirstframe.moc"
