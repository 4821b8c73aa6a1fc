// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// LineArrivalTimes: which batch a line came in, across history put in front and the thinning
// that bounds its memory. Expectations worked out by hand from the marks recorded.
#include "bootlog/LineArrivalTimes.h"

#include <QTest>

using vcv::LineArrivalTimes;
using vcv::LineNumber;

class TestLineArrivalTimes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLineTakesItsBatchsTime()
    {
        LineArrivalTimes times;
        times.record(LineNumber(10), 1000); // lines 10-14
        times.record(LineNumber(15), 2000); // lines 15-
        QVERIFY(!times.at(LineNumber(0)));  // in the files at open
        QVERIFY(!times.at(LineNumber(9)));
        QCOMPARE(times.at(LineNumber(10)).value_or(-1), qint64(1000));
        QCOMPARE(times.at(LineNumber(14)).value_or(-1), qint64(1000));
        QCOMPARE(times.at(LineNumber(15)).value_or(-1), qint64(2000));
        QCOMPARE(times.at(LineNumber(99)).value_or(-1), qint64(2000));
    }

    void aMarkNotPastTheLastIsIgnored()
    {
        LineArrivalTimes times;
        times.record(LineNumber(5), 1000);
        times.record(LineNumber(5), 3000); // the open line again: keeps when it first came
        times.record(LineNumber(3), 4000);
        QCOMPARE(times.markCount(), size_t(1));
        QCOMPARE(times.at(LineNumber(5)).value_or(-1), qint64(1000));
    }

    void historyInFrontMovesTheLines()
    {
        LineArrivalTimes times;
        times.record(LineNumber(2), 1000);
        times.shift(100);
        QVERIFY(!times.at(LineNumber(101)));
        QCOMPARE(times.at(LineNumber(102)).value_or(-1), qint64(1000));
    }

    void thinningKeepsTheNewestAndDatesOthersEarlier()
    {
        LineArrivalTimes times;
        const qint64 total = qint64(LineArrivalTimes::kMaxMarks) + 1;
        for (qint64 i = 0; i < total; ++i)
            times.record(LineNumber(i), 1000 * i);
        QVERIFY(times.markCount() <= LineArrivalTimes::kMaxMarks);
        // Marks 0 … 4095 (the older half of 8193): the even ones kept, 4096 … 8192 all kept.
        QCOMPARE(times.markCount(), size_t(2048 + 4097));
        QCOMPARE(times.at(LineNumber(0)).value_or(-1), qint64(0));
        QCOMPARE(times.at(LineNumber(1)).value_or(-1), qint64(0)); // its own mark went: dated by the one before
        QCOMPARE(times.at(LineNumber(2)).value_or(-1), qint64(2000));
        QCOMPARE(times.at(LineNumber(4096)).value_or(-1), qint64(4096000));
        QCOMPARE(times.at(LineNumber(8192)).value_or(-1), qint64(8192000));
    }
};

QTEST_GUILESS_MAIN(TestLineArrivalTimes)
#include "tst_linearrivaltimes.moc"
