// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Opening a LogDocument in a test as the app does: open() returns at once, the files are opened
// and the end of the log indexed on the document's I/O thread, and opened() says when that is
// done. These wait for that signal (no sleep) and return what it says. An opened() that never
// comes fails the test where it was called (also where the caller expects false).

#include "bootlog/LogDocument.h"

#include <QSignalSpy>
#include <QTest>

#include <source_location>

namespace vcv::test {

template<typename Start>
bool waitForOpened(LogDocument &doc, Start start, const std::source_location &where)
{
    QSignalSpy opened(&doc, &LogDocument::opened);
    start();
    if (opened.isEmpty() && !opened.wait(60000)) {
        QTest::qFail("LogDocument::opened() did not come", where.file_name(), int(where.line()));
        return false;
    }
    return opened.first().first().toBool();
}

/// Whether one of the document's last 50 lines contains `needle`: where a line the guest just
/// printed is.
inline bool documentHasLine(const LogDocument *document, const QString &needle)
{
    const qint64 count = document->lineCount();
    for (qint64 i = qMax<qint64>(0, count - 50); i < count; ++i)
        if (document->line(LineNumber(i)).text.contains(needle))
            return true;
    return false;
}

inline bool openDocument(LogDocument &doc, const QString &basePath, bool follow = true,
                         const std::source_location &where = std::source_location::current())
{
    return waitForOpened(doc, [&] { doc.open(basePath, follow); }, where);
}

inline bool openDocumentFiles(LogDocument &doc, const QStringList &files,
                              const std::source_location &where = std::source_location::current())
{
    return waitForOpened(doc, [&] { doc.openFiles(files); }, where);
}

} // namespace vcv::test
