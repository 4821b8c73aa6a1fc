// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// LogRowMap, without a widget: which line each row shows under a filter and a boot range.
// The expectations are written out by hand for small logs, and for larger random ones compared
// with a plain list of the lines that pass (the obvious way, one entry per row).

#include "widgets/LogRowMap.h"

#include <QRandomGenerator>
#include <QTest>

using vcv::LineNumber;
using vcv::LogRowMap;
using vcv::RowIndex;
using Filter = LogRowMap::Filter;

namespace {

QList<LineNumber> lines(std::initializer_list<qint64> values)
{
    QList<LineNumber> out;
    for (qint64 v : values)
        out.append(LineNumber(v));
    return out;
}

QList<qint64> shownLines(const LogRowMap &map)
{
    QList<qint64> out;
    for (qint64 row = 0; row < map.rowCount(); ++row)
        out.append(map.lineForRow(RowIndex(row)).get());
    return out;
}

} // namespace

class TestLogRowMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyMapHasNoRows();
    void everyLineIsARow();
    void onlyListedLines();
    void hideListedLines();
    void rangeNarrowsTheRows();
    void rangeWithFilter();
    void rowForLineOfAHiddenLineIsTheNextRow();
    void rowsOutsideTheMapHaveNoLine();
    void rangeBeyondTheEndIsCut();
    void agreesWithAPlainListOnRandomLogs();
};

void TestLogRowMap::emptyMapHasNoRows()
{
    LogRowMap map;
    QCOMPARE(map.rowCount(), 0);
    QVERIFY(!map.lineForRow(RowIndex(0)).isValid());
    QCOMPARE(map.rowForLine(LineNumber(5)), RowIndex(0));
}

void TestLogRowMap::everyLineIsARow()
{
    LogRowMap map;
    map.setLineCount(5);
    QCOMPARE(map.rowCount(), 5);
    QCOMPARE(shownLines(map), (QList<qint64>{0, 1, 2, 3, 4}));
    QCOMPARE(map.rowForLine(LineNumber(3)), RowIndex(3));
    // A list given with no filter changes nothing.
    map.setFilter(Filter::None, lines({1, 2}));
    QCOMPARE(shownLines(map), (QList<qint64>{0, 1, 2, 3, 4}));
}

void TestLogRowMap::onlyListedLines()
{
    LogRowMap map;
    map.setLineCount(10);
    map.setFilter(Filter::OnlyListed, lines({2, 3, 7}));
    QCOMPARE(map.rowCount(), 3);
    QCOMPARE(shownLines(map), (QList<qint64>{2, 3, 7}));
    QCOMPARE(map.rowForLine(LineNumber(2)), RowIndex(0));
    QCOMPARE(map.rowForLine(LineNumber(3)), RowIndex(1));
    QCOMPARE(map.rowForLine(LineNumber(7)), RowIndex(2));
    map.setFilter(Filter::OnlyListed, {});
    QCOMPARE(map.rowCount(), 0);
}

void TestLogRowMap::hideListedLines()
{
    LogRowMap map;
    map.setLineCount(10);
    map.setFilter(Filter::HideListed, lines({0, 2, 3, 7, 9}));
    QCOMPARE(map.rowCount(), 5);
    QCOMPARE(shownLines(map), (QList<qint64>{1, 4, 5, 6, 8}));
    QCOMPARE(map.rowForLine(LineNumber(1)), RowIndex(0));
    QCOMPARE(map.rowForLine(LineNumber(4)), RowIndex(1));
    QCOMPARE(map.rowForLine(LineNumber(8)), RowIndex(4));
    // Every line listed: nothing left.
    map.setFilter(Filter::HideListed, lines({0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(map.rowCount(), 0);
}

void TestLogRowMap::rangeNarrowsTheRows()
{
    LogRowMap map;
    map.setLineCount(10);
    map.setRange(LineNumber(3), LineNumber(6));
    QCOMPARE(shownLines(map), (QList<qint64>{3, 4, 5}));
    QCOMPARE(map.rowForLine(LineNumber(4)), RowIndex(1));
    // The last boot: its range ends with the document.
    map.setRange(LineNumber(8), LineNumber());
    QCOMPARE(shownLines(map), (QList<qint64>{8, 9}));
    map.setLineCount(12); // the log grew
    QCOMPARE(shownLines(map), (QList<qint64>{8, 9, 10, 11}));
    map.clearRange();
    QCOMPARE(map.rowCount(), 12);
}

void TestLogRowMap::rangeWithFilter()
{
    LogRowMap map;
    map.setLineCount(10);
    map.setRange(LineNumber(3), LineNumber(8));
    map.setFilter(Filter::OnlyListed, lines({2, 3, 7, 8}));
    QCOMPARE(shownLines(map), (QList<qint64>{3, 7}));
    QCOMPARE(map.rowForLine(LineNumber(7)), RowIndex(1));
    map.setFilter(Filter::HideListed, lines({2, 3, 7, 8}));
    QCOMPARE(shownLines(map), (QList<qint64>{4, 5, 6}));
    QCOMPARE(map.rowForLine(LineNumber(6)), RowIndex(2));
}

void TestLogRowMap::rowForLineOfAHiddenLineIsTheNextRow()
{
    LogRowMap map;
    map.setLineCount(10);
    map.setFilter(Filter::OnlyListed, lines({2, 3, 7}));
    QCOMPARE(map.rowForLine(LineNumber(0)), RowIndex(0)); // next shown: 2
    QCOMPARE(map.rowForLine(LineNumber(4)), RowIndex(2)); // next shown: 7
    QCOMPARE(map.rowForLine(LineNumber(8)), RowIndex(3)); // none follows: rowCount()
    map.setFilter(Filter::HideListed, lines({2, 3, 7}));
    QCOMPARE(map.rowForLine(LineNumber(2)), RowIndex(2)); // next shown: 4, the third row
    QCOMPARE(map.rowForLine(LineNumber(7)), RowIndex(5)); // next shown: 8
    // Before and after a range.
    map.setFilter(Filter::None, {});
    map.setRange(LineNumber(3), LineNumber(6));
    QCOMPARE(map.rowForLine(LineNumber(1)), RowIndex(0));
    QCOMPARE(map.rowForLine(LineNumber(9)), RowIndex(3));
    QCOMPARE(map.rowForLine(LineNumber()), RowIndex(0));
}

void TestLogRowMap::rowsOutsideTheMapHaveNoLine()
{
    LogRowMap map;
    map.setLineCount(4);
    QVERIFY(!map.lineForRow(RowIndex(-1)).isValid());
    QVERIFY(!map.lineForRow(RowIndex(4)).isValid());
    QVERIFY(!map.lineForRow(RowIndex()).isValid());
    QCOMPARE(map.lineForRow(RowIndex(3)), LineNumber(3));
}

void TestLogRowMap::rangeBeyondTheEndIsCut()
{
    // A boot's bounds come from the document's segments, which may run ahead of the count the
    // view last saw: rows never go past the lines that exist.
    LogRowMap map;
    map.setLineCount(5);
    map.setRange(LineNumber(3), LineNumber(9));
    QCOMPARE(shownLines(map), (QList<qint64>{3, 4}));
    map.setRange(LineNumber(7), LineNumber(9));
    QCOMPARE(map.rowCount(), 0);
}

void TestLogRowMap::agreesWithAPlainListOnRandomLogs()
{
    QRandomGenerator random(15);
    for (int round = 0; round < 200; ++round) {
        const qint64 count = random.bounded(0, 60);
        QList<LineNumber> listed;
        for (qint64 i = 0; i < count; ++i) {
            if (random.bounded(3) == 0)
                listed.append(LineNumber(i));
        }
        const Filter filter = Filter(random.bounded(3));
        const qint64 first = random.bounded(0, int(count) + 1);
        const qint64 end = random.bounded(int(first), int(count) + 1);

        QList<qint64> expected; // line of each row, the obvious way
        for (qint64 i = first; i < end; ++i) {
            const bool isListed = listed.contains(LineNumber(i));
            if (filter == Filter::None || (filter == Filter::OnlyListed) == isListed)
                expected.append(i);
        }

        LogRowMap map;
        map.setLineCount(count);
        map.setFilter(filter, listed);
        map.setRange(LineNumber(first), LineNumber(end));
        QCOMPARE(shownLines(map), expected);
        for (qint64 line = -1; line <= count; ++line) {
            // The row of the first shown line at or after this one.
            const qint64 row = std::lower_bound(expected.begin(), expected.end(), line) - expected.begin();
            QCOMPARE(map.rowForLine(LineNumber(line)).get(), row);
        }
    }
}

QTEST_APPLESS_MAIN(TestLogRowMap)
#include "tst_logview_rowmap.moc"
