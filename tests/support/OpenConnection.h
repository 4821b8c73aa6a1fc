// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Opening a Connection in a test as the app does: open() returns at once, the connection is
// opened on its worker, and connected() or disconnected() says how it went. This waits for that
// signal (no sleep). A connection that neither connects nor fails in time fails the test where
// it was called.

#include "virt/Connection.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

#include <source_location>

namespace vcv::test {

/// Opens `connection` and waits for its answer; true once Connected. Also for benchmarks.
inline bool connectAndWait(Connection &connection, int timeoutMs = 60000)
{
    if (connection.state() == Connection::State::Connected)
        return true;
    QSignalSpy connected(&connection, &Connection::connected);
    QSignalSpy failed(&connection, &Connection::disconnected);
    connection.open();
    QDeadlineTimer deadline(timeoutMs);
    while (connected.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        QTest::qWait(10); // events run meanwhile: the answer is a queued signal
    return !connected.isEmpty();
}

/// connectAndWait() in a test: a failure fails the test where this was called.
inline bool openConnection(Connection &connection, int timeoutMs = 60000,
                           const std::source_location &where = std::source_location::current())
{
    if (connectAndWait(connection, timeoutMs))
        return true;
    const QString why = connection.lastError().kind == ConnectionError::Kind::None ? QStringLiteral("no answer in time")
                                                                                   : connection.lastError().text();
    QTest::qFail(qPrintable(QStringLiteral("the connection to %1 failed: %2").arg(connection.uri(), why)),
                 where.file_name(), int(where.line()));
    return false;
}

} // namespace vcv::test
