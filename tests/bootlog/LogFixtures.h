// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Fixtures for the bootlog tests, made on the spot in a QTemporaryDir.

#include <QByteArray>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QString>
#include <QTest>
#include <QThreadPool>

namespace vcv::test {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

inline bool appendFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    return f.write(bytes) == bytes.size();
}

/// The whole file; empty when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// "line 000042 <padding>\n": numbered lines with varying lengths, so that rotations fall
/// in the middle of lines as often as on their ends.
inline QByteArray numberedLine(qint64 n)
{
    QByteArray line = "line " + QByteArray::number(n).rightJustified(8, '0') + ' ';
    line.append(QByteArray(int(n * 7919 % 61), char('a' + n % 26)));
    line.append('\n');
    return line;
}

/// numberedLine(0), numberedLine(1) … until at least `minBytes`; their count in `count`.
inline QByteArray numberedLines(qint64 minBytes, qint64 *count = nullptr)
{
    QByteArray all;
    qint64 n = 0;
    while (all.size() < minBytes)
        all += numberedLine(n++);
    if (count)
        *count = n;
    return all;
}

/// The number of a line made by numberedLine(), -1 when it is not one.
inline qint64 lineNumberOf(const QByteArray &raw)
{
    if (!raw.startsWith("line ") || raw.size() < 14 || raw.at(13) != ' ')
        return -1;
    bool ok = false;
    const qint64 n = raw.mid(5, 8).toLongLong(&ok);
    if (!ok)
        return -1;
    QByteArray expected = numberedLine(n);
    expected.chop(1);
    return raw == expected ? n : -1;
}

/// Waits until every task of the global thread pool has ended, then delivers the calls they
/// queued to @p receiver (QMetaObject::invokeMethod(…, Qt::QueuedConnection)). Returns how many
/// were delivered, -1 when the tasks did not end within a minute. Where a test must show that
/// nothing comes of a worker, this is the moment after which nothing more can come: waiting
/// some milliseconds instead would pass as well when the results had not arrived yet.
inline int deliverQueuedCallsFromWorkers(QObject *receiver)
{
    class MetaCallCounter : public QObject
    {
    public:
        int count = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::MetaCall)
                ++count;
            return false;
        }
    };
    if (!QThreadPool::globalInstance()->waitForDone(60000))
        return -1;
    MetaCallCounter counter;
    receiver->installEventFilter(&counter);
    QCoreApplication::sendPostedEvents(receiver, QEvent::MetaCall);
    receiver->removeEventFilter(&counter);
    return counter.count;
}

} // namespace vcv::test
