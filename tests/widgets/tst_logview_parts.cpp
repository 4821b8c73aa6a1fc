// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The parts of LogView that hold logic of their own, without the view: LogScroller (top row,
// follow and the count of new lines, on a bare scroll bar), LogRowScope (filters and boot) and
// LogNavigationKeys (the one table of fixed keys). Expectations are worked out by hand.

#include "widgets/LogNavigationKeys.h"
#include "widgets/LogRowScope.h"
#include "widgets/LogScroller.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace vcv;

namespace {

QList<qint64> shownLines(const LogRowMap &map)
{
    QList<qint64> out;
    for (qint64 row = 0; row < map.rowCount(); ++row)
        out.append(map.lineForRow(RowIndex(row)).get());
    return out;
}

BootSegment bootAt(qint64 line)
{
    BootSegment segment;
    segment.firstLine = LineNumber(line);
    return segment;
}

// 100 rows of 10 px in a 50 px viewport: 5 rows a page, the last top row is 95.
struct Rig
{
    qint64 rows = 100;
    QScrollBar bar{Qt::Vertical};
    LogScroller scroller{&bar,
                         {.rowCount = [this] { return rows; },
                          .viewportHeight = [] { return 50; },
                          .lineHeight = [] { return 10; },
                          .wrappedRowHeight = [](RowIndex row) { return row.get() % 2 ? 30 : 10; }}};
    Rig() { scroller.updateRange(); }
};

} // namespace

class TestLogViewParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scrollerPagesAndEnd()
    {
        Rig rig;
        QCOMPARE(rig.scroller.pageRows(), qint64(5));
        QCOMPARE(rig.scroller.maxTopRow(), RowIndex(95));
        QCOMPARE(rig.bar.maximum(), 95);
    }

    void scrollerWrappedEnd()
    {
        Rig rig;
        rig.scroller.setWordWrap(true);
        // From the end: row 99 (30 px), 98 (10), 97 (30) = 70 > 50, so 98 and 99 fit.
        QCOMPARE(rig.scroller.maxTopRow(), RowIndex(98));
    }

    void scrollerFollowPausesAndCounts()
    {
        Rig rig;
        QSignalSpy following(&rig.scroller, &LogScroller::followingChanged);
        QSignalSpy counted(&rig.scroller, &LogScroller::newLineCountChanged);
        rig.scroller.setTopRow(RowIndex(95));
        QVERIFY(rig.scroller.isFollowing());
        rig.scroller.setTopRow(RowIndex(10)); // scrolled up: paused
        QVERIFY(!rig.scroller.isFollowing());
        QCOMPARE(following.size(), 1);
        rig.rows = 103;
        rig.scroller.updateRange();
        rig.scroller.rowsAppended(3);
        QCOMPARE(rig.scroller.newLineCount(), qint64(3));
        QCOMPARE(rig.scroller.topRow(), RowIndex(10)); // stays where the user is
        QCOMPARE(counted.last().at(0).toLongLong(), 3);
        rig.scroller.setTopRow(RowIndex(1000)); // back at the end (clamped): follows, count gone
        QCOMPARE(rig.scroller.topRow(), RowIndex(98));
        QVERIFY(rig.scroller.isFollowing());
        QCOMPARE(rig.scroller.newLineCount(), qint64(0));
        rig.rows = 110;
        rig.scroller.updateRange();
        rig.scroller.rowsAppended(7); // following: scrolled in, not counted
        QCOMPARE(rig.scroller.topRow(), RowIndex(105));
        QCOMPARE(rig.scroller.newLineCount(), qint64(0));
    }

    void scrollerUserScrollSetsFollow()
    {
        Rig rig;
        rig.scroller.setTopRow(RowIndex(95));
        rig.bar.setValue(20); // the user dragged the bar
        rig.scroller.scrolled();
        QVERIFY(!rig.scroller.isFollowing());
        rig.bar.setValue(95);
        rig.scroller.scrolled();
        QVERIFY(rig.scroller.isFollowing());
    }

    void scrollerEnsureRowVisible()
    {
        Rig rig;
        rig.scroller.setTopRow(RowIndex(20));
        rig.scroller.ensureRowVisible(RowIndex(22), true); // on screen: stays
        QCOMPARE(rig.scroller.topRow(), RowIndex(20));
        rig.scroller.ensureRowVisible(RowIndex(26), false); // just below: scrolls by one
        QCOMPARE(rig.scroller.topRow(), RowIndex(22));
        rig.scroller.ensureRowVisible(RowIndex(60), true); // far: centred (60 - 5 / 2)
        QCOMPARE(rig.scroller.topRow(), RowIndex(58));
        rig.scroller.ensureRowVisible(RowIndex(50), false); // above: at the top
        QCOMPARE(rig.scroller.topRow(), RowIndex(50));
    }

    void scopeFiltersAndBoot()
    {
        LogRowScope scope;
        const QList<BootSegment> boots{bootAt(0), bootAt(4), bootAt(8)};
        const QList<LineNumber> matches{LineNumber(1), LineNumber(5), LineNumber(6)};
        scope.rebuild(10, boots, LogRowMap::Filter::None, matches);
        QCOMPARE(scope.rows().rowCount(), qint64(10));
        QVERIFY(scope.setBootOnly(1, boots));
        QVERIFY(!scope.setBootOnly(1, boots));
        scope.rebuild(10, boots, LogRowMap::Filter::HideListed, matches);
        QCOMPARE(shownLines(scope.rows()), (QList<qint64>{4, 7}));
        // The line filter sets the search's aside; lines past the count wait.
        QVERIFY(scope.setLineFilter(true, {LineNumber(2), LineNumber(5), LineNumber(12)}));
        scope.rebuild(10, boots, LogRowMap::Filter::HideListed, matches);
        QCOMPARE(shownLines(scope.rows()), (QList<qint64>{5}));
        QVERIFY(scope.setLineFilter(false, {}));
        scope.setBootOnly(-1, boots);
        scope.rebuild(10, boots, LogRowMap::Filter::OnlyListed, matches);
        QCOMPARE(shownLines(scope.rows()), (QList<qint64>{1, 5, 6}));
    }

    void scopeBootFoundAgainAfterPrepend()
    {
        LogRowScope scope;
        scope.setBootOnly(1, {bootAt(0), bootAt(4)});
        // 20 lines with two boots were put in front: the boot that began at line 4 begins at 24,
        // now the fourth.
        const QList<BootSegment> boots{bootAt(0), bootAt(10), bootAt(20), bootAt(24)};
        scope.linesPrepended(20, boots);
        QCOMPARE(scope.bootOnly(), qsizetype(3));
        scope.rebuild(30, boots, LogRowMap::Filter::None, {});
        QCOMPARE(scope.rows().lineForRow(RowIndex(0)), LineNumber(24));
        QCOMPARE(scope.rows().rowCount(), qint64(6));
    }

    void navigationKeysOneTable()
    {
        using Move = LogNavigationKeys::Move;
        QVERIFY(LogNavigationKeys::moveFor(Qt::Key_End) == Move::LastLine);
        QVERIFY(LogNavigationKeys::moveFor(Qt::Key_PageUp) == Move::PageUp);
        QVERIFY(!LogNavigationKeys::moveFor(Qt::Key_F3)); // a command, rebindable: not here
        // Every key of the table is listed once in the Help's groups.
        qsizetype listed = 0;
        for (const LogNavigationKeys::Group &group : LogNavigationKeys::groups()) {
            QVERIFY(!group.description.isEmpty());
            listed += group.keys.size();
        }
        QCOMPARE(listed, qsizetype(LogNavigationKeys::keys().size()));
    }
};

QTEST_MAIN(TestLogViewParts)
#include "tst_logview_parts.moc"
