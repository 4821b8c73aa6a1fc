// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// LogBookmarks, without a widget: toggling, F2's next / previous with wrapping, and marks that
// stay on their lines when history is put in front of the document.

#include "widgets/LogBookmarks.h"

#include <QTest>

using vcv::LineNumber;
using vcv::LogBookmarks;

namespace {

QList<qint64> values(const LogBookmarks &marks)
{
    QList<qint64> out;
    for (LineNumber line : marks.lines())
        out.append(line.get());
    return out;
}

} // namespace

class TestLogBookmarks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toggleMarksAndUnmarks();
    void invalidLineIsNotMarked();
    void nextWrapsToTheFirst();
    void previousWrapsToTheLast();
    void emptySetHasNoNext();
    void prependedLinesMoveTheMarks();
};

void TestLogBookmarks::toggleMarksAndUnmarks()
{
    LogBookmarks marks;
    QVERIFY(marks.isEmpty());
    QVERIFY(marks.toggle(LineNumber(40)));
    QVERIFY(marks.toggle(LineNumber(7)));
    QVERIFY(marks.toggle(LineNumber(19)));
    QCOMPARE(values(marks), (QList<qint64>{7, 19, 40}));
    QVERIFY(marks.contains(LineNumber(19)));
    QVERIFY(!marks.contains(LineNumber(20)));
    QVERIFY(!marks.toggle(LineNumber(19)));
    QCOMPARE(values(marks), (QList<qint64>{7, 40}));
    QCOMPARE(marks.size(), 2);
    marks.clear();
    QVERIFY(marks.isEmpty());
}

void TestLogBookmarks::invalidLineIsNotMarked()
{
    LogBookmarks marks;
    QVERIFY(!marks.toggle(LineNumber()));
    QVERIFY(marks.isEmpty());
}

void TestLogBookmarks::nextWrapsToTheFirst()
{
    LogBookmarks marks;
    marks.toggle(LineNumber(5));
    marks.toggle(LineNumber(10));
    marks.toggle(LineNumber(30));
    QCOMPARE(marks.next(LineNumber()), LineNumber(5)); // no current line: the first
    QCOMPARE(marks.next(LineNumber(0)), LineNumber(5));
    QCOMPARE(marks.next(LineNumber(5)), LineNumber(10)); // on a mark: the one after it
    QCOMPARE(marks.next(LineNumber(11)), LineNumber(30));
    QCOMPARE(marks.next(LineNumber(30)), LineNumber(5));
    QCOMPARE(marks.next(LineNumber(99)), LineNumber(5));
}

void TestLogBookmarks::previousWrapsToTheLast()
{
    LogBookmarks marks;
    marks.toggle(LineNumber(5));
    marks.toggle(LineNumber(10));
    marks.toggle(LineNumber(30));
    QCOMPARE(marks.previous(LineNumber(99)), LineNumber(30));
    QCOMPARE(marks.previous(LineNumber(30)), LineNumber(10)); // on a mark: the one before it
    QCOMPARE(marks.previous(LineNumber(6)), LineNumber(5));
    QCOMPARE(marks.previous(LineNumber(5)), LineNumber(30));
    QCOMPARE(marks.previous(LineNumber(0)), LineNumber(30));
}

void TestLogBookmarks::emptySetHasNoNext()
{
    LogBookmarks marks;
    QVERIFY(!marks.next(LineNumber(3)).isValid());
    QVERIFY(!marks.previous(LineNumber(3)).isValid());
}

void TestLogBookmarks::prependedLinesMoveTheMarks()
{
    LogBookmarks marks;
    marks.toggle(LineNumber(0));
    marks.toggle(LineNumber(2));
    marks.toggle(LineNumber(1000));
    marks.linesPrepended(250);
    QCOMPARE(values(marks), (QList<qint64>{250, 252, 1250}));
    // The old marks are gone from where they were, and the moved ones behave as marks.
    QVERIFY(!marks.contains(LineNumber(0)));
    QVERIFY(!marks.contains(LineNumber(2)));
    QVERIFY(marks.contains(LineNumber(252)));
    QCOMPARE(marks.next(LineNumber(252)), LineNumber(1250));
    QVERIFY(!marks.toggle(LineNumber(250)));
    QCOMPARE(values(marks), (QList<qint64>{252, 1250}));
    // A second part of history in front, then nothing at all.
    marks.linesPrepended(8);
    marks.linesPrepended(0);
    QCOMPARE(values(marks), (QList<qint64>{260, 1258}));
}

QTEST_APPLESS_MAIN(TestLogBookmarks)
#include "tst_logview_bookmarks.moc"
